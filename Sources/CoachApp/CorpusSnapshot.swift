public import CoachCore
public import CoachRetrieval
import Foundation

/// The compiled corpus: everything `corpus/` parses into, and the retrieval index built from it, in
/// a file made for loading.
///
/// File layout (little-endian): magic `VCSNAP\0\0`, format version (UInt32), the key (16 bytes:
/// hash of the corpus files, the format version and the binary's build id), the lengths of the
/// corpus and index sections (UInt64 each), a checksum of both sections (16 bytes), the sections
/// (`SnapshotEncoder` form). A file whose magic, version, key, lengths or checksum do not match is
/// ignored, so an edited corpus, a new build or a damaged file all mean "parse the source".
public enum CorpusSnapshot {
    /// Bump when the layout above or the meaning of a section changes.
    public static let formatVersion: UInt32 = 2
    static let magic: [UInt8] = Array("VCSNAP".utf8) + [0, 0]
    static let headerSize = 8 + 4 + 16 + 8 + 8 + 16

    /// The file's bytes for `corpus` and `index` under `key`.
    public static func encode(corpus: Corpus, index: RetrievalIndex, key: [UInt8]) throws -> [UInt8] {
        let corpusSection = try SnapshotEncoder.encode(corpus)
        let indexSection = try SnapshotEncoder.encode(index)
        var checksum = SectionChecksum()
        corpusSection.withUnsafeBytes { checksum.add($0) }
        indexSection.withUnsafeBytes { checksum.add($0) }
        var out = magic
        out.reserveCapacity(headerSize + corpusSection.count + indexSection.count)
        withUnsafeBytes(of: formatVersion.littleEndian) { out += $0 }
        out += key
        withUnsafeBytes(of: UInt64(corpusSection.count).littleEndian) { out += $0 }
        withUnsafeBytes(of: UInt64(indexSection.count).littleEndian) { out += $0 }
        out += checksum.bytes
        out += corpusSection
        out += indexSection
        return out
    }

    /// Where the sections of a snapshot file lie in `bytes`, or nil when it is not a sound snapshot
    /// for `key`. The sections are not copied: they are decoded where the file was read.
    static func sections(of bytes: UnsafeRawBufferPointer, key: [UInt8]) -> (corpus: Range<Int>, index: Range<Int>)? {
        guard bytes.count >= headerSize, key.count == 16, Array(bytes[0..<8]) == magic else { return nil }
        func integer<I: FixedWidthInteger>(_ type: I.Type, at offset: Int) -> I {
            I(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: I.self))
        }
        guard integer(UInt32.self, at: 8) == formatVersion, Array(bytes[12..<28]) == key else { return nil }
        let corpusLength = integer(UInt64.self, at: 28), indexLength = integer(UInt64.self, at: 36)
        let available = UInt64(bytes.count - headerSize)
        guard corpusLength <= available, indexLength <= available - corpusLength,
              corpusLength + indexLength == available else { return nil }
        let corpusEnd = headerSize + Int(corpusLength)
        var checksum = SectionChecksum()
        checksum.add(UnsafeRawBufferPointer(rebasing: bytes[headerSize..<corpusEnd]))
        checksum.add(UnsafeRawBufferPointer(rebasing: bytes[corpusEnd...]))
        guard checksum.bytes == Array(bytes[44..<60]) else { return nil }
        return (headerSize..<corpusEnd, corpusEnd..<bytes.count)
    }
}

/// The checksum of a snapshot's sections: four independent multiply-xorshift lanes over 32-byte
/// blocks (so the processor runs them side by side, about four times the speed of one chain), the
/// tail and the length mixed in at the end. It finds damage, not tampering.
///
/// - Complexity: O(bytes).
struct SectionChecksum {
    private var lanes: (UInt64, UInt64, UInt64, UInt64) = (0x9E37_79B9_7F4A_7C15, 0xC2B2_AE3D_27D4_EB4F, 0x1656_67B1_9E37_79F9, 0x85EB_CA77_C2B2_AE63)
    private var length: UInt64 = 0

    @inline(__always)
    private static func mix(_ lane: UInt64, _ word: UInt64) -> UInt64 {
        var x = (lane ^ word) &* 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 32
        return x
    }

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var offset = 0
        let count = bytes.count
        var (a, b, c, d) = lanes
        while offset + 32 <= count {
            a = Self.mix(a, bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            b = Self.mix(b, bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
            c = Self.mix(c, bytes.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self))
            d = Self.mix(d, bytes.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self))
            offset += 32
        }
        var tail: UInt64 = 0, shift: UInt64 = 0
        while offset < count {
            tail ^= UInt64(bytes[offset]) << shift
            shift = (shift + 8) & 63
            offset += 1
            if shift == 0 {
                a = Self.mix(a, tail)
                tail = 0
            }
        }
        a = Self.mix(a, tail ^ 0xFF00_0000_0000_0000)
        length &+= UInt64(count)
        b = Self.mix(b, length)
        lanes = (a, b, c, d)
    }

    /// The 16 bytes of the checksum.
    var bytes: [UInt8] {
        var hash = ContentHash()
        hash.add(lanes.0)
        hash.add(lanes.1)
        hash.add(lanes.2)
        hash.add(lanes.3)
        hash.add(length)
        return hash.bytes
    }
}
