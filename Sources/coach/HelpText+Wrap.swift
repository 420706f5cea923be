import CoachCore
import CoachOptions
import CoachTerminal
import Foundation

extension HelpText {
    /// Lines wider than `width` wrapped between words by display width; an option's description
    /// continues under itself (the column after the option's name).
    static func wrap(_ text: String, width: Int) -> String {
        text.components(separatedBy: "\n").flatMap { line -> [String] in
            guard DisplayWidth.of(line) > width else { return [line] }
            let leading = line.prefix { $0 == " " }.count
            var hang = leading
            if let gap = line.dropFirst(leading).range(of: "  ") {
                let afterGap = line[gap.lowerBound...].prefix { $0 == " " }.count
                hang = line.distance(from: line.startIndex, to: gap.lowerBound) + afterGap
            }
            if hang > width / 2 { hang = leading + 2 }
            return TextWrapper.wrap(line, width: width, indent: String(repeating: " ", count: max(0, hang - leading)))
        }.joined(separator: "\n")
    }
}
