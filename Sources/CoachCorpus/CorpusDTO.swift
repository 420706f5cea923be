import CoachCore
import Foundation

// Decodable shapes of the corpus files. Each checks its keys, so a typo is an error at its line.

/// `{en: ..., zh-Hans: ..., zh-Hant: ...}`: all three languages required.
struct LocalizedDTO: Decodable {
    let text: LocalizedText

    init(from decoder: any Decoder) throws {
        try decoder.checkKeys(Language.allCases.map(\.rawValue), context: "a text in three languages")
        let container = try decoder.container(keyedBy: AnyKey.self)
        var values: [Language: String] = [:]
        for language in Language.allCases {
            guard let value = try container.decodeIfPresent(String.self, forKey: AnyKey(language.rawValue)),
                  !value.trimmingWhitespaceAndNewlines.isEmpty else {
                throw decoder.fieldError(key: nil, message: "missing language '\(language.rawValue)'; every text needs en, zh-Hans and zh-Hant")
            }
            values[language] = value.trimmingWhitespaceAndNewlines
        }
        text = LocalizedText(en: values[.en]!, zhHans: values[.zhHans]!, zhHant: values[.zhHant]!)
    }
}

/// `{en: [...], zh-Hans: [...], zh-Hant: [...]}`: lists per language.
struct LocalizedListDTO: Decodable {
    let lists: [Language: [String]]

    init(from decoder: any Decoder) throws {
        try decoder.checkKeys(Language.allCases.map(\.rawValue), context: "lists in three languages")
        let container = try decoder.container(keyedBy: AnyKey.self)
        var lists: [Language: [String]] = [:]
        for language in Language.allCases {
            lists[language] = try container.decodeIfPresent([String].self, forKey: AnyKey(language.rawValue)) ?? []
        }
        self.lists = lists
    }
}

/// A single value or a list of values of an account enumeration.
struct TermSet<T: AccountTerm>: Decodable {
    let values: Set<T>

    init(from decoder: any Decoder) throws {
        let field = decoder.codingPath.last?.stringValue ?? "value"
        if var list = try? decoder.unkeyedContainer() {
            var values = Set<T>()
            while !list.isAtEnd {
                values.insert(try list.superDecoder().decodeTerm(T.self, field: field))
            }
            self.values = values
        } else {
            values = [try decoder.decodeTerm(T.self, field: field)]
        }
    }
}

/// One item of a `when:` list: any of `person`, `account`, `flag` (one or a list), or `always: true`.
struct ConditionDTO: Decodable {
    let condition: Condition

    static let personKeys = ["role", "influence", "support", "contact", "met", "new", "personality"]
    static let accountKeys = ["tier", "kind", "stage", "reorganized", "purchasing-power", "open-issues"]

