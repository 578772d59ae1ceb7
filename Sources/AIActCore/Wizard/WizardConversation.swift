import Foundation

/// What the wizard does next: screens to show (on stderr), answers to save, then either a line to
/// read (after showing `prompt`) or the end.
public struct WizardTurn {
    public enum End: Equatable, Sendable {
        /// Every question is answered: save the clean file and show the assessment.
        case finish
        /// `q`, or the end of input.
        case interrupted(endOfInput: Bool)
    }

    public var screens: [String] = []
    /// Save these answers before anything else (after every answer, so nothing is lost).
    public var save: AnswerFile?
    /// The hint above the `> ` prompt; read one line next.
    public var prompt: String?
    public var end: End?
}

/// The wizard as a conversation, free of the console: each typed line (nil at the end of input)
/// gives the next turn. The executable prints, reads, saves and handles signals.
public struct WizardConversation {
    public private(set) var session: WizardSession
    public private(set) var base: AnswerFile
    let interactive: Bool
    /// Recomputed for every turn, so a resized terminal is followed.
    public let screens: () -> WizardScreens

    private enum State { case name, asking(full: Bool), confirming }
    private var state: State
    private var shownStep: Int?

    public init(session: WizardSession, base: AnswerFile, interactive: Bool, screens: @escaping () -> WizardScreens) {
        self.session = session
        self.base = base
        self.interactive = interactive
        self.screens = screens
        state = interactive && session.answers.isEmpty && (base.system?.name ?? "").isEmpty ? .name : .asking(full: true)
    }

    var text: WizardText { WizardText(language: screens().language) }

    /// The first turn: the system's name on a terminal, else the first question.
    public mutating func start() -> WizardTurn {
        var turn = WizardTurn()
        if case .name = state {
            turn.screens = [""]
            turn.prompt = text.systemNamePrompt
            return turn
        }
        next(&turn)
        return turn
    }

    /// The turn after a typed line; throws `EngineError` for rules the engine cannot walk.
    public mutating func handle(_ line: String?) throws -> WizardTurn {
        var turn = WizardTurn()
        let s = screens()
        switch state {
        case .name:
            guard let line else { return WizardTurn(end: .interrupted(endOfInput: true)) }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            // The keys the footer announces work here too: `q` quits rather than naming the system "q".
            if WizardInput.quitWords.contains(trimmed.lowercased()) { return WizardTurn(end: .interrupted(endOfInput: false)) }
            if !trimmed.isEmpty {
                var system = base.system ?? SystemInfo()
                system.name = trimmed
                base.system = system
                turn.save = session.answerFile(base: base, pruned: false)
            }
            state = .asking(full: true)
        case .asking:
            guard let position = session.position else { break }
            guard let line else { return WizardTurn(end: .interrupted(endOfInput: true)) }
            let question = position.question
            var full = true
            switch WizardInput.parse(line, question: question, hasCurrentAnswer: position.currentAnswer != nil) {
            case .answer(let value):
                let reused = try session.answer(value)
                turn.save = session.answerFile(base: base, pruned: false)
                turn.screens += [s.reused(reused, path: session.path)].compactMap { $0 }
            case .keep: turn.screens += [s.reused(session.keepCurrentAnswer(), path: session.path)].compactMap { $0 }
            case .help: turn.screens.append(s.help(position)); full = false
            case .why: turn.screens.append(s.why(position, session: session)); full = false
            case .remark(let remark):
                full = false
                if let remark {
                    var remarks = base.remarks ?? [:]
                    remarks[question.id] = remark
                    base.remarks = remarks
                    turn.save = session.answerFile(base: base, pruned: false)
                    turn.screens.append(text.remarkSaved(question.id))
                } else {
                    turn.screens.append(text.remarkHowTo)
                }
            case .list: turn.screens.append(s.list(session.path, current: position))
            case .back(let number):
                do { try session.goBack(to: number) } catch {
                    turn.screens.append(s.problem(error, optionCount: question.options.count, tryAgain: false))
                    full = false
                }
            case .quit: return WizardTurn(end: .interrupted(endOfInput: false))
            case .invalid(let problem):
                turn.screens.append(s.problem(problem, optionCount: question.options.count, tryAgain: true))
                full = false
            }
            state = .asking(full: full)
        case .confirming:
            guard let line else { return WizardTurn(end: .finish) }
            switch WizardInput.command(line, hasCurrentAnswer: true) {
            case .keep: return WizardTurn(end: .finish)
            case .quit: return WizardTurn(end: .interrupted(endOfInput: false))
            case .list: turn.screens.append(s.list(session.path, current: nil))
            case .back(let number):
                do { try session.goBack(to: number) } catch { turn.screens.append(s.problem(error, optionCount: 0, tryAgain: false)) }
            default: turn.screens.append(s.notUnderstoodAtEnd(line))
            }
            state = .asking(full: true)
        }
        next(&turn)
        return turn
    }

    /// The turn after a line too long to read (`LineReader`): said so, and the same prompt again.
    public mutating func lineTooLong(limit: Int) -> WizardTurn {
        var turn = WizardTurn()
        let optionCount = session.position?.question.options.count ?? 0
        turn.screens.append(screens().problem(.lineTooLong(limit: limit), optionCount: optionCount, tryAgain: true))
        switch state {
        case .name:
            turn.prompt = text.systemNamePrompt
            return turn
        case .asking: state = .asking(full: false)
        case .confirming: break
        }
        next(&turn)
        return turn
    }

    /// The question to ask (whole, or only its prompt again), the last chance to go back, or the end.
    private mutating func next(_ turn: inout WizardTurn) {
        guard let position = session.position else {
            // Step 4 (obligations) appears as a step even when it asks nothing of this user.
            if let final = screens().finalStep(shown: shownStep) {
                turn.screens.append(final)
                shownStep = session.rules.steps.last?.step
            }
            if interactive {
                state = .confirming
                turn.screens.append("")
                turn.prompt = text.allAnswered
            } else {
                turn.end = .finish
            }
            return
        }
        if case .asking(let full) = state, full {
            turn.screens.append(screens().question(position, stepHeader: shownStep != position.step.step,
                                                   likelyLeft: WizardExplain.likelyLeft(session)))
            shownStep = position.step.step
        }
        turn.prompt = screens().hint(position)
    }
}
