/// Direct decoding of the model's most frequent small types, which the rules contain thousands of.
/// Going through their `init(from:)` costs most of the start-up time: `Condition` asks for
/// `allKeys` (an array of keys cast back and forth), `Route` and `AnswerValue` probe with `try?`
/// (a thrown error per probe). These read the node directly and give the same values and the
/// same errors (same paths, same texts) as the types' own `init(from:)`; a test compares both on
/// the shipped rules.
extension JSONTreeDecoder {
    /// As `Condition.init(from:)`: exactly one of the known keys (besides `in`); unknown keys are ignored.
    func condition(_ node: Int) throws -> Condition {
        try require(.object, node, [String: String].self)
        let document = self.document
        var chosen: (key: String, value: Int)?
        var present = 0
        var inValue: Int?
        var k = node + 1
        for _ in 0..<document.count(node) {
            let value = k + 1
            let key = document.string(k) ?? ""
            switch key {
            case "fact", "answer", "all", "any", "not", "onOrAfter", "always":
                present += 1
                if chosen == nil { chosen = (key, value) }
            case "in":
                inValue = value
            default:
                break
            }
            k = Int(document.nodes[value].next)
        }
        guard present == 1, let (key, value) = chosen else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: document.codingPath(of: node),
                debugDescription: "expected a condition with exactly one of: fact, answer (with in), all, any, not, onOrAfter, always"))
        }
        switch key {
        case "fact": return .fact(try string(value))
        case "answer":
            let question = try string(value)
            guard let inValue else {
                throw DecodingError.keyNotFound(JSONCodingKey(string: "in"), .init(
                    codingPath: document.codingPath(of: node), debugDescription: "missing key `in`"))
            }
            return .answer(question: question, options: try strings(inValue))
        case "all": return .all(try conditions(value))
        case "any": return .any(try conditions(value))
        case "not": return .not(try condition(value))
        case "onOrAfter": return .onOrAfter(try string(value))
        default:
            guard try bool(value) else {
                throw DecodingError.dataCorrupted(.init(codingPath: document.codingPath(of: value), debugDescription: "expected true"))
            }
            return .always
        }
    }

    func conditions(_ node: Int) throws -> [Condition] {
        try require(.array, node, [Condition].self)
        var out: [Condition] = []
        out.reserveCapacity(document.count(node))
        var i = node + 1
        for _ in 0..<document.count(node) {
            out.append(try condition(i))
            i = Int(document.nodes[i].next)
        }
        return out
    }

    /// As `Route.init(from:)`: a target id, or a list of branches.
    func route(_ node: Int) throws -> Route {
        if document.kind(node) == .string { return .goto(try string(node)) }
        return .branches(try decode([Route.Branch].self, at: node))
    }

    /// As `AnswerValue.init(from:)`: an option id, or a list of option ids.
    func answerValue(_ node: Int) throws -> AnswerValue {
        switch document.kind(node) {
        case .string:
            return .one(try string(node))
        case .array:
            if let list = try? strings(node) { return .many(list) }
        default:
            break
        }
        throw DecodingError.typeMismatch(String.self, .init(
            codingPath: document.codingPath(of: node),
            debugDescription: "expected an option id (a string) or a list of option ids"))
    }
}
