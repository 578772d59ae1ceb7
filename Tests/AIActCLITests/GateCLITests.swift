import Foundation
import Testing

/// The CI gate of `aiact check` (issue 12): lead time, evidence keys, shared evidence, approval,
/// locations of findings, subfolders. Expectations come from the mini rules' dates (risk
/// management applies from 2027-12-02, AI literacy from 2025-02-02) and from the fixtures' text.
@Suite struct GateCLITests {
    let rules = CLIRunner.miniRules.path
    static let gate = CLIRunner.fixtures.appendingPathComponent("gate")
    func fixture(_ path: String) -> String { Self.gate.appendingPathComponent(path).path }

    func run(_ arguments: [String], date: String = "2026-11-22", embedded: Bool = false,
             environment: [String: String] = [:]) throws -> CLIRunner.Result {
        let rulesArguments = embedded ? [] : ["--rules", rules]
        return try CLIRunner.run(["check"] + arguments + rulesArguments + ["--date", date, "--lang", "en"], environment: environment)
    }

    func systems(_ r: CLIRunner.Result) throws -> [[String: Any]] {
        try #require(try CLIRunner.json(r.stdout)["systems"] as? [[String: Any]], "\(r.stdout)\(r.stderr)")
    }

    func findings(_ system: [String: Any]) -> [[String: Any]] { system["findings"] as? [[String: Any]] ?? [] }
    func ids(_ system: [String: Any]) -> [String] { findings(system).compactMap { $0["id"] as? String } }
    func notices(_ system: [String: Any]) -> [String] { system["notices"] as? [String] ?? [] }

    /// The 1-based line of the first line of `text` that contains `needle`.
    func line(of needle: String, in file: String) throws -> Int {
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        return try #require(lines.firstIndex { $0.contains(needle) }) + 1
    }

    // MARK: Lead time (risk management applies from 2027-12-02)

    @Test func leadTimeBeforeOnAndAfterTheDueDate() throws {
        let args = [fixture("lead.json"), "--require-evidence", "--lead-time", "30", "--format", "json"]
        // 31 days before: not due yet.
        let before = try run(args, date: "2027-11-01")
        #expect(before.status == 0, "\(before.stdout)")
        #expect(ids(try systems(before)[0]) == [])
        // 30 days before: due now.
        let on = try run(args, date: "2027-11-02")
        #expect(on.status == 1)
        let due = try #require(findings(try systems(on)[0]).first)
        #expect(due["id"] as? String == "due-soon")
        let message = try #require(due["message"] as? String)
        #expect(message.contains("risk-management"), "\(message)")
        #expect(message.contains("2 December 2027"), "\(message)")
        #expect(message.contains("in 30 days"), "\(message)")
        // One day before: still due-soon, with one day left.
        let last = try run(args, date: "2027-12-01")
        let lastMessage = try #require(findings(try systems(last)[0]).first?["message"] as? String)
        #expect(ids(try systems(last)[0]) == ["due-soon"])
        #expect(lastMessage.contains("in 1 day;"), "\(lastMessage)")
        // On the day it applies: in force, so missing evidence (not due-soon).
        let after = try run(args, date: "2027-12-02")
        #expect(ids(try systems(after)[0]) == ["missing-evidence"])
    }

