import Foundation
import Testing

/// `--format html`: one self-contained, printable document with the audit record.
@Suite struct HTMLReportCLITests {
    static let audited = CLIRunner.fixtures.appendingPathComponent("gate/real/audited.json").path

    func assess(_ lang: String) throws -> String {
        let r = try CLIRunner.run(["assess", Self.audited, "--date", "2026-12-01", "--lang", lang, "--format", "html"])
        #expect(r.status == 0, "\(r.stderr)")
        return r.stdout
    }

    /// Nothing is loaded from elsewhere and nothing runs.
    func expectSelfContained(_ html: String) {
        let lower = html.lowercased()
        #expect(lower.hasPrefix("<!doctype html>"))
        #expect(!lower.contains("<script"))
        #expect(!lower.contains("<link"))
        #expect(!lower.contains("<img"))
        #expect(!lower.contains("<iframe"))
        #expect(!lower.contains(" src="))
        #expect(!lower.contains("url("))
        #expect(!lower.contains("@import"))
        #expect(!lower.contains("javascript:"))
        #expect(!lower.contains(" on") || !lower.contains("onload="))
        #expect(lower.contains("@media print"))
    }

    @Test(arguments: ["en", "nl"])
    func assessmentReportHasTheAuditRecord(lang: String) throws {
        let html = try assess(lang)
        expectSelfContained(html)
        // Cover: system, organisation, vendor, version (escaped), assessed and approved by, review.
        #expect(html.contains("CV screening assistant"))
        #expect(html.contains("Gemeente Voorbeeldstad"))
        #expect(html.contains("Example Software BV"))
        #expect(html.contains("3.2 &lt;beta&gt;"), "the version is escaped")
        #expect(!html.contains("3.2 <beta>"))
        #expect(html.contains("A. Jansen, privacy officer"))
        #expect(html.contains("J. de Vries (CISO)"))
        #expect(html.contains("2027-11-20"))
        #expect(html.contains("CV &amp; motivation letter"))
        // The remarks per answer, the timeline, the disclaimer.
        #expect(html.contains("The ranking influences who is invited"))
        #expect(html.contains("<svg class=\"timeline\""))
        #expect(html.contains("2027-12-02"), "the high-risk date is on the timeline and in the table")
        #expect(html.contains("class=\"disclaimer\""))
        #expect(html.contains("Regulation (EU) 2024/1689") || html.contains("Verordening (EU) 2024/1689"))
    }

    @Test func checkReportEscapesEverythingFromFiles() throws {
        let r = try CLIRunner.run(["check", CLIRunner.fixtures.appendingPathComponent("check/hostile").path, "--format", "html",
                                   "--rules", CLIRunner.miniRules.path, "--date", "2026-12-01", "--lang", "en"])
        #expect(r.status == 1)
        expectSelfContained(r.stdout)
        #expect(!r.stdout.contains("<script>alert"))
        #expect(r.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!r.stdout.contains("<testcase"))
        #expect(!r.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        #expect(r.stdout.contains("unknown-evidence"))
    }

    @Test func markdownCarriesTheAuditRecordToo() throws {
        let r = try CLIRunner.run(["assess", Self.audited, "--date", "2026-12-01", "--lang", "en", "--format", "markdown"])
        #expect(r.stdout.contains("| Assessed by | A. Jansen, privacy officer, 20 November 2026 (2026-11-20) |"), "\(r.stdout.prefix(1500))")
        #expect(r.stdout.contains("| Approved by | J. de Vries (CISO), 25 November 2026 (2026-11-25)"))
        #expect(r.stdout.contains("holds for the current classification"))
        #expect(r.stdout.contains("| Step | Question | Answer | Remark |"))
        let json = try CLIRunner.json(try CLIRunner.run(["assess", Self.audited, "--date", "2026-12-01", "--format", "json"]).stdout)
        let audit = try #require(json["audit"] as? [String: Any])
        #expect(audit["approvalHolds"] as? Bool == true)
        #expect(audit["nextReview"] as? String == "2027-11-20")
    }
}
