public import CoachCore
public import Foundation

/// JSON for scripts: pretty, keys sorted, Chinese left unescaped, dates in ISO 8601.
public enum JSONOutput {
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        let data = try encoder().encode(value)
        return TerminalSafe.json(String(decoding: data, as: UTF8.self))
    }

    /// The encoder every listing uses: pretty, keys sorted, `/` as it is, dates in ISO 8601.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// Standard output, where a listing goes.
    public static func standardOutput(_ data: Data) {
        FileHandle.standardOutput.write(data)
    }

    /// Writes a JSON array to `output` (standard output) as its elements come, a batch at a time,
    /// laid out exactly as `encode` lays out the whole array (so a long listing is never held whole).
    ///
    /// Each batch is encoded as an array of its own, whose elements the encoder already indents
    /// as those of the whole array; only its brackets are replaced (`[` by `,` after the first),
    /// and the blank line inside an empty list or object is indented by two spaces, as it always
    /// was here (every line of an element indented; a newline inside a JSON string is escaped).
    public static func streamArray<T: Encodable>(
        output: @escaping (Data) -> Void = standardOutput, _ produce: (_ write: ([T]) throws -> Void) throws -> Void
    ) throws {
        let encoder = encoder()
        var count = 0
        try produce { batch in
            guard !batch.isEmpty else { return }
            // "[\n  …\n]": the elements, each line indented by two spaces.
            let array = try encoder.encode(batch)
            let text = (count == 0 ? "[\n" : ",\n") + TerminalSafe.json(elements(of: array))
            count += batch.count
            output(Data(text.utf8))
        }
        if count == 0 {
            output(Data((try encode([T]()) + "\n").utf8))
        } else {
            output(Data("\n]\n".utf8))
        }
    }

    /// Visit logs in full, streamed as `streamArray` streams them and byte for byte the same, but
    /// written by `PrettyJSONWriter` instead of `JSONEncoder` (which was half of a long listing's
    /// time).
    ///
    /// - Complexity: linear in the bytes written; one buffer per batch.
    public static func streamVisitLogDetails(
        output: @escaping (Data) -> Void = standardOutput, _ produce: (_ write: ([VisitLogDetail]) throws -> Void) throws -> Void
    ) throws {
        var count = 0
        try produce { batch in
            guard !batch.isEmpty else { return }
            var json = PrettyJSONWriter(depth: 1, blankLine: "  ")
            for detail in batch {
                json.bytes.append(contentsOf: count == 0 ? [UInt8(ascii: "["), 0x0A, 0x20, 0x20] : [UInt8(ascii: ","), 0x0A, 0x20, 0x20])
                json.write(detail)
                count += 1
            }
            output(Data(json.bytes))
        }
        output(Data((count == 0 ? "[\n\n]\n" : "\n]\n").utf8))
    }

    /// The elements of a pretty-printed array (`[\n` and `\n]` cut), with two spaces on each
    /// blank line. One pass over the bytes: a search for "\n\n" in the String was a third of a
    /// listing's time.
    static func elements(of array: Data) -> String {
        guard array.count >= 4 else { return "" }
        var out: [UInt8] = []
        out.reserveCapacity(array.count + 256)
        array.withUnsafeBytes { raw in
            var previous: UInt8 = 0
            for byte in raw[2..<(raw.count - 2)] {
                if byte == 0x0A, previous == 0x0A { out += [0x20, 0x20] }
                out.append(byte)
                previous = byte
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
