import AIActCore
import Foundation

/// `aiact obligations`: the whole catalogue with role, articles, date and condition.
enum ObligationsCommand {
    struct Item: Encodable {
        struct DateItem: Encodable {
            var date: String
            var originalDate: String?
            var basis: String?
            var when: String?
            var note: String?
            /// The event the obligation then waits for (status `conditional`).
            var condition: String?
        }
        var id: String
        var role: String
        var category: String
        var title: String
        var summary: String
        var articles: [String]
        var appliesFrom: String
        var dates: [DateItem]
        var appliesWhen: String
        var algoritmekader: String?
        var sources: [Assessment.SourceItem]
    }

    static func items(_ rules: RuleSet, _ language: Language) -> [Item] {
        let describer = ConditionDescriber(rules: rules, language: language)
        return rules.obligations.map { o in
            let role = Condition.fact(Vocabulary.rolePrefix + o.role)
            let when = o.when.map { Condition.all([role, $0]) } ?? role
            return Item(id: o.id, role: o.role, category: o.category, title: o.title.text(language),
                        summary: o.summary.text(language), articles: o.articles,
                        appliesFrom: o.appliesFrom.last?.date ?? "",
                        dates: o.appliesFrom.map {
                            .init(date: $0.date, originalDate: $0.originalDate, basis: $0.basis,
                                  when: $0.when.map(describer.describe), note: $0.note?.text(language),
                                  condition: $0.condition?.text(language))
                        },
                        appliesWhen: describer.describe(when), algoritmekader: o.algoritmekader,
                        sources: SourceLinks.items(o.sources ?? [], rules: rules, language: language))
        }
    }

    static func run(_ inv: Invocation) throws -> ExitCode {
        try inv.catalogue("obligations", items: items) { rules, list in text(rules, list, inv) }
    }

    static func text(_ rules: RuleSet, _ list: [Item], _ inv: Invocation) -> String {
        let style = inv.style
        let labels = VocabularyLabels(rules: rules, language: inv.language)
        var out: [String] = []
        for item in list {
            out.append(style.wrap("\(style.cyan(item.id)) · \(labels.role(item.role)) · \(labels.category(item.category))", indent: 2))
            out.append(style.wrap("\(style.bold(item.title)) (\(item.articles.joined(separator: ", ")))", indent: 4))
            out.append(style.wrap(item.summary, indent: 4))
            for d in item.dates {
                var line = Help.text(inv.language, nl: "vanaf \(d.date)", en: "from \(d.date)")
                if let basis = d.basis { line += " (\(basis))" }
                if let original = d.originalDate { line += Help.text(inv.language, nl: ", oorspronkelijk \(original)", en: ", originally \(original)") }
                if let when = d.when { line += Help.text(inv.language, nl: " als \(when)", en: " if \(when)") }
                if let condition = d.condition { line += Help.text(inv.language, nl: "; voorwaardelijk: \(condition)", en: "; conditional: \(condition)") }
                out.append(style.dim(style.wrap(line, indent: 4)))
            }
            out.append(style.dim(style.wrap(Help.text(inv.language, nl: "geldt als: ", en: "applies when: ") + item.appliesWhen, indent: 4)))
            out.append("")
        }
        return out.joined(separator: "\n")
    }
}
