import Foundation

/// The fixed words of reports (the rules supply everything about the law).
public struct ReportText: Sendable {
    public let language: Language
    public init(_ language: Language) { self.language = language }

    private func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    public var title: String { t("AI-verordening: beoordeling", "AI Act assessment") }
    public var system: String { t("Systeem", "System") }
    public var organisation: String { t("Organisatie", "Organisation") }
    public var intendedPurpose: String { t("Beoogd doel", "Intended purpose") }
    public var assessedOn: String { t("Beoordeeld op", "Assessed on") }
    public var rules: String { t("Regels", "Rules") }
    public var classification: String { t("Classificatie", "Classification") }
    public var aiActApplies: String { t("AI-verordening van toepassing", "AI Act applies") }
    public var yes: String { t("ja", "yes") }
    public var no: String { t("nee", "no") }
    public var systemType: String { t("Soort systeem", "System type") }
    public var riskCategories: String { t("Risicocategorieën", "Risk categories") }
    public var grounds: String { t("Gronden", "Grounds") }
    public var roles: String { t("Rollen", "Roles") }
    public var roleShifts: String { t("Rolwisselingen", "Role shifts") }
    public var obligations: String { t("Verplichtingen", "Obligations") }
    public var noObligations: String { t("Geen verplichtingen uit de AI-verordening.", "No obligations under the AI Act.") }
    public var notes: String { t("Aandachtspunten", "Notes") }
    public var review: String { t("Nog te beoordelen (beantwoord met 'weet ik niet zeker')", "To review (answered 'not sure')") }
    public var answers: String { t("Gegeven antwoorden", "Answers given") }
    public var incomplete: String { t("ONVOLLEDIG: nog niet alle vragen zijn beantwoord.", "INCOMPLETE: not all questions have been answered.") }
    public var nextQuestions: String { t("Eerstvolgende onbeantwoorde vraag", "Next unanswered question") }
    public var disclaimer: String { t("Voorbehoud", "Disclaimer") }
    public var inForce: String { t("geldt", "in force") }
    public var inForceSince: String { t("geldt sinds", "in force since") }
    public var from: String { t("vanaf", "from") }
    public var originally: String { t("oorspronkelijk", "originally") }
    public var minimal: String { t("minimaal risico (overige AI)", "minimal risk (other AI)") }
    public var none: String { t("geen", "none") }
    /// `embedded` (the contract's value) in words; a folder path as it is.
    public func source(_ value: String) -> String { value == "embedded" ? t("ingebouwd", "embedded") : value }
    public var notApplicable: String { t("n.v.t. (de AI-verordening is niet van toepassing)", "n/a (the AI Act does not apply)") }
    public var warnings: String { t("Waarschuwingen", "Warnings") }
    public var evidence: String { t("Bewijs", "Evidence") }
    public var conditional: String { t("voorwaardelijk", "conditional") }
    public var since: String { t("sinds", "since") }
    public var asAbove: String { t("Als hierboven, voor deze rol.", "As above, for this role.") }
    /// "23 obligations: 1 in force on 1 December 2026, 22 upcoming"; no "(s)" and no "(en)".
    public func obligationCount(_ s: Assessment.Summary, total: Int, date: String) -> String {
        var parts = [t("\(s.inForce) van kracht op \(ProseDate.format(date, language))", "\(s.inForce) in force on \(ProseDate.format(date, language))")]
        if s.upcoming > 0 { parts.append(t("\(s.upcoming) later", "\(s.upcoming) upcoming")) }
        if s.conditional > 0 { parts.append(t("\(s.conditional) voorwaardelijk", "\(s.conditional) conditional")) }
        let count = total == 1 ? t("1 verplichting", "1 obligation") : t("\(total) verplichtingen", "\(total) obligations")
        return "\(count): " + parts.joined(separator: ", ")
    }
    public var allCategories: String { t("alle AI-systemen", "all AI systems") }

    /// `assess` on stderr beside a text or Markdown report, which already lists the next question.
    public func shortMissing(_ a: Assessment, label: String) -> String {
        let ids = a.missing.map(\.questionId).joined(separator: ", ")
        return t("\(label): de antwoorden zijn onvolledig (eerstvolgende vraag: \(ids), hierboven met de opties); vul aan in het bestand of gebruik `aiact wizard --answers \(label)`.",
                 "\(label): the answers are incomplete (next question: \(ids), listed above with its options); add it to the file or run `aiact wizard --answers \(label)`.")
    }

    /// `assess` on stderr when the answers are incomplete: the next question, its options and how to go on.
    public func missing(_ a: Assessment, label: String) -> String {
        var lines = [t("\(label): de antwoorden zijn onvolledig; eerstvolgende vraag:", "\(label): the answers are incomplete; next question:")]
        for m in a.missing {
            let kind = m.kind == "multi" ? t(" (lijst van opties)", " (a list of options)") : ""
            lines.append("  \(m.questionId)\(kind): \(m.question)")
            for o in m.options { lines.append("    \(m.kind == "multi" ? "[\"\(o.id)\"]" : "\"\(o.id)\""): \(o.text)") }
        }
        lines.append(t("Vul aan in het bestand of gebruik `aiact wizard --answers \(label)`.",
                       "Add it to the file or run `aiact wizard --answers \(label)`."))
        return lines.joined(separator: "\n")
    }
}

/// Labels for the contract's vocabulary values, taken from the declared facts' texts.
public struct VocabularyLabels: Sendable {
    let texts: [String: String]
    let report: ReportText

    public init(rules: RuleSet, language: Language) {
        texts = Dictionary(rules.facts.facts.map { ($0.id, $0.text.text(language)) }, uniquingKeysWith: { a, _ in a })
        report = ReportText(language)
    }

    public func systemType(_ v: String) -> String { texts[Vocabulary.systemTypePrefix + v] ?? v }
    public func category(_ v: String) -> String {
        if v == "minimal" { return report.minimal }
        if v == "all" { return report.allCategories }
        return texts[Vocabulary.riskCategoryPrefix + v] ?? v
    }
    public func role(_ v: String) -> String { texts[Vocabulary.rolePrefix + v] ?? v }
}
