public import CoachCore
import Foundation

/// Loads `corpus/` into a `Corpus`, collecting every problem as a compiler-style diagnostic.
///
/// ```swift
/// let result = CorpusLoader.load(directory: "corpus")
/// if result.hasErrors { result.diagnostics.forEach { print($0) } }
/// ```
public enum CorpusLoader {
    /// What loading produced: the corpus (with the files that had errors left out) and the problems.
    public struct Result: Sendable {
        public var corpus: Corpus
        public var diagnostics: [Diagnostic]
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// Topic areas whose rules must carry at least `minimumAsks` example questions per language.
    static let askedAreas = ["role.", "strategy.", "selfcheck.", "visit."]
    public static let minimumAsks = 4

    public static func load(directory: String) -> Result {
        let root = URL(fileURLWithPath: directory)
        let display = root.lastPathComponent
        var diagnostics: [Diagnostic] = []

        let topics = loadTopics(root: root, display: display, diagnostics: &diagnostics)
        let topicIDs = topics.map(\.id)
        let areas = loadAreas(root: root, display: display, topics: topics, diagnostics: &diagnostics)

        var rules: [Rule] = []
        var ruleLocations: [String: String] = [:]
        // Parsing dominates loading; rule files are independent, so parse them on every core,
        // then validate in file order so diagnostics and duplicates are reported deterministically.
        let ruleFiles = files(under: root.appendingPathComponent("rules"), extension: "md")
        let parsed = ParsedFiles(count: ruleFiles.count)
        DispatchQueue.concurrentPerform(iterations: ruleFiles.count) { number in
            let file = ruleFiles[number]
            let path = display + "/" + relativePath(of: file, to: root)
            var problems: [Diagnostic] = []
            guard let text = read(file, path: path, diagnostics: &problems) else {
                parsed.set(number, .failure(DiagnosticError(problems)))
                return
            }
            do throws(DiagnosticError) {
                parsed.set(number, .success((try RuleFile.parse(text, file: path), text)))
            } catch {
                parsed.set(number, .failure(error))
            }
        }
        for outcome in parsed.results {
            switch outcome {
            case .failure(let error):
                diagnostics += error.diagnostics
            case .success(let (rule, text)):
                var problems = validate(rule: rule, text: text, topicIDs: topicIDs)
                if let first = ruleLocations[rule.id] {
                    problems.append(Diagnostic(
                        file: rule.source, line: line(of: "id:", in: text), column: 1,
                        message: "duplicate rule id '\(rule.id)' (first defined in \(first))"))
                }
                diagnostics += problems
                if problems.contains(where: { $0.severity == .error }) { continue }
                ruleLocations[rule.id] = rule.source
                rules.append(rule)
            case nil:
                break
            }
        }

        var templates: [OutlineTemplate] = []
        var templateIDs = Set<String>()
        for file in files(under: root.appendingPathComponent("outline"), extension: "yaml") {
            let path = display + "/" + relativePath(of: file, to: root)
            guard let text = read(file, path: path, diagnostics: &diagnostics) else { continue }
            do {
                let decoded = try YAMLFile.decode([OutlineTemplateDTO].self, from: text, file: path)
                for dto in decoded {
                    let template = OutlineTemplate(
                        id: dto.id, topics: dto.topics, role: dto.role, priority: dto.priority, when: dto.when,
                        text: dto.text, audience: dto.audience, source: path)
                    var problems = validate(template: template, text: text, topicIDs: topicIDs)
                    if !templateIDs.insert(template.id).inserted {
                        problems.append(Diagnostic(
                            file: path, line: line(of: template.id, in: text), column: 1,
                            message: "duplicate template id '\(template.id)'"))
                    }
                    diagnostics += problems
                    if !problems.contains(where: { $0.severity == .error }) { templates.append(template) }
                }
            } catch {
                diagnostics += error.diagnostics
            }
        }

        var selfChecks: [SelfCheck] = []
        let selfCheckFile = root.appendingPathComponent("selfchecks.yaml")
        let selfCheckPath = display + "/selfchecks.yaml"
        if let text = read(selfCheckFile, path: selfCheckPath, diagnostics: &diagnostics) {
            do {
                selfChecks = try YAMLFile.decode([SelfCheckDTO].self, from: text, file: selfCheckPath).map(\.check)
                diagnostics += validate(selfChecks: selfChecks, text: text, file: selfCheckPath, topicIDs: topicIDs, ruleIDs: Set(rules.map(\.id)))
            } catch {
                diagnostics += error.diagnostics
            }
        }

        var glossary: [GlossaryEntry] = []
        let glossaryPath = display + "/glossary.yaml"
        if let text = read(root.appendingPathComponent("glossary.yaml"), path: glossaryPath, diagnostics: &diagnostics) {
            do {
                glossary = try YAMLFile.decode([GlossaryEntryDTO].self, from: text, file: glossaryPath).map(\.entry)
                for entry in glossary {
                    for topic in entry.topics where !topicIDs.contains(topic) {
                        diagnostics.append(unknownTopic(topic, file: glossaryPath, text: text, topicIDs: topicIDs))
                    }
                }
            } catch {
                diagnostics += error.diagnostics
            }
        }

        var offTopic: [OffTopicEntry] = []
        let offTopicFile = root.appendingPathComponent("offtopic.yaml")
        let offTopicPath = display + "/offtopic.yaml"
        if FileManager.default.fileExists(atPath: offTopicFile.path),
           let text = read(offTopicFile, path: offTopicPath, diagnostics: &diagnostics) {
            do {
                offTopic = try YAMLFile.decode([OffTopicDTO].self, from: text, file: offTopicPath).map(\.entry)
            } catch {
                diagnostics += error.diagnostics
            }
        }

        var shorthand = Shorthand.empty
        let shorthandFile = root.appendingPathComponent("shorthand.yaml")
        let shorthandPath = display + "/shorthand.yaml"
        if FileManager.default.fileExists(atPath: shorthandFile.path),
           let text = read(shorthandFile, path: shorthandPath, diagnostics: &diagnostics) {
            do {
                shorthand = try YAMLFile.decode(ShorthandDTO.self, from: text, file: shorthandPath).shorthand
            } catch {
                diagnostics += error.diagnostics
            }
        }

        var prep = PrepSettings()
        let prepFile = root.appendingPathComponent("prep.yaml")
        let prepPath = display + "/prep.yaml"
        if FileManager.default.fileExists(atPath: prepFile.path),
           let text = read(prepFile, path: prepPath, diagnostics: &diagnostics) {
            do {
                prep = try YAMLFile.decode(PrepSettingsDTO.self, from: text, file: prepPath).settings
            } catch {
                diagnostics += error.diagnostics
            }
        }

        let answerVocabularies = loadAnswerVocabularies(root: root, display: display, diagnostics: &diagnostics)
        let care = CareFiles.load(root: root, display: display, diagnostics: &diagnostics)

        var method = MethodSettings()
        let methodFile = root.appendingPathComponent("method.yaml")
        let methodPath = display + "/method.yaml"
        if FileManager.default.fileExists(atPath: methodFile.path),
           let text = read(methodFile, path: methodPath, diagnostics: &diagnostics) {
            do {
                method = try YAMLFile.decode(MethodSettingsDTO.self, from: text, file: methodPath).settings
            } catch {
                diagnostics += error.diagnostics
            }
        }

        let flags = FlagFiles.load(root: root, display: display, selfChecks: selfChecks, diagnostics: &diagnostics)

        var reasons: [FlagKind: FlagReason] = [:]
        var roleReason: LocalizedText?
        var unknownRoleReason: LocalizedText?
        var accountReason: LocalizedText?
        let reasonsPath = display + "/reasons.yaml"
        let reasonsFile = root.appendingPathComponent("reasons.yaml")
        if FileManager.default.fileExists(atPath: reasonsFile.path),
           let text = read(reasonsFile, path: reasonsPath, diagnostics: &diagnostics) {
            do {
                let file = try YAMLFile.decode(ReasonsFileDTO.self, from: text, file: reasonsPath)
                var problems: [Diagnostic] = []
                for reason in file.reasons {
                    let at = line(of: "flag: \(reason.flag.rawValue)", in: text)
                    for entry in [reason.answer, reason.file] + (reason.unsure.map { [$0] } ?? []) {
                        problems += placeholderProblems(entry, allowed: ["person"], file: reasonsPath, line: at)
                    }
                    reasons[reason.flag] = reason
                }
                for kind in FlagKind.allCases where reasons[kind] == nil {
                    problems.append(Diagnostic(file: reasonsPath, line: line(of: "reasons:", in: text), column: 1, message: "no reason for flag '\(kind.rawValue)': strategies it brings would not say why they are there"))
                }
                if let reason = file.roleReason {
                    problems += placeholderProblems(reason, allowed: ["person", "role"], file: reasonsPath, line: line(of: "role-reason:", in: text))
                }
                if let reason = file.unknownRoleReason {
                    problems += placeholderProblems(reason, allowed: ["person"], file: reasonsPath, line: line(of: "unknown-role-reason:", in: text))
                }
                if let reason = file.accountReason {
                    problems += placeholderProblems(reason, allowed: ["account"], file: reasonsPath, line: line(of: "account-reason:", in: text))
                }
                diagnostics += problems
                if problems.contains(where: { $0.severity == .error }) {
                    reasons = [:]
                } else {
                    roleReason = file.roleReason
                    unknownRoleReason = file.unknownRoleReason
                    accountReason = file.accountReason
                }
            } catch {
                diagnostics += error.diagnostics
            }
        }

        let corpus = Corpus(
            topics: topics, areas: areas, rules: rules, templates: templates, selfChecks: selfChecks, glossary: glossary,
            offTopic: offTopic, shorthand: shorthand, answerVocabularies: answerVocabularies, prep: prep, method: method,
            flags: flags, reasons: reasons, roleReason: roleReason, unknownRoleReason: unknownRoleReason, accountReason: accountReason,
            care: care)
        return Result(corpus: corpus, diagnostics: diagnostics)
    }

