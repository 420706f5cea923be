import CoachApp
import Testing

/// CSV cells a spreadsheet would run as formulas are neutralised (issue 11, row 6; OWASP CSV Injection).
@Suite struct CSVFieldTests {
    @Test(arguments: [
        ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
        ("+1+cmd|' /C calc'!A0", "\"'+1+cmd|' /C calc'!A0\""),
        ("-2+3", "\"'-2+3\""),
        ("@SUM(A1:A2)", "\"'@SUM(A1:A2)\""),
        ("\t=1", "\"'\t=1\""),
        ("＝1+1", "\"'＝1+1\""),
    ])
    func aFormulaBecomesQuotedText(field: String, written: String) {
        #expect(CSVField.escape(field) == written)
        #expect(CSVField.parse(CSVField.escape(field) + "\n") == [["'" + field]])
    }

    @Test(arguments: ["-3", "+2.5", "-", "2026-11-03", "王建國", "a-b", "plain text"])
    func numbersDatesAndTextStayAsTheyAre(field: String) {
        #expect(CSVField.escape(field) == field)
    }
}
