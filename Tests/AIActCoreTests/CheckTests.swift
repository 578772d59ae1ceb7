import Foundation
import Testing
@testable import AIActCore

/// The pure logic of `aiact check`: the `recorded` splice, drift, evidence, findings, Markdown.
@Suite struct CheckTests {
    // MARK: Recording into the JSON text

    let computed = Recorded(rulesVersion: "test.1", systemType: "ai-system", riskCategories: ["high-risk", "transparency"], roles: ["provider"])

    func record(_ text: String, _ recorded: Recorded? = nil) throws -> String {
        String(decoding: try RecordedSplice.record(recorded ?? computed, into: Data(text.utf8)), as: UTF8.self)
    }

    @Test func insertsAfterAnswersKeepingOrderAndIndentation() throws {
        let text = """
        {
          "$schema": "./answers.schema.json",
          "system": {"name": "X"},
          "answers": {
            "uses": ["chat"]
          },
          "evidence": {"literacy": "docs/a.md"}
        }

        """
        let expected = """
        {
          "$schema": "./answers.schema.json",
          "system": {"name": "X"},
          "answers": {
            "uses": ["chat"]
          },
          "recorded": {
            "rulesVersion": "test.1",
            "systemType": "ai-system",
            "riskCategories": ["high-risk", "transparency"],
            "roles": ["provider"]
          },
          "evidence": {"literacy": "docs/a.md"}
        }

        """
        #expect(try record(text) == expected)
    }

    @Test func answersLastAndFourSpaceIndent() throws {
        let text = "{\n    \"system\": {\"name\": \"X\"},\n    \"answers\": {}\n}\n"
        let expected = "{\n    \"system\": {\"name\": \"X\"},\n    \"answers\": {},\n    \"recorded\": {\n        \"rulesVersion\": \"test.1\",\n        \"systemType\": \"ai-system\",\n        \"riskCategories\": [\"high-risk\", \"transparency\"],\n        \"roles\": [\"provider\"]\n    }\n}\n"
        #expect(try record(text) == expected)
    }

    @Test func oneLineFileStaysOnOneLine() throws {
        let text = #"{"answers": {"uses": ["chat"]}, "system": {"name": "X"}}"#
        let expected = #"{"answers": {"uses": ["chat"]}, "recorded": {"rulesVersion": "test.1", "systemType": "ai-system", "riskCategories": ["high-risk", "transparency"], "roles": ["provider"]}, "system": {"name": "X"}}"#
        #expect(try record(text) == expected)
        let compact = #"{"answers":{}}"#
        #expect(try record(compact) == #"{"answers":{},"recorded":{"rulesVersion":"test.1","systemType":"ai-system","riskCategories":["high-risk", "transparency"],"roles":["provider"]}}"#)
    }

    @Test func updatesOnlyChangedFieldsAndKeepsExtraKeys() throws {
        let text = "{\r\n\t\"answers\": {},\r\n\t\"recorded\": {\r\n\t\t\"acceptedBy\": \"J. Jansen\",\r\n\t\t\"rulesVersion\": \"old\",\r\n\t\t\"riskCategories\": [\r\n\t\t\t\"transparency\",\r\n\t\t\t\"high-risk\"\r\n\t\t],\r\n\t\t\"roles\": []\r\n\t}\r\n}\r\n"
        let expected = "{\r\n\t\"answers\": {},\r\n\t\"recorded\": {\r\n\t\t\"acceptedBy\": \"J. Jansen\",\r\n\t\t\"rulesVersion\": \"test.1\",\r\n\t\t\"systemType\": \"ai-system\",\r\n\t\t\"riskCategories\": [\"high-risk\", \"transparency\"],\r\n\t\t\"roles\": [\"provider\"]\r\n\t}\r\n}\r\n"
        #expect(try record(text) == expected)
        // Same values in the same order keep their formatting.
        let same = "{\n  \"answers\": {},\n  \"recorded\": {\n    \"rulesVersion\": \"test.1\",\n    \"systemType\": \"ai-system\",\n    \"riskCategories\": [\n      \"high-risk\",\n      \"transparency\"\n    ],\n    \"roles\": [\"provider\"]\n  }\n}\n"
        #expect(try record(same) == same)
    }

