import Foundation
import Testing
@testable import AIActCore

/// The wizard's pure session logic on the mini rules: what to ask, parsing typed answers,
/// going back, progress, and the answer file to save.
@Suite struct WizardSessionTests {
    let rules: RuleSet

    init() throws { rules = try TestSupport.miniRules() }

    func session(_ answers: [String: AnswerValue] = [:]) throws -> WizardSession {
        try WizardSession(rules: rules, answers: answers, date: "2026-11-22")
    }

    func question(_ id: String) throws -> Question { try #require(rules.question(id)?.question) }

    // MARK: Position and progress

    @Test func freshSessionAsksTheFirstQuestionOfStepOne() throws {
        let s = try session()
        let p = try #require(s.position)
        #expect(p.question.id == "uses")
        #expect(p.step.step == 1)
        #expect(p.stepOrdinal == 1 && p.stepCount == 2)
        #expect(p.numberInStep == 1 && p.isFirstInStep)
        #expect(p.maxInStep == 2)
        #expect(p.pathNumber == 1)
        #expect(p.cameFrom == nil)
        #expect(p.currentAnswer == nil)
        #expect(!s.isComplete)
    }

    @Test func progressWithinAStepAndTheRouteThatLedHere() throws {
        var s = try session()
        try s.answer(.many(["recruitment"]))
        let p = try #require(s.position)
        #expect(p.question.id == "exception")
        #expect(p.numberInStep == 2 && p.maxInStep == 2)
        #expect(p.cameFrom?.questionId == "uses")
        try s.answer(.one("no"))
        let next = try #require(s.position)
        #expect(next.question.id == "is-ai")
        #expect(next.stepOrdinal == 2 && next.numberInStep == 1 && next.maxInStep == 3)
        #expect(next.pathNumber == 3)
        #expect(next.cameFrom == nil, "a new step starts from its start route")
    }

    @Test func longestRouteCountsEveryBranch() throws {
        #expect(WizardSession.longestRoute(from: "uses", in: rules.steps[0]) == 2)
        #expect(WizardSession.longestRoute(from: "exception", in: rules.steps[0]) == 1)
        #expect(WizardSession.longestRoute(from: "is-ai", in: rules.steps[1]) == 3)
        #expect(WizardSession.longestRoute(from: "own-name", in: rules.steps[1]) == 1)
    }

    @Test func startsWhereLoadedAnswersLeaveOff() throws {
        let s = try session(["uses": .many(["none"])])
        #expect(s.position?.question.id == "is-ai")
        #expect(s.path.map(\.questionId) == ["uses"])
    }

    @Test func completeRunHasNoPosition() throws {
        var s = try session()
        for value: AnswerValue in [.many(["recruitment"]), .one("no"), .one("yes"), .one("provider")] {
            try s.answer(value)
        }
        #expect(s.isComplete)
        #expect(s.position == nil)
        #expect(s.path.map(\.questionId) == ["uses", "exception", "is-ai", "role"])
        #expect(s.evaluation.riskCategories == ["high-risk"])
        #expect(throws: WizardSessionError.nothingToAnswer) { try s.answer(.one("yes")) }
    }

    @Test func anInvalidAnswerIsRefusedAndChangesNothing() throws {
        var s = try session()
        #expect(throws: Assessor.InvalidAnswers.self) { try s.answer(.one("recruitment")) }
        #expect(throws: Assessor.InvalidAnswers.self) { try s.answer(.many(["none", "chat"])) }
        #expect(s.answers.isEmpty)
        #expect(s.position?.question.id == "uses")
    }

    // MARK: Going back

    @Test func goingBackAndChangingAnAnswerChangesThePath() throws {
        var s = try session()
        try s.answer(.many(["recruitment"]))
        try s.answer(.one("no"))
        try s.answer(.one("yes"))
        try s.answer(.one("deployer"))
        #expect(s.position?.question.id == "own-name", "a high-risk deployer is asked about its own name")

        try s.goBack(to: 1)
        let p = try #require(s.position)
        #expect(p.question.id == "uses")
        #expect(p.currentAnswer == .many(["recruitment"]))
        #expect(s.answers["uses"] != nil, "the answer stays until a new one is given")

        let reused = try s.answer(.many(["chat"]))
        #expect(reused.map(\.questionId) == ["is-ai", "role"], "later answers that still apply are reused")
        #expect(s.isComplete, "not high-risk: the own-name question no longer applies")
        #expect(s.path.map(\.questionId) == ["uses", "is-ai", "role"])
        #expect(s.unreachedAnswers == ["exception"])
        #expect(s.evaluation.riskCategories == ["transparency"])

        let pruned = s.answerFile(pruned: true)
        #expect(pruned.answers == ["uses": .many(["chat"]), "is-ai": .one("yes"), "role": .one("deployer")])
        #expect(s.answerFile(pruned: false).answers["exception"] == .one("no"), "kept harmlessly until the end")
    }

    @Test func backGoesToThePreviousQuestionStepByStep() throws {
        var s = try session()
        try s.answer(.many(["recruitment"]))
        try s.answer(.one("yes"))
        #expect(s.position?.question.id == "is-ai")
        try s.goBack()
        #expect(s.position?.question.id == "exception")
        #expect(s.position?.currentAnswer == .one("yes"))
        #expect(s.position?.numberInStep == 2)
        try s.goBack()
        #expect(s.position?.question.id == "uses")
        #expect(throws: WizardInputProblem.noEarlierQuestion) { try s.goBack() }
    }

    @Test func keepingTheAnswerReturnsToTheFirstUnansweredQuestion() throws {
        var s = try session()
        try s.answer(.many(["recruitment"]))
        try s.answer(.one("no"))
        try s.goBack(to: 1)
        let reused = s.keepCurrentAnswer()
        #expect(reused.map(\.questionId) == ["exception"])
        #expect(s.position?.question.id == "is-ai")
        #expect(s.revisiting == nil)
    }

    @Test func backOutOfRangeIsAProblem() throws {
        var s = try session()
        #expect(throws: WizardInputProblem.noEarlierQuestion) { try s.goBack() }
        #expect(throws: WizardInputProblem.noEarlierQuestion) { try s.goBack(to: 1) }
        try s.answer(.many(["none"]))
        #expect(throws: WizardInputProblem.noSuchQuestion(5, count: 1)) { try s.goBack(to: 5) }
        #expect(throws: WizardInputProblem.noSuchQuestion(0, count: 1)) { try s.goBack(to: 0) }
    }

    @Test func goingBackFromTheCompleteStateRevisitsTheLastQuestion() throws {
        var s = try session(["uses": .many(["none"]), "is-ai": .one("no")])
        #expect(s.isComplete)
        try s.goBack()
        #expect(!s.isComplete)
        #expect(s.position?.question.id == "is-ai")
        try s.answer(.one("yes"))
        #expect(s.position?.question.id == "role")
    }

    // MARK: The answer file

    @Test func answerFileKeepsTheLoadedMetadata() throws {
        let base = AnswerFile(schema: "https://example.org/answers.schema.json", system: SystemInfo(name: "CV ranker"),
                              answers: ["uses": .many(["none"])], recorded: Recorded(riskCategories: ["minimal"]),
                              evidence: ["literacy": "docs/literacy.md"])
        var s = try session(base.answers)
        try s.answer(.one("no"))
        let file = s.answerFile(base: base, pruned: true)
        #expect(file.schema == base.schema)
        #expect(file.system == base.system)
        #expect(file.recorded == base.recorded)
        #expect(file.evidence == base.evidence)
        #expect(file.answers == ["uses": .many(["none"]), "is-ai": .one("no")])
    }

    // MARK: Parsing typed lines

    @Test func numbersBecomeOptionIds() throws {
        let uses = try question("uses"), isAI = try question("is-ai")
        #expect(WizardInput.parse("1", question: uses) == .answer(.many(["recruitment"])))
        #expect(WizardInput.parse("1,2", question: uses) == .answer(.many(["recruitment", "chat"])))
        #expect(WizardInput.parse(" 2 1 ", question: uses) == .answer(.many(["recruitment", "chat"])), "listed order, any separators")
        #expect(WizardInput.parse("1, 1", question: uses) == .answer(.many(["recruitment"])), "a repeated number is harmless")
        #expect(WizardInput.parse("1;2", question: uses) == .answer(.many(["recruitment", "chat"])))
        #expect(WizardInput.parse("2", question: isAI) == .answer(.one("no")))
        #expect(WizardInput.parse("chat", question: uses) == .answer(.many(["chat"])), "option ids work too")
        #expect(WizardInput.parse("YES", question: isAI) == .answer(.one("yes")))
    }

    @Test func invalidLinesAreExplained() throws {
        let uses = try question("uses"), isAI = try question("is-ai")
        #expect(WizardInput.parse("", question: uses) == .invalid(.empty))
        #expect(WizardInput.parse("maybe", question: uses) == .invalid(.notUnderstood("maybe")))
        #expect(WizardInput.parse("4", question: uses) == .invalid(.notAnOption("4", count: 3)))
        #expect(WizardInput.parse("0", question: uses) == .invalid(.notAnOption("0", count: 3)))
        #expect(WizardInput.parse("1,x", question: uses) == .invalid(.notAnOption("x", count: 3)))
        #expect(WizardInput.parse("1,3", question: uses) == .invalid(.exclusive(number: 3)), "\"none\" cannot be combined")
        #expect(WizardInput.parse("3", question: uses) == .answer(.many(["none"])), "but it can stand alone")
        #expect(WizardInput.parse("1 2", question: isAI) == .invalid(.onlyOne(given: 2)))
    }

    @Test func commandsInBothLanguages() throws {
        let uses = try question("uses")
        for word in ["?", "h", "help", "hulp"] { #expect(WizardInput.parse(word, question: uses) == .help) }
        for word in ["w", "why", "Waarom"] { #expect(WizardInput.parse(word, question: uses) == .why) }
        for word in ["l", "list", "lijst"] { #expect(WizardInput.parse(word, question: uses) == .list) }
        for word in ["q", "quit", "stop", "stoppen", "Q"] { #expect(WizardInput.parse(word, question: uses) == .quit) }
        for word in ["b", "back", "terug"] { #expect(WizardInput.parse(word, question: uses) == .back(nil)) }
        for word in ["b 3", "b3", "back 3", "terug 3", " B 3 "] { #expect(WizardInput.parse(word, question: uses) == .back(3)) }
        #expect(WizardInput.parse("", question: uses, hasCurrentAnswer: true) == .keep)
        #expect(WizardInput.command("1") == nil)
    }
}
