/// Why a coaching session was paused, as the store records it (`coach review show` says it).
public enum PauseReason: String, Sendable, Codable, CaseIterable {
    /// Ctrl-C at the prompt.
    case interrupt = "ctrl-c"
    /// `/quit`, Ctrl-D, or the end of a piped script.
    case quit
    /// SIGTERM or SIGHUP (the terminal closed, the machine shut down).
    case signal
}
