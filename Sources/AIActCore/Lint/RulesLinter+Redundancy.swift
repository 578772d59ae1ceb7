import Foundation

/// Information (not a defect, not a warning): an answer that changes nothing on some path.
/// `aiact rules lint` lists these so that a rules author can ask fewer questions without asking
/// less detail (issue 11).
public struct LintInformation: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable, Encodable {
        /// Options of one question with the same effect: the same facts that something reads, the
        /// same grounds, the same route, the same review, and no condition tells them apart.
        case sameEffect = "same-effect"
        /// An option sets a fact that nothing reads (no condition, derivation, obligation or note).
        case unreadFact = "unread-fact"
        /// The question's answers matter only in a context (facts every consumer of its answers
        /// requires) that the route to the question does not ensure.
        case context
    }

    public var kind: Kind
    public var file: String
    public var question: String
    /// `same-effect`: the options; `unread-fact`: the option.
    public var options: [String]
    /// `unread-fact`: the fact; `context`: the facts its answers need, then (in `missing`) those the
    /// route does not ensure.
    public var facts: [String]
    public var missing: [String]
    public var message: String

    public var description: String { "\(file): questions[\(question)]: \(message)" }
}

/// What an edge of a step's graph, or a question, is known to hold: facts certainly set and facts
/// certainly not set on every path that gets there.
struct Knowledge {
    var isTrue: Set<String>
    var isFalse: Set<String>

    static let nothing = Knowledge(isTrue: [], isFalse: [])

    func meet(_ other: Knowledge?) -> Knowledge {
        guard let other else { return self }
        return Knowledge(isTrue: isTrue.intersection(other.isTrue), isFalse: isFalse.intersection(other.isFalse))
    }
}

extension RulesLinter {
    /// The facts that must be set (`isTrue`) and must not be set (`isFalse`) for `c` to evaluate to
    /// `positive`, as far as they follow from its structure (an `any` keeps what all its branches
    /// share; an answer among some options sets the facts all of those options set).
    func constraints(_ c: Condition?, _ positive: Bool = true) -> Knowledge {
        guard let c else { return .nothing }
        switch c {
        case .answer(let q, let options):
            guard positive, let question = anyQuestion(q)?.question else { return .nothing }
            let sets = options.map { Set(question.option($0)?.sets ?? []) }
            guard let first = sets.first else { return .nothing }
            return Knowledge(isTrue: sets.dropFirst().reduce(first) { $0.intersection($1) }, isFalse: [])
        case .fact(let f): return positive ? Knowledge(isTrue: [f], isFalse: []) : Knowledge(isTrue: [], isFalse: [f])
        case .not(let x): return constraints(x, !positive)
        case .all(let l), .any(let l):
            let parts = l.map { constraints($0, positive) }
            // all(…) true and any(…) false need every part; the other two need one of them.
            if case .all = c, positive { return Self.union(parts) }
            if case .any = c, !positive { return Self.union(parts) }
            guard var shared = parts.first else { return .nothing }
            for p in parts.dropFirst() { shared = shared.meet(p) }
            return shared
        case .onOrAfter, .always: return .nothing
        }
    }

    private static func union(_ parts: [Knowledge]) -> Knowledge {
        var k = Knowledge.nothing
        for p in parts { k.isTrue.formUnion(p.isTrue); k.isFalse.formUnion(p.isFalse) }
        return k
    }

    enum Truth { case yes, no, unknown }

    /// Three-valued: what `c` is where `known` holds and everything else is unknown.
    static func truth(_ c: Condition, _ known: Knowledge) -> Truth {
        switch c {
        case .fact(let f): return known.isTrue.contains(f) ? .yes : known.isFalse.contains(f) ? .no : .unknown
        case .not(let x):
            switch truth(x, known) { case .yes: return .no; case .no: return .yes; case .unknown: return .unknown }
        case .all(let l):
            var all = Truth.yes
            for x in l { switch truth(x, known) { case .no: return .no; case .unknown: all = .unknown; case .yes: break } }
            return all
        case .any(let l):
            var any = Truth.no
            for x in l { switch truth(x, known) { case .yes: return .yes; case .unknown: any = .unknown; case .no: break } }
            return any
        case .always: return .yes
        case .answer, .onOrAfter: return .unknown
        }
    }

