import CoachCore
import CoachTerminal
import CoachTestSupport
import Foundation
import Testing

/// The command line helps a user who mistypes: suggestions, a version, files given to the wrong command.
@Suite(.serialized) struct CommandLineHelpTests {
    func environment() throws -> (env: [String: String], home: URL) {
        let home = try CoachBinary.temporaryDirectory()
        let env = [
            "HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path, "COACH_CORPUS": Fixtures.corpusDirectory,
            "LANG": "en_US.UTF-8", "LC_ALL": "", "TZ": "UTC",
        ]
        return (env, home)
    }

    @Test func aMisspeltSubcommandIsNamedWithASuggestion() throws {
        let (env, home) = try environment()
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try CoachBinary.run(["accuont", "list"], environment: env)
        #expect(result.status != 0)
        #expect(result.stderr.contains("'coach' has no command 'accuont' (did you mean 'account'?)"), "\(result.stderr)")
        #expect(!result.stderr.contains("coach chat"))
        let nested = try CoachBinary.run(["--lang", "zh-Hant", "account", "lsit"], environment: env)
        #expect(nested.stderr.contains("'coach account' 沒有 'lsit' 這個命令（你是不是想輸入 'list'？）"), "\(nested.stderr)")
        #expect(try CoachBinary.run(["journal", "--short"], environment: env).status == 0)
    }

