public import Foundation

/// Makes the ids of new records: a random UUID in the app, a counted sequence in tests.
///
/// Every record (visit log, draft, coaching session, follow-up, status change, verification,
/// account version, training record) gets its id the moment it starts, so two records never share
/// one, whatever the clock says. Inject it as the clock is injected:
///
/// ```swift
/// let ids = RecordIDs.random
/// let key = ids.next()                      // "3f2b9c1e-…", lowercase
/// let counted = RecordIDs.sequential()      // 00000000-0000-4000-8000-000000000001, …0002, …
/// ```
public struct RecordIDs: Sendable {
    private let make: @Sendable () -> String

    public init(_ make: @escaping @Sendable () -> String) { self.make = make }

    /// A new id.
    public func next() -> String { make() }

    /// Random (version 4) UUIDs, lowercase.
    public static let random = RecordIDs { UUID().uuidString.lowercased() }

    /// `00000000-0000-4000-8000-000000000001`, `…0002`, …: valid UUIDs in a fixed order, for tests
    /// and golden transcripts. Each call starts its own count.
    public static func sequential(start: UInt64 = 1) -> RecordIDs {
        let counter = Counter(start)
        return RecordIDs { RecordID.counted(counter.take()) }
    }

    final class Counter: @unchecked Sendable {
        private var value: UInt64
        private let lock = NSLock()
        init(_ start: UInt64) { value = start }
        func take() -> UInt64 {
            lock.lock()
            defer { lock.unlock() }
            let taken = value
            value += 1
            return taken
        }
    }
}

/// Record ids: recognising a UUID, and the stable UUID that a record without one (from a store or
/// export written before every record had a UUID) is given.
public enum RecordID {
    /// The kinds of record, which keep the ids derived from old keys apart.
    public enum Kind: String, Sendable, CaseIterable {
        case session, log, draft, followUp = "follow-up", followUpChange = "follow-up-change", verification
        case accountVersion = "account-version", lessonCompletion = "lesson-completion", quizAnswer = "quiz-answer"
        case drill
    }

    /// Whether `text` is a UUID (`8-4-4-4-12` hex digits, any case).
    public static func isUUID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 36 else { return false }
        for (index, byte) in bytes.enumerated() {
            if [8, 13, 18, 23].contains(index) {
                guard byte == UInt8(ascii: "-") else { return false }
            } else {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20)
                else { return false }
            }
        }
        return true
    }

    /// `text` as a record id: a UUID as it is (lowercase); anything else, such as a key written by
    /// an earlier release (`east-post@2026-11-30T09:00:00Z`), the name-based UUID of that key
    /// (RFC 4122 version 5 in the coach's own namespace), the same on every machine, so an old
    /// export imported into a migrated store finds the record it already holds.
    public static func normalized(_ text: String, kind: Kind) -> String {
        isUUID(text) ? text.lowercased() : derived(from: text, kind: kind)
    }

    /// The id of the `index`-th (from 1) follow-up raised at the log whose id is `log`.
    public static func followUp(log: String, index: Int) -> String {
        derived(from: "\(log)#\(index)", kind: .followUp)
    }

    /// `text` as a follow-up id: a UUID as it is; `LOG#N` (how earlier releases and scripts name
    /// the N-th issue of a log) the id of that follow-up; anything else its derived UUID.
    public static func normalizedFollowUp(_ text: String) -> String {
        if isUUID(text) { return text.lowercased() }
        if let hash = text.lastIndex(of: "#"), let index = Int(text[text.index(after: hash)...]), index > 0 {
            return followUp(log: normalized(String(text[..<hash]), kind: .log), index: index)
        }
        return derived(from: text, kind: .followUp)
    }

    /// The id of a status change that has none (written before changes had ids): derived from the
    /// follow-up and the change itself, the same on every machine.
    public static func followUpChange(followUp: String, status: String, at timestamp: String, by user: String) -> String {
        derived(from: "\(followUp)|\(status)|\(timestamp)|\(user)", kind: .followUpChange)
    }

    /// The name-based (version 5) UUID of `kind` and `legacy`.
    public static func derived(from legacy: String, kind: Kind) -> String {
        var bytes = Array(SHA1.digest(namespace + Array("\(kind.rawValue):\(legacy)".utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return format(bytes)
    }

    /// The UUID numbered `number` of a sequence (`RecordIDs.sequential`).
    static func counted(_ number: UInt64) -> String {
        var bytes = [UInt8](repeating: 0, count: 16)
        bytes[6] = 0x40
        bytes[8] = 0x80
        for index in 0..<6 { bytes[15 - index] = UInt8((number >> (8 * UInt64(index))) & 0xFF) }
        return format(bytes)
    }

    /// The namespace of the coach's derived ids (itself a fixed random UUID).
    static let namespace: [UInt8] = [
        0x5c, 0x1e, 0x0a, 0x3d, 0x8b, 0x47, 0x4f, 0x2a, 0x9e, 0x61, 0x0d, 0xc4, 0x7a, 0x13, 0xb5, 0x92,
    ]

    static func format(_ bytes: [UInt8]) -> String {
        let hex = bytes.map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }
        return [hex[0..<4], hex[4..<6], hex[6..<8], hex[8..<10], hex[10..<16]].map { $0.joined() }.joined(separator: "-")
    }
}

/// SHA-1 (FIPS 180-4), only for name-based UUIDs (RFC 4122 §4.3 names it); not for security.
enum SHA1 {
    static func digest(_ message: [UInt8]) -> [UInt8] {
        var h: [UInt32] = [0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0]
        var data = message
        let bitLength = UInt64(message.count) * 8
        data.append(0x80)
        while data.count % 64 != 56 { data.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { data.append(UInt8((bitLength >> UInt64(shift)) & 0xFF)) }
        var w = [UInt32](repeating: 0, count: 80)
        for chunk in stride(from: 0, to: data.count, by: 64) {
            for i in 0..<16 {
                w[i] = UInt32(data[chunk + 4 * i]) << 24 | UInt32(data[chunk + 4 * i + 1]) << 16
                    | UInt32(data[chunk + 4 * i + 2]) << 8 | UInt32(data[chunk + 4 * i + 3])
            }
            for i in 16..<80 {
                let x = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]
                w[i] = (x << 1) | (x >> 31)
            }
            var (a, b, c, d, e) = (h[0], h[1], h[2], h[3], h[4])
            for i in 0..<80 {
                let f: UInt32, k: UInt32
                switch i {
                case 0..<20: (f, k) = ((b & c) | (~b & d), 0x5A82_7999)
                case 20..<40: (f, k) = (b ^ c ^ d, 0x6ED9_EBA1)
                case 40..<60: (f, k) = ((b & c) | (b & d) | (c & d), 0x8F1B_BCDC)
                default: (f, k) = (b ^ c ^ d, 0xCA62_C1D6)
                }
                let temp = ((a << 5) | (a >> 27)) &+ f &+ e &+ k &+ w[i]
                (e, d, c, b, a) = (d, c, (b << 30) | (b >> 2), a, temp)
            }
            h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d; h[4] &+= e
        }
        return h.flatMap { value in (0..<4).map { UInt8((value >> UInt32(24 - 8 * $0)) & 0xFF) } }
    }
}
