import Foundation

/// `aiact check --format markdown`: the inventory of AI systems as a table, the findings per
/// system, and each system's full assessment report; fit to be filed or shown as a CI job summary.
public struct CheckMarkdownRenderer {
    public let rules: RuleSet
    public let language: Language

    public init(rules: RuleSet, language: Language) {
        self.rules = rules
        self.language = language
    }

    public func render(_ results: [SystemCheckResult], report: CheckReport) -> String {
        let text = CheckText(language)
        let labels = VocabularyLabels(rules: rules, language: language)
        var out: [String] = []
        out.append("# \(Markdown.text(text.reportTitle))")
        out.append("")
        out.append(Markdown.text(text.checkedOn(date: report.summary.date, rules: report.summary.rules.version,
                                                source: report.summary.rules.source)) + " "
                   + Markdown.text(text.summary(systems: report.summary.systems, withFindings: report.summary.withFindings,
                                                counts: report.orderedCounts)))
        out += ["", "## \(Markdown.text(text.inventoryTitle))", ""]
        out.append("| \(text.systemColumn) | \(text.file) | \(text.typeColumn) | \(text.categoriesColumn) | \(text.rolesColumn) | \(text.findingsColumn) |")
        out.append("|---|---|---|---|---|---|")
        for row in results.map(InventoryRow.init) {
            let type: String
            switch row.status {
            case .invalid: type = "*\(text.invalidLabel)*"
            case .incomplete: type = "*\(text.incompleteLabel)*"
            case .assessed: type = Markdown.cell(row.systemType.map(labels.systemType) ?? "?")
            }
            let assessed = row.status == .assessed
            let categories = assessed ? row.riskCategories.map { Markdown.cell(labels.category($0)) }.joined(separator: ", ") : "—"
            let roles = assessed ? (row.roles.isEmpty ? "—" : row.roles.map { Markdown.cell(labels.role($0)) }.joined(separator: ", ")) : "—"
            let findings = row.findings.isEmpty ? "✅" : row.findings.map { "❌ \(Markdown.code($0))" }.joined(separator: ", ")
            out.append("| \(Markdown.cell(row.name ?? "—")) | \(Markdown.code(row.file)) | \(type) | \(categories) | \(roles) | \(findings) |")
        }

        let withFindings = results.filter { !$0.findings.isEmpty || !$0.notices.isEmpty }
        if !withFindings.isEmpty {
            out += ["", "## \(text.findingsTitle)"]
            for result in withFindings {
                out += ["", "### \(Markdown.code(result.file))", ""]
                for finding in result.findings { out.append("- ❌ **\(Markdown.text(finding.id))**: \(Markdown.textWithCode(finding.message))") }
                for notice in result.notices { out.append("- ℹ️ \(Markdown.textWithCode(notice))") }
            }
        }

        let renderer = MarkdownRenderer(rules: rules)
        for result in results {
            guard let assessment = result.assessment else { continue }
            out += ["", "---", ""]
            out.append("*\(text.file): \(Markdown.code(result.file))*")
            out.append("")
            out.append(renderer.render(assessment, evidence: result.evidence, headingLevel: 2, includeDisclaimer: false)
                .trimmingCharacters(in: .newlines))
        }
        out += ["", "---", ""]
        out.append("> **\(ReportText(language).disclaimer):** \(Markdown.text(rules.manifest.disclaimer.text(language)))")
        return out.joined(separator: "\n") + "\n"
    }
}
