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
        #expect(value(p, .classification)?.hasPrefix("Hoog-risico AI-systeem (overgangsrecht, artikel 111, lid 2): bijlage III, punt 4, onder a (") == true)
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
