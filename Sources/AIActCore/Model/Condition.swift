import Foundation

/// A structured condition over facts, answers and the assessment date.
///
/// JSON forms: `{"fact": id}`, `{"answer": qid, "in": [opt…]}`, `{"all": […]}`, `{"any": […]}`,
/// `{"not": c}`, `{"onOrAfter": "YYYY-MM-DD"}`, `{"always": true}`.
public indirect enum Condition: Decodable, Hashable, Sendable {
    case fact(String)
    case answer(question: String, options: [String])
    case all([Condition])
    case any([Condition])
    case not(Condition)
    case onOrAfter(String)
    case always

    private enum Keys: String, CodingKey {
        case fact, answer, `in`, all, any, not, onOrAfter, always
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        let present = c.allKeys.filter { $0 != .in }
        guard present.count == 1, let key = present.first else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "expected a condition with exactly one of: fact, answer (with in), all, any, not, onOrAfter, always"))
        }
        switch key {
        case .fact: self = .fact(try c.decode(String.self, forKey: .fact))
        case .answer:
            self = .answer(question: try c.decode(String.self, forKey: .answer),
                           options: try c.decode([String].self, forKey: .in))
        case .all: self = .all(try c.decode([Condition].self, forKey: .all))
        case .any: self = .any(try c.decode([Condition].self, forKey: .any))
        case .not: self = .not(try c.decode(Condition.self, forKey: .not))
        case .onOrAfter: self = .onOrAfter(try c.decode(String.self, forKey: .onOrAfter))
        case .always:
            guard try c.decode(Bool.self, forKey: .always) else {
                throw DecodingError.dataCorruptedError(forKey: .always, in: c, debugDescription: "expected true")
            }
            self = .always
        case .in:
            throw DecodingError.dataCorruptedError(forKey: .in, in: c, debugDescription: "`in` goes with `answer`")
        }
    }

    /// Every fact id the condition tests.
    public var facts: Set<String> {
        switch self {
        case .fact(let f): return [f]
        case .all(let l), .any(let l): return l.reduce(into: Set()) { $0.formUnion($1.facts) }
        case .not(let c): return c.facts
        case .answer, .onOrAfter, .always: return []
        }
    }

    /// Every (question, options) pair the condition tests.
    public var answerRefs: [(question: String, options: [String])] {
        switch self {
        case .answer(let q, let o): return [(q, o)]
        case .all(let l), .any(let l): return l.flatMap(\.answerRefs)
        case .not(let c): return c.answerRefs
        case .fact, .onOrAfter, .always: return []
        }
    }

    /// Every date the condition compares with.
    public var dates: [String] {
        switch self {
        case .onOrAfter(let d): return [d]
        case .all(let l), .any(let l): return l.flatMap(\.dates)
        case .not(let c): return c.dates
        case .fact, .answer, .always: return []
        }
    }
}