    init(from decoder: any Decoder) throws {
        try decoder.checkKeys(["person", "account", "flag", "always"], context: "a when: condition")
        let container = try decoder.container(keyedBy: AnyKey.self)
        guard !container.allKeys.isEmpty else {
            throw decoder.fieldError(key: nil, message: "an empty when: item; use person, account, flag or always")
        }
        var condition = Condition()
        if container.contains(AnyKey("person")) {
            let inner = try container.superDecoder(forKey: AnyKey("person"))
            try inner.checkKeys(Self.personKeys, context: "a person condition")
            let fields = try inner.container(keyedBy: AnyKey.self)
            condition.person = PersonCondition(
                role: try fields.decodeIfPresent(TermSet<BuyingRole>.self, forKey: AnyKey("role"))?.values,
                influence: try fields.decodeIfPresent(TermSet<Level>.self, forKey: AnyKey("influence"))?.values,
                support: try fields.decodeIfPresent(TermSet<Support>.self, forKey: AnyKey("support"))?.values,
                contact: try fields.decodeIfPresent(TermSet<Contact>.self, forKey: AnyKey("contact"))?.values,
                met: try fields.decodeIfPresent(Bool.self, forKey: AnyKey("met")),
                isNew: try fields.decodeIfPresent(Bool.self, forKey: AnyKey("new")),
                personality: try fields.decodeIfPresent(TermSet<Personality>.self, forKey: AnyKey("personality"))?.values
            )
        }
        if container.contains(AnyKey("account")) {
            let inner = try container.superDecoder(forKey: AnyKey("account"))
            try inner.checkKeys(Self.accountKeys, context: "an account condition")
            let fields = try inner.container(keyedBy: AnyKey.self)
            condition.account = AccountCondition(
                tier: try fields.decodeIfPresent(TermSet<Tier>.self, forKey: AnyKey("tier"))?.values,
                kind: try fields.decodeIfPresent(TermSet<AccountKind>.self, forKey: AnyKey("kind"))?.values,
                stage: try fields.decodeIfPresent(TermSet<Stage>.self, forKey: AnyKey("stage"))?.values,
                reorganized: try fields.decodeIfPresent(Bool.self, forKey: AnyKey("reorganized")),
                purchasingPower: try fields.decodeIfPresent(TermSet<PowerChange>.self, forKey: AnyKey("purchasing-power"))?.values,
                openIssues: try fields.decodeIfPresent(Bool.self, forKey: AnyKey("open-issues"))
            )
        }
        if container.contains(AnyKey("flag")) {
            let inner = try container.superDecoder(forKey: AnyKey("flag"))
            var raws: [(String, any Decoder)] = []
            if var list = try? inner.unkeyedContainer() {
                while !list.isAtEnd {
                    let element = try list.superDecoder()
                    raws.append((try element.singleValueContainer().decode(String.self), element))
                }
            } else {
                raws.append((try inner.singleValueContainer().decode(String.self), inner))
            }
            let allowed = FlagKind.allCases.map(\.rawValue)
            var kinds = Set<FlagKind>()
            for (raw, element) in raws {
                guard let kind = FlagKind(rawValue: raw) else {
                    throw element.fieldError(
                        key: nil,
                        message: "unknown flag '\(raw)'\(Suggestion.hint(for: raw, in: allowed)); allowed: \(allowed.joined(separator: ", "))")
                }
                kinds.insert(kind)
            }
            condition.flags = kinds
        }
        if container.contains(AnyKey("always")) {
            let inner = try container.superDecoder(forKey: AnyKey("always"))
            guard try inner.singleValueContainer().decode(Bool.self) else {
                throw inner.fieldError(key: "always", message: "'always' can only be true; leave the item out instead")
            }
            condition.always = true
        }
        self.condition = condition
    }
}

/// A quiz item in a rule's front matter.
struct QuizDTO: Decodable {
    let item: QuizItem

    init(from decoder: any Decoder) throws {
        try decoder.checkKeys(["type", "question", "options", "key-points", "why-not"], context: "a quiz item")
        let container = try decoder.container(keyedBy: AnyKey.self)
        let raw = try container.decode(String.self, forKey: AnyKey("type"))
        guard let kind = QuizItem.Kind(rawValue: raw) else {
            let allowed = QuizItem.Kind.allCases.map(\.rawValue)
            throw decoder.fieldError(key: "type", message: "unknown quiz type '\(raw)'; allowed: \(allowed.joined(separator: ", "))")
        }
        let question = try container.decode(LocalizedDTO.self, forKey: AnyKey("question")).text
        let options = try container.decodeIfPresent(LocalizedListDTO.self, forKey: AnyKey("options"))?.lists ?? [:]
        let keyPoints = try container.decodeIfPresent(LocalizedListDTO.self, forKey: AnyKey("key-points"))?.lists ?? [:]
        if kind == .freeText {
            for language in Language.allCases where (keyPoints[language] ?? []).isEmpty {
                throw decoder.fieldError(key: "type", message: "a free-text quiz item needs key-points in \(language.rawValue)")
            }
        } else {
            for language in Language.allCases where (options[language] ?? []).count < 2 {
                throw decoder.fieldError(key: "type", message: "a \(raw) quiz item needs at least 2 options in \(language.rawValue)")
            }
        }
        let whyNot = try container.decodeIfPresent(WhyNotDTO.self, forKey: AnyKey("why-not"))?.lists ?? [:]
        item = QuizItem(kind: kind, question: question, options: options, keyPoints: keyPoints, whyNot: whyNot)
    }
}