    /// "a, b and c" / "a, b en c".
    func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + t(" en ", " and ") + items.last!
    }

    /// The informational report: per question, the answers that change nothing on some path.
    /// Linear in the size of the rules: one backward pass over the consumers of every fact, one
    /// forward pass over each step's graph; the derivation closure at a question is only computed
    /// where its context is not already on the route, within a fixed budget.
    func information() -> [LintInformation] {
        // 1. Consumers: every condition that reads a fact or an answer, with the facts that must
        //    hold where it is evaluated (its context). A fact's context is what all its consumers share.
        var factContext: [String: Set<String>] = [:]
        var answerContext: [String: Set<String>] = [:]
        /// Question id → option id → the indexes of the answer conditions that name it.
        var signatures: [String: [String: [Int]]] = [:]
        var answerRefs = 0
        func meet(_ a: Set<String>?, _ b: Set<String>) -> Set<String> { a.map { $0.intersection(b) } ?? b }
        func consume(_ c: Condition?, context: Set<String>) {
            guard let c else { return }
            for f in c.facts { factContext[f] = meet(factContext[f], context) }
            for (q, options) in c.answerRefs {
                answerContext[q] = meet(answerContext[q], context)
                for o in options { signatures[q, default: [:]][o, default: []].append(answerRefs) }
                answerRefs += 1
            }
        }
        /// The branches of a route, each with the context in which it is the one taken.
        func branchContexts(_ route: Route?) -> [(branch: Route.Branch, known: Knowledge)] {
            guard case .branches(let branches) = route else {
                if case .goto(let target) = route { return [(Route.Branch(when: nil, goto: target), .nothing)] }
                return []
            }
            var earlierFalse = Knowledge.nothing
            var result: [(Route.Branch, Knowledge)] = []
            for b in branches {
                let own = constraints(b.when)
                result.append((b, Knowledge(isTrue: own.isTrue.union(earlierFalse.isTrue), isFalse: own.isFalse.union(earlierFalse.isFalse))))
                let negated = constraints(b.when, false)
                earlierFalse.isTrue.formUnion(negated.isTrue)
                earlierFalse.isFalse.formUnion(negated.isFalse)
            }
            return result
        }
        func consumeRoute(_ route: Route?) {
            for (b, known) in branchContexts(route) { consume(b.when, context: known.isTrue) }
        }

        let scope = rules.manifest.scope
        consume(scope.appliesWhen, context: constraints(scope.appliesWhen).isTrue)
        consume(scope.pendingWhen, context: constraints(scope.pendingWhen).isTrue)
        for r in scope.reasons { consume(r.when, context: constraints(r.when).isTrue) }
        for step in rules.steps {
            consumeRoute(step.start)
            for q in step.questions {
                consumeRoute(q.next)
                for o in q.options {
                    consumeRoute(o.next)
                    for g in o.grounds ?? [] { consume(g.when, context: constraints(g.when).isTrue) }
                }
                for v in q.variants ?? [] { consume(v.when, context: constraints(v.when).isTrue) }
            }
        }
        for o in rules.obligations {
            var base = constraints(o.when).isTrue
            base.insert(Vocabulary.rolePrefix + o.role)
            consume(o.when, context: base)
            consume(.fact(Vocabulary.rolePrefix + o.role), context: base)
            for (b, known) in branchContexts(.branches(o.appliesFrom.map { Route.Branch(when: $0.when, goto: $0.date) })) {
                consume(b.when, context: base.union(known.isTrue))
            }
        }
        for n in rules.notes { consume(n.when, context: constraints(n.when).isTrue) }
        // The output vocabularies are read by the assessment itself, in every context.
        for fact in rules.facts.facts.map(\.id) where
            [Vocabulary.systemTypePrefix, Vocabulary.riskCategoryPrefix, Vocabulary.rolePrefix].contains(where: fact.hasPrefix) {
            factContext[fact] = []
        }
        // Derivations, last first: a derivation reads only facts set before it, so when it is
        // reached every consumer of the facts it sets is known.
        for d in rules.facts.derivations.reversed() {
            var out: Set<String>? = nil
            for f in d.sets { if let c = factContext[f] { out = meet(out, c) } }
            if d.grounds != nil || d.roleShift != nil || d.qualifier != nil { out = [] }
            guard let out else { continue }
            let context = constraints(d.when).isTrue.union(out)
            consume(d.when, context: context)
            for g in d.grounds ?? [] { consume(g.when, context: context.union(constraints(g.when).isTrue)) }
        }
        let outputPrefixes = [Vocabulary.systemTypePrefix, Vocabulary.riskCategoryPrefix, Vocabulary.rolePrefix]
        func isLive(_ f: String) -> Bool { factContext[f] != nil }

        // Facts set by exactly one question's options and by no derivation: where another option of
        // that question was chosen, they are known not to be set. Likewise facts set by one
        // derivation only: where its condition is false, they are not set.
        var owner: [String: String] = [:], shared: Set<String> = []
        for (_, q) in allQuestions { for o in q.options { for f in o.sets ?? [] {
            if let other = owner[f], other != q.id { shared.insert(f) } else { owner[f] = q.id }
        } } }
        var soleDerivation: [String: String] = [:]
        for d in rules.facts.derivations { for f in d.sets {
            if owner[f] != nil || soleDerivation[f] != nil { shared.insert(f) } else { soleDerivation[f] = d.id }
        } }
        for f in shared { owner[f] = nil; soleDerivation[f] = nil }
        let questionOwner = owner
        // The step by which a fact is decided: the last step whose answers it depends on. A
        // question cannot be routed on a fact decided in a later step (the order of the steps is
        // given), so such facts are left out of its context.
        var decidedIn: [String: Int] = [:]
        for (index, step) in rules.steps.enumerated() { for q in step.questions { for o in q.options { for f in o.sets ?? [] {
            decidedIn[f] = max(decidedIn[f] ?? index, index)
        } } } }
        for d in rules.facts.derivations {
            let from = d.when.facts.compactMap { decidedIn[$0] }.max() ?? 0
            for f in d.sets { decidedIn[f] = max(decidedIn[f] ?? from, from) }
        }

        var found: [LintInformation] = []
        var budget = 2_000_000
        for (index, step) in rules.steps.enumerated() {
            let file = rules.stepFiles[index]
            let known = knowledge(step, index: index, branchContexts: branchContexts, owner: questionOwner)
            for q in step.questions {
                let place = q.id
                // (a) options with the same effect.
                var groups: [String: [String]] = [:]
                var order: [String] = []
                var routes: Set<String> = []
                for o in q.options {
                    let facts = (o.sets ?? []).filter(isLive).sorted().joined(separator: ",")
                    let grounds = (o.grounds ?? []).map { "\($0.category)|\($0.basis)|\(String(describing: $0.when))" }.sorted().joined(separator: ";")
                    let route = q.kind == .single ? String(describing: o.next ?? q.next) : ""
                    routes.insert(route)
                    let review = o.isUnsure ? "unsure:" + (o.reviewReason.map { $0.text(.en) } ?? "") : ""
                    let refs = (signatures[q.id]?[o.id] ?? []).map(String.init).joined(separator: ",")
                    let key = [facts, grounds, route, review, refs].joined(separator: "\u{1}")
                    if groups[key] == nil { order.append(key) }
                    groups[key, default: []].append(o.id)
                }
                for key in order {
                    guard let ids = groups[key], ids.count > 1 else { continue }
                    let list = list(ids)
                    found.append(.init(kind: .sameEffect, file: file, question: place, options: ids, facts: [], missing: [],
                                       message: t("de antwoorden \(list) leiden tot dezelfde beoordeling (dezelfde feiten, gronden, route en controle)",
                                                  "answers \(list) lead to the same assessment (the same facts, grounds, route and review)")))
                }
                // (b) facts set but not read.
                for o in q.options {
                    for f in o.sets ?? [] where !isLive(f) && !outputPrefixes.contains(where: f.hasPrefix) {
                        found.append(.init(kind: .unreadFact, file: file, question: place, options: [o.id], facts: [f], missing: [],
                                           message: t("antwoord \(o.id) zet feit \(f), dat niets leest", "answer \(o.id) sets fact \(f), which nothing reads")))
                    }
                }
                // (c) the context its answers need, where the route does not ensure it.
                var context: Set<String>? = answerContext[q.id]
                var own: Set<String> = []
                for o in q.options {
                    for f in o.sets ?? [] { own.insert(f); if let c = factContext[f] { context = meet(context, c) } }
                    for g in o.grounds ?? [] { context = meet(context, g.when.map { constraints($0).isTrue } ?? [Vocabulary.riskCategoryPrefix + g.category]) }
                    if o.isUnsure { context = [] }
                }
                if routes.count > 1 { context = [] }
                guard let needed = context?.subtracting(own).filter({ (decidedIn[$0] ?? 0) <= index }), !needed.isEmpty,
                      var at = known[q.id] else { continue }
                if !needed.isSubset(of: at.isTrue) {
                    for d in rules.facts.derivations {
                        budget -= 1
                        if budget < 0 { break }
                        switch Self.truth(d.when, at) {
                        case .yes: at.isTrue.formUnion(d.sets); at.isFalse.subtract(d.sets)
                        case .no: for f in d.sets where soleDerivation[f] == d.id && !at.isTrue.contains(f) { at.isFalse.insert(f) }
                        case .unknown: break
                        }
                    }
                }
                let missing = needed.subtracting(at.isTrue).sorted()
                guard !missing.isEmpty, budget >= 0 else { continue }
                let all = list(needed.sorted()), absent = list(missing)
                found.append(.init(kind: .context, file: file, question: place, options: [], facts: needed.sorted(), missing: missing,
                                   message: t("de antwoorden doen er alleen toe als \(all) gezet is; de route naar de vraag waarborgt \(absent) niet",
                                              "its answers matter only when \(all) holds; the route to it does not ensure \(absent)")))
            }
        }
        return found
    }

    /// What every path of the step knows on arriving at each question: one pass in topological
    /// order (Kahn), meeting the knowledge of the incoming edges. Questions on a cycle (a lint
    /// error) get none.
    private func knowledge(_ step: Step, index: Int,
                           branchContexts: (Route?) -> [(branch: Route.Branch, known: Knowledge)],
                           owner: [String: String]) -> [String: Knowledge] {
        let byId = stepQuestions[index]
        /// The outgoing edges of a question: (target, what holds on it, given what held at the question).
        func edges(_ q: Question) -> [(target: String, gained: Knowledge)] {
            var result: [(String, Knowledge)] = []
            let mine: Set<String> = Set(q.options.flatMap { $0.sets ?? [] }.filter { owner[$0] == q.id })
            func add(_ route: Route?, options: [Option]) {
                var set = Knowledge.nothing
                if q.kind == .single, let first = options.first {
                    set.isTrue = options.dropFirst().reduce(Set(first.sets ?? [])) { $0.intersection($1.sets ?? []) }
                    set.isFalse = mine.subtracting(options.flatMap { $0.sets ?? [] })
                }
                for (b, k) in branchContexts(route) where b.goto != Route.end {
                    result.append((b.goto, Knowledge(isTrue: k.isTrue.union(set.isTrue), isFalse: k.isFalse.union(set.isFalse))))
                }
            }
            if q.kind == .single {
                let own = q.options.filter { $0.next != nil }
                for o in own { add(o.next, options: [o]) }
                let shared = q.options.filter { $0.next == nil }
                if !shared.isEmpty { add(q.next, options: shared) }
            } else {
                add(q.next, options: [])
            }
            return result
        }
        var incoming: [String: Int] = [:]
        var out: [String: [(target: String, gained: Knowledge)]] = [:]
        for q in step.questions where out[q.id] == nil {
            let e = edges(q).filter { byId[$0.target] != nil }
            out[q.id] = e
            for (target, _) in e { incoming[target, default: 0] += 1 }
        }
        var known: [String: Knowledge] = [:]
        for (b, k) in branchContexts(step.start) where byId[b.goto] != nil {
            known[b.goto] = known[b.goto].map { $0.meet(k) } ?? k
        }
        var ready = step.questions.map(\.id).filter { incoming[$0, default: 0] == 0 }
        var seen: Set<String> = []
        while let id = ready.popLast() {
            guard seen.insert(id).inserted else { continue }
            let here = known[id] ?? .nothing
            for (target, gained) in out[id] ?? [] {
                let arriving = Knowledge(isTrue: here.isTrue.union(gained.isTrue), isFalse: here.isFalse.union(gained.isFalse))
                known[target] = known[target].map { $0.meet(arriving) } ?? arriving
                incoming[target, default: 0] -= 1
                if incoming[target] == 0 { ready.append(target) }
            }
        }
        return known.filter { seen.contains($0.key) }
    }
}
