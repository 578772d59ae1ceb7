import Foundation

/// Describes conditions and routes in words, for `questions` (askedWhen) and `obligations` (appliesWhen).
public struct ConditionDescriber {
    public let rules: RuleSet
    public let language: Language

    public init(rules: RuleSet, language: Language) {
        self.rules = rules
        self.language = language
    }

    private var factTexts: [String: String] {
        Dictionary(rules.facts.facts.map { ($0.id, $0.text.text(language)) }, uniquingKeysWith: { a, _ in a })
    }

    public func describe(_ condition: Condition?) -> String {
        guard let condition else { return words.always }
        return describe(condition, texts: factTexts, top: true)
    }

    private func describe(_ c: Condition, texts: [String: String], top: Bool) -> String {
        switch c {
        case .fact(let f): return "\(texts[f] ?? f) [\(f)]"
        case .answer(let q, let options):
            return "\(q) = \(options.joined(separator: " \(words.or) "))"
        case .all(let l):
            let joined = l.map { describe($0, texts: texts, top: false) }.joined(separator: " \(words.and) ")
            return top || l.count == 1 ? joined : "(\(joined))"
        case .any(let l):
            let joined = l.map { describe($0, texts: texts, top: false) }.joined(separator: " \(words.or) ")
            return top || l.count == 1 ? joined : "(\(joined))"
        case .not(let x): return "\(words.not) \(describe(x, texts: texts, top: false))"
        case .onOrAfter(let d): return "\(words.onOrAfter) \(ProseDate.format(d, language))"
        case .always: return words.always
        }
    }

    /// When a question is asked: the routes that lead to it.
    public func askedWhen(_ questionId: String) -> String {
        var ways: [String] = []
        for step in rules.steps {
            ways += incoming(step.start, to: questionId, origin: words.startOfStep(step.step))
            for q in step.questions {
                if q.kind == .single {
                    for o in q.options {
                        if let next = o.next {
                            ways += incoming(next, to: questionId, origin: "\(q.id) = \(o.id)")
                        }
                    }
                    let defaulted = q.options.filter { $0.next == nil }.map(\.id)
                    if let next = q.next, !defaulted.isEmpty {
                        let origin = defaulted.count == q.options.count ? words.after(q.id) : "\(q.id) = \(defaulted.joined(separator: " \(words.or) "))"
                        ways += incoming(next, to: questionId, origin: origin)
                    }
                } else if let next = q.next {
                    ways += incoming(next, to: questionId, origin: words.after(q.id))
                }
            }
        }
        return ways.isEmpty ? words.never : ways.joined(separator: "; \(words.or) ")
    }

    private func incoming(_ route: Route, to target: String, origin: String) -> [String] {
        switch route {
        case .goto(let t): return t == target ? [origin] : []
        case .branches(let branches):
            var out: [String] = []
            var previous: [Condition] = []
            for b in branches {
                if b.goto == target {
                    var parts = previous.map { words.not + " " + describe($0, texts: factTexts, top: false) }
                    if let w = b.when { parts.append(describe(w, texts: factTexts, top: false)) }
                    out.append(parts.isEmpty ? origin : "\(origin), \(words.if) \(parts.joined(separator: " \(words.and) "))")
                }
                if let w = b.when { previous.append(w) }
            }
            return out
        }
    }

    private var words: Words { Words(language: language) }

    struct Words {
        let language: Language
        var and: String { language == .nl ? "en" : "and" }
        var or: String { language == .nl ? "of" : "or" }
        var not: String { language == .nl ? "niet" : "not" }
        var `if`: String { language == .nl ? "als" : "if" }
        var always: String { language == .nl ? "altijd" : "always" }
        var never: String { language == .nl ? "nooit (onbereikbaar)" : "never (unreachable)" }
        var onOrAfter: String { language == .nl ? "op of na" : "on or after" }
        func startOfStep(_ n: Int) -> String { language == .nl ? "begin van stap \(n)" : "start of step \(n)" }
        func after(_ q: String) -> String { language == .nl ? "na \(q)" : "after \(q)" }
    }
}
