extension TextNormalizer {
    /// Whether the scalar is a CJK ideograph or kana, as `normalize` and the tokenizer see it.
    public static func isCJKScalar(_ scalar: Unicode.Scalar) -> Bool { isCJK(scalar) }
}
