public import CoachCore
import Foundation

/// The command line's errors in the language chosen at start-up: ArgumentParser's prefix, its
/// own messages and the lines around them (`Help:`, `Usage:`, `See '…' for more information.`),
/// translated after ArgumentParser has written them in English.
///
/// ```swift
/// ErrorText.localize("Error: Missing expected argument '<account>'", .zhHant)
/// // 錯誤：缺少參數 '<account>'
/// ```
public enum ErrorText: LocalizedTextTable {
    /// What every error starts with: `Error: `, `错误：`, `錯誤：`.
    public static func prefix(_ language: Language) -> String {
        l("Error: ", "错误：", "錯誤：")[language]
    }

    /// `text` with ArgumentParser's words in `language` (unchanged in English).
    public static func localize(_ text: String, _ language: Language) -> String {
        guard language != .en else { return text }
        var text = text
        func say(_ english: String, _ zhHans: String, _ zhHant: String) -> String { l(english, zhHans, zhHant)[language] }
        // The shared options' own errors (OptionsError), before the sentence they close.
        let own: [(String, String, String)] = [
            (": " + OptionsError.notAPeriod.description,
             "；请用 YYYY-MM-DD、YYYY-MM、YYYY-Qn、YYYY，或今天、昨天、本周、上周、本月、上个月、本季、上季、今年、全部",
             "；請用 YYYY-MM-DD、YYYY-MM、YYYY-Qn、YYYY，或今天、昨天、本週、上週、本月、上個月、本季、上季、今年、全部"),
            (": " + OptionsError.notAnInstant.description,
             "；请用 ISO 8601 格式，例如 2026-11-05T10:30:00+08:00", "；請用 ISO 8601 格式，例如 2026-11-05T10:30:00+08:00"),
            (": " + OptionsError.notAStatus.description,
             "；请用未处理、处理中、已解决或已告知客户", "；請用未處理、處理中、已解決或已告知客戶"),
            (OptionsError.statusTwice.description,
             "状态只能给一次：直接写，或用 --status，不能两个都用。", "狀態只能給一次：直接寫，或用 --status，不能兩個都用。"),
            (OptionsError.nothingToChange.description,
             "没有要修改的内容；请给状态、--department、--due 或 --owner。", "沒有要修改的內容；請給狀態、--department、--due 或 --owner。"),
            (OptionsError.periodTwice.description,
             "期间只能给一次：直接写，或用 --period，不能两个都用。", "期間只能給一次：直接寫，或用 --period，不能兩個都用。"),
            (OptionsError.commentTwice.description,
             "评语只能给一次：直接写，或用 --comment，不能两个都用。", "評語只能給一次：直接寫，或用 --comment，不能兩個都用。"),
        ]
        for (english, zhHans, zhHant) in own {
            text = text.replacingOccurrences(of: english, with: say(english, zhHans, zhHant))
        }
        text.replace(/Unknown option '([^']*)'\. Did you mean '([^']*)'\?/) { match in
            say("", "没有 '\(match.1)' 这个选项（你是不是想输入 '\(match.2)'？）", "沒有 '\(match.1)' 這個選項（你是不是想輸入 '\(match.2)'？）")
        }
        text.replace(/Unknown option '([^']*)'/) { match in
            say("", "没有 '\(match.1)' 这个选项", "沒有 '\(match.1)' 這個選項")
        }
        text.replace(/Invalid option: (\S+)/) { match in say("", "无效的选项：\(match.1)", "無效的選項：\(match.1)") }
        text.replace(/Missing value for '([^']*)'/) { match in
            say("", "'\(match.1)' 后面缺少值", "'\(match.1)' 後面缺少值")
        }
        text.replace(/The option '([^']*)' does not take any value, but '([^']*)' was specified\./) { match in
            say("", "'\(match.1)' 不接受值，却给了 '\(match.2)'。", "'\(match.1)' 不接受值，卻給了 '\(match.2)'。")
        }
        text.replace(/(\d+) unexpected arguments: ('.*')/) { match in
            say("", "多了 \(match.1) 个参数：\(list(match.2, language))", "多了 \(match.1) 個參數：\(list(match.2, language))")
        }
        text.replace(/Unexpected argument '([^']*)'/) { match in
            say("", "多了一个参数 '\(match.1)'", "多了一個參數 '\(match.1)'")
        }
        text.replace(/Missing expected argument '([^']*)'/) { match in
            say("", "缺少参数 '\(match.1)'", "缺少參數 '\(match.1)'")
        }
        text.replace(/Missing one of: ('.*')/) { match in
            say("", "缺少其中一个：\(list(match.1, language))", "缺少其中一個：\(list(match.1, language))")
        }
        text.replace(/Missing required subcommand\./) { _ in say("", "缺少子命令。", "缺少子命令。") }
        text.replace(/Value to be set with (.*) had already been set with (.*)/) { match in
            say("", "\(match.2) 已经设定过这个值，\(match.1) 不能再设定一次", "\(match.2) 已經設定過這個值，\(match.1) 不能再設定一次")
        }
        text.replace(/The value '([^']*)' is invalid for '([^']*)'\. Please provide one of the following:/) { match in
            say("", "'\(match.2)' 不能用 '\(match.1)'；可用的值：", "'\(match.2)' 不能用 '\(match.1)'；可用的值：")
        }
        text.replace(/The value '([^']*)' is invalid for '([^']*)'\. Please provide one of (.*)\./) { match in
            say("", "'\(match.2)' 不能用 '\(match.1)'；请用 \(list(match.3, language))。", "'\(match.2)' 不能用 '\(match.1)'；請用 \(list(match.3, language))。")
        }
        text.replace(/The value '([^']*)' is invalid for '([^']*)'/) { match in
            say("", "'\(match.2)' 不能用 '\(match.1)'", "'\(match.2)' 不能用 '\(match.1)'")
        }
        text.replace(/The value '([^']*)' is invalid\./) { match in say("", "'\(match.1)' 不是有效的值。", "'\(match.1)' 不是有效的值。") }
        text.replace(#/(?m)^Help:  /#) { _ in say("", "说明：", "說明：") }
        text.replace(#/(?m)^Usage: /#) { _ in say("", "用法：", "用法：") }
        text.replace(/(?m)^  See '([^']*)' for more information\./) { match in
            say("", "  详见 '\(match.1)'。", "  詳見 '\(match.1)'。")
        }
        return text
    }

    /// `'a', 'b' or 'c'` (and `'a' and 'b'`) as a Chinese list: `'a'、'b' 或 'c'`.
    static func list(_ english: Substring, _ language: Language) -> String {
        list(String(english), language)
    }

    static func list(_ english: String, _ language: Language) -> String {
        guard let last = english.range(of: #"' (or|and) '"#, options: [.regularExpression, .backwards]) else { return english }
        let head = english[..<last.lowerBound].replacingOccurrences(of: "', '", with: "'、'")
        return head + "' 或 '" + english[last.upperBound...]
    }
}
