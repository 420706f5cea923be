public import ArgumentParser
public import CoachCore
import Foundation

/// The command line's help in the language chosen at start-up (`--lang`, else the locale):
/// abstracts and option help are looked up in `HelpCatalog` when ArgumentParser builds the help,
/// which happens after `Coach.main` has set `language`; its own headings are translated after.
///
/// ```swift
/// @Option(name: .long, help: .l("Only this account."))   // 只限這個客戶。 with --lang zh-Hant
/// ```
public enum HelpText {
    /// Set once in `Coach.main`, before any command type is asked for its configuration.
    nonisolated(unsafe) public static var language: Language = .en

    /// `english` in the help language (English when the catalogue has no translation).
    public static func text(_ english: String) -> String {
        guard language != .en, let traditional = HelpCatalog.zhHant[english] else { return english }
        return language == .zhHant ? traditional : simplified(traditional)
    }

    /// Simplified text from the Traditional: folded character by character, then the words
    /// that differ between the two (檔案 → 文件, 匯入 → 导入…).
    public static func simplified(_ traditional: String) -> String {
        var text = TraditionalToSimplified.fold(traditional)
        for (from, to) in HelpCatalog.simplifiedWords { text = text.replacingOccurrences(of: from, with: to) }
        return text.replacingOccurrences(of: "客户文件", with: "客户档案")
    }

    /// ArgumentParser's own words in the help (headings, built-in flags, "(values: …; default: …)")
    /// in the help language.
    public static func localizeFrame(_ help: String) -> String {
        guard language != .en else { return help }
        var text = help
        for (english, traditional) in HelpCatalog.frame {
            text = text.replacingOccurrences(of: english, with: language == .zhHant ? traditional : simplified(traditional))
        }
        let defaultWord = language == .zhHant ? "預設" : "默认"
        let valuesWord = "可用值"
        var result = ""
        var rest = Substring(text)
        while let open = [rest.firstRange(of: "(values: "), rest.firstRange(of: "(default: ")].compactMap({ $0 }).min(by: { $0.lowerBound < $1.lowerBound }) {
            guard let close = rest[open.upperBound...].firstIndex(of: ")") else { break }
            let inside = rest[rest.index(after: open.lowerBound)..<close]
                .replacingOccurrences(of: "values: ", with: valuesWord + "：")
                .replacingOccurrences(of: "; default: ", with: "；" + defaultWord + "：")
                .replacingOccurrences(of: "default: ", with: defaultWord + "：")
            var before = String(rest[..<open.lowerBound])
            if before.hasSuffix("。 ") { before.removeLast() }
            result += before + "（" + inside + "）"
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}

extension ArgumentHelp {
    /// Help for an option in the help language.
    public static func l(_ english: String) -> ArgumentHelp { ArgumentHelp(HelpText.text(english)) }
}
