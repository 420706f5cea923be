public import Foundation

/// A trainee finished a lesson (read every screen and answered its questions).
public struct LessonCompletion: Sendable, Hashable, Codable {
    public var trainee: String
    public var course: String
    /// The lesson's id (its first screen's rule id).
    public var lessonID: String
    /// Questions answered right, of `questions`.
    public var correct: Int
    public var questions: Int
    public var at: Date

    public init(trainee: String, course: String, lessonID: String, correct: Int, questions: Int, at: Date) {
        self.trainee = trainee
        self.course = course
        self.lessonID = lessonID
        self.correct = correct
        self.questions = questions
        self.at = at
    }
}
