import Foundation
import Testing
@testable import AIActCore

@Suite struct ProseDateTests {
    @Test func datesInWords() {
        #expect(ProseDate.format("2027-12-02", .nl) == "2 december 2027")
        #expect(ProseDate.format("2027-12-02", .en) == "2 December 2027")
        #expect(ProseDate.format("2030-08-02", .nl) == "2 augustus 2030")
        #expect(ProseDate.format("not a date", .en) == "not a date")
    }

    @Test func daysBetweenDates() {
        #expect(ProseDate.days(from: "2026-12-01", to: "2026-12-02") == 1)
        #expect(ProseDate.days(from: "2026-12-01", to: "2027-12-02") == 366)
        // 2028 is a leap year: 29 February counts.
        #expect(ProseDate.days(from: "2028-02-28", to: "2028-03-01") == 2)
        #expect(ProseDate.days(from: "2027-02-28", to: "2027-03-01") == 1)
        #expect(ProseDate.days(from: "2026-12-01", to: "2030-08-02") == 1340)
        #expect(ProseDate.days(from: "2026-12-02", to: "2026-12-01") == -1)
        #expect(ProseDate.days(from: "2026-12-01", to: "x") == nil)
    }
}

@Suite struct CitationTests {
    @Test func dutchCitationStyle() {
        #expect(Citation.text("Art. 26(8)", .nl) == "artikel 26, lid 8")
        #expect(Citation.text("Art. 6(1)(b)", .nl) == "artikel 6, lid 1, onder b")
        #expect(Citation.text("Art. 5(1)(ba)", .nl) == "artikel 5, lid 1, onder b bis")
        #expect(Citation.text("Art. 4a", .nl) == "artikel 4 bis")
        #expect(Citation.text("Art. 3(49)", .nl) == "artikel 3, punt 49")
        #expect(Citation.text("Art. 16(a)", .nl) == "artikel 16, onder a")
        #expect(Citation.text("Art. 113(c)(i)", .nl) == "artikel 113, onder c, sub i")
        #expect(Citation.text("Annex III(4)(a)", .nl) == "bijlage III, punt 4, onder a")
        #expect(Citation.text("Annex I(21)", .nl) == "bijlage I, punt 21")
        #expect(Citation.text("Annex I Section B", .nl) == "bijlage I, afdeling B")
        #expect(Citation.text("Annex IV", .nl) == "bijlage IV")
        #expect(Citation.text("Art. 26(8)", .en) == "Art. 26(8)")
        #expect(Citation.text("Regulation (EU) 2016/679", .nl) == "Regulation (EU) 2016/679")
    }

    @Test func referencesInsideALabel() {
        #expect(Citation.inText("Art. 111(2) (zoals gewijzigd bij Verordening (EU) 2026/1744)", .nl)
                == "artikel 111, lid 2 (zoals gewijzigd bij Verordening (EU) 2026/1744)")
        #expect(Citation.inText("zie Annex III(4)(a), en Art. 6(3))", .nl) == "zie bijlage III, punt 4, onder a, en artikel 6, lid 3)")
        #expect(Citation.inText("Art. 9", .en) == "Art. 9")
    }
}

/// The summary and the status groups on the shipped rules.
@Suite struct ActionPlanTests {
    let rules: RuleSet
    init() throws { rules = try RulesLoader.load(from: DirectoryRulesSource(directory: TestSupport.shippedRulesFolder)) }

    func plan(_ answers: [String: AnswerValue], date: String, language: Language = .en) throws -> (ActionPlan, Assessment) {
        let e = try Engine.evaluate(rules: rules, answers: answers, date: date)
        let a = AssessmentBuilder.build(e, rules: rules, file: AnswerFile(answers: answers), language: language)
        return (ActionPlan(a, rules: rules), a)
    }

    func value(_ p: ActionPlan, _ kind: ActionPlan.Line.Kind) -> String? { p.lines.first { $0.kind == kind }?.value }

