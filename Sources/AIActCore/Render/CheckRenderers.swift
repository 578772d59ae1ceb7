import Foundation

/// `aiact check` as text for a terminal or a CI log: per system its classification and findings
/// (`FILE: ID: message` is easy to grep), as each is checked; then the inventory table and a
/// summary line.
struct CheckTextRenderer: Renderer {
    func render(_ stream: CheckStream, _ context: RenderContext, to out: (String) -> Void) throws {
        let style = context.style
        let text = CheckText(context.language, rules: context.rules)
        var tally = CheckTally()
        let notices = try stream.forEach { result in
            tally.add(result)
            var lines: [String] = []
            // Strings from the files are made inert where they are put in; the last pass catches the rest.
            let name = result.systemName.map { ": \(Inert.line($0))" } ?? ""
            lines.append(style.bold(Inert.line(result.file) + name))
            if let a = result.assessment, a.complete {
                lines.append("  " + text.classification(Recorded(a)) + style.dim(" (\(ReportText(context.language).rules.lowercased()) \(a.rules.version))"))
            }
            for finding in result.findings {
                lines.append(wrap(Inert.text(finding.message), first: "  " + style.red("✗ \(finding.id)") + ": ", style: style))
            }
            for notice in result.notices {
                lines.append(wrap(Inert.text(notice), first: "  " + style.yellow("! \(text.note)") + ": ", style: style))
            }
            if result.findings.isEmpty { lines.append("  " + style.green("✓ \(text.noFindings)")) }
            out(Inert.terminal(lines.joined(separator: "\n") + "\n"))
        }
        var lines: [String] = []
        if tally.rows.count > 1 {
            lines.append("")
            lines.append(style.bold("\(text.inventoryTitle) (\(tally.rows.count))"))
            lines.append(contentsOf: table(tally.rows, text: text, style: style))
        }
        let summary = tally.summary(rules: stream.rules, date: stream.options.date, record: stream.writes, notices: notices)
        lines.append("")
        lines.append(text.checkedOn(date: summary.date, rules: summary.rules.version, source: summary.rules.source))
        let counts = text.summary(systems: summary.systems, withFindings: summary.withFindings, counts: summary.orderedCounts)
        lines.append(summary.findings == 0 ? style.green(counts) : style.red(counts))
        out(Inert.terminal(lines.joined(separator: "\n") + "\n"))
    }

    /// Wraps a message without breaking a `code span` (a command to copy) across lines.
    func wrap(_ message: String, first: String, style: TextStyle) -> String {
        var protected = ""
        var inCode = false
        for c in message {
            if c == "`" { inCode.toggle() }
            protected.append(inCode && c == " " ? "\u{00A0}" : c)
        }
        return style.wrap(protected, indent: 4, first: first).replacingOccurrences(of: "\u{00A0}", with: " ")
    }

