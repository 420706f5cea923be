import CoachCore
import Testing

@Suite struct LeitnerTests {
    let item = "role.coach.basics#1"

    @Test func rightAnswersClimbTheBoxesWithGrowingIntervals() {
        var state: ReviewState? = nil
        var day = "2026-11-29"
        var dues: [String] = []
        for _ in 0..<6 {
            let next = Leitner.review(state, itemID: item, correct: true, today: day)
            dues.append(next.dueOn)
            state = next
            day = next.dueOn
        }
        // New → box 2 (1 day), 3 (3 days), 4 (7 days), 5 (14 days), and box 5 stays.
        #expect(dues == ["2026-11-30", "2026-12-03", "2026-12-10", "2026-12-24", "2027-01-07", "2027-01-21"])
        #expect(state?.box == 5)
    }

    @Test func aWrongAnswerGoesBackToBoxOneAndIsDueAtOnceAndTheNextDay() {
        let known = ReviewState(itemID: item, box: 4, lastReviewed: "2026-11-01", dueOn: "2026-11-08")
        let wrong = Leitner.review(known, itemID: item, correct: false, today: "2026-11-29")
        #expect(wrong.box == 1)
        #expect(wrong.dueOn == "2026-11-29")
        #expect(wrong.isDue(today: "2026-11-29"))
        #expect(wrong.isDue(today: "2026-11-30"))
    }

    @Test func anItemIsDueOnlyOnceItsIntervalHasPassed() {
        let state = Leitner.review(nil, itemID: item, correct: true, today: "2026-11-29")
        #expect(state.box == 2)
        #expect(!state.isDue(today: "2026-11-29"))
        #expect(state.isDue(today: "2026-11-30"))
        #expect(state.isDue(today: "2026-12-15"))
    }

    @Test func intervalsAreThoseOfTheFiveBoxes() {
        #expect(Leitner.intervals == [0, 1, 3, 7, 14])
        #expect(Leitner.boxes == 1...5)
    }

    @Test func dueDaysCrossMonthsYearsAndLeapDays() {
        #expect(Leitner.dueDay(box: 3, from: "2026-12-30") == "2027-01-02")
        #expect(Leitner.dueDay(box: 2, from: "2028-02-28") == "2028-02-29")
        #expect(Leitner.dueDay(box: 2, from: "2027-02-28") == "2027-03-01")
        #expect(Leitner.dueDay(box: 5, from: "2026-12-25") == "2027-01-08")
    }
}