    /// `coach --help` and `coach help X` follow --lang or the locale: headings, abstracts, option
    /// help and discussions of every command, laid out by display width.
    @Test func helpFollowsTheLanguage() throws {
        var (env, home) = try environment()
        defer { try? FileManager.default.removeItem(at: home) }
        env["LANG"] = "zh_TW.UTF-8"
        let root = try CoachBinary.run(["help"], environment: env)
        #expect(root.status == 0)
        #expect(root.stdout.hasPrefix("概要：VisitCoach：幫大客戶業務準備"), "\(root.stdout)")
        #expect(root.stdout.contains("子命令：") && root.stdout.contains("chat（預設）"))
        let simplified = try CoachBinary.run(["help", "account", "import", "--lang", "zh-Hans"], environment: env)
        #expect(simplified.stdout.contains("导入或更新客户档案"), "\(simplified.stdout)")
        #expect(simplified.stdout.contains("选项："))
        let flagFirst = try CoachBinary.run(["--lang", "zh-Hans", "help", "review"], environment: env)
        #expect(flagFirst.stdout.contains("给主管用"), "\(flagFirst.stdout)")
        let english = try CoachBinary.run(["help", "account", "import", "--lang", "en"], environment: env)
        #expect(english.stdout.contains("OVERVIEW: Import or update account files"))
        for line in root.stdout.split(separator: "\n") + simplified.stdout.split(separator: "\n") {
            #expect(DisplayWidth.of(String(line)) <= 80, "wider than 80 columns: \(line)")
        }
        // Every abstract, discussion and option help of every command is translated.
        let dump = try CoachBinary.run(["--lang", "zh-Hant", "--experimental-dump-help"], environment: env)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        var untranslated: [String] = []
        func visit(_ command: [String: Any]) {
            var texts = [command["abstract"] as? String, command["discussion"] as? String].compactMap { $0 }
            for argument in command["arguments"] as? [[String: Any]] ?? [] {
                if let abstract = argument["abstract"] as? String { texts.append(abstract) }
            }
            untranslated += texts.filter { !$0.isEmpty && !$0.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }
            for sub in command["subcommands"] as? [[String: Any]] ?? [] { visit(sub) }
        }
        visit(try #require(json["command"] as? [String: Any]))
        // ArgumentParser's own flags are translated on the help screen itself.
        untranslated.removeAll { ["Show the version.", "Show help information.", "Show subcommand help information."].contains($0) }
        #expect(root.stdout.contains("顯示說明。"))
        #expect(untranslated.isEmpty, "help without a translation: \(untranslated)")
    }

    /// Only help screens are translated and re-wrapped: a completion script or the version printed
    /// under a Chinese locale is byte for byte what English prints (a re-wrapped script is broken).
    @Test func completionScriptsAreNotTranslatedOrRewrapped() throws {
        var (env, home) = try environment()
        defer { try? FileManager.default.removeItem(at: home) }
        for shell in ["bash", "zsh", "fish"] {
            let english = try CoachBinary.run(["--generate-completion-script", shell], environment: env)
            env["LANG"] = "zh_TW.UTF-8"
            let chinese = try CoachBinary.run(["--generate-completion-script", shell], environment: env)
            env["LANG"] = "en_US.UTF-8"
            #expect(english.status == 0 && chinese.status == 0)
            #expect(!english.stdout.isEmpty)
            #expect(chinese.stdout == english.stdout, "the \(shell) completion script changed under a Chinese locale")
        }
    }

    @Test func printsItsVersion() throws {
        let (env, home) = try environment()
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try CoachBinary.run(["--version"], environment: env)
        #expect(result.status == 0)
        #expect(result.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, "\(result.stdout)")
    }

    @Test func anAccountFileGivenToImportPointsToAccountImportAndImportsNothing() throws {
        let (env, home) = try environment()
        defer { try? FileManager.default.removeItem(at: home) }
        let store = home.appendingPathComponent("coach.sqlite").path
        let file = try #require(Fixtures.demoAccountFiles.first { $0.hasSuffix("east-post.yaml") })
        let result = try CoachBinary.run(["import", file, "--store", store], environment: env)
        #expect(result.status != 0)
        #expect(!result.stderr.contains("not valid JSON"))
        #expect(result.stderr.contains("this is an account file (YAML), not a team export"))
        #expect(result.stderr.contains("coach account import \(file)"))
        #expect(result.stderr.split(separator: "\n").count == 2)
    }

    @Test func reVerifyingAVerifiedLogAddsNothingAndReviewFootersUseCommandLineSyntax() throws {
        var (env, home) = try environment()
        defer { try? FileManager.default.removeItem(at: home) }
        env["COACH_NOW"] = "2026-12-02T09:00:00Z"
        let store = home.appendingPathComponent("coach.sqlite").path
        func coach(_ arguments: [String]) throws -> CoachBinary.Result { try CoachBinary.run(arguments + ["--store", store], environment: env) }
        #expect(try coach(["account", "import"] + Fixtures.demoAccountFiles).status == 0)
        let added = try coach(["journal", "add", "--account", "east-post", "--visitor", "李明", "--date", "2026-11-20", "--discussed", "投遞時效"])
        #expect(added.status == 0, "\(added.stderr)")

        // 2 December: this month is empty, last month is pointed to in command-line syntax.
        let empty = try coach(["review"])
        #expect(empty.stdout.contains("2026-11 has 1 entries: coach review --period 2026-11"), "\(empty.stdout)")
        let all = try coach(["review", "--period", "all"])
        #expect(all.stdout.contains("Review all periods"), "\(all.stdout)")
        #expect(!all.stdout.contains("*"))
        #expect(all.stdout.contains("coach review show log|session N"))
        #expect(!all.stdout.contains("/review"))
        // The period as words, as /review takes it, is the same as --period.
        #expect(try coach(["review", "last", "month"]).stdout == (try coach(["review", "--period", "last month"])).stdout)
        let bad = try coach(["review", "--period", "2026-13"])
        #expect(bad.stderr.hasPrefix("Error: The value '2026-13' is invalid for '--period <period>': use YYYY-MM-DD"), "\(bad.stderr)")

        #expect(try coach(["review", "verify", "log", "1", "--comment", "Good.", "--by", "王經理"]).status == 0)
        let again = try coach(["review", "verify", "log", "1", "--comment", "Good.", "--by", "王經理"])
        #expect(again.status == 0)
        #expect(again.stdout.contains("already verified (王經理, 2026-12-02); nothing was added"), "\(again.stdout)")
        let json = try coach(["review", "--period", "all", "--json"])
        let entries = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let first = (entries?["entries"] as? [[String: Any]])?.first
        #expect((first?["verifications"] as? [Any])?.count == 1)
        #expect(try coach(["review", "verify", "log", "1", "--comment", "Once more.", "--again"]).status == 0)
    }

    /// Command lines a user gets wrong, each refused with every word in the user's language
    /// (ArgumentParser's prefix and messages, our own checks, the store's), and only the usage of
    /// the command that was typed.
    static let mistakes: [[String]] = [
        ["account", "show"],                               // a missing argument
        ["journal", "list", "--format", "xml"],            // a value not allowed
        ["journal", "--format", "xml"],                    // the same through the default subcommand
        ["journal", "--bogus"],                            // an unknown option
        ["account", "show", "east-post", "extra"],         // one argument too many
        ["report", "monthly", "--period", "2026-13"],      // refused by the command itself
        ["today", "--date", "garbage"],
        ["journal", "list", "--limit", "0"],
        ["account", "show", "nope"],                       // the store's error
        ["journal", "show", "999"],
        ["followups", "set", "999", "--status", "resolved"],
    ]

    /// What may stay in Latin letters on a Chinese screen: quoted words ('--format', 'xml'),
    /// options, placeholders, date patterns, the usage line and the option's help line (the help
    /// screens' own test checks those are translated; the values in them are what a user types).
    static func englishWords(in text: String) -> [String] {
        var rest = text
        for pattern in [#"'[^']*'"#, #"“[^”]*”"#, #"「[^」]*」"#, #"(用法|說明|说明)：.*"#, #"--[a-z-]+"#, #"<[^>]*>"#, #"\bcoach [a-z ]+"#, #"YYYY(-MM(-DD)?|-Qn)?"#, #"ISO 8601"#] {
            rest = rest.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return rest.split(whereSeparator: { !$0.isASCII || !$0.isLetter }).map(String.init).filter { $0.count >= 2 }
    }

    @Test(arguments: [("zh-Hant", "錯誤："), ("zh-Hans", "错误：")])
    func mistakesAreRefusedInTheUsersLanguage(language: String, prefix: String) throws {
        let (env, home) = try environment()
        defer { try? FileManager.default.removeItem(at: home) }
        let store = home.appendingPathComponent("coach.sqlite").path
        for arguments in Self.mistakes {
            let result = try CoachBinary.run(arguments + ["--lang", language, "--store", store], environment: env)
            let shown = arguments.joined(separator: " ")
            #expect(result.status != 0, "\(shown)")
            #expect(result.stderr.hasPrefix(prefix), "\(shown): \(result.stderr)")
            #expect(!result.stderr.contains("Error"), "\(shown): \(result.stderr)")
            #expect(Self.englishWords(in: result.stderr).isEmpty, "\(shown): English in \(result.stderr)")
            #expect(!result.stderr.contains("coach <subcommand>"), "\(shown): the root usage for a subcommand's error")
        }
        // The value of an option is not taken for a mistyped subcommand.
        let value = try CoachBinary.run(["journal", "--format", "xml", "--lang", language, "--store", store], environment: env)
        #expect(value.stderr.contains("'xml'") && value.stderr.contains("--format"), "\(value.stderr)")
        #expect(!value.stderr.contains("命令"), "\(value.stderr)")
    }

    @Test func mistakesInEnglishKeepArgumentParsersWords() throws {
        let (env, home) = try environment()
        defer { try? FileManager.default.removeItem(at: home) }
        let store = home.appendingPathComponent("coach.sqlite").path
        let missing = try CoachBinary.run(["account", "show", "--store", store], environment: env)
        #expect(missing.stderr.hasPrefix("Error: Missing expected argument '<account>'"), "\(missing.stderr)")
        let period = try CoachBinary.run(["report", "monthly", "--period", "2026-13", "--store", store], environment: env)
        #expect(period.stderr.hasPrefix("Error: invalid --period '2026-13'"), "\(period.stderr)")
        #expect(period.stderr.contains("See 'coach report --help' for more information."), "\(period.stderr)")
    }

    /// `make install PREFIX=…` puts the binary, its corpus, the three completion scripts and the
    /// man pages under the prefix, and the installed coach finds its corpus there.
    @Test func makeInstallInstallsIntoAPrefix() throws {
        let (env, home) = try environment()
        defer { try? FileManager.default.removeItem(at: home) }
        let prefix = home.appendingPathComponent("prefix").path
        let make = Process()
        make.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        make.arguments = ["make", "--no-print-directory", "-C", Fixtures.packageRoot.path, "install", "PREFIX=\(prefix)", "BIN=\(CoachBinary.url.path)"]
        make.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        make.standardError = errors
        try make.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        make.waitUntilExit()
        #expect(make.terminationStatus == 0, "\(message)")
        let files = FileManager.default
        #expect(files.isExecutableFile(atPath: prefix + "/bin/coach"))
        for path in ["/share/visitcoach/corpus/topics.tsv", "/share/bash-completion/completions/coach",
                     "/share/zsh/site-functions/_coach", "/share/fish/vendor_completions.d/coach.fish"] {
            #expect(files.fileExists(atPath: prefix + path), "missing \(path)")
        }
        let english = try String(contentsOfFile: prefix + "/share/man/man1/coach.1", encoding: .utf8)
        #expect(english.hasPrefix(".TH COACH 1"))
        #expect(english.contains(".SS \"coach account import\""))
        #expect(english.contains("Import or update account files"))
        let traditional = try String(contentsOfFile: prefix + "/share/man/zh_TW/man1/coach.1", encoding: .utf8)
        #expect(traditional.contains(".SH 名稱") && traditional.contains("匯入或更新客戶檔案"), "\(traditional.prefix(400))")
        let simplified = try String(contentsOfFile: prefix + "/share/man/zh_CN/man1/coach.1", encoding: .utf8)
        #expect(simplified.contains("导入或更新客户档案"))
        // The installed coach finds the installed corpus (no COACH_CORPUS).
        var bare = env
        bare["COACH_CORPUS"] = nil
        let installed = Process()
        installed.executableURL = URL(fileURLWithPath: prefix + "/bin/coach")
        installed.arguments = ["ask", "what is a coach", "--lang", "en"]
        installed.environment = bare
        installed.currentDirectoryURL = home
        let output = Pipe()
        installed.standardOutput = output
        installed.standardError = FileHandle.nullDevice
        try installed.run()
        let answer = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        installed.waitUntilExit()
        #expect(installed.terminationStatus == 0 && !answer.isEmpty)
    }
}
