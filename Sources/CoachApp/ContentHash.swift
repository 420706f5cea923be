/// A fast 128-bit hash of bytes, to tell whether files changed (not a cryptographic hash).
///
/// Two 64-bit multiply-xorshift lanes over 8-byte words; the length is mixed in at the end.
///
/// - Complexity: O(bytes).
public struct ContentHash: Sendable, Hashable {
    private var a: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var b: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private var length: UInt64 = 0

    public init() {}

    public mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var offset = 0
        let count = bytes.count
        while offset + 8 <= count {
            mix(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        if offset < count {
            var tail: UInt64 = 0
            for index in offset..<count { tail |= UInt64(bytes[index]) << (UInt64(index - offset) * 8) }
            mix(tail ^ 0xFF00_0000_0000_0000)
        }
        length &+= UInt64(count)
        mix(length)
    }

    public mutating func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { add($0) }
    }

    public mutating func add(_ string: String) {
        add(Array(string.utf8))
    }

    public mutating func add(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { add($0) }
    }

    @inline(__always)
    private mutating func mix(_ word: UInt64) {
        a = (a ^ word) &* 0xFF51_AFD7_ED55_8CCD
        a ^= a >> 32
        b = (b &+ word &+ 0x1656_67B1_9E37_79F9) &* 0xC4CE_B9FE_1A85_EC53
        b ^= b >> 29
    }

    /// The 16 bytes of the hash.
    public var bytes: [UInt8] {
        var result: [UInt8] = []
        for lane in [finalize(a ^ length), finalize(b &+ length)] {
            withUnsafeBytes(of: lane.littleEndian) { result += $0 }
        }
        return result
    }

    private func finalize(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x = x &* 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x = x &* 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }

    /// The hash as 32 hexadecimal digits.
    public var hex: String {
        bytes.map { byte in
            let digits = Array("0123456789abcdef")
            return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
        }.joined()
    }
}
