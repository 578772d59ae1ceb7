import Foundation

/// Describes conditions and routes in words, for `questions` (askedWhen) and `obligations` (appliesWhen).
public struct ConditionDescriber {
    public let rules: RuleSet
    public let language: Language
    /// Fact id -> its text, made once (a describer describes many conditions).
    private let factTexts: [String: String]

    public init(rules: RuleSet, language: Language) {
        self.rules = rules
        self.language = language
        factTexts = Dictionary(rules.facts.facts.map { ($0.id, $0.text.text(language)) }, uniquingKeysWith: { a, _ in a })
    }

    public func describe(_ condition: Condition?) -> String {
        guard let condition else { return words.always }
        return describe(condition, top: true)
    }

    private func describe(_ c: Condition, top: Bool) -> String {
        switch c {
        case .fact(let f): return "\(factTexts[f] ?? f) [\(f)]"
        case .answer(let q, let options):
            return "\(q) = \(options.joined(separator: " \(words.or) "))"
        case .all(let l):
            let joined = l.map { describe($0, top: false) }.joined(separator: " \(words.and) ")
            return top || l.count == 1 ? joined : "(\(joined))"
        case .any(let l):
            let joined = l.map { describe($0, top: false) }.joined(separator: " \(words.or) ")
            return top || l.count == 1 ? joined : "(\(joined))"
        case .not(let x): return "\(words.not) \(describe(x, top: false))"
        case .onOrAfter(let d): return "\(words.onOrAfter) \(ProseDate.format(d, language))"
        case .always: return words.always
        }
    }

    /// When a question is asked: the routes that lead to it.
    public func askedWhen(_ questionId: String) -> String {
        askedWhenAll()[questionId] ?? never
    }

    /// What `askedWhen` says of a question no route leads to.
    public var never: String { words.never }

    /// `askedWhen` for every question at once, from one pass over all routes (one question at a
    /// time would read every route once per question: quadratic in the number of questions).
    public func askedWhenAll() -> [String: String] {
        var ways: [String: [String]] = [:]
        for step in rules.steps {
            incoming(step.start, origin: words.startOfStep(step.step), into: &ways)
            for q in step.questions {
                if q.kind == .single {
                    for o in q.options {
                        if let next = o.next {
                            incoming(next, origin: "\(q.id) = \(o.id)", into: &ways)
                        }
                    }
                    let defaulted = q.options.filter { $0.next == nil }.map(\.id)
                    if let next = q.next, !defaulted.isEmpty {
                        let origin = defaulted.count == q.options.count ? words.after(q.id) : "\(q.id) = \(defaulted.joined(separator: " \(words.or) "))"
                        incoming(next, origin: origin, into: &ways)
                    }
                } else if let next = q.next {
                    incoming(next, origin: words.after(q.id), into: &ways)
                }
            }
        }
        return ways.mapValues { $0.joined(separator: "; \(words.or) ") }
    }

    /// Adds, for each target of the route, the way it leads there.
    private func incoming(_ route: Route, origin: String, into ways: inout [String: [String]]) {
        switch route {
        case .goto(let t): ways[t, default: []].append(origin)
        case .branches(let branches):
            var previous: [String] = []
            for b in branches {
                var parts = previous
                if let w = b.when { parts.append(describe(w, top: false)) }
                ways[b.goto, default: []].append(parts.isEmpty ? origin : "\(origin), \(words.if) \(parts.joined(separator: " \(words.and) "))")
                if let w = b.when { previous.append(words.not + " " + describe(w, top: false)) }
            }
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