/// A quiz item's `why-not:`: per language, one reason per option, `~` or an empty string for the
/// right one. Holds only the languages the file gives, so the check can name a missing one.
struct WhyNotDTO: Decodable {
    let lists: [Language: [String]]

    init(from decoder: any Decoder) throws {
        try decoder.checkKeys(Language.allCases.map(\.rawValue), context: "why-not lists in three languages")
        let container = try decoder.container(keyedBy: AnyKey.self)
        var lists: [Language: [String]] = [:]
        for language in Language.allCases where container.contains(AnyKey(language.rawValue)) {
            lists[language] = try container.decode([String?].self, forKey: AnyKey(language.rawValue)).map { $0 ?? "" }
        }
        self.lists = lists
    }
}

/// A rule's front matter.
struct RuleFrontMatter: Decodable {
    let id: String
    let topics: [String]
    let kind: RuleKind
    let roles: [BuyingRole]
    let priority: Int
    let when: [Condition]
    let title: LocalizedText
    let gist: LocalizedText
    let asks: [Language: [String]]
    let lesson: LessonPosition?
    let quiz: [QuizItem]

    static let keys = ["id", "topics", "kind", "roles", "priority", "when", "title", "gist", "asks", "lesson", "quiz"]

    init(from decoder: any Decoder) throws {
        try decoder.checkKeys(Self.keys, context: "a rule's front matter")
        let container = try decoder.container(keyedBy: AnyKey.self)
        id = try container.decode(String.self, forKey: AnyKey("id"))
        if let topic = try? container.decode(String.self, forKey: AnyKey("topics")) {
            topics = [topic]
        } else {
            topics = try container.decode([String].self, forKey: AnyKey("topics"))
        }
        let rawKind = try container.decode(String.self, forKey: AnyKey("kind"))
        let kinds = RuleKind.allCases.filter { $0 != .outlineTemplate }.map(\.rawValue)
        guard let kind = RuleKind(rawValue: rawKind), kind != .outlineTemplate else {
            throw decoder.fieldError(
                key: "kind",
                message: "unknown kind '\(rawKind)'\(Suggestion.hint(for: rawKind, in: kinds)); allowed: \(kinds.joined(separator: ", ")) (outline templates go in outline/*.yaml)")
        }
        self.kind = kind
        roles = try container.decodeIfPresent(TermSet<BuyingRole>.self, forKey: AnyKey("roles")).map { set in
            BuyingRole.allCases.filter(set.values.contains)
        } ?? []
        priority = try container.decodeIfPresent(Int.self, forKey: AnyKey("priority")) ?? 50
        guard (0...100).contains(priority) else {
            throw decoder.fieldError(key: "priority", message: "priority \(priority) is out of range; allowed: 0 to 100")
        }
        when = try container.decodeIfPresent([ConditionDTO].self, forKey: AnyKey("when"))?.map(\.condition) ?? []
        title = try container.decode(LocalizedDTO.self, forKey: AnyKey("title")).text
        gist = try container.decode(LocalizedDTO.self, forKey: AnyKey("gist")).text
        asks = try container.decodeIfPresent(LocalizedListDTO.self, forKey: AnyKey("asks"))?.lists ?? [:]
        if let lessonDecoder = try? container.superDecoder(forKey: AnyKey("lesson")), container.contains(AnyKey("lesson")) {
            try lessonDecoder.checkKeys(["course", "order"], context: "lesson")
            let fields = try lessonDecoder.container(keyedBy: AnyKey.self)
            lesson = LessonPosition(
                course: try fields.decode(String.self, forKey: AnyKey("course")),
                order: try fields.decode(Int.self, forKey: AnyKey("order")))
        } else {
            lesson = nil
        }
        quiz = try container.decodeIfPresent([QuizDTO].self, forKey: AnyKey("quiz"))?.map(\.item) ?? []
    }
}

