import ArgumentParser
import CoachOptions

/// `coach care birthdays|greetings|calendar`: the care routine of the method.
struct CareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "care",
        abstract: HelpText.text("The care routine: the month's and week's birthdays (solar and lunar), festival greetings, a calendar file."),
        subcommands: [CareBirthdaysCommand.self, CareGreetingsCommand.self, CareCalendarCommand.self]
    )
}
