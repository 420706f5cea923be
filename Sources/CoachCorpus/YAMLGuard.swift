internal import CYaml

/// Checks an account file's YAML event stream before Yams composes it, so a hostile file is
/// refused in one linear pass instead of exhausting memory or time.
///
/// Refused: merge keys (`<<`, or the `!!merge` tag; the format does not use them), keys that are
/// not plain scalars (an alias or a collection as a key makes Yams hash a whole subtree), nesting
/// deeper than `maxDepth` (Yams composes recursively), more than `maxAliases` aliases, and aliases
/// that together stand for more than `maxAliasedNodes` nodes (the "billion laughs": ten levels of
/// ten aliases are 10¹⁰ nodes in 200 bytes). The expanded size of every anchor is computed as its
/// node closes, so the check never expands anything: O(n) in the file's events.
///
/// ```swift
/// let problems = YAMLGuard.check(text)   // [] for an ordinary account file
/// ```
enum YAMLGuard {
    /// Deeper than any account file needs (it needs 3), shallow enough for Yams' recursion.
    static let maxDepth = 64
    /// Aliases (`*name`) in one file.
    static let maxAliases = 1_000
    /// Nodes that all aliases together may stand for.
    static let maxAliasedNodes = 100_000

    /// A problem at a 1-based line and column.
    struct Finding: Equatable {
        var line: Int
        var column: Int
        var problem: AccountFileProblem
    }

    /// The findings in `text`, in file order; empty when the stream is safe to compose. A syntax
    /// error ends the scan without a finding (Yams reports it with its context).
    static func check(_ text: String) -> [Finding] {
        var copy = text
        return copy.withUTF8 { buffer in scan(buffer) }
    }

    private struct Frame {
        var anchor: String?
        var size = 1
        var isMapping: Bool
        var expectsKey = true
    }

    private static func scan(_ buffer: UnsafeBufferPointer<UInt8>) -> [Finding] {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return [] }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)

        var findings: [Finding] = []
        var stack: [Frame] = []
        var anchorSizes: [String: Int] = [:]
        var aliases = 0
        var aliasedNodes = 0
        var documents = 0

        func finding(_ mark: yaml_mark_t, _ problem: AccountFileProblem) -> Finding {
            Finding(line: Int(mark.line) + 1, column: Int(mark.column) + 1, problem: problem)
        }
        /// Adds a finished node of `size` to its parent, which then expects a value or the next key.
        func finish(size: Int) {
            guard !stack.isEmpty else { return }
            stack[stack.count - 1].size = min(stack[stack.count - 1].size + size, Int.max / 2)
            if stack[stack.count - 1].isMapping { stack[stack.count - 1].expectsKey.toggle() }
        }
        var inKeyPosition: Bool { stack.last.map { $0.isMapping && $0.expectsKey } ?? false }

        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else {
                // libyaml's own nesting limit can be reached first, while it looks ahead in `[[[…`.
                guard let problem = parser.problem, String(cString: problem).contains("nesting level") else { return findings }
                return findings + [finding(parser.problem_mark, .tooDeep(limit: maxDepth))]
            }
            defer { yaml_event_delete(&event) }
            let mark = event.start_mark
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return findings
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 { return findings + [finding(mark, .severalDocuments)] }
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let tag = string(scalar.tag)
                if tag == "tag:yaml.org,2002:merge" {
                    findings.append(finding(mark, .mergeTag))
                } else if inKeyPosition, scalar.style == YAML_PLAIN_SCALAR_STYLE, scalar.length == 2,
                          scalar.value[0] == UInt8(ascii: "<"), scalar.value[1] == UInt8(ascii: "<") {
                    findings.append(finding(mark, .mergeKey))
                }
                if let anchor = string(scalar.anchor) { anchorSizes[anchor] = 1 }
                finish(size: 1)
            case YAML_ALIAS_EVENT:
                if inKeyPosition { findings.append(finding(mark, .complexKey)) }
                aliases += 1
                if aliases > maxAliases { return findings + [finding(mark, .tooManyAliases(limit: maxAliases))] }
                let size = string(event.data.alias.anchor).flatMap { anchorSizes[$0] } ?? 1
                aliasedNodes += size
                if aliasedNodes > maxAliasedNodes {
                    return findings + [finding(mark, .aliasesExpandTooMuch(limit: maxAliasedNodes))]
                }
                finish(size: size)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
                let tag = string(isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag)
                if tag == "tag:yaml.org,2002:merge" { findings.append(finding(mark, .mergeTag)) }
                if inKeyPosition { findings.append(finding(mark, .complexKey)) }
                // The key/value toggle of the parent happens when this node closes.
                stack.append(Frame(anchor: string(anchor), isMapping: isMapping))
                if stack.count > maxDepth { return findings + [finding(mark, .tooDeep(limit: maxDepth))] }
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = stack.popLast() else { return findings }
                if let anchor = frame.anchor { anchorSizes[anchor] = frame.size }
                finish(size: frame.size)
            default:
                break
            }
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }
}