/// One outline template.
struct OutlineTemplateDTO: Decodable {
    let id: String
    let topics: [String]
    let role: BuyingRole?
    let priority: Int
    let when: [Condition]
    let text: LocalizedText
    let audience: OutlineQuestion.Audience?

    init(from decoder: any Decoder) throws {
        try decoder.checkKeys(["id", "topics", "role", "priority", "when", "text", "for"], context: "an outline template")
        let container = try decoder.container(keyedBy: AnyKey.self)
        id = try container.decode(String.self, forKey: AnyKey("id"))
        topics = try container.decode([String].self, forKey: AnyKey("topics"))
        let roleDecoder = try container.superDecoder(forKey: AnyKey("role"))
        if let raw = try? roleDecoder.singleValueContainer().decode(String.self), raw == "any" {
            role = nil
        } else if container.contains(AnyKey("role")) {
            role = try roleDecoder.decodeTerm(BuyingRole.self, field: "role")
        } else {
            role = nil
        }
        priority = try container.decodeIfPresent(Int.self, forKey: AnyKey("priority")) ?? 50
        when = try container.decodeIfPresent([ConditionDTO].self, forKey: AnyKey("when"))?.map(\.condition) ?? []
        text = try container.decode(LocalizedDTO.self, forKey: AnyKey("text")).text
        if let raw = try container.decodeIfPresent(String.self, forKey: AnyKey("for")) {
            let allowed = OutlineQuestion.Audience.allCases.map(\.rawValue)
            guard let value = OutlineQuestion.Audience(rawValue: raw) else {
                throw decoder.fieldError(key: "for", message: "unknown audience '\(raw)'\(Suggestion.hint(for: raw, in: allowed)); allowed: \(allowed.joined(separator: ", "))")
            }
            audience = value
        } else {
            audience = nil
        }
    }
}

/// `method.yaml`: the method's figures.
struct MethodSettingsDTO: Decodable {
    let settings: MethodSettings

    init(from decoder: any Decoder) throws {
        try decoder.checkKeys(["overdue-days", "overlap-days"], context: "the method's figures")
        let container = try decoder.container(keyedBy: AnyKey.self)
        let days = try container.decodeIfPresent(Int.self, forKey: AnyKey("overdue-days")) ?? MethodSettings.defaultOverdueDays
        guard (1...365).contains(days) else {
            throw decoder.fieldError(key: "overdue-days", message: "overdue-days \(days) is out of range; allowed: 1 to 365")
        }
        let overlap = try container.decodeIfPresent(Int.self, forKey: AnyKey("overlap-days")) ?? MethodSettings.defaultOverlapDays
        guard (1...365).contains(overlap) else {
            throw decoder.fieldError(key: "overlap-days", message: "overlap-days \(overlap) is out of range; allowed: 1 to 365")
        }
        settings = MethodSettings(overdueDays: days, overlapDays: overlap)
    }
}

/// One self-check question with its sub-questions.
struct SelfCheckDTO: Decodable {
    let check: SelfCheck

    init(from decoder: any Decoder) throws {
        try decoder.checkKeys(["id", "topic", "rule", "title", "questions"], context: "a self-check")
        let container = try decoder.container(keyedBy: AnyKey.self)
        check = SelfCheck(
            id: try container.decode(String.self, forKey: AnyKey("id")),
            topic: try container.decode(String.self, forKey: AnyKey("topic")),
            rule: try container.decode(String.self, forKey: AnyKey("rule")),
            title: try container.decode(LocalizedDTO.self, forKey: AnyKey("title")).text,
            questions: try container.decode([SelfCheckQuestionDTO].self, forKey: AnyKey("questions")).map(\.question)
        )
    }
}

