/// Spaced repetition with five Leitner boxes: a right answer moves an item up one box, a wrong one
/// back to box 1; an item is due again when its box's interval has passed since it was answered.
///
/// | box | 1 | 2 | 3 | 4 | 5 |
/// |---|---|---|---|---|---|
/// | days until due | 0 | 1 | 3 | 7 | 14 |
///
/// A wrong answer (box 1, 0 days) is due at once: it comes back later in the same quiz, and it is
/// still due the next day.
///
/// ```swift
/// let state = Leitner.review(nil, itemID: "role.coach.basics#1", correct: true, today: "2026-11-29")
/// // box 2, due 2026-11-30
/// ```
public enum Leitner {
    /// Days until due, per box (index 0 is box 1).
    public static let intervals = [0, 1, 3, 7, 14]
    public static let boxes = 1...5

    /// The state after answering on `today`; `previous` is nil for an item never answered.
    public static func review(_ previous: ReviewState?, itemID: String, correct: Bool, today: String) -> ReviewState {
        let box = correct ? min((previous?.box ?? 1) + 1, boxes.upperBound) : boxes.lowerBound
        return ReviewState(itemID: itemID, box: box, lastReviewed: today, dueOn: dueDay(box: box, from: today))
    }

    /// The day an item in `box` answered on `day` is due again.
    public static func dueDay(box: Int, from day: String) -> String {
        let interval = intervals[min(max(box, boxes.lowerBound), boxes.upperBound) - 1]
        return DayNumber(day)?.adding(days: interval).text ?? day
    }
}
