import AIActCore
import Foundation
import Testing

/// The binary carries its rules: copied alone to another folder it still assesses.
@Suite struct EmbeddedBinaryTests {
    @Test func copiedBinaryAssessesTheExample() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let copy = dir.appendingPathComponent("aiact")
        try CLIRunner.copyExecutable(from: CLIRunner.executable, to: copy)
        let example = CLIRunner.packageRoot.appendingPathComponent("Examples/cv-screening.json")
        try FileManager.default.copyItem(at: example, to: dir.appendingPathComponent("cv-screening.json"))
        let r = try CLIRunner.run(["assess", "cv-screening.json", "--format", "json", "--date", "2026-11-22"],
                                  in: dir, executable: copy)
        #expect(r.status == 0, "\(r.stderr)")
        let json = try CLIRunner.json(r.stdout)
        #expect((json["rules"] as? [String: Any])?["source"] as? String == "embedded")
        #expect(json["riskCategories"] as? [String] == ["high-risk"])
        #expect(json["roles"] as? [String] == ["provider"])
        let grounds = try #require(json["grounds"] as? [[String: Any]])
        #expect(grounds.map { $0["basis"] as? String } == ["Annex III(4)(a)"])
        let obligations = try #require(json["obligations"] as? [[String: Any]])
        let literacy = obligations.first { ($0["articles"] as? [String])?.contains("Art. 4") == true }
        #expect(literacy?["inForce"] as? Bool == true)
        let risk = obligations.first { ($0["articles"] as? [String])?.contains("Art. 9") == true }
        #expect(risk?["appliesFrom"] as? String == "2027-12-02")
        #expect(risk?["inForce"] as? Bool == false)
    }

    /// The example in the README carries its accepted classification: when the rules change its
    /// result, this fails like a user's CI would (accept with `aiact check --record`).
    @Test func exampleDescriptionPassesCheck() throws {
        let r = try CLIRunner.run(["check", CLIRunner.packageRoot.appendingPathComponent("Examples").path, "--date", "2026-11-22"])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
    }

    @Test func embeddedRulesPassLint() throws {
        let r = try CLIRunner.run(["rules", "lint", "--lang", "en"])
        #expect(r.status == 0, "\(r.stdout)")
        #expect(r.stdout.contains("Paths enumerated:"))
        #expect(r.stdout.contains("No defects."))
    }

    @Test func embeddedQuestionsAndObligationsList() throws {
        let q = try CLIRunner.run(["questions", "--format", "json"])
        #expect(q.status == 0)
        let questions = try #require(try JSONSerialization.jsonObject(with: Data(q.stdout.utf8)) as? [[String: Any]])
        #expect(Set(questions.compactMap { $0["step"] as? Int }) == [1, 2, 3, 4])
        let shipped = try RulesLoader.loadEmbedded()
        #expect(questions.map { $0["id"] as? String } == shipped.steps.flatMap(\.questions).map(\.id))
        for question in questions {
            for key in ["id", "step", "text", "kind", "options", "sources", "askedWhen"] {
                #expect(question[key] != nil, "\(question["id"] ?? "?") lacks \(key)")
            }
        }
        // The contract lists `help` for every question.
        let withoutHelp = questions.filter { $0["help"] == nil }.compactMap { $0["id"] as? String }
        #expect(withoutHelp == [], "questions without help: \(withoutHelp)")
        let o = try CLIRunner.run(["obligations", "--format", "json"])
        #expect(o.status == 0)
        let obligations = try #require(try JSONSerialization.jsonObject(with: Data(o.stdout.utf8)) as? [[String: Any]])
        #expect(obligations.map { $0["id"] as? String } == shipped.obligations.map(\.id), "every obligation of the rules, in order")
    }
}