struct SelfCheckQuestionDTO: Decodable {
    let question: SelfCheckQuestion

    init(from decoder: any Decoder) throws {
        try decoder.checkKeys(["id", "answer", "text", "known", "known-text", "known-fact", "carry", "raises", "reacts"], context: "a self-check question")
        let container = try decoder.container(keyedBy: AnyKey.self)
        let rawAnswer = try container.decode(String.self, forKey: AnyKey("answer"))
        guard let answer = SelfCheckQuestion.AnswerType(rawValue: rawAnswer) else {
            let allowed = SelfCheckQuestion.AnswerType.allCases.map(\.rawValue)
            throw decoder.fieldError(key: "answer", message: "unknown answer type '\(rawAnswer)'\(Suggestion.hint(for: rawAnswer, in: allowed)); allowed: \(allowed.joined(separator: ", "))")
        }
        var known: SelfCheckQuestion.Known?
        if let rawKnown = try container.decodeIfPresent(String.self, forKey: AnyKey("known")) {
            let allowed = SelfCheckQuestion.Known.allCases.map(\.rawValue)
            guard let value = SelfCheckQuestion.Known(rawValue: rawKnown) else {
                throw decoder.fieldError(key: "known", message: "unknown 'known' value '\(rawKnown)'\(Suggestion.hint(for: rawKnown, in: allowed)); allowed: \(allowed.joined(separator: ", "))")
            }
            known = value
        }
        var raises: [SelfCheckQuestion.Trigger: FlagKind] = [:]
        if container.contains(AnyKey("raises")) {
            let inner = try container.superDecoder(forKey: AnyKey("raises"))
            let fields = try inner.container(keyedBy: AnyKey.self)
            let triggers = SelfCheckQuestion.Trigger.allCases.map(\.rawValue)
            for key in fields.allKeys {
                guard key.stringValue.hasPrefix("if-"), let trigger = SelfCheckQuestion.Trigger(rawValue: String(key.stringValue.dropFirst(3))) else {
                    throw inner.fieldError(key: key.stringValue, message: "unknown answer '\(key.stringValue)' in raises; allowed: \(triggers.map { "if-" + $0 }.joined(separator: ", "))")
                }
                let flag = try fields.decode(String.self, forKey: key)
                guard let kind = FlagKind(rawValue: flag) else {
                    let allowed = FlagKind.allCases.map(\.rawValue)
                    throw inner.fieldError(key: key.stringValue, message: "unknown flag '\(flag)'\(Suggestion.hint(for: flag, in: allowed)); allowed: \(allowed.joined(separator: ", "))")
                }
                raises[trigger] = kind
            }
        }
        var carry: SelfCheckQuestion.Carry?
        if let rawCarry = try container.decodeIfPresent(String.self, forKey: AnyKey("carry")) {
            let allowed = SelfCheckQuestion.Carry.allCases.map(\.rawValue)
            guard let value = SelfCheckQuestion.Carry(rawValue: rawCarry) else {
                throw decoder.fieldError(key: "carry", message: "unknown 'carry' value '\(rawCarry)'\(Suggestion.hint(for: rawCarry, in: allowed)); allowed: \(allowed.joined(separator: ", "))")
            }
            carry = value
        }
        var reactions: [SelfCheckQuestion.ReactionTrigger: SelfCheckQuestion.Reaction] = [:]
        if container.contains(AnyKey("reacts")) {
            let inner = try container.superDecoder(forKey: AnyKey("reacts"))
            let keyed = try inner.container(keyedBy: AnyKey.self)
            let triggers = SelfCheckQuestion.ReactionTrigger.allCases.map { "if-" + $0.rawValue }
            for key in keyed.allKeys {
                guard key.stringValue.hasPrefix("if-"), let trigger = SelfCheckQuestion.ReactionTrigger(rawValue: String(key.stringValue.dropFirst(3))) else {
                    throw inner.fieldError(key: key.stringValue, message: "unknown answer '\(key.stringValue)' in reacts; allowed: \(triggers.joined(separator: ", "))")
                }
                reactions[trigger] = try keyed.decode(ReactionDTO.self, forKey: key).reaction
            }
        }
        question = SelfCheckQuestion(
            id: try container.decode(String.self, forKey: AnyKey("id")),
            answer: answer,
            text: try container.decode(LocalizedDTO.self, forKey: AnyKey("text")).text,
            known: known,
            knownText: try container.decodeIfPresent(LocalizedDTO.self, forKey: AnyKey("known-text"))?.text,
            knownFact: try container.decodeIfPresent(LocalizedDTO.self, forKey: AnyKey("known-fact"))?.text,
            carry: carry,
            raises: raises,
            reactions: reactions
        )
    }
}

