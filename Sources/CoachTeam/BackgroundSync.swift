public import CoachCore
public import CoachStore
public import Foundation

/// `coach sync` on a thread of its own, for the REPL: started when the session opens, it never
/// holds up the prompt, and its outcome is one line the REPL shows between turns.
///
/// The sync shares the REPL's store. That is safe by the store's own rules: writes are serialised
/// (SQLite), a record saved while a push is under way gets a later outbox row (so it goes up with
/// this sync or the next, never lost), and a pulled batch is stored with its cursor in one
/// transaction. The connection is this thread's own (libpq's rule).
///
/// ```swift
/// let sync = BackgroundSync.start(store: store, now: { Date() })     // nil: no team joined
/// …
/// if let outcome = sync?.take() { print(outcome.message(.en)) }     // between turns, once
/// ```
public final class BackgroundSync: @unchecked Sendable {
    /// How the sync ended.
    public enum Outcome: Sendable, Equatable {
        /// It ran to the end.
        case synced(SyncReport)
        /// The server could not be reached (or wants a password nobody gave): nothing moved.
        case offline(TeamError)
        /// It connected and stopped part way (connection lost, server refused; nil: the session
        /// left first): what was committed stays, the next sync continues.
        case stopped(TeamError?)
        /// This store could not take what came (the store's message): nothing is lost either.
        case storeFailed(String)

        /// The one line the REPL shows, in `language`.
        public func message(_ language: Language) -> String {
            func say(_ en: String, _ hans: String, _ hant: String) -> String {
                switch language {
                case .en: en
                case .zhHans: hans
                case .zhHant: hant
                }
            }
            switch self {
            case .synced(let report):
                let down = report.pulledCount, up = report.pushedCount
                var line = say(
                    "synced with the team: \(down) down, \(up) up",
                    "已与团队同步：下载 \(down) 条，上传 \(up) 条",
                    "已與團隊同步：下載 \(down) 筆，上傳 \(up) 筆")
                if let comments = report.pulled["comment"], comments > 0 {
                    line += say(
                        "; \(comments) comment(s) for you: coach team comments",
                        "；有 \(comments) 条给你的评语：coach team comments",
                        "；有 \(comments) 則給你的評語：coach team comments")
                }
                let left = report.skipped.count + report.conflicts.count
                if left > 0 {
                    line += say(
                        " (\(left) not synced or different: coach sync says which)",
                        "（\(left) 项未同步或不一致：coach sync 会列出）",
                        "（\(left) 項未同步或不一致：coach sync 會列出）")
                }
                return line
            case .offline(.needsPassword):
                return say(
                    "the team server wants a password (PGPASSWORD or ~/.pgpass), working offline",
                    "团队服务器需要密码（PGPASSWORD 或 ~/.pgpass），离线工作",
                    "團隊伺服器需要密碼（PGPASSWORD 或 ~/.pgpass），離線工作")
            case .offline:
                return say(
                    "team server not reachable, working offline",
                    "连不上团队服务器，离线工作",
                    "連不上團隊伺服器，離線工作")
            case .stopped, .storeFailed:
                let reason = switch self {
                case .stopped(let error?): error.message(language)
                case .storeFailed(let message): message
                default: say("the session ended", "会话已结束", "工作階段已結束")
                }
                return say(
                    "sync with the team stopped (\(reason)), working offline; nothing is lost, coach sync continues",
                    "与团队的同步中断（\(reason)），离线工作；不会丢失内容，coach sync 会继续",
                    "與團隊的同步中斷（\(reason)），離線工作；不會遺失內容，coach sync 會繼續")
            }
        }
    }

    /// Where the sync is.
    public enum Phase: Sendable, Equatable {
        case connecting, syncing, finished
    }

    private let condition = NSCondition()
    private var phase = Phase.connecting
    private var outcome: Outcome?
    private var taken = false
    private var stopRequested = false

    /// Starts syncing `store` with its team on a new thread, or returns nil when the store has not
    /// joined one. Never asks for a password (there is no prompt to ask at): libpq's own sources only.
    ///
    /// - Parameters:
    ///   - connect: opens the connection (tests pass a short-cut; the default is libpq's).
    public static func start(
        store: CoachDatabase, batchSize: Int = 500, now: @escaping @Sendable () -> Date,
        connect: @escaping @Sendable (String) throws -> PostgresConnection = { try PostgresConnection.connect(url: $0) }
    ) -> BackgroundSync? {
        guard let membership = (try? store.teamMembership()) ?? nil else { return nil }
        let sync = BackgroundSync()
        let thread = Thread { sync.run(store: store, server: membership.server, batchSize: batchSize, now: now, connect: connect) }
        thread.name = "coach sync"
        thread.start()
        return sync
    }

    private init() {}

    private func run(
        store: CoachDatabase, server: String, batchSize: Int, now: @Sendable () -> Date,
        connect: (String) throws -> PostgresConnection
    ) {
        let result: Outcome
        var connected = false
        do {
            let connection = try connect(server)
            connected = true
            if setPhase(.syncing) {
                let sync = TeamSync(batchSize: batchSize) { [weak self] _, _ in
                    if self?.isStopRequested ?? false { throw Stop() }
                }
                do {
                    result = .synced(try sync.run(store: store, connection: connection, now: now()))
                } catch is Stop {
                    result = .stopped(nil)
                }
            } else {
                result = .stopped(nil)
            }
        } catch let error as TeamError {
            switch error {
            case .cannotConnect, .needsPassword:
                result = connected ? .stopped(error) : .offline(error)
            default:
                result = .stopped(error)
            }
        } catch {
            result = .storeFailed("\(error)")
        }
        condition.lock()
        outcome = result
        phase = .finished
        condition.broadcast()
        condition.unlock()
    }

    private struct Stop: Error {}

    /// Moves to `next` unless a stop was asked for; false when it was.
    private func setPhase(_ next: Phase) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        if stopRequested { return false }
        phase = next
        return true
    }

    private var isStopRequested: Bool {
        condition.lock()
        defer { condition.unlock() }
        return stopRequested
    }

    /// Where the sync is now.
    public var currentPhase: Phase {
        condition.lock()
        defer { condition.unlock() }
        return phase
    }

    /// The outcome, the first time it is asked for after the sync finished; nil while it runs
    /// and once taken (so the REPL says it once).
    public func take() -> Outcome? {
        condition.lock()
        defer { condition.unlock() }
        guard phase == .finished, !taken, let outcome else { return nil }
        taken = true
        return outcome
    }

    /// Ends the sync as the session leaves.
    ///
    /// - Parameter waiting: true waits for the sync to end as `coach sync` would (a script's
    ///   session wants its outcome); false stops it after the batch under way (what was committed
    ///   stays) and waits only for that, and leaves at once while it is still connecting (nothing
    ///   has moved yet; a person quitting does not wait for a slow server).
    /// - Returns: the outcome, if the sync finished and it was not taken yet.
    public func finish(waiting: Bool) -> Outcome? {
        condition.lock()
        defer { condition.unlock() }
        if waiting {
            while phase != .finished { condition.wait() }
        } else {
            stopRequested = true
            while phase == .syncing { condition.wait() }
        }
        guard phase == .finished, !taken, let outcome else { return nil }
        taken = true
        return outcome
    }
}
