/// A short reference to a record that is the same in every store: the last eight hex digits of
/// its UUID. Log numbers are local (the manager's "log 3" can be the salesperson's #4 after an
/// export and import); the reference travels with the record, so both can cite it.
///
/// ```swift
/// ShortRef.of("3f2b9c1e-5d4a-4b7c-8e6f-00009c2e41ab")   // "9c2e41ab"
/// ShortRef.isRef("9C2E41AB")                            // true: eight hex digits
/// ShortRef.isRef("4")                                   // false: a local number
/// ```
public enum ShortRef {
    /// Hex digits in a reference; a local number typed is shorter.
    public static let length = 8

    /// The reference of the record with `uuid`, in lower case.
    public static func of(_ uuid: String) -> String {
        String(uuid.lowercased().filter { $0.isASCII && $0.isHexDigit }.suffix(length))
    }

    /// Whether `text` is typed as a reference: exactly eight hex digits, any case.
    public static func isRef(_ text: String) -> Bool {
        text.count == length && text.allSatisfy { $0.isASCII && $0.isHexDigit }
    }

    /// The ids among `ids` whose reference is `ref` (more than one only by rare chance).
    public static func matches(_ ref: String, in ids: [String]) -> [String] {
        let wanted = ref.lowercased()
        return ids.filter { of($0) == wanted }
    }
}
