import Foundation
import Testing
@testable import AIActCore

/// The gate's pure parts: day arithmetic, locations in a text, approval edits, evidence keys.
@Suite struct GateTests {
    @Test func dayArithmetic() {
        #expect(ISODay.number("1970-01-01") == 0)
        #expect(ISODay.days(from: "2026-11-22", to: "2026-12-02") == 10)
        #expect(ISODay.days(from: "2028-02-28", to: "2028-03-01") == 2, "2028 is a leap year")
        #expect(ISODay.days(from: "2027-02-28", to: "2027-03-01") == 1)
        #expect(ISODay.days(from: "2027-12-02", to: "2027-11-02") == -30)
        #expect(ISODay.number("2026-02-30") == nil)
        for day in ["2000-02-29", "2024-12-31", "2026-08-02", "1999-01-01"] {
            #expect(ISODay.date(ISODay.number(day)!) == day)
        }
    }

    @Test func locatorFindsNestedKeysWithByteOrderMarkAndCRLF() {
        let text = "\u{FEFF}{\r\n  \"answers\": {\r\n    \"role\": \"provider\"\r\n  },\r\n  \"évidence\": {}, \"evidence\": {\"a/b\": \"x\"}\r\n}"
        let locator = FindingLocator(data: Data(text.utf8), file: "f.json")
        let role = locator.locate(["answers", "role"])
        #expect(role.line == 3)
        #expect(role.column == 5)
        #expect(role.endColumn == 11)
        #expect(role.pointer == "/answers/role")
        let slash = locator.locate(["evidence", "a/b"])
        #expect(slash.line == 5)
        #expect(slash.column == 32, "after a non-ASCII key: columns count UTF-16 units")
        #expect(slash.pointer == "/evidence/a~1b")
        // A key that is not there: the nearest enclosing one.
        #expect(locator.locate(["answers", "missing"]).pointer == "/answers")
        #expect(locator.locate(["nothing"]).pointer == "")
        #expect(FindingLocator(data: Data("not json".utf8), file: "g").locate(["answers"]).line == 1)
    }

    @Test func approvalIsWrittenAndRemovedWithoutTouchingTheRest() throws {
        let pretty = """
        {
          "answers": {"is-ai": "yes"},
          "recorded": {
            "rulesVersion": "1",
            "systemType": "ai-system",
            "riskCategories": ["high-risk"],
            "roles": ["provider"]
          },
          "evidence": {}
        }
        """
        let recorded = Recorded(rulesVersion: "1", systemType: "ai-system", riskCategories: ["high-risk"], roles: ["provider"])
        let approved = try ApprovalSplice.approve(recorded, by: "A \"B\"", on: "2026-11-22", into: Data(pretty.utf8))
        let text = String(decoding: approved, as: UTF8.self)
        #expect(text.contains("    \"roles\": [\"provider\"],\n    \"approvedBy\": \"A \\\"B\\\"\",\n    \"approvedOn\": \"2026-11-22\"\n  },"), "\(text)")
        let decoded = try AnswerFile.decode(approved, file: "x")
        #expect(decoded.recorded?.approvedBy == "A \"B\"")
        // Approving again on the same day changes nothing.
        #expect(try ApprovalSplice.approve(recorded, by: "A \"B\"", on: "2026-11-22", into: approved) == approved)
        // Removing restores the original text exactly.
        #expect(String(decoding: try ApprovalSplice.removeApproval(from: approved), as: UTF8.self) == pretty)

        let inline = #"{"answers": {}, "recorded": {"approvedBy": "X", "rulesVersion": "1", "approvedOn": "2026-01-01"}}"#
        #expect(String(decoding: try ApprovalSplice.removeApproval(from: Data(inline.utf8)), as: UTF8.self)
                == #"{"answers": {}, "recorded": {"rulesVersion": "1"}}"#)
        let only = #"{"answers": {}, "recorded": {"approvedBy": "X"}}"#
        #expect(String(decoding: try ApprovalSplice.removeApproval(from: Data(only.utf8)), as: UTF8.self)
                == #"{"answers": {}, "recorded": {}}"#)
    }

    @Test func approvalHoldsOnlyWithoutDrift() {
        let recorded = Recorded(rulesVersion: "1", systemType: "ai-system", riskCategories: [], roles: [], approvedBy: "A", approvedOn: "2026-01-01")
        #expect(Approval.of(recorded, drift: .unchanged)?.valid == true)
        #expect(Approval.of(recorded, drift: .otherRulesVersion(recorded: "1", current: "2"))?.valid == true)
        #expect(Approval.of(recorded, drift: .changed(changes: [], recorded: recorded, computed: recorded))?.valid == false)
        #expect(Approval.of(recorded, drift: nil)?.valid == false)
        var unnamed = recorded
        unnamed.approvedBy = "  "
        #expect(Approval.of(unnamed, drift: .unchanged) == nil)
        // Only an approval, no classification: nothing is recorded.
        #expect(DriftCheck.compare(recorded: Recorded(approvedBy: "A"), computed: recorded.classificationOnly).isDrift)
    }

    @Test func dutyIdsCoverEveryRole() {
        #expect(EvidenceKeys.dutyId("ai-literacy-provider", role: "provider") == "ai-literacy")
        #expect(EvidenceKeys.dutyId("literacy", role: "provider") == "literacy")
        #expect(EvidenceKeys.covers("ai-literacy", obligationId: "ai-literacy-deployer", role: "deployer"))
        #expect(!EvidenceKeys.covers("ai-literacy-provider", obligationId: "ai-literacy-deployer", role: "deployer"))
        #expect(!EvidenceKeys.covers("ai", obligationId: "ai-literacy-deployer", role: "deployer"))
    }
}

/// The wizard's `r` command: a remark on the current answer.
@Suite struct WizardRemarkTests {
    @Test func remarkCommand() {
        #expect(WizardInput.command("r Because it ranks applicants") == .remark("Because it ranks applicants"))
        #expect(WizardInput.command("toelichting: omdat het rangschikt") == .remark("omdat het rangschikt"))
        #expect(WizardInput.command("r") == .remark(nil))
        #expect(WizardInput.command("recruitment") == nil, "an option id is not a remark")
        #expect(WizardInput.command("remarkable") == nil)
    }
}
