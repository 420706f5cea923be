public import CoachCore
import CoachRetrieval
public import CoachStore

/// Finds visit logs by words, in Chinese or English: both sides go through
/// `TextNormalizer.normalize`, so case and full-width forms do not matter and Simplified finds
/// Traditional (`帐单` finds `帳單`).
public enum JournalSearch {
    /// Whether every word of `query` occurs in the log (its content, account id and name, visitor,
    /// and the texts of the follow-ups raised at it).
    ///
    /// ```swift
    /// JournalSearch.matches(detail, accountName: "華東郵政分公司", query: "帐单")   // true for 月結帳單…
    /// ```
    /// The words of `query` for the store's search (`JournalQuery.words`), each with the accounts
    /// whose name contains it, so the store's SQL keeps exactly the logs `matches` keeps.
    public static func words(_ query: String, accountNames: [String: String]) -> [JournalQuery.Word] {
        let folded = accountNames.mapValues(TextNormalizer.normalize)
        return JournalSearchText.words(query).map { word in
            JournalQuery.Word(text: word, accounts: folded.filter { $0.value.contains(word) }.map(\.key).sorted())
        }
    }

    /// The reference matcher (a substring test in Swift over the whole log), kept to check the
    /// store's indexed search against.
    public static func matches(_ detail: VisitLogDetail, accountName: String?, query: String) -> Bool {
        let words = TextNormalizer.normalize(query).split(separator: " ").map(String.init)
        guard !words.isEmpty else { return true }
        let log = detail.log
        let fields = log.content.searchableText + [log.accountID, log.visitor, accountName ?? ""] + detail.followUps.flatMap { [$0.text, $0.department ?? ""] }
        let haystack = TextNormalizer.normalize(fields.joined(separator: " \u{1F} "))
        return words.allSatisfy { haystack.contains($0) }
    }
}
