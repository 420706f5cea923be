import ArgumentParser
import CoachApp
import CoachStore
import CoachCore
import CoachTeam
import CoachTerminal
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Helpers of the team commands: connecting (asking for a password on a terminal only) and
/// turning team errors into messages in the user's language.
enum TeamCLI {
    /// Connects to `url`; when the server wants a password that libpq found nowhere and standard
    /// input is a terminal, asks for it without echo.
    static func connect(_ url: String, language: Language) throws -> PostgresConnection {
        do {
            return try PostgresConnection.connect(url: url, askPassword: {
                guard isatty(STDIN_FILENO) == 1 else { return nil }
                let prompt = CLI.say(
                    language, en: "Password for \(TeamServerURL.redacted(url)): ", zhHans: "\(TeamServerURL.redacted(url)) 的密码：",
                    zhHant: "\(TeamServerURL.redacted(url)) 的密碼：")
                return readSecret(prompt: prompt)
            })
        } catch {
            throw failure(error, language)
        }
    }

    /// A team error as `Error: …` in the user's language; other errors as they are.
    static func failure(_ error: any Error, _ language: Language) -> any Error {
        if let error = error as? TeamError { return CLI.Failure(error.message(language)) }
        if let error = error as? StoreError { return CLI.Failure(error.message(language)) }
        if error is CLI.Failure || error is ExitCode || error is ValidationError { return error }
        return CLI.Failure("\(error)")
    }

    /// Reads one line from the terminal with echo off.
    static func readSecret(prompt: String) -> String? {
        FileHandle.standardError.write(Data(prompt.utf8))
        var old = termios()
        let hasTerminal = tcgetattr(STDIN_FILENO, &old) == 0
        if hasTerminal {
            var quiet = old
            quiet.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
        }
        defer {
            if hasTerminal { tcsetattr(STDIN_FILENO, TCSAFLUSH, &old) }
            FileHandle.standardError.write(Data("\n".utf8))
        }
        guard let line = Swift.readLine(strippingNewline: true), !line.isEmpty else { return nil }
        return line
    }

    /// Who is using the coach: the display name of a store that joined a team (so visit logs
    /// carry the name the team knows), else `$USER`.
    static func salesperson(_ store: CoachDatabase) -> String {
        ((try? store.teamMembership()) ?? nil)?.displayName ?? AccountImporter.currentUser()
    }

    /// `url` with its user replaced by `role` (what a new member joins with).
    static func memberURL(_ url: String, role: String) -> String {
        guard var components = URLComponents(string: url) else { return url }
        components.user = role
        components.password = nil
        return components.string ?? url
    }

    /// A date for status lines: `2026-11-20 09:30` in the local time zone.
    static func format(_ date: Date?) -> String? {
        guard let date else { return nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
