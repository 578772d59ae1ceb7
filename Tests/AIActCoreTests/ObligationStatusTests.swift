import Foundation
import Testing
@testable import AIActCore

/// Each obligation's status (in force, upcoming, conditional) on the shipped rules, with the
/// expectations taken from the regulation as amended by Regulation (EU) 2026/1744:
/// - Art. 113, third paragraph, (a): Chapters I and II (Art. 4) apply from 2 February 2025;
/// - Art. 113(c)(i): Chapter III for Annex III systems from 2 December 2027;
///   Art. 113(c)(ii): for Annex I Section A systems from 2 August 2028;
/// - Art. 111(2): a high-risk system placed on the market or put into service before that date is
///   covered only if its design changes significantly from that date; providers and deployers of
///   systems intended to be used by public authorities comply by 2 August 2030 in any case;
/// - Art. 111(4): generative systems placed on the market before 2 August 2026 mark their output
///   (Art. 50(2)) by 2 December 2026.
@Suite struct ObligationStatusTests {
    let rules: RuleSet

    init() throws { rules = try RulesLoader.load(from: DirectoryRulesSource(directory: TestSupport.shippedRulesFolder)) }

    /// A provider of a CV-ranking system (Annex III(4)(a)), a private company.
    static let cvRanking: [String: AnswerValue] = [
        "prohibited-practices": .many(["none"]), "annex-i-product": .many(["none"]),
        "annex-iii-areas": .many(["employment"]), "annex-iii-employment": .many(["recruitment-selection"]),
        "art6-3-exceptions": .many(["none"]), "gpai": .many(["none"]), "transparency": .many(["none"]),
        "ai-technique": .one("learns-or-reasons"), "territorial": .one("eu-market"), "exclusions": .many(["none"]),
        "role": .many(["provider"]), "provider-established": .one("in-eu"), "org-type": .one("other"),
        "org-size": .one("other"), "placed-before": .one("no"),
    ]

    /// A provider of a lift's safety component (Annex I Section A, third-party assessment).
    static let lift: [String: AnswerValue] = [
        "prohibited-practices": .many(["none"]), "annex-i-product": .many(["lifts"]),
        "safety-component": .one("safety-function"), "third-party-assessment-a": .one("yes"),
        "annex-iii-areas": .many(["none"]), "gpai": .many(["none"]), "transparency": .many(["none"]),
        "ai-technique": .one("learns-or-reasons"), "territorial": .one("eu-market"), "exclusions": .many(["none"]),
        "role": .many(["provider"]), "provider-established": .one("in-eu"), "org-type": .one("other"),
        "org-size": .one("other"), "placed-before": .one("no"),
    ]

    /// A public body's chatbot, generative, in use before 2 August 2026.
    static let chatbot: [String: AnswerValue] = [
        "prohibited-practices": .many(["none"]), "annex-i-product": .many(["none"]), "annex-iii-areas": .many(["none"]),
        "gpai": .many(["gpai-system"]), "transparency": .many(["interaction", "synthetic-content"]),
        "interaction-exceptions": .one("no-exception"), "synthetic-content-exceptions": .one("no-exception"),
        "ai-technique": .one("learns-or-reasons"), "territorial": .one("eu-market"), "exclusions": .many(["none"]),
        "generative-placed-before": .one("yes"), "role": .many(["provider"]),
        "org-type": .one("public-body"), "org-size": .one("other"),
    ]

    static func legacy(_ base: [String: AnswerValue], change: String = "no", publicAuthority: String) -> [String: AnswerValue] {
        var answers = base
        answers["placed-before"] = .one("yes")
        answers["significant-change"] = .one(change)
        // After a significant change the 2030 deadline can no longer matter: not asked.
        if change == "no" { answers["public-authority-use"] = .one(publicAuthority) }
        return answers
    }

