import CoachApp
import CoachCore
import CoachEngine
import CoachStore
import CoachTerminal
import CoachTestSupport
import Foundation
import Testing

/// Importing account files from the REPL and in batches: every error in the user's language, all
/// files in one transaction (issue 11 rows 4 and 11, issue 17 "three errors").
@Suite struct AccountImportTests {
    static let threeProblems = """
        account: 華東郵政分公司
        id: east-post
        people:
          - name: 王建國
            role: boss
          - name: 林美玲
            birthday: 1980-02-30
            reports-to: 王建囯

        """

    func repl(_ inputs: [String], database: CoachDatabase, language: Language) -> String {
        let sink = StringSink()
        let reader = ScriptedLineReader(inputs, echo: sink)
        let repl = REPL(
            conversation: Conversation(environment: Fixtures.environment(database: database), language: language),
            reader: reader, sink: sink, renderer: OutputRenderer(width: 200, colors: .off),
            clock: Fixtures.clock, interactive: false,
            apply: SessionFactory.applier(database: database, clock: Fixtures.clock))
        repl.run()
        return sink.text
    }

    @Test func theREPLsImportReportsEveryErrorInTraditionalChinese() throws {
        let folder = try TemporaryFolders.make()
        let file = folder.appendingPathComponent("east-post.yaml")
        try Self.threeProblems.write(to: file, atomically: true, encoding: .utf8)
        let database = try CoachDatabase.inMemory()
        let text = repl(["/account import \(file.path)"], database: database, language: .zhHant)
        #expect(text.contains("\(file.path):5:11: 錯誤：「role」的值「boss」無效"), "\(text)")
        #expect(text.contains("\(file.path):7:15: 錯誤：生日「1980-02-30」無效"), "\(text)")
        #expect(text.contains("\(file.path):8:17: 錯誤：「reports-to: 王建囯」在本客戶中找不到這個人（是不是「王建國」？）"), "\(text)")
        #expect(text.contains("\(file.path) 中有 3 個錯誤，沒有匯入任何內容。"), "\(text)")
        for english in ["error:", "invalid", "allowed", "Nothing"] { #expect(!text.contains(english), "\(english): \(text)") }
        #expect(try database.accounts().isEmpty)
    }

    @Test func theSummaryCountsErrorsPerFileInEachLanguage() {
        let diagnostics = [
            Diagnostic(file: "a.yaml", line: 1, column: 1, message: "x"), Diagnostic(file: "a.yaml", line: 2, column: 1, message: "y"),
            Diagnostic(file: "b.yaml", line: 3, column: 1, message: "z"),
        ]
        #expect(AccountImporter.summary(Array(diagnostics.prefix(1)), language: .en)
            == "1 error in a.yaml; nothing was imported. Fix them and import again.")
        #expect(AccountImporter.summary(diagnostics, language: .en)
            == "3 errors in 2 files (a.yaml, b.yaml); nothing was imported. Fix them and import again.")
        #expect(AccountImporter.summary(diagnostics, language: .zhHans)
            == "2 个文件中有 3 个错误（a.yaml、b.yaml），没有导入任何内容。请修正后重新导入。")
    }

    @Test func aBatchStoppedHalfWayStoresNothing() throws {
        let database = try CoachDatabase.inMemory()
        let accounts = ["one", "two", "three"].map { (account: Account(id: $0, name: $0.uppercased()), source: "\($0).yaml") }
        var asked = 0
        let stopped = try database.importAccounts(accounts, by: "li", at: Fixtures.clock.now()) {
            asked += 1
            return asked == 3
        }
        #expect(stopped == nil)
        #expect(try database.accounts().isEmpty, "the first two accounts were kept")
        let imported = try #require(try database.importAccounts(accounts, by: "li", at: Fixtures.clock.now()))
        #expect(imported.map(\.id) == ["one", "two", "three"])
        #expect(try database.accounts().count == 3)
    }
}
