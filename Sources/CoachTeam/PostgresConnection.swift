import CLibPQ
public import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One synchronous connection to a PostgreSQL server, through libpq.
///
/// libpq reads the password the way every PostgreSQL tool does (`PGPASSWORD`, `~/.pgpass`,
/// `PGPASSFILE`, service files) and honours `sslmode`, `sslrootcert`… in the URL or the
/// environment, so the coach never stores or logs a credential. Queries use text parameters
/// (`$1`, `$2`…), never string interpolation.
///
/// ```swift
/// let connection = try PostgresConnection.connect(url: "postgres://liming@db.example.com/coach?sslmode=verify-full")
/// let rows = try connection.query("SELECT team FROM coach.person WHERE role = current_user")
/// print(rows.first?["team"] ?? "-")
/// ```
///
/// Not thread-safe: one connection per thread (libpq's rule).
public final class PostgresConnection {
    private var handle: OpaquePointer?

    /// The server and database, without any password, for messages.
    public let server: String

    private init(handle: OpaquePointer, server: String) {
        self.handle = handle
        self.server = server
    }

    deinit { close() }

    /// Connects to `url` (`postgres://NAME@host:port/db?sslmode=…` or a `key=value` string).
    ///
    /// - Parameters:
    ///   - password: a password to use instead of libpq's sources (tests; a prompt's answer).
    ///   - askPassword: called once when the server wants a password that libpq found nowhere;
    ///     returns nil to give up.
    public static func connect(
        url: String, password: String? = nil, askPassword: (() -> String?)? = nil
    ) throws(TeamError) -> PostgresConnection {
        guard vc_pq_available() == 1 else { throw TeamError.clientLibraryMissing }
        let server = TeamServerURL.redacted(url)
        var attempt = password
        while true {
            var keywords = ["connect_timeout", "application_name", "dbname"]
            var values = ["10", "visitcoach", url]
            if let attempt {
                keywords.append("password")
                values.append(attempt)
            }
            let handle = withCStrings(keywords) { keys in
                withCStrings(values) { vals in vc_PQconnectdbParams(keys, vals, 1) }
            }
            guard let handle else { throw TeamError.cannotConnect(server: server, reason: "out of memory") }
            if vc_PQstatus(handle) == CONNECTION_OK {
                let connection = PostgresConnection(handle: handle, server: server)
                // Messages below WARNING (NOTICE from IF NOT EXISTS) stay out of the user's terminal.
                // No JIT: the policies' functions inflate cost estimates, and compiling each batch's
                // short queries costs more than it saves.
                try connection.execute("SET client_min_messages = warning; SET jit = off")
                return connection
            }
            let reason = Self.message(handle)
            let needsPassword = vc_PQconnectionNeedsPassword(handle) == 1
            vc_PQfinish(handle)
            if needsPassword, attempt == nil, let askPassword, let answer = askPassword() {
                attempt = answer
                continue
            }
            throw needsPassword
                ? TeamError.needsPassword(server: server)
                : TeamError.cannotConnect(server: server, reason: reason)
        }
    }

    /// Closes the connection (also done when the object goes away).
    public func close() {
        if let handle { vc_PQfinish(handle) }
        handle = nil
    }

    /// The server process serving this connection (`pg_backend_pid()`).
    public var backendPID: Int32 { handle.map { vc_PQbackendPID($0) } ?? 0 }

    /// Whether the connection is still usable.
    public var isOpen: Bool { handle.map { vc_PQstatus($0) == CONNECTION_OK } ?? false }

