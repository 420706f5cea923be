import ArgumentParser
import CoachApp
import CoachCore
import CoachStore

extension GlobalOptions {
    /// Opens (creating if needed, owner-only) the store named by `--store`, `$COACH_STORE` or the default.
    ///
    /// A store that cannot be opened is reported as `Error: …` with its hint, without the usage text
    /// (the command line was right; the file is the problem).
    func openStore() throws -> CoachDatabase {
        let language = try language()
        if let store, store.isEmpty { throw CLI.Failure(Self.emptyStore[language]) }
        let path = paths.storeFile(option: store)
        do {
            return try CoachDatabase.open(path: path)
        } catch {
            throw CLI.Failure(error.message(language))
        }
    }

    /// Opens the store for a command that writes: a read-only store is refused before anything is done.
    func openStoreForWriting() throws -> CoachDatabase {
        let database = try openStore()
        if let reason = database.readOnly, let path = database.path {
            throw CLI.Failure(StoreError.readOnly(path: path, reason: reason).message(try language()))
        }
        return database
    }

    static let emptyStore = LocalizedText(
        en: "--store needs a path: name the store file (e.g. --store ~/coach.sqlite), or leave --store out to use the default store",
        zhHans: "--store 需要一个路径：请指定数据库文件（例如 --store ~/coach.sqlite），或不写 --store 以使用默认数据库",
        zhHant: "--store 需要一個路徑：請指定資料庫檔案（例如 --store ~/coach.sqlite），或不寫 --store 以使用預設資料庫")

    /// The line the REPL shows first when the store opened read-only.
    static func readOnlyNotice(_ database: CoachDatabase, language: Language) -> String? {
        guard let reason = database.readOnly, let path = database.path else { return nil }
        let why = reason.text(store: path), fix = reason.fix(store: path)
        return LocalizedText(
            en: "coach: the store '\(path)' is read-only (\(why.en)): you can look things up, but nothing you enter will be saved; \(fix.en).",
            zhHans: "coach：数据库“\(path)”是只读的（\(why.zhHans)）：可以查看，但输入的内容都不会保存；\(fix.zhHans)。",
            zhHant: "coach：資料庫「\(path)」是唯讀的（\(why.zhHant)）：可以查看，但輸入的內容都不會儲存；\(fix.zhHant)。")[language]
    }
}
