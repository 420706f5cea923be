public import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The built `coach` running on a pseudo-terminal, as a user's terminal runs it: readline, prompts,
/// history. Output is drained from the pty's master on a background thread under a lock; draining
/// can be held (`holdOutput()`), so the coach's writes block as on a slow or paused terminal.
///
/// Signals are sent with `signal(_:)` (the child is not on the pty's foreground process group, so
/// typing `^C` would not raise SIGINT; the coach cannot tell the difference).
///
/// ```swift
/// let coach = try PseudoTerminalCoach(["--store", store], environment: env)
/// coach.type("/prep east-post\r")
/// #expect(coach.wait(for: "q1a.", seconds: 20))
/// coach.signal(SIGTERM)
/// #expect(coach.waitForExit(seconds: 20))
/// ```
public final class PseudoTerminalCoach: @unchecked Sendable {
    public let process = Process()
    private let master: Int32
    private let errors = Pipe()
    private let lock = NSLock()
    private var buffer = Data()
    private var errorBuffer = Data()
    private var draining = true
    private var finished = false

    /// Linux's TIOCSPTLCK and TIOCGPTN (`_IOW('T', 0x31, int)`, `_IOR('T', 0x30, unsigned int)`).
    private static let setLock: UInt = 0x4004_5431
    private static let getNumber: UInt = 0x8004_5430

    /// Starts `coach arguments` on a new pty of `columns` × `rows` with `environment`.
    public init(_ arguments: [String], environment: [String: String], columns: Int = 80, rows: Int = 24) throws {
        // /dev/ptmx by hand (posix_openpt is not imported from Glibc): unlock, then ask its number.
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, Self.setLock, &unlock) == 0, ioctl(master, Self.getNumber, &number) == 0 else {
            throw PseudoTerminalError.cannotOpen
        }
        let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw PseudoTerminalError.cannotOpen }
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(slave, UInt(TIOCSWINSZ), &size)
        let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.executableURL = CoachBinary.url
        process.arguments = arguments
        var env = environment
        if env["TERM"] == nil { env["TERM"] = "xterm" }
        process.environment = env
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = errors
        errors.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.lock()
            self.errorBuffer.append(data)
            self.lock.unlock()
        }
        try process.run()
        close(slave)
        let thread = Thread { [weak self] in self?.drain() }
        thread.start()
    }

    /// Kills the coach if it still runs (call in a `defer`); the pty is closed once it has exited.
    public func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        releaseOutput()
        errors.fileHandleForReading.readabilityHandler = nil
    }

    private func drain() {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            lock.lock()
            let stop = finished, reading = draining || !process.isRunning
            lock.unlock()
            if stop { return }
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard reading, poll(&descriptor, 1, 20) > 0 else {
                if !reading { usleep(20_000) }
                continue
            }
            let count = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if count <= 0 {
                if count < 0 && errno == EINTR { continue }
                // EIO: the coach closed its side of the pty (it exited).
                lock.lock()
                finished = true
                lock.unlock()
                close(master)
                return
            }
            lock.lock()
            buffer.append(contentsOf: chunk[0..<count])
            lock.unlock()
        }
    }

    /// Types `text` as keystrokes (end a line with `\r`, as the Enter key does).
    public func type(_ text: String) {
        var copy = text
        copy.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(master, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return }
                offset += written
            }
        }
    }

    /// Sends `signal` to the coach.
    public func signal(_ signal: Int32) { kill(process.processIdentifier, signal) }

    /// Stops reading the coach's output: once the pty's buffer is full, its writes block.
    public func holdOutput() {
        lock.lock()
        draining = false
        lock.unlock()
    }

    /// Reads the coach's output again.
    public func releaseOutput() {
        lock.lock()
        draining = true
        lock.unlock()
    }

    /// Everything printed to the terminal so far.
    public var text: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: buffer, as: UTF8.self)
    }

    /// Everything printed to standard error so far.
    public var errorText: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: errorBuffer, as: UTF8.self)
    }

    /// The output since `mark` (a count of bytes from `byteCount`).
    public func text(after mark: Int) -> String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: buffer.suffix(from: min(mark, buffer.count)), as: UTF8.self)
    }

    /// How many bytes have been printed so far.
    public var byteCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return buffer.count
    }

    /// Waits until `needle` appears (after byte `mark`) or `seconds` pass.
    public func wait(for needle: String, after mark: Int = 0, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if text(after: mark).contains(needle) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return text(after: mark).contains(needle)
    }

    /// Waits until the coach exits or `seconds` pass; true when it exited.
    public func waitForExit(seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        guard !process.isRunning else { return false }
        process.waitUntilExit()
        // Let the drain thread collect what was left in the pty.
        let drained = Date().addingTimeInterval(2)
        while Date() < drained {
            lock.lock()
            let done = finished
            lock.unlock()
            if done { break }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return true
    }
}

/// The pty could not be set up.
public enum PseudoTerminalError: Error {
    case cannotOpen
}
