/// Direct decoding of the model's most frequent small types, which the rules contain thousands of.
/// Going through their `init(from:)` costs most of the start-up time: `Condition` asks for
/// `allKeys` (an array of keys cast back and forth), `Route` and `AnswerValue` probe with `try?`
/// (a thrown error per probe). These read the node directly and give the same values and the
/// same errors (same paths, same texts) as the types' own `init(from:)`; a test compares both on
/// the shipped rules.
extension JSONTreeDecoder {
    /// The value of a model type read directly; nil for other types.
    func model<T>(_ type: T.Type, at node: Int) throws -> T? {
        func cast<M>(_ value: M) -> T { unsafeBitCast(value, to: T.self) }
        if T.self == Condition.self { return cast(try condition(node)) }
        if T.self == LocalizedText.self { return cast(LocalizedText(values: try stringTable(node))) }
        if T.self == Route.self { return cast(try route(node)) }
        if T.self == AnswerValue.self { return cast(try answerValue(node)) }
        if T.self == Source.self { return cast(try Source(self, node)) }
        if T.self == Manifest.self { return cast(try Manifest(self, node)) }
        if T.self == FactsFile.self { return cast(try FactsFile(self, node)) }
        if T.self == Step.self { return cast(try Step(self, node)) }
        if T.self == Question.self { return cast(try Question(self, node)) }
        if T.self == Option.self { return cast(try Option(self, node)) }
        if T.self == ObligationsFile.self { return cast(try ObligationsFile(self, node)) }
        if T.self == Obligation.self { return cast(try Obligation(self, node)) }
        if T.self == NotesFile.self { return cast(try NotesFile(self, node)) }
        if T.self == Note.self { return cast(try Note(self, node)) }
        if T.self == AnswerFile.self { return cast(try AnswerFile(self, node)) }
        return nil
    }

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
        return .branches(try list(node, Route.Branch.init))
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

// MARK: The rules' types, read by hand

/// The rules files' types, read directly: the synthesized `init(from:)` of each type instantiates
/// a keyed container type per type at run time (a scan of the conformance tables each), which was
/// most of the start-up time. Each reading below is its type's `init(from:)` written out: the same
/// keys in the same order (so the first error is the same one), `decodeIfPresent` for optional
/// properties (absent or `null` is nil), unknown keys ignored, and the same errors at the same
/// places. A test decodes the shipped rules, and mutations of them, both ways and compares.
extension JSONTreeDecoder {
    /// The members of an object being read by hand.
    struct Fields {
        let decoder: JSONTreeDecoder
        let object: Int

        /// The value of a required key; `keyNotFound` at the object, as a keyed container throws it.
        func required(_ key: String) throws -> Int {
            guard let value = decoder.lookup(object, key) else {
                throw DecodingError.keyNotFound(JSONCodingKey(string: key), .init(
                    codingPath: decoder.document.codingPath(of: object), debugDescription: "missing key `\(key)`"))
            }
            return value
        }

        /// The value of an optional key; nil when it is absent or `null` (as `decodeIfPresent`).
        func optional(_ key: String) -> Int? {
            guard let value = decoder.lookup(object, key), !decoder.document.isNull(value) else { return nil }
            return value
        }

        func contains(_ key: String) -> Bool { decoder.lookup(object, key) != nil }

        func string(_ key: String) throws -> String { try decoder.string(try required(key)) }
        func optionalString(_ key: String) throws -> String? {
            guard let value = optional(key) else { return nil }
            return try decoder.string(value)
        }
        func strings(_ key: String) throws -> [String] { try decoder.strings(try required(key)) }
        func optionalStrings(_ key: String) throws -> [String]? {
            guard let value = optional(key) else { return nil }
            return try decoder.strings(value)
        }
        func text(_ key: String) throws -> LocalizedText { LocalizedText(values: try decoder.stringTable(try required(key))) }
        func optionalText(_ key: String) throws -> LocalizedText? {
            guard let value = optional(key) else { return nil }
            return LocalizedText(values: try decoder.stringTable(value))
        }
        func optionalBool(_ key: String) throws -> Bool? {
            guard let value = optional(key) else { return nil }
            return try decoder.bool(value)
        }
        func condition(_ key: String) throws -> Condition { try decoder.condition(try required(key)) }
        func optionalCondition(_ key: String) throws -> Condition? {
            guard let value = optional(key) else { return nil }
            return try decoder.condition(value)
        }
        func route(_ key: String) throws -> Route { try decoder.route(try required(key)) }
        func optionalRoute(_ key: String) throws -> Route? {
            guard let value = optional(key) else { return nil }
            return try decoder.route(value)
        }
        func list<T>(_ key: String, _ element: (JSONTreeDecoder, Int) throws -> T) throws -> [T] {
            try decoder.list(try required(key), element)
        }
        func optionalList<T>(_ key: String, _ element: (JSONTreeDecoder, Int) throws -> T) throws -> [T]? {
            guard let value = optional(key) else { return nil }
            return try decoder.list(value, element)
        }
        func optionalSources() throws -> [Source]? { try optionalList("sources", Source.init) }
    }

