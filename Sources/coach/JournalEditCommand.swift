import ArgumentParser
import CoachApp
import CoachCore
import CoachOptions
import CoachStore
import Foundation

/// `coach journal edit N --discussed TEXT …`: a new version of a visit log; earlier text is kept.
struct JournalEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: HelpText.text("Change parts of a visit log; the change is a new version and earlier versions are kept."),
        discussion: HelpText.text("""
            A log a manager verified stays verified as it was: the edit is a new version, and \
            'coach review show log N' shows both. --met and --learnt replace the whole list.
            """)
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: .l("The log's number (from 'coach journal'), its 8-character ref (the same in every store) or its id."))
    var log: String

    @Option(name: .long, help: .l("The day of the visit."))
    var date: String?

    @Option(name: .long, help: .l("The people met (repeat, or separate with commas); replaces the list."))
    var met: [String] = []

    @Option(name: .long, help: .l("What was discussed."))
    var discussed: String?

    @Option(name: .long, help: .l("The customer's opinions and suggestions."))
    var opinions: String?

    @Option(name: .long, help: .l("Commitments and next steps."))
    var commitments: String?

    @Option(name: .long, help: .l("What was learnt ('QUESTION => ANSWER' or the answer); replaces the list."))
    var learnt: [String] = []

    @Option(name: .long, help: .l("Who is editing (default: $USER)."))
    var by: String?

    @Flag(name: .long, help: .l("Print the log after the edit as JSON."))
    var json = false

    func validate() throws {
        if date == nil, met.isEmpty, discussed == nil, opinions == nil, commitments == nil, learnt.isEmpty {
            throw ValidationError(CLI.text("nothing to change; give at least one of --date, --met, --discussed, --opinions, --commitments, --learnt", "没有要修改的内容；请至少给 --date、--met、--discussed、--opinions、--commitments、--learnt 其中一个", "沒有要修改的內容；請至少給 --date、--met、--discussed、--opinions、--commitments、--learnt 其中一個"))
        }
    }

    func run() throws {
        let language = try global.language()
        let store = try global.openStoreForWriting()
        guard let detail = try store.visitLogDetail(try JournalCLI.entryID(log, kind: .log, store: store)) else { throw StoreError.journal(.unknownLog(log)) }
        var content = detail.log.content
        if let date { content.visitDate = try JournalCLI.day(date, option: "--date") }
        if !met.isEmpty { content.peopleMet = JournalCLI.names(met) }
        if let discussed { content.discussed = discussed }
        if let opinions { content.opinions = opinions }
        if let commitments { content.commitments = commitments }
        if !learnt.isEmpty { content.findings = learnt.map(JournalCLI.finding) }
        let edited = try store.editVisitLog(log, content: content, by: by ?? JournalCLI.user, at: JournalCLI.clock.now())
        if json {
            print(try JSONOutput.encode(edited.log))
            return
        }
        let number = edited.log.number, version = edited.log.version
        guard edited.changed else {
            print(CLI.say(language, en: "Visit log #\(number) already says that; no new version.",
                                     zhHans: "拜访记录 #\(number) 内容相同，没有新版本。", zhHant: "走訪記錄 #\(number) 內容相同，沒有新版本。"))
            return
        }
        var message = CLI.say(
            language, en: "Visit log #\(number) is now version \(version); earlier versions are kept.",
            zhHans: "拜访记录 #\(number) 现为第 \(version) 版；旧版本都保留着。", zhHant: "走訪記錄 #\(number) 現為第 \(version) 版；舊版本都保留著。")
        if let verified = edited.verifiedVersion {
            message += " " + CLI.say(
                language, en: "The version your manager verified (v\(verified)) stays as it was.",
                zhHans: "主管审核过的版本（v\(verified)）原样保留。", zhHant: "主管審核過的版本（v\(verified)）原樣保留。")
        }
        print(message)
    }
}
