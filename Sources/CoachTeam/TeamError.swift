public import CoachCore

/// A problem with the team server, said so the user knows what to do next.
///
/// Messages never contain a password: servers are shown as `TeamServerURL.redacted` gives them.
public enum TeamError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The server could not be reached or refused the connection.
    case cannotConnect(server: String, reason: String)
    /// libpq (PostgreSQL's client library, loaded on the first connection) is not installed.
    case clientLibraryMissing
    /// The server wants a password and none was found (PGPASSWORD, ~/.pgpass, a prompt).
    case needsPassword(server: String)
    /// The connection broke in the middle of the work; what was committed stays.
    case connectionLost(server: String, reason: String)
    /// The server refused a statement (`sqlState` is PostgreSQL's code, e.g. 42501 for a permission).
    case server(sqlState: String, message: String, detail: String?)
    /// The URL is not one the coach can use.
    case invalidURL(String, reason: String)
    /// A person's name that cannot be a PostgreSQL role.
    case invalidName(String)
    /// A role that already exists on the server.
    case personExists(String)
    /// The connected role is not a member of any team on this server.
    case notAMember(role: String, server: String)
    /// The server's team schema is newer than this coach knows.
    case schemaTooNew(server: String, version: Int, known: Int)
    /// The server's team schema is older than this coach needs (run `coach team init` again).
    case schemaTooOld(server: String, version: Int, needed: Int)
    /// The database has no team schema yet.
    case noSchema(server: String)
    /// This store has not joined a team.
    case notJoined
    /// A password file that cannot be read or is empty.
    case passwordFile(path: String, reason: String)

    public var description: String { message(.en) }

    /// The message in the user's language.
    public func message(_ language: Language) -> String {
        func say(_ en: String, _ hans: String, _ hant: String) -> String {
            switch language {
            case .en: en
            case .zhHans: hans
            case .zhHant: hant
            }
        }
        switch self {
        case .clientLibraryMissing:
            return say(
                "the team server needs PostgreSQL's client library libpq, which is not installed (Debian/Ubuntu: apt install libpq5)",
                "连接团队服务器需要 PostgreSQL 的客户端库 libpq，本机没有安装（Debian/Ubuntu：apt install libpq5）",
                "連線團隊伺服器需要 PostgreSQL 的用戶端函式庫 libpq，本機沒有安裝（Debian/Ubuntu：apt install libpq5）")
        case let .cannotConnect(server, reason):
            return say(
                "cannot connect to the team server \(server): \(reason)",
                "无法连接团队服务器 \(server)：\(reason)",
                "無法連線團隊伺服器 \(server)：\(reason)")
        case let .needsPassword(server):
            return say(
                "the team server \(server) wants a password: set PGPASSWORD, add a line to ~/.pgpass (mode 0600), or run on a terminal to be asked",
                "团队服务器 \(server) 需要密码：设置 PGPASSWORD，或在 ~/.pgpass（权限 0600）加一行，或在终端运行以便输入",
                "團隊伺服器 \(server) 需要密碼：設定 PGPASSWORD，或在 ~/.pgpass（權限 0600）加一行，或在終端機執行以便輸入")
        case let .connectionLost(server, reason):
            return say(
                "the connection to \(server) was lost: \(reason); what was sent before is kept, run 'coach sync' again",
                "与 \(server) 的连接中断：\(reason)；之前已送出的内容都保留，请再运行 'coach sync'",
                "與 \(server) 的連線中斷：\(reason)；之前已送出的內容都保留，請再執行 'coach sync'")
        case let .server(state, message, detail):
            let more = detail.map { " (\($0))" } ?? ""
            if state == "42501" {
                return say(
                    "the team server refused: \(message)\(more); your role may not do this",
                    "团队服务器拒绝：\(message)\(more)；你的角色没有这个权限",
                    "團隊伺服器拒絕：\(message)\(more)；你的角色沒有這個權限")
            }
            return say("the team server refused: \(message)\(more)", "团队服务器拒绝：\(message)\(more)", "團隊伺服器拒絕：\(message)\(more)")
        case let .invalidURL(url, reason):
            return say(
                "'\(url)' is not a team server URL: \(reason); expected postgres://NAME@HOST[:PORT]/DATABASE",
                "'\(url)' 不是团队服务器地址：\(reason)；应为 postgres://NAME@HOST[:PORT]/DATABASE",
                "'\(url)' 不是團隊伺服器網址：\(reason)；應為 postgres://NAME@HOST[:PORT]/DATABASE")
        case let .invalidName(name):
            return say(
                "'\(name)' cannot be a team member's name: use 1-63 lowercase letters, digits or _, starting with a letter (e.g. liming)",
                "'\(name)' 不能作为成员名：请用 1-63 个小写字母、数字或 _，以字母开头（如 liming）",
                "'\(name)' 不能作為成員名：請用 1-63 個小寫字母、數字或 _，以字母開頭（如 liming）")
        case let .personExists(name):
            return say(
                "'\(name)' already exists on the team server; choose another name",
                "团队服务器上已有 '\(name)'；请换一个名字",
                "團隊伺服器上已有 '\(name)'；請換一個名字")
        case let .notAMember(role, server):
            return say(
                "'\(role)' is not a team member on \(server); ask the manager to run 'coach team add \(role) --server ADMIN-URL'",
                "'\(role)' 不是 \(server) 上的团队成员；请经理运行 'coach team add \(role) --server ADMIN-URL'",
                "'\(role)' 不是 \(server) 上的團隊成員；請經理執行 'coach team add \(role) --server ADMIN-URL'")
        case let .schemaTooNew(server, version, known):
            return say(
                "the team schema on \(server) is version \(version), this coach knows up to \(known); update the coach",
                "\(server) 上的团队结构是第 \(version) 版，本程序只认识到第 \(known) 版；请更新 coach",
                "\(server) 上的團隊結構是第 \(version) 版，本程式只認識到第 \(known) 版；請更新 coach")
        case let .noSchema(server):
            return say(
                "\(server) has no team schema yet; run 'coach team init ADMIN-URL' first",
                "\(server) 还没有团队结构；请先运行 'coach team init ADMIN-URL'",
                "\(server) 還沒有團隊結構；請先執行 'coach team init ADMIN-URL'")
        case .notJoined:
            return say(
                "this store has not joined a team; run 'coach team join postgres://NAME@HOST/DATABASE'",
                "此数据库还没有加入团队；请运行 'coach team join postgres://NAME@HOST/DATABASE'",
                "此資料庫還沒有加入團隊；請執行 'coach team join postgres://NAME@HOST/DATABASE'")
        case let .schemaTooOld(server, version, needed):
            return say(
                "the team schema on \(server) is version \(version), this coach needs \(needed); ask whoever set up the server to run 'coach team init ADMIN-URL' again (it only adds what is new); nothing was sent",
                "\(server) 上的团队结构是第 \(version) 版，本程序需要第 \(needed) 版；请服务器管理员再运行一次 'coach team init ADMIN-URL'（只增加新的部分）；什么都没有送出",
                "\(server) 上的團隊結構是第 \(version) 版，本程式需要第 \(needed) 版；請伺服器管理員再執行一次 'coach team init ADMIN-URL'（只增加新的部分）；什麼都沒有送出")
        case let .passwordFile(path, reason):
            return say(
                "\(path): cannot read the password: \(reason)",
                "\(path)：无法读取密码：\(reason)",
                "\(path)：無法讀取密碼：\(reason)")
        }
    }
}
