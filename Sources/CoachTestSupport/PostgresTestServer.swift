public import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A throw-away PostgreSQL server for the team tests: Debian's `postgresql`, started once per test
/// process on a free port, its socket and data in a temporary folder.
///
/// `initdb` refuses to run as root, so under root the server runs as the `postgres` user. It is
/// started behind a small shell that waits on a pipe from this process: when the tests end — or
/// the process dies — the pipe closes, the shell stops the server and removes the folder. So no
/// server and no folder outlive the tests.
///
/// ```swift
/// let server = try PostgresTestServer.shared.get()
/// let url = server.url(user: "postgres", database: "postgres")   // password: server.adminPassword
/// ```
public final class PostgresTestServer: @unchecked Sendable {
    public let port: Int
    public let folder: URL
    /// The `postgres` superuser's password (host connections use SCRAM).
    public let adminPassword: String
    private let watchdog: Process
    private let pipe: Pipe

    /// The server for this process, started on first use; the error says why it could not start.
    public static let shared: Result<PostgresTestServer, PostgresTestServerError> = {
        do { return .success(try PostgresTestServer.start()) } catch let error as PostgresTestServerError {
            FileHandle.standardError.write(Data("note: team server tests skipped: \(error)\n".utf8))
            return .failure(error)
        } catch {
            return .failure(PostgresTestServerError(reason: "\(error)"))
        }
    }()

    /// Whether the shared server is running (starting it if needed).
    public static var isAvailable: Bool {
        if case .success = shared { return true }
        return false
    }

    /// A `postgresql://` URL to this server (host 127.0.0.1, so passwords are checked).
    public func url(user: String, database: String) -> String {
        "postgresql://\(user)@127.0.0.1:\(port)/\(database)?sslmode=disable"
    }

    private init(port: Int, folder: URL, adminPassword: String, watchdog: Process, pipe: Pipe) {
        self.port = port
        self.folder = folder
        self.adminPassword = adminPassword
        self.watchdog = watchdog
        self.pipe = pipe
    }

    /// Stops the server and removes its folder (also done at exit).
    public func stop() {
        try? pipe.fileHandleForWriting.close()
        watchdog.waitUntilExit()
        try? FileManager.default.removeItem(at: folder)
    }

    static func start() throws -> PostgresTestServer {
        guard let bin = binDirectory() else {
            throw PostgresTestServerError(reason: "PostgreSQL's initdb was not found (install Debian's postgresql: scripts/install-deps.sh does)")
        }
        let asRoot = getuid() == 0
        var runAs: [String] = []
        if asRoot {
            guard let account = getpwnam("postgres") else {
                throw PostgresTestServerError(reason: "running as root and there is no 'postgres' user to run the server as")
            }
            guard FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser") || FileManager.default.isExecutableFile(atPath: "/sbin/runuser") else {
                throw PostgresTestServerError(reason: "running as root and runuser is missing")
            }
            runAs = ["runuser", "-u", "postgres", "--"]
            _ = account
        }
        let folder = try TemporaryFolders.make()
        let password = UUID().uuidString
        let passwordFile = folder.appendingPathComponent("pw")
        try Data(password.utf8).write(to: passwordFile)
        if asRoot, let account = getpwnam("postgres") {
            chown(folder.path, account.pointee.pw_uid, account.pointee.pw_gid)
            chown(passwordFile.path, account.pointee.pw_uid, account.pointee.pw_gid)
        }
        let data = folder.appendingPathComponent("data").path
        let initdb = try run(runAs + [
            "\(bin)/initdb", "-D", data, "-U", "postgres", "--auth-local=trust", "--auth-host=scram-sha-256",
            "--pwfile=\(passwordFile.path)", "-E", "UTF8", "--locale=C", "--no-sync",
        ])
        guard initdb.status == 0 else {
            try? FileManager.default.removeItem(at: folder)
            throw PostgresTestServerError(reason: "initdb failed: \(initdb.output.suffix(600))")
        }
        var lastFailure = ""
        for _ in 0..<3 {
            let port = try freePort()
            let pipe = Pipe()
            let watchdog = Process()
            watchdog.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            // Waits for EOF on standard input (this process ended), then stops the server and
            // removes the folder.
            let script = """
                "$1" -D "$2" -k "$3" -p "$4" -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off \
                  -c full_page_writes=off -c max_connections=60 >"$3/server.log" 2>&1 &
                pid=$!
                cat >/dev/null
                kill -INT "$pid" 2>/dev/null
                wait "$pid"
                [ -n "$5" ] && rm -rf "$3"
                """
            watchdog.arguments = runAs + ["sh", "-c", script, "sh", "\(bin)/postgres", data, folder.path, String(port), "remove"]
            watchdog.standardInput = pipe
            watchdog.standardOutput = FileHandle.nullDevice
            watchdog.standardError = FileHandle.nullDevice
            try watchdog.run()
            let server = PostgresTestServer(port: port, folder: folder, adminPassword: password, watchdog: watchdog, pipe: pipe)
            // Ready when pg_isready says so (the server takes a moment; it may also fail to bind).
            for _ in 0..<600 {
                if !watchdog.isRunning { break }
                if try run(["\(bin)/pg_isready", "-q", "-h", "127.0.0.1", "-p", String(port)]).status == 0 {
                    register(server)
                    return server
                }
                usleep(100_000)
            }
            lastFailure = (try? String(contentsOf: folder.appendingPathComponent("server.log"), encoding: .utf8)) ?? "no log"
            try? pipe.fileHandleForWriting.close()
            watchdog.waitUntilExit()
            if !FileManager.default.fileExists(atPath: data) { break }
        }
        try? FileManager.default.removeItem(at: folder)
        throw PostgresTestServerError(reason: "the server did not start: \(lastFailure.suffix(600))")
    }

    private static func register(_ server: PostgresTestServer) {
        current = server
        atexit { PostgresTestServer.current?.stop() }
    }

    nonisolated(unsafe) private static var current: PostgresTestServer?

    /// The newest `/usr/lib/postgresql/N/bin` with initdb, else initdb's folder on PATH.
    static func binDirectory() -> String? {
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [])
            .compactMap(Int.init).sorted(by: >)
        for version in versions where FileManager.default.isExecutableFile(atPath: "\(root)/\(version)/bin/initdb") {
            return "\(root)/\(version)/bin"
        }
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let path = URL(fileURLWithPath: String(folder)).appendingPathComponent("initdb").resolvingSymlinksInPath()
            if FileManager.default.isExecutableFile(atPath: path.path) { return path.deletingLastPathComponent().path }
        }
        return nil
    }

    /// A TCP port nobody listens on now (the kernel's pick).
    public static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw PostgresTestServerError(reason: "cannot open a socket") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw PostgresTestServerError(reason: "cannot find a free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// Why the test server could not start.
public struct PostgresTestServerError: Error, CustomStringConvertible {
    public var reason: String
    public var description: String { reason }
}
