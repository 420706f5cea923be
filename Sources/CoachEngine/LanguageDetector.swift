public import CoachCore
import CoachRetrieval

/// Guesses the language a question is written in, so the coach answers in it.
public enum LanguageDetector {
    /// Traditional if any Traditional-only character appears, Simplified if other Chinese does,
    /// English if there are Latin letters and no Chinese; else `fallback`.
    ///
    /// Chinese shared by both scripts keeps the session's Chinese variant.
    public static func detect(_ text: String, fallback: Language) -> Language {
        var traditional = 0, simplified = 0, chinese = 0, latin = 0
        for character in text {
            if TraditionalToSimplified.isTraditional(character) { traditional += 1 }
            if TraditionalToSimplified.isSimplified(character) { simplified += 1 }
            if let value = character.unicodeScalars.first?.value, (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) {
                chinese += 1
            } else if character.isASCII && character.isLetter {
                latin += 1
            }
        }
        if chinese == 0 { return latin > 0 ? .en : fallback }
        if traditional > simplified { return .zhHant }
        if simplified > traditional { return .zhHans }
        return fallback == .en ? .zhHans : fallback
    }
}
