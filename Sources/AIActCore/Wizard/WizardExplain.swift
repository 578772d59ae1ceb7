import Foundation

/// The wizard's explanations in plain words, rendered from question, option and fact texts
/// (never from ids): why a question is asked (`w`), what `?` adds to the options, and how many
/// questions are likely left. Pure.
public enum WizardExplain {
    /// Why the question at `position` is asked on this path: the answer that led here and, when
    /// the route took a conditional branch, the condition that held, in words.
    public static func because(_ position: WizardPosition, session: WizardSession, language: Language) -> String {
        let rules = session.rules
        let w = ExplainWords(language)
        let plain = PlainCondition(rules: rules, language: language)
        guard let from = position.cameFrom, let previous = rules.question(from.questionId)?.question else {
            return w.firstOfStep(position.stepOrdinal, title: position.step.title.text(language))
        }
        let chosen = from.optionIds.compactMap(previous.option).map { "‘\($0.text.text(language))’" }
        var text = w.answered(question: from.text.text(language), options: chosen)
        // The route the answer took: the option's own, else the question's.
        let route: Route?
        if previous.kind == .single, let own = from.optionIds.first.flatMap(previous.option)?.next { route = own } else { route = previous.next }
        if case .branches(let branches)? = route {
            let context = session.context(before: position.pathNumber)
            if let taken = branches.first(where: { context.holds($0.when) }), let condition = taken.when,
               !plain.isOnlyAbout(condition, question: previous.id) {
                text += " " + w.andThat(plain.describe(condition))
            } else if let taken = branches.first(where: { context.holds($0.when) }), taken.when == nil, branches.count > 1 {
                // The default branch: none of the answers that lead elsewhere was chosen.
                let skipped = branches.compactMap(\.when).compactMap { plain.answerOptions($0, question: previous.id) }.flatMap { $0 }
                if !skipped.isEmpty {
                    let names = Array(Set(skipped)).compactMap(previous.option).sorted { a, b in
                        (previous.options.firstIndex(of: a) ?? 0) < (previous.options.firstIndex(of: b) ?? 0)
                    }.map { "‘\($0.text.text(language))’" }
                    text += " " + w.notChosen(names)
                }
            }
        }
        return text
    }

    /// The options whose own help says more than their text, for `?` (the prompt lists them all).
    public static func optionsWithHelp(_ question: Question, language: Language) -> [(number: Int, text: String, help: String)] {
        question.options.enumerated().compactMap { index, option in
            guard let help = option.help?.text(language), !help.isEmpty else { return nil }
            return (index + 1, option.text.text(language), help)
        }
    }

    /// How many more questions this run likely asks after the current one, walking on with the
    /// answer most users give (a multiple-choice question's "none of these", else its first option).
    public static func likelyLeft(_ session: WizardSession) -> Int? {
        guard session.position != nil else { return 0 }
        var current = session
        var asked = 0
        let limit = session.rules.allQuestions.count
        while let p = current.position, asked <= limit {
            let q = p.question
            let value: AnswerValue = q.kind == .multi
                ? .many([(q.options.first(where: \.isExclusive) ?? q.options[0]).id])
                : .one((q.options.first { !$0.isUnsure } ?? q.options[0]).id)
            guard (try? current.answerForEstimate(value)) != nil else { return nil }
            asked += 1
        }
        return max(asked - 1, 0)
    }
}

extension WizardSession {
    /// The engine context of the answers before question `pathNumber` (1-based) of the path.
    func context(before pathNumber: Int) -> Engine.Context {
        let before = Array(path.prefix(max(pathNumber - 1, 0)))
        var onPath: [String: [String]] = [:]
        var base: Set<String> = []
        for answered in before {
            onPath[answered.questionId] = answered.optionIds
            base.formUnion(answered.factsSet)
        }
        let facts = Engine.derive(base, rules: rules, answers: onPath, date: date).facts
        return Engine.Context(facts: facts, answers: onPath, date: date)
    }

