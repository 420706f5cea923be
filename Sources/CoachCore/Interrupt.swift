// The flags live in file-level globals holding plain integers: a signal handler may store to them
// (an aligned word store is async-signal-safe); `Interrupt.prepare()` touches them once before any
// handler is installed, so a handler never runs their lazy initialisation.
nonisolated(unsafe) private var interruptFlag: Int32 = 0
nonisolated(unsafe) private var terminateFlag: Int32 = 0

/// A request to stop what is running, set by the terminal's signal handlers (Ctrl-C, SIGTERM,
/// SIGHUP) and polled by anything that can take long: output being printed, an import, a parse.
///
/// Ctrl-C (`.interrupt`) stops the current operation and returns to the prompt; whoever handles it
/// calls `takeInterrupt()`. SIGTERM and SIGHUP (`.terminate`) stay set: the session leaves as with
/// Ctrl-D (a `/prep` is paused and saved, a `/log` draft kept) at the next checkpoint.
///
/// ```swift
/// for line in lines {
///     try Interrupt.checkpoint()   // throws `Interrupted` once Ctrl-C or SIGTERM arrived
///     parse(line)
/// }
/// ```
public enum Interrupt {
    /// Why the coach was asked to stop.
    public enum Reason: Int32, Sendable, Equatable {
        /// Ctrl-C (SIGINT): stop this operation, back to the prompt.
        case interrupt = 1
        /// SIGTERM or SIGHUP: leave the session, saving what is open.
        case terminate = 2
    }

    /// Makes sure the flags exist before a signal handler may store to them.
    public static func prepare() {
        _ = interruptFlag
        _ = terminateFlag
    }

    /// Records a request. Async-signal-safe: called from signal handlers.
    public static func request(_ reason: Reason) {
        switch reason {
        case .interrupt: interruptFlag = 1
        case .terminate: terminateFlag = 1
        }
    }

    /// The pending request, if any; termination wins over Ctrl-C.
    public static var pending: Reason? {
        if terminateFlag != 0 { return .terminate }
        if interruptFlag != 0 { return .interrupt }
        return nil
    }

    /// Whether Ctrl-C or a termination signal is pending.
    public static var isRequested: Bool { pending != nil }

    /// Whether SIGTERM or SIGHUP arrived (never cleared: the session is leaving).
    public static var isTerminating: Bool { terminateFlag != 0 }

    /// Whether Ctrl-C is pending, clearing it: the caller handles it.
    public static func takeInterrupt() -> Bool {
        guard interruptFlag != 0 else { return false }
        interruptFlag = 0
        return true
    }

    /// Throws `Interrupted` when Ctrl-C or a termination signal is pending (clears nothing).
    public static func checkpoint() throws(Interrupted) {
        if let pending { throw Interrupted(reason: pending) }
    }

    /// Clears both flags (tests; a host that starts over).
    public static func reset() {
        interruptFlag = 0
        terminateFlag = 0
    }
}

/// An operation stopped because of `Interrupt`.
public struct Interrupted: Error, Sendable, Equatable, CustomStringConvertible {
    public var reason: Interrupt.Reason

    public init(reason: Interrupt.Reason) { self.reason = reason }

    public var description: String {
        switch reason {
        case .interrupt: "interrupted (Ctrl-C)"
        case .terminate: "stopped (the coach is closing)"
        }
    }
}
