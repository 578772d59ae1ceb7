import Foundation

/// `--format html` for `assess` and `check`: one self-contained, printable document. Inline
/// styles with a print stylesheet, no scripts, no external resources (no links are fetched; the
/// sources' links are plain `<a href>` to EUR-Lex for a reader who clicks). Every string that
/// comes from a description or the rules passes `Inert.html`.
///
/// Per system: a cover (system, organisation, vendor and version, assessed and approved by,
/// dates, rules version, legal basis), the summary, the classification with its grounds, a
/// timeline of the obligations' dates drawn as an inline SVG, the obligations by status with
/// articles, dates and evidence, notes, review items, the answers with their remarks, and the
/// disclaimer. `check` adds the inventory and the findings first.
public struct HTMLReport {
    public let rules: RuleSet
    public let language: Language

    public init(rules: RuleSet, language: Language) {
        self.rules = rules
        self.language = language
    }

    private func h(_ s: String) -> String { Inert.html(s) }
    private func a(_ s: String) -> String { Inert.html(s, attribute: true) }
    private func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    static let style = """
        :root { color-scheme: light; }
        body { font: 10.5pt/1.45 "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: #1a1a1a; margin: 0; background: #fff; }
        main { max-width: 48rem; margin: 0 auto; padding: 2rem 1.5rem; }
        h1 { font-size: 20pt; margin: 0 0 .3rem; color: #102a43; }
        h2 { font-size: 13.5pt; margin: 1.6rem 0 .5rem; color: #102a43; border-bottom: 1.5px solid #bcccdc; padding-bottom: .15rem; }
        h3 { font-size: 11pt; margin: 1.1rem 0 .3rem; color: #243b53; }
        .subtitle { color: #486581; margin: 0 0 1.2rem; }
        table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; }
        th, td { text-align: left; vertical-align: top; padding: .28rem .45rem; border-bottom: 1px solid #d9e2ec; }
        th { background: #f0f4f8; font-weight: 600; }
        table.cover th { width: 32%; background: none; color: #486581; font-weight: normal; }
        .cover { border: 1px solid #bcccdc; border-radius: 6px; padding: 1.2rem 1.4rem; margin-bottom: 1rem; }
        .badge { display: inline-block; padding: .05rem .45rem; border-radius: 3px; font-size: 9pt; font-weight: 600; }
        .b-prohibited { background: #610316; color: #fff; } .b-high-risk { background: #ab091e; color: #fff; }
        .b-transparency { background: #f0b429; color: #1a1a1a; } .b-gpai, .b-gpai-systemic-risk { background: #2680c2; color: #fff; }
        .b-minimal, .b-none { background: #d9e2ec; color: #1a1a1a; }
        .ok { color: #0c6b58; } .bad { color: #ab091e; } .muted { color: #627d98; }
        .finding { border-left: 3px solid #ab091e; padding: .2rem .6rem; margin: .3rem 0; }
        .notice { border-left: 3px solid #f0b429; padding: .2rem .6rem; margin: .3rem 0; }
        code { font: 9pt "DejaVu Sans Mono", Menlo, monospace; background: #f0f4f8; padding: 0 .2rem; border-radius: 2px; }
        .timeline { margin: .4rem 0 1rem; }
        td.date { white-space: nowrap; }
        h4 { font-size: 10.5pt; margin: .9rem 0 .2rem; }
        .disclaimer { margin-top: 1.6rem; padding: .8rem 1rem; background: #f0f4f8; font-size: 9.5pt; }
        footer { margin-top: 1.5rem; font-size: 8.5pt; color: #627d98; }
        section.system { margin-top: 2rem; }
        @page { size: A4; margin: 18mm 16mm; }
        @media print {
          body { font-size: 9.5pt; }
          main { max-width: none; padding: 0; }
          section.system { break-before: page; margin-top: 0; }
          h2, h3, h4 { break-after: avoid; }
          tr, .finding, .notice, .timeline { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
        }
        """

