import ArgumentParser
import CoachCore
import CoachTerminal

extension CLI {
    /// The exit status after Ctrl-C, as a shell reports a process stopped by SIGINT (128 + 2).
    static let interruptedStatus: Int32 = 130

    /// Ends a command stopped by Ctrl-C (or SIGTERM/SIGHUP): `message` on one line on standard
    /// error, exit status 130. Whatever was in progress has been left undone.
    static func interrupted(_ message: String) throws -> Never {
        StandardErrorSink().write(message + "\n")
        throw ExitCode(interruptedStatus)
    }

    /// Throws through `interrupted` when Ctrl-C or a termination signal is pending.
    static func checkInterrupt(_ message: @autoclosure () -> String) throws {
        if Interrupt.isRequested { try interrupted(message()) }
    }

    /// Ends a command with `lines` on standard error and exit status 1, without ArgumentParser's
    /// English "Error:" prefix (the lines are in the user's language, diagnostics carry their own
    /// "error:" word).
    static func fail(_ lines: [String]) throws -> Never {
        StandardErrorSink().write(lines.map { $0 + "\n" }.joined())
        throw ExitCode.failure
    }

    /// Prints diagnostics to standard error, one per line, compiler style, in `language`.
    static func printDiagnostics(_ diagnostics: [Diagnostic], language: Language) {
        let sink = StandardErrorSink()
        for diagnostic in diagnostics { sink.write(diagnostic.description(language) + "\n") }
    }
}

extension CLI {
    /// Writes `text` to standard output in pieces, stopping at Ctrl-C; then ends with status 130
    /// and `whenCut` if it was cut short.
    static func printInterruptibly(_ text: String, whenCut: @autoclosure () -> String) throws {
        StandardOutputSink().write(text)
        if Interrupt.isRequested { try interrupted(whenCut()) }
    }
}

/// What a one-shot command says when Ctrl-C stopped it, in the three languages.
enum InterruptText {
    /// Stopped before anything was written.
    static let nothingWritten = LocalizedText(
        en: "Interrupted (Ctrl-C): nothing was written.",
        zhHans: "已中断（Ctrl-C）：没有写出任何内容。",
        zhHant: "已中斷（Ctrl-C）：沒有寫出任何內容。")

    /// Stopped while printing to standard output.
    static let outputCut = LocalizedText(
        en: "Interrupted (Ctrl-C): the output above is incomplete.",
        zhHans: "已中断（Ctrl-C）：上面的输出不完整。",
        zhHant: "已中斷（Ctrl-C）：上面的輸出不完整。")
}
