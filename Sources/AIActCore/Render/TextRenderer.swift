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
        out.append(style.dim(style.wrap("\(r.rules) \(a.rules.version) (\(r.source(a.rules.source))) · \(a.rules.legalBasis) · \(r.assessedOn) \(a.assessedOn)")))
        out.append("")
        guard a.complete else {
            out.append(style.yellow(r.incomplete))
            for m in a.missing {
                out.append(style.wrap("\(r.nextQuestions): \(m.questionId): \(m.question)", indent: 2))
                for o in m.options { out.append(style.wrap("\(o.id): \(o.text)", indent: 6, first: "    - ")) }
            }
            return out.joined(separator: "\n") + "\n"
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
            for g in a.grounds { out.append(style.wrap("\(g.basis): \(g.text)", indent: 6, first: "    - ")) }
        }
        field(r.roles, a.roles.isEmpty ? r.none : a.roles.map(labels.role).joined(separator: ", "))
        if !a.roleShifts.isEmpty {
            out.append("  \(r.roleShifts):")
            for s in a.roleShifts {
                out.append(style.wrap("\(s.basis): \(s.text) → \(labels.role(s.to))", indent: 6, first: "    - "))
            }
        }
        out.append("")
        out.append(style.bold("\(r.obligations) (\(r.obligationCount(a.summary, total: a.obligations.count, date: a.assessedOn)))"))
        if a.obligations.isEmpty { out.append("  " + r.noObligations) }
        var shownDateNotes: Set<String> = []
        for group in ObligationGrouping.groups(a.obligations) {
            out.append("  " + style.cyan("\(labels.role(group.role)) · \(labels.category(group.category))"))
            for o in group.items {
                let when: String
                switch o.status {
                case Evaluation.Status.inForce.rawValue: when = style.green("[\(r.inForceSince) \(o.appliesFrom)]")
                case Evaluation.Status.conditional.rawValue: when = style.yellow("[\(r.conditional)]")
                default: when = style.yellow("[\(r.from) \(o.appliesFrom)]")
                }
                out.append(style.wrap("\(when) \(style.bold(o.title)) (\(o.articles.joined(separator: ", ")))", indent: 6, first: "    - "))
                if let condition = o.condition { out.append(style.yellow(style.wrap(condition, indent: 6))) }
                out.append(style.wrap(o.summary, indent: 6))
                // A date note shared by many obligations (a postponement) is shown once.
                if let note = o.dateNote, shownDateNotes.insert(note).inserted {
                    out.append(style.dim(style.wrap(note, indent: 6)))
                }
            }
        }
        if !a.notes.isEmpty {
            out.append("")
            out.append(style.bold(r.notes))
            for n in a.notes {
                let refs = n.articles.isEmpty ? "" : " (\(n.articles.joined(separator: ", ")))"
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
