import Foundation
import Testing
@testable import AIActCore

/// Issue 11's small things at the command line: the version names the rules, an unsupported
/// AIACT_LANG is said, not silently replaced.
@Suite struct PlanCLITests {
    @Test func versionNamesTheRulesVersion() throws {
        let rules = try RulesLoader.loadEmbedded()
        let en = try CLIRunner.run(["--version"], environment: ["AIACT_LANG": "en"])
        #expect(en.status == 0)
        #expect(en.stdout == "aiact \(AIActInfo.version), rules \(rules.version) (embedded)\n")
        let nl = try CLIRunner.run(["--version"], environment: ["AIACT_LANG": "nl"])
        #expect(nl.stdout == "aiact \(AIActInfo.version), regels \(rules.version) (ingebouwd)\n")
    }

    @Test func unsupportedLanguageIsSaid() throws {
        let r = try CLIRunner.run(["--version"], environment: ["AIACT_LANG": "de"])
        #expect(r.status == 0)
        #expect(r.stderr == "aiact: AIACT_LANG=de wordt niet ondersteund (alleen nl en en); aiact gebruikt nl.\n")
        let en = try CLIRunner.run(["--version"], environment: ["AIACT_LANG": "de", "LANG": "en_GB.UTF-8"])
        #expect(en.stderr.contains("is not supported (only nl and en); aiact uses en."))
        // --lang decides, and then the variable does not matter.
        let flag = try CLIRunner.run(["questions", "--lang", "en"], environment: ["AIACT_LANG": "de"])
        #expect(flag.stderr.isEmpty)
        let supported = try CLIRunner.run(["--version"], environment: ["AIACT_LANG": "en"])
        #expect(supported.stderr.isEmpty)
    }
}

/// `aiact wizard --answers FILE` on a file that does not exist yet starts it.
@Suite struct WizardNewFileTests {
    @Test func answersNamingANewFileStartsIt() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("new.json")
        let r = try CLIRunner.run(["wizard", "--answers", "new.json", "--rules", CLIRunner.miniRules.path, "--lang", "en"],
                                  stdin: "2\n1\n1\n", in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("does not exist yet: the wizard starts a new answer"))
        #expect(!r.stderr.contains("no such file"))
        let saved = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
        #expect((saved?["answers"] as? [String: Any])?.isEmpty == false)
        // The second run continues it.
        let again = try CLIRunner.run(["wizard", "--answers", "new.json", "--rules", CLIRunner.miniRules.path, "--lang", "en"],
                                      stdin: "", in: dir)
        #expect(!again.stderr.contains("does not exist yet"))
    }
}

/// Step 4 (obligations) appears as a step, and the wizard ends with the summary.
@Suite struct WizardFinalStepTests {
    @Test func stepFourAppearsAndTheSummaryEndsTheRun() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("cv.json")
        let example = CLIRunner.packageRoot.appendingPathComponent("Examples/cv-screening.json")
        try FileManager.default.copyItem(at: example, to: file)
        let r = try CLIRunner.run(["wizard", "--answers", "cv.json", "--lang", "en", "--date", "2026-12-01"], stdin: "", in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("Step 4 of 4: Obligations"))
        // The summary opens the assessment and closes the run.
        #expect(r.stdout.components(separatedBy: "Next deadline: 2 December 2027 (in 366 days)").count == 3)
    }
}

@Suite struct EmptyFolderTests {
    @Test func emptyFolderIsSaidOnce() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let r = try CLIRunner.run(["check", dir.path, "--lang", "en"])
        #expect(r.status == 2)
        #expect(r.stderr.components(separatedBy: "no system descriptions found").count == 2, "\(r.stderr)")
    }
}
