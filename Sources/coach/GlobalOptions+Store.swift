import ArgumentParser
import CoachApp
import CoachStore

extension GlobalOptions {
    /// Opens (creating if needed, owner-only) the store named by `--store`, `$COACH_STORE` or the default.
    func openStore() throws -> CoachDatabase {
        let path = paths.storeFile(option: store)
        do {
            return try CoachDatabase.open(path: path)
        } catch {
            throw ValidationError(error.description)
        }
    }
}
