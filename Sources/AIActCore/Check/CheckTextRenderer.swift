import Foundation

/// `aiact check` as text for a terminal or a CI log: per system its classification and findings
/// (`FILE: ID: message` is easy to grep), then the inventory table and a summary line.
public struct CheckTextRenderer {
    public let style: TextStyle
    public let language: Language

    public init(style: TextStyle, language: Language) {
        self.style = style
        self.language = language
    }

    public func render(_ results: [SystemCheckResult], report: CheckReport) -> String {
        let text = CheckText(language)
        var out: [String] = []
        for result in results {
            let name = result.systemName.map { ": \(Inert.line($0))" } ?? ""
            out.append(style.bold(Inert.line(result.file) + name))
            if let a = result.assessment, a.complete {
                out.append("  " + text.classification(Recorded(a)) + style.dim(" (\(ReportText(language).rules.lowercased()) \(a.rules.version))"))
            }
            for finding in result.findings {
                let first = "  " + style.red("✗ \(finding.id)") + ": "
                out.append(wrap(Inert.text(finding.message), first: first))
            }
            for notice in result.notices {
                out.append(wrap(Inert.text(notice), first: "  " + style.yellow("! \(text.note)") + ": "))
            }
            if result.findings.isEmpty { out.append("  " + style.green("✓ \(text.noFindings)")) }
        }
        if results.count > 1 {
            out.append("")
            out.append(style.bold("\(text.inventoryTitle) (\(results.count))"))
            out.append(contentsOf: table(results.map(InventoryRow.init), text: text))
        }
        out.append("")
        out.append(text.checkedOn(date: report.summary.date, rules: report.summary.rules.version, source: report.summary.rules.source))
        let summary = text.summary(systems: report.summary.systems, withFindings: report.summary.withFindings, counts: report.orderedCounts)
        out.append(report.summary.findings == 0 ? style.green(summary) : style.red(summary))
        return Inert.terminal(out.joined(separator: "\n") + "\n")
    }

    /// Wraps a message without breaking a `code span` (a command to copy) across lines.
    func wrap(_ message: String, first: String) -> String {
        var protected = ""
        var inCode = false
        for c in message {
            if c == "`" { inCode.toggle() }
            protected.append(inCode && c == " " ? "\u{00A0}" : c)
        }
        return style.wrap(protected, indent: 4, first: first).replacingOccurrences(of: "\u{00A0}", with: " ")
    }

    /// The inventory as an aligned plain-text table (vocabulary ids, the same in every language).
    func table(_ rows: [InventoryRow], text: CheckText) -> [String] {
        let header = [text.systemColumn, text.file, text.typeColumn, text.categoriesColumn, text.rolesColumn, text.findingsColumn]
        let body = rows.map { row -> [String] in
            let type: String
            switch row.status {
            case .invalid: type = "(\(text.invalidLabel))"
            case .incomplete: type = "(\(text.incompleteLabel))"
            case .assessed: type = row.systemType ?? "?"
            }
            let assessed = row.status == .assessed
            return [row.name.map(Inert.line) ?? "-", Inert.line(row.file), type,
                    assessed ? row.riskCategories.joined(separator: ", ") : "-",
                    assessed ? (row.roles.isEmpty ? "-" : row.roles.joined(separator: ", ")) : "-",
                    row.findings.isEmpty ? "-" : row.findings.joined(separator: ", ")]
        }
        let widths = header.indices.map { column in ([header] + body).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : cell + String(repeating: " ", count: max(0, widths[index] - cell.count))
            }
            return "  " + padded.joined(separator: "  ")
        }
        return [style.dim(line(header))] + body.map(line)
    }
}