/// A self-check question's reaction: `{rule: ID, text: {en, zh-Hans, zh-Hant}}`.
struct ReactionDTO: Decodable {
    let reaction: SelfCheckQuestion.Reaction

    init(from decoder: any Decoder) throws {
        try decoder.checkKeys(["rule", "text"], context: "a reaction")
        let container = try decoder.container(keyedBy: AnyKey.self)
        reaction = SelfCheckQuestion.Reaction(
            rule: try container.decode(String.self, forKey: AnyKey("rule")),
            text: try container.decode(LocalizedDTO.self, forKey: AnyKey("text")).text)
    }
}

/// One glossary entry.
struct GlossaryEntryDTO: Decodable {
    let entry: GlossaryEntry

    init(from decoder: any Decoder) throws {
        try decoder.checkKeys(["id", "topics"] + Language.allCases.map(\.rawValue), context: "a glossary entry")
        let container = try decoder.container(keyedBy: AnyKey.self)
        var terms: [Language: [String]] = [:]
        for language in Language.allCases {
            let list = try container.decodeIfPresent([String].self, forKey: AnyKey(language.rawValue)) ?? []
            guard !list.isEmpty else {
                throw decoder.fieldError(key: "id", message: "glossary entry has no terms in \(language.rawValue)")
            }
            terms[language] = list
        }
        entry = GlossaryEntry(
            id: try container.decode(String.self, forKey: AnyKey("id")),
            topics: try container.decodeIfPresent([String].self, forKey: AnyKey("topics")) ?? [],
            terms: terms
        )
    }
}

/// One off-topic theme.
struct OffTopicDTO: Decodable {
    let entry: OffTopicEntry

    init(from decoder: any Decoder) throws {
        try decoder.checkKeys(["id"] + Language.allCases.map(\.rawValue), context: "an off-topic theme")
        let container = try decoder.container(keyedBy: AnyKey.self)
        var questions: [Language: [String]] = [:]
        for language in Language.allCases {
            questions[language] = try container.decodeIfPresent([String].self, forKey: AnyKey(language.rawValue)) ?? []
        }
        entry = OffTopicEntry(id: try container.decode(String.self, forKey: AnyKey("id")), questions: questions)
    }
}

/// One answer vocabulary: `corpus/answers/<language>.yaml`.
struct AnswerVocabularyDTO: Decodable {
    let vocabulary: AnswerVocabulary

    static let listKeys = [
        "yes", "no", "unsure", "nobody", "everyone", "filler", "new-person", "honorifics", "conjunctions", "question-starts", "move-on", "particles",
    ]
    static let requiredKeys = ["yes", "no", "unsure", "nobody", "everyone"]