    @Test func newHighRiskSystem() throws {
        let (p, a) = try plan(ObligationStatusTests.cvRanking, date: "2026-12-01")
        #expect(p.lines.count <= ActionPlan.maxLines)
        #expect(value(p, .classification) == "High-risk AI system: Annex III(4)(a) recruitment or selection of persons")
        #expect(value(p, .roles) == "Provider")
        #expect(value(p, .now) == "1 obligation")
        let next = try #require(value(p, .next))
        #expect(next.hasPrefix("2 December 2027 (in 366 days): Risk management system"))
        #expect(value(p, .conditional) == nil)
        // Every obligation in exactly one group; the in-force group first, then dates in order.
        #expect(p.groups.map(\.status) == [.inForce, .upcoming])
        #expect(p.groups.flatMap(\.items).map(\.id).sorted() == a.obligations.map(\.id).sorted())
        #expect(p.groups[1].heading == "From 2 December 2027 (in 366 days)")
    }

    @Test func tomorrowsMarkingDeadline() throws {
        let (p, _) = try plan(ObligationStatusTests.chatbot, date: "2026-12-01", language: .nl)
        let next = try #require(value(p, .next))
        #expect(next.hasPrefix("2 december 2026 (morgen): "))
    }

    @Test func legacySystemSaysTransitionalAndTheCondition() throws {
        let answers = ObligationStatusTests.legacy(ObligationStatusTests.cvRanking, publicAuthority: "no")
        let (p, a) = try plan(answers, date: "2026-12-01", language: .nl)
        #expect(value(p, .classification)?.hasPrefix("AI-systeem met een hoog risico (overgangsrecht, artikel 111, lid 2): bijlage III, punt 4, onder a (") == true)
        #expect(value(p, .next) == nil)
        let conditional = try #require(value(p, .conditional))
        #expect(conditional.hasPrefix("\(a.summary.conditional) verplichtingen: alleen als het ontwerp"))
        #expect(conditional.contains("2 december 2027"))
        #expect(p.groups.last?.status == .conditional)
        #expect(p.groups.last?.heading.contains("2 december 2027") == true)
    }

    @Test func severalDatesAndReview() throws {
        var answers = ObligationStatusTests.legacy(ObligationStatusTests.cvRanking, change: "not-sure", publicAuthority: "no")
        answers["transparency"] = .many(["interaction"])
        answers["interaction-exceptions"] = .one("no-exception")
        let (p, _) = try plan(answers, date: "2026-07-01")
        #expect(value(p, .now) == "1 obligation")
        #expect(value(p, .next)?.hasPrefix("2 August 2026 (in 32 days): ") == true)
        #expect(value(p, .later) == "2 December 2027 (22 obligations)")
        #expect(value(p, .review) == "1 question answered 'not sure'")
        #expect(p.lines.count <= ActionPlan.maxLines)
    }

    @Test func incompleteHasNoPlan() throws {
        let (p, _) = try plan(["prohibited-practices": .many(["none"])], date: "2026-12-01")
        #expect(p.lines.isEmpty)
        #expect(p.groups.isEmpty)
    }
}

/// Dutch (and English) answer words where the options are yes / no / none / not sure.
@Suite struct AnswerWordTests {
    let rules: RuleSet
    init() throws { rules = try RulesLoader.load(from: DirectoryRulesSource(directory: TestSupport.shippedRulesFolder)) }