    @Test func recordingIsIdempotentAndDecodes() throws {
        let once = try record("{\n  \"answers\": {\"uses\": [\"chat\"]}\n}\n")
        #expect(try record(once) == once)
        let file = try AnswerFile.decode(Data(once.utf8), file: "x")
        #expect(file.recorded == computed)
        #expect(file.answers["uses"] == .many(["chat"]))
    }

    @Test func nullOrEmptyRecordedIsReplaced() throws {
        let null = try record("{\n  \"answers\": {},\n  \"recorded\": null\n}")
        #expect(null == "{\n  \"answers\": {},\n  \"recorded\": {\n    \"rulesVersion\": \"test.1\",\n    \"systemType\": \"ai-system\",\n    \"riskCategories\": [\"high-risk\", \"transparency\"],\n    \"roles\": [\"provider\"]\n  }\n}")
        let empty = try record("{\n  \"answers\": {},\n  \"recorded\": {}\n}")
        #expect(empty == null)
    }

    @Test func byteOrderMarkEscapesAndNullSystemTypeSurvive() throws {
        let text = "\u{FEFF}{\"answers\": {}}"
        let recorded = Recorded(rulesVersion: "v\"1\\2", systemType: nil, riskCategories: ["minimal"], roles: [])
        let out = try record(text, recorded)
        #expect(out.hasPrefix("\u{FEFF}{\"answers\": {}, \"recorded\": {\"rulesVersion\": \"v\\\"1\\\\2\", \"systemType\": null"))
        let decoded = try JSONSerialization.jsonObject(with: Data(out.dropFirst().utf8)) as? [String: Any]
        #expect((decoded?["recorded"] as? [String: Any])?["rulesVersion"] as? String == "v\"1\\2")
    }

    @Test func keysInsideStringsAndNestedObjectsAreNotConfused() throws {
        let text = #"{"system": {"name": "\"recorded\": {", "recorded": 1}, "answers": {"x": ["}"]}}"#
        let out = try record(text)
        #expect(out.hasPrefix(#"{"system": {"name": "\"recorded\": {", "recorded": 1}, "answers": {"x": ["}"]}, "recorded": {"#))
    }

