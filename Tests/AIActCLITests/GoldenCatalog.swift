import Foundation

/// The golden cases: every command × format × language over the fixtures, help, errors and
/// scripted wizard sessions. Paths in commands are relative to the working folder, so the output
/// does not depend on where the package is checked out.
enum GoldenCatalog {
    static let date = "2026-12-01"
    static let langs = ["nl", "en"]
    /// Format option value and the file name part for it.
    static let reportFormats = [("text", "txt"), ("json", "json"), ("markdown", "md")]
    static let listFormats = [("text", "txt"), ("json", "json")]

    /// From the package root.
    static let mini = "Tests/AIActCoreTests/Fixtures/mini-rules"
    static let scenarioFolder = "Tests/AIActCoreTests/Fixtures/scenarios"
    /// The check fixtures, and the mini rules seen from there.
    static let checkFolder = "Tests/AIActCLITests/Fixtures/check"
    static let miniFromCheck = "../../../AIActCoreTests/Fixtures/mini-rules"

    static let all: [GoldenCase] = assess + assessErrors + check + checkRecord + ciFormats + lists + rules + initCases + help
        + usageErrors + wizard + terminal

    // MARK: Helpers

    static func url(_ path: String) -> URL { CLIRunner.packageRoot.appendingPathComponent(path) }

    /// Copies package files or folders into a scratch folder (`to` relative to it).
    static func copy(_ items: [(from: String, to: String)]) -> @Sendable (URL) throws -> Void {
        { dir in
            for item in items {
                let target = dir.appendingPathComponent(item.to)
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try FileManager.default.copyItem(at: url(item.from), to: target)
            }
        }
    }

    /// Writes files into a scratch folder after copying.
    static func scratch(copy items: [(from: String, to: String)] = [], write files: [String: String] = [:],
                        edit: (@Sendable (URL) throws -> Void)? = nil) -> GoldenCase.Workspace {
        let copier = copy(items)
        return .scratch { dir in
            try copier(dir)
            for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
            try edit?(dir)
        }
    }

    /// A case whose preparation failed: it fails with the reason.
    static func broken(_ file: String, _ reason: String) -> GoldenCase {
        GoldenCase(file, [], in: .scratch { _ in throw GoldenError(message: reason) })
    }

    struct GoldenError: Error, CustomStringConvertible { var message: String; var description: String { message } }

    // MARK: assess over the scenario fixtures (shipped rules)

