public import CoachCore
import Foundation

/// A rule's text for scripts and one-shot answers.
public enum RuleText {
    /// The gist and the first section (what to do), Markdown emphasis removed.
    public static func concise(_ rule: Rule, language: Language) -> String {
        let first = MarkdownText.sections(rule.body[language]).first ?? ""
        return rule.gist[language] + "\n\n" + plain(first)
    }

    /// The whole body, Markdown emphasis removed.
    public static func full(_ rule: Rule, language: Language) -> String {
        plain(rule.body[language])
    }

    static func plain(_ markdown: String) -> String {
        MarkdownText.stripEmphasis(markdown)
    }
}