    init(from decoder: any Decoder) throws {
        try decoder.checkKeys(["language"] + Self.listKeys + ["roles", "re-ask"], context: "an answer vocabulary")
        let container = try decoder.container(keyedBy: AnyKey.self)
        let rawLanguage = try container.decode(String.self, forKey: AnyKey("language"))
        guard let language = Language(rawValue: rawLanguage) else {
            let allowed = Language.allCases.map(\.rawValue)
            throw decoder.fieldError(key: "language", message: "unknown language '\(rawLanguage)'\(Suggestion.hint(for: rawLanguage, in: allowed)); allowed: \(allowed.joined(separator: ", "))")
        }
        var lists: [String: [String]] = [:]
        for key in Self.listKeys {
            let list = try container.decodeIfPresent([String].self, forKey: AnyKey(key)) ?? []
            let words = list.map { $0.trimmingCharacters(in: .whitespaces) }
            if Self.requiredKeys.contains(key), words.isEmpty {
                throw decoder.fieldError(key: container.contains(AnyKey(key)) ? key : "language", message: "'\(key)' needs at least one phrase")
            }
            if words.contains(where: \.isEmpty) {
                throw decoder.fieldError(key: key, message: "'\(key)' has an empty phrase")
            }
            lists[key] = words
        }
        var roles: [BuyingRole: [String]] = [:]
        if container.contains(AnyKey("roles")) {
            let inner = try container.superDecoder(forKey: AnyKey("roles"))
            let allowed = BuyingRole.allCases.filter { $0 != .unknown }.map(\.rawValue)
            try inner.checkKeys(allowed, context: "role words")
            let fields = try inner.container(keyedBy: AnyKey.self)
            for key in fields.allKeys {
                roles[BuyingRole(rawValue: key.stringValue)!] = try fields.decode([String].self, forKey: key)
            }
        }
        var reAsk: [SelfCheckQuestion.AnswerType: String] = [:]
        let askable: [SelfCheckQuestion.AnswerType] = [.yesNo, .person]
        let inner = try container.superDecoder(forKey: AnyKey("re-ask"))
        try inner.checkKeys(askable.map(\.rawValue), context: "re-ask texts")
        let fields = try inner.container(keyedBy: AnyKey.self)
        for type in askable {
            guard let text = try fields.decodeIfPresent(String.self, forKey: AnyKey(type.rawValue)),
                  !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw inner.fieldError(key: nil, message: "re-ask needs a text for '\(type.rawValue)'")
            }
            reAsk[type] = text.trimmingWhitespaceAndNewlines
        }
        vocabulary = AnswerVocabulary(
            language: language, yes: lists["yes"]!, no: lists["no"]!, unsure: lists["unsure"]!,
            nobody: lists["nobody"]!, everyone: lists["everyone"]!, filler: lists["filler"]!,
            newPerson: lists["new-person"]!, honorifics: lists["honorifics"]!, conjunctions: lists["conjunctions"]!,
            roles: roles, questionStarts: lists["question-starts"]!, moveOn: lists["move-on"]!, particles: lists["particles"]!, reAsk: reAsk)
    }
}

/// `prep.yaml`: `abandon-paused-after-days: N`.
struct PrepSettingsDTO: Decodable {
    let settings: PrepSettings

    init(from decoder: any Decoder) throws {
        try decoder.checkKeys(["abandon-paused-after-days"], context: "prep.yaml")
        let container = try decoder.container(keyedBy: AnyKey.self)
        let days = try container.decodeIfPresent(Int.self, forKey: AnyKey("abandon-paused-after-days"))
        if let days, !(1...365).contains(days) {
            throw decoder.fieldError(key: "abandon-paused-after-days", message: "'abandon-paused-after-days' should be between 1 and 365 days; found \(days)")
        }
        settings = PrepSettings(abandonPausedAfterDays: days)
    }
}

/// `reasons.yaml`: the reasons strategies give.
struct ReasonsFileDTO: Decodable {
    let reasons: [FlagReason]
    let roleReason: LocalizedText?
    let unknownRoleReason: LocalizedText?
    let accountReason: LocalizedText?

