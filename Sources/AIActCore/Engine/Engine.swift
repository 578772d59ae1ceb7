import Foundation

/// Evaluates answers against a rules set: a pure function of rules, answers and date.
public enum Engine {
    /// What conditions are evaluated against.
    public struct Context: Sendable {
        public var facts: Set<String>
        public var answers: [String: [String]]
        public var date: String

        public init(facts: Set<String>, answers: [String: [String]], date: String) {
            self.facts = facts
            self.answers = answers
            self.date = date
        }

        public func holds(_ condition: Condition?) -> Bool {
            guard let condition else { return true }
            switch condition {
            case .fact(let f): return facts.contains(f)
            case .answer(let q, let options): return !(answers[q].map(Set.init) ?? []).isDisjoint(with: options)
            case .all(let l): return l.allSatisfy { holds($0) }
            case .any(let l): return l.contains { holds($0) }
            case .not(let c): return !holds(c)
            case .onOrAfter(let d): return date >= d
            case .always: return true
            }
        }

        /// The target a route leads to here.
        public func resolve(_ route: Route) -> String? {
            switch route {
            case .goto(let target): return target
            case .branches(let branches): return branches.first { holds($0.when) }?.goto
            }
        }
    }

    /// Applies the derivations in order to the facts set by answers.
    public static func derive(_ base: Set<String>, rules: RuleSet, answers: [String: [String]], date: String) -> (facts: Set<String>, fired: [Derivation]) {
        var context = Context(facts: base, answers: answers, date: date)
        var fired: [Derivation] = []
        for derivation in rules.facts.derivations where context.holds(derivation.when) {
            context.facts.formUnion(derivation.sets)
            fired.append(derivation)
        }
        return (context.facts, fired)
    }