    func question(_ id: String) throws -> Question { try #require(rules.question(id)?.question) }

    @Test func yesNoNotSure() throws {
        let change = try question("significant-change")
        #expect(WizardInput.parse("ja", question: change) == .answer(.one("yes")))
        #expect(WizardInput.parse("Nee", question: change) == .answer(.one("no")))
        #expect(WizardInput.parse("weet niet", question: change) == .answer(.one("not-sure")))
        #expect(WizardInput.parse("weet ik niet", question: change) == .answer(.one("not-sure")))
        #expect(WizardInput.parse("not sure", question: change) == .answer(.one("not-sure")))
        // A question without a "not sure" option does not take the words.
        let placed = try question("placed-before")
        #expect(WizardInput.parse("ja", question: placed) == .answer(.one("yes")))
        if case .answer = WizardInput.parse("weet niet", question: placed) { Issue.record("placed-before has no 'not sure'") }
    }

    @Test func noneOnAMultipleChoiceQuestion() throws {
        let prohibited = try question("prohibited-practices")
        #expect(WizardInput.parse("geen", question: prohibited) == .answer(.many(["none"])))
        if case .answer = WizardInput.parse("ja", question: prohibited) { Issue.record("no yes option there") }
    }
}

/// The wizard's `w` in plain words (no ids), `?` without repeating the options, questions left.
@Suite struct WizardExplainTests {
    let rules: RuleSet
    init() throws { rules = try RulesLoader.load(from: DirectoryRulesSource(directory: TestSupport.shippedRulesFolder)) }

    /// The ids of the rules that cannot be plain words (those with a hyphen): none may appear.
    func ids() -> Set<String> {
        var ids: Set<String> = []
        for (_, q) in rules.allQuestions { if q.id.contains("-") { ids.insert(q.id) }; for o in q.options where o.id.contains("-") { ids.insert(o.id) } }
        return ids
    }

    @Test func becauseUsesTextsNotIds() throws {
        var session = try WizardSession(rules: rules, date: "2026-12-01")
        var seen = 0
        // Walk a whole path with the usual answers and explain every question on it.
        for _ in 0..<40 {
            guard let p = session.position else { break }
            let text = WizardExplain.because(p, session: session, language: .en)
            #expect(!text.isEmpty)
            for id in ids() { #expect(!text.contains(id), "\(p.question.id): \(text) names \(id)") }
            for s in ["[", "]", " = "] { #expect(!text.contains(s), "\(p.question.id): \(text)") }
            let q = p.question
            try session.answer(q.kind == .multi ? .many([(q.options.first(where: \.isExclusive) ?? q.options[0]).id]) : .one(q.options[0].id))
            seen += 1
        }
        #expect(seen > 5)
    }

    @Test func afterNoProhibitedPractice() throws {
        let session = try WizardSession(rules: rules, answers: ["prohibited-practices": .many(["none"])], date: "2026-12-01")
        let p = try #require(session.position)
        let text = WizardExplain.because(p, session: session, language: .en)
        let none = try #require(rules.question("prohibited-practices")?.question.option("none")).text.text(.en)
        #expect(text.hasPrefix("Asked because you chose ‘\(none)’ for ‘"))
        let first = try WizardSession(rules: rules, date: "2026-12-01")
        #expect(WizardExplain.because(try #require(first.position), session: first, language: .nl) == "Dit is de eerste vraag van stap 1 (Risico).")
    }

    @Test func likelyLeftShrinksAsQuestionsAreAnswered() throws {
        let start = try WizardSession(rules: rules, date: "2026-12-01")
        let atStart = try #require(WizardExplain.likelyLeft(start))
        #expect(atStart > 5)
        var later = start
        try later.answer(.many(["none"]))
        let next = try #require(WizardExplain.likelyLeft(later))
        #expect(next == atStart - 1)
        let done = try WizardSession(rules: rules, answers: ObligationStatusTests.cvRanking, date: "2026-12-01")
        #expect(WizardExplain.likelyLeft(done) == 0)
    }

    @Test func helpListsOnlyOptionsWithTheirOwnHelp() throws {
        let q = try #require(rules.question("prohibited-practices")?.question)
        let listed = WizardExplain.optionsWithHelp(q, language: .en)
        #expect(listed.count < q.options.count)
        #expect(listed.allSatisfy { !$0.help.isEmpty })
    }
}