    func assess(_ answers: [String: AnswerValue], date: String, language: Language = .en) throws -> Assessment {
        #expect(AnswerValidation.problems(answers, rules: rules).isEmpty)
        let e = try Engine.evaluate(rules: rules, answers: answers, date: date)
        #expect(e.complete, "missing: \(e.missing.map(\.questionId))")
        #expect(e.unreached.isEmpty, "not on the path: \(e.unreached)")
        return AssessmentBuilder.build(e, rules: rules, file: AnswerFile(answers: answers), language: language)
    }

    func item(_ a: Assessment, _ id: String) throws -> Assessment.ObligationItem {
        try #require(a.obligations.first { $0.id == id }, "obligation \(id) is missing")
    }

    // MARK: - in force and upcoming

    @Test func inForceAndUpcomingForANewAnnexIIISystem() throws {
        let a = try assess(Self.cvRanking, date: "2026-12-01")
        let literacy = try item(a, "ai-literacy-provider")
        #expect(literacy.status == "in-force")
        #expect(literacy.inForce)
        #expect(literacy.condition == nil)
        let risk = try item(a, "hr-risk-management")
        #expect(risk.status == "upcoming")
        #expect(risk.appliesFrom == "2027-12-02")
        #expect(!risk.inForce)
        #expect(a.qualifiers.isEmpty)
        // Every obligation is in exactly one group, and the counts add up.
        #expect(a.summary.inForce + a.summary.upcoming + a.summary.conditional == a.obligations.count)
        #expect(a.summary.conditional == 0)
        #expect(a.summary.inForce == a.obligationsInForce.count)
        let deadline = try #require(a.summary.nextDeadline)
        #expect(deadline.date == "2027-12-02")
        #expect(deadline.obligations.contains("hr-risk-management"))
        #expect(!deadline.obligations.contains("ai-literacy-provider"))
    }

    @Test func upcomingBecomesInForceOnItsDate() throws {
        let a = try assess(Self.cvRanking, date: "2027-12-02")
        #expect(try item(a, "hr-risk-management").status == "in-force")
        #expect(a.summary.upcoming == 0)
        #expect(a.summary.nextDeadline == nil)
    }

    @Test func annexIDateIsTheLaterOne() throws {
        let a = try assess(Self.lift, date: "2027-12-02")
        let risk = try item(a, "hr-risk-management")
        #expect(risk.status == "upcoming")
        #expect(risk.appliesFrom == "2028-08-02")
        #expect(a.summary.nextDeadline?.date == "2028-08-02")
    }

    @Test func theMarkingDeadlineOfArt111_4IsTheNextDeadline() throws {
        let a = try assess(Self.chatbot, date: "2026-12-01")
        #expect(try item(a, "transparency-interaction").status == "in-force")
        let marking = try item(a, "transparency-synthetic-content-marking")
        #expect(marking.status == "upcoming")
        #expect(a.summary.nextDeadline == .init(date: "2026-12-02", obligations: ["transparency-synthetic-content-marking"]))
        #expect(try item(try assess(Self.chatbot, date: "2026-12-02"), "transparency-synthetic-content-marking").status == "in-force")
    }

    // MARK: - conditional: Art. 111(2), first sentence

    @Test func privateLegacySystemCarriesTheHighRiskDutiesAsConditional() throws {
        let answers = Self.legacy(Self.cvRanking, publicAuthority: "no")
        for date in ["2026-12-01", "2028-01-01", "2031-01-01"] {
            let a = try assess(answers, date: date)
            let highRisk = a.obligations.filter { $0.id.hasPrefix("hr-") }
            // Not dropped: the same duties as for a new system.
            let fresh = try assess(Self.cvRanking, date: date).obligations.filter { $0.id.hasPrefix("hr-") }.map(\.id)
            #expect(highRisk.map(\.id) == fresh)
            #expect(highRisk.contains { $0.id == "hr-registration" })
            for o in highRisk {
                #expect(o.status == "conditional", "\(o.id) on \(date)")
                #expect(!o.inForce, "\(o.id) on \(date)")
                #expect(o.condition?.contains("2 December 2027") == true, "\(o.id): \(o.condition ?? "no condition")")
                #expect(o.dateBasis == "Art. 111(2)")
            }
            #expect(try item(a, "ai-literacy-provider").status == "in-force")
            #expect(a.summary.conditional == highRisk.count)
            #expect(a.summary.nextDeadline == nil)
            #expect(a.qualifiers.map(\.category) == ["high-risk"])
            #expect(a.qualifier(of: "high-risk") == "transitional, Art. 111(2)")
        }
    }