    /// Answers the current question for an estimate (validation is skipped: the value is an option).
    mutating func answerForEstimate(_ value: AnswerValue) throws {
        try answer(value)
    }
}

/// Conditions in plain words, from the texts of questions, options and facts.
struct PlainCondition {
    let rules: RuleSet
    let language: Language
    let facts: [String: String]

    init(rules: RuleSet, language: Language) {
        self.rules = rules
        self.language = language
        facts = Dictionary(rules.facts.facts.map { ($0.id, $0.text.text(language)) }, uniquingKeysWith: { a, _ in a })
    }

    var w: ExplainWords { ExplainWords(language) }

    func describe(_ c: Condition) -> String {
        switch c {
        case .fact(let f): return lowerFirst(facts[f] ?? w.aFact)
        case .answer(let q, let options):
            guard let question = rules.question(q)?.question else { return w.anAnswer }
            let names = options.compactMap(question.option).map { "‘\($0.text.text(language))’" }
            return w.answeredWith(question.text.text(language), names)
        case .all(let l): return l.map(describe).joined(separator: w.and)
        case .any(let l): return l.map(describe).joined(separator: w.or)
        case .not(let x): return w.not(describe(x))
        case .onOrAfter(let d): return w.onOrAfter(ProseDate.format(d, language))
        case .always: return w.always
        }
    }

    /// The option ids a condition tests on `question` (nil when it tests anything else).
    func answerOptions(_ c: Condition, question: String) -> [String]? {
        if case .answer(let q, let options) = c, q == question { return options }
        return nil
    }

    /// True when the condition only restates the answer to `question` (already said).
    func isOnlyAbout(_ c: Condition, question: String) -> Bool {
        switch c {
        case .answer(let q, _): return q == question
        case .all(let l), .any(let l): return l.allSatisfy { isOnlyAbout($0, question: question) }
        case .not(let x): return isOnlyAbout(x, question: question)
        default: return false
        }
    }

    func lowerFirst(_ text: String) -> String {
        guard let first = text.first, first.isUppercase,
              text.dropFirst().first.map({ !$0.isUppercase }) ?? true else { return text }
        return first.lowercased() + text.dropFirst()
    }
}

/// The fixed words of the explanations.
struct ExplainWords {
    let language: Language
    init(_ language: Language) { self.language = language }
    func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    func firstOfStep(_ n: Int, title: String) -> String {
        t("Dit is de eerste vraag van stap \(n) (\(title)).", "This is the first question of step \(n) (\(title)).")
    }
    func answered(question: String, options: [String]) -> String {
        let list = options.joined(separator: t(" en ", " and "))
        return t("Gesteld omdat u bij ‘\(question)’ \(list) koos.", "Asked because you chose \(list) for ‘\(question)’.")
    }
    func andThat(_ condition: String) -> String { t("En omdat: \(condition).", "And because: \(condition).") }
    func notChosen(_ options: [String]) -> String {
        let list = options.joined(separator: t(" of ", " or "))
        return t("U koos niet \(list); die leiden naar andere vragen.", "You did not choose \(list), which lead to other questions.")
    }
    func answeredWith(_ question: String, _ options: [String]) -> String {
        t("bij ‘\(question)’ gekozen: \(options.joined(separator: " of "))", "‘\(question)’ answered \(options.joined(separator: " or "))")
    }
    var and: String { t(" en ", " and ") }
    var or: String { t(" of ", " or ") }
    func not(_ s: String) -> String { t("niet: \(s)", "not: \(s)") }
    func onOrAfter(_ date: String) -> String { t("vanaf \(date)", "from \(date)") }
    var always: String { t("altijd", "always") }
    var aFact: String { t("een eerder antwoord", "an earlier answer") }
    var anAnswer: String { t("een eerder antwoord", "an earlier answer") }
}
