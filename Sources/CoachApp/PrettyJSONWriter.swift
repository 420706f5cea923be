import CoachCore
public import Foundation

/// Pretty-printed JSON written straight into bytes, laid out exactly as `JSONOutput` prints what
/// `JSONEncoder` encodes (`.prettyPrinted, .sortedKeys, .withoutEscapingSlashes`, dates
/// `.iso8601`, then `TerminalSafe.json`): two spaces per level, `"key" : value`, an empty list or
/// object as an opening bracket, a blank line and the closing bracket, strings escaped as the
/// encoder escapes them and every character that could act on a terminal as a `\u` escape.
///
/// The caller writes keys in sorted order (byte order, as the encoder sorts them) and leaves out
/// an optional that is nil, as synthesized `Codable` does.
///
/// ```swift
/// var json = PrettyJSONWriter(depth: 1, blankLine: "  ")
/// json.beginObject()
/// json.key("name"); json.string("陳志明")
/// json.endObject()   // json.bytes: {\n    "name" : "陳志明"\n  }
/// ```
/// - Complexity: linear in the bytes written; no allocation but the buffer's growth.
public struct PrettyJSONWriter {
    /// What has been written.
    public var bytes: [UInt8] = []
    /// The nesting level of what is written next (its lines are indented by two spaces per level).
    var depth: Int
    /// What the blank line inside an empty list or object holds (`JSONOutput.streamArray` indents
    /// it by two spaces, like every line of an element).
    let blankLine: [UInt8]
    /// Whether the innermost open list or object has nothing in it yet.
    var isEmpty = true

    /// A writer whose first value sits at `depth` (its closing bracket is indented by `depth` levels).
    public init(depth: Int = 0, blankLine: String = "") {
        self.depth = depth
        self.blankLine = Array(blankLine.utf8)
        bytes.reserveCapacity(1 << 16)
    }

    // MARK: Structure

    public mutating func beginObject() {
        bytes.append(UInt8(ascii: "{"))
        depth += 1
        isEmpty = true
    }

    public mutating func endObject() {
        close(UInt8(ascii: "}"))
    }

    public mutating func beginArray() {
        bytes.append(UInt8(ascii: "["))
        depth += 1
        isEmpty = true
    }

    public mutating func endArray() {
        close(UInt8(ascii: "]"))
    }

    /// Starts the next member of the open object: `"key" : ` on a line of its own. `key` is plain
    /// ASCII that needs no escaping (a property name).
    public mutating func key(_ key: StaticString) {
        nextLine()
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), 0x20, UInt8(ascii: ":"), 0x20])
    }

    /// Starts the next element of the open list on a line of its own.
    public mutating func element() {
        nextLine()
    }

    private mutating func nextLine() {
        if !isEmpty { bytes.append(UInt8(ascii: ",")) }
        bytes.append(0x0A)
        indent(depth)
        isEmpty = false
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        bytes.append(0x0A)
        if isEmpty {
            bytes.append(contentsOf: blankLine)
            bytes.append(0x0A)
        }
        indent(depth)
        bytes.append(bracket)
        // The list or object just closed is a value of its parent, which is no longer empty.
        isEmpty = false
    }

    private mutating func indent(_ levels: Int) {
        for _ in 0..<(levels * 2) { bytes.append(0x20) }
    }

    // MARK: Values

    public mutating func int(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var rest = value.magnitude
        var count = 0
        var probe = rest
        repeat {
            count += 1
            probe /= 10
        } while probe > 0
        bytes.append(contentsOf: repeatElement(0, count: count))
        var index = bytes.count - 1
        repeat {
            bytes[index] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
            index -= 1
        } while rest > 0
    }

    /// `text` in quotes: `"` and `\` escaped, C0 controls as `\b \t \n \f \r` or `\u00xx`, and DEL,
    /// C1 controls, bidi controls and the line and paragraph separators as `\uxxxx`
    /// (`TerminalSafe.isUnsafe`); everything else as it is.
    public mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var index = 0
            let count = utf8.count
            var start = 0
            while index < count {
                let byte = utf8[index]
                if byte >= 0x20, byte != 0x22, byte != 0x5C, byte < 0x7F {
                    index += 1
                    continue
                }
                if byte >= 0x80 {
                    // A multi-byte scalar: only a few are escaped (C1, U+061C, U+200E/F, U+2028–202E, U+2066–2069).
                    let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                    var scalar: UInt32 = 0
                    if length == 2 {
                        scalar = UInt32(byte & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F)
                    } else if length == 3 {
                        scalar = UInt32(byte & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
                    }
                    if length == 4 || !Self.isEscapedAbove7F(scalar) {
                        index += length
                        continue
                    }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                    unicodeEscape(scalar)
                    index += length
                    start = index
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                switch byte {
                case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
                case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
                case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
                case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
                case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                default: unicodeEscape(UInt32(byte))
                }
                index += 1
                start = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    static func isEscapedAbove7F(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x80...0x9F, 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// `\u` and four lower-case hex digits.
    private mutating func unicodeEscape(_ scalar: UInt32) {
        bytes.append(0x5C)
        bytes.append(UInt8(ascii: "u"))
        for shift in [12, 8, 4, 0] as [UInt32] {
            let digit = UInt8(scalar >> shift & 0xF)
            bytes.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
        }
    }

    /// A date as `JSONEncoder`'s `.iso8601` writes it: `"2026-11-03T09:00:00Z"`, whole seconds in
    /// UTC. A date within a millisecond of the next second (Foundation rounds there), before 1583
    /// (Foundation's calendar is Julian before October 1582) or after 9999 is formatted by
    /// Foundation itself.
    public mutating func date(_ date: Date) {
        let interval = date.timeIntervalSince1970
        let whole = interval.rounded(.down)
        guard interval - whole < 0.999, whole >= -12_212_553_600, whole < 253_402_300_800 else {
            return string(Self.foundationISO8601(date))
        }
        let seconds = Int(whole)
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let inDay = seconds - days * 86_400
        let (year, month, day) = DayNumber.counting(days).components
        func two(_ value: Int) {
            bytes.append(UInt8(ascii: "0") + UInt8(value / 10))
            bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
        }
        bytes.append(UInt8(ascii: "\""))
        two(year / 100)
        two(year % 100)
        bytes.append(UInt8(ascii: "-"))
        two(month)
        bytes.append(UInt8(ascii: "-"))
        two(day)
        bytes.append(UInt8(ascii: "T"))
        two(inDay / 3_600)
        bytes.append(UInt8(ascii: ":"))
        two(inDay / 60 % 60)
        bytes.append(UInt8(ascii: ":"))
        two(inDay % 60)
        bytes.append(contentsOf: [UInt8(ascii: "Z"), UInt8(ascii: "\"")])
    }

    /// What `JSONEncoder` with `.iso8601` writes for `date`, without the quotes.
    static func foundationISO8601(_ date: Date) -> String {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let text = (try? encoder.encode(date)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
        return String(text.dropFirst().dropLast())
    }
}