    @Test func withoutLeadTimeUpcomingObligationsAreNotices() throws {
        // 62 days before 2027-12-02: a notice, not a finding.
        let near = try run([fixture("lead.json"), "--format", "json"], date: "2027-10-01")
        #expect(near.status == 0)
        let system = try systems(near)[0]
        #expect(ids(system) == [])
        #expect(notices(system).contains { $0.contains("risk-management") && $0.contains("2 December 2027") && $0.contains("in 62 days") },
                "\(notices(system))")
        // 123 days before: beyond 90 days, nothing.
        let far = try run([fixture("lead.json"), "--format", "json"], date: "2027-08-01")
        #expect(!notices(try systems(far)[0]).contains { $0.contains("risk-management") })
        // 90 days before: still listed.
        let edge = try run([fixture("lead.json"), "--format", "json"], date: "2027-09-03")
        #expect(notices(try systems(edge)[0]).contains { $0.contains("in 90 days") })
    }

    @Test func leadTimeNeedsRequireEvidenceAndANumber() throws {
        let alone = try run([fixture("lead.json"), "--lead-time", "30"])
        #expect(alone.status == 2)
        #expect(alone.stderr.contains("--require-evidence"), "\(alone.stderr)")
        for bad in ["-1", "thirty", "99999", "1.5"] {
            let r = try run([fixture("lead.json"), "--require-evidence", "--lead-time", bad])
            #expect(r.status == 2, "\(bad)")
            #expect(r.stderr.contains("--lead-time"), "\(r.stderr)")
        }
    }

    // MARK: Evidence keys

    @Test func unknownKeyIsAFindingWithDidYouMeanAndNotApplicableIsANotice() throws {
        let r = try run([fixture("keys.json"), "--format", "json"])
        #expect(r.status == 1)
        let system = try systems(r)[0]
        #expect(ids(system) == ["unknown-evidence"])
        let finding = try #require(findings(system).first)
        let message = try #require(finding["message"] as? String)
        #expect(message.contains("\"risk-managment\""), "\(message)")
        #expect(message.contains("Did you mean \"risk-management\""), "\(message)")
        let location = try #require(finding["location"] as? [String: Any])
        #expect(location["pointer"] as? String == "/evidence/risk-managment")
        #expect(location["line"] as? Int == (try line(of: "\"risk-managment\"", in: fixture("keys.json"))))
        // deployer-oversight is a known obligation, but this system is only a provider.
        #expect(notices(system).contains { $0.contains("\"deployer-oversight\"") && $0.contains("does not apply") }, "\(notices(system))")
    }

    @Test func oneKeyCoversTheSameDutyForSeveralRoles() throws {
        // Embedded rules: AI literacy (Art. 4) is in force on 2026-11-22, once for a provider that
        // is also a deployer (ai-literacy-provider); the key "ai-literacy" covers it.
        let r = try run([fixture("real/both-roles.json"), "--require-evidence", "--format", "json"], embedded: true)
        let system = try systems(r)[0]
        let assessment = try #require(system["assessment"] as? [String: Any])
        let obligations = try #require(assessment["obligations"] as? [[String: Any]])
        let inForce = obligations.filter { $0["inForce"] as? Bool == true }.compactMap { $0["id"] as? String }
        #expect(Set(inForce) == ["ai-literacy-provider"], "\(inForce)")
        #expect(!ids(system).contains("missing-evidence"), "\(findings(system))")
        #expect(!ids(system).contains("unknown-evidence"), "\(findings(system))")

        // Without the entry it is missing, once.
        let folder = try CLIRunner.temporaryDirectory()
        let text = try String(contentsOfFile: fixture("real/both-roles.json"), encoding: .utf8)
            .replacingOccurrences(of: "\"ai-literacy\"", with: "\"other-thing\"")
        let file = folder.appendingPathComponent("both.json")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let without = try run([file.path, "--require-evidence", "--format", "json"], embedded: true)
        #expect(ids(try systems(without)[0]).filter { $0 == "missing-evidence" }.count == 1)
    }

    @Test func sharedEvidenceHoldsForEverySystemBesideIt() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let description = try String(contentsOfFile: fixture("lead.json"), encoding: .utf8)
            .replacingOccurrences(of: "\"evidence\": {\"literacy\": \"https://intranet.example/ai-literacy\"}", with: "\"evidence\": {}")
        try description.write(to: folder.appendingPathComponent("a.json"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("team/docs"), withIntermediateDirectories: true)
        try description.write(to: folder.appendingPathComponent("team/b.json"), atomically: true, encoding: .utf8)

        // Without shared evidence: literacy is missing for both.
        let missing = try run([folder.path, "--recursive", "--require-evidence", "--format", "json"])
        #expect(try systems(missing).map(ids) == [["missing-evidence"], ["missing-evidence"]])

        // A shared file at the top covers both (the subfolder's description too); its path is
        // relative to the shared file's folder.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("docs"), withIntermediateDirectories: true)
        try "policy".write(to: folder.appendingPathComponent("docs/literacy.md"), atomically: true, encoding: .utf8)
        try #"{"evidence": {"literacy": "docs/literacy.md"}}"#.write(to: folder.appendingPathComponent("aiact-evidence.json"),
                                                                    atomically: true, encoding: .utf8)
        let covered = try run([folder.path, "--recursive", "--require-evidence", "--format", "json"])
        #expect(covered.status == 0, "\(covered.stdout)")
        let all = try systems(covered)
        #expect(all.count == 2)
        #expect(all.allSatisfy { notices($0).contains { $0.contains("aiact-evidence.json") } })

        // A typo in the shared file is a finding on that file.
        try #"{"evidence": {"litracy": "docs/literacy.md"}}"#.write(to: folder.appendingPathComponent("aiact-evidence.json"),
                                                                   atomically: true, encoding: .utf8)
        let typo = try run([folder.path, "--recursive", "--require-evidence", "--format", "json"])
        #expect(typo.status == 1)
        let entry = try #require(try systems(typo).first { ($0["file"] as? String)?.hasSuffix("aiact-evidence.json") == true })
        #expect(ids(entry) == ["unknown-evidence"])
        #expect((findings(entry).first?["message"] as? String)?.contains("Did you mean \"literacy\"") == true)
    }

    // MARK: Approval

    func copyOf(_ source: String, named name: String = "cv.json") throws -> URL {
        let folder = try CLIRunner.temporaryDirectory()
        let file = folder.appendingPathComponent(name)
        try FileManager.default.copyItem(at: URL(fileURLWithPath: source), to: file)
        return file
    }

    @Test func approvalSatisfiesFailOnUntilDriftVoidsIt() throws {
        let file = try copyOf(CLIRunner.fixtures.appendingPathComponent("check/ok/cv-screening.json").path)
        let gate = [file.path, "--fail-on", "high-risk", "--format", "json"]
        // Not approved: the gate is red.
        let red = try run(gate)
        #expect(red.status == 1)
        #expect(ids(try systems(red)[0]) == ["high-risk"])

        // Approved: recorded in the file, the gate is green, and the report says who approved.
        let approve = try run(["--approve", "Jan Jansen", file.path], date: "2026-11-23")
        #expect(approve.status == 0, "\(approve.stdout)\(approve.stderr)")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("\"approvedBy\": \"Jan Jansen\""), "\(text)")
        #expect(text.contains("\"approvedOn\": \"2026-11-23\""), "\(text)")
        #expect(text.contains("\"rulesVersion\": \"test.1\""))
        let green = try run(gate)
        #expect(green.status == 0, "\(green.stdout)")
        let system = try systems(green)[0]
        let approval = try #require(system["approval"] as? [String: Any])
        #expect(approval["approvedBy"] as? String == "Jan Jansen")
        #expect(approval["valid"] as? Bool == true)
        #expect(notices(system).contains { $0.contains("approved by Jan Jansen on 23 November 2026") }, "\(notices(system))")
        let textReport = try run([file.path, "--fail-on", "high-risk"])
        #expect(textReport.stdout.contains("approved by Jan Jansen"), "\(textReport.stdout)")

        // The answers change (now a deployer): drift, and the approval no longer holds.
        try text.replacingOccurrences(of: "\"role\": \"provider\"", with: "\"role\": \"deployer\", \"own-name\": \"no\"")
            .write(to: file, atomically: true, encoding: .utf8)
        let drifted = try run(gate)
        #expect(drifted.status == 1)
        let after = try systems(drifted)[0]
        #expect(ids(after) == ["high-risk", "drift"])
        #expect((after["approval"] as? [String: Any])?["valid"] as? Bool == false)
        #expect(notices(after).contains { $0.contains("no longer holds") })

        // --record accepts the new classification and removes the approval it no longer matches.
        let record = try run(["--record", file.path])
        #expect(record.status == 0, "\(record.stdout)")
        let recorded = try String(contentsOf: file, encoding: .utf8)
        #expect(!recorded.contains("approvedBy"), "\(recorded)")
        #expect(!recorded.contains("approvedOn"), "\(recorded)")
        #expect(try run(gate).status == 1, "a recorded but unapproved high-risk classification keeps the gate red")
    }

    @Test func approveRefusesStdinAndEmptyNames() throws {
        #expect(try run(["--approve", "Jan", "-"]).status == 2)
        #expect(try run(["--approve", "  ", fixture("lead.json")]).status == 2)
        #expect(try run(["--approve", "Jan\u{1B}[31m", fixture("lead.json")]).status == 2)
    }

    // MARK: Locations

    @Test func findingsPointAtTheOffendingKey() throws {
        let file = fixture("locations.json")
        let r = try run([file, "--format", "json"])
        let byId = Dictionary(findings(try systems(r)[0]).map { ($0["id"] as! String, $0["location"] as! [String: Any]) },
                              uniquingKeysWith: { a, _ in a })
        #expect(byId["needs-review"]?["line"] as? Int == (try line(of: "\"exception\"", in: file)))
        #expect(byId["needs-review"]?["column"] as? Int == 5)
        #expect(byId["needs-review"]?["pointer"] as? String == "/answers/exception")
        #expect(byId["drift"]?["line"] as? Int == (try line(of: "\"recorded\"", in: file)))
        #expect(byId["drift"]?["pointer"] as? String == "/recorded")
        #expect(byId["unknown-evidence"]?["line"] as? Int == (try line(of: "\"transparancy\"", in: file)))
        #expect(byId["unknown-evidence"]?["file"] as? String == file)

        let invalid = try run([fixture("invalid-answer.json"), "--format", "json"])
        let location = try #require(findings(try systems(invalid)[0]).first?["location"] as? [String: Any])
        #expect(location["pointer"] as? String == "/answers/is-ai")
        #expect(location["line"] as? Int == (try line(of: "\"is-ai\"", in: fixture("invalid-answer.json"))))

        let broken = try run([CLIRunner.fixtures.appendingPathComponent("check/mixed/broken.json").path, "--format", "json"])
        // A syntax error: the place where the text breaks (the message names the same line and column).
        let brokenFinding = try #require(findings(try systems(broken)[0]).first)
        let start = try #require(brokenFinding["location"] as? [String: Any])
        let line = try #require(start["line"] as? Int), column = try #require(start["column"] as? Int)
        #expect(line > 1)
        #expect((brokenFinding["message"] as? String)?.contains("line \(line), column \(column)") == true, "\(brokenFinding)")
        #expect(start["pointer"] as? String == "")
    }

    // MARK: Subfolders

    @Test func subfoldersAreNamedOrCheckedWithRecursive() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let description = try String(contentsOfFile: fixture("lead.json"), encoding: .utf8)
        for path in ["top.json", "teams/a/one.json", "teams/b/two.json", "node_modules/pkg/dep.json", ".hidden/secret.json",
                     "vendor/x.json", ".build/y.json"] {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try description.write(to: url, atomically: true, encoding: .utf8)
        }
        let flat = try run([folder.path, "--format", "json"])
        #expect(try systems(flat).count == 1)
        #expect(flat.stderr.contains("2 descriptions in subfolders not checked"), "\(flat.stderr)")
        #expect(flat.stderr.contains("use --recursive"))
        let summary = try #require(try CLIRunner.json(flat.stdout)["summary"] as? [String: Any])
        #expect((summary["notices"] as? [String])?.first?.contains("teams/a/one.json") == true)

        let deep = try run([folder.path, "--recursive", "--format", "json"])
        let files = try systems(deep).compactMap { ($0["file"] as? String).map { String($0.dropFirst(folder.path.count + 1)) } }
        #expect(files == ["top.json", "teams/a/one.json", "teams/b/two.json"], "\(files)")
        #expect(!deep.stderr.contains("subfolders"), "\(deep.stderr)")
    }

    @Test func noProgressInPipes() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let description = try String(contentsOfFile: fixture("lead.json"), encoding: .utf8)
        for index in 0..<12 {
            try description.write(to: folder.appendingPathComponent("s\(index).json"), atomically: true, encoding: .utf8)
        }
        let r = try run([folder.path])
        #expect(!r.stderr.contains("checking:"), "\(r.stderr)")
        #expect(!r.stderr.contains("\r"))
    }
}
