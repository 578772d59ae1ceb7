import Foundation

/// What `aiact questions` and `aiact obligations` list: every question and every obligation of
/// the rules, in one language, with their sources.
public enum Catalogue {
    public static func questions(_ rules: RuleSet, _ language: Language) -> [QuestionItem] {
        let describer = ConditionDescriber(rules: rules, language: language)
        let askedWhen = describer.askedWhenAll()
        return rules.allQuestions.map { step, q in
            QuestionItem(id: q.id, step: step.step, text: q.text.text(language), help: q.help?.text(language),
                 why: q.why?.text(language), kind: q.kind.rawValue, judgement: q.isJudgement,
                 options: q.options.map {
                     .init(id: $0.id, text: $0.text.text(language), refs: $0.refs ?? [],
                           exclusive: $0.isExclusive ? true : nil, unsure: $0.isUnsure ? true : nil)
                 },
                 sources: SourceLinks.items(q.sources ?? [], rules: rules, language: language),
                 askedWhen: askedWhen[q.id] ?? describer.never)
        }
    }

    public static func obligations(_ rules: RuleSet, _ language: Language) -> [ObligationItem] {
        let describer = ConditionDescriber(rules: rules, language: language)
        return rules.obligations.map { o in
            let role = Condition.fact(Vocabulary.rolePrefix + o.role)
            let when = o.when.map { Condition.all([role, $0]) } ?? role
            return ObligationItem(id: o.id, role: o.role, category: o.category, title: o.title.text(language),
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
}

/// A question as `aiact questions` lists it.
public struct QuestionItem: Encodable, Sendable {
    public struct OptionItem: Encodable, Sendable {
        public var id: String
        public var text: String
        public var refs: [String]
        public var exclusive: Bool?
        public var unsure: Bool?
    }
    public var id: String
    public var step: Int
    public var text: String
    public var help: String?
    public var why: String?
    public var kind: String
    public var judgement: Bool
    public var options: [OptionItem]
    public var sources: [Assessment.SourceItem]
    public var askedWhen: String
}


/// An obligation as `aiact obligations` lists it.
public struct ObligationItem: Encodable, Sendable {
    public struct DateItem: Encodable, Sendable {
        public var date: String
        public var originalDate: String?
        public var basis: String?
        public var when: String?
        public var note: String?
        /// The event the obligation then waits for (status `conditional`).
        public var condition: String?
    }
    public var id: String
    public var role: String
    public var category: String
    public var title: String
    public var summary: String
    public var articles: [String]
    public var appliesFrom: String
    public var dates: [DateItem]
    public var appliesWhen: String
    public var algoritmekader: String?
    public var sources: [Assessment.SourceItem]
}

struct QuestionsText: Renderer {
    func render(_ list: [QuestionItem], _ context: RenderContext, to out: (String) -> Void) {
        let style = context.style
        let rules = context.rules
        func t(_ nl: String, _ en: String) -> String { context.language == .nl ? nl : en }
        var lines: [String] = []
        for step in rules.steps {
            lines.append(style.bold(t("Stap \(step.step): \(step.title.text(context.language))",
                          "Step \(step.step): \(step.title.text(context.language))")))
            for item in list where item.step == step.step {
                let kind = item.kind == "multi" ? t(" [meerkeuze]", " [multiple choice]") : ""
                lines.append(style.wrap("\(style.cyan(item.id))\(kind): \(item.text)", indent: 4, first: "  "))
                for o in item.options {
                    let refs = o.refs.isEmpty ? "" : " (\(Citation.list(o.refs, context.language)))"
                    lines.append(style.wrap("\(o.id): \(o.text)\(refs)", indent: 8, first: "    - "))
                }
                lines.append(style.dim(style.wrap(t("gesteld: ", "asked: ") + item.askedWhen, indent: 4)))
                let sources = item.sources.map(\.label).joined(separator: "; ")
                if !sources.isEmpty {
                    lines.append(style.dim(style.wrap(t("bronnen: ", "sources: ") + sources, indent: 4)))
                }
            }
            lines.append("")
        }
        out(lines.joined(separator: "\n"))
    }
}

struct ObligationsText: Renderer {
    func render(_ list: [ObligationItem], _ context: RenderContext, to out: (String) -> Void) {
        let style = context.style
        let rules = context.rules
        func t(_ nl: String, _ en: String) -> String { context.language == .nl ? nl : en }
        let labels = VocabularyLabels(rules: rules, language: context.language)
        var lines: [String] = []
        for item in list {
            lines.append(style.wrap("\(style.cyan(item.id)) · \(labels.role(item.role)) · \(labels.category(item.category))", indent: 2))
            lines.append(style.wrap("\(style.bold(item.title)) (\(Citation.list(item.articles, context.language)))", indent: 4))
            lines.append(style.wrap(item.summary, indent: 4))
            for d in item.dates {
                func day(_ iso: String) -> String { ProseDate.format(iso, context.language) }
                var line = t("vanaf \(day(d.date))", "from \(day(d.date))")
                if let basis = d.basis { line += " (\(Citation.text(basis, context.language)))" }
                if let original = d.originalDate { line += t(", oorspronkelijk \(day(original))", ", originally \(day(original))") }
                if let when = d.when { line += t(" als \(when)", " if \(when)") }
                if let condition = d.condition { line += t("; voorwaardelijk: \(condition)", "; conditional: \(condition)") }
                lines.append(style.dim(style.wrap(line, indent: 4)))
            }
            lines.append(style.dim(style.wrap(t("geldt als: ", "applies when: ") + item.appliesWhen, indent: 4)))
            lines.append("")
        }
        out(lines.joined(separator: "\n"))
    }
}