    @Test func conditionIsInTheReportLanguage() throws {
        let a = try assess(Self.legacy(Self.cvRanking, publicAuthority: "no"), date: "2026-12-01", language: .nl)
        let risk = try item(a, "hr-risk-management")
        #expect(risk.condition?.contains("2 december 2027") == true)
        #expect(risk.condition?.contains("artikel 111, lid 2") == true)
        #expect(a.qualifier(of: "high-risk") == "overgangsrecht, artikel 111, lid 2")
    }

    @Test func annexILegacySystemWaitsForAChangeFrom2August2028() throws {
        let a = try assess(Self.legacy(Self.lift, publicAuthority: "no"), date: "2026-12-01")
        let risk = try item(a, "hr-risk-management")
        #expect(risk.status == "conditional")
        #expect(risk.appliesFrom == "2028-08-02")
        #expect(risk.condition?.contains("2 August 2028") == true)
    }

    @Test func significantChangeMakesThemUpcomingAsForANewSystem() throws {
        for change in ["yes", "not-sure"] {
            let a = try assess(Self.legacy(Self.cvRanking, change: change, publicAuthority: "no"), date: "2026-12-01")
            let risk = try item(a, "hr-risk-management")
            #expect(risk.status == "upcoming")
            #expect(risk.appliesFrom == "2027-12-02")
            #expect(risk.condition == nil)
            #expect(a.qualifiers.isEmpty)
        }
    }

    // MARK: - public authorities: Art. 111(2), second sentence

    @Test func publicAuthoritySystemIsUpcomingFor2August2030WithTheEarlierTrigger() throws {
        let answers = Self.legacy(Self.cvRanking, publicAuthority: "yes")
        let a = try assess(answers, date: "2026-12-01")
        for o in a.obligations where o.id.hasPrefix("hr-") {
            #expect(o.status == "upcoming", "\(o.id)")
            #expect(o.appliesFrom == "2030-08-02", "\(o.id)")
            #expect(o.condition == nil)
            #expect(o.dateNote?.contains("Earlier if the design is changed significantly on or after 2 December 2027") == true, "\(o.id)")
        }
        #expect(a.summary.nextDeadline?.date == "2030-08-02")
        #expect(a.qualifier(of: "high-risk") == "transitional, Art. 111(2)")
        let due = try assess(answers, date: "2030-08-02")
        #expect(try item(due, "hr-risk-management").status == "in-force")
    }

    @Test func importerOfAPublicAuthoritySystemIsConditional() throws {
        // The 2030 deadline names providers and deployers; for the other operators the first
        // sentence holds: covered only on a significant change in design.
        var answers = Self.legacy(Self.cvRanking, publicAuthority: "yes")
        answers["role"] = .many(["importer"])
        answers["provider-established"] = nil
        // Whether it is intended for public authorities can change nothing for an importer: not asked.
        answers["public-authority-use"] = nil
        answers["own-name"] = .one("no")
        answers["substantial-modification"] = .one("no")
        answers["purpose-change"] = .one("provider-purpose")
        let a = try assess(answers, date: "2026-12-01")
        let verify = try item(a, "hr-importer-verify")
        #expect(verify.status == "conditional")
        #expect(verify.condition?.contains("2 December 2027") == true)
        let due = try assess(answers, date: "2030-08-02")
        #expect(try item(due, "hr-importer-verify").status == "conditional")
    }

    // MARK: - the placed-before question names its date

