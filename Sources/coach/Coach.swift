import ArgumentParser

/// The `coach` command: with no subcommand it opens the coaching REPL.
@main
struct Coach: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coach",
        abstract: "VisitCoach: prepares key-account salespeople for their next customer contact.",
        subcommands: [
            ChatCommand.self,
            AskCommand.self,
            PrepCommand.self,
            StrategiesCommand.self,
            OutlineCommand.self,
            CorpusCommand.self,
            AccountCommand.self,
            LearnCommand.self,
            ProgressCommand.self,
            JournalCommand.self,
            FollowupsCommand.self,
            ReviewCommand.self,
            ReportCommand.self,
            TodayCommand.self,
            CareCommand.self,
            ExportCommand.self,
            ImportCommand.self,
            EvalCommand.self,
        ],
        defaultSubcommand: ChatCommand.self
    )
}
