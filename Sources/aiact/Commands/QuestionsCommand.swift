import AIActCore
import Foundation

/// `aiact questions`: every question with id, step, options, when it is asked, and sources.
enum QuestionsCommand {
    struct Item: Encodable {
        struct OptionItem: Encodable {
            var id: String
            var text: String
            var refs: [String]
            var exclusive: Bool?
            var unsure: Bool?
        }
        var id: String
        var step: Int
        var text: String
        var help: String?
        var why: String?
        var kind: String
        var judgement: Bool
        var options: [OptionItem]
        var sources: [Assessment.SourceItem]
        var askedWhen: String
    }

    static func items(_ rules: RuleSet, _ language: Language) -> [Item] {
        let describer = ConditionDescriber(rules: rules, language: language)
        return rules.allQuestions.map { step, q in
            Item(id: q.id, step: step.step, text: q.text.text(language), help: q.help?.text(language),
                 why: q.why?.text(language), kind: q.kind.rawValue, judgement: q.isJudgement,
                 options: q.options.map {
                     .init(id: $0.id, text: $0.text.text(language), refs: $0.refs ?? [],
                           exclusive: $0.isExclusive ? true : nil, unsure: $0.isUnsure ? true : nil)
                 },
                 sources: SourceLinks.items(q.sources ?? [], rules: rules, language: language),
                 askedWhen: describer.askedWhen(q.id))
        }
    }

    static func run(_ inv: Invocation) throws -> ExitCode {
        try inv.catalogue("questions", items: items) { rules, list in text(rules, list, inv) }
    }

    static func text(_ rules: RuleSet, _ list: [Item], _ inv: Invocation) -> String {
        let style = inv.style
        var out: [String] = []
        for step in rules.steps {
            out.append(style.bold(Help.text(inv.language, nl: "Stap \(step.step): \(step.title.text(inv.language))",
                                             en: "Step \(step.step): \(step.title.text(inv.language))")))
            for item in list where item.step == step.step {
                let kind = item.kind == "multi" ? Help.text(inv.language, nl: " [meerkeuze]", en: " [multiple choice]") : ""
                out.append(style.wrap("\(style.cyan(item.id))\(kind): \(item.text)", indent: 4, first: "  "))
                for o in item.options {
                    let refs = o.refs.isEmpty ? "" : " (\(o.refs.joined(separator: ", ")))"
                    out.append(style.wrap("\(o.id): \(o.text)\(refs)", indent: 8, first: "    - "))
                }
                out.append(style.dim(style.wrap(Help.text(inv.language, nl: "gesteld: ", en: "asked: ") + item.askedWhen, indent: 4)))
                let sources = item.sources.map(\.label).joined(separator: "; ")
                if !sources.isEmpty {
                    out.append(style.dim(style.wrap(Help.text(inv.language, nl: "bronnen: ", en: "sources: ") + sources, indent: 4)))
                }
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }
}
