import CoachCore
import CoachTestSupport
import Testing

/// The care lesson states the default visit intervals in words; the numbers live in
/// `corpus/care/cadence.yaml`. When a trainer changes the file, this says which lesson to reword.
@Suite struct CareLessonTests {
    @Test func theCadenceLessonSaysWhatCadenceYamlSets() throws {
        let corpus = Fixtures.corpus
        let lesson = try #require(corpus.rule(id: "lesson.9.care.cadence"))
        let stated: [(Tier, Int, en: String, zhHans: String, zhHant: String)] = [
            (.a, 14, "an A account every two weeks", "A级两周一次", "A級兩週一次"),
            (.b, 30, "a B account once a month", "B级每月一次", "B級每月一次"),
            (.c, 90, "a C account once a quarter", "C级每季度一次", "C級每季一次"),
        ]
        for (tier, days, en, zhHans, zhHant) in stated {
            #expect(corpus.care.cadence.days[tier] == days, "cadence.yaml changed tier \(tier.rawValue): reword lesson.9.care.cadence (\(lesson.source))")
            #expect(lesson.body.en.contains(en))
            #expect(lesson.body.zhHans.contains(zhHans))
            #expect(lesson.body.zhHant.contains(zhHant))
        }
        // Potential large accounts are visited more often than running accounts of their tier.
        for (tier, days) in corpus.care.cadence.kindDays.flatMap({ tier, kinds in kinds.filter { $0.key == .potentialLarge }.map { (tier, $0.value) } }) {
            #expect(days < corpus.care.cadence.days[tier] ?? .max)
        }
    }

    @Test func theLessonsQuizzesOnCareAreThere() throws {
        let corpus = Fixtures.corpus
        for id in ["lesson.9.care.birthday", "lesson.9.care.greetings-offers", "lesson.9.care.cadence"] {
            let rule = try #require(corpus.rule(id: id))
            #expect(rule.quiz.count >= 2, "\(id)")
            for item in rule.quiz {
                for language in Language.allCases {
                    #expect(!item.question[language].isEmpty, "\(id) \(language)")
                }
            }
        }
    }
}
