import Foundation

/// CSV as RFC 4180 writes it: a field with a comma, quote or line break is quoted, quotes doubled.
///
/// A field a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a
/// carriage return; OWASP "CSV Injection") is written with a leading `'` and quoted, so names,
/// issue texts and journal text from other people's files stay text. Plain numbers (`-3`, `+2.5`)
/// and a lone `-` (the reports' "none") are left as they are.
public enum CSVField {
    public static func escape(_ field: String) -> String {
        let value = isFormula(field) ? "'" + field : field
        guard value != field || value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Whether a spreadsheet would read `field` as a formula.
    static func isFormula(_ field: String) -> Bool {
        guard let first = field.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}"].contains(first)
        else { return false }
        if field == "-" { return false }
        let digits = field.unicodeScalars.dropFirst()
        let isNumber = (first == "-" || first == "+") && !digits.isEmpty
            && digits.allSatisfy { ("0"..."9").contains($0) || $0 == "." } && digits.filter { $0 == "." }.count <= 1
            && digits.first != "." && digits.last != "."
        return !isNumber
    }

    /// Splits CSV text into rows of fields (quoted fields may hold commas, quotes and line breaks).
    public static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = Array(text).makeIterator()
        var pending: Character? = nil
        while let character = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"": quoted = true
            case ",": row.append(field); field = ""
            case "\n", "\r\n":
                row.append(field); field = ""
                rows.append(row); row = []
            default: field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
