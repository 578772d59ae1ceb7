import Foundation

/// The assessment as text for a terminal or a log.
public struct TextRenderer {
    public let rules: RuleSet
    public let style: TextStyle

    public init(rules: RuleSet, style: TextStyle) {
        self.rules = rules
        self.style = style
    }

    public func render(_ a: Assessment) -> String {
        let lang = Language(rawValue: a.language) ?? .nl
        let r = ReportText(lang)
        let labels = VocabularyLabels(rules: rules, language: lang)
        var out: [String] = []
        let name = a.system.name.map { ": \(Inert.line($0))" } ?? ""
        out.append(style.bold("\(r.title)\(name)"))
        out.append(style.dim(style.wrap("\(r.rules) \(a.rules.version) (\(r.source(a.rules.source))) · \(a.rules.legalBasis) · \(r.assessedOn) \(ProseDate.format(a.assessedOn, lang))")))
        let audit = AuditWords(lang)
        var record: [String] = []
        if let v = a.system.vendor { record.append("\(audit.vendor): \(Inert.line(v))") }
        if let v = a.system.version { record.append("\(audit.version): \(Inert.line(v))") }
        if let x = a.audit {
            if x.assessedBy != nil || x.assessedOn != nil { record.append("\(audit.assessedBy): \(Inert.line(audit.personAndDate(x.assessedBy, x.assessedOn)))") }
            if x.approvedBy != nil { record.append("\(audit.approvedBy): \(Inert.line(audit.approval(x)))") }
            if let next = x.nextReview { record.append("\(audit.nextReview): \(Inert.line(audit.review(next, today: a.assessedOn)))") }
        }
        if !record.isEmpty { out.append(style.dim(style.wrap(record.joined(separator: " · ")))) }
        out.append("")
        let plan = ActionPlan(a, rules: rules)
        if !plan.lines.isEmpty {
            out.append(style.bold(PlanWords(lang).summary))
            for line in plan.lines {
                let value = line.kind == .review || line.kind == .conditional ? style.yellow(line.value) : line.value
                out.append(style.wrap(value, indent: 4, first: "  \(line.label): "))
            }
            out.append("")
        }
        guard a.complete else {
            out.append(style.yellow(r.incomplete))
            for m in a.missing {
                out.append(style.wrap("\(r.nextQuestions): \(m.questionId): \(m.question)", indent: 2))
                // The option as the answer file writes it: `["id"]` in a list for a multiple-choice question.
                for o in m.options {
                    let id = m.kind == "multi" ? "[\"\(o.id)\"]" : "\"\(o.id)\""
                    out.append(style.wrap("\(id): \(o.text)", indent: 6, first: "    - "))
                }
            }
            return Inert.terminal(out.joined(separator: "\n") + "\n")
        }
        out.append(style.bold(r.classification))
        func field(_ label: String, _ value: String) {
            out.append(style.wrap(value, indent: 4, first: "  \(label): "))
        }
        field(r.aiActApplies, a.aiAct.applies ? r.yes : r.no)
        for reason in a.aiAct.reasons { out.append(style.wrap(reason, indent: 6, first: "    - ")) }
        field(r.systemType, a.systemType.map(labels.systemType) ?? "?")
        let categories = a.riskCategories.map { c in
            let label = labels.category(c) + (a.qualifier(of: c).map { " (\($0))" } ?? "")
            return c == "prohibited" ? style.red(label) : label
        }
        // "minimal" for a system the Act does not apply to would read as a classification under the Act.
        field(r.riskCategories, a.aiAct.applies ? categories.joined(separator: ", ") : r.notApplicable)
        if !a.grounds.isEmpty {
            out.append("  \(r.grounds):")
            for g in a.grounds { out.append(style.wrap("\(Citation.text(g.basis, lang)): \(g.text)", indent: 6, first: "    - ")) }
        }
        field(r.roles, a.roles.isEmpty ? r.none : a.roles.map(labels.role).joined(separator: ", "))
        if !a.roleShifts.isEmpty {
            out.append("  \(r.roleShifts):")
            for s in a.roleShifts {
                out.append(style.wrap("\(Citation.text(s.basis, lang)): \(s.text) → \(labels.role(s.to))", indent: 6, first: "    - "))
            }
        }
        out.append("")
        let count = a.obligations.isEmpty ? "" : " (\(r.obligationCount(a.summary, total: a.obligations.count, date: a.assessedOn)))"
        out.append(style.bold(style.wrap("\(r.obligations)\(count)", indent: 2, first: "")))
        if a.obligations.isEmpty { out.append("  " + r.noObligations) }
        var shownDateNotes: Set<String> = []
        var shownSummaries: Set<String> = []
        for status in plan.groups {
            let heading = status.status == .inForce ? style.green(status.heading) : style.yellow(status.heading)
            out.append(style.wrap(style.bold(heading), indent: 4, first: "  "))
            for group in ObligationGrouping.groups(status.items) {
                out.append("    " + style.cyan("\(labels.role(group.role)) · \(labels.category(group.category))"))
                for o in group.items {
                    var head = "\(style.bold(o.title)) (\(Citation.list(o.articles, lang)))"
                    if status.status == .inForce { head += style.dim(" · \(r.since) \(ProseDate.format(o.appliesFrom, lang))") }
                    out.append(style.wrap(head, indent: 8, first: "      - "))
                    // The same paragraph for a second role (AI literacy) is not printed twice.
                    out.append(shownSummaries.insert(o.summary).inserted ? style.wrap(o.summary, indent: 8) : style.dim(style.wrap(r.asAbove, indent: 8)))
                    // A date note shared by many obligations (a postponement) is shown once.
                    if let note = o.dateNote, shownDateNotes.insert(note).inserted {
                        out.append(style.dim(style.wrap(note, indent: 8)))
                    }
                }
            }
        }
        if !a.notes.isEmpty {
            out.append("")
            out.append(style.bold(r.notes))
            for n in a.notes {
                let refs = n.articles.isEmpty ? "" : " (\(Citation.list(n.articles, lang)))"
                out.append(style.wrap(n.text + refs, indent: 4, first: "  - "))
            }
        }
        if !a.review.isEmpty {
            out.append("")
            out.append(style.bold(style.yellow(r.review)))
            for item in a.review {
                out.append(style.wrap("\(item.questionId): \(item.question)", indent: 4, first: "  - "))
                out.append(style.dim(style.wrap(item.reason, indent: 4)))
            }
        }
        out.append("")
        out.append(style.dim(style.wrap("\(r.disclaimer): \(rules.manifest.disclaimer.text(lang))")))
        return Inert.terminal(out.joined(separator: "\n") + "\n")
    }
}

/// Groups obligations by role, then category, in the contract's vocabulary order.
public enum ObligationGrouping {
    public struct Group {
        public var role: String
        public var category: String
        public var items: [Assessment.ObligationItem]
    }

    public static func groups(_ obligations: [Assessment.ObligationItem]) -> [Group] {
        var groups: [Group] = []
        for role in Vocabulary.roles {
            for category in ["all"] + Vocabulary.riskCategories + ["minimal"] {
                let items = obligations.filter { $0.role == role && $0.category == category }
                if !items.isEmpty { groups.append(Group(role: role, category: category, items: items)) }
            }
        }
        return groups
    }
}
