public import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lines of an export file, read a block at a time: memory stays within one block and the
/// longest line allowed, however long the file is.
///
/// LF ends a line (a CR before it stays, for the import to trim); the last line may have no end.
///
/// ```swift
/// let reader = ExportLineReader(path: "team.jsonl")!
/// while let line = try reader.next() { print(line.number, line.bytes.count) }
/// ```
/// - Complexity: each byte is read once and scanned once for the newline (`memchr`).
public final class ExportLineReader {
    /// Why reading stopped.
    public enum Failure: Error, Sendable, Equatable {
        /// Line `line` is longer than `maximum` bytes.
        case lineTooLong(line: Int, maximum: Int)
        /// The file could not be read further (`errno`'s text).
        case unreadable(line: Int, reason: String)
    }

    /// One line: its number (from 1) and its bytes, valid until the next call of `next()`.
    public struct Line {
        public var number: Int
        public var bytes: UnsafeBufferPointer<UInt8>
    }

    /// The longest line accepted, in bytes: far above any line `coach export` writes (a log's
    /// texts are bounded by `ExchangeLimits`), so that a file that is not an export, or a damaged
    /// one, cannot make the import hold it whole.
    public static let maximumLineBytes = 16 << 20

    let descriptor: Int32
    let ownsDescriptor: Bool
    let maximum: Int
    let blockSize: Int
    var buffer: UnsafeMutableBufferPointer<UInt8>
    /// The unread bytes are `buffer[start..<end]`.
    var start = 0
    var end = 0
    var atEnd = false
    var number = 0

    /// Reads the file at `path`; nil when it cannot be opened.
    public convenience init?(path: String, maximumLineBytes: Int = maximumLineBytes, blockSize: Int = 1 << 20) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        self.init(descriptor: descriptor, owning: true, maximumLineBytes: maximumLineBytes, blockSize: blockSize)
    }

    /// Reads from an open file descriptor (closed at the end only when `owning`).
    public init(descriptor: Int32, owning: Bool, maximumLineBytes: Int = maximumLineBytes, blockSize: Int = 1 << 20) {
        self.descriptor = descriptor
        ownsDescriptor = owning
        maximum = maximumLineBytes
        self.blockSize = max(1, min(blockSize, maximumLineBytes + 1))
        buffer = .allocate(capacity: self.blockSize)
    }

    deinit {
        buffer.deallocate()
        if ownsDescriptor { close(descriptor) }
    }

    /// The next line, or nil after the last one.
    public func next() throws(Failure) -> Line? {
        // Bytes after `start` known to hold no newline.
        var checked = 0
        while true {
            let from = start + checked
            if from < end, let base = buffer.baseAddress, let found = memchr(base + from, 0x0A, end - from) {
                let newline = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                number += 1
                guard newline - start <= maximum else { throw .lineTooLong(line: number, maximum: maximum) }
                let line = Line(number: number, bytes: UnsafeBufferPointer(rebasing: buffer[start..<newline]))
                start = newline + 1
                return line
            }
            checked = end - start
            if checked > maximum { throw .lineTooLong(line: number + 1, maximum: maximum) }
            if atEnd {
                guard start < end else { return nil }
                number += 1
                let line = Line(number: number, bytes: UnsafeBufferPointer(rebasing: buffer[start..<end]))
                start = end
                return line
            }
            try fill()
        }
    }

    /// Back to the first line, to read the file again (`TeamExchange.importFiles` reads it through
    /// once before it imports anything).
    public func rewind() throws(Failure) {
        guard lseek(descriptor, 0, SEEK_SET) == 0 else {
            throw .unreadable(line: 1, reason: String(cString: strerror(errno)))
        }
        start = 0
        end = 0
        atEnd = false
        number = 0
    }

    /// Reads the next block after the unread bytes, moving them to the front or growing the
    /// buffer (up to the longest line and one block) when they fill it.
    private func fill() throws(Failure) {
        if start > 0 {
            let unread = end - start
            if unread > 0, let base = buffer.baseAddress { memmove(base, base + start, unread) }
            end = unread
            start = 0
        }
        if buffer.count - end < max(1, blockSize / 2) {
            let grown = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: min(buffer.count * 2, maximum + blockSize + 1))
            if end > 0, let from = buffer.baseAddress, let to = grown.baseAddress { memcpy(to, from, end) }
            buffer.deallocate()
            buffer = grown
        }
        while true {
            let count = read(descriptor, buffer.baseAddress! + end, buffer.count - end)
            if count > 0 {
                end += count
                return
            }
            if count == 0 {
                atEnd = true
                return
            }
            if errno == EINTR { continue }
            throw .unreadable(line: number + 1, reason: String(cString: strerror(errno)))
        }
    }
}
