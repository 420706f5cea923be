public import CoachCore
import CoachRetrieval

/// Progress as the trainee reads it, for `/progress` and `coach progress`.
///
/// ```swift
/// let progress = TrainingProgress(records: records, course: LessonCourse(corpus: corpus), today: "2026-11-29")
/// let outputs = TrainingProgressView.outputs(progress, records: records, corpus: corpus, language: .en)
/// ```
public enum TrainingProgressView {
    /// Lessons, answers per topic, weak topics, due reviews and drills of one trainee.
    public static func outputs(_ progress: TrainingProgress, records: TrainingRecords, corpus: Corpus, language: Language) -> [Output] {
        var outputs: [Output] = [.text(TrainingText.progressHeading(progress.trainee)[language], .heading)]
        if records.lessons.isEmpty && records.attempts.isEmpty && records.reviews.isEmpty && records.drills.isEmpty {
            return outputs + [.text(TrainingText.nothingYet[language])]
        }
        outputs.append(.text(TrainingText.lessonsLine(progress.lessonsDone, progress.lessonsTotal)[language]))
        if progress.answered > 0 {
            let share = TrainingProgress.percent(progress.correct, of: progress.answered)
            outputs.append(.text(TrainingText.answersLine(progress.answered, progress.correct, share)[language]))
            let names = progress.topics.map { topicName($0.topic, corpus: corpus, language: language) }
            var table = Table(columns: [.init(), .init()], indent: "  ")
            for (score, name) in zip(progress.topics, names) {
                table.add([.init(name), .init("\(score.correct)/\(score.answered)  \(score.percent)%", score.percent < 50 ? .warning : .plain)])
            }
            outputs.append(.table(table))
        }
        if !progress.weakTopics.isEmpty {
            // Chinese screens name the topics (/quiz takes names); English ones add the id.
            let weak = progress.weakTopics.map { id in
                language == .en ? UIText.noted(topicName(id, corpus: corpus, language: language), id, language) : topicName(id, corpus: corpus, language: language)
            }
            outputs.append(.text(TrainingText.weakTopics(UIText.list(weak, language))[language], .warning))
        }
        outputs.append(.text(TrainingText.dueLine(progress.dueReviews)[language]))
        if let last = progress.lastDrill, let average = progress.drillAverage {
            outputs.append(.text(TrainingText.drillsLine(progress.drills, average, last.accountID, last.percent)[language]))
        }
        return outputs
    }

    /// One line per trainee: lessons, answers, weak topics, due reviews, drills (for managers).
    public static func table(_ trainees: [TrainingProgress], corpus: Corpus, language: Language) -> [Output] {
        guard !trainees.isEmpty else { return [.text(TrainingText.noTrainees[language])] }
        var table = Table(columns: TrainingText.tableHeader.map { Table.Column($0[language]) })
        for progress in trainees {
            let share = progress.answered == 0 ? "-" : "\(TrainingProgress.percent(progress.correct, of: progress.answered))%"
            table.add([
                progress.trainee,
                "\(progress.lessonsDone)/\(progress.lessonsTotal)",
                "\(progress.answered)",
                share,
                "\(progress.dueReviews)",
                progress.drillAverage.map { "\(progress.drills) (\($0))" } ?? "\(progress.drills)",
                progress.weakTopics.isEmpty ? "-" : language == .en
                    ? progress.weakTopics.joined(separator: ", ")
                    : UIText.list(progress.weakTopics.map { topicName($0, corpus: corpus, language: language) }, language),
            ])
        }
        return [.text(TrainingText.traineesHeading[language], .heading), .table(table)]
    }

    static func topicName(_ id: String, corpus: Corpus, language: Language) -> String {
        guard let topic = corpus.topic(id: id) else { return id }
        switch language {
        case .en: return topic.nameEn
        case .zhHant: return topic.nameZhHant
        case .zhHans: return TraditionalToSimplified.fold(topic.nameZhHant)
        }
    }
}
