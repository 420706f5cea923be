import CoachCore

// The content of a visit log version as the store keeps it, written straight into bytes: an
// import writes one for every version it stores, and a JSONEncoder for each was a tenth of it.
extension VisitLogContent {
    /// Exactly what `CoachDatabase.json(_:)` (JSONEncoder, keys sorted, compact) writes for this
    /// content: keys in byte order, `"`, `\` and `/` escaped, C0 controls as `\b \t \n \f \r` or
    /// `\u00xx`, everything else as it is.
    ///
    /// ```swift
    /// VisitLogContent(visitDate: "2026-11-03").storedJSON
    /// // {"commitments":"","discussed":"","findings":[],"opinions":"","peopleMet":[],"visitDate":"2026-11-03"}
    /// ```
    /// - Complexity: linear in the length of the texts.
    var storedJSON: String {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        func raw(_ text: StaticString) { text.withUTF8Buffer { out.append(contentsOf: $0) } }
        func string(_ text: String) {
            out.append(UInt8(ascii: "\""))
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
                    out.append(UInt8(ascii: "\\"))
                    out.append(byte)
                case 0x08: raw("\\b")
                case 0x09: raw("\\t")
                case 0x0A: raw("\\n")
                case 0x0C: raw("\\f")
                case 0x0D: raw("\\r")
                case 0x00..<0x20:
                    raw("\\u00")
                    out.append(UInt8(ascii: "0") + byte >> 4)
                    let low = byte & 0xF
                    out.append(low < 10 ? UInt8(ascii: "0") + low : UInt8(ascii: "a") + low - 10)
                default: out.append(byte)
                }
            }
            out.append(UInt8(ascii: "\""))
        }
        raw("{\"commitments\":")
        string(commitments)
        raw(",\"discussed\":")
        string(discussed)
        raw(",\"findings\":[")
        for (index, finding) in findings.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            raw("{\"learnt\":")
            string(finding.learnt)
            raw(",\"question\":")
            string(finding.question)
            out.append(UInt8(ascii: "}"))
        }
        raw("],\"opinions\":")
        string(opinions)
        raw(",\"peopleMet\":[")
        for (index, person) in peopleMet.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            string(person)
        }
        raw("],\"visitDate\":")
        string(visitDate)
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }
}
