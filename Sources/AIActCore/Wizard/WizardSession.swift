import Foundation

/// The state of one wizard run, without any terminal I/O: the answers so far, the question to ask
/// next, going back, and the answer file to save.
///
/// The answers live in a dictionary; the engine recomputes the path from them after every change.
/// Changing an earlier answer keeps the later answers: those still on the new path are reused
/// (`answer(_:)` returns them so the wizard can show them), those no longer on it stay in the
/// dictionary harmlessly (the engine ignores unreached answers) until `answerFile(base:pruned:)`
/// drops them at the end.
public struct WizardSession: Sendable {
    public let rules: RuleSet
    /// The assessment date (`--date`): routes may depend on it.
    public let date: String
    /// Every answer given or loaded, on the path or not.
    public private(set) var answers: [String: AnswerValue]
    /// The engine's view of the answers.
    public private(set) var evaluation: Evaluation
    /// The answered question being asked again after going back, if any.
    public private(set) var revisiting: String?

    /// Starts from `answers` (which must have passed `AnswerValidation`).
    public init(rules: RuleSet, answers: [String: AnswerValue] = [:], date: String) throws {
        self.rules = rules
        self.date = date
        self.answers = answers
        self.evaluation = try Engine.evaluate(rules: rules, answers: answers, date: date)
    }

    /// The answered questions in the order the steps ask them.
    public var path: [Evaluation.Answered] { evaluation.path }

    /// Every question on the path is answered and none is being changed.
    public var isComplete: Bool { evaluation.complete && revisiting == nil }

    /// Answers given or loaded that the other answers make irrelevant.
    public var unreachedAnswers: [String] { evaluation.unreached }

    /// The question to ask now: the one being changed, else the first unanswered; nil when complete.
    public var position: WizardPosition? {
        if let id = revisiting, let index = path.firstIndex(where: { $0.questionId == id }) {
            return position(questionId: id, stepNumber: path[index].step, before: Array(path[..<index]))
        }
        guard let missing = evaluation.missing.first else { return nil }
        return position(questionId: missing.questionId, stepNumber: missing.step, before: path)
    }

    private func position(questionId: String, stepNumber: Int, before: [Evaluation.Answered]) -> WizardPosition? {
        guard let ordinal = rules.steps.firstIndex(where: { $0.step == stepNumber }),
              var question = rules.steps[ordinal].question(questionId) else { return nil }
        // The wording for this path (a question's `variants`), as the engine chose it.
        if let worded = evaluation.missing.first(where: { $0.questionId == questionId }).map({ ($0.text, $0.help) })
            ?? evaluation.path.first(where: { $0.questionId == questionId }).map({ ($0.text, $0.help) }) {
            question.text = worded.0
            question.help = worded.1
        }
        let step = rules.steps[ordinal]
        let answeredInStep = before.filter { $0.step == stepNumber }
        return WizardPosition(
            step: step, question: question, stepOrdinal: ordinal + 1, stepCount: rules.steps.count,
            numberInStep: answeredInStep.count + 1,
            maxInStep: answeredInStep.count + Self.longestRoute(from: questionId, in: step),
            pathNumber: before.count + 1, cameFrom: answeredInStep.last, currentAnswer: answers[questionId])
    }

    /// Answers the current question. Returns the answered questions after it on the new path: answers
    /// given earlier that still apply and are reused.
    @discardableResult
    public mutating func answer(_ value: AnswerValue) throws -> [Evaluation.Answered] {
        guard let question = position?.question else { throw WizardSessionError.nothingToAnswer }
        let problems = AnswerValidation.problems([question.id: value], rules: rules)
        guard problems.isEmpty else { throw Assessor.InvalidAnswers(problems: problems) }
        var updated = answers
        updated[question.id] = value
        evaluation = try Engine.evaluate(rules: rules, answers: updated, date: date)
        answers = updated
        revisiting = nil
        return reused(after: question.id)
    }

    /// Keeps the answer of the question being changed and returns to the first unanswered question.
    /// Returns the answered questions after it, as `answer(_:)` does.
    @discardableResult
    public mutating func keepCurrentAnswer() -> [Evaluation.Answered] {
        guard let id = revisiting else { return [] }
        revisiting = nil
        return reused(after: id)
    }

    private func reused(after id: String) -> [Evaluation.Answered] {
        guard let index = path.firstIndex(where: { $0.questionId == id }) else { return [] }
        return Array(path[(index + 1)...])
    }

    /// Goes back to the previous question (`number` nil) or to question `number` of the path, to
    /// ask it again. Its answer stays until a new one is given, so quitting loses nothing.
    public mutating func goBack(to number: Int? = nil) throws(WizardInputProblem) {
        guard !path.isEmpty else { throw .noEarlierQuestion }
        let current = position?.pathNumber ?? path.count + 1
        let target = number ?? current - 1
        if number == nil && target < 1 { throw .noEarlierQuestion }
        guard (1...path.count).contains(target) else { throw .noSuchQuestion(target, count: path.count) }
        revisiting = path[target - 1].questionId
    }

    /// The answer file to save: `base` (system, recorded, evidence, `$schema` kept) with these
    /// answers; `pruned` keeps only the answers on the path (for the end of the run).
    public func answerFile(base: AnswerFile = AnswerFile(), pruned: Bool) -> AnswerFile {
        var file = base
        if pruned {
            let onPath = Set(path.map(\.questionId))
            file.answers = answers.filter { onPath.contains($0.key) }
        } else {
            file.answers = answers
        }
        return file
    }

    /// The most questions from `questionId` (counted) to the end of the step, over every route.
    /// Iterative, with the questions indexed once (issue 9: a `--rules` step with a 20,000-question
    /// chain overflowed the stack); a question already on the route counts 0, as a cycle ends it.
    static func longestRoute(from questionId: String, in step: Step) -> Int {
        let byId = Dictionary(step.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var memo: [String: Int] = [:]
        var onRoute = Set<String>()
        func targets(_ question: Question) -> [String] {
            var targets = question.options.flatMap { $0.next?.targets ?? [] }
            // The question's own route is used by every option without one of its own.
            if question.kind == .multi || question.options.contains(where: { $0.next == nil }) {
                targets += question.next?.targets ?? []
            }
            return targets
        }
        /// The count when it needs no descent; nil for a question still to visit.
        func known(_ id: String) -> Int? {
            if id == Route.end { return 0 }
            if let value = memo[id] { return value }
            return byId[id] == nil || onRoute.contains(id) ? 0 : nil
        }
        struct Frame { var id: String; var targets: [String]; var next = 0; var best = 0 }
        if let value = known(questionId) { return value }
        var stack = [Frame(id: questionId, targets: targets(byId[questionId]!))]
        onRoute.insert(questionId)
        while var top = stack.popLast() {
            if top.next < top.targets.count {
                let target = top.targets[top.next]
                top.next += 1
                if let value = known(target) {
                    top.best = max(top.best, value)
                    stack.append(top)
                } else {
                    stack.append(top)
                    stack.append(Frame(id: target, targets: targets(byId[target]!)))
                    onRoute.insert(target)
                }
                continue
            }
            let longest = 1 + top.best
            memo[top.id] = longest
            onRoute.remove(top.id)
            guard !stack.isEmpty else { return longest }
            stack[stack.count - 1].best = max(stack[stack.count - 1].best, longest)
        }
        return 0
    }
}

/// A session call that does not fit the session's state.
public enum WizardSessionError: Error, Equatable, Sendable {
    /// Every question is answered: there is nothing to answer.
    case nothingToAnswer
}
