import Foundation

/// Encodes any `Encodable` value into the compact binary form read by `SnapshotDecoder`.
///
/// The form is self-describing enough to be read back by the same types in any order they ask
/// (keyed values are found by key, optional values may be absent), and arrays of fixed-width numbers
/// and of strings are stored packed, so loading a retrieval index costs little more than a copy.
///
/// ```swift
/// let bytes = try SnapshotEncoder.encode(index)
/// let again = try SnapshotDecoder.decode(RetrievalIndex.self, from: bytes)
/// ```
///
/// Node layout (every integer little-endian; `n` is a LEB128 unsigned integer):
/// - `0`: nil
/// - `1 n bytes`: a scalar (Bool 1 byte, integers 8, Float 4, Double 8, String UTF-8)
/// - `2 n (n key n value)…`: a keyed container: count, then per entry its key and its value node
///   prefixed with the value's length, so a reader can find a key without decoding the others
/// - `3 n (n node)…`: an unkeyed container: count, then each element node prefixed with its length
/// - `4 width n bytes`: a packed array of fixed-width numbers: element width, count, the raw values
/// - `5 n (n bytes)…`: a packed array of strings
public enum SnapshotEncoder {
    public static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let node = try SnapshotNodeEncoder.node(for: value)
        var out: [UInt8] = []
        out.reserveCapacity(1 << 20)
        node.write(to: &out)
        return out
    }
}

/// A value being encoded, before it is written out: a mutable tree, because nested containers are
/// filled after they are handed out.
final class SnapshotNode {
    enum Kind {
        case null
        case scalar([UInt8])
        case keyed([(String, SnapshotNode)])
        case unkeyed([SnapshotNode])
        case packed(width: Int, count: Int, bytes: [UInt8])
        case strings([String])
    }

    var kind: Kind

    init(_ kind: Kind = .null) { self.kind = kind }

    func append(key: String, _ node: SnapshotNode) {
        if case .keyed(var entries) = kind {
            kind = .null
            entries.append((key, node))
            kind = .keyed(entries)
        } else {
            kind = .keyed([(key, node)])
        }
    }

    func append(_ node: SnapshotNode) {
        if case .unkeyed(var elements) = kind {
            kind = .null
            elements.append(node)
            kind = .unkeyed(elements)
        } else {
            kind = .unkeyed([node])
        }
    }

    var count: Int {
        if case .unkeyed(let elements) = kind { return elements.count }
        return 0
    }

    func write(to out: inout [UInt8]) {
        switch kind {
        case .null:
            out.append(0)
        case .scalar(let bytes):
            out.append(1)
            Self.writeLength(bytes.count, to: &out)
            out += bytes
        case .keyed(let entries):
            out.append(2)
            Self.writeLength(entries.count, to: &out)
            for (key, value) in entries {
                let keyBytes = Array(key.utf8)
                Self.writeLength(keyBytes.count, to: &out)
                out += keyBytes
                var valueBytes: [UInt8] = []
                value.write(to: &valueBytes)
                Self.writeLength(valueBytes.count, to: &out)
                out += valueBytes
            }
        case .unkeyed(let elements):
            out.append(3)
            Self.writeLength(elements.count, to: &out)
            var elementBytes: [UInt8] = []
            for element in elements {
                elementBytes.removeAll(keepingCapacity: true)
                element.write(to: &elementBytes)
                Self.writeLength(elementBytes.count, to: &out)
                out += elementBytes
            }
        case let .packed(width, count, bytes):
            out.append(4)
            Self.writeLength(width, to: &out)
            Self.writeLength(count, to: &out)
            out += bytes
        case .strings(let strings):
            out.append(5)
            Self.writeLength(strings.count, to: &out)
            for string in strings {
                let bytes = Array(string.utf8)
                Self.writeLength(bytes.count, to: &out)
                out += bytes
            }
        }
    }

