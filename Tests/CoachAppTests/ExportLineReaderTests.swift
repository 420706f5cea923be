import CoachApp
import CoachTestSupport
import Foundation
import Testing

/// `ExportLineReader` hands an export over line by line, a block at a time: lines across block
/// ends come whole, the last line may have no end, and a line longer than allowed stops it with
/// that line's number.
@Suite struct ExportLineReaderTests {
    static func file(_ bytes: [UInt8]) throws -> String {
        let url = try TemporaryFolders.make().appendingPathComponent("team.jsonl")
        try Data(bytes).write(to: url)
        return url.path
    }

    static func lines(_ reader: ExportLineReader) throws -> [(Int, String)] {
        var lines: [(Int, String)] = []
        while let line = try reader.next() { lines.append((line.number, String(decoding: line.bytes, as: UTF8.self))) }
        return lines
    }

    @Test(arguments: [1, 2, 3, 7, 64, 1 << 20]) func linesAcrossBlocksComeWhole(blockSize: Int) throws {
        let text = "{\"a\":1}\n\n投遞\r\n" + String(repeating: "x", count: 50) + "\nlast"
        let path = try Self.file(Array(text.utf8))
        let reader = try #require(ExportLineReader(path: path, maximumLineBytes: 64, blockSize: blockSize))
        let lines = try Self.lines(reader)
        #expect(lines.map(\.0) == [1, 2, 3, 4, 5])
        #expect(lines.map(\.1) == ["{\"a\":1}", "", "投遞\r", String(repeating: "x", count: 50), "last"])
        #expect(try reader.next() == nil, "stays at the end")
    }

    @Test func aFileEndingInANewlineHasNoEmptyLastLine() throws {
        let reader = try #require(ExportLineReader(path: try Self.file(Array("a\nb\n".utf8)), blockSize: 3))
        #expect(try Self.lines(reader).map(\.1) == ["a", "b"])
        let empty = try #require(ExportLineReader(path: try Self.file([])))
        #expect(try empty.next() == nil)
    }

    @Test(arguments: [2, 5, 16, 4_096]) func aLineTooLongStopsTheReaderWithItsNumber(blockSize: Int) throws {
        let text = "short\nok\n" + String(repeating: "y", count: 17) + "\nnever read\n"
        let reader = try #require(ExportLineReader(path: try Self.file(Array(text.utf8)), maximumLineBytes: 16, blockSize: blockSize))
        #expect(try reader.next()?.number == 1)
        #expect(try reader.next()?.number == 2)
        #expect(throws: ExportLineReader.Failure.lineTooLong(line: 3, maximum: 16)) { try reader.next() }
        // A line as long as allowed is read; one without an end as well.
        let fits = try #require(ExportLineReader(
            path: try Self.file(Array((String(repeating: "z", count: 16) + "\n" + String(repeating: "w", count: 17)).utf8)),
            maximumLineBytes: 16, blockSize: blockSize))
        #expect(try fits.next()?.bytes.count == 16)
        #expect(throws: ExportLineReader.Failure.lineTooLong(line: 2, maximum: 16)) { try fits.next() }
    }

    @Test func aMissingFileCannotBeOpened() throws {
        let folder = try TemporaryFolders.make()
        #expect(ExportLineReader(path: folder.appendingPathComponent("none.jsonl").path) == nil)
    }
}

extension ExportLineReaderTests {
    @Test func aRewoundReaderReadsTheSameLinesAgain() throws {
        let reader = try #require(ExportLineReader(path: try Self.file(Array("one\ntwo\nthree".utf8)), blockSize: 2))
        let first = try Self.lines(reader)
        try reader.rewind()
        let second = try Self.lines(reader)
        #expect(first.map(\.1) == ["one", "two", "three"])
        #expect(second.map(\.0) == first.map(\.0) && second.map(\.1) == first.map(\.1))
    }
}
