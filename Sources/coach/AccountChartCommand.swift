import ArgumentParser
import CoachApp
import CoachCore
import CoachEngine
import CoachOptions
import CoachTerminal
import Foundation

/// `coach account chart ID|FILE`: the org chart as text, Graphviz DOT or SVG.
struct AccountChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: HelpText.text("Draw the account's org chart: reports-to tree with buying roles, influence, support and contact."),
        discussion: HelpText.text("""
            txt draws the tree in the terminal (roles in colour and as letters [D] [T] [F] [U] [C] [?]); \
            dot prints Graphviz source; svg runs Graphviz's 'dot -Tsvg' (install graphviz and a CJK \
            font such as fonts-noto-cjk).
            """)
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case txt, dot, svg
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: .l("An account id in the store, or an account file."))
    var account: String

    @Option(name: .long, help: .l("txt, dot or svg."))
    var format: Format = .txt

    @Option(name: [.short, .long], help: .l("Write to this file (owner-only, 0600) instead of standard output; - is standard output."))
    var output: String?

    @Flag(name: .long, help: .l("Let -o replace an existing file."))
    var force = false

    func run() throws {
        let language = try global.language()
        let (account, _) = try CLI.resolve(self.account, global: global)
        switch format {
        case .txt:
            let toScreen = output == nil || output == "-"
            // A terminal narrower than the table gets the two-lines-per-person layout; a file the table.
            let columns = toScreen ? TerminalWidth.live(fallback: Self.unlimited).columns : Self.unlimited
            let chart = OrgChart.table(account: account, language: language)
            try emit(OutputRenderer(width: columns, colors: toScreen ? CLI.colorMode() : .off).render([.table(chart)]))
        case .dot:
            try emit(OrgChart.dot(account: account, language: language))
        case .svg:
            try emit(try Self.svg(from: OrgChart.dot(account: account, language: language), language: language))
        }
    }

    /// A width no chart reaches: laid out whole.
    static let unlimited = 100_000

    func emit(_ text: String) throws {
        guard let output, !OutputFile.isStandardOutput(output) else {
            print(text, terminator: "")
            return
        }
        do {
            try OutputFile.write(
                text, to: output, force: force, store: global.paths.storeFile(option: global.store), language: try global.language())
        } catch {
            throw CLI.Failure("\(error)")
        }
    }

    /// Runs Graphviz's `dot -Tsvg` found in `PATH`.
    static func svg(from dot: String, language: Language) throws -> String {
        guard let executable = findInPath("dot") else {
            throw CLI.Failure(CLI.say(
                language,
                en: "Graphviz's 'dot' is not installed (not found in PATH). Install graphviz (e.g. 'sudo apt-get install graphviz fonts-noto-cjk') or use --format dot.",
                zhHans: "没有安装 Graphviz 的 'dot'（PATH 中找不到）。请安装 graphviz（例如 'sudo apt-get install graphviz fonts-noto-cjk'），或改用 --format dot。",
                zhHant: "沒有安裝 Graphviz 的 'dot'（PATH 中找不到）。請安裝 graphviz（例如 'sudo apt-get install graphviz fonts-noto-cjk'），或改用 --format dot。"))
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coach-chart-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("chart.dot")
        let output = folder.appendingPathComponent("chart.svg")
        try dot.write(to: input, atomically: true, encoding: .utf8)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-Tsvg", "-o", output.path, input.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        process.waitUntilExit()
        guard process.terminationStatus == 0, let svg = try? String(contentsOf: output, encoding: .utf8) else {
            throw CLI.Failure(
                "'\(executable) -Tsvg' failed (status \(process.terminationStatus))\(message.isEmpty ? "" : ": \(message)"); try --format dot to see the source")
        }
        return svg
    }

    /// The first executable named `name` in `PATH`.
    static func findInPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
