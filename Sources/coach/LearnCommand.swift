import ArgumentParser
import CoachOptions

/// `coach learn [N|next|list]`: opens the REPL straight into the method course.
struct LearnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learn",
        abstract: HelpText.text("Learn the method: the next lesson, screen by screen, then its questions."),
        discussion: HelpText.text("The session continues as usual afterwards: /quiz, /drill and /progress work there too.")
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: .l("A lesson number, 'next' (the default: the next lesson not done) or 'list'."))
    var lesson: String?

    func run() throws {
        try REPLLauncher.run(global: global, startup: ["/learn" + (lesson.map { " \($0)" } ?? "")])
    }
}
