import ArgumentParser
import CoachApp
import CoachCore
import CoachEngine
import CoachOptions
import CoachStore
import Foundation

/// `coach progress [--who NAME] [--all] [--json]`: training progress from the store.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: HelpText.text("Training progress: lessons done, scores per topic, weak topics, reviews due, drills."),
        discussion: HelpText.text("Without --who, the progress of the current user ($USER), the name the REPL records training under.")
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: .l("The trainee (default: $USER)."))
    var who: String?

    @Flag(name: .long, help: .l("Every trainee in the store, one line each (for managers)."))
    var all = false

    @Flag(name: .long, help: .l("Print JSON."))
    var json = false

    func validate() throws {
        if all && who != nil { throw ValidationError(CLI.text("--all lists every trainee; leave out --who NAME", "--all 会列出每位学员；不用再给 --who 姓名", "--all 會列出每位學員；不用再給 --who 姓名")) }
    }

    func run() throws {
        try Self.report(global: global, who: who, all: all, json: json)
    }

    /// Prints one trainee's progress (`who`, default $USER) or, with `all`, every trainee's; also
    /// used by `coach review --training`.
    static func report(global: GlobalOptions, who: String?, all: Bool, json: Bool) throws {
        let language = try global.language()
        let corpus = try CLI.loadCorpus(global)
        let database = try global.openStore()
        let course = LessonCourse(corpus: corpus)
        let today = JournalCLI.today().text
        do {
            if all {
                let progresses = try database.trainees().map { name in
                    TrainingProgress(records: try database.trainingRecords(trainee: name), course: course, today: today)
                }
                if json { print(try JSONOutput.encode(progresses)) } else {
                    CLI.show(TrainingProgressView.table(progresses, corpus: corpus, language: language))
                }
                return
            }
            let trainee = who ?? AccountImporter.currentUser()
            let records = try database.trainingRecords(trainee: trainee)
            let progress = TrainingProgress(records: records, course: course, today: today)
            if json { print(try JSONOutput.encode(progress)) } else {
                CLI.show(TrainingProgressView.outputs(progress, records: records, corpus: corpus, language: language))
            }
        } catch let error as StoreError {
            throw CLI.Failure(error.message(language))
        }
    }
}