    @Test func placedBeforeNamesTheDateForTheSystem() throws {
        var annexIII = Self.cvRanking
        annexIII["placed-before"] = nil
        let e3 = try Engine.evaluate(rules: rules, answers: annexIII, date: "2026-12-01")
        #expect(e3.missing.first?.questionId == "placed-before")
        #expect(e3.missing.first?.text.text(.en).contains("2 December 2027") == true)
        #expect(e3.missing.first?.text.text(.nl).contains("2 december 2027") == true)
        var annexI = Self.lift
        annexI["placed-before"] = nil
        let e1 = try Engine.evaluate(rules: rules, answers: annexI, date: "2026-12-01")
        #expect(e1.missing.first?.text.text(.en).contains("2 August 2028") == true)
        #expect(e1.missing.first?.text.text(.nl).contains("2 augustus 2028") == true)
        // The wizard asks it in the same words.
        let session = try WizardSession(rules: rules, answers: annexI, date: "2026-12-01")
        #expect(session.position?.question.text.text(.en).contains("2 August 2028") == true)
    }
}

/// Lint on the rules-format additions of the statuses: `condition`, `variants`, `qualifier`.
@Suite struct StatusLintTests {
    func lint(_ name: String, _ change: (inout [String: Any]) -> Void) throws -> [String] {
        let files = try TestSupport.edit(try TestSupport.miniFiles(), name, change)
        return RulesLinter.lint(try TestSupport.rules(files)).errors.map(\.description)
    }

    @Test func conditionNeedsAWhenAndBothLanguages() throws {
        let errors = try lint("obligations.json") { o in
            var list = o["obligations"] as! [[String: Any]]
            list[0]["appliesFrom"] = [["date": "2025-02-02", "condition": ["nl": "", "en": "Only if it changes."]]]
            o["obligations"] = list
        }
        #expect(errors.contains { $0.contains("appliesFrom[0].condition") && $0.contains("needs a \"when\"") })
        #expect(errors.contains { $0.contains("appliesFrom[0].condition") && $0.contains("nl") })
    }

    @Test func conditionalBranchIsReportedAsConditional() throws {
        let files = try TestSupport.edit(try TestSupport.miniFiles(), "obligations.json") { o in
            var list = o["obligations"] as! [[String: Any]]
            list[0]["appliesFrom"] = [["when": ["fact": "scope:in"], "date": "2025-02-02",
                                       "condition": ["nl": "Alleen als het wijzigt.", "en": "Only if it changes."]],
                                      ["date": "2025-02-02"]]
            o["obligations"] = list
        }
        let rules = try TestSupport.rules(files)
        #expect(RulesLinter.lint(rules).errors.isEmpty)
        let answers: [String: AnswerValue] = ["uses": .many(["recruitment"]), "exception": .one("no"), "is-ai": .one("yes"), "role": .one("provider")]
        let e = try Engine.evaluate(rules: rules, answers: answers, date: "2030-01-01")
        let literacy = try #require(e.obligations.first { $0.obligation.id == "literacy" })
        // Its date has long passed, yet it is not in force: it waits for the event.
        #expect(literacy.status == .conditional)
        #expect(!literacy.inForce)
        let a = AssessmentBuilder.build(e, rules: rules, file: AnswerFile(answers: answers), language: .nl)
        #expect(a.obligations.first { $0.id == "literacy" }?.condition == "Alleen als het wijzigt.")
        #expect(a.summary.conditional == 1)
    }

    @Test func variantConditionsAndTextsAreChecked() throws {
        let errors = try lint("step2.json") { o in
            var list = o["questions"] as! [[String: Any]]
            list[0]["variants"] = [["when": ["fact": "no-such-fact"], "text": ["nl": "Vraag?", "en": ""]]]
            o["questions"] = list
        }
        #expect(errors.contains { $0.contains("variants[0].when") && $0.contains("no-such-fact") })
        #expect(errors.contains { $0.contains("variants[0].text") })
    }

    @Test func qualifierNeedsARiskCategory() throws {
        let errors = try lint("facts.json") { o in
            var list = o["derivations"] as! [[String: Any]]
            list[0]["qualifier"] = ["category": "medium-risk", "text": ["nl": "x", "en": "x"]]
            o["derivations"] = list
        }
        #expect(errors.contains { $0.contains("qualifier.category") && $0.contains("medium-risk") })
    }
}
