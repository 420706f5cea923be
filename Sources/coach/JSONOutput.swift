import CoachCore
import Foundation

/// JSON for scripts: pretty, keys sorted, Chinese left unescaped, dates in ISO 8601.
enum JSONOutput {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let data = try encoder.encode(value)
        return TerminalSafe.json(String(decoding: data, as: UTF8.self))
    }

    /// Writes a JSON array to standard output as its elements come, a batch at a time, laid out
    /// exactly as `encode` lays out the whole array (so a long listing is never held whole).
    static func streamArray<T: Encodable>(_ produce: (_ write: ([T]) throws -> Void) throws -> Void) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        var count = 0
        try produce { batch in
            var text = ""
            for element in batch {
                let body = TerminalSafe.json(String(decoding: try encoder.encode(element), as: UTF8.self))
                text += (count == 0 ? "[\n" : ",\n") + body.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
                count += 1
            }
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        if count == 0 {
            print(try encode([T]()))
        } else {
            FileHandle.standardOutput.write(Data("\n]\n".utf8))
        }
    }
}