    /// Each scenario's `system` and `answers`, passed on stdin, on the scenario's own date.
    static let assess: [GoldenCase] = {
        let folder = url(scenarioFolder)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        } catch {
            return [broken("assess/scenarios", "cannot list \(scenarioFolder): \(error)")]
        }
        return names.flatMap { name -> [GoldenCase] in
            let base = String(name.dropLast(5))
            let object: [String: Any]
            let input: String
            do {
                let data = try Data(contentsOf: folder.appendingPathComponent(name))
                guard let parsed = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                    throw GoldenError(message: "not a JSON object")
                }
                object = parsed
                let part = parsed.filter { $0.key == "system" || $0.key == "answers" }
                input = String(decoding: try JSONSerialization.data(withJSONObject: part, options: [.sortedKeys, .prettyPrinted]),
                               as: UTF8.self) + "\n"
            } catch {
                return [broken("assess/\(base)", "\(scenarioFolder)/\(name) does not decode: \(error)")]
            }
            let day = object["date"] as? String ?? date
            return langs.flatMap { lang in
                reportFormats.map { format, ext in
                    GoldenCase("assess/\(base).\(lang).\(ext)",
                               ["assess", "-", "--format", format, "--lang", lang, "--date", day],
                               stdin: input, stdinLabel: "\(scenarioFolder)/\(name) (system and answers)")
                }
            }
        }
    }()

    // MARK: assess: messages and exit codes

    static let assessErrors: [GoldenCase] = {
        let inputs: [(String, String)] = [
            ("incomplete", #"{"answers": {"uses": ["none"]}}"#),
            ("unknown-question", #"{"answers": {"usse": ["none"]}}"#),
            ("unknown-option", #"{"answers": {"uses": ["recruting"]}}"#),
            ("wrong-type", #"{"answers": {"uses": 3}}"#),
            ("list-for-single-choice", #"{"answers": {"uses": ["none"], "is-ai": ["yes"]}}"#),
            ("missing-answers-key", #"{"system": {"name": "x"}}"#),
            ("invalid-json", "{\n  \"answers\": {\n    \"uses\": [\"none\"\n}"),
            ("unreached-answer-warning", #"{"answers": {"uses": ["chat"], "exception": "yes", "is-ai": "yes", "role": "provider"}}"#),
            ("not-an-object", "[1, 2]"),
            ("empty", ""),
        ]
        var cases: [GoldenCase] = []
        for (name, input) in inputs {
            for lang in langs {
                cases.append(GoldenCase("assess-errors/\(name).\(lang).txt",
                                        ["assess", "-", "--rules", mini, "--lang", lang, "--date", date], stdin: input))
            }
        }
        cases.append(GoldenCase("assess-errors/incomplete.en.json",
                                ["assess", "-", "--rules", mini, "--lang", "en", "--date", date, "--format", "json"],
                                stdin: #"{"answers": {"uses": ["none"]}}"#))
        cases.append(GoldenCase("assess-errors/incomplete.en.md",
                                ["assess", "-", "--rules", mini, "--lang", "en", "--date", date, "--format", "markdown"],
                                stdin: #"{"answers": {"uses": ["none"]}}"#))
        // The shipped rules: an almost empty answer file.
        for lang in langs {
            cases.append(GoldenCase("assess-errors/incomplete-shipped.\(lang).txt",
                                    ["assess", "-", "--lang", lang, "--date", date],
                                    stdin: #"{"answers": {"prohibited-practices": ["none"]}}"#))
        }
        // Files: missing, invalid JSON with its line and column.
        for lang in langs {
            cases.append(GoldenCase("assess-errors/missing-file.\(lang).txt",
                                    ["assess", "no-such-answers.json", "--rules", mini, "--lang", lang, "--date", date]))
            cases.append(GoldenCase("assess-errors/invalid-json-file.\(lang).txt",
                                    ["assess", "answers.json", "--rules", "mini-rules", "--lang", lang, "--date", date],
                                    in: scratch(copy: [(mini, "mini-rules")],
                                                write: ["answers.json": "{\n  \"answers\": {\n    \"uses\": [\"none\"\n}\n"])))
            cases.append(GoldenCase("assess-errors/folder-as-file.\(lang).txt",
                                    ["assess", "Tests", "--rules", mini, "--lang", lang, "--date", date]))
            cases.append(GoldenCase("assess-errors/rules-folder-missing.\(lang).txt",
                                    ["assess", "-", "--rules", "no-such-rules", "--lang", lang, "--date", date],
                                    stdin: #"{"answers": {}}"#))
        }
        // Dates decide what is in force: the day before and the day a date applies.
        for day in ["2027-12-01", "2027-12-02"] {
            cases.append(GoldenCase("assess-mini/high-risk-provider.\(day).en.txt",
                                    ["assess", "-", "--rules", mini, "--lang", "en", "--date", day],
                                    stdin: #"{"system": {"name": "CV ranker"}, "answers": {"uses": ["recruitment"], "exception": "no", "is-ai": "yes", "role": "provider"}}"#))
        }
        // The mini rules in every format and language.
        for lang in langs {
            for (format, ext) in reportFormats {
                cases.append(GoldenCase("assess-mini/several-uses-not-sure.\(lang).\(ext)",
                                        ["assess", "-", "--rules", mini, "--lang", lang, "--date", date, "--format", format],
                                        stdin: #"{"system": {"name": "CV | ranker *bold* <b>", "organisation": "Example BV"}, "answers": {"uses": ["recruitment", "chat"], "exception": "not-sure", "is-ai": "yes", "role": "deployer", "own-name": "yes"}}"#))
            }
        }
        // The language from the environment, and colour switched off.
        let complete = #"{"answers": {"uses": ["chat"], "is-ai": "yes", "role": "deployer"}}"#
        cases.append(GoldenCase("assess-mini/lang-from-AIACT_LANG.txt", ["assess", "-", "--rules", mini, "--date", date],
                                stdin: complete, environment: ["AIACT_LANG": "en"]))
        cases.append(GoldenCase("assess-mini/lang-from-LC_ALL.txt", ["assess", "-", "--rules", mini, "--date", date],
                                stdin: complete, environment: ["LC_ALL": "en_GB.UTF-8"]))
        cases.append(GoldenCase("assess-mini/lang-flag-over-AIACT_LANG.txt", ["assess", "-", "--rules", mini, "--date", date, "--lang", "nl"],
                                stdin: complete, environment: ["AIACT_LANG": "en"]))
        cases.append(GoldenCase("assess-mini/no-color.en.txt", ["assess", "-", "--rules", mini, "--date", date, "--lang", "en", "--no-color"],
                                stdin: complete))
        return cases
    }()

    // MARK: check over the check fixtures (mini rules)

    static func checkCase(_ file: String, _ arguments: [String], rules: String = miniFromCheck, date day: String = date,
                          lang: String, stdin: String? = nil) -> GoldenCase {
        GoldenCase(file, ["check"] + arguments + ["--rules", rules, "--date", day, "--lang", lang],
                   stdin: stdin, in: .package(checkFolder))
    }

    static let check: [GoldenCase] = {
        var cases: [GoldenCase] = []
        var caseFiles: [String] = []
        do {
            caseFiles = try FileManager.default.contentsOfDirectory(atPath: url(checkFolder + "/cases").path)
        } catch {
            cases.append(broken("check/cases", "cannot list \(checkFolder)/cases: \(error)"))
        }
        for lang in langs {
            for (format, ext) in reportFormats {
                for name in caseFiles.sorted() where name.hasSuffix(".json") {
                    cases.append(checkCase("check/cases/\(name.dropLast(5)).\(lang).\(ext)", ["cases/\(name)", "--format", format], lang: lang))
                }
                cases.append(checkCase("check/ok.\(lang).\(ext)", ["ok", "--format", format], lang: lang))
                cases.append(checkCase("check/mixed.\(lang).\(ext)", ["mixed", "--format", format], lang: lang))
                cases.append(checkCase("check/mixed-and-needs-review.\(lang).\(ext)",
                                       ["mixed", "cases/needs-review.json", "--format", format], lang: lang))
                cases.append(checkCase("check/evidence-required.2028-01-01.\(lang).\(ext)",
                                       ["evidence", "--require-evidence", "--format", format], date: "2028-01-01", lang: lang))
                cases.append(checkCase("check/one-system.2028-01-01.\(lang).\(ext)",
                                       ["ok/cv-screening.json", "--format", format], date: "2028-01-01", lang: lang))
                cases.append(checkCase("check/prohibited.\(lang).\(ext)", ["prohibited", "--format", format],
                                       rules: "prohibited-rules", lang: lang))
                cases.append(checkCase("check/fail-on-high-risk.\(lang).\(ext)", ["ok", "--fail-on", "high-risk", "--format", format], lang: lang))
                cases.append(checkCase("check/stdin.\(lang).\(ext)", ["-", "--format", format], lang: lang,
                                       stdin: #"{"answers": {"uses": ["chat"]}}"#))
                // The shipped rules on the example.
                cases.append(GoldenCase("check/examples-shipped-rules.\(lang).\(ext)",
                                        ["check", "Examples", "--date", date, "--lang", lang, "--format", format]))
            }
            cases.append(checkCase("check/evidence-not-required.2028-01-01.\(lang).txt", ["evidence"], date: "2028-01-01", lang: lang))
            cases.append(checkCase("check/evidence-required.2026-11-22.\(lang).txt", ["evidence/files.json", "--require-evidence"],
                                   date: "2026-11-22", lang: lang))
            cases.append(checkCase("check/fail-on-two.\(lang).txt", ["ok", "--fail-on", "transparency", "--fail-on=high-risk"], lang: lang))
            cases.append(checkCase("check/fail-on-comma-list.\(lang).txt", ["ok", "--fail-on", "high-risk, transparency"], lang: lang))
            cases.append(checkCase("check/fail-on-gpai-systemic-risk.\(lang).txt", ["ok", "--fail-on", "gpai-systemic-risk"], lang: lang))
            cases.append(checkCase("check-errors/fail-on-unknown.\(lang).txt", ["ok", "--fail-on", "hig-risk"], lang: lang))
            cases.append(checkCase("check-errors/missing-path.\(lang).txt", ["no-such-systems"], lang: lang))
            cases.append(checkCase("check-errors/missing-path-among-good.\(lang).txt", ["ok", "no-such.json"], lang: lang))
            cases.append(checkCase("check-errors/no-arguments.\(lang).txt", [], lang: lang))
            cases.append(checkCase("check-errors/bad-format.\(lang).txt", ["ok", "--format", "yaml"], lang: lang))
            cases.append(checkCase("check-errors/rules-folder-missing.\(lang).txt", ["ok"], rules: "no-such-rules", lang: lang))
            cases.append(checkCase("check-errors/record-stdin.\(lang).txt", ["--record", "-"], lang: lang, stdin: #"{"answers": {}}"#))
            cases.append(GoldenCase("check-errors/empty-folder.\(lang).txt",
                                    ["check", "empty", "--rules", "mini-rules", "--date", date, "--lang", lang],
                                    in: scratch(copy: [(mini, "mini-rules")], edit: { dir in
                                        try FileManager.default.createDirectory(at: dir.appendingPathComponent("empty"), withIntermediateDirectories: true)
                                    })))
        }
        return cases
    }()

    // MARK: check --record on copies

    static let checkRecord: [GoldenCase] = {
        var cases: [GoldenCase] = []
        let recordFiles = ["broken.json", "incomplete.json", "inline.json", "pretty.json", "stale-tabs-crlf.json"]
        for lang in langs {
            for (format, ext) in reportFormats {
                let common = ["--rules", "mini-rules", "--date", date, "--lang", lang]
                cases.append(GoldenCase("check-record/folder.\(lang).\(ext)", [
                    .init(arguments: ["check", "systems", "--format", format] + common),
                    .init(arguments: ["check", "--record", "systems", "--format", format] + common),
                    .init(arguments: ["check", "systems", "--format", format] + common),
                    .init(arguments: ["check", "--record", "systems/pretty.json", "--format", format] + common),
                ], in: scratch(copy: [(mini, "mini-rules"), (checkFolder + "/record", "systems")]),
                   show: recordFiles.map { "systems/\($0)" }))
            }
            cases.append(GoldenCase("check-record/rules-change.\(lang).txt", [
                .init(arguments: ["check", "system.json", "--rules", "mini-rules", "--date", date, "--lang", lang]),
                .init(arguments: ["check", "--record", "system.json", "--rules", "mini-rules", "--date", date, "--lang", lang]),
                .init(arguments: ["check", "system.json", "--rules", "mini-rules", "--date", date, "--lang", lang]),
            ], in: scratch(copy: [(mini, "mini-rules"), (checkFolder + "/cases/drift-old-rules.json", "system.json")]),
               show: ["system.json"]))
            cases.append(GoldenCase("check-record/absolute-path.\(lang).json",
                                    [.init(arguments: ["check", "--record", "system.json", "--rules", "mini-rules", "--date", date, "--lang", lang, "--format", "json"])],
                                    in: scratch(copy: [(mini, "mini-rules"), (checkFolder + "/cases/drift-changed.json", "system.json")]),
                                    show: ["system.json"]))
        }
        return cases
    }()

    // MARK: questions and obligations

    static let lists: [GoldenCase] = {
        var cases: [GoldenCase] = []
        for command in ["questions", "obligations"] {
            for lang in langs {
                for (format, ext) in listFormats {
                    cases.append(GoldenCase("\(command)/shipped.\(lang).\(ext)", [command, "--format", format, "--lang", lang]))
                    cases.append(GoldenCase("\(command)/mini.\(lang).\(ext)", [command, "--rules", mini, "--format", format, "--lang", lang]))
                }
                cases.append(GoldenCase("\(command)/markdown-refused.\(lang).txt", [command, "--format", "markdown", "--lang", lang]))
            }
        }
        cases.append(GoldenCase("questions/options-before-command.en.txt", ["--lang", "en", "--rules", mini, "questions"]))
        return cases
    }()

    // MARK: rules lint and rules graph

    static let rules: [GoldenCase] = {
        var cases: [GoldenCase] = []
        let cycle: @Sendable (URL) throws -> Void = { dir in
            let step2 = dir.appendingPathComponent("rules/step2.json")
            let text = try String(contentsOf: step2, encoding: .utf8)
            let edited = text.replacingOccurrences(of: "\"next\": \"end\"}\n  ]", with: "\"next\": \"is-ai\"}\n  ]")
            guard edited != text else { throw GoldenError(message: "the mini rules' step2.json no longer has the edited route") }
            try edited.write(to: step2, atomically: true, encoding: .utf8)
        }
        for lang in langs {
            for (format, ext) in listFormats {
                func lint(_ golden: GoldenCase) -> GoldenCase { golden }
                cases.append(lint(GoldenCase("rules-lint/shipped.\(lang).\(ext)", ["rules", "lint", "--format", format, "--lang", lang])))
                cases.append(lint(GoldenCase("rules-lint/mini.\(lang).\(ext)", ["rules", "lint", "--rules", mini, "--format", format, "--lang", lang])))
                cases.append(lint(GoldenCase("rules-lint/cycle.\(lang).\(ext)", ["rules", "lint", "--rules", "rules", "--format", format, "--lang", lang],
                                             in: scratch(copy: [(mini, "rules")], edit: cycle))))
                cases.append(lint(GoldenCase("rules-lint/invalid-json.\(lang).\(ext)", ["rules", "lint", "--rules", "rules", "--format", format, "--lang", lang],
                                             in: scratch(copy: [(mini, "rules")], edit: { dir in
                                                 try Data("{".utf8).write(to: dir.appendingPathComponent("rules/notes.json"))
                                             }))))
            }
            cases.append(GoldenCase("rules-lint/defective-rules-refused.\(lang).txt",
                                    ["assess", "-", "--rules", "rules", "--lang", lang, "--date", date],
                                    stdin: #"{"answers": {}}"#, in: scratch(copy: [(mini, "rules")], edit: cycle)))
            for format in ["mermaid", "dot"] {
                cases.append(GoldenCase("rules-graph/shipped.\(lang).\(format)", ["rules", "graph", "--format", format, "--lang", lang]))
                cases.append(GoldenCase("rules-graph/mini.\(lang).\(format)", ["rules", "graph", "--rules", mini, "--format", format, "--lang", lang]))
            }
            cases.append(GoldenCase("rules-graph/default-format.\(lang).txt", ["rules", "graph", "--rules", mini, "--lang", lang]))
            cases.append(GoldenCase("rules-graph/unknown-format.\(lang).txt", ["rules", "graph", "--format", "png", "--lang", lang]))
            cases.append(GoldenCase("rules-errors/no-subcommand.\(lang).txt", ["rules", "--lang", lang]))
            cases.append(GoldenCase("rules-errors/unknown-subcommand.\(lang).txt", ["rules", "lnit", "--lang", lang]))
        }
        return cases
    }()

    // MARK: init

    static let initCases: [GoldenCase] = {
        var cases: [GoldenCase] = []
        for lang in langs {
            cases.append(GoldenCase("init/template.\(lang).txt", ["init", "--lang", lang]))
            cases.append(GoldenCase("init/template-json.\(lang).txt", ["init", "--format", "json", "--lang", lang]))
            cases.append(GoldenCase("init/schema.\(lang).txt", ["init", "--schema", "--lang", lang]))
            cases.append(GoldenCase("init/schema-missing.\(lang).txt", ["init", "--schema", "--rules", mini, "--lang", lang]))
            cases.append(GoldenCase("init/markdown-refused.\(lang).txt", ["init", "--format", "markdown", "--lang", lang]))
            cases.append(GoldenCase("init/argument-refused.\(lang).txt", ["init", "file.json", "--lang", lang]))
        }
        // The template is a description that `check` calls incomplete.
        // Text from a file in Markdown tables and text: pipes, backticks and emphasis made inert.
        cases.append(GoldenCase("check/markdown-inert-cells.en.md",
                                ["check", "cv|ranker.json", "--rules", "mini-rules", "--date", date, "--lang", "en", "--format", "markdown"],
                                in: scratch(copy: [(mini, "mini-rules")], write: ["cv|ranker.json": #"""
                                {"system": {"name": "CV | ranker `x` *y*", "organisation": "A | B", "description": "ranks | sorts"},
                                 "answers": {"uses": ["recruitment"], "exception": "no", "is-ai": "yes", "role": "provider"}}
                                """#])))
        cases.append(GoldenCase("init/template-then-check.en.txt", [
            .init(arguments: ["check", "new.json", "--rules", "mini-rules", "--date", date, "--lang", "en"]),
        ], in: scratch(copy: [(mini, "mini-rules")], edit: { dir in
            let r = try CLIRunner.run(["init", "--lang", "en"])
            try Data(r.stdout.utf8).write(to: dir.appendingPathComponent("new.json"))
        })))
        return cases
    }()

    // MARK: help and version

    static let commands = ["wizard", "assess", "check", "questions", "obligations", "init"]

    static let help: [GoldenCase] = {
        var cases: [GoldenCase] = [GoldenCase("help/version.txt", ["--version"])]
        for lang in langs {
            cases.append(GoldenCase("help/aiact--help.\(lang).txt", ["--help", "--lang", lang]))
            cases.append(GoldenCase("help/aiact-help.\(lang).txt", ["help", "--lang", lang]))
            cases.append(GoldenCase("help/aiact-h.\(lang).txt", ["-h", "--lang", lang]))
            for command in commands {
                cases.append(GoldenCase("help/\(command)--help.\(lang).txt", [command, "--help", "--lang", lang]))
                cases.append(GoldenCase("help/help-\(command).\(lang).txt", ["help", command, "--lang", lang]))
            }
            for sub in ["lint", "graph"] {
                cases.append(GoldenCase("help/rules-\(sub)--help.\(lang).txt", ["rules", sub, "--help", "--lang", lang]))
                cases.append(GoldenCase("help/help-rules-\(sub).\(lang).txt", ["help", "rules", sub, "--lang", lang]))
            }
            cases.append(GoldenCase("help/rules--help.\(lang).txt", ["rules", "--help", "--lang", lang]))
        }
        cases.append(GoldenCase("help/help-dutch-by-default.txt", ["--help"]))
        return cases
    }()

    // MARK: usage errors

    static let usageErrors: [GoldenCase] = {
        var cases: [GoldenCase] = []
        for lang in langs {
            cases.append(GoldenCase("usage-errors/no-arguments-without-terminal.\(lang).txt", ["--lang", lang]))
            cases.append(GoldenCase("usage-errors/unknown-command.\(lang).txt", ["assesss", "--lang", lang]))
            cases.append(GoldenCase("usage-errors/unknown-option.\(lang).txt", ["assess", "-", "--bogus", "--lang", lang], stdin: "{}"))
            cases.append(GoldenCase("usage-errors/bad-date.\(lang).txt", ["assess", "-", "--date", "2026-13-01", "--lang", lang], stdin: "{}"))
            cases.append(GoldenCase("usage-errors/bad-format.\(lang).txt", ["assess", "-", "--format", "yaml", "--lang", lang], stdin: "{}"))
            cases.append(GoldenCase("usage-errors/option-without-value.\(lang).txt", ["assess", "-", "--lang", lang, "--date"], stdin: "{}"))
            cases.append(GoldenCase("usage-errors/assess-without-file.\(lang).txt", ["assess", "--lang", lang]))
            cases.append(GoldenCase("usage-errors/assess-two-files.\(lang).txt", ["assess", "a.json", "b.json", "--lang", lang]))
        }
        cases.append(GoldenCase("usage-errors/bad-lang.txt", ["assess", "-", "--lang", "de"], stdin: "{}"))
        cases.append(GoldenCase("usage-errors/bad-AIACT_LANG.txt", ["assess", "-", "--rules", mini, "--date", date],
                                stdin: #"{"answers": {"uses": ["none"], "is-ai": "no"}}"#, environment: ["AIACT_LANG": "de"]))
        return cases
    }()

    // MARK: wizard sessions (stdin not a terminal: prompts on stderr, the report on stdout)

    static func wizardCase(_ name: String, _ input: String, lang: String = "en", extra: [String] = ["--save", "answers.json"],
                           rules: Bool = true, files: [String: String] = [:], show: [String] = ["answers.json"],
                           columns: String = "80") -> GoldenCase {
        let arguments = ["wizard"] + (rules ? ["--rules", "mini-rules"] : []) + ["--date", date, "--lang", lang] + extra
        return GoldenCase("wizard/\(name).\(lang).txt", [.init(arguments: arguments, stdin: input, environment: ["COLUMNS": columns])],
                          in: scratch(copy: rules ? [(mini, "mini-rules")] : [], write: files), show: show)
    }

    static let wizard: [GoldenCase] = {
        var cases: [GoldenCase] = [
            wizardCase("high-risk-provider", "1\n2\n1\n1\n"),
            wizardCase("high-risk-provider", "1\n2\n1\n1\n", lang: "nl"),
            wizardCase("high-risk-provider-json", "1\n2\n1\n1\n", extra: ["--save", "answers.json", "--format", "json"]),
            wizardCase("high-risk-provider-markdown", "1\n2\n1\n1\n", extra: ["--save", "answers.json", "--format", "markdown"]),
            wizardCase("deployer-own-name", "1\n2\n1\n2\n1\n"),
            wizardCase("chatbot-deployer", "2\n1\n2\n"),
            wizardCase("several-uses-not-sure", "1 2\n3\n1\n1\n"),
            wizardCase("not-ai", "3\n2\n"),
            wizardCase("not-ai", "x\n3\n2\n", lang: "nl"),
            wizardCase("invalid-input", "maybe\n9\n1,3\n\n1\n1 2\n2\n1\n1\n"),
            wizardCase("invalid-input", "maybe\n9\n1,3\n\n1\n1 2\n2\n1\n1\n", lang: "nl"),
            wizardCase("help-and-why", "?\n3\n?\nw\n2\n"),
            wizardCase("help-and-why", "?\n3\n?\nw\n2\n", lang: "nl"),
            wizardCase("why-after-an-answer", "1\nw\nq\n"),
            wizardCase("help-not-sure", "1\n?\nq\n"),
            wizardCase("back-changes-the-path", "1\n2\n1\n2\nb 1\n2\n"),
            wizardCase("back-and-enter-keeps", "1\n1\nb\n2\nb\nb\n\n1\n1\n"),
            wizardCase("list-and-bad-back", "1\n2\nl\nb 7\nb 0\nq\n"),
            wizardCase("list-and-bad-back", "1\n2\nl\nb 7\nb 0\nq\n", lang: "nl"),
            wizardCase("back-on-first-question", "b\nq\n"),
            wizardCase("quit", "1\n2\nq\n"),
            wizardCase("end-of-input-midway", "1\n2\n"),
            wizardCase("end-of-input-before-any-answer", ""),
            wizardCase("narrow-terminal", "?\nw\n1\n2\n1\n1\n", columns: "40"),
            wizardCase("complete-answers-need-no-input", "", extra: ["--answers", "a.json"],
                       files: ["a.json": #"{"answers": {"uses": ["chat"], "exception": "yes", "is-ai": "yes", "role": "provider"}}"#],
                       show: ["a.json"]),
            wizardCase("keeps-metadata-and-layout", "2\n1\n1\n", extra: ["--answers", "system.json"],
                       files: ["system.json": #"""
                       {"system": {"name": "CV ranker", "organisation": "Example BV"}, "answers": {"uses": ["recruitment"]},
                        "recorded": {"riskCategories": ["high-risk"]}, "evidence": {"literacy": "docs/literacy.md"},
                        "$schema": "https://example.org/answers.schema.json"}
                       """#], show: ["system.json"]),
            // Issue 11: CRLF, tabs, unknown keys, keys out of order; an answer changed, one dropped, some added.
            wizardCase("continues-unusual-layout", "b 1\n1,2\n2\n", extra: ["--answers", "system.json"],
                       files: ["system.json": "{\r\n\t\"x-owner\": {\"team\": \"HR\"},\r\n\t\"answers\": {\r\n\t\t\"role\": \"deployer\",\r\n"
                        + "\t\t\"uses\": [ \"chat\" ],\r\n\t\t\"exception\": \"yes\"\r\n\t},\r\n\t\"system\": {\"name\": \"CV ranker\"}\r\n}\r\n"],
                       show: ["system.json"]),
            wizardCase("answers-and-save-differ", "2\n", extra: ["--answers", "in.json", "--save", "out.json"],
                       files: ["in.json": #"{"answers": {"uses": ["none"]}}"#], show: ["in.json", "out.json"]),
            wizardCase("invalid-answers-file", "1\n", extra: ["--answers", "bad.json"],
                       files: ["bad.json": #"{"answers": {"uses": "chat"}}"#], show: ["bad.json"]),
            wizardCase("invalid-json-answers-file", "1\n", extra: ["--answers", "bad.json"],
                       files: ["bad.json": "{\"answers\": {"], show: ["bad.json"]),
            wizardCase("missing-answers-file", "1\n", extra: ["--answers", "none.json"], show: ["none.json"]),
            wizardCase("answers-from-stdin-refused", "{}", extra: ["--answers", "-"], show: []),
            wizardCase("file-argument-refused", "", extra: ["file.json"], show: []),
            wizardCase("save-folder-missing", "1\n", extra: ["--save", "no/such/a.json"], show: []),
            // The shipped rules.
            wizardCase("shipped-help-why-list-back-quit", "?\nw\n1\nl\nb\nq\n", rules: false),
            wizardCase("shipped-help-why-list-back-quit", "?\nw\n1\nl\nb\nq\n", lang: "nl", rules: false),
        ]
        for lang in langs {
            cases.append(GoldenCase("wizard/quit-and-resume.\(lang).txt", [
                .init(arguments: ["wizard", "--rules", "mini-rules", "--date", date, "--lang", lang, "--save", "answers.json"],
                      stdin: "1\n2\nq\n", environment: ["COLUMNS": "80"]),
                .init(arguments: ["wizard", "--rules", "mini-rules", "--date", date, "--lang", lang, "--answers", "answers.json"],
                      stdin: "1\n2\n1\n", environment: ["COLUMNS": "80"]),
            ], in: scratch(copy: [(mini, "mini-rules")]), show: ["answers.json"]))
            cases.append(GoldenCase("wizard/end-of-input-then-assess.\(lang).txt", [
                .init(arguments: ["wizard", "--rules", "mini-rules", "--date", date, "--lang", lang, "--save", "answers.json"],
                      stdin: "1\n2\n", environment: ["COLUMNS": "80"]),
                .init(arguments: ["assess", "answers.json", "--rules", "mini-rules", "--date", date, "--lang", lang]),
            ], in: scratch(copy: [(mini, "mini-rules")]), show: ["answers.json"]))
            cases.append(GoldenCase("wizard/default-save-file-never-overwritten.\(lang).txt", [
                .init(arguments: ["wizard", "--rules", "mini-rules", "--date", date, "--lang", lang],
                      stdin: "3\n2\n", environment: ["COLUMNS": "80"]),
                .init(arguments: ["wizard", "--rules", "mini-rules", "--date", date, "--lang", lang],
                      stdin: "1\nq\n", environment: ["COLUMNS": "80"]),
            ], in: scratch(copy: [(mini, "mini-rules")]), show: ["aiact-answers.json", "aiact-answers-2.json"]))
        }
        return cases
    }()

    // MARK: on a terminal (colour, NO_COLOR, --no-color, TERM=dumb; the wizard's terminal-only prompts)

    static func terminalCase(_ name: String, _ arguments: [String], typed: String = "", environment: [String: String] = [:],
                             columns: UInt16 = 80, show: [String] = []) -> GoldenCase {
        GoldenCase("terminal/\(name).txt", [.init(arguments: arguments, stdin: typed, environment: environment, terminalColumns: columns)],
                   in: scratch(copy: [(mini, "mini-rules")]), show: show)
    }

    static let terminal: [GoldenCase] = {
        let wizard = ["--rules", "mini-rules", "--lang", "en", "--date", date]
        let session = "CV ranker\n1\n2\n1\n1\n\n"
        let answers = #"{"system": {"name": "CV ranker"}, "answers": {"uses": ["recruitment", "chat"], "exception": "not-sure", "is-ai": "yes", "role": "provider"}}"#
        let prepare: @Sendable (URL) throws -> Void = { dir in try Data(answers.utf8).write(to: dir.appendingPathComponent("a.json")) }
        func assessCase(_ name: String, _ extra: [String], environment: [String: String] = [:], lang: String = "en") -> GoldenCase {
            GoldenCase("terminal/\(name).txt",
                       [.init(arguments: ["assess", "a.json", "--rules", "mini-rules", "--date", date, "--lang", lang] + extra,
                              environment: environment, terminalColumns: 80)],
                       in: scratch(copy: [(mini, "mini-rules")], edit: prepare))
        }
        return [
            terminalCase("wizard-colour.en", wizard, typed: session, show: ["aiact-answers.json"]),
            terminalCase("wizard-colour.nl", ["--rules", "mini-rules", "--lang", "nl", "--date", date], typed: session, show: ["aiact-answers.json"]),
            terminalCase("wizard-NO_COLOR.en", wizard, typed: session, environment: ["NO_COLOR": "1"], show: ["aiact-answers.json"]),
            terminalCase("wizard-no-color-option.en", wizard + ["--no-color"], typed: session, show: ["aiact-answers.json"]),
            terminalCase("wizard-TERM-dumb.en", wizard, typed: session, environment: ["TERM": "dumb"], show: ["aiact-answers.json"]),
            terminalCase("wizard-60-columns.en", wizard, typed: "CV ranker\n?\nw\nl\n1\n2\n1\n1\n\n", columns: 60),
            terminalCase("wizard-help-why-list-back.en", wizard, typed: "\n?\n1\nw\nl\nb\n\n3\n\n2\n\n"),
            terminalCase("wizard-quit-at-name-prompt.en", wizard, typed: "q\n", show: ["aiact-answers.json"]),
            terminalCase("wizard-end-of-input-ctrl-d.en", wizard, typed: "CV ranker\n1\n\u{04}", show: ["aiact-answers.json"]),
            terminalCase("wizard-shipped-rules.en", ["--lang", "en", "--date", date], typed: "\n?\nw\nq\n"),
            assessCase("assess-colour.en", []),
            assessCase("assess-colour.nl", [], lang: "nl"),
            assessCase("assess-NO_COLOR.en", [], environment: ["NO_COLOR": "1"]),
            assessCase("assess-NO_COLOR-empty-means-colour.en", [], environment: ["NO_COLOR": ""]),
            assessCase("assess-no-color-option.en", ["--no-color"]),
            assessCase("assess-TERM-dumb.en", [], environment: ["TERM": "dumb"]),
            assessCase("assess-markdown-on-terminal.en", ["--format", "markdown"]),
            assessCase("assess-json-on-terminal.en", ["--format", "json"]),
            GoldenCase("terminal/check-colour.en.txt",
                       [.init(arguments: ["check", "systems", "--rules", "mini-rules", "--date", date, "--lang", "en"], terminalColumns: 80)],
                       in: scratch(copy: [(mini, "mini-rules"), (checkFolder + "/mixed", "systems")])),
            GoldenCase("terminal/rules-lint-colour.en.txt",
                       [.init(arguments: ["rules", "lint", "--rules", "rules", "--lang", "en"], terminalColumns: 80)],
                       in: scratch(copy: [(mini, "rules")])),
        ]
    }()
}