    /// Runs one statement and returns its rows (empty for a command).
    @discardableResult
    public func query(_ sql: String, _ parameters: [String?] = []) throws(TeamError) -> PostgresRows {
        guard let handle else { throw TeamError.connectionLost(server: server, reason: "the connection is closed") }
        let result: OpaquePointer? = sql.withCString { text in
            if parameters.isEmpty { return vc_PQexec(handle, text) }
            let copies: [UnsafeMutablePointer<CChar>?] = parameters.map { $0.flatMap { strdup($0) } }
            defer { copies.forEach { free($0) } }
            return copies.map { UnsafePointer($0) }.withUnsafeBufferPointer { pointers in
                vc_PQexecParams(handle, text, Int32(parameters.count), nil, pointers.baseAddress, nil, nil, 0)
            }
        }
        guard let result else {
            throw TeamError.connectionLost(server: server, reason: Self.message(handle))
        }
        defer { vc_PQclear(result) }
        switch vc_PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_EMPTY_QUERY:
            return PostgresRows(columns: [], rows: [])
        case PGRES_TUPLES_OK:
            let columnCount = vc_PQnfields(result), rowCount = vc_PQntuples(result)
            let columns = (0..<columnCount).map { String(cString: vc_PQfname(result, $0)) }
            var rows: [[String?]] = []
            rows.reserveCapacity(Int(rowCount))
            for row in 0..<rowCount {
                rows.append((0..<columnCount).map { column in
                    vc_PQgetisnull(result, row, column) == 1 ? nil : String(cString: vc_PQgetvalue(result, row, column))
                })
            }
            return PostgresRows(columns: columns, rows: rows)
        default:
            if vc_PQstatus(handle) != CONNECTION_OK {
                throw TeamError.connectionLost(server: server, reason: Self.message(handle))
            }
            func field(_ code: Int32) -> String? { vc_PQresultErrorField(result, code).map { String(cString: $0) } }
            let state = field(Int32(UInt8(ascii: "C"))) ?? ""
            let primary = field(Int32(UInt8(ascii: "M"))) ?? Self.message(handle)
            let detail = field(Int32(UInt8(ascii: "D")))
            throw TeamError.server(sqlState: state, message: primary, detail: detail)
        }
    }

    /// Runs statements that return nothing.
    public func execute(_ sql: String, _ parameters: [String?] = []) throws(TeamError) {
        try query(sql, parameters)
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN")
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            if isOpen { try? execute("ROLLBACK") }
            throw error
        }
    }

    /// The SCRAM-SHA-256 verifier of `password` for `role`, computed here so the password itself
    /// never reaches the server (nor its statement log).
    public func encryptedPassword(_ password: String, role: String) throws(TeamError) -> String {
        guard let handle else { throw TeamError.connectionLost(server: server, reason: "the connection is closed") }
        guard let encrypted = vc_PQencryptPasswordConn(handle, password, role, "scram-sha-256") else {
            throw TeamError.server(sqlState: "", message: Self.message(handle), detail: nil)
        }
        defer { vc_PQfreemem(encrypted) }
        return String(cString: encrypted)
    }

    static func message(_ handle: OpaquePointer) -> String {
        guard let text = vc_PQerrorMessage(handle) else { return "unknown error" }
        return String(cString: text).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// Calls `body` with a C array of the strings, terminated by NULL.
private func withCStrings<R>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> R) -> R {
    let copies: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) } + [nil]
    defer { copies.forEach { free($0) } }
    return copies.map { UnsafePointer($0) }.withUnsafeBufferPointer { body($0.baseAddress!) }
}

/// The rows of a query, as text (PostgreSQL's text format).
public struct PostgresRows: Sendable {
    public let columns: [String]
    public let rows: [[String?]]

    public var count: Int { rows.count }
    public var isEmpty: Bool { rows.isEmpty }

    /// The first row as a dictionary by column name.
    public var first: [String: String]? { rows.first.map(dictionary) }

    /// Every row as a dictionary by column name.
    public var dictionaries: [[String: String]] { rows.map(dictionary) }

    private func dictionary(_ row: [String?]) -> [String: String] {
        var values: [String: String] = [:]
        for (column, value) in zip(columns, row) { values[column] = value }
        return values
    }
}