    // MARK: Files

    static func files(under directory: URL, extension ext: String) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else { return [] }
        var result: [URL] = []
        for case let url as URL in enumerator where url.pathExtension == ext {
            result.append(url)
        }
        return result.sorted { $0.path < $1.path }
    }

    static func relativePath(of file: URL, to root: URL) -> String {
        let base = root.standardizedFileURL.path
        let path = file.standardizedFileURL.path
        return path.hasPrefix(base + "/") ? String(path.dropFirst(base.count + 1)) : file.lastPathComponent
    }

    static func read(_ file: URL, path: String, diagnostics: inout [Diagnostic]) -> String? {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            diagnostics.append(Diagnostic(file: path, line: 1, column: 1, message: "cannot read the file"))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            diagnostics.append(Diagnostic(file: path, line: 1, column: 1, message: "the file is not UTF-8 text"))
            return nil
        }
        return text
    }

    /// The names of the topic areas (`corpus/areas.tsv`: id, zh-Hant, en); every area a topic
    /// uses needs one. A corpus without the file names its areas by their ids.
    static func loadAreas(root: URL, display: String, topics: [Topic], diagnostics: inout [Diagnostic]) -> [Topic] {
        let path = display + "/areas.tsv"
        let url = root.appendingPathComponent("areas.tsv")
        guard FileManager.default.fileExists(atPath: url.path),
              let text = read(url, path: path, diagnostics: &diagnostics) else { return [] }
        var areas: [Topic] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, line) in lines.enumerated() where offset > 0 {
            if line.trimming(.whitespaces).isEmpty { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 3, fields.allSatisfy({ !$0.isEmpty }) else {
                diagnostics.append(Diagnostic(file: path, line: offset + 1, column: 1, message: "expected 3 tab-separated fields: id, zh-Hant, en"))
                continue
            }
            areas.append(Topic(id: fields[0], nameZhHant: fields[1], nameEn: fields[2], conveys: ""))
        }
        var seen = Set(areas.map(\.id))
        for topic in topics {
            let area = String(topic.id.prefix { $0 != "." })
            guard seen.insert(area).inserted else { continue }
            diagnostics.append(Diagnostic(file: path, line: lines.count, column: 1, message: "topic area '\(area)' (of '\(topic.id)') has no name; add a line: \(area)<TAB>zh-Hant name<TAB>English name"))
        }
        return areas
    }

    static func loadTopics(root: URL, display: String, diagnostics: inout [Diagnostic]) -> [Topic] {
        let path = display + "/topics.tsv"
        guard let text = read(root.appendingPathComponent("topics.tsv"), path: path, diagnostics: &diagnostics) else { return [] }
        var topics: [Topic] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where offset > 0 {
            if line.trimming(.whitespaces).isEmpty { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 4 else {
                diagnostics.append(Diagnostic(file: path, line: offset + 1, column: 1, message: "expected 4 tab-separated fields: id, zh-Hant, en, what it conveys"))
                continue
            }
            topics.append(Topic(id: fields[0], nameZhHant: fields[1], nameEn: fields[2], conveys: fields[3]))
        }
        return topics
    }

    // MARK: Validation

    static func validate(rule: Rule, text: String, topicIDs: [String]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let file = rule.source
        if rule.id.isEmpty || rule.id.contains(where: { !($0.isLowercase || $0.isNumber || $0 == "." || $0 == "-") }) {
            problems.append(Diagnostic(file: file, line: line(of: "id:", in: text), column: 5, message: "rule id '\(rule.id)' may use only lower-case letters, digits, '.' and '-'"))
        }
        if rule.topics.isEmpty {
            problems.append(Diagnostic(file: file, line: line(of: "topics:", in: text), column: 1, message: "a rule needs at least one topic"))
        }
        for topic in rule.topics where !topicIDs.contains(topic) {
            problems.append(unknownTopic(topic, file: file, text: text, topicIDs: topicIDs))
        }
        for language in Language.allCases where rule.body[language].allSatisfy(\.isWhitespace) {
            problems.append(Diagnostic(file: file, line: max(1, text.split(separator: "\n", omittingEmptySubsequences: false).count), column: 1, message: "missing body section '# \(language.rawValue)'"))
        }
        if rule.kind == .strategy && rule.when.isEmpty {
            problems.append(Diagnostic(file: file, line: line(of: "kind:", in: text), column: 1, message: "a strategy needs 'when:' conditions saying on which accounts to offer it"))
        }
        if rule.kind == .lesson && rule.lesson == nil {
            problems.append(Diagnostic(file: file, line: line(of: "kind:", in: text), column: 1, message: "a lesson needs 'lesson: {course: ..., order: ...}'"))
        }
        let needsAsks = rule.kind != .card && rule.kind != .lesson && rule.topics.contains { topic in askedAreas.contains { topic.hasPrefix($0) } }
        for language in Language.allCases {
            let count = rule.asks[language]?.count ?? 0
            let minimum = needsAsks ? minimumAsks : 1
            if count < minimum && rule.kind != .lesson {
                problems.append(Diagnostic(file: file, line: line(of: "asks:", in: text), column: 1, message: "'asks' has \(count) example question(s) in \(language.rawValue); at least \(minimum) needed"))
            }
        }
        problems += validateQuiz(rule: rule, text: text)
        return problems
    }

    /// Every choice and situation item says why each wrong option is wrong, in every language,
    /// one reason per option and none for the right (first) one.
    static func validateQuiz(rule: Rule, text: String) -> [Diagnostic] {
        guard !rule.quiz.isEmpty else { return [] }
        var problems: [Diagnostic] = []
        let file = rule.source
        let starts = quizItemLines(in: text)
        let hasWhyNot = contains("why-not:", in: text)
        for (position, item) in rule.quiz.enumerated() {
            let itemLine = starts.indices.contains(position) ? starts[position] : line(of: "quiz:", in: text)
            let nextLine = starts.indices.contains(position + 1) ? starts[position + 1] : Int.max
            let found = line(of: "why-not:", in: text, after: itemLine)
            let whyNotLine = hasWhyNot && found < nextLine && found >= itemLine ? found : itemLine
            let label = "quiz item \(position + 1)"
            guard item.isMultipleChoice else {
                if !item.whyNot.isEmpty {
                    problems.append(Diagnostic(file: file, line: whyNotLine, column: 1, message: "\(label) is free text: 'why-not' is only for choice and situation items"))
                }
                continue
            }
            if item.whyNot.isEmpty {
                problems.append(Diagnostic(file: file, line: itemLine, column: 1, message: "\(label) has no 'why-not': say in every language why each wrong option is wrong"))
                continue
            }
            for language in Language.allCases {
                let options = item.options[language] ?? []
                guard let reasons = item.whyNot[language] else {
                    problems.append(Diagnostic(file: file, line: whyNotLine, column: 1, message: "\(label): 'why-not' has no list in \(language.rawValue)"))
                    continue
                }
                let at = line(of: "\(language.rawValue):", in: text, after: whyNotLine)
                if reasons.count != options.count {
                    problems.append(Diagnostic(file: file, line: at, column: 1, message: "\(label): 'why-not' in \(language.rawValue) has \(reasons.count) entr\(reasons.count == 1 ? "y" : "ies") for \(options.count) options; give one per option, '~' for the right one"))
                    continue
                }
                if !reasons[0].allSatisfy(\.isWhitespace) {
                    problems.append(Diagnostic(file: file, line: at, column: 1, message: "\(label): the first option is the right one; its 'why-not' in \(language.rawValue) must be '~'"))
                }
                for (index, reason) in reasons.enumerated().dropFirst() where reason.allSatisfy(\.isWhitespace) {
                    problems.append(Diagnostic(file: file, line: at, column: 1, message: "\(label): option \(index + 1) has no 'why-not' reason in \(language.rawValue)"))
                }
            }
        }
        return problems
    }

    /// The 1-based lines where the items of the front matter's `quiz:` list start.
    static func quizItemLines(in text: String) -> [Int] {
        var lines: [Int] = []
        var inQuiz = false
        var itemIndent: Int?
        for (offset, raw) in text.lines(breakingCRLF: false).enumerated() {
            if raw == "---" && inQuiz { break }
            if raw.hasPrefix("quiz:") { inQuiz = true; continue }
            guard inQuiz else { continue }
            let indent = raw.prefix { $0 == " " }.count
            let rest = raw.dropFirst(indent)
            if rest.isEmpty { continue }
            if indent == 0 && !rest.hasPrefix("-") { break }
            if rest.hasPrefix("- ") || rest == "-" {
                if itemIndent == nil { itemIndent = indent }
                if indent == itemIndent { lines.append(offset + 1) }
            }
        }
        return lines
    }

    static func validate(template: OutlineTemplate, text: String, topicIDs: [String]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let file = template.source
        let at = line(of: template.id, in: text)
        for topic in template.topics where !topicIDs.contains(topic) {
            problems.append(unknownTopic(topic, file: file, text: text, topicIDs: topicIDs, near: at))
        }
        let personal = template.when.contains(where: \.isPersonal)
        let issues = template.when.contains { $0.account?.openIssues == true }
        for language in Language.allCases {
            let names = Placeholder.names(in: template.text[language])
            for name in names where !OutlineTemplate.placeholders.contains(name) {
                let allowed = OutlineTemplate.placeholders.sorted()
                problems.append(Diagnostic(
                    file: file, line: line(of: "{\(name)}", in: text, after: at), column: 1,
                    message: "unknown placeholder '{\(name)}'\(Suggestion.hint(for: name, in: allowed)); allowed: \(allowed.map { "{\($0)}" }.joined(separator: ", "))"))
            }
            if (names.contains("person") || names.contains("title")) && !personal {
                problems.append(Diagnostic(file: file, line: at, column: 1, message: "template '\(template.id)' uses {person} or {title} but no 'when:' item names a person (person: or a person flag)"))
                break
            }
            if names.contains("issue") && !issues {
                problems.append(Diagnostic(file: file, line: at, column: 1, message: "template '\(template.id)' uses {issue} but has no 'when: [{account: {open-issues: true}}]'"))
                break
            }
        }
        return problems
    }

    static func validate(selfChecks: [SelfCheck], text: String, file: String, topicIDs: [String], ruleIDs: Set<String>) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var seen = Set<String>()
        for check in selfChecks {
            if !topicIDs.contains(check.topic) {
                problems.append(unknownTopic(check.topic, file: file, text: text, topicIDs: topicIDs))
            }
            if !ruleIDs.contains(check.rule) {
                let hint = Suggestion.hint(for: check.rule, in: Array(ruleIDs))
                problems.append(Diagnostic(file: file, line: line(of: check.rule, in: text), column: 1, message: "self-check '\(check.id)' points to unknown rule '\(check.rule)'\(hint)"))
            }
            for question in [check.id] + check.questions.map(\.id) where !seen.insert(question).inserted {
                problems.append(Diagnostic(file: file, line: line(of: "id: \(question)", in: text), column: 1, message: "duplicate self-check id '\(question)'"))
            }
            for question in check.questions {
                if question.known != nil, question.knownText == nil {
                    problems.append(Diagnostic(file: file, line: line(of: "id: \(question.id)", in: text), column: 1, message: "question '\(question.id)' has 'known' but no 'known-text' to show it"))
                }
                for (trigger, reaction) in question.reactions where !ruleIDs.contains(reaction.rule) {
                    let hint = Suggestion.hint(for: reaction.rule, in: Array(ruleIDs))
                    problems.append(Diagnostic(file: file, line: line(of: reaction.rule, in: text), column: 1, message: "question '\(question.id)' reacts on '\(trigger.rawValue)' with unknown rule '\(reaction.rule)'\(hint)"))
                }
                for trigger in question.raises.keys {
                    let fits = question.answer == .person ? (trigger == .none || trigger == .unsure) : (question.answer == .yesNo && trigger != .none)
                    if !fits {
                        problems.append(Diagnostic(file: file, line: line(of: "id: \(question.id)", in: text), column: 1, message: "question '\(question.id)' (\(question.answer.rawValue)) cannot raise a flag on '\(trigger.rawValue)'"))
                    }
                }
            }
        }
        if selfChecks.count != 5 {
            problems.append(Diagnostic(file: file, line: 1, column: 1, message: "the method has five self-check questions; found \(selfChecks.count)"))
        }
        return problems
    }

    /// `answers/<language>.yaml`: one vocabulary per language, every language present, no phrase
    /// meaning two things (yes and no, or an answer and a filler).
    static func loadAnswerVocabularies(root: URL, display: String, diagnostics: inout [Diagnostic]) -> [AnswerVocabulary] {
        var vocabularies: [AnswerVocabulary] = []
        for language in Language.allCases {
            let path = "\(display)/answers/\(language.rawValue).yaml"
            let file = root.appendingPathComponent("answers/\(language.rawValue).yaml")
            guard FileManager.default.fileExists(atPath: file.path) else {
                diagnostics.append(Diagnostic(file: path, line: 1, column: 1, message: "missing answer vocabulary for \(language.rawValue): the prep flow cannot read yes, no or names in that language"))
                continue
            }
            guard let text = read(file, path: path, diagnostics: &diagnostics) else { continue }
            do {
                var vocabulary = try YAMLFile.decode(AnswerVocabularyDTO.self, from: text, file: path).vocabulary
                vocabulary.source = path
                var problems: [Diagnostic] = []
                if vocabulary.language != language {
                    problems.append(Diagnostic(file: path, line: line(of: "language:", in: text), column: 1, message: "this file is for '\(language.rawValue)' but says language '\(vocabulary.language.rawValue)'"))
                }
                let answers: [(String, [String])] = [
                    ("yes", vocabulary.yes), ("no", vocabulary.no), ("unsure", vocabulary.unsure),
                    ("nobody", vocabulary.nobody), ("everyone", vocabulary.everyone),
                ]
                var meaning: [String: String] = [:]
                for (list, phrases) in answers {
                    for phrase in phrases {
                        let key = phrase.lowercased()
                        if let first = meaning[key], first != list {
                            problems.append(Diagnostic(file: path, line: line(of: list + ":", in: text), column: 1, message: "'\(phrase)' is in both '\(first)' and '\(list)'; a phrase can mean one thing only"))
                        }
                        meaning[key] = meaning[key] ?? list
                    }
                }
                for phrase in vocabulary.filler {
                    if let list = meaning[phrase.lowercased()] {
                        problems.append(Diagnostic(file: path, line: line(of: "filler:", in: text), column: 1, message: "filler '\(phrase)' is also an answer in '\(list)'; fillers are dropped before reading, so it would never count"))
                    }
                }
                diagnostics += problems
                if !problems.contains(where: { $0.severity == .error }) { vocabularies.append(vocabulary) }
            } catch {
                diagnostics += error.diagnostics
            }
        }
        return vocabularies
    }

    /// Placeholders in a text that are not allowed there.
    static func placeholderProblems(_ text: LocalizedText, allowed: Set<String>, file: String, line: Int) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for language in Language.allCases {
            for name in Placeholder.names(in: text[language]) where !allowed.contains(name) {
                let list = allowed.sorted().map { "{\($0)}" }.joined(separator: ", ")
                problems.append(Diagnostic(file: file, line: line, column: 1, message: "unknown placeholder '{\(name)}' in \(language.rawValue)\(Suggestion.hint(for: name, in: Array(allowed))); allowed: \(list)"))
            }
        }
        return problems
    }

    static func unknownTopic(_ topic: String, file: String, text: String, topicIDs: [String], near: Int = 1) -> Diagnostic {
        let (lineNumber, column) = position(of: topic, in: text, after: near)
        return Diagnostic(
            file: file, line: lineNumber, column: column,
            message: "unknown topic '\(topic)'\(Suggestion.hint(for: topic, in: topicIDs))")
    }

    /// Whether `needle` occurs in `text`, compared byte by byte in the UTF-8 (Foundation's
    /// `contains` converts the text to UTF-16 first, the standard library's generic search is slower
    /// still).
    ///
    /// - Complexity: O(bytes of `text` × bytes of `needle`).
    static func contains(_ needle: String, in text: String) -> Bool {
        var text = text
        var needle = needle
        return text.withUTF8 { bytes in
            needle.withUTF8 { pattern in
                guard !pattern.isEmpty else { return true }
                guard pattern.count <= bytes.count else { return false }
                let first = pattern[0]
                for start in 0...(bytes.count - pattern.count) where bytes[start] == first {
                    var offset = 1
                    while offset < pattern.count, bytes[start + offset] == pattern[offset] { offset += 1 }
                    if offset == pattern.count { return true }
                }
                return false
            }
        }
    }

    /// The 1-based line of the first occurrence of `needle` at or after line `after`.
    static func line(of needle: String, in text: String, after: Int = 1) -> Int {
        position(of: needle, in: text, after: after).line
    }

    /// The first line at or after line `after` that contains `needle`, and the column (in Unicode
    /// scalars, from 1) where it starts there; `(after, 1)` when no line does.
    ///
    /// - Complexity: O(bytes of `text` × bytes of `needle`), reading the UTF-8 in place (the
    ///   validation asks this many times per file, so it splits nothing and allocates nothing).
    static func position(of needle: String, in text: String, after: Int = 1) -> (line: Int, column: Int) {
        var text = text
        var needle = needle
        return text.withUTF8 { bytes in
            needle.withUTF8 { pattern in
                guard !pattern.isEmpty else { return (after, 1) }
                let count = bytes.count, first = pattern[0]
                var lineNumber = 1, lineStart = 0, index = 0
                while index < count {
                    let byte = bytes[index]
                    if byte == 0x0A {
                        lineNumber += 1
                        lineStart = index + 1
                    } else if byte == first, lineNumber >= after, index + pattern.count <= count {
                        var matched = true
                        for offset in 1..<pattern.count where bytes[index + offset] != pattern[offset] || bytes[index + offset] == 0x0A {
                            matched = false
                            break
                        }
                        if matched {
                            let prefix = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<index]), as: UTF8.self)
                            return (lineNumber, prefix.unicodeScalars.count + 1)
                        }
                    }
                    index += 1
                }
                return (after, 1)
            }
        }
    }
}

/// Results of parsing files concurrently, one slot per file.
final class ParsedFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<(Rule, String), DiagnosticError>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<(Rule, String), DiagnosticError>) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    var results: [Result<(Rule, String), DiagnosticError>?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
