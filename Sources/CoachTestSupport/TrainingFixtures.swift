public import CoachCore

/// A small corpus for training tests: two lessons of the method course, quiz items of every kind
/// on a few topics, strategies for drills, and topics without any questions.
public enum TrainingFixtures {
    static func text(_ en: String, _ zhHans: String, _ zhHant: String) -> LocalizedText {
        LocalizedText(en: en, zhHans: zhHans, zhHant: zhHant)
    }

    static func body(_ en: String, _ zhHans: String, _ zhHant: String) -> LocalizedText {
        text(en, zhHans, zhHant)
    }

    /// A choice item whose first option is right.
    /// With `whyNot`, the reasons each option is wrong (the first, right one: "").
    public static func choice(_ question: String, _ options: [String], kind: QuizItem.Kind = .choice, whyNot: [String] = []) -> QuizItem {
        QuizItem(
            kind: kind, question: text(question, "问：" + question, "問：" + question),
            options: [.en: options, .zhHans: options.map { "选项" + $0 }, .zhHant: options.map { "選項" + $0 }],
            whyNot: whyNot.isEmpty ? [:] : [
                .en: whyNot, .zhHans: whyNot.map { $0.isEmpty ? "" : "原因：" + $0 }, .zhHant: whyNot.map { $0.isEmpty ? "" : "原因：" + $0 },
            ])
    }

    /// The free-text item about following up an issue.
    public static let followUpItem = QuizItem(
        kind: .freeText,
        question: text("What do you do with an issue you cannot answer on the spot?", "当场答复不了的问题怎么办？", "當場無法答覆的問題怎麼辦？"),
        keyPoints: [
            .en: ["explain why", "record details", "tell the customer the result"],
            .zhHans: ["说明原因", "详细记录", "告知客户结果"],
            .zhHant: ["說明原因", "詳細記錄", "告知客戶結果"],
        ])

    public static let topics: [Topic] = [
        Topic(id: "role.decision-maker", nameZhHant: "決策者", nameEn: "decision maker", conveys: ""),
        Topic(id: "role.coach", nameZhHant: "教練（內線）", nameEn: "coach (insider)", conveys: ""),
        Topic(id: "strategy.coach-cultivation", nameZhHant: "培養教練", nameEn: "cultivating a coach", conveys: ""),
        Topic(id: "strategy.find-all-roles", nameZhHant: "找齊所有角色", nameEn: "find every buying influence", conveys: ""),
        Topic(id: "strategy.technical-respect", nameZhHant: "尊重技術把關者", nameEn: "respect the technical gatekeeper", conveys: ""),
        Topic(id: "visit.follow-up", nameZhHant: "誰走訪誰督辦", nameEn: "whoever visits follows up", conveys: ""),
        Topic(id: "personality.tiger", nameZhHant: "老虎型", nameEn: "tiger style", conveys: ""),
    ]

    static func rule(
        _ id: String, topic: String, kind: RuleKind = .knowledge, when: [Condition] = [], lesson: LessonPosition? = nil,
        quiz: [QuizItem] = [], title: String, priority: Int = 50
    ) -> Rule {
        Rule(
            id: id, topics: [topic], kind: kind, priority: priority, when: when,
            title: text(title, "题：" + title, "題：" + title),
            gist: text("Gist of \(title).", "\(title)的要点。", "\(title)的重點。"),
            asks: [.en: ["about \(title)"], .zhHans: ["关于\(title)"], .zhHant: ["關於\(title)"]],
            body: body("Body of \(title).", "\(title)的正文。", "\(title)的內文。"),
            lesson: lesson, quiz: quiz, source: "corpus/rules/test/\(id).md")
    }

    /// The rules, in corpus order (lesson screens deliberately out of order).
    public static let rules: [Rule] = [
        rule("lesson.2.only", topic: "strategy.coach-cultivation", kind: .lesson, lesson: LessonPosition(course: "method", order: 20),
             quiz: [choice("When do you start growing a coach?", ["At the first contact", "After signing", "Never"])],
             title: "Growing coaches"),
        rule("lesson.1.second", topic: "role.coach", kind: .lesson, lesson: LessonPosition(course: "method", order: 11),
             quiz: [choice("Who is a coach?", ["Someone who wants us to win", "The buyer's boss", "A competitor"]), followUpItem],
             title: "What a coach does"),
        rule("lesson.1.first", topic: "role.coach", kind: .lesson, lesson: LessonPosition(course: "method", order: 10),
             title: "Why coaches matter"),
        rule("lesson.other-course", topic: "role.coach", kind: .lesson, lesson: LessonPosition(course: "other", order: 10),
             quiz: [choice("Other course?", ["Yes", "No"])], title: "Another course"),
        rule("role.decision-maker.basics", topic: "role.decision-maker",
             quiz: [choice(
                "Which role has the final say?", ["Decision maker", "User", "Technical gatekeeper", "Coach"],
                whyNot: ["", "Users judge daily fit; they do not sign", "A gatekeeper can block, not approve", "A coach guides you; he does not decide"])],
             title: "The decision maker"),
        rule("role.coach.basics", topic: "role.coach",
             quiz: [choice("What does a coach give you?", ["Inside information", "A discount", "A signature"])],
             title: "The coach"),
        rule("strategy.coach-cultivation.what-to-do", topic: "strategy.coach-cultivation", kind: .strategy,
             when: [.flag(.missingCoach)],
             quiz: [choice("You have no coach. What first?", ["Find a user who likes us", "Call the CEO", "Wait"], kind: .situation)],
             title: "Grow a coach", priority: 80),
        rule("strategy.find-all-roles.what-to-do", topic: "strategy.find-all-roles", kind: .strategy,
             when: [.flag(.missingTechnical), .flag(.missingUser)],
             quiz: [choice("A role is missing. What do you do?", ["Ask your coach who else has a say", "Ignore it", "Send a brochure"])],
             title: "Find every role", priority: 70),
        rule("strategy.dm-unreachable.what-to-do", topic: "role.decision-maker", kind: .strategy,
             when: [.flag(.decisionMakerNotMet)], title: "When the decision maker will not see you", priority: 90),
        rule("strategy.technical-respect.what-to-do", topic: "strategy.technical-respect", kind: .strategy,
             when: [.flag(.opposed)], title: "Respect the expert", priority: 60),
        rule("visit.follow-up.owner", topic: "visit.follow-up", quiz: [followUpItem], title: "Whoever visits follows up"),
        rule("personality.tiger.basics", topic: "personality.tiger", title: "The tiger"),
    ]

    /// The corpus.
    /// The rules above, with the real corpus's flag texts (what each risk is called).
    public static var corpus: Corpus { Corpus(topics: topics, rules: rules, flags: Fixtures.corpus.flags) }

    /// An account with an unmet decision maker and no coach, nobody opposed.
    public static let account = Account(
        id: "drill-co", name: "Drill Co", tier: .a, kind: .currentLarge, stage: .roleMapping, products: ["mail"],
        people: [
            Person(name: "Ann Boss", title: "CEO", role: .decisionMaker, influence: .high, support: .neutral, contact: .medium, met: false),
            Person(name: "Tom Tech", title: "CTO", role: .technical, influence: .medium, support: .supportive, contact: .high, met: true),
            Person(name: "Uma User", title: "Ops lead", role: .user, influence: .low, support: .champion, contact: .high, met: true),
        ])
}
