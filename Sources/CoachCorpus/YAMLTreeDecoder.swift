import Foundation
import Yams

/// Decodes `Decodable` values from a `YAMLTree` as Yams' `YAMLDecoder` decodes the node Yams
/// composes from the same text with `Resolver.basic`: a scalar constructs a `ScalarConstructible`
/// type through Yams' own constructor, only a plain scalar can be null or a Bool, and coding paths
/// and errors have Yams' shape (callers redo a failed decoding with Yams to report its error).
///
/// ```swift
/// let tree = YAMLSubsetReader.read("priority: 40\n")!
/// let value = try YAMLTreeDecoder(node: tree, userInfo: [:]).decode([String: Int].self)
/// ```
struct YAMLTreeDecoder: Decoder {
    let node: YAMLTree
    let codingPath: [any CodingKey]
    let userInfo: [CodingUserInfoKey: Any]

    init(node: YAMLTree, codingPath: [any CodingKey] = [], userInfo: [CodingUserInfoKey: Any]) {
        self.node = node
        self.codingPath = codingPath
        self.userInfo = userInfo
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let entries, _) = node else { throw mismatch(Node.Mapping.self) }
        return KeyedDecodingContainer(KeyedContainer<Key>(decoder: self, entries: entries))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .sequence(let items, _) = node else { throw mismatch(Node.Sequence.self) }
        return UnkeyedContainer(decoder: self, items: items)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    /// The decoder of `node`, a child of this one at `key`.
    func child(_ node: YAMLTree, key: any CodingKey) -> YAMLTreeDecoder {
        YAMLTreeDecoder(node: node, codingPath: codingPath + [key], userInfo: userInfo)
    }

    func mismatch(_ expected: Any.Type) -> DecodingError {
        let found = switch node {
        case .scalar: "Scalar"
        case .mapping: "Mapping"
        case .sequence: "Sequence"
        }
        return .typeMismatch(expected, DecodingError.Context(
            codingPath: codingPath, debugDescription: "Expected to decode \(expected) but found \(found) instead."))
    }
}

extension YAMLTreeDecoder: SingleValueDecodingContainer {
    /// A plain `~`, `null`, `Null`, `NULL` or nothing, as Yams' `NSNull.construct`.
    func decodeNil() -> Bool {
        guard case let .scalar(text, true, _) = node else { return false }
        return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if type == String.self {
            // Yams' `String.construct` is the scalar's text, whatever its style.
            guard case .scalar(let text, _, _) = node else { throw mismatch(Node.Scalar.self) }
            return text as! T  // swiftlint:disable:this force_cast
        }
        if type == [String].self {
            // What `Array<String>.init(from:)` does through an unkeyed container, without a
            // decoder per item (the corpus has thousands of such lists).
            guard case .sequence(let items, _) = node else { throw mismatch(Node.Sequence.self) }
            var texts: [String] = []
            texts.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                guard case .scalar(let text, _, _) = item else {
                    throw child(item, key: TreeKey(index: index)).mismatch(Node.Scalar.self)
                }
                texts.append(text)
            }
            return texts as! T  // swiftlint:disable:this force_cast
        }
        if let constructible = type as? any ScalarConstructible.Type {
            guard case let .scalar(text, isPlain, _) = node else { throw mismatch(Node.Scalar.self) }
            // The tag and style Yams' parser gives a scalar read with `Resolver.basic`.
            let scalar = Node.Scalar(
                text, Tag(isPlain ? .implicit : .str, .basic, .default), isPlain ? .plain : .doubleQuoted)
            guard let value = constructible.construct(from: scalar) as? T else { throw mismatch(type) }
            return value
        }
        return try T(from: self)
    }
}

/// Yams' coding key for sequence items (`Index 0`) and `super`.
private struct TreeKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init?(stringValue: String) {
        self.stringValue = stringValue
        intValue = nil
    }

    init?(intValue: Int) {
        stringValue = "\(intValue)"
        self.intValue = intValue
    }

    init(index: Int) {
        stringValue = "Index \(index)"
        intValue = index
    }

    static let `super` = TreeKey(stringValue: "super")!
}

/// A mapping's container: keys looked up by a scan of the few entries most mappings have, through
/// an index when there are many (so decoding a mapping is linear in its keys, not quadratic).
private struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: YAMLTreeDecoder
    let entries: [YAMLTree.Entry]
    let index: [String: Int]?

    init(decoder: YAMLTreeDecoder, entries: [YAMLTree.Entry]) {
        self.decoder = decoder
        self.entries = entries
        index = entries.count > 16
            ? Dictionary(entries.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first }) : nil
    }

    private func entry(_ key: String) -> YAMLTree.Entry? {
        if let index { return index[key].map { entries[$0] } }
        return entries.first { $0.key == key }
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var allKeys: [Key] { entries.compactMap { Key(stringValue: $0.key) } }

    func contains(_ key: Key) -> Bool { entry(key.stringValue) != nil }

    func decodeNil(forKey key: Key) throws -> Bool { try child(key).decodeNil() }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try child(key).decode(type) }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try child(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try child(key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { try child(TreeKey.super) }

    func superDecoder(forKey key: Key) throws -> any Decoder { try child(key) }

    private func child(_ key: any CodingKey) throws -> YAMLTreeDecoder {
        guard let entry = entry(key.stringValue) else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(
                codingPath: codingPath, debugDescription: "No value associated with key \(key) (\"\(key.stringValue)\")."))
        }
        return decoder.child(entry.value, key: key)
    }
}

private struct UnkeyedContainer: UnkeyedDecodingContainer {
    let decoder: YAMLTreeDecoder
    let items: [YAMLTree]
    var currentIndex = 0

    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    // As Yams, `decodeNil` moves on to the next item whatever it finds.
    mutating func decodeNil() throws -> Bool { try next { $0.decodeNil() } }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next { try $0.decode(type) } }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next { try $0.container(keyedBy: type) }
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next { try $0.unkeyedContainer() }
    }

    mutating func superDecoder() throws -> any Decoder { try next { $0 } }

    private mutating func next<T>(_ body: (YAMLTreeDecoder) throws -> T) throws -> T {
        let key = TreeKey(index: currentIndex)
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(T.self, DecodingError.Context(
                codingPath: codingPath + [key], debugDescription: "Unkeyed container is at end."))
        }
        let value = try body(decoder.child(items[currentIndex], key: key))
        currentIndex += 1
        return value
    }
}

extension Decoder {
    /// The position of this decoder's node, from Yams' decoder or the subset reader's. Use it,
    /// not Yams' `mark`, which is nil for a `YAMLTreeDecoder` (every position would read 1:1).
    var sourceMark: SourceMark? {
        if let tree = self as? YAMLTreeDecoder { return tree.node.mark }
        return mark.map { SourceMark(line: $0.line, column: $0.column) }
    }
}
