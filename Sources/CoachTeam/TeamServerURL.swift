public import Foundation

/// A team server's address as the coach keeps it: a `postgres://` URL without any password.
///
/// ```swift
/// let url = try TeamServerURL.parse("postgres://liming:secret@db.example.com:5432/coach?sslmode=require")
/// url.stored          // "postgres://liming@db.example.com:5432/coach?sslmode=require"
/// url.hadPassword     // true: the caller warns that it was left out
/// ```
public struct TeamServerURL: Sendable, Equatable {
    /// The URL without a password: what the store keeps and messages show.
    public let stored: String
    /// The role in the URL, if any.
    public let user: String?
    /// Whether the given URL carried a password (dropped).
    public let hadPassword: Bool

    /// Parses a `postgres://` or `postgresql://` URL, dropping its password (and any `password=`
    /// query parameter).
    public static func parse(_ text: String) throws(TeamError) -> TeamServerURL {
        guard var components = URLComponents(string: text),
              let scheme = components.scheme?.lowercased(), scheme == "postgres" || scheme == "postgresql" else {
            throw TeamError.invalidURL(redacted(text), reason: "it does not start with postgres://")
        }
        // No host is allowed: libpq then uses the local socket (or ?host=/path).
        let hadPassword = components.password != nil
            || (components.queryItems ?? []).contains { $0.name.lowercased() == "password" }
        components.password = nil
        if let items = components.queryItems {
            let kept = items.filter { $0.name.lowercased() != "password" }
            components.queryItems = kept.isEmpty ? nil : kept
        }
        guard let stored = components.string else { throw TeamError.invalidURL(redacted(text), reason: "it cannot be read") }
        return TeamServerURL(stored: stored, user: components.user, hadPassword: hadPassword)
    }

    /// `text` with any password replaced by `***`, for messages (also for URLs that do not parse).
    public static func redacted(_ text: String) -> String {
        guard var components = URLComponents(string: text), components.scheme != nil else {
            // A key=value string: hide the value of password=.
            return text.replacingOccurrences(of: #"password\s*=\s*('[^']*'|\S+)"#, with: "password=***", options: .regularExpression)
        }
        if components.password != nil { components.password = "***" }
        if let items = components.queryItems {
            components.queryItems = items.map { $0.name.lowercased() == "password" ? URLQueryItem(name: $0.name, value: "***") : $0 }
        }
        return components.string ?? "the server"
    }
}
