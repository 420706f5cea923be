import ArgumentParser
import CoachApp
import CoachStore

extension GlobalOptions {
    /// Opens (creating if needed, owner-only) the store named by `--store`, `$COACH_STORE` or the default.
    ///
    /// A store that cannot be opened is reported as `Error: …` with its hint, without the usage text
    /// (the command line was right; the file is the problem).
    func openStore() throws -> CoachDatabase {
        let path = paths.storeFile(option: store)
        do {
            return try CoachDatabase.open(path: path)
        } catch {
            throw CLI.Failure(error.message(HelpText.language))
        }
    }
}