    static func writeLength(_ value: Int, to out: inout [UInt8]) {
        var rest = UInt64(value)
        while rest >= 0x80 {
            out.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        out.append(UInt8(rest))
    }

    static func bytes<T>(of value: T) -> [UInt8] {
        withUnsafeBytes(of: value) { Array($0) }
    }

    /// Packed arrays for the element types that make up the bulk of an index.
    static func packed(_ value: Any) -> Kind? {
        func pack<E>(_ array: [E]) -> Kind {
            .packed(width: MemoryLayout<E>.stride, count: array.count, bytes: array.withUnsafeBytes { Array($0) })
        }
        switch value {
        case let array as [Int32]: return pack(array)
        case let array as [Float]: return pack(array)
        case let array as [Double]: return pack(array)
        case let array as [UInt8]: return pack(array)
        case let array as [Int]: return pack(array.map(Int64.init))
        case let array as [String]: return .strings(array)
        default: return nil
        }
    }

    static func scalar(_ value: Any) -> Kind? {
        switch value {
        case let value as Bool: return .scalar([value ? 1 : 0])
        case let value as String: return .scalar(Array(value.utf8))
        case let value as Double: return .scalar(bytes(of: value.bitPattern.littleEndian))
        case let value as Float: return .scalar(bytes(of: value.bitPattern.littleEndian))
        case let value as Int: return .scalar(bytes(of: Int64(value).littleEndian))
        case let value as Int8: return .scalar(bytes(of: Int64(value).littleEndian))
        case let value as Int16: return .scalar(bytes(of: Int64(value).littleEndian))
        case let value as Int32: return .scalar(bytes(of: Int64(value).littleEndian))
        case let value as Int64: return .scalar(bytes(of: value.littleEndian))
        case let value as UInt: return .scalar(bytes(of: UInt64(value).littleEndian))
        case let value as UInt8: return .scalar(bytes(of: UInt64(value).littleEndian))
        case let value as UInt16: return .scalar(bytes(of: UInt64(value).littleEndian))
        case let value as UInt32: return .scalar(bytes(of: UInt64(value).littleEndian))
        case let value as UInt64: return .scalar(bytes(of: value.littleEndian))
        default: return nil
        }
    }
}

/// The `Encoder` that fills one `SnapshotNode`.
struct SnapshotNodeEncoder: Encoder {
    let node: SnapshotNode
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    static func node<T: Encodable>(for value: T) throws -> SnapshotNode {
        if let kind = SnapshotNode.packed(value) ?? SnapshotNode.scalar(value) { return SnapshotNode(kind) }
        let node = SnapshotNode()
        try value.encode(to: SnapshotNodeEncoder(node: node))
        return node
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .keyed = node.kind {} else { node.kind = .keyed([]) }
        return KeyedEncodingContainer(KeyedContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .unkeyed = node.kind {} else { node.kind = .unkeyed([]) }
        return UnkeyedContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(node: node, codingPath: codingPath)
    }

    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: SnapshotNode
        var codingPath: [any CodingKey]

        mutating func encodeNil(forKey key: Key) throws { node.append(key: key.stringValue, SnapshotNode()) }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            node.append(key: key.stringValue, try SnapshotNodeEncoder.node(for: value))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let child = SnapshotNode()
            node.append(key: key.stringValue, child)
            return SnapshotNodeEncoder(node: child).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let child = SnapshotNode()
            node.append(key: key.stringValue, child)
            return SnapshotNodeEncoder(node: child).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder {
            let child = SnapshotNode()
            node.append(key: "super", child)
            return SnapshotNodeEncoder(node: child)
        }

        mutating func superEncoder(forKey key: Key) -> any Encoder {
            let child = SnapshotNode()
            node.append(key: key.stringValue, child)
            return SnapshotNodeEncoder(node: child)
        }
    }

    struct UnkeyedContainer: UnkeyedEncodingContainer {
        let node: SnapshotNode
        var codingPath: [any CodingKey]
        var count: Int { node.count }

        mutating func encodeNil() throws { node.append(SnapshotNode()) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            node.append(try SnapshotNodeEncoder.node(for: value))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let child = SnapshotNode()
            node.append(child)
            return SnapshotNodeEncoder(node: child).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let child = SnapshotNode()
            node.append(child)
            return SnapshotNodeEncoder(node: child).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder {
            let child = SnapshotNode()
            node.append(child)
            return SnapshotNodeEncoder(node: child)
        }
    }

    struct SingleValueContainer: SingleValueEncodingContainer {
        let node: SnapshotNode
        var codingPath: [any CodingKey]

        mutating func encodeNil() throws { node.kind = .null }

        mutating func encode<T: Encodable>(_ value: T) throws {
            node.kind = try SnapshotNodeEncoder.node(for: value).kind
        }
    }
}