    /// The inventory as an aligned plain-text table, in the vocabulary's words of the language.
    func table(_ rows: [InventoryRow], text: CheckText, style: TextStyle) -> [String] {
        let header = [text.systemColumn, text.file, text.typeColumn, text.categoriesColumn, text.rolesColumn, text.findingsColumn]
        let body = rows.map { row -> [String] in
            let type: String
            switch row.status {
            case .invalid: type = "(\(text.invalidLabel))"
            case .incomplete: type = "(\(text.incompleteLabel))"
            case .assessed: type = row.systemType.map(text.systemType) ?? "?"
            }
            let assessed = row.status == .assessed
            return [row.name.map(Inert.line) ?? "-", Inert.line(row.file), type,
                    assessed ? row.riskCategories.map(text.category).joined(separator: ", ") : "-",
                    assessed ? (row.roles.isEmpty ? "-" : row.roles.map(text.role).joined(separator: ", ")) : "-",
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

/// `aiact check --format json`: `{"systems": [...], "summary": {...}}` in the contract's order,
/// each system written as soon as it is checked.
struct CheckJSONRenderer: Renderer {
    /// A pretty-printed JSON value indented to sit inside the document.
    static func indented(_ json: String, by spaces: Int) -> String {
        let pad = String(repeating: " ", count: spaces)
        return json.trimmingCharacters(in: .newlines).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : pad + $0 }.joined(separator: "\n")
    }

    func render(_ stream: CheckStream, _ context: RenderContext, to out: (String) -> Void) throws {
        var tally = CheckTally()
        let notices = try stream.forEach { result in
            out((tally.rows.isEmpty ? "{\n  \"systems\" : [\n" : ",\n") + Self.indented(JSONOutput.encode(CheckSystemEntry(result)), by: 4))
            tally.add(result)
        }
        let summary = JSONOutput.encode(tally.summary(rules: stream.rules, date: stream.options.date, record: stream.writes, notices: notices))
        out("\n  ],\n  \"summary\" : " + Self.indented(summary, by: 2).dropFirst(2) + "\n}\n")
    }
}

/// `aiact check --format markdown`: the inventory of AI systems as a table, the findings per
/// system, and each system's full assessment report; fit to be filed or shown as a CI job summary.
/// The findings and reports go to spools while the systems are checked, since they follow the
/// inventory.
struct CheckMarkdownRenderer: Renderer {
    func render(_ stream: CheckStream, _ context: RenderContext, to out: (String) -> Void) throws {
        let rules = context.rules, language = context.language
        let text = CheckText(language, rules: rules)
        let labels = VocabularyLabels(rules: rules, language: language)
        let findings = stream.spool(), reports = stream.spool()
        var tally = CheckTally()
        let renderer = MarkdownRenderer(rules: rules)
        var anyFindings = false
        let notices = try stream.forEach { result in
            tally.add(result)
            if !result.findings.isEmpty || !result.notices.isEmpty {
                var lines = ["", "### \(Inert.codeSpan(result.file))", ""]
                for finding in result.findings { lines.append("- ❌ **\(Markdown.text(finding.id))**: \(Markdown.textWithCode(finding.message))") }
                for notice in result.notices { lines.append("- ℹ️ \(Markdown.textWithCode(notice))") }
                findings.append("\n" + lines.joined(separator: "\n"))
                anyFindings = true
            }
            guard let assessment = result.assessment else { return }
            reports.append("\n\n---\n\n*\(text.file): \(Markdown.code(result.file))*\n\n"
                           + renderer.render(assessment, evidence: result.evidence, headingLevel: 2, includeDisclaimer: false)
                               .trimmingCharacters(in: .newlines))
        }
        let summary = tally.summary(rules: rules, date: stream.options.date, record: stream.writes, notices: notices)
        var out0: [String] = []
        out0.append("# \(Markdown.text(text.reportTitle))")
        out0.append("")
        out0.append(Markdown.text(text.checkedOn(date: summary.date, rules: summary.rules.version, source: summary.rules.source)) + " "
                    + Markdown.text(text.summary(systems: summary.systems, withFindings: summary.withFindings, counts: summary.orderedCounts)))
        out0 += ["", "## \(Markdown.text(text.inventoryTitle))", ""]
        out0.append("| \(text.systemColumn) | \(text.file) | \(text.typeColumn) | \(text.categoriesColumn) | \(text.rolesColumn) | \(text.findingsColumn) |")
        out0.append("|---|---|---|---|---|---|")
        for row in tally.rows {
            let type: String
            switch row.status {
            case .invalid: type = "*\(text.invalidLabel)*"
            case .incomplete: type = "*\(text.incompleteLabel)*"
            case .assessed: type = Markdown.cell(row.systemType.map(labels.systemType) ?? "?")
            }
            let assessed = row.status == .assessed
            let categories = assessed ? row.riskCategories.map { Markdown.cell(labels.category($0)) }.joined(separator: ", ") : "—"
            let roles = assessed ? (row.roles.isEmpty ? "—" : row.roles.map { Markdown.cell(labels.role($0)) }.joined(separator: ", ")) : "—"
            let ids = row.findings.isEmpty ? "✅" : row.findings.map { "❌ \(Markdown.code($0))" }.joined(separator: ", ")
            out0.append("| \(Markdown.cell(row.name ?? "—")) | \(Markdown.code(row.file)) | \(type) | \(categories) | \(roles) | \(ids) |")
        }
        if anyFindings { out0 += ["", "## \(text.findingsTitle)"] }
        out(out0.joined(separator: "\n"))
        findings.drain(out)
        reports.drain(out)
        out("\n\n---\n\n> **\(ReportText(language).disclaimer):** \(Markdown.text(rules.manifest.disclaimer.text(language)))\n")
    }
}