    @Test func duplicateRecordedIsRefused() {
        #expect(throws: JSONSpliceError.duplicateKey("recorded")) {
            try RecordedSplice.record(computed, into: Data(#"{"answers": {}, "recorded": {}, "recorded": {}}"#.utf8))
        }
        #expect(throws: JSONSpliceError.notAnObject) { try RecordedSplice.record(computed, into: Data("[1]".utf8)) }
    }

    // MARK: Drift

    @Test func driftComparesClassificationNotOrder() {
        let reordered = Recorded(rulesVersion: "test.1", systemType: "ai-system", riskCategories: ["transparency", "high-risk"], roles: ["provider"])
        #expect(DriftCheck.compare(recorded: reordered, computed: computed) == .unchanged)
        #expect(DriftCheck.compare(recorded: nil, computed: computed) == .notRecorded(computed: computed))
        #expect(DriftCheck.compare(recorded: Recorded(), computed: computed) == .notRecorded(computed: computed))
        var old = reordered
        old.rulesVersion = "old"
        #expect(DriftCheck.compare(recorded: old, computed: computed) == .otherRulesVersion(recorded: "old", current: "test.1"))
        #expect(!DriftCheck.compare(recorded: old, computed: computed).isDrift)
        old.roles = ["deployer"]
        old.systemType = "not-ai"
        guard case .changed(let changes, _, _) = DriftCheck.compare(recorded: old, computed: computed) else {
            Issue.record("expected drift")
            return
        }
        #expect(changes.map(\.field) == [.systemType, .roles])
        #expect(changes[1].recorded == ["deployer"])
        #expect(changes[1].computed == ["provider"])
        let message = CheckText(.en).changed(changes, recorded: old, computed: computed, file: "a.json")
        #expect(message.contains("system type: not-ai → ai-system"))
        #expect(message.contains("roles: deployer → provider"))
        #expect(message.contains("rules old"))
        #expect(message.contains("aiact check --record a.json"))
    }

    @Test func partialRecordIsDrift() {
        let partial = Recorded(rulesVersion: "test.1")
        guard case .changed(let changes, _, _) = DriftCheck.compare(recorded: partial, computed: computed) else {
            Issue.record("expected drift")
            return
        }
        #expect(changes.count == 3)
        #expect(CheckText(.en).changed(changes, recorded: partial, computed: computed, file: "a").contains("(not recorded)"))
    }

    // MARK: Evidence

    func obligation(_ id: String, inForce: Bool) -> Assessment.ObligationItem {
        .init(id: id, role: "provider", category: "all", title: id, summary: "", articles: ["Art. 4"], appliesFrom: "2025-02-02",
              originalDate: nil, dateBasis: nil, dateNote: nil, inForce: inForce, status: inForce ? "in-force" : "upcoming", condition: nil, algoritmekader: nil, sources: [])
    }

    @Test func evidenceURLsPathsAndGaps() {
        #expect(EvidenceCheck.isURL("https://wiki.example.org/x"))
        #expect(EvidenceCheck.isURL("s3+https://bucket/x"))
        #expect(!EvidenceCheck.isURL("docs/x.md"))
        #expect(!EvidenceCheck.isURL("://x"))
        #expect(EvidenceCheck.resolve("docs/x.md", folder: "systems") == "systems/docs/x.md")
        #expect(EvidenceCheck.resolve("/abs/x.md", folder: "systems") == "/abs/x.md")
        #expect(EvidenceCheck.resolve("x.md", folder: "") == "./x.md")

        let files = EvidenceFiles.fake(["systems/docs/a.md"])
        let obligations = [obligation("a", inForce: true), obligation("b", inForce: true), obligation("c", inForce: true),
                           obligation("d", inForce: true), obligation("later", inForce: false)]
        let evidence = ["a": "docs/a.md", "b": "docs/b.md", "c": "https://x.example/c", "d": " "]
        let gaps = EvidenceCheck.gaps(evidence: evidence, obligations: obligations, folder: "systems", files: files)
        #expect(gaps == [
            .init(obligationId: "b", reference: "docs/b.md", resolvedPath: "systems/docs/b.md", verdict: .missing("systems/docs/b.md")),
            .init(obligationId: "d", reference: nil, resolvedPath: nil, verdict: .empty),
        ])
        let status = EvidenceCheck.status(evidence: evidence, obligations: obligations, folder: "systems", files: files)
        #expect(status.entries["a"]?.found == true)
        #expect(status.entries["b"]?.found == false)
        #expect(status.entries["c"]?.found == true)
        #expect(status.entries["later"] == nil)
    }

    /// Issue 9: a folder, a path out of the repository, a FIFO and any scheme but http(s) are not evidence.
    @Test func evidenceIsARegularFileInTheRepositoryOrAWebURL() {
        let files = EvidenceFiles.fake(["systems/docs/a.md", "/etc/passwd", "/repo/other.md"], folders: ["systems", "/", "systems/docs"],
                                       others: ["systems/pipe"])
        func verdict(_ reference: String) -> EvidenceCheck.Verdict { EvidenceCheck.verdict(reference, folder: "systems", files: files) }
        #expect(verdict("docs/a.md") == .file("/repo/systems/docs/a.md"))
        #expect(verdict("../other.md") == .file("/repo/other.md"))
        #expect(verdict("https://x.example/c") == .webURL)
        #expect(verdict("HTTP://x.example") == .webURL)
        #expect(verdict(".") == .folder("systems/."))
        #expect(verdict("/") == .folder("/"))
        #expect(verdict("docs") == .folder("systems/docs"))
        #expect(verdict("pipe") == .notRegularFile("systems/pipe"))
        #expect(verdict("../../../../etc/passwd") == .outsideRepository(path: "systems/../../../../etc/passwd", root: "/repo"))
        #expect(verdict("/etc/passwd") == .outsideRepository(path: "/etc/passwd", root: "/repo"))
        for other in ["javascript://alert(1)", "file:///etc/passwd", "s3+https://bucket/x", "ftp://x.example/a", "https://"] {
            #expect(verdict(other) == .notWebURL, "\(other)")
        }
        #expect(verdict("") == .empty)

        let o = obligation("literacy", inForce: true)
        let gaps = EvidenceCheck.gaps(evidence: ["literacy": "../../../../etc/passwd"], obligations: [o], folder: "systems", files: files)
        #expect(EvidenceCheck.problem(gaps[0], obligation: o, language: .en) ==
                "Evidence for obligation literacy (literacy, Art. 4): ../../../../etc/passwd leads outside the repository (/repo). Evidence is a file (a document) in the description's repository, or an http(s) URL.")
        let folder = EvidenceCheck.gaps(evidence: ["literacy": "."], obligations: [o], folder: "systems", files: files)
        #expect(EvidenceCheck.problem(folder[0], obligation: o, language: .nl)?.contains(": . is een map (systems/.), geen document.") == true)
        let escape = EvidenceCheck.gaps(evidence: ["literacy": "ftp://x\u{1B}]0;t\u{7}"], obligations: [o], folder: "systems", files: files)
        let message = EvidenceCheck.problem(escape[0], obligation: o, language: .en) ?? ""
        #expect(message.contains("ftp://x\\u{1B}]0;t\\u{7} is not an http(s) URL"), "\(message)")
    }

    func check(_ json: String, rules: RuleSet? = nil, date: String = "2026-11-22", requireEvidence: Bool = false,
               failOn: [String] = [], existing: Set<String> = []) throws -> SystemCheckResult {
        let options = CheckOptions(date: date, language: .en, requireEvidence: requireEvidence, failOn: failOn,
                                   evidenceFiles: .fake(existing))
        return SystemChecker.check(data: Data(json.utf8), file: "sys.json", folder: "sys", rules: try rules ?? TestSupport.miniRules(),
                                   options: options)
    }

    let highRisk = #"{"answers": {"uses": ["recruitment"], "exception": "no", "is-ai": "yes", "role": "provider"}, "recorded": {"rulesVersion": "test.1", "systemType": "ai-system", "riskCategories": ["high-risk"], "roles": ["provider"]}"#

    @Test func cleanDescriptionHasNoFindings() throws {
        let result = try check(highRisk + "}")
        #expect(result.findings.isEmpty, "\(result.findings)")
        #expect(result.drift == .unchanged)
        #expect(result.recordable == Recorded(rulesVersion: "test.1", systemType: "ai-system", riskCategories: ["high-risk"], roles: ["provider"]))
    }

    @Test func invalidFilesAreFindingsNotCrashes() throws {
        let broken = try check("{\"answers\": {\n  \"uses\": [\"chat\"\n}")
        #expect(broken.findings.map(\.id) == ["invalid"])
        #expect(broken.findings[0].message.contains("line 3"))
        #expect(broken.assessment == nil)
        #expect(broken.recordable == nil)
        let wrongType = try check(#"{"answers": {"uses": 3}}"#)
        #expect(wrongType.findings.map(\.id) == ["invalid"])
        #expect(wrongType.findings[0].message.contains("answers.uses"))
        let unknown = try check(#"{"answers": {"usse": ["chat"]}}"#)
        #expect(unknown.findings[0].message.contains("unknown question \"usse\""))
        let empty = try check("")
        #expect(empty.findings.map(\.id) == ["invalid"])
    }

    @Test func incompleteListsTheMissingQuestion() throws {
        let result = try check(#"{"answers": {"uses": ["chat"]}}"#)
        #expect(result.findings.map(\.id) == ["incomplete"])
        #expect(result.findings[0].message.contains("is-ai"))
        #expect(result.findings[0].message.contains("yes, no"))
        #expect(result.drift == nil)
        #expect(result.recordable == nil)
    }

    @Test func notSureIsNeedsReview() throws {
        let result = try check(highRisk.replacingOccurrences(of: "\"exception\": \"no\"", with: "\"exception\": \"not-sure\"") + "}")
        #expect(result.findings.map(\.id) == ["needs-review"])
        #expect(result.findings[0].message.contains("exception"))
    }

    @Test func failOnAddsTheCategory() throws {
        let result = try check(highRisk + "}", failOn: ["transparency", "high-risk"])
        #expect(result.findings.map(\.id) == ["high-risk"])
        #expect(result.findings[0].message.contains("Annex III(4)(a)"))
    }

    @Test func prohibitedIsAlwaysAFinding() throws {
        var files = try TestSupport.miniFiles()
        files = try TestSupport.edit(files, "facts.json") { facts in
            var list = facts["facts"] as! [[String: Any]]
            list.append(["id": "riskCategory:prohibited", "text": ["nl": "Verboden", "en": "Prohibited"]])
            facts["facts"] = list
        }
        files = try TestSupport.edit(files, "step1.json") { step in
            var questions = step["questions"] as! [[String: Any]]
            var options = questions[0]["options"] as! [[String: Any]]
            options.insert(["id": "scoring", "text": ["nl": "Scoring", "en": "Scoring"], "sets": ["riskCategory:prohibited"],
                            "grounds": [["category": "prohibited", "basis": "Art. 5(1)(c)"]]], at: 0)
            questions[0]["options"] = options
            step["questions"] = questions
        }
        let rules = try TestSupport.rules(files)
        let result = try check(#"{"answers": {"uses": ["scoring"], "is-ai": "yes", "role": "provider"}}"#, rules: rules)
        #expect(result.findings.map(\.id) == ["prohibited", "drift"])
        #expect(result.findings[0].message.contains("Art. 5(1)(c)"))
    }

    @Test func evidenceIsRequiredOnlyForObligationsInForce() throws {
        let withEvidence = highRisk + #", "evidence": {"literacy": "docs/literacy.md", "risk-management": "docs/rm.md"}}"#
        // 2026-11-22: only literacy is in force, and its file exists.
        let before = try check(withEvidence, requireEvidence: true, existing: ["sys/docs/literacy.md"])
        #expect(before.findings.isEmpty)
        // 2028-01-01: risk management is in force too, and its file is missing.
        let after = try check(withEvidence, date: "2028-01-01", requireEvidence: true, existing: ["sys/docs/literacy.md"])
        #expect(after.findings.map(\.id) == ["missing-evidence"])
        #expect(after.findings[0].message.contains("docs/rm.md"))
        #expect(after.findings[0].message.contains("sys/docs/rm.md"))
        // Without --require-evidence the status is reported but is no finding.
        let lenient = try check(withEvidence, date: "2028-01-01", existing: ["sys/docs/literacy.md"])
        #expect(lenient.findings.isEmpty)
        #expect(lenient.evidence?.entries["risk-management"]?.found == false)
        let none = try check(highRisk + "}", date: "2028-01-01", requireEvidence: true)
        #expect(none.findings.map(\.id) == ["missing-evidence", "missing-evidence"])
        #expect(none.findings[0].message.contains("\"literacy\""))
    }

    @Test func kindOfJSONFiles() {
        #expect(SystemChecker.kind(of: Data(#"{"answers": {}}"#.utf8)) == .description)
        #expect(SystemChecker.kind(of: Data(#"{"name": "website"}"#.utf8)) == .otherJSON)
        #expect(SystemChecker.kind(of: Data("[1, 2]".utf8)) == .otherJSON)
        #expect(SystemChecker.kind(of: Data(#"{"system": {"answers": {}}}"#.utf8)) == .otherJSON)
        #expect(SystemChecker.kind(of: Data("{ // x\n}".utf8)) == .invalidJSON(mentionsAnswers: false))
        #expect(SystemChecker.kind(of: Data(#"{"answers": {"#.utf8)) == .invalidJSON(mentionsAnswers: true))
    }

    @Test func reportCountsFindings() throws {
        let rules = try TestSupport.miniRules()
        var tally = CheckTally()
        for result in [try check(highRisk + "}"), try check(#"{"answers": {"uses": ["chat"]}}"#), try check("{")] { tally.add(result) }
        let summary = tally.summary(rules: rules, date: "2026-11-22", record: false)
        #expect(summary.systems == 3)
        #expect(summary.withFindings == 2)
        #expect(summary.byId == ["incomplete": 1, "invalid": 1])
        #expect(summary.orderedCounts.map(\.0) == ["invalid", "incomplete"])
        #expect(summary.recorded == nil)
    }

    /// A file system in memory: the check run's folder policy and record loop without a disk.
    final class FakeFileSystem: FileSystem, @unchecked Sendable {
        var files: [String: String]
        var folders: Set<String>
        var writes: [String] = []
        /// A file someone edits right after aiact read it.
        var editAfterRead: String?
        init(files: [String: String], folders: Set<String>) { self.files = files; self.folders = folders }
        func kind(_ path: String) -> PathKind { folders.contains(path) ? .folder : files[path] != nil ? .file : .missing }
        func isSymbolicLink(_ path: String) -> Bool { false }
        func list(_ folder: String) throws(FileError) -> [String] {
            files.keys.filter { ($0 as NSString).deletingLastPathComponent == folder }.map { ($0 as NSString).lastPathComponent }
        }
        func read(_ path: String) throws(FileError) -> Data {
            guard let text = files[path] else { throw FileError("\(path): no such file") }
            if path == editAfterRead { files[path] = text + " " }
            return Data(text.utf8)
        }
        func write(_ data: Data, to path: String, replacing original: Data) throws(FileError) {
            guard files[path].map({ Data($0.utf8) }) == original else { throw FileError("\(path): changed meanwhile") }
            files[path] = String(decoding: data, as: UTF8.self)
            writes.append(path)
        }
        var currentDirectory: String { "/" }
    }

    @Test func recordRefusesAnEditMadeAfterTheRead() throws {
        let original = #"{"answers": {"uses": ["none"], "is-ai": "yes", "role": "provider"}}"#
        let fs = FakeFileSystem(files: ["a.json": original], folders: [])
        fs.editAfterRead = "a.json"
        let options = CheckOptions(date: "2026-11-22", language: .en, evidenceFiles: .fake([]))
        let stream = CheckStream(paths: ["a.json"], rules: try TestSupport.miniRules(), options: options, record: true,
                                 fileSystem: fs, note: { _ in })
        #expect(throws: CheckRunError.file(FileError("a.json: changed meanwhile"))) { try stream.forEach { _ in } }
        #expect(fs.files["a.json"] == original + " ", "the edit survives")
        #expect(fs.writes.isEmpty)
    }

    @Test func streamFollowsTheFolderPolicyAndRecords() throws {
        let rules = try TestSupport.miniRules()
        let fs = FakeFileSystem(files: [
            "ai/a.json": highRisk + "}", "ai/b.json": #"{"answers": {"uses": ["none"], "is-ai": "yes", "role": "provider"}}"#,
            "ai/package.json": #"{"name": "x"}"#, "ai/.hidden.json": "{", "ai/broken.json": "{ nope", "ai/sub/c.json": highRisk + "}",
        ], folders: ["ai", "ai/sub"])
        var notes: [String] = []
        let options = CheckOptions(date: "2026-11-22", language: .en, evidenceFiles: .fake([]))
        let stream = CheckStream(paths: ["ai", "ai/a.json"], rules: rules, options: options, record: true, fileSystem: fs,
                                 note: { notes.append($0) })
        var files: [String] = []
        try stream.forEach { files.append($0.file) }
        #expect(files == ["ai/a.json", "ai/b.json"], "package.json, hidden, invalid without answers, subfolders and repeats are skipped")
        #expect(notes == ["ai/broken.json: skipped: not valid JSON and no \"answers\""])
        #expect(fs.writes == ["ai/b.json"], "only the description whose classification changed is written")
        #expect(fs.files["ai/b.json"]?.contains("\"recorded\"") == true)
        let json = try RendererTable.renderer(RendererTable.check, .json).string(stream, RenderContext(rules: rules, language: .en))
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect((object?["systems"] as? [Any])?.count == 2)
        #expect(json.hasPrefix("{\n  \"systems\" : [\n    {\n"), "systems first, as the contract shows, so they can stream")
        let missing = CheckStream(paths: ["nope"], rules: rules, options: options, record: false, fileSystem: fs, note: { _ in })
        #expect(throws: CheckRunError.noSuchPath("nope")) { try missing.forEach { _ in } }
    }

    // MARK: Markdown

    @Test func markdownEscapesAndKeepsCode() {
        #expect(Markdown.cell("a | b\nc") == "a \\| b<br>c")
        #expect(Markdown.text("<script>*x*") == "&lt;script&gt;\\*x\\*")
        #expect(Markdown.code("a|b") == "`a\\|b`")
        #expect(Markdown.code("a`b") == "``a`b``")
        #expect(Markdown.code("`x`") == "`` `x` ``")
        #expect(Markdown.text("&amp; ~x~ \u{1B}[2J") == "&amp;amp; \\~x\\~ \\\\u{1B}\\[2J")
        #expect(Markdown.textWithCode("run `aiact check --record a_b.json` now_") == "run `aiact check --record a_b.json` now\\_")
    }

    @Test func markdownReportHasTheDocumentedParts() throws {
        let rules = try TestSupport.miniRules()
        let json = #"{"system": {"name": "CV | ranker", "organisation": "Example BV"}, "answers": {"uses": ["recruitment", "chat"], "exception": "no", "is-ai": "yes", "role": "provider"}, "evidence": {"literacy": "docs/l.md"}}"#
        let result = try check(json, date: "2026-11-22", existing: ["sys/docs/l.md"])
        let a = try #require(result.assessment)
        let md = MarkdownRenderer(rules: rules).render(a, evidence: result.evidence)
        #expect(md.hasPrefix("# AI Act assessment — CV \\| ranker\n"))
        #expect(md.contains("| Organisation | Example BV |"))
        #expect(md.contains("`test.1`"))
        #expect(md.contains("| High risk | Annex III(4)(a) | Recruitment |"))
        #expect(md.contains("| Transparency | Art. 50(1) | Interaction |"))
        #expect(md.contains("### From 2 December 2027 (in 375 days)"))
        #expect(md.contains("| Provider · High risk |"))
        #expect(md.contains("**Risk management** (`risk-management`)"))
        #expect(md.contains("[Art. 9](https://eur-lex.europa.eu/"))
        #expect(md.contains("2 December 2027 (Art. 113(c)(i); originally 2 August 2026)"))
        #expect(md.contains("✅ `docs/l.md`"))
        #expect(md.contains("| 1 | What for? (`uses`) | Recruitment; Chat (`recruitment`, `chat`) |"))
        #expect(md.contains("> **Disclaimer:** For tests only."))
        // Without evidence (as `assess` renders it) there is no evidence column.
        #expect(!MarkdownRenderer(rules: rules).render(a).contains("| Evidence |"))
        // Every table row has as many cells as its header.
        for table in md.components(separatedBy: "\n\n") where table.hasPrefix("|") {
            let rows = table.split(separator: "\n").map { row in
                row.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            }
            #expect(Set(rows).count == 1, "\(table)")
        }
    }

    @Test func markdownOfAnIncompleteAssessmentListsTheNextQuestion() throws {
        let rules = try TestSupport.miniRules()
        let a = try #require(try check(#"{"answers": {"uses": ["chat"]}}"#).assessment)
        let md = MarkdownRenderer(rules: rules).render(a)
        #expect(md.contains("INCOMPLETE"))
        #expect(md.contains("`is-ai`"))
        #expect(md.contains("  - `yes`: Yes"))
    }
}

extension EvidenceFiles {
    /// A file system in memory: relative paths are taken from /repo, the repository root;
    /// FILES are regular files, FOLDERS folders, OTHERS FIFOs or devices.
    static func fake(_ files: Set<String>, folders: Set<String> = [], others: Set<String> = []) -> EvidenceFiles {
        @Sendable func canonical(_ path: String) -> String {
            ((path.hasPrefix("/") ? path : "/repo/" + path) as NSString).standardizingPath
        }
        let regular = Set(files.map(canonical)), dirs = Set(folders.map(canonical)), other = Set(others.map(canonical))
        return EvidenceFiles(
            inspect: { path in
                let c = canonical(path)
                if regular.contains(c) { return (.regularFile, c) }
                if dirs.contains(c) { return (.folder, c) }
                if other.contains(c) { return (.other, c) }
                return (.missing, nil)
            },
            repositoryRoot: { _ in "/repo" })
    }
}
