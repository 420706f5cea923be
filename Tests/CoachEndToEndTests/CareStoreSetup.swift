import CoachTestSupport
import Foundation
import Testing

/// A temporary home with a store holding the account files of one fixture folder and a journal,
/// for the care commands' end-to-end tests (the clock fixed by `COACH_NOW`, Shanghai time).
struct CareStoreSetup {
    var env: [String: String]
    var store: String
    var folder: URL

    /// Imports every `*.yaml` of `Tests/Fixtures/<fixtures>` and adds `visits` (arguments of
    /// `coach journal add`) as `user`.
    init(fixtures: String, now: String, user: String, visits: [[String]]) throws {
        let home = try CoachBinary.temporaryDirectory()
        env = [
            "HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path, "COACH_CORPUS": Fixtures.corpusDirectory,
            "LANG": "en_US.UTF-8", "LC_ALL": "", "TZ": "Asia/Shanghai", "COACH_NOW": now, "USER": user,
        ]
        store = home.appendingPathComponent("coach.sqlite").path
        folder = home
        let source = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/" + fixtures)
        let files = try FileManager.default.contentsOfDirectory(atPath: source.path).filter { $0.hasSuffix(".yaml") }.sorted()
        let imported = try coach(["account", "import"] + files.map { source.appendingPathComponent($0).path })
        #expect(imported.status == 0, "\(imported.stderr)")
        for visit in visits {
            let added = try coach(["journal", "add", "--visitor", user] + visit)
            #expect(added.status == 0, "\(added.stderr)")
        }
    }

    /// Runs `coach` on this store.
    func coach(_ arguments: [String]) throws -> CoachBinary.Result {
        try CoachBinary.run(arguments + ["--store", store], environment: env)
    }
}
