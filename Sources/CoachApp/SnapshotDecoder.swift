import Foundation

/// Decodes values written by `SnapshotEncoder`.
///
/// Every read is bounds-checked: damaged bytes throw `DecodingError.dataCorrupted`, never trap.
///
/// - Complexity: O(bytes); packed arrays are copied, not decoded element by element.
public enum SnapshotDecoder {
    public static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        let buffer = SnapshotBuffer(bytes)
        return try SnapshotNodeDecoder(buffer: buffer, start: 0, end: bytes.count).decodeValue(T.self)
    }

    /// Decodes the value written at `range` of `buffer` (a section of a snapshot file read once).
    static func decode<T: Decodable>(_ type: T.Type, from buffer: SnapshotBuffer, range: Range<Int>) throws -> T {
        guard range.lowerBound >= 0, range.upperBound <= buffer.base.count else { throw SnapshotBuffer.corrupted("section bounds") }
        return try SnapshotNodeDecoder(buffer: buffer, start: range.lowerBound, end: range.upperBound).decodeValue(T.self)
    }
}

/// The bytes being decoded, kept in one allocation for unchecked pointer reads inside checked bounds.
final class SnapshotBuffer {
    let base: UnsafeMutableRawBufferPointer

    /// Whether `base` is a file mapping (unmapped at the end) rather than an allocation.
    private let isMapped: Bool

    init(_ bytes: [UInt8]) {
        isMapped = false
        base = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, bytes.count), alignment: 8)
        bytes.withUnsafeBytes { source in
            if let address = source.baseAddress, let target = base.baseAddress {
                target.copyMemory(from: address, byteCount: source.count)
            }
        }
    }

    /// `count` bytes of the open file `descriptor`, mapped privately and read ahead in one go (no
    /// copy into the heap, no fault per page); nil when it cannot be mapped.
    init?(mapping descriptor: Int32, count: Int) {
        guard count > 0 else { return nil }
        let address = mmap(nil, count, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_POPULATE, descriptor, 0)
        guard let address, address != MAP_FAILED else { return nil }
        isMapped = true
        base = UnsafeMutableRawBufferPointer(start: address, count: count)
    }

    deinit {
        if isMapped { munmap(base.baseAddress, base.count) } else { base.deallocate() }
    }

    static func corrupted(_ what: String) -> DecodingError {
        DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "damaged snapshot: \(what)"))
    }

    @inline(__always)
    func byte(at position: Int, end: Int) throws -> UInt8 {
        guard position >= 0, position < end else { throw Self.corrupted("read past the end") }
        return base[position]
    }

    /// A LEB128 length at `position` (advanced past it).
    @inline(__always)
    func length(at position: inout Int, end: Int) throws -> Int {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try byte(at: position, end: end)
            position += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
            guard shift < 63 else { throw Self.corrupted("length too long") }
        }
        guard result <= UInt64(Int.max) else { throw Self.corrupted("length out of range") }
        return Int(result)
    }

    /// `length` bytes from `position`, checked against `end`.
    @inline(__always)
    func span(_ position: Int, _ length: Int, end: Int) throws -> Range<Int> {
        guard length >= 0, position >= 0, length <= end - position else { throw Self.corrupted("span past the end") }
        return position..<(position + length)
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: base[range]), as: UTF8.self)
    }

    func equals(_ range: Range<Int>, _ key: String) -> Bool {
        var key = key
        return key.withUTF8 { utf8 in
            guard utf8.count == range.count else { return false }
            guard let address = base.baseAddress, let keyAddress = utf8.baseAddress else { return utf8.isEmpty }
            return memcmp(address + range.lowerBound, keyAddress, range.count) == 0
        }
    }
}

/// The `Decoder` over one node, the bytes `start..<end`.
///
/// Three words, so that passing it as `any Decoder` fits the existential's inline buffer instead
/// of allocating a box per node; the coding path is not tracked (a damaged snapshot is only ever
/// thrown away, never reported by path).
struct SnapshotNodeDecoder: Decoder {
    let buffer: SnapshotBuffer
    let start: Int
    let end: Int
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(buffer: SnapshotBuffer, start: Int, end: Int) {
        self.buffer = buffer
        self.start = start
        self.end = end
    }

    var tag: UInt8 { (try? buffer.byte(at: start, end: end)) ?? 0xFF }