    /// An object's members, for reading by hand (`typeMismatch` or `valueNotFound` when it is not an object).
    func fields(_ node: Int) throws -> Fields {
        try require(.object, node, [String: String].self)
        return Fields(decoder: self, object: node)
    }

    /// A list, each element read by `element` (as `Array.init(from:)`).
    func list<T>(_ node: Int, _ element: (JSONTreeDecoder, Int) throws -> T) throws -> [T] {
        try require(.array, node, [String].self)
        var out: [T] = []
        out.reserveCapacity(document.count(node))
        var i = node + 1
        for _ in 0..<document.count(node) {
            out.append(try element(self, i))
            i = Int(document.nodes[i].next)
        }
        return out
    }

    /// An object of values with string keys, in the file's order (as `Dictionary.init(from:)`).
    func table<T>(_ node: Int, _ element: (JSONTreeDecoder, Int) throws -> T) throws -> [String: T] {
        try require(.object, node, [String: String].self)
        var out: [String: T] = [:]
        out.reserveCapacity(document.count(node))
        var k = node + 1
        for _ in 0..<document.count(node) {
            out[try string(k)] = try element(self, k + 1)
            k = Int(document.nodes[k + 1].next)
        }
        return out
    }

    /// A string-valued enumeration (as the standard library's `RawRepresentable` decoding).
    func enumeration<T: RawRepresentable>(_ node: Int, _ type: T.Type) throws -> T where T.RawValue == String {
        let raw = try string(node)
        guard let value = T(rawValue: raw) else {
            throw DecodingError.dataCorrupted(.init(codingPath: document.codingPath(of: node),
                                                    debugDescription: "Cannot initialize \(T.self) from invalid String value \(raw)"))
        }
        return value
    }
}

extension Manifest {
    init(_ d: JSONTreeDecoder, _ node: Int) throws {
        let f = try d.fields(node)
        formatVersion = try d.integer(try f.required("formatVersion"), Int.self)
        version = try f.string("version")
        checkedOn = try f.string("checkedOn")
        legalBasis = try f.text("legalBasis")
        disclaimer = try f.text("disclaimer")
        files = try Files(d, try f.required("files"))
        sourceUrls = try f.optional("sourceUrls").map { try SourceURLs(d, $0) }
        seeds = try f.optional("seeds").map { try d.table($0) { LocalizedText(values: try $0.stringTable($1)) } }
        scope = try Scope(d, try f.required("scope"))
    }
}

extension Manifest.Files {
    init(_ d: JSONTreeDecoder, _ node: Int) throws {
        let f = try d.fields(node)
        facts = try f.string("facts")
        steps = try f.strings("steps")
        obligations = try f.string("obligations")
        notes = try f.string("notes")
    }
}

extension Manifest.SourceURLs {
    init(_ d: JSONTreeDecoder, _ node: Int) throws {
        let f = try d.fields(node)
        article = try f.string("article")
        annex = try f.string("annex")
        amending = try f.optionalList("amending", Manifest.Amending.init)
    }
}

extension Manifest.Amending {
    init(_ d: JSONTreeDecoder, _ node: Int) throws {
        let f = try d.fields(node)
        act = try f.string("act")
        url = try f.string("url")
        provisions = try f.strings("provisions")
    }
}

extension Manifest.Scope {
    init(_ d: JSONTreeDecoder, _ node: Int) throws {
        let f = try d.fields(node)
        appliesWhen = try f.condition("appliesWhen")
        reasons = try f.list("reasons", Manifest.Reason.init)
        pendingWhen = try f.optionalCondition("pendingWhen")
    }
}

extension Manifest.Reason {
    init(_ d: JSONTreeDecoder, _ node: Int) throws {
        let f = try d.fields(node)
        id = try f.string("id")
        when = try f.condition("when")
        text = try f.text("text")
        articles = try f.optionalStrings("articles")
    }
}

extension FactsFile {
    init(_ d: JSONTreeDecoder, _ node: Int) throws {
        let f = try d.fields(node)
        facts = try f.list("facts", FactDeclaration.init)
        derivations = try f.list("derivations", Derivation.init)
    }
}

extension FactDeclaration {
    init(_ d: JSONTreeDecoder, _ node: Int) throws {
        let f = try d.fields(node)
        id = try f.string("id")
        text = try f.text("text")
        sources = try f.optionalSources()
    }
}

extension Derivation {
    init(_ d: JSONTreeDecoder, _ node: Int) throws {
        let f = try d.fields(node)
        id = try f.string("id")
        when = try f.condition("when")
        sets = try f.strings("sets")
        grounds = try f.optionalList("grounds", Ground.init)
        roleShift = try f.optional("roleShift").map { try RoleShift(d, $0) }
        qualifier = try f.optional("qualifier").map { try Qualifier(d, $0) }
        sources = try f.optionalSources()
    }
}

extension Qualifier {
    init(_ d: JSONTreeDecoder, _ node: Int) throws {
        let f = try d.fields(node)
        category = try f.string("category")
        text = try f.text("text")
    }
}

extension RoleShift {
    init(_ d: JSONTreeDecoder, _ node: Int) throws {
        let f = try d.fields(node)
        to = try f.string("to")
        basis = try f.string("basis")
        text = try f.text("text")
    }
}

extension Step {
    init(_ d: JSONTreeDecoder, _ node: Int) throws {
        let f = try d.fields(node)
        step = try d.integer(try f.required("step"), Int.self)
        id = try f.string("id")
        title = try f.text("title")
        intro = try f.optionalText("intro")
        sources = try f.optionalSources()
        start = try f.route("start")
        questions = try f.list("questions", Question.init)
    }
}

extension Question {
    init(_ d: JSONTreeDecoder, _ node: Int) throws {
        let f = try d.fields(node)
        id = try f.string("id")
        kind = try d.enumeration(try f.required("kind"), Kind.self)
        text = try f.text("text")
        help = try f.optionalText("help")
        why = try f.optionalText("why")
        judgement = try f.optionalBool("judgement")
        sources = try f.optionalSources()
        options = try f.list("options", Option.init)
        next = try f.optionalRoute("next")
        variants = try f.optionalList("variants", QuestionVariant.init)
    }
}

extension QuestionVariant {
    init(_ d: JSONTreeDecoder, _ node: Int) throws {
        let f = try d.fields(node)
        when = try f.condition("when")
        text = try f.text("text")
        help = try f.optionalText("help")
    }
}

extension Option {
    init(_ d: JSONTreeDecoder, _ node: Int) throws {
        let f = try d.fields(node)
        id = try f.string("id")
        text = try f.text("text")
        help = try f.optionalText("help")
        refs = try f.optionalStrings("refs")
        sets = try f.optionalStrings("sets")
        grounds = try f.optionalList("grounds", Ground.init)
        sources = try f.optionalSources()
        exclusive = try f.optionalBool("exclusive")
        unsure = try f.optionalBool("unsure")
        reviewReason = try f.optionalText("reviewReason")
        next = try f.optionalRoute("next")
    }
}

extension Ground {
    init(_ d: JSONTreeDecoder, _ node: Int) throws {
        let f = try d.fields(node)
        category = try f.string("category")
        basis = try f.string("basis")
        text = try f.optionalText("text")
        when = try f.optionalCondition("when")
    }
}

extension Source {
    /// The most frequent object of the rules (eight optional keys, two or three present): its
    /// members are read in one pass, then decoded in the properties' order (so the first error
    /// is the same one as with a lookup per key).
    init(_ d: JSONTreeDecoder, _ node: Int) throws {
        try d.require(.object, node, [String: String].self)
        let document = d.document
        var ref, seed, section, amendedBy, text, url, status, date: Int?
        var k = node + 1
        for _ in 0..<document.count(node) {
            let value = k + 1
            // The first member with a key counts (as a lookup finds it).
            switch document.string(k) ?? "" {
            case "ref": ref = ref ?? value
            case "seed": seed = seed ?? value
            case "section": section = section ?? value
            case "amendedBy": amendedBy = amendedBy ?? value
            case "text": text = text ?? value
            case "url": url = url ?? value
            case "status": status = status ?? value
            case "date": date = date ?? value
            default: break
            }
            k = Int(document.nodes[value].next)
        }
        func string(_ value: Int?) throws -> String? {
            guard let value, !document.isNull(value) else { return nil }
            return try d.string(value)
        }
        self.init(ref: try string(ref), seed: try string(seed), section: try string(section), amendedBy: try string(amendedBy),
                  text: try string(text), url: try string(url), status: try string(status), date: try string(date))
    }
}

extension Route.Branch {
    init(_ d: JSONTreeDecoder, _ node: Int) throws {
        let f = try d.fields(node)
        when = try f.optionalCondition("when")
        goto = try f.string("goto")
    }
}

extension ObligationsFile {
    init(_ d: JSONTreeDecoder, _ node: Int) throws {
        let f = try d.fields(node)
        schedules = try f.optional("schedules").map { try d.table($0) { try $0.list($1, DatedBranch.init) } }
        obligations = try f.list("obligations", Obligation.init)
    }
}

extension Obligation {
    /// As `init(from:)` above, including its two checks of `schedule` against `appliesFrom`.
    init(_ d: JSONTreeDecoder, _ node: Int) throws {
        let f = try d.fields(node)
        id = try f.string("id")
        role = try f.string("role")
        category = try f.string("category")
        title = try f.text("title")
        summary = try f.text("summary")
        articles = try f.strings("articles")
        when = try f.optionalCondition("when")
        appliesFrom = try f.optionalList("appliesFrom", DatedBranch.init) ?? []
        schedule = try f.optionalString("schedule")
        algoritmekader = try f.optionalString("algoritmekader")
        sources = try f.optionalSources()
        if schedule != nil && f.contains("appliesFrom") {
            throw DecodingError.dataCorrupted(.init(
                codingPath: d.document.codingPath(of: node) + [JSONCodingKey(string: "schedule")],
                debugDescription: "give either `schedule` or `appliesFrom`, not both"))
        }
        if schedule == nil && !f.contains("appliesFrom") {
            throw DecodingError.keyNotFound(JSONCodingKey(string: "appliesFrom"), .init(
                codingPath: d.document.codingPath(of: node), debugDescription: "an obligation needs `appliesFrom` or `schedule`"))
        }
    }
}

extension DatedBranch {
    init(_ d: JSONTreeDecoder, _ node: Int) throws {
        let f = try d.fields(node)
        when = try f.optionalCondition("when")
        date = try f.string("date")
        originalDate = try f.optionalString("originalDate")
        basis = try f.optionalString("basis")
        note = try f.optionalText("note")
        condition = try f.optionalText("condition")
    }
}

extension NotesFile {
    init(_ d: JSONTreeDecoder, _ node: Int) throws {
        let f = try d.fields(node)
        notes = try f.list("notes", Note.init)
    }
}

extension Note {
    init(_ d: JSONTreeDecoder, _ node: Int) throws {
        let f = try d.fields(node)
        id = try f.string("id")
        when = try f.condition("when")
        text = try f.text("text")
        articles = try f.optionalStrings("articles")
        sources = try f.optionalSources()
    }
}

// MARK: The description's types, read by hand (as their synthesized `init(from:)`)

extension AnswerFile {
    /// In the order of `AnswerFile.CodingKeys` (`remarks` before `recorded`), which the
    /// synthesized `init(from:)` follows.
    init(_ d: JSONTreeDecoder, _ node: Int) throws {
        let f = try d.fields(node)
        schema = try f.optionalString("$schema")
        system = try f.optional("system").map { try SystemInfo(d, $0) }
        answers = try d.table(try f.required("answers")) { try $0.answerValue($1) }
        remarks = try f.optional("remarks").map { try d.stringTable($0) }
        recorded = try f.optional("recorded").map { try Recorded(d, $0) }
        evidence = try f.optional("evidence").map { try d.stringTable($0) }
        audit = try f.optional("audit").map { try AuditInfo(d, $0) }
    }
}

extension SystemInfo {
    init(_ d: JSONTreeDecoder, _ node: Int) throws {
        let f = try d.fields(node)
        self.init(name: try f.optionalString("name"), organisation: try f.optionalString("organisation"),
                  description: try f.optionalString("description"), intendedPurpose: try f.optionalString("intendedPurpose"),
                  vendor: try f.optionalString("vendor"), version: try f.optionalString("version"))
    }
}

extension AuditInfo {
    init(_ d: JSONTreeDecoder, _ node: Int) throws {
        let f = try d.fields(node)
        self.init(assessedBy: try f.optionalString("assessedBy"), assessedOn: try f.optionalString("assessedOn"),
                  nextReview: try f.optionalString("nextReview"))
    }
}

extension Recorded {
    init(_ d: JSONTreeDecoder, _ node: Int) throws {
        let f = try d.fields(node)
        self.init(rulesVersion: try f.optionalString("rulesVersion"), systemType: try f.optionalString("systemType"),
                  riskCategories: try f.optionalStrings("riskCategories"), roles: try f.optionalStrings("roles"),
                  approvedBy: try f.optionalString("approvedBy"), approvedOn: try f.optionalString("approvedOn"))
    }
}
