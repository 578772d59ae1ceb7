import Foundation
import Testing

/// `aiact check` and `aiact init` end to end, on the fixture folders in `Fixtures/check/`:
/// every finding, mixed folders, `--record` then `check`, rules-version drift, evidence, reports.
@Suite struct CheckCLITests {
    let rules = CLIRunner.miniRules.path
    static let check = CLIRunner.fixtures.appendingPathComponent("check")
    func fixture(_ path: String) -> String { Self.check.appendingPathComponent(path).path }

    /// Runs `aiact check` with the mini rules, in English, on a fixed date.
    func run(_ arguments: [String], date: String = "2026-11-22", lang: String = "en", in directory: URL? = nil,
             stdin: String? = nil) throws -> CLIRunner.Result {
        try CLIRunner.run(["check"] + arguments + ["--rules", rules, "--date", date, "--lang", lang], stdin: stdin, in: directory)
    }

    func json(_ r: CLIRunner.Result) throws -> (systems: [[String: Any]], summary: [String: Any]) {
        let object = try CLIRunner.json(r.stdout)
        return (try #require(object["systems"] as? [[String: Any]]), try #require(object["summary"] as? [String: Any]))
    }

    func ids(_ system: [String: Any]) -> [String] {
        (system["findings"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    }

    /// A copy of a fixture folder in a fresh temporary folder (never modify fixtures).
    func copy(_ folder: String) throws -> URL {
        let target = try CLIRunner.temporaryDirectory().appendingPathComponent(folder)
        try FileManager.default.copyItem(at: Self.check.appendingPathComponent(folder), to: target)
        return target
    }

    // MARK: Folders

    @Test func cleanFolderPassesAndSkipsOtherFiles() throws {
        let r = try run([fixture("ok")])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("ok/chatbot.json: Service chatbot"))
        #expect(r.stdout.contains("ok/cv-screening.json: CV screening assistant"))
        #expect(!r.stdout.contains("package.json"))
        #expect(!r.stdout.contains("not-searched"), "subfolders are not searched")
        #expect(r.stdout.contains("AI systems (2)"), "inventory table for several systems")
        #expect(r.stdout.contains("2 systems checked, 0 with findings."))
        #expect(r.stderr == "aiact: note: 1 description in subfolders not checked (\(fixture("ok/nested/not-searched.json"))); use --recursive\n",
                "\(r.stderr)")
        let (systems, summary) = try json(try run([fixture("ok"), "--format", "json"]))
        #expect(systems.count == 2)
        #expect(summary["findings"] as? Int == 0)
        #expect(summary["systems"] as? Int == 2)
    }

    @Test func mixedFolderReportsEachFileAndExitsOne() throws {
        let r = try run([fixture("mixed"), "--format", "json"])
        #expect(r.status == 1)
        let (systems, summary) = try json(r)
        let byFile = Dictionary(uniqueKeysWithValues: systems.map { (URL(fileURLWithPath: $0["file"] as! String).lastPathComponent, $0) })
        #expect(Set(byFile.keys) == ["broken.json", "cv-screening.json", "drift.json", "incomplete.json"])
        #expect(ids(byFile["broken.json"]!) == ["invalid"])
        #expect(byFile["broken.json"]!["assessment"] is NSNull)
        #expect(ids(byFile["cv-screening.json"]!) == [])
        #expect(ids(byFile["drift.json"]!) == ["drift"])
        #expect(ids(byFile["incomplete.json"]!) == ["incomplete"])
        #expect(summary["withFindings"] as? Int == 3)
        #expect(summary["byId"] as? [String: Int] == ["invalid": 1, "drift": 1, "incomplete": 1])
        // package.json is skipped silently; JSONC without "answers" is skipped with a note.
        #expect(!r.stderr.contains("package.json"))
        #expect(r.stderr.contains("tsconfig.json: skipped"))
        let assessment = try #require(byFile["drift.json"]!["assessment"] as? [String: Any])
        #expect(assessment["riskCategories"] as? [String] == ["high-risk", "transparency"])
    }

    @Test func textInventoryOfAMixedFolder() throws {
        let r = try run([fixture("mixed")])
        #expect(r.status == 1)
        #expect(r.stdout.contains("✗ invalid: Not valid JSON: syntax error at line 5, column 5"))
        #expect(r.stdout.contains("AI systems (4)"))
        let table = r.stdout.components(separatedBy: "AI systems (4)")[1]
        #expect(table.contains("(invalid)"))
        #expect(table.contains("(incomplete)"))
        #expect(table.contains("High risk, Transparency"))
        #expect(r.stdout.contains("4 systems checked, 3 with findings (invalid 1, incomplete 1, drift 1)."))
    }

    // MARK: Each finding

    @Test(arguments: [
        ("cases/drift-changed.json", ["drift"], "risk categories: Transparency → High risk, Transparency"),
        ("cases/drift-not-recorded.json", ["drift"], "No accepted classification (`recorded`) yet"),
        ("cases/drift-old-rules.json", ["drift"], "Recorded under rules old, now computed under rules test.1"),
        ("cases/incomplete.json", ["incomplete"], "is-ai (Is it AI?; one of: yes, no)"),
        ("cases/needs-review.json", ["needs-review"], "exception (Exception?)"),
        ("cases/invalid-json.json", ["invalid"], "syntax error at line 5, column 5"),
        ("cases/invalid-answers.json", ["invalid"], "unknown option \"recruting\""),
        ("cases/not-a-description.json", ["invalid"], "missing key `answers`"),
        ("cases/old-rules-same-result.json", [], ""),
        ("cases/not-ai.json", [], ""),
    ])
    func findingForEachCase(file: String, expected: [String], message: String) throws {
        let r = try run([fixture(file), "--format", "json"])
        #expect(r.status == (expected.isEmpty ? 0 : 1), "\(file): \(r.stdout) \(r.stderr)")
        let (systems, _) = try json(r)
        #expect(systems.count == 1)
        #expect(ids(systems[0]) == expected, "\(file)")
        let messages = (systems[0]["findings"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
        if !message.isEmpty { #expect(messages.contains { $0.contains(message) }, "\(file): \(messages)") }
        #expect(systems[0]["file"] as? String == fixture(file))
    }

    @Test func driftShowsOldAndNewAndTheFix() throws {
        let r = try run([fixture("cases/drift-old-rules.json")])
        #expect(r.status == 1)
        #expect(r.stdout.contains("`aiact check --record \(fixture("cases/drift-old-rules.json"))`"), "the command is not broken across lines")
        let (systems, _) = try json(try run([fixture("cases/drift-old-rules.json"), "--format", "json"]))
        let message = (systems[0]["findings"] as? [[String: Any]])?.first?["message"] as? String ?? ""
        #expect(message.contains("risk categories: minimal risk (other AI) → High risk"))
        #expect(message.contains("Recorded under rules old, now computed under rules test.1"))
    }

    @Test func otherRulesVersionWithSameResultIsMentionedNotDrift() throws {
        let r = try run([fixture("cases/old-rules-same-result.json")])
        #expect(r.status == 0)
        #expect(r.stdout.contains("! note: Recorded under rules old"))
        let (systems, _) = try json(try run([fixture("cases/old-rules-same-result.json"), "--format", "json"]))
        let notices = systems[0]["notices"] as? [String] ?? []
        #expect(notices.count == 1)
        #expect(notices.first?.contains("Recorded under rules old; the rules are now test.1 and the classification is unchanged") == true)
    }

    @Test func prohibitedWithItsOwnRules() throws {
        let r = try CLIRunner.run(["check", fixture("prohibited"), "--rules", fixture("prohibited-rules"), "--lang", "en", "--format", "json"])
        #expect(r.status == 1, "\(r.stderr)")
        let (systems, _) = try json(r)
        #expect(ids(systems[0]) == ["prohibited"])
        let message = (systems[0]["findings"] as? [[String: Any]])?.first?["message"] as? String ?? ""
        #expect(message.contains("Art. 5(1)(c)"))
        #expect(message.contains("may not be placed on the market"))
    }

    @Test func failOnMakesACategoryAFinding() throws {
        let one = try run([fixture("ok"), "--fail-on", "high-risk", "--format", "json"])
        #expect(one.status == 1)
        let (systems, summary) = try json(one)
        #expect(systems.map(ids) == [[], ["high-risk"]])
        #expect(summary["byId"] as? [String: Int] == ["high-risk": 1])
        let both = try run([fixture("ok"), "--fail-on", "transparency", "--fail-on=high-risk", "--format", "json"])
        #expect(try json(both).systems.map(ids) == [["transparency"], ["high-risk"]])
        let comma = try run([fixture("ok"), "--fail-on", "high-risk, transparency"])
        #expect(comma.status == 1)
        #expect(comma.stdout.contains("--fail-on high-risk"))
        let bad = try run([fixture("ok"), "--fail-on", "hig-risk"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("\"hig-risk\" is not a risk category"))
        #expect(try run([fixture("ok"), "--fail-on", "gpai-systemic-risk"]).status == 0)
    }

    // MARK: Evidence

    @Test func evidenceFilesAndURLs() throws {
        let r = try run([fixture("evidence"), "--require-evidence", "--format", "json"], date: "2028-01-01")
        #expect(r.status == 1)
        let (systems, _) = try json(r)
        let byName = Dictionary(uniqueKeysWithValues: systems.map { (URL(fileURLWithPath: $0["file"] as! String).lastPathComponent, $0) })
        #expect(ids(byName["files.json"]!) == ["missing-evidence"], "docs/ai-literacy.md exists, docs/risk-management.md does not")
        let message = (byName["files.json"]!["findings"] as? [[String: Any]])?.first?["message"] as? String ?? ""
        #expect(message.contains("risk-management"))
        #expect(message.contains("docs/risk-management.md does not exist"))
        #expect(ids(byName["urls.json"]!) == [], "URLs count as present")
        #expect(ids(byName["none.json"]!) == ["missing-evidence", "missing-evidence"])
        // Before the high-risk obligations apply only AI literacy needs evidence.
        #expect(try run([fixture("evidence/files.json"), "--require-evidence"], date: "2026-11-22").status == 0)
        // Without --require-evidence evidence is not a gate.
        #expect(try run([fixture("evidence"), "--format", "json"], date: "2028-01-01").status == 0)
    }

    @Test func evidencePathsAreRelativeToTheDescriptionNotTheWorkingDirectory() throws {
        let elsewhere = try CLIRunner.temporaryDirectory()
        let r = try run([fixture("evidence/files.json"), "--require-evidence", "--format", "markdown"], date: "2028-01-01", in: elsewhere)
        #expect(r.status == 1)
        #expect(r.stdout.contains("✅ `docs/ai-literacy.md`"))
        #expect(r.stdout.contains("❌ `docs/risk-management.md` (not found)"))
    }

    // MARK: --record

    @Test func recordThenCheckPasses() throws {
        let dir = try copy("record")
        let pretty = dir.appendingPathComponent("pretty.json")
        let before = try String(contentsOf: pretty, encoding: .utf8)
        let incompleteBefore = try Data(contentsOf: dir.appendingPathComponent("incomplete.json"))
        let brokenBefore = try Data(contentsOf: dir.appendingPathComponent("broken.json"))
        #expect(try run([dir.path]).status == 1, "drift before recording")

        let recorded = try run(["--record", dir.path, "--format", "json"])
        #expect(recorded.status == 1, "the incomplete and broken files still fail")
        let (systems, summary) = try json(recorded)
        #expect(Set((summary["recorded"] as? [String] ?? []).map { URL(fileURLWithPath: $0).lastPathComponent })
                == ["pretty.json", "inline.json", "stale-tabs-crlf.json"])
        let byName = Dictionary(uniqueKeysWithValues: systems.map { (URL(fileURLWithPath: $0["file"] as! String).lastPathComponent, $0) })
        #expect(ids(byName["pretty.json"]!) == [])
        #expect(ids(byName["incomplete.json"]!) == ["incomplete"])
        #expect((byName["incomplete.json"]!["notices"] as? [String])?.first?.contains("Not recorded") == true)
        #expect(ids(byName["broken.json"]!) == ["invalid"])

        // Incomplete and invalid descriptions are left alone.
        #expect(try Data(contentsOf: dir.appendingPathComponent("incomplete.json")) == incompleteBefore)
        #expect(try Data(contentsOf: dir.appendingPathComponent("broken.json")) == brokenBefore)
        // The rest of the file is kept, in its order; `recorded` comes after `answers`.
        let after = try String(contentsOf: pretty, encoding: .utf8)
        let expectedBlock = """
          "recorded": {
            "rulesVersion": "test.1",
            "systemType": "ai-system",
            "riskCategories": ["high-risk", "transparency"],
            "roles": ["provider"]
          },

        """
        #expect(after == before.replacingOccurrences(of: "  \"evidence\": {", with: expectedBlock + "  \"evidence\": {"))
        // Tabs, CRLF and extra keys in `recorded` survive.
        let stale = try String(contentsOf: dir.appendingPathComponent("stale-tabs-crlf.json"), encoding: .utf8)
        #expect(stale.contains("\t\t\"acceptedBy\": \"J. Jansen, privacy officer\",\r\n\t\t\"rulesVersion\": \"test.1\",\r\n"))
        #expect(stale.contains("\t\t\"roles\": [\"provider\", \"deployer\"]\r\n"))
        #expect(!stale.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        // No temporary files are left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".") }.isEmpty)

        // Now the recorded files pass, and recording again changes nothing.
        for name in ["pretty.json", "inline.json", "stale-tabs-crlf.json"] {
            let file = dir.appendingPathComponent(name).path
            let r = try run([file])
            #expect(r.status == 0, "\(name): \(r.stdout)")
            let again = try run(["--record", file])
            #expect(again.stdout.contains("already up to date"))
        }
        #expect(try String(contentsOf: pretty, encoding: .utf8) == after)
    }

    @Test func recordAcceptsARulesChange() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("system.json")
        try FileManager.default.copyItem(at: Self.check.appendingPathComponent("cases/drift-old-rules.json"), to: file)
        #expect(try run([file.path]).status == 1)
        let r = try run(["--record", file.path, "--format", "json"])
        #expect(r.status == 0, "\(r.stdout)")
        let (systems, _) = try json(r)
        #expect((systems[0]["notices"] as? [String])?.contains("Recorded in `recorded`: AI system · High risk · Deployer (rules test.1).") == true)
        #expect(try run([file.path]).status == 0)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(#""recorded": {"rulesVersion": "test.1", "systemType": "ai-system", "riskCategories": ["high-risk"], "roles": ["deployer"]}"#))
    }

    @Test func recordRefusesStandardInput() throws {
        let r = try run(["--record", "-"], stdin: #"{"answers": {}}"#)
        #expect(r.status == 2)
        #expect(r.stderr.contains("standard input"))
    }

    // MARK: Cannot run

    @Test func cannotRunExitsTwo() throws {
        let missing = try run(["/nonexistent/systems"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/nonexistent/systems: no such file or folder"))
        #expect(missing.stdout.isEmpty)
        // One missing path among good ones still means the run cannot be trusted.
        #expect(try run([fixture("ok"), "/nonexistent.json"]).status == 2)
        let none = try run([])
        #expect(none.status == 2)
        #expect(none.stderr.contains("check expects"))
        let empty = try CLIRunner.temporaryDirectory()
        let nothing = try run([empty.path])
        #expect(nothing.status == 2)
        #expect(nothing.stderr.contains("no system descriptions found"))
        #expect(try run([fixture("ok"), "--format", "yaml"]).status == 2)
        #expect(try CLIRunner.run(["check", fixture("ok"), "--rules", "/nonexistent-rules"]).status == 2)
    }

    @Test func standardInputAndDutch() throws {
        let r = try run(["-"], lang: "nl", stdin: #"{"answers": {"uses": ["chat"]}}"#)
        #expect(r.status == 1)
        #expect(r.stdout.hasPrefix("<stdin>\n"), "\(r.stdout)")
        #expect(r.stdout.contains("De antwoorden zijn onvolledig"))
        #expect(r.stdout.contains("1 systeem gecontroleerd, 1 met bevindingen"))
    }

    @Test func helpNamesTheFindingsAndExitCodes() throws {
        let r = try CLIRunner.run(["check", "--help", "--lang", "en"])
        #expect(r.status == 0)
        for word in ["prohibited", "incomplete", "drift", "missing-evidence", "needs-review", "invalid", "--record", "--fail-on", "Exit codes"] {
            #expect(r.stdout.contains(word), "\(word)")
        }
        #expect(try CLIRunner.run(["check", "--help", "--lang", "nl"]).stdout.contains("Exitcodes"))
    }

    // MARK: Reports

    @Test func markdownReportOfOneSystem() throws {
        let r = try run([fixture("ok/cv-screening.json"), "--format", "markdown"], date: "2028-01-01")
        #expect(r.status == 0)
        let md = r.stdout
        #expect(md.hasPrefix("# AI Act: inventory and check of AI systems\n"))
        #expect(md.contains("| CV screening assistant | `\(fixture("ok/cv-screening.json"))` | AI system | High risk | Provider | ✅ |"))
        #expect(md.contains("## AI Act assessment — CV screening assistant"))
        #expect(md.contains("Ranks applicants \\| sorts them"), "pipes are escaped")
        #expect(md.contains("| High risk | Annex III(4)(a) | Recruitment |"), "grounds")
        #expect(md.contains("**Risk management** (`risk-management`)"), "obligations")
        #expect(md.contains("[Art. 9]("), "articles")
        #expect(md.contains("[Art. 4]("))
        #expect(md.contains("| 2 | Role? (`role`) | Provider (`provider`) |"), "answers given")
        #expect(md.contains("⚠️ no evidence"), "evidence status")
        #expect(md.contains("> **Disclaimer:** For tests only."))
    }

    @Test func markdownInventoryOfSeveralSystems() throws {
        let r = try run([fixture("mixed"), fixture("cases/needs-review.json"), "--format", "markdown"])
        #expect(r.status == 1)
        let md = r.stdout
        #expect(md.contains("| System | File | Type | Risk categories | Roles | Open findings |"))
        #expect(md.contains("❌ `invalid`"))
        #expect(md.contains("## Findings"))
        #expect(md.contains("`aiact check --record \(fixture("mixed/drift.json"))`"), "commands stay code")
        #expect(md.contains("### To review (answered 'not sure')"))
        #expect(md.components(separatedBy: "> **Disclaimer:**").count == 2, "one disclaimer at the end")
    }

    @Test func assessMarkdownReport() throws {
        let r = try CLIRunner.run(["assess", fixture("ok/cv-screening.json"), "--rules", rules, "--format", "markdown", "--lang", "nl", "--date", "2026-11-22"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("# AI-verordening: beoordeling — CV screening assistant\n"))
        #expect(r.stdout.contains("| Hoog risico | bijlage III, punt 4, onder a | Werving |"))
        #expect(r.stdout.contains("### Vanaf 2 december 2027 (over 375 dagen)"), "risk management is not in force yet on 2026-11-22")
        #expect(r.stdout.contains("> **Voorbehoud:** Alleen voor tests."))
    }

    // MARK: init

    @Test func initPrintsAValidTemplate() throws {
        let r = try CLIRunner.run(["init", "--lang", "en"])
        #expect(r.status == 0)
        let object = try CLIRunner.json(r.stdout)
        #expect(object["$schema"] as? String == "./answers.schema.json")
        #expect(object["answers"] is [String: Any])
        #expect((object["system"] as? [String: Any])?.keys.sorted() == ["description", "intendedPurpose", "name", "organisation"])
        #expect(r.stdout.range(of: "\"$schema\"")!.lowerBound < r.stdout.range(of: "\"answers\"")!.lowerBound, "contract order")
        #expect(r.stderr.contains("aiact wizard --answers"))
        #expect(r.stderr.contains("--save"))
        #expect(r.stderr.contains("aiact questions"))
        #expect(r.stderr.contains("aiact init --schema"))
        let quiet = try CLIRunner.run(["init", "--format", "json"])
        #expect(quiet.stdout == r.stdout)
        #expect(quiet.stderr.isEmpty)
        #expect(try CLIRunner.run(["init", "--format", "markdown"]).status == 2)
        #expect(try CLIRunner.run(["init", "file.json"]).status == 2)

        // The template is a description: `check` calls it incomplete, not invalid.
        let dir = try CLIRunner.temporaryDirectory()
        try r.stdout.write(to: dir.appendingPathComponent("new.json"), atomically: true, encoding: .utf8)
        let checked = try run([dir.path, "--format", "json"])
        #expect(checked.status == 1)
        #expect(try json(checked).systems.map(ids) == [["incomplete"]])
    }

    @Test func initSchemaComesFromTheRules() throws {
        let dir = try CLIRunner.temporaryDirectory()
        for name in try FileManager.default.contentsOfDirectory(atPath: CLIRunner.miniRules.path) {
            try FileManager.default.copyItem(at: CLIRunner.miniRules.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        let shipped = CLIRunner.packageRoot.appendingPathComponent("Rules/answers.schema.json")
        try FileManager.default.copyItem(at: shipped, to: dir.appendingPathComponent("answers.schema.json"))
        let r = try CLIRunner.run(["init", "--schema", "--rules", dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        let schema = try CLIRunner.json(r.stdout)
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(schema["required"] as? [String] == ["answers"])
        // The rules still load and lint with the schema in the folder.
        #expect(try CLIRunner.run(["rules", "lint", "--rules", dir.path]).status == 0)
        // A rules folder without it: a clear refusal.
        let without = try CLIRunner.run(["init", "--schema", "--rules", rules, "--lang", "en"])
        #expect(without.status == 2)
        #expect(without.stderr.contains("contain no answers.schema.json"))
    }

    @Test func shippedSchemaDescribesTheFormat() throws {
        let url = CLIRunner.packageRoot.appendingPathComponent("Rules/answers.schema.json")
        let schema = try CLIRunner.json(try String(contentsOf: url, encoding: .utf8))
        let properties = try #require(schema["properties"] as? [String: Any])
        #expect(properties.keys.sorted() == ["$schema", "answers", "audit", "evidence", "recorded", "remarks", "system"])
        let recorded = try #require((properties["recorded"] as? [String: Any])?["properties"] as? [String: Any])
        #expect(recorded.keys.sorted() == ["approvedBy", "approvedOn", "riskCategories", "roles", "rulesVersion", "systemType"])
        let audit = try #require((properties["audit"] as? [String: Any])?["properties"] as? [String: Any])
        #expect(audit.keys.sorted() == ["assessedBy", "assessedOn", "nextReview"])
        let system = try #require((properties["system"] as? [String: Any])?["properties"] as? [String: Any])
        #expect(system.keys.sorted() == ["description", "intendedPurpose", "name", "organisation", "vendor", "version"])
    }
}
