import ArgumentParser
import CoachApp
import CoachCore
import CoachEngine
import CoachOptions
import CoachStore
import Foundation

/// `coach review verify KIND ID (--comment TEXT | TEXT…) [--by NAME] [--at ISO8601] [--again]`.
struct ReviewVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: HelpText.text("Mark a visit log or finished coaching session verified, with a comment the salesperson will see.")
    )

    @OptionGroup var global: GlobalOptions

    /// The kind, id, comment, manager, time and --again, parsed as `/review verify` parses them.
    @OptionGroup var options: ReviewVerifyOptions

    @Flag(name: .long, help: .l("Print the verification as JSON."))
    var json = false

    func validate() throws {
        if options.commentText.isEmpty {
            throw ValidationError(CLI.text("--comment is empty; say something the salesperson can act on", "--comment 是空的；请写一句业务员能照着做的话", "--comment 是空的；請寫一句業務員能照著做的話"))
        }
    }

    func run() throws {
        let language = try global.language()
        let store = try global.openStoreForWriting()
        let kind = options.kind, comment = options.commentText, again = options.again
        let id = try JournalCLI.entryID(options.id, kind: kind, store: store)
        // This version verified already: say so and add nothing, unless asked to verify again.
        if !again, let entry = try store.reviewEntries().first(where: { $0.kind == kind && ($0.id == id || String($0.number) == id) }),
           let previous = entry.latestVerification, !entry.editedSinceVerified {
            if json { return print(try JSONOutput.encode(previous)) }
            let day = JournalView.day(previous.verifiedAt, .current)
            let version = previous.entryVersion.map { " (v\($0))" } ?? ""
            let chinese = previous.entryVersion.map { "（第 \($0) 版）" } ?? " "
            print(CLI.say(
                language,
                en: "\(kind.label.en.capitalizedFirst) #\(entry.number)\(version) is already verified (\(previous.verifiedBy), \(day)); nothing was added. Use --again to add another verification and comment.",
                zhHans: "\(kind.label.zhHans) #\(entry.number)\(chinese)已经审核过（\(previous.verifiedBy)，\(day)），没有重复添加。要再加一次审核和评语，请加 --again。",
                zhHant: "\(kind.label.zhHant) #\(entry.number)\(chinese)已經審核過（\(previous.verifiedBy)，\(day)），沒有重複新增。要再加一次審核和評語，請加 --again。"))
            return
        }
        let verification = try store.verify(kind: kind, id: id, by: options.by ?? JournalCLI.user, comment: comment, at: options.at?.date ?? JournalCLI.clock.now())
        if json { return print(try JSONOutput.encode(verification)) }
        let entry = try store.reviewEntries().first { $0.kind == kind && $0.id == verification.entryID }
        let number = entry.map { " #\($0.number)" } ?? ""
        let version = verification.entryVersion.map { " (v\($0))" } ?? ""
        let chineseVersion = verification.entryVersion.map { "（第 \($0) 版）" } ?? ""
        let person = entry?.person ?? "?"
        // A space after a Latin name before the Chinese that follows it.
        let named = person.unicodeScalars.last.map { $0.isASCII } == true ? person + " " : person
        print(CLI.say(
            language,
            en: "Verified \(kind.label.en)\(number)\(version); \(person) will see the comment.",
            zhHans: "已审核\(kind.label.zhHans)\(number)\(chineseVersion)；\(named)会看到这条评语。",
            zhHant: "已審核\(kind.label.zhHant)\(number)\(chineseVersion)；\(named)會看到這則評語。"))
    }
}

extension String {
    /// The text with its first letter in upper case ("visit log" → "Visit log").
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
