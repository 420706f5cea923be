public import ArgumentParser
public import CoachCore

/// What `/review …` asks for, parsed from the REPL's words with the structs `coach review` uses.
///
/// ```swift
/// try ReviewRequest.parse(["show", "log", "3"])        // .show(kind: .log, id: "3")
/// try ReviewRequest.parse(["last", "month"])           // .list(period "last month")
/// ReviewRequest.message(for: error, language: .zhHant) // ArgumentParser's words, in Chinese
/// ```
public enum ReviewRequest: Sendable {
    case list(ReviewListOptions)
    case show(ReviewShowOptions)
    case verify(ReviewVerifyOptions)

    /// Parses the words after `/review`: `show …`, `verify …`, else a list.
    public static func parse(_ words: [String]) throws(Failure) -> ReviewRequest {
        switch words.first?.lowercased() {
        case "show"?: .show(try parsing(ReviewShowOptions.self, Array(words.dropFirst())))
        case "verify"?: .verify(try parsing(ReviewVerifyOptions.self, Array(words.dropFirst())))
        case "list"?: .list(try parsing(ReviewListOptions.self, Array(words.dropFirst())))
        default: .list(try parsing(ReviewListOptions.self, words))
        }
    }

    /// `words` parsed as `type`, or ArgumentParser's message for what is wrong.
    static func parsing<Options: ParsableArguments>(_ type: Options.Type, _ words: [String]) throws(Failure) -> Options {
        do { return try Options.parse(words) } catch { throw Failure(english: Options.message(for: error)) }
    }

    /// Why the words do not parse, in ArgumentParser's English, as the command line writes it after `Error: `.
    public struct Failure: Error, Sendable, Equatable {
        public var english: String

        /// The message in `language`, as `coach review …` shows it for the same words.
        public func text(_ language: Language) -> String { ErrorText.localize(english, language) }
    }
}
