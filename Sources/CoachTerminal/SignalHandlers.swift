public import CoachCore
#if canImport(Glibc)
import Glibc
#endif

// The write end of the wake-up pipe, for the signal handlers (a plain integer, set before any
// handler is installed).
nonisolated(unsafe) private var wakeWriteEnd: Int32 = -1
nonisolated(unsafe) private var wakeReadEnd: Int32 = -1
nonisolated(unsafe) private var installed = false

/// The REPL's signal handlers: Ctrl-C (SIGINT), SIGTERM and SIGHUP set `Interrupt` and wake
/// whatever waits for input (a byte on a self-pipe), so a signal is acted on at once, whether the
/// coach is reading a line, printing or working; nothing else happens in the handler.
///
/// SIGTERM and SIGHUP are handled once (`SA_RESETHAND`): the session leaves as with Ctrl-D, and a
/// second one ends the process at once (every answer is already on disk, as after `kill -9`).
/// No handler restarts system calls (`SA_RESTART` off), so a blocked `write` or `poll` returns.
public enum SignalHandlers {
    /// Installs the handlers (once per process).
    public static func install() {
        guard !installed else { return }
        installed = true
        Interrupt.prepare()
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends {
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            }
            wakeReadEnd = ends[0]
            wakeWriteEnd = ends[1]
        }
        var interrupt = sigaction()
        interrupt.__sigaction_handler.sa_handler = { _ in
            let saved = errno
            Interrupt.request(.interrupt)
            wake()
            errno = saved
        }
        sigemptyset(&interrupt.sa_mask)
        interrupt.sa_flags = 0
        sigaction(SIGINT, &interrupt, nil)

        var terminate = sigaction()
        terminate.__sigaction_handler.sa_handler = { _ in
            let saved = errno
            Interrupt.request(.terminate)
            wake()
            errno = saved
        }
        sigemptyset(&terminate.sa_mask)
        terminate.sa_flags = Int32(bitPattern: UInt32(SA_RESETHAND))
        sigaction(SIGTERM, &terminate, nil)
        sigaction(SIGHUP, &terminate, nil)

        // A parent may have started us with these blocked (a launcher, a test runner's thread):
        // a blocked signal would wait forever, so they are unblocked here.
        var handled = sigset_t()
        sigemptyset(&handled)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&handled, signal) }
        pthread_sigmask(SIG_UNBLOCK, &handled, nil)
    }

    /// What waiting for input gave.
    public enum Wait: Equatable {
        /// `descriptor` has input (or was closed).
        case ready
        /// A signal set `Interrupt` (it may have arrived before the wait began).
        case signalled
        /// Polling failed.
        case failed
    }

    /// Waits until `descriptor` is readable or a signal arrives; a signal already pending returns
    /// at once (the self-pipe holds its byte, so none is missed between a check and the wait).
    public static func waitForInput(_ descriptor: Int32) -> Wait {
        while true {
            if Interrupt.isRequested { drainWakeups(); return .signalled }
            var fds = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: wakeReadEnd, events: Int16(POLLIN), revents: 0)]
            let count = poll(&fds, wakeReadEnd >= 0 ? 2 : 1, -1)
            if count < 0 {
                if errno == EINTR { continue }
                return .failed
            }
            if fds[1].revents != 0 { drainWakeups() }
            if Interrupt.isRequested { return .signalled }
            if fds[0].revents != 0 { return .ready }
        }
    }

    /// Empties the self-pipe.
    static func drainWakeups() {
        guard wakeReadEnd >= 0 else { return }
        var bytes = [UInt8](repeating: 0, count: 64)
        while read(wakeReadEnd, &bytes, bytes.count) > 0 {}
    }
}

/// Async-signal-safe: one byte into the non-blocking self-pipe.
private func wake() {
    guard wakeWriteEnd >= 0 else { return }
    var byte: UInt8 = 1
    _ = write(wakeWriteEnd, &byte, 1)
}