    /// Walks the four steps with the answers given and computes the assessment's content.
    /// The answers must have passed `AnswerValidation` (unknown ids are ignored here).
    public static func evaluate(rules: RuleSet, answers: [String: AnswerValue], date: String) throws -> Evaluation {
        var baseFacts: Set<String> = []
        var onPath: [String: [String]] = [:]
        var path: [Evaluation.Answered] = []
        var missing: [Evaluation.Missing] = []
        var chosenGrounds: [Evaluation.HeldGround] = []

        func context() -> Context {
            Context(facts: derive(baseFacts, rules: rules, answers: onPath, date: date).facts, answers: onPath, date: date)
        }

        walk: for step in rules.steps {
            var current = try target(context().resolve(step.start), step: step, from: "start")
            var visited: Set<String> = []
            while current != Route.end {
                guard let question = step.question(current) else {
                    throw EngineError(nl: "stap \(step.step): route naar onbekende vraag \"\(current)\"", en: "step \(step.step): route to unknown question \"\(current)\"")
                }
                guard visited.insert(current).inserted else {
                    throw EngineError(nl: "stap \(step.step): de route keert terug naar \"\(current)\" (een cyclus)", en: "step \(step.step): the route returns to \"\(current)\" (a cycle)")
                }
                let worded = question.worded { context().holds($0) }
                guard let answer = answers[question.id] else {
                    missing.append(.init(step: step.step, questionId: question.id, text: worded.text, help: worded.help))
                    break walk
                }
                let chosen = answer.optionIds.compactMap(question.option)
                let sets = chosen.flatMap { $0.sets ?? [] }
                baseFacts.formUnion(sets)
                onPath[question.id] = chosen.map(\.id)
                path.append(.init(step: step.step, questionId: question.id, optionIds: chosen.map(\.id), factsSet: sets,
                                  text: worded.text, help: worded.help))
                for option in chosen {
                    for ground in option.grounds ?? [] {
                        chosenGrounds.append(.init(ground: ground, fallbackText: option.text))
                    }
                }
                let route: Route?
                if question.kind == .single, let own = chosen.first?.next { route = own } else { route = question.next }
                guard let route else {
                    throw EngineError(nl: "vraag \"\(question.id)\": geen route voor het gegeven antwoord", en: "question \"\(question.id)\": no route for the answer given")
                }
                current = try target(context().resolve(route), step: step, from: question.id)
            }
        }

        let complete = missing.isEmpty
        let (facts, fired) = derive(baseFacts, rules: rules, answers: onPath, date: date)
        let final = Context(facts: facts, answers: onPath, date: date)
        let missingIds = Set(missing.map(\.questionId))
        let unreached = answers.keys.filter { onPath[$0] == nil && rules.question($0) != nil && !missingIds.contains($0) }.sorted()
        let review = path.filter { answered in
            guard let question = rules.question(answered.questionId)?.question else { return false }
            return answered.optionIds.contains { question.option($0)?.isUnsure ?? false }
        }

        guard complete else {
            return Evaluation(date: date, complete: false, path: path, missing: missing, unreached: unreached,
                              review: review, facts: facts, firedDerivations: fired.map(\.id), grounds: [],
                              roleShifts: [], aiActApplies: false, reasons: [], systemType: nil,
                              riskCategories: [], qualifiers: [], roles: [], obligations: [], notes: [])
        }

        var grounds: [Evaluation.HeldGround] = []
        let candidates = chosenGrounds + fired.flatMap { d in (d.grounds ?? []).map { Evaluation.HeldGround(ground: $0, fallbackText: nil) } }
        for held in candidates where final.holds(held.ground.when ?? .fact(Vocabulary.riskCategoryPrefix + held.ground.category)) {
            if !grounds.contains(where: { $0.ground.category == held.ground.category && $0.ground.basis == held.ground.basis }) {
                grounds.append(held)
            }
        }
        let systemType = Vocabulary.systemTypes.first { facts.contains(Vocabulary.systemTypePrefix + $0) }
        let categories = Vocabulary.riskCategories.filter { facts.contains(Vocabulary.riskCategoryPrefix + $0) }
        let roles = Vocabulary.roles.filter { facts.contains(Vocabulary.rolePrefix + $0) }
        let pending = rules.manifest.scope.pendingWhen.map { final.holds($0) } ?? false
        let obligations: [Evaluation.AppliedObligation] = rules.obligations.compactMap { obligation in
            guard facts.contains(Vocabulary.rolePrefix + obligation.role), final.holds(obligation.when),
                  let branch = obligation.appliesFrom.first(where: { final.holds($0.when) }) else { return nil }
            // While `scope.pendingWhen` holds (e.g. development before placing on the market,
            // Art. 2(8)) every obligation waits for that event: conditional.
            return .init(obligation: obligation, branch: branch, status: pending ? .conditional : status(of: branch, on: date))
        }
        var qualifiers: [Qualifier] = []
        for q in fired.compactMap(\.qualifier) where categories.contains(q.category) && !qualifiers.contains(q) {
            qualifiers.append(q)
        }

        return Evaluation(
            date: date, complete: true, path: path, missing: [], unreached: unreached, review: review,
            facts: facts, firedDerivations: fired.map(\.id), grounds: grounds,
            roleShifts: fired.compactMap(\.roleShift),
            aiActApplies: final.holds(rules.manifest.scope.appliesWhen),
            reasons: rules.manifest.scope.reasons.filter { final.holds($0.when) },
            systemType: systemType,
            riskCategories: categories.isEmpty ? ["minimal"] : categories,
            qualifiers: qualifiers,
            roles: roles,
            obligations: obligations,
            notes: rules.notes.filter { final.holds($0.when) })
    }

    /// An obligation's status on `date` under the date branch chosen for it: conditional when the
    /// branch waits for an event, else in force from its date on, upcoming before it.
    public static func status(of branch: DatedBranch, on date: String) -> Evaluation.Status {
        if branch.condition != nil { return .conditional }
        return date >= branch.date ? .inForce : .upcoming
    }

    private static func target(_ resolved: String?, step: Step, from place: String) throws -> String {
        guard let resolved else {
            throw EngineError(nl: "stap \(step.step): geen tak van de route vanaf \"\(place)\" is van toepassing", en: "step \(step.step): no branch of the route from \"\(place)\" applies")
        }
        return resolved
    }
}
