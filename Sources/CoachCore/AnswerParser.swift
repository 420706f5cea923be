import Foundation

/// Reads a typed answer for a self-check sub-question.
public enum AnswerParser {
    static let yesWords: Set<String> = ["y", "yes", "yeah", "yep", "true", "ok", "是", "是的", "有", "对", "對", "对的", "對的", "嗯", "好", "确定", "確定", "肯定", "当然", "當然", "会", "會", "用了", "问了", "問了", "变了", "變了", "有的"]
    static let noWords: Set<String> = ["n", "no", "nope", "false", "否", "不", "不是", "没有", "沒有", "没", "沒", "无", "無", "不对", "不對", "还没", "還沒", "还没有", "還沒有", "不会", "不會", "未", "不确定", "不確定", "不知道", "不清楚", "不太清楚", "没用", "沒用", "没问", "沒問", "没变", "沒變"]
    static let nobodyWords: Set<String> = ["none", "nobody", "no one", "noone", "no", "n", "没有", "沒有", "没人", "沒人", "无", "無", "没有人", "沒有人", "都见过", "都見過", "都見過了", "都见过了", "不知道", "-"]

    /// `yes`, `no`, or nil when the text is neither.
    ///
    /// A yes or no followed by more words counts too: "是的，一直在做", "no, not yet", "没有，还没找到".
    public static func yesNo(_ text: String) -> PrepAnswer.Value? {
        let word = normalize(text)
        if yesWords.contains(word) { return .yes }
        if noWords.contains(word) { return .no }
        let separators = CharacterSet(charactersIn: " ,，、;；:：.。!！")
        guard let lead = word.components(separatedBy: separators).first, lead.count < word.count, !lead.isEmpty else { return nil }
        if noWords.contains(lead) { return .no }
        if yesWords.contains(lead) { return .yes }
        return nil
    }

    /// People chosen by number (`1`, `1,3`) or by name from `people`; an empty list for "nobody".
    /// Names not in the list are kept as typed. Nil for empty input.
    public static func people(_ text: String, from people: [Person]) -> PrepAnswer.Value? {
        let word = normalize(text)
        guard !word.isEmpty else { return nil }
        if nobodyWords.contains(word) { return .people([]) }
        let whole = text.trimmingCharacters(in: .whitespaces)
        if let person = people.first(where: { $0.name.lowercased() == whole.lowercased() }) { return .people([person.name]) }
        // Separators between several people; a space separates only numbers ("1 3"), since
        // names such as "Sarah Whitfield" contain spaces.
        var parts: [String] = []
        for piece in whole.split(whereSeparator: { ",，、;；/".contains($0) }) {
            let part = piece.trimmingCharacters(in: .whitespaces)
            let words = part.split(separator: " ")
            if words.count > 1, words.allSatisfy({ Int($0) != nil }) {
                parts += words.map(String.init)
            } else if !part.isEmpty {
                parts.append(part)
            }
        }
        var names: [String] = []
        for part in parts {
            if let number = Int(part), (1...people.count).contains(number) {
                names.append(people[number - 1].name)
            } else if let person = people.first(where: { $0.name.lowercased() == part.lowercased() })
                        ?? people.first(where: { part.contains($0.name) }) {
                names.append(person.name)
            } else if Int(part) == nil {
                names.append(part)
            } else {
                return nil
            }
        }
        var seen = Set<String>()
        return .people(names.filter { seen.insert($0).inserted })
    }

    static func normalize(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: ".!。！～~")))
            .lowercased()
    }

    /// Whether the text reads as a question to the coach rather than an answer.
    public static func looksLikeQuestion(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("?") || trimmed.hasSuffix("？") { return true }
        let lower = trimmed.lowercased()
        let starters = ["how ", "what ", "why ", "who ", "when ", "should ", "can i", "is it", "what's", "怎么", "怎麼", "为什么", "為什麼", "什么", "什麼", "如何", "能不能", "要不要", "该不该", "該不該", "请问", "請問"]
        return starters.contains { lower.hasPrefix($0) }
    }
}
