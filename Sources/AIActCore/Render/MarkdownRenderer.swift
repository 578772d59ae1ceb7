import Foundation

/// The assessment as a self-contained Markdown report (GitHub and GitLab flavoured), fit to be
/// filed as the documented assessment: system, date, rules version, classification with grounds,
/// obligations by role with articles, dates and evidence status, notes, review items, the answers
/// given, and the disclaimer.
public struct MarkdownRenderer {
    public let rules: RuleSet

    public init(rules: RuleSet) { self.rules = rules }

    public func render(_ a: Assessment, evidence: EvidenceStatus? = nil) -> String {
        render(a, evidence: evidence, headingLevel: 1, includeDisclaimer: true)
    }

    /// The report with its title at `headingLevel` (sections one level deeper), so that it can be
    /// embedded in a larger document such as the `check` report.
    public func render(_ a: Assessment, evidence: EvidenceStatus?, headingLevel: Int, includeDisclaimer: Bool) -> String {
        let lang = Language(rawValue: a.language) ?? .nl
        let r = ReportText(lang)
        let w = MarkdownWords(lang)
        let labels = VocabularyLabels(rules: rules, language: lang)
        let h1 = String(repeating: "#", count: max(1, min(headingLevel, 4)))
        let h2 = h1 + "#", h3 = h2 + "#"
        var out: [String] = []
        func section(_ title: String) { out += ["", "\(h2) \(Markdown.text(title))", ""] }

        func given(_ v: String?) -> String? { v?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == false ? v : nil }
        let name = given(a.system.name).map { " — \($0)" } ?? ""
        out.append("\(h1) \(Markdown.text(r.title + name))")
        out.append("")
        out.append("| | |")
        out.append("|---|---|")
        if let v = given(a.system.name) { out.append("| \(r.system) | \(Markdown.cell(v)) |") }
        if let v = given(a.system.organisation) { out.append("| \(r.organisation) | \(Markdown.cell(v)) |") }
        if let v = given(a.system.description) { out.append("| \(w.description) | \(Markdown.cell(v)) |") }
        if let v = given(a.system.intendedPurpose) { out.append("| \(r.intendedPurpose) | \(Markdown.cell(v)) |") }
        let audit = AuditWords(lang)
        if let v = given(a.system.vendor) { out.append("| \(audit.vendor) | \(Markdown.cell(v)) |") }
        if let v = given(a.system.version) { out.append("| \(audit.version) | \(Markdown.cell(v)) |") }
        out.append("| \(r.assessedOn) | \(ProseDate.format(a.assessedOn, lang)) (\(a.assessedOn)) |")
        if let record = a.audit {
            if record.assessedBy != nil || record.assessedOn != nil {
                out.append("| \(audit.assessedBy) | \(Markdown.cell(audit.personAndDate(record.assessedBy, record.assessedOn))) |")
            }
            if record.approvedBy != nil { out.append("| \(audit.approvedBy) | \(Markdown.cell(audit.approval(record))) |") }
            if let next = record.nextReview { out.append("| \(audit.nextReview) | \(Markdown.cell(audit.review(next, today: a.assessedOn))) |") }
        }
        out.append("| \(r.rules) | \(Markdown.code(a.rules.version)) (\(Markdown.cell(r.source(a.rules.source))); \(w.checkedOn) \(ProseDate.format(a.rules.checkedOn, lang))) |")
        out.append("| \(w.legalBasis) | \(Markdown.cell(a.rules.legalBasis)) |")
        out.append("| \(w.tool) | \(a.tool.name) \(a.tool.version) |")
        let plan = ActionPlan(a, rules: rules)
        if !plan.lines.isEmpty {
            section(PlanWords(lang).summary)
            for line in plan.lines { out.append("- **\(Markdown.text(line.label)):** \(Markdown.text(line.value))") }
        }

        if !a.complete {
            section(r.classification)
            out.append("**\(Markdown.text(r.incomplete))**")
            out.append("")
            for m in a.missing {
                out.append("- \(r.nextQuestions): \(Markdown.code(m.questionId)): \(Markdown.text(m.question))")
                for o in m.options { out.append("  - \(Markdown.code(o.id)): \(Markdown.text(o.text))") }
            }
        } else {
            section(r.classification)
            out.append("| | |")
            out.append("|---|---|")
            out.append("| \(r.aiActApplies) | \(a.aiAct.applies ? r.yes : r.no) |")
            out.append("| \(r.systemType) | \(Markdown.cell(a.systemType.map(labels.systemType) ?? "?")) (\(Markdown.code(a.systemType ?? "?"))) |")
            let categories = a.riskCategories.map { c in
                "\(Markdown.cell(labels.category(c)))\(a.qualifier(of: c).map { " (\(Markdown.cell($0)))" } ?? "") (\(Markdown.code(c)))"
            }
            out.append("| \(r.riskCategories) | \(a.aiAct.applies ? categories.joined(separator: ", ") : Markdown.cell(r.notApplicable)) |")
            let roles = a.roles.map { "\(Markdown.cell(labels.role($0))) (\(Markdown.code($0)))" }
            out.append("| \(r.roles) | \(roles.isEmpty ? r.none : roles.joined(separator: ", ")) |")
            if !a.aiAct.reasons.isEmpty {
                out.append("")
                for reason in a.aiAct.reasons { out.append("- \(Markdown.text(reason))") }
            }
            if !a.grounds.isEmpty {
                out += ["", "\(h3) \(r.grounds)", ""]
                out.append("| \(w.category) | \(w.basis) | \(w.explanation) |")
                out.append("|---|---|---|")
                for g in a.grounds {
                    out.append("| \(Markdown.cell(labels.category(g.category))) | \(Markdown.cell(Citation.text(g.basis, lang))) | \(Markdown.cell(g.text)) |")
                }
            }
            if !a.roleShifts.isEmpty {
                out += ["", "\(h3) \(r.roleShifts)", ""]
                out.append("| \(w.basis) | \(w.explanation) | \(w.becomes) |")
                out.append("|---|---|---|")
                for s in a.roleShifts {
                    out.append("| \(Markdown.cell(Citation.text(s.basis, lang))) | \(Markdown.cell(s.text)) | \(Markdown.cell(labels.role(s.to))) |")
                }
            }

            section(r.obligations)
            if a.obligations.isEmpty {
                out.append(Markdown.text(r.noObligations))
            } else {
                out.append(Markdown.text(r.obligationCount(a.summary, total: a.obligations.count, date: a.assessedOn)) + ".")
            }
            var shownSummaries: Set<String> = []
            for status in plan.groups {
                out += ["", "\(h3) \(Markdown.text(status.heading))", ""]
                var header = "| \(w.obligation) | \(w.role) | \(w.articles) | \(status.status == .inForce ? w.since : w.appliesFrom) |"
                var rule = "|---|---|---|---|"
                if evidence != nil { header += " \(r.evidence) |"; rule += "---|" }
                out.append(header)
                out.append(rule)
                for group in ObligationGrouping.groups(status.items) {
                    for o in group.items {
                        // The same paragraph for a second role (AI literacy) is not printed twice.
                        let summary = shownSummaries.insert(o.summary).inserted ? Markdown.cell(o.summary) : "*\(Markdown.cell(r.asAbove))*"
                        let obligation = "**\(Markdown.cell(o.title))** (\(Markdown.code(o.id)))<br>\(summary)"
                        let role = Markdown.cell("\(labels.role(group.role)) · \(labels.category(group.category))")
                        let articles = o.articles.map { article -> String in
                            let label = Markdown.cell(Citation.text(article, lang))
                            if let url = o.sources.first(where: { $0.ref == article })?.url, Inert.isWebURL(url) {
                                return "[\(label)](\(Inert.percentEncoded(url)))"
                            }
                            return label
                        }.joined(separator: lang == .nl ? "; " : ", ")
                        var date = ProseDate.format(o.appliesFrom, lang)
                        var details: [String] = []
                        if let basis = o.dateBasis { details.append(Markdown.cell(Citation.text(basis, lang))) }
                        if let original = o.originalDate, original != o.appliesFrom { details.append("\(r.originally) \(ProseDate.format(original, lang))") }
                        if !details.isEmpty { date += " (\(details.joined(separator: "; ")))" }
                        if let note = o.dateNote { date += "<br>" + Markdown.cell(note) }
                        var row = "| \(obligation) | \(role) | \(articles) | \(date) |"
                        if let evidence { row += " \(evidenceCell(o, evidence, w)) |" }
                        out.append(row)
                    }
                }
            }
        }

        if !a.notes.isEmpty {
            section(r.notes)
            for n in a.notes {
                let refs = n.articles.isEmpty ? "" : " (\(Markdown.text(Citation.list(n.articles, lang))))"
                out.append("- \(Markdown.text(n.text))\(refs)")
            }
        }
        if !a.review.isEmpty {
            section(r.review)
            out.append("| \(w.question) | \(w.reason) |")
            out.append("|---|---|")
            for item in a.review {
                out.append("| \(Markdown.cell(item.question)) (\(Markdown.code(item.questionId))) | \(Markdown.cell(item.reason)) |")
            }
        }
        if !a.trace.isEmpty {
            section(r.answers)
            let remarks = a.trace.contains { $0.remark != nil }
            out.append("| \(w.step) | \(w.question) | \(w.answer) |" + (remarks ? " \(AuditWords(lang).remark) |" : ""))
            out.append("|---|---|---|" + (remarks ? "---|" : ""))
            for t in a.trace {
                let ids = t.answer.map(Markdown.code).joined(separator: ", ")
                let remark = remarks ? " \(Markdown.cell(t.remark ?? "")) |" : ""
                out.append("| \(t.step) | \(Markdown.cell(t.question)) (\(Markdown.code(t.questionId))) | \(Markdown.cell(t.answerText)) (\(ids)) |" + remark)
            }
        }
        if !a.warnings.isEmpty {
            section(r.warnings)
            for warning in a.warnings { out.append("- \(Markdown.text(warning))") }
        }
        if includeDisclaimer {
            out += ["", "---", ""]
            out.append("> **\(r.disclaimer):** \(Markdown.text(rules.manifest.disclaimer.text(lang)))")
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func evidenceCell(_ o: Assessment.ObligationItem, _ evidence: EvidenceStatus, _ w: MarkdownWords) -> String {
        guard let entry = evidence.entries[o.id] else { return o.inForce ? "⚠️ \(w.noEvidence)" : "—" }
        // A link only for an http(s) URL; anything else (paths, other schemes) is shown as code.
        let reference = Inert.isWebURL(entry.reference) ? Inert.link(entry.reference, url: entry.reference, inTable: true)
                                                        : Markdown.code(entry.reference)
        return entry.found ? "✅ \(reference)" : "❌ \(reference) (\(w.notFound))"
    }
}

/// Escaping for Markdown as GitHub and GitLab render it.
public enum Markdown {
    /// Text in a paragraph or list item: characters that would start markup or HTML are escaped,
    /// and control characters shown as escapes (`Inert`); no raw HTML from input.
    public static func text(_ s: String) -> String {
        var out = ""
        for c in Inert.line(s.replacingOccurrences(of: "\n", with: " ")) {
            switch c {
            case "\\", "`", "*", "_", "[", "]", "|", "~": out += "\\\(c)"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            default: out.append(c)
            }
        }
        return out
    }

    /// Text that may hold `code spans` (e.g. a command to run): the spans stay code, the rest is
    /// escaped as `text`.
    public static func textWithCode(_ s: String) -> String {
        let parts = s.components(separatedBy: "`")
        guard parts.count % 2 == 1 else { return text(s) }
        return parts.enumerated().map { index, part in index % 2 == 1 ? code(part) : text(part) }.joined()
    }

    /// Text in a table cell: as `text`, with line breaks as `<br>` (a cell is one line).
    public static func cell(_ s: String) -> String {
        s.split(separator: "\n", omittingEmptySubsequences: false).map { text(String($0)) }.joined(separator: "<br>")
    }

    /// A code span whose fence outruns every backtick run in it; safe in a table cell (`|` is
    /// escaped, which GFM tables allow inside code).
    public static func code(_ s: String) -> String { Inert.codeSpan(s, inTable: true) }
}

/// Words the Markdown report needs beyond `ReportText`.
struct MarkdownWords {
    let language: Language
    init(_ language: Language) { self.language = language }
    private func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    var description: String { t("Omschrijving", "Description") }
    var legalBasis: String { t("Rechtsgrond", "Legal basis") }
    var checkedOn: String { t("gecontroleerd op", "checked on") }
    var tool: String { t("Gemaakt met", "Made with") }
    var category: String { t("Categorie", "Category") }
    var basis: String { t("Grondslag", "Basis") }
    var explanation: String { t("Toelichting", "Explanation") }
    var becomes: String { t("Wordt", "Becomes") }
    var obligation: String { t("Verplichting", "Obligation") }
    var articles: String { t("Artikelen", "Articles") }
    var appliesFrom: String { t("Geldt vanaf", "Applies from") }
    var since: String { t("Geldt sinds", "In force since") }
    var role: String { t("Rol", "Role") }
    var status: String { t("Status", "Status") }
    var notYet: String { t("nog niet", "not yet") }
    var noEvidence: String { t("geen bewijs", "no evidence") }
    var notFound: String { t("niet gevonden", "not found") }
    var question: String { t("Vraag", "Question") }
    var reason: String { t("Reden", "Reason") }
    var step: String { t("Stap", "Step") }
    var answer: String { t("Antwoord", "Answer") }
}