    /// The value of this node, with fast paths for packed arrays and scalars.
    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        // Scalars first: a scalar type asked of another node throws here (its own `init(from:)`
        // would ask this decoder again). One tag test spares other nodes the type checks.
        let tag = tag
        if tag == 1 {
            if let value = try scalar(T.self) { return value }
        } else if Self.scalarTypes.contains(ObjectIdentifier(T.self)) {
            throw mismatch("a scalar")
        }
        switch tag {
        case 4:
            if let value = try packed(T.self) { return value }
        case 5:
            if T.self == [String].self, let value = try strings() as? T { return value }
        default:
            break
        }
        return try T(from: self)
    }

    /// The types `scalar(_:)` reads.
    static let scalarTypes: Set<ObjectIdentifier> = [
        ObjectIdentifier(String.self), ObjectIdentifier(Bool.self), ObjectIdentifier(Double.self), ObjectIdentifier(Float.self),
        ObjectIdentifier(Int.self), ObjectIdentifier(Int32.self), ObjectIdentifier(Int64.self), ObjectIdentifier(Int16.self),
        ObjectIdentifier(Int8.self), ObjectIdentifier(UInt.self), ObjectIdentifier(UInt64.self), ObjectIdentifier(UInt32.self),
        ObjectIdentifier(UInt16.self), ObjectIdentifier(UInt8.self),
    ]

    func mismatch(_ expected: String) -> DecodingError {
        DecodingError.typeMismatch(Any.self, .init(codingPath: [], debugDescription: "expected \(expected) in the snapshot"))
    }

    /// The payload of a scalar node.
    func scalarBytes() throws -> Range<Int> {
        guard tag == 1 else { throw mismatch("a scalar") }
        var position = start + 1
        let count = try buffer.length(at: &position, end: end)
        return try buffer.span(position, count, end: end)
    }

    func fixed<I: FixedWidthInteger>(_ type: I.Type, from range: Range<Int>) throws -> I {
        guard range.count == MemoryLayout<I>.size else { throw SnapshotBuffer.corrupted("scalar size") }
        return I(littleEndian: buffer.base.loadUnaligned(fromByteOffset: range.lowerBound, as: I.self))
    }

    func integer<I: FixedWidthInteger>(_ type: I.Type) throws -> I {
        let range = try scalarBytes()
        if I.isSigned {
            guard let value = I(exactly: try fixed(Int64.self, from: range)) else { throw SnapshotBuffer.corrupted("integer out of range") }
            return value
        }
        guard let value = I(exactly: try fixed(UInt64.self, from: range)) else { throw SnapshotBuffer.corrupted("integer out of range") }
        return value
    }

    func scalar<T>(_ type: T.Type) throws -> T? {
        switch type {
        case is String.Type: return buffer.string(try scalarBytes()) as? T
        case is Bool.Type:
            let range = try scalarBytes()
            guard range.count == 1 else { throw SnapshotBuffer.corrupted("bool size") }
            return (buffer.base[range.lowerBound] != 0) as? T
        case is Double.Type: return Double(bitPattern: try fixed(UInt64.self, from: try scalarBytes())) as? T
        case is Float.Type: return Float(bitPattern: try fixed(UInt32.self, from: try scalarBytes())) as? T
        case is Int.Type: return try integer(Int.self) as? T
        case is Int32.Type: return try integer(Int32.self) as? T
        case is Int64.Type: return try integer(Int64.self) as? T
        case is Int16.Type: return try integer(Int16.self) as? T
        case is Int8.Type: return try integer(Int8.self) as? T
        case is UInt.Type: return try integer(UInt.self) as? T
        case is UInt64.Type: return try integer(UInt64.self) as? T
        case is UInt32.Type: return try integer(UInt32.self) as? T
        case is UInt16.Type: return try integer(UInt16.self) as? T
        case is UInt8.Type: return try integer(UInt8.self) as? T
        default: return nil
        }
    }

    func packed<T>(_ type: T.Type) throws -> T? {
        var position = start + 1
        let width = try buffer.length(at: &position, end: end)
        let count = try buffer.length(at: &position, end: end)
        let (total, overflow) = width.multipliedReportingOverflow(by: count)
        guard !overflow else { throw SnapshotBuffer.corrupted("packed size") }
        let range = try buffer.span(position, total, end: end)
        func unpack<E>(_ element: E.Type) throws -> [E] {
            guard width == MemoryLayout<E>.stride else { throw SnapshotBuffer.corrupted("packed width") }
            return [E](unsafeUninitializedCapacity: count) { target, initialized in
                if count > 0, let address = target.baseAddress, let source = buffer.base.baseAddress {
                    UnsafeMutableRawPointer(address).copyMemory(from: source + range.lowerBound, byteCount: total)
                }
                initialized = count
            }
        }
        switch type {
        case is [Int32].Type: return try unpack(Int32.self) as? T
        case is [Float].Type: return try unpack(Float.self) as? T
        case is [Double].Type: return try unpack(Double.self) as? T
        case is [UInt8].Type: return try unpack(UInt8.self) as? T
        case is [Int].Type: return try unpack(Int64.self).map { Int($0) } as? T
        default: return nil
        }
    }

    func strings() throws -> [String] {
        var position = start + 1
        let count = try buffer.length(at: &position, end: end)
        guard count <= end - position else { throw SnapshotBuffer.corrupted("string count") }
        var result: [String] = []
        result.reserveCapacity(count)
        for _ in 0..<count {
            let length = try buffer.length(at: &position, end: end)
            let range = try buffer.span(position, length, end: end)
            result.append(buffer.string(range))
            position = range.upperBound
        }
        return result
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard tag == 2 else { throw mismatch("a keyed container") }
        return KeyedDecodingContainer(try KeyedContainer<Key>(decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        switch tag {
        case 3: return try UnkeyedContainer(decoder: self)
        case 4, 5: return try UnkeyedContainer(expanding: self)
        default: throw mismatch("an unkeyed container")
        }
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { SingleValueContainer(decoder: self) }

    /// Where a keyed container's next lookup starts (a reference, so lookups through the
    /// non-mutating `KeyedDecodingContainerProtocol` methods can move it).
    final class Cursor {
        var position: Int
        init(_ position: Int) { self.position = position }
    }

    /// One entry of a keyed node: its key's bytes and its value's.
    struct Entry {
        var key: Range<Int>
        var value: Range<Int>
    }

    struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let decoder: SnapshotNodeDecoder
        /// Where the entries begin (after the count) and how many there are.
        private let first: Int
        private let count: Int
        /// The byte position of the entry the next lookup tries first: values are usually asked
        /// for in the order they were written (a dictionary's keys always are), so a lookup is O(1)
        /// then, not a scan of every entry; entries are read where they lie, never collected.
        private let cursor: Cursor
        var codingPath: [any CodingKey] { [] }

        init(decoder: SnapshotNodeDecoder) throws {
            self.decoder = decoder
            var position = decoder.start + 1
            count = try decoder.buffer.length(at: &position, end: decoder.end)
            guard count <= decoder.end - position else { throw SnapshotBuffer.corrupted("entry count") }
            first = position
            cursor = Cursor(position)
        }

        /// The entry at `position`, and where the next one starts.
        private func entry(at position: Int) throws -> (Entry, next: Int) {
            let buffer = decoder.buffer, end = decoder.end
            var position = position
            let keyLength = try buffer.length(at: &position, end: end)
            let key = try buffer.span(position, keyLength, end: end)
            position = key.upperBound
            let valueLength = try buffer.length(at: &position, end: end)
            let value = try buffer.span(position, valueLength, end: end)
            return (Entry(key: key, value: value), value.upperBound)
        }

        /// Every entry, in order (for `allKeys` and the scan after a missed guess).
        private func entries() throws -> [(Entry, next: Int)] {
            var result: [(Entry, next: Int)] = []
            var position = first
            for _ in 0..<count {
                let found = try entry(at: position)
                result.append(found)
                position = found.next
            }
            return result
        }

        var allKeys: [Key] {
            ((try? entries()) ?? []).compactMap { Key(stringValue: decoder.buffer.string($0.0.key)) }
        }

        private func find(_ key: Key) -> Entry? {
            let name = key.stringValue
            let buffer = decoder.buffer
            if cursor.position < decoder.end, let (entry, next) = try? entry(at: cursor.position), buffer.equals(entry.key, name) {
                cursor.position = next
                return entry
            }
            guard let all = try? entries(), let found = all.first(where: { buffer.equals($0.0.key, name) }) else { return nil }
            cursor.position = found.next
            return found.0
        }

        func contains(_ key: Key) -> Bool { find(key) != nil }

        private func child(_ key: Key) throws -> SnapshotNodeDecoder {
            guard let entry = find(key) else {
                throw DecodingError.keyNotFound(key, .init(codingPath: [], debugDescription: "not in the snapshot"))
            }
            return SnapshotNodeDecoder(buffer: decoder.buffer, start: entry.value.lowerBound, end: entry.value.upperBound)
        }

        func decodeNil(forKey key: Key) throws -> Bool {
            guard let entry = find(key) else { return true }
            return decoder.buffer.base[entry.value.lowerBound] == 0 || entry.value.isEmpty
        }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            try child(key).decodeValue(T.self)
        }

        func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
            guard let entry = find(key), !entry.value.isEmpty, decoder.buffer.base[entry.value.lowerBound] != 0 else { return nil }
            return try child(key).decodeValue(T.self)
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            try child(key).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try child(key).unkeyedContainer()
        }

        func superDecoder() throws -> any Decoder {
            guard let key = Key(stringValue: "super") else { throw SnapshotBuffer.corrupted("super key") }
            return try child(key)
        }

        func superDecoder(forKey key: Key) throws -> any Decoder { try child(key) }
    }

    struct UnkeyedContainer: UnkeyedDecodingContainer {
        let decoder: SnapshotNodeDecoder
        /// The byte position of the next element (elements are read where they lie, one by one).
        private var position = 0
        private var elementCount = 0
        /// Elements of a packed array, decoded one by one when a type asks for them that way.
        private var expanded: [any Decodable] = []
        private var isExpanded = false
        private(set) var currentIndex = 0
        var codingPath: [any CodingKey] { [] }
        var count: Int? { isExpanded ? expanded.count : elementCount }
        var isAtEnd: Bool { currentIndex >= (count ?? 0) }

        init(decoder: SnapshotNodeDecoder) throws {
            self.decoder = decoder
            var position = decoder.start + 1
            elementCount = try decoder.buffer.length(at: &position, end: decoder.end)
            guard elementCount <= decoder.end - position else { throw SnapshotBuffer.corrupted("element count") }
            self.position = position
        }

        /// A packed array read element by element (a type decoding `[Int32]` by hand, say).
        init(expanding decoder: SnapshotNodeDecoder) throws {
            self.decoder = decoder
            isExpanded = true
            if decoder.tag == 5 {
                expanded = try decoder.strings()
            } else if let values = try decoder.packed([Int32].self) {
                expanded = values
            } else if let values = try decoder.packed([Double].self) {
                expanded = values
            }
        }

        /// The next element's bytes (not consumed).
        private func peek() throws -> (Range<Int>, next: Int) {
            guard !isExpanded, currentIndex < elementCount else {
                throw DecodingError.valueNotFound(Any.self, .init(codingPath: [], debugDescription: "no more elements"))
            }
            var position = position
            let length = try decoder.buffer.length(at: &position, end: decoder.end)
            let element = try decoder.buffer.span(position, length, end: decoder.end)
            return (element, element.upperBound)
        }

        private mutating func next() throws -> SnapshotNodeDecoder {
            let (range, next) = try peek()
            position = next
            currentIndex += 1
            return SnapshotNodeDecoder(buffer: decoder.buffer, start: range.lowerBound, end: range.upperBound)
        }

        mutating func decodeNil() throws -> Bool {
            guard !isExpanded, currentIndex < elementCount else { return false }
            let (range, next) = try peek()
            if range.isEmpty || decoder.buffer.base[range.lowerBound] == 0 {
                position = next
                currentIndex += 1
                return true
            }
            return false
        }

        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            if isExpanded {
                guard currentIndex < expanded.count, let value = expanded[currentIndex] as? T else {
                    throw mismatchOrEnd()
                }
                currentIndex += 1
                return value
            }
            return try next().decodeValue(T.self)
        }

        private func mismatchOrEnd() -> DecodingError {
            DecodingError.typeMismatch(Any.self, .init(codingPath: [], debugDescription: "unexpected packed element"))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            try next().container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            try next().unkeyedContainer()
        }

        mutating func superDecoder() throws -> any Decoder { try next() }
    }

    struct SingleValueContainer: SingleValueDecodingContainer {
        let decoder: SnapshotNodeDecoder
        var codingPath: [any CodingKey] { [] }

        func decodeNil() -> Bool { decoder.start >= decoder.end || decoder.tag == 0 }

        func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decodeValue(T.self) }
    }
}
