import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// The CI formats of `aiact check` checked by their structure, with the requirements written out
/// here (from the SARIF 2.1.0 schema and GitHub's code scanning documentation, GitLab's Code
/// Quality format, JUnit as GitLab and Jenkins read it, GitHub workflow commands).
@Suite struct CIFormatsCLITests {
    let rules = CLIRunner.miniRules.path
    static let check = CLIRunner.fixtures.appendingPathComponent("check")

    /// Runs check inside the fixtures folder, so paths are relative as in a repository.
    func run(_ arguments: [String], lang: String = "en", date: String = "2026-11-22") throws -> CLIRunner.Result {
        try CLIRunner.run(["check"] + arguments + ["--rules", rules, "--date", date, "--lang", lang], in: Self.check)
    }

    func object(_ value: Any?) throws -> [String: Any] { try #require(value as? [String: Any]) }
    func array(_ value: Any?) throws -> [[String: Any]] { try #require(value as? [[String: Any]]) }
    func nonEmptyText(_ value: Any?) throws -> String {
        let text = try #require((value as? [String: Any])?["text"] as? String)
        #expect(!text.isEmpty)
        return text
    }

    @Test(arguments: ["en", "nl"])
    func sarifHasWhatCodeScanningRequires(lang: String) throws {
        let r = try run(["mixed", "cases", "hostile", "--format", "sarif"], lang: lang)
        #expect(r.status == 1)
        let log = try CLIRunner.json(r.stdout)
        // Log: $schema, version 2.1.0, runs.
        #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        #expect(log["version"] as? String == "2.1.0")
        let runs = try array(log["runs"])
        #expect(runs.count == 1)
        let sarifRun = runs[0]
        let driver = try object(try object(sarifRun["tool"])["driver"])
        #expect(driver["name"] as? String == "aiact")
        let rules = try array(driver["rules"])
        var ruleIds: [String] = []
        for rule in rules {
            let id = try #require(rule["id"] as? String)
            ruleIds.append(id)
            _ = try nonEmptyText(rule["shortDescription"])
            _ = try nonEmptyText(rule["fullDescription"])
            _ = try nonEmptyText(rule["help"])
        }
        #expect(Set(ruleIds).count == ruleIds.count, "rule ids are unique")
        for id in ["invalid", "prohibited", "incomplete", "drift", "needs-review", "missing-evidence", "due-soon", "unknown-evidence", "high-risk"] {
            #expect(ruleIds.contains(id), "\(id)")
        }
        let results = try array(sarifRun["results"])
        #expect(results.count >= 8, "\(results.count)")
        var fingerprints = Set<String>()
        for result in results {
            let ruleId = try #require(result["ruleId"] as? String)
            #expect(ruleIds.contains(ruleId))
            if let index = result["ruleIndex"] as? Int { #expect(ruleIds[index] == ruleId) }
            #expect(["none", "note", "warning", "error"].contains(result["level"] as? String ?? ""))
            _ = try nonEmptyText(result["message"])
            let locations = try array(result["locations"])
            #expect(!locations.isEmpty)
            let physical = try object(locations[0]["physicalLocation"])
            let uri = try #require(try object(physical["artifactLocation"])["uri"] as? String)
            #expect(!uri.hasPrefix("/") && !uri.hasPrefix("./") && !uri.contains("://"), "repository-relative: \(uri)")
            #expect(uri.allSatisfy { $0.isASCII && $0 != " " && $0 != "\\" }, "a URI reference: \(uri)")
            let region = try object(physical["region"])
            let startLine = try #require(region["startLine"] as? Int), startColumn = try #require(region["startColumn"] as? Int)
            let endLine = try #require(region["endLine"] as? Int), endColumn = try #require(region["endColumn"] as? Int)
            #expect(startLine >= 1 && startColumn >= 1)
            #expect(endLine > startLine || (endLine == startLine && endColumn >= startColumn))
            let partial = try object(result["partialFingerprints"])
            let hash = try #require(partial["primaryLocationLineHash"] as? String)
            #expect(!hash.isEmpty)
            #expect(fingerprints.insert(hash).inserted, "fingerprints are unique per finding: \(ruleId) \(uri)")
        }
        // Stable: the same run gives the same fingerprints (and bytes).
        #expect(try run(["mixed", "cases", "hostile", "--format", "sarif"], lang: lang).stdout == r.stdout)
    }

    @Test func sarifFingerprintsIgnoreLinesAndLanguage() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let source = try String(contentsOf: Self.check.appendingPathComponent("cases/needs-review.json"), encoding: .utf8)
        let file = folder.appendingPathComponent("system.json")
        try source.write(to: file, atomically: true, encoding: .utf8)
        func hashes(_ lang: String) throws -> [String] {
            let r = try CLIRunner.run(["check", "system.json", "--rules", rules, "--date", "2026-11-22", "--lang", lang, "--format", "sarif"],
                                      in: folder)
            let results = try array(try array(try CLIRunner.json(r.stdout)["runs"])[0]["results"])
            return try results.map { try #require((try object($0["partialFingerprints"]))["primaryLocationLineHash"] as? String) }
        }
        let before = try hashes("en")
        #expect(try hashes("nl") == before)
        try ("\n\n" + source).write(to: file, atomically: true, encoding: .utf8)
        #expect(try hashes("en") == before, "lines moved, same finding")
    }

    @Test func codeQualityIsAnArrayWithoutBOM() throws {
        let r = try run(["mixed", "cases", "--format", "codequality"])
        #expect(r.status == 1)
        #expect(!r.stdout.hasPrefix("\u{FEFF}"))
        #expect(r.stdout.first == "[")
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(!issues.isEmpty)
        var fingerprints = Set<String>()
        for issue in issues {
            #expect((issue["description"] as? String)?.isEmpty == false)
            #expect((issue["check_name"] as? String)?.hasPrefix("aiact/") == true)
            #expect(["info", "minor", "major", "critical", "blocker"].contains(issue["severity"] as? String ?? ""))
            let fingerprint = try #require(issue["fingerprint"] as? String)
            #expect(fingerprints.insert(fingerprint).inserted)
            let location = try object(issue["location"])
            let path = try #require(location["path"] as? String)
            #expect(!path.hasPrefix("/") && FileManager.default.fileExists(atPath: Self.check.appendingPathComponent(path).path), "\(path)")
            #expect((try object(location["lines"]))["begin"] as? Int ?? 0 >= 1)
        }
        // Nothing found: an empty array (GitLab reads it as no issues).
        let clean = try run(["ok", "--format", "codequality"])
        #expect(clean.status == 0)
        #expect(clean.stdout == "[\n\n]\n" || clean.stdout == "[]\n", "\(clean.stdout.debugDescription)")
    }

    @Test func junitHasOneTestCasePerSystemAndAFailurePerFinding() throws {
        let r = try run(["mixed", "cases/needs-review.json", "hostile", "--format", "junit"])
        #expect(r.status == 1)
        let document = try XMLDocument(data: Data(r.stdout.utf8))
        let root = try #require(document.rootElement())
        #expect(root.name == "testsuites")
        let suites = try root.nodes(forXPath: "testsuite") as! [XMLElement]
        #expect(suites.count == 1)
        let testcases = try suites[0].nodes(forXPath: "testcase") as! [XMLElement]
        let json = try CLIRunner.json(try run(["mixed", "cases/needs-review.json", "hostile", "--format", "json"]).stdout)
        let systems = try array(json["systems"])
        #expect(testcases.count == systems.count)
        #expect(suites[0].attribute(forName: "tests")?.stringValue == "\(systems.count)")
        for (testcase, system) in zip(testcases, systems) {
            let findings = try array(system["findings"])
            let failures = try testcase.nodes(forXPath: "failure") as! [XMLElement]
            let types: [String] = failures.map { $0.attribute(forName: "type")?.stringValue ?? "" }
            let ids: [String] = findings.map { $0["id"] as? String ?? "" }
            #expect(types == ids)
            #expect(testcase.attribute(forName: "file")?.stringValue == system["file"] as? String)
            #expect(testcase.attribute(forName: "classname") != nil)
        }
        // The hostile names stay text: no element was injected.
        #expect(try root.nodes(forXPath: "//testcase").count == systems.count)
        #expect(try root.nodes(forXPath: "//x").isEmpty)
    }

    @Test func githubCommandsAreOneLineEachAndEscaped() throws {
        let r = try run(["mixed", "hostile", "cases/needs-review.json", "--format", "github"])
        #expect(r.status == 1)
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let commands = lines.filter { $0.hasPrefix("::") }
        #expect(commands.contains { $0.hasPrefix("::error file=mixed/drift.json,line=") })
        #expect(commands.contains { $0.hasPrefix("::warning file=cases/needs-review.json,line=") })
        for command in commands {
            // `::name props::message`: the properties end at the first `::` (a message may contain more).
            let body = command.dropFirst(2)
            let head = try #require(body.components(separatedBy: "::").first)
            #expect(!command.unicodeScalars.contains { $0.value == 0x0D || $0.value == 0x1B })
            let properties = head.split(separator: " ", maxSplits: 1).last.map(String.init) ?? ""
            for property in properties.split(separator: ",") {
                #expect(property.split(separator: "=").count == 2, "\(property) in \(command)")
            }
        }
        // Every line is a command or the summary line; no forged command from a file.
        #expect(lines.filter { !$0.hasPrefix("::") }.count == 1)
        #expect(!r.stdout.contains("\n::error::x"))
        #expect(r.stdout.contains("line%0Abreak%3A%3Aerror%3A%3Ax%250A") || r.stdout.contains("line\\nbreak::error::x%250A"))
    }

    @Test func formatsAreRefusedWhereTheyDoNotBelong() throws {
        let r = try CLIRunner.run(["assess", "-", "--format", "sarif", "--rules", rules], stdin: "{}")
        #expect(r.status == 2)
    }
}
