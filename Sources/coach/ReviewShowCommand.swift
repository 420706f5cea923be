import ArgumentParser
import CoachApp
import CoachCore
import CoachEngine
import CoachOptions
import CoachStore
import Foundation

/// `coach review show KIND ID [--json]`: one log or session in full.
struct ReviewShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: HelpText.text("Show a visit log (with its versions and follow-ups) or a coaching session (answers, flags at the time, strategies, outline).")
    )

    @OptionGroup var global: GlobalOptions

    /// The kind and id, parsed as `/review show` parses them.
    @OptionGroup var options: ReviewShowOptions

    @Flag(name: .long, help: .l("Print it as JSON."))
    var json = false

    func run() throws {
        let language = try global.language()
        let store = try global.openStore()
        let names = try JournalCLI.accountNames(store)
        let kind = options.kind
        let id = try JournalCLI.entryID(options.id, kind: kind, store: store)
        switch kind {
        case .log:
            guard let detail = try store.visitLogDetail(id) else { throw StoreError.journal(.unknownLog(id)) }
            if json { return print(try JSONOutput.encode(detail)) }
            CLI.show(JournalView.logDetail(detail, accountName: names[detail.log.accountID], language: language, timeZone: .current))
        case .session:
            guard let session = try store.sessionSnapshot(id) else { throw StoreError.journal(.unknownSession(id)) }
            if json { return print(try JSONOutput.encode(session)) }
            let corpus = try CLI.loadCorpus(global)
            CLI.show(JournalView.sessionDetail(session, corpus: corpus, accountName: names[session.accountID], language: language, timeZone: .current))
        }
    }
}
