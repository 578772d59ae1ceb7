import Foundation
import Testing
@testable import AIActCore

/// The engine on the mini rules: paths, facts, derivations, grounds, role shifts, dates, review.
@Suite struct EngineTests {
    let rules: RuleSet

    init() throws { rules = try TestSupport.miniRules() }

    func evaluate(_ answers: [String: AnswerValue], date: String = "2026-11-22") throws -> Evaluation {
        try Engine.evaluate(rules: rules, answers: answers, date: date)
    }

    @Test func highRiskDeployerWithOwnNameShiftsToProvider() throws {
        let e = try evaluate(["uses": .many(["recruitment"]), "exception": .one("no"), "is-ai": .one("yes"),
                              "role": .one("deployer"), "own-name": .one("yes")])
        #expect(e.complete)
        #expect(e.riskCategories == ["high-risk"])
        #expect(e.roles == ["provider", "deployer"])
        #expect(e.roleShifts.map(\.basis) == ["Art. 25(1)(a)"])
        #expect(e.grounds.map(\.ground.basis) == ["Annex III(4)(a)"])
        #expect(e.obligations.map(\.obligation.id) == ["literacy", "risk-management", "deployer-oversight"])
        #expect(e.path.map(\.questionId) == ["uses", "exception", "is-ai", "role", "own-name"])
    }

    @Test func exceptionRemovesHighRiskAndItsGround() throws {
        let e = try evaluate(["uses": .many(["recruitment"]), "exception": .one("yes"), "is-ai": .one("yes"), "role": .one("provider")])
        #expect(e.riskCategories == ["minimal"])
        #expect(e.grounds.isEmpty)
        #expect(!e.obligations.contains { $0.obligation.id == "risk-management" })
    }

    @Test func notSureTakesTheStricterBranchAndAsksForReview() throws {
        let e = try evaluate(["uses": .many(["recruitment"]), "exception": .one("not-sure"), "is-ai": .one("yes"), "role": .one("provider")])
        #expect(e.riskCategories == ["high-risk"])
        #expect(e.review.map(\.questionId) == ["exception"])
    }

    @Test func routesSkipIrrelevantQuestionsAndWarnAboutTheirAnswers() throws {
        let e = try evaluate(["uses": .many(["chat"]), "exception": .one("yes"), "is-ai": .one("yes"), "role": .one("deployer"), "own-name": .one("no")])
        #expect(e.path.map(\.questionId) == ["uses", "is-ai", "role"])
        #expect(e.unreached == ["exception", "own-name"])
        #expect(e.riskCategories == ["transparency"])
    }

    @Test func missingAnswerMakesItIncompleteWithTheNextQuestion() throws {
        let e = try evaluate(["uses": .many(["recruitment"])])
        #expect(!e.complete)
        #expect(e.missing.map(\.questionId) == ["exception"])
        #expect(e.obligations.isEmpty)
        #expect(e.systemType == nil)
    }

    @Test func notAIEndsWithTheNoteAndNoObligations() throws {
        let e = try evaluate(["uses": .many(["recruitment"]), "exception": .one("no"), "is-ai": .one("no")])
        #expect(e.complete)
        #expect(e.systemType == "not-ai")
        #expect(!e.aiActApplies)
        #expect(e.obligations.isEmpty)
        #expect(e.notes.map(\.id) == ["not-ai-but-risk"])
    }

    @Test func datedBranchesAndInForce() throws {
        let answers: [String: AnswerValue] = ["uses": .many(["recruitment"]), "exception": .one("no"), "is-ai": .one("yes"), "role": .one("provider")]
        let early = try evaluate(answers, date: "2027-12-01").obligations.first { $0.obligation.id == "risk-management" }
        let onDate = try evaluate(answers, date: "2027-12-02").obligations.first { $0.obligation.id == "risk-management" }
        let later = try evaluate(answers, date: "2030-06-01").obligations.first { $0.obligation.id == "risk-management" }
        #expect(early?.inForce == false)
        #expect(early?.branch.date == "2027-12-02")
        #expect(early?.branch.originalDate == "2026-08-02")
        #expect(onDate?.inForce == true)
        #expect(later?.branch.date == "2030-01-01")
    }

    @Test func evaluationIsDeterministic() throws {
        let answers: [String: AnswerValue] = ["uses": .many(["chat", "recruitment"]), "exception": .one("no"), "is-ai": .one("yes"), "role": .one("deployer"), "own-name": .one("yes")]
        let a = AssessmentBuilder.build(try evaluate(answers), rules: rules, file: AnswerFile(answers: answers), language: .en)
        let b = AssessmentBuilder.build(try evaluate(answers), rules: rules, file: AnswerFile(answers: answers), language: .en)
        #expect(JSONOutput.encode(a) == JSONOutput.encode(b))
    }

    @Test func answerValidationNamesQuestionAndOptions() throws {
        let problems = AnswerValidation.problems(
            ["uses": .one("chat"), "is-ai": .many(["yes"]), "nope": .one("x"), "role": .one("boss"),
             "own-name": .one("yes")], rules: rules)
        let text = problems.map(\.description).joined(separator: "\n")
        #expect(problems.count == 4)
        #expect(text.contains("answers.uses: \"uses\" is a multiple-choice question"))
        #expect(text.contains("answers.is-ai: \"is-ai\" is a single-choice question"))
        #expect(text.contains("answers.nope: unknown question"))
        #expect(text.contains("answers.role: unknown option \"boss\"; expected one of: provider, deployer"))
    }

    @Test func exclusiveOptionCannotBeCombined() throws {
        let problems = AnswerValidation.problems(["uses": .many(["none", "chat"])], rules: rules)
        #expect(problems.map(\.message) == ["\"none\" cannot be combined with other options"])
        #expect(AnswerValidation.problems(["uses": .many([])], rules: rules).count == 1)
        #expect(AnswerValidation.problems(["uses": .many(["chat", "chat"])], rules: rules).count == 1)
    }
}
