// swift-tools-version:6.0

import PackageDescription

let package = Package(
    name: "VisitCoach",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "coach", targets: ["coach"]),
        .executable(name: "coach-bench", targets: ["coach-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"])]
        ),
        .systemLibrary(
            name: "CLibPQ",
            providers: [.apt(["libpq-dev"])]
        ),
        .target(name: "CoachCore"),
        .target(
            name: "CoachCorpus",
            dependencies: ["CoachCore", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "CoachRetrieval", dependencies: ["CoachCore"]),
        .target(
            name: "CoachStore",
            // CoachRetrieval for `TextNormalizer`: the journal's search index folds text exactly as
            // questions are folded.
            dependencies: ["CoachCore", "CoachRetrieval", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The options `coach` and the REPL share (ArgumentParser types, their help and errors in three
        // languages): `coach review …` and `/review …` parse with the same structs.
        .target(
            name: "CoachOptions",
            dependencies: ["CoachCore", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .target(name: "CoachEngine", dependencies: ["CoachCore", "CoachRetrieval", "CoachOptions"]),
        // The team server (PostgreSQL through libpq): schema, roles, sync. Only CoachTeam imports CLibPQ.
        .target(name: "CoachTeam", dependencies: ["CLibPQ", "CoachCore", "CoachStore"]),
        .target(
            name: "CoachTerminal",
            dependencies: ["CReadline", "CoachCore"],
            // readline's C globals (rl_line_buffer, history_length…) are shared mutable state by nature.
            swiftSettings: [.swiftLanguageMode(.v5)],
            // ICU's word break iterator (WordBoundaries), the copy Foundation ships with the toolchain.
            linkerSettings: [.linkedLibrary("_FoundationICU")]
        ),
        .target(
            name: "CoachApp",
            dependencies: [
                "CoachCore", "CoachCorpus", "CoachRetrieval", "CoachStore", "CoachEngine", "CoachTerminal",
            ]
        ),
        .executableTarget(
            name: "coach",
            dependencies: [
                "CoachApp", "CoachCore", "CoachCorpus", "CoachRetrieval", "CoachStore", "CoachEngine",
                "CoachTerminal", "CoachTeam", "CoachOptions",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "coach-bench",
            dependencies: ["CoachCore", "CoachCorpus", "CoachRetrieval"]
        ),
        .target(
            name: "CoachTestSupport",
            dependencies: ["CoachCore", "CoachCorpus", "CoachRetrieval", "CoachEngine", "CoachTerminal", "CoachApp", "CoachStore"]
        ),
        .testTarget(name: "CoachCoreTests", dependencies: ["CoachCore", "CoachTestSupport"]),
        .testTarget(name: "CoachCorpusTests", dependencies: ["CoachCore", "CoachCorpus", "CoachTestSupport"]),
        .testTarget(name: "CoachRetrievalTests", dependencies: ["CoachCore", "CoachRetrieval", "CoachCorpus", "CoachTestSupport"]),
        .testTarget(name: "CoachStoreTests", dependencies: ["CoachCore", "CoachStore", "CoachTestSupport"]),
        .testTarget(
            name: "CoachEngineTests",
            dependencies: [
                "CoachCore", "CoachEngine", "CoachOptions", "CoachRetrieval", "CoachTestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "CoachTerminalTests", dependencies: ["CoachTerminal"]),
        .testTarget(
            name: "CoachAppTests",
            dependencies: ["CoachApp", "CoachCore", "CoachEngine", "CoachRetrieval", "CoachTerminal", "CoachStore", "CoachTestSupport"],
            exclude: ["Transcripts"]
        ),
        .testTarget(name: "CoachEndToEndTests", dependencies: ["CoachTestSupport"]),
        .testTarget(name: "CoachTeamTests", dependencies: ["CoachTeam", "CoachCore", "CoachStore", "CoachEngine", "CoachApp", "CoachTestSupport"]),
    ]
)

for target in package.targets where [.executable, .test, .regular].contains(target.type) {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
    target.swiftSettings = settings
}
