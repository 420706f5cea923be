import ArgumentParser
import CoachApp
import CoachOptions
import CoachStore
import CoachTerminal
import Foundation

/// `coach prep ID|FILE`: opens the REPL straight into preparing a contact with the account.
struct PrepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prep",
        abstract: HelpText.text("Prepare the next contact with an account: the five self-checks, strategies, question outline."),
        discussion: HelpText.text("A file is imported into the store first (a new version if it changed), so the session can refer to it.")
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: .l("An account id in the store, or the path of an account file."))
    var account: String

    func run() throws {
        var id = account
        if FileManager.default.fileExists(atPath: account) || account.hasSuffix(".yaml") || account.hasSuffix(".yml") {
            let language = try global.language()
            let database = try global.openStore()
            let report = try AccountImporter.importFiles(
                [account], into: database, by: AccountImporter.currentUser(), at: Date(), language: language)
            guard report.succeeded, let imported = report.imports.first else {
                CLI.printDiagnostics(report.diagnostics, language: language)
                try CLI.fail([AccountImporter.summary(report.diagnostics, language: language)])
            }
            id = imported.id
        }
        try REPLLauncher.run(global: global, startup: ["/prep \(id)"])
    }
}