    init(from decoder: any Decoder) throws {
        try decoder.checkKeys(["reasons", "role-reason", "unknown-role-reason", "account-reason"], context: "the reasons file")
        let container = try decoder.container(keyedBy: AnyKey.self)
        reasons = try container.decodeIfPresent([FlagReasonDTO].self, forKey: AnyKey("reasons"))?.map(\.reason) ?? []
        roleReason = try container.decodeIfPresent(LocalizedDTO.self, forKey: AnyKey("role-reason"))?.text
        unknownRoleReason = try container.decodeIfPresent(LocalizedDTO.self, forKey: AnyKey("unknown-role-reason"))?.text
        accountReason = try container.decodeIfPresent(LocalizedDTO.self, forKey: AnyKey("account-reason"))?.text
    }
}

struct FlagReasonDTO: Decodable {
    let reason: FlagReason

    init(from decoder: any Decoder) throws {
        try decoder.checkKeys(["flag", "answer", "unsure", "file"], context: "a reason")
        let container = try decoder.container(keyedBy: AnyKey.self)
        let raw = try container.decode(String.self, forKey: AnyKey("flag"))
        let allowed = FlagKind.allCases.map(\.rawValue)
        guard let kind = FlagKind(rawValue: raw) else {
            throw decoder.fieldError(key: "flag", message: "unknown flag '\(raw)'\(Suggestion.hint(for: raw, in: allowed)); allowed: \(allowed.joined(separator: ", "))")
        }
        reason = FlagReason(
            flag: kind,
            answer: try container.decode(LocalizedDTO.self, forKey: AnyKey("answer")).text,
            unsure: try container.decodeIfPresent(LocalizedDTO.self, forKey: AnyKey("unsure"))?.text,
            file: try container.decode(LocalizedDTO.self, forKey: AnyKey("file")).text)
    }
}

/// How people shorten English words when they type: `corpus/shorthand.yaml`, a list of `words`
/// (`means` and the forms `written` for it) and `particles` that stand for nothing.
struct ShorthandDTO: Decodable {
    let shorthand: Shorthand

    init(from decoder: any Decoder) throws {
        try decoder.checkKeys(["words", "particles"], context: "the shorthand file")
        let container = try decoder.container(keyedBy: AnyKey.self)
        var words: [String: [String]] = [:]
        var seen = Set<String>()
        if container.contains(AnyKey("words")) {
            var list = try container.nestedUnkeyedContainer(forKey: AnyKey("words"))
            while !list.isAtEnd {
                let item = try list.superDecoder()
                try item.checkKeys(["means", "written"], context: "a shorthand word")
                let fields = try item.container(keyedBy: AnyKey.self)
                let means = try fields.decode(String.self, forKey: AnyKey("means")).split(separator: " ").map(String.init)
                guard !means.isEmpty, means.allSatisfy(Self.isWord) else {
                    throw item.fieldError(key: "means", message: "'means' should be one or more lower-case words")
                }
                for form in try fields.decode([String].self, forKey: AnyKey("written")) {
                    try Self.check(form, key: "written", decoder: item, seen: &seen)
                    words[form] = means
                }
            }
        }
        let particles = try container.decodeIfPresent([String].self, forKey: AnyKey("particles")) ?? []
        for form in particles { try Self.check(form, key: "particles", decoder: decoder, seen: &seen) }
        shorthand = Shorthand(words: words, particles: Set(particles))
    }

    /// A written form is one lower-case word (letters, digits, apostrophes) listed once in the file.
    private static func check(_ form: String, key: String, decoder: any Decoder, seen: inout Set<String>) throws {
        guard isWord(form) else {
            throw decoder.fieldError(key: key, message: "shorthand '\(form)' should be one lower-case word (letters, digits, apostrophes)")
        }
        guard seen.insert(form).inserted else {
            throw decoder.fieldError(key: key, message: "shorthand '\(form)' is listed twice; a written form stands for one thing")
        }
    }

    private static func isWord(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "'" }
    }
}
