import Foundation
import Testing

/// `aiact assess` end to end: exit codes, messages and the contract's JSON keys.
@Suite struct AssessCLITests {
    let rules = CLIRunner.miniRules.path

    func write(_ text: String) throws -> String {
        let dir = try CLIRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("answers.json")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    let complete = """
    {"system": {"name": "CV ranker"}, "answers": {"uses": ["recruitment"], "exception": "no", "is-ai": "yes", "role": "provider"}}
    """

    @Test func completeAnswersExitZeroWithContractKeys() throws {
        let path = try write(complete)
        let r = try CLIRunner.run(["assess", path, "--rules", rules, "--format", "json", "--date", "2026-11-22"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try CLIRunner.json(r.stdout)
        for key in ["tool", "rules", "assessedOn", "language", "system", "complete", "missing", "aiAct", "systemType",
                    "riskCategories", "grounds", "roles", "roleShifts", "obligations", "notes", "review", "trace"] {
            #expect(json[key] != nil, "missing key \(key)")
        }
        #expect(json["assessedOn"] as? String == "2026-11-22")
        #expect(json["riskCategories"] as? [String] == ["high-risk"])
        #expect(json["roles"] as? [String] == ["provider"])
        #expect((json["tool"] as? [String: Any])?["name"] as? String == "aiact")
        let obligations = try #require(json["obligations"] as? [[String: Any]])
        let first = try #require(obligations.first)
        for key in ["id", "role", "title", "summary", "articles", "appliesFrom", "inForce"] {
            #expect(first[key] != nil, "obligation lacks \(key)")
        }
        let trace = try #require(json["trace"] as? [[String: Any]])
        #expect(trace.map { $0["questionId"] as? String } == ["uses", "exception", "is-ai", "role"])
    }

    @Test func readsStdin() throws {
        let r = try CLIRunner.run(["assess", "-", "--rules", rules, "--format", "json"], stdin: complete)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try CLIRunner.json(r.stdout)["complete"] as? Bool == true)
    }

    @Test func incompleteExitsThreeAndListsTheNextQuestion() throws {
        let path = try write(#"{"answers": {"uses": ["none"]}}"#)
        let r = try CLIRunner.run(["assess", path, "--rules", rules, "--lang", "en"])
        #expect(r.status == 3)
        #expect(r.stdout.contains("is-ai"))
        #expect(r.stdout.contains("\"yes\""))
        #expect(r.stdout.contains("\"no\""))
        // The question is listed once: stderr names it and says where it is.
        #expect(r.stderr.contains("next question: is-ai, listed above"))
        #expect(!r.stderr.contains("\"yes\""))
        let json = try CLIRunner.run(["assess", path, "--rules", rules, "--lang", "en", "--format", "json"])
        #expect(json.status == 3)
        #expect(json.stderr.contains("\"yes\""), "beside JSON, stderr lists the options for a person")
    }

    @Test func missingFileExitsTwo() throws {
        let r = try CLIRunner.run(["assess", "/nonexistent/answers.json", "--rules", rules])
        #expect(r.status == 2)
        #expect(r.stderr.contains("/nonexistent/answers.json"))
        #expect(r.stderr.contains("no such file"))
    }

    @Test func invalidJSONExitsTwoWithLine() throws {
        let path = try write("{\n  \"answers\": {\n    \"uses\": [\"none\"\n}")
        let r = try CLIRunner.run(["assess", path, "--rules", rules, "--lang", "en"])
        #expect(r.status == 2)
        #expect(r.stderr.contains(path))
        #expect(r.stderr.contains("not valid JSON"))
        #expect(r.stderr.contains("line"))
        #expect(r.stdout.isEmpty)
    }

    @Test func unknownQuestionExitsTwo() throws {
        let path = try write(#"{"answers": {"usse": ["none"]}}"#)
        let r = try CLIRunner.run(["assess", path, "--rules", rules, "--lang", "en"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("answers.usse"))
        #expect(r.stderr.contains("unknown question"))
        #expect(r.stderr.contains("\"uses\""), "suggests the near id")
    }

    @Test func wrongOptionExitsTwoAndListsValidOptions() throws {
        let path = try write(#"{"answers": {"uses": ["recruting"]}}"#)
        let r = try CLIRunner.run(["assess", path, "--rules", rules, "--lang", "en"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("unknown option \"recruting\""))
        #expect(r.stderr.contains("recruitment, chat, none"))
    }

    @Test func listForSingleChoiceExitsTwo() throws {
        let path = try write(#"{"answers": {"uses": ["none"], "is-ai": ["yes"]}}"#)
        let r = try CLIRunner.run(["assess", path, "--rules", rules, "--lang", "en"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("single-choice"))
    }

    @Test func errorsSpeakDutchByDefault() throws {
        let path = try write(#"{"answers": {"uses": ["recruting"]}}"#)
        let r = try CLIRunner.run(["assess", path, "--rules", rules])
        #expect(r.status == 2)
        #expect(r.stderr.contains("onbekende optie \"recruting\"; verwacht een van: recruitment, chat, none"))
        let syntax = try write("{\"answers\": {")
        let s = try CLIRunner.run(["assess", syntax, "--rules", rules, "--lang", "nl"])
        #expect(s.stderr.contains("geen geldige JSON: syntaxfout op regel 1"))
    }

    @Test func wrongTypeNamesThePlace() throws {
        let path = try write(#"{"answers": {"uses": 3}}"#)
        let r = try CLIRunner.run(["assess", path, "--rules", rules])
        #expect(r.status == 2)
        #expect(r.stderr.contains("answers.uses"))
    }

    @Test func missingAnswersKeyExitsTwo() throws {
        let path = try write(#"{"system": {"name": "x"}}"#)
        let r = try CLIRunner.run(["assess", path, "--rules", rules, "--lang", "en"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("missing key `answers`"))
    }

    @Test func unreachedAnswerIsAWarningNotAnError() throws {
        let path = try write(#"{"answers": {"uses": ["chat"], "exception": "yes", "is-ai": "yes", "role": "provider"}}"#)
        let r = try CLIRunner.run(["assess", path, "--rules", rules, "--lang", "en"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("warning"))
        #expect(r.stderr.contains("answers.exception"))
    }

    @Test func dateDecidesWhatIsInForce() throws {
        let path = try write(complete)
        let before = try CLIRunner.json(try CLIRunner.run(["assess", path, "--rules", rules, "--format", "json", "--date", "2027-12-01"]).stdout)
        let after = try CLIRunner.json(try CLIRunner.run(["assess", path, "--rules", rules, "--format", "json", "--date", "2027-12-02"]).stdout)
        func inForce(_ json: [String: Any]) -> Bool? {
            (json["obligations"] as? [[String: Any]])?.first { $0["id"] as? String == "risk-management" }?["inForce"] as? Bool
        }
        #expect(inForce(before) == false)
        #expect(inForce(after) == true)
    }

    @Test func badDateAndBadLanguageAreUsageErrors() throws {
        let path = try write(complete)
        #expect(try CLIRunner.run(["assess", path, "--rules", rules, "--date", "2026-13-01"]).status == 2)
        #expect(try CLIRunner.run(["assess", path, "--rules", rules, "--lang", "de"]).status == 2)
        #expect(try CLIRunner.run(["assess", path, "--rules", rules, "--format", "yaml"]).status == 2)
        #expect(try CLIRunner.run(["assess", path, "--rules", rules, "--bogus"]).status == 2)
    }

    @Test func languageFromEnvironment() throws {
        let path = try write(complete)
        let en = try CLIRunner.run(["assess", path, "--rules", rules], environment: ["AIACT_LANG": "en"])
        #expect(en.stdout.contains("Obligations"))
        let nl = try CLIRunner.run(["assess", path, "--rules", rules], environment: ["LANG": "nl_NL.UTF-8"])
        #expect(nl.stdout.contains("Verplichtingen"))
        let locale = try CLIRunner.run(["assess", path, "--rules", rules], environment: ["LC_ALL": "en_GB.UTF-8"])
        #expect(locale.stdout.contains("Obligations"))
        let flag = try CLIRunner.run(["assess", path, "--rules", rules, "--lang", "nl"], environment: ["AIACT_LANG": "en"])
        #expect(flag.stdout.contains("Verplichtingen"))
    }

    @Test func noColourWhenNotATerminal() throws {
        let path = try write(complete)
        let r = try CLIRunner.run(["assess", path, "--rules", rules])
        #expect(!r.stdout.contains("\u{1B}["))
    }

    @Test func brokenRulesFolderIsRefused() throws {
        let path = try write(complete)
        let r = try CLIRunner.run(["assess", path, "--rules", "/nonexistent-rules"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("/nonexistent-rules"))
    }
}
