import CoachTestSupport
import Foundation
import Testing

/// `coach learn` and `coach progress` on the built binary, progress kept in the store between runs.
@Suite(.serialized) struct TrainingBinaryTests {
    func environment() throws -> [String: String] {
        let home = try CoachBinary.temporaryDirectory()
        return [
            "HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path,
            "COACH_CORPUS": Fixtures.corpusDirectory, "LANG": "en_US.UTF-8", "LC_ALL": "", "USER": "trainee-one",
        ]
    }

    @Test func learnOpensTheFirstLessonAndProgressReadsItBackInAnotherProcess() throws {
        let env = try environment()
        // Three pages, then skip every question of lesson 1.
        let learn = try CoachBinary.run(["learn"], input: "\n\n\n/skip\n/skip\n/skip\n/skip\n", environment: env)
        #expect(learn.status == 0, "\(learn.stderr)")
        #expect(learn.stdout.contains("Lesson 1 of 16, page 1/"))
        #expect(learn.stdout.contains("Lesson 1 done: 0 of"))

        let progress = try CoachBinary.run(["progress", "--json"], environment: env)
        #expect(progress.status == 0, "\(progress.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(progress.stdout.utf8)) as? [String: Any]
        #expect(json?["trainee"] as? String == "trainee-one")
        #expect(json?["lessonsDone"] as? Int == 1)
        #expect((json?["answered"] as? Int ?? 0) >= 2)
        #expect((json?["dueReviews"] as? Int ?? 0) >= 2)

        let text = try CoachBinary.run(["progress", "--who", "trainee-one"], environment: env)
        #expect(text.stdout.contains("Lessons: 1 of 16 done"))
        let all = try CoachBinary.run(["progress", "--all"], environment: env)
        #expect(all.stdout.contains("trainee-one"))
        let nobody = try CoachBinary.run(["progress", "--who", "nobody"], environment: env)
        #expect(nobody.stdout.contains("Nothing yet"))
    }
}

extension TrainingBinaryTests {
    @Test func managersSeeTraineesInReviewTraining() throws {
        let env = try environment()
        _ = try CoachBinary.run(["--lang", "en"], input: "/quiz role.decision-maker\n/skip\n", environment: env)
        let review = try CoachBinary.run(["review", "--training"], environment: env)
        #expect(review.status == 0, "\(review.stderr)")
        #expect(review.stdout.contains("Trainees"))
        #expect(review.stdout.contains("trainee-one"))
        let json = try CoachBinary.run(["review", "--training", "--json"], environment: env)
        let list = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(list?.map { $0["trainee"] as? String } == ["trainee-one"])
        #expect(list?.first?["answered"] as? Int == 1)
        let one = try CoachBinary.run(["review", "--training", "--who", "trainee-one"], environment: env)
        #expect(one.stdout.contains("Training progress of trainee-one"))
    }
}
