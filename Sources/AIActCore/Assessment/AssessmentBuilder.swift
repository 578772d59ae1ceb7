import Foundation

/// Turns an evaluation into the contract's assessment, in one language.
public enum AssessmentBuilder {
    public static func build(_ evaluation: Evaluation, rules: RuleSet, file: AnswerFile,
                             language: Language, warnings: [String] = []) -> Assessment {
        let lang = language
        let system = Assessment.System(name: file.system?.name, organisation: file.system?.organisation,
                                       description: file.system?.description, intendedPurpose: file.system?.intendedPurpose,
                                       vendor: file.system?.vendor, version: file.system?.version)
        let missing = evaluation.missing.compactMap { item -> Assessment.MissingItem? in
            guard let question = rules.question(item.questionId)?.question else { return nil }
            return .init(step: item.step, questionId: question.id, question: item.text.text(lang),
                         kind: question.kind.rawValue,
                         options: question.options.map { .init(id: $0.id, text: $0.text.text(lang)) })
        }
        let trace = evaluation.path.map { answered -> Assessment.TraceItem in
            let question = rules.question(answered.questionId)!.question
            let texts = answered.optionIds.compactMap { question.option($0)?.text.text(lang) }
            return .init(step: answered.step, questionId: answered.questionId, question: answered.text.text(lang),
                         answer: answered.optionIds, answerText: texts.joined(separator: "; "), facts: answered.factsSet,
                         remark: file.remarks?[answered.questionId].flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 })
        }
        let review = evaluation.review.map { answered -> Assessment.ReviewItem in
            let question = rules.question(answered.questionId)!.question
            let unsure = answered.optionIds.compactMap(question.option).first(where: \.isUnsure)
            return .init(questionId: question.id, question: answered.text.text(lang),
                         reason: unsure?.reviewReason?.text(lang) ?? CoreText.defaultReviewReason.text(lang))
        }
        let unreachedWarnings = evaluation.unreached.map { id in
            CoreText.unreachedAnswer.text(lang).replacingOccurrences(of: "{id}", with: id)
        }
        let obligations = evaluation.obligations.map { applied -> Assessment.ObligationItem in
            let o = applied.obligation
            return .init(id: o.id, role: o.role, category: o.category, title: o.title.text(lang),
                         summary: o.summary.text(lang), articles: o.articles, appliesFrom: applied.branch.date,
                         originalDate: applied.branch.originalDate, dateBasis: applied.branch.basis,
                         dateNote: applied.branch.note?.text(lang), inForce: applied.inForce,
                         status: applied.status.rawValue,
                         condition: applied.status == .conditional ? applied.branch.condition?.text(lang) : nil,
                         algoritmekader: o.algoritmekader,
                         sources: SourceLinks.items(o.sources ?? [], rules: rules, language: lang))
        }
        var assessment = Assessment(
            tool: .init(name: AIActInfo.name, version: AIActInfo.version),
            rules: .init(version: rules.version, source: rules.origin,
                         legalBasis: rules.manifest.legalBasis.text(lang), checkedOn: rules.manifest.checkedOn),
            assessedOn: evaluation.date,
            language: lang.rawValue,
            system: system,
            complete: evaluation.complete,
            missing: missing,
            aiAct: .init(applies: evaluation.aiActApplies, reasons: evaluation.reasons.map { $0.text.text(lang) }),
            systemType: evaluation.systemType,
            riskCategories: evaluation.riskCategories,
            qualifiers: evaluation.qualifiers.map { .init(category: $0.category, text: $0.text.text(lang)) },
            grounds: evaluation.grounds.map {
                .init(category: $0.ground.category, basis: $0.ground.basis,
                      text: ($0.ground.text ?? $0.fallbackText)?.text(lang) ?? "")
            },
            roles: evaluation.roles,
            roleShifts: evaluation.roleShifts.map { .init(to: $0.to, basis: $0.basis, text: $0.text.text(lang)) },
            obligations: obligations,
            summary: .init(obligations: obligations),
            notes: evaluation.notes.map { .init(id: $0.id, text: $0.text.text(lang), articles: $0.articles ?? []) },
            review: review,
            trace: trace,
            warnings: warnings + unreachedWarnings)
        assessment.audit = audit(file, assessment: assessment)
        return assessment
    }

    /// The audit record from the description; nil when it names no assessor, approver or review.
    static func audit(_ file: AnswerFile, assessment: Assessment) -> Assessment.Audit? {
        let a = file.audit, r = file.recorded
        guard a?.assessedBy != nil || a?.assessedOn != nil || a?.nextReview != nil || r?.approvedBy != nil else { return nil }
        var holds: Bool?
        if r?.approvedBy != nil {
            holds = assessment.complete && !DriftCheck.compare(recorded: r, computed: Recorded(assessment)).isDrift
        }
        return Assessment.Audit(assessedBy: a?.assessedBy, assessedOn: a?.assessedOn, approvedBy: r?.approvedBy,
                                approvedOn: r?.approvedOn, approvedRulesVersion: r?.approvedBy == nil ? nil : r?.rulesVersion,
                                approvalHolds: holds, nextReview: a?.nextReview)
    }
}

/// Strings of the engine's own (everything else comes from the rules).
public enum CoreText {
    public static let defaultReviewReason = LocalizedText(
        nl: "Beantwoord met 'weet ik niet zeker': de beoordeling gaat uit van de strengere aanname tot iemand deze vraag beantwoordt.",
        en: "Answered 'not sure': the assessment assumes the stricter case until someone settles this question.")
    public static let unreachedAnswer = LocalizedText(
        nl: "answers.{id}: deze vraag wordt niet gesteld bij de andere antwoorden; het antwoord is genegeerd",
        en: "answers.{id}: this question is not asked given the other answers; the answer was ignored")
}