    func document(title: String, body: [String]) -> String {
        var out = ["<!DOCTYPE html>", "<html lang=\"\(language.rawValue)\">", "<head>", "<meta charset=\"utf-8\">",
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
                   "<meta name=\"generator\" content=\"\(AIActInfo.name) \(AIActInfo.version)\">",
                   "<title>\(h(title))</title>", "<style>", Self.style, "</style>", "</head>", "<body>", "<main>"]
        out += body
        out += ["</main>", "</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: assess

    public func render(_ assessment: Assessment, evidence: EvidenceStatus?) -> String {
        let r = ReportText(language)
        let title = r.title + (assessment.system.name.map { " — " + $0 } ?? "")
        return document(title: title, body: system(assessment, evidence: evidence, heading: "h1", findings: nil, notices: []))
    }

    // MARK: check

    public func render(_ results: [SystemCheckResult], summary: CheckSummary) -> String {
        let text = CheckText(language, rules: rules)
        let labels = VocabularyLabels(rules: rules, language: language)
        var body: [String] = []
        body.append("<h1>\(h(text.reportTitle))</h1>")
        body.append("<p class=\"subtitle\">\(h(text.checkedOn(date: summary.date, rules: summary.rules.version, source: ReportText(language).source(summary.rules.source)))) "
                    + h(text.summary(systems: summary.systems, withFindings: summary.withFindings, counts: summary.orderedCounts)) + "</p>")
        body.append("<h2>\(h(text.inventoryTitle))</h2>")
        body.append("<table><thead><tr><th>\(h(text.systemColumn))</th><th>\(h(text.file))</th><th>\(h(text.typeColumn))</th><th>\(h(text.categoriesColumn))</th><th>\(h(text.rolesColumn))</th><th>\(h(text.findingsColumn))</th></tr></thead><tbody>")
        for result in results {
            let row = InventoryRow(result)
            let assessed = row.status == .assessed
            let type: String
            switch row.status {
            case .invalid: type = "<em>\(h(text.invalidLabel))</em>"
            case .incomplete: type = "<em>\(h(text.incompleteLabel))</em>"
            case .assessed: type = h(row.systemType.map(labels.systemType) ?? "?")
            }
            let categories = assessed ? row.riskCategories.map { badge($0, labels.category($0)) }.joined(separator: " ") : "—"
            let roles = assessed && !row.roles.isEmpty ? h(row.roles.map(labels.role).joined(separator: ", ")) : "—"
            let findings = row.findings.isEmpty ? "<span class=\"ok\">✓</span>" : row.findings.map { "<span class=\"bad\">✗ <code>\(h($0))</code></span>" }.joined(separator: " ")
            body.append("<tr><td>\(h(row.name ?? "—"))</td><td><code>\(h(row.file))</code></td><td>\(type)</td><td>\(categories)</td><td>\(roles)</td><td>\(findings)</td></tr>")
        }
        body.append("</tbody></table>")
        for notice in summary.notices { body.append("<p class=\"notice\">\(h(notice))</p>") }
        for result in results {
            body.append("<section class=\"system\">")
            if let assessment = result.assessment {
                body += system(assessment, evidence: result.evidence, heading: "h2", findings: result.findings, notices: result.notices,
                               file: result.file, approval: result.approval)
            } else {
                body.append("<h2>\(h(result.file))</h2>")
                body += findingList(result.findings, notices: result.notices)
            }
            body.append("</section>")
        }
        body.append("<div class=\"disclaimer\"><strong>\(h(ReportText(language).disclaimer)):</strong> \(h(rules.manifest.disclaimer.text(language)))</div>")
        return document(title: text.reportTitle, body: body)
    }

    func badge(_ id: String, _ label: String) -> String {
        let known = Vocabulary.riskCategories + ["minimal"]
        let cls = known.contains(id) ? id : "none"
        return "<span class=\"badge b-\(cls)\">\(h(label))</span>"
    }

    func findingList(_ findings: [CheckFinding], notices: [String]) -> [String] {
        var out: [String] = []
        for f in findings {
            let place = f.location.map { " <span class=\"muted\">(\(h(t("regel", "line"))) \($0.line), \(h(t("kolom", "column"))) \($0.column)\($0.pointer.isEmpty ? "" : ", <code>" + h($0.pointer) + "</code>"))</span>" } ?? ""
            out.append("<p class=\"finding\"><strong><code>\(h(f.id))</code></strong>\(place): \(h(f.message))</p>")
        }
        for n in notices { out.append("<p class=\"notice\">\(h(n))</p>") }
        return out
    }

    // MARK: One system

    func system(_ a: Assessment, evidence: EvidenceStatus?, heading: String, findings: [CheckFinding]?, notices: [String],
                file: String? = nil, approval: Approval? = nil) -> [String] {
        let r = ReportText(language)
        let w = AuditWords(language)
        let labels = VocabularyLabels(rules: rules, language: language)
        let sub = heading == "h1" ? "h2" : "h3"
        var out: [String] = []
        func given(_ v: String?) -> String? { v?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == false ? v : nil }
        func row(_ label: String, _ value: String) { out.append("<tr><th>\(h(label))</th><td>\(value)</td></tr>") }

        // Cover.
        out.append("<div class=\"cover\">")
        out.append("<\(heading)>\(h(given(a.system.name) ?? r.title))</\(heading)>")
        out.append("<p class=\"subtitle\">\(h(r.title))</p>")
        out.append("<table class=\"cover\">")
        if let v = given(a.system.organisation) { row(r.organisation, h(v)) }
        if let v = given(a.system.description) { row(MarkdownWords(language).description, h(v)) }
        if let v = given(a.system.intendedPurpose) { row(r.intendedPurpose, h(v)) }
        if let v = given(a.system.vendor) { row(w.vendor, h(v)) }
        if let v = given(a.system.version) { row(w.version, h(v)) }
        if let file { row(CheckText(language).file, "<code>\(h(file))</code>") }
        row(r.assessedOn, h("\(ProseDate.format(a.assessedOn, language)) (\(a.assessedOn))"))
        if let x = a.audit, x.assessedBy != nil || x.assessedOn != nil { row(w.assessedBy, h(w.personAndDate(x.assessedBy, x.assessedOn))) }
        if let x = a.audit, x.approvedBy != nil {
            row(w.approvedBy, (x.approvalHolds == false ? "<span class=\"bad\">" : "<span class=\"ok\">") + h(w.approval(x)) + "</span>")
        } else if findings != nil {
            row(w.approvedBy, "<span class=\"muted\">\(h(w.notApproved))</span>")
        }
        if let next = a.audit?.nextReview { row(w.nextReview, h(w.review(next, today: a.assessedOn))) }
        row(r.rules, "<code>\(h(a.rules.version))</code> (\(h(r.source(a.rules.source))); \(h(MarkdownWords(language).checkedOn)) \(h(ProseDate.format(a.rules.checkedOn, language))))")
        row(MarkdownWords(language).legalBasis, h(a.rules.legalBasis))
        row(MarkdownWords(language).tool, h("\(a.tool.name) \(a.tool.version)"))
        out.append("</table>")
        out.append("</div>")

        if let findings, !findings.isEmpty || !notices.isEmpty {
            out.append("<\(sub)>\(h(CheckText(language).findingsTitle))</\(sub)>")
            out += findingList(findings, notices: notices)
        }

        // Summary.
        let plan = ActionPlan(a, rules: rules)
        if !plan.lines.isEmpty {
            out.append("<\(sub)>\(h(PlanWords(language).summary))</\(sub)>")
            out.append("<table class=\"cover\">")
            for line in plan.lines { row(line.label, h(line.value)) }
            out.append("</table>")
        }

        // Classification.
        out.append("<\(sub)>\(h(r.classification))</\(sub)>")
        if !a.complete {
            out.append("<p class=\"bad\"><strong>\(h(r.incomplete))</strong></p>")
            for m in a.missing { out.append("<p>\(h(r.nextQuestions)): <code>\(h(m.questionId))</code> \(h(m.question))</p>") }
        } else {
            out.append("<table class=\"cover\">")
            row(r.aiActApplies, h(a.aiAct.applies ? r.yes : r.no))
            row(r.systemType, h(a.systemType.map(labels.systemType) ?? "?"))
            let categories = a.aiAct.applies ? a.riskCategories.map { badge($0, labels.category($0)) }.joined(separator: " ") : h(r.notApplicable)
            row(r.riskCategories, categories)
            if !a.roles.isEmpty { row(r.roles, h(a.roles.map(labels.role).joined(separator: ", "))) }
            out.append("</table>")
            if !a.aiAct.reasons.isEmpty {
                out.append("<ul>" + a.aiAct.reasons.map { "<li>\(h($0))</li>" }.joined() + "</ul>")
            }
            if !a.grounds.isEmpty {
                out.append("<p><strong>\(h(r.grounds))</strong></p><ul>")
                for g in a.grounds { out.append("<li><strong>\(h(Citation.text(g.basis, language)))</strong>: \(h(g.text))</li>") }
                out.append("</ul>")
            }
            if !a.roleShifts.isEmpty {
                out.append("<p><strong>\(h(r.roleShifts))</strong></p><ul>")
                for s in a.roleShifts { out.append("<li><strong>\(h(Citation.text(s.basis, language)))</strong>: \(h(s.text))</li>") }
                out.append("</ul>")
            }
        }

        // Timeline and obligations by status.
        if a.complete && !a.obligations.isEmpty {
            out.append("<\(sub)>\(h(t("Tijdlijn van de verplichtingen", "Timeline of the obligations")))</\(sub)>")
            out.append(Timeline(language: language).svg(a))
            out.append("<\(sub)>\(h(r.obligations))</\(sub)>")
            for group in plan.groups {
                out.append("<h4>\(h(group.heading))</h4>")
                out.append("<table><thead><tr><th>\(h(t("Verplichting", "Obligation")))</th><th>\(h(r.roles))</th><th>\(h(t("Artikelen", "Articles")))</th><th>\(h(t("Datum", "Date")))</th><th>\(h(r.evidence))</th></tr></thead><tbody>")
                for o in group.items {
                    let evidenceCell: String
                    if let entry = evidence?.entries[o.id] {
                        evidenceCell = (entry.found ? "<span class=\"ok\">✓ " : "<span class=\"bad\">✗ ") + "<code>\(h(entry.reference))</code></span>"
                    } else {
                        evidenceCell = "<span class=\"muted\">—</span>"
                    }
                    let from = h(ProseDate.format(o.appliesFrom, language))
                    let date = o.originalDate.map { "\(from) <span class=\"muted\">(\(h(r.originally)) \(h(ProseDate.format($0, language))))</span>" } ?? from
                    out.append("<tr><td><strong>\(h(o.title))</strong><br><span class=\"muted\">\(h(o.summary))</span><br><code>\(h(o.id))</code></td>"
                               + "<td>\(h(labels.role(o.role)))</td><td>\(h(o.articles.map { Citation.text($0, language) }.joined(separator: "; ")))</td>"
                               + "<td class=\"date\">\(date)</td><td>\(evidenceCell)</td></tr>")
                }
                out.append("</tbody></table>")
            }
        }
        if !a.notes.isEmpty {
            out.append("<\(sub)>\(h(r.notes))</\(sub)><ul>")
            for n in a.notes { out.append("<li>\(h(n.text))\(n.articles.isEmpty ? "" : " <span class=\"muted\">(" + h(n.articles.map { Citation.text($0, language) }.joined(separator: "; ")) + ")</span>")</li>") }
            out.append("</ul>")
        }
        if !a.review.isEmpty {
            out.append("<\(sub)>\(h(r.review))</\(sub)><ul>")
            for item in a.review { out.append("<li><code>\(h(item.questionId))</code> \(h(item.question)): \(h(item.reason))</li>") }
            out.append("</ul>")
        }
        if !a.trace.isEmpty {
            let md = MarkdownWords(language)
            out.append("<\(sub)>\(h(r.answers))</\(sub)>")
            out.append("<table><thead><tr><th>\(h(md.step))</th><th>\(h(md.question))</th><th>\(h(md.answer))</th><th>\(h(w.remark))</th></tr></thead><tbody>")
            for item in a.trace {
                out.append("<tr><td>\(item.step)</td><td>\(h(item.question)) <code>\(h(item.questionId))</code></td><td>\(h(item.answerText)) <code>\(h(item.answer.joined(separator: ", ")))</code></td><td>\(h(item.remark ?? ""))</td></tr>")
            }
            out.append("</tbody></table>")
        }
        if heading == "h1" {
            out.append("<div class=\"disclaimer\"><strong>\(h(r.disclaimer)):</strong> \(h(rules.manifest.disclaimer.text(language)))</div>")
        }
        return out
    }
}

/// The obligations' dates as an inline SVG: a line from the earliest date to the latest, the
/// assessment date marked, and per date a dot with the date and how many obligations start then.
struct Timeline {
    let language: Language

    func svg(_ a: Assessment) -> String {
        var counts: [String: Int] = [:]
        for o in a.obligations where ISODay.number(o.appliesFrom) != nil { counts[o.appliesFrom, default: 0] += 1 }
        let dates = counts.keys.sorted()
        guard let first = dates.first.flatMap(ISODay.number), let last = dates.last.flatMap(ISODay.number),
              let today = ISODay.number(a.assessedOn) else { return "" }
        let lo = min(first, today), hi = max(last, today)
        let width = 680.0, left = 40.0, right = 40.0, axis = 70.0
        func x(_ day: Int) -> Double { hi == lo ? left + (width - left - right) / 2 : left + Double(day - lo) / Double(hi - lo) * (width - left - right) }
        let height = 150.0
        var parts: [String] = []
        parts.append("<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"100%\" role=\"img\" aria-label=\"\(Inert.html(language == .nl ? "Tijdlijn" : "Timeline", attribute: true))\">")
        parts.append("<line x1=\"\(left)\" y1=\"\(axis)\" x2=\"\(width - right)\" y2=\"\(axis)\" stroke=\"#9fb3c8\" stroke-width=\"2\"/>")
        let tx = x(today)
        parts.append("<line x1=\"\(f(tx))\" y1=\"\(axis - 40)\" x2=\"\(f(tx))\" y2=\"\(axis + 40)\" stroke=\"#102a43\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>")
        parts.append("<text x=\"\(f(tx))\" y=\"\(axis - 46)\" font-size=\"11\" text-anchor=\"middle\" fill=\"#102a43\">\(Inert.html((language == .nl ? "beoordeeld " : "assessed ") + ProseDate.format(a.assessedOn, language)))</text>")
        for (index, date) in dates.enumerated() {
            guard let day = ISODay.number(date) else { continue }
            let px = x(day)
            let past = day <= today
            let colour = past ? "#ab091e" : "#2680c2"
            let count = counts[date] ?? 0
            let up = index % 2 == 0
            parts.append("<circle cx=\"\(f(px))\" cy=\"\(axis)\" r=\"\(min(6 + count, 14))\" fill=\"\(colour)\" fill-opacity=\"0.85\"/>")
            let ty = up ? axis - 18 : axis + 30
            parts.append("<text x=\"\(f(px))\" y=\"\(ty)\" font-size=\"10.5\" text-anchor=\"middle\" fill=\"#243b53\">\(Inert.html(date))</text>")
            let label = language == .nl ? (count == 1 ? "1 verplichting" : "\(count) verplichtingen") : (count == 1 ? "1 obligation" : "\(count) obligations")
            parts.append("<text x=\"\(f(px))\" y=\"\(ty + (up ? -13 : 13))\" font-size=\"9.5\" text-anchor=\"middle\" fill=\"#627d98\">\(Inert.html(label))</text>")
        }
        let legendPast = language == .nl ? "geldt al" : "in force"
        let legendNext = language == .nl ? "komt nog" : "upcoming"
        parts.append("<circle cx=\"\(left)\" cy=\"\(height - 12)\" r=\"5\" fill=\"#ab091e\"/><text x=\"\(left + 10)\" y=\"\(height - 8)\" font-size=\"10\" fill=\"#243b53\">\(legendPast)</text>")
        parts.append("<circle cx=\"\(left + 90)\" cy=\"\(height - 12)\" r=\"5\" fill=\"#2680c2\"/><text x=\"\(left + 100)\" y=\"\(height - 8)\" font-size=\"10\" fill=\"#243b53\">\(legendNext)</text>")
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    func f(_ v: Double) -> String { String(format: "%.1f", v) }
}
