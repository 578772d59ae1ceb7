import AIActCore
import Foundation

/// One run of the wizard on the console: shows each screen (`WizardScreens`), reads the answer,
/// saves after every answer, and ends with the assessment.
///
/// Prompts, explanations and messages go to stderr; the assessment goes to stdout, so
/// `aiact wizard > report.txt` keeps the report and still shows the questions.
struct WizardRunner {
    /// What the command worked out before the first question.
    struct Setup {
        var invocation: Invocation
        var rules: RuleSet
        var base: AnswerFile
        var answersPath: String?
        var savePath: String
        var format: OutputFormat
        var notices: [String]
        var interactive: Bool
        var input: LineInput
    }

    /// What the loop does after one line of input.
    private enum Flow {
        /// Ask again: with the whole question, or only the prompt (after help or a problem).
        case ask(full: Bool)
        case finish
        /// Interrupted: `q`, or the end of input.
        case stop(endOfInput: Bool)
    }

    let setup: Setup
    var session: WizardSession
    var base: AnswerFile
    private var saved = false
    private var shownStep: Int?

    init(setup: Setup, session: WizardSession) {
        self.setup = setup
        self.session = session
        self.base = setup.base
    }

    private var inv: Invocation { setup.invocation }
    /// Recomputed for every screen, so a resized terminal is followed.
    private var screens: WizardScreens {
        WizardScreens(rules: setup.rules, language: inv.language,
                      style: TextStyle(color: inv.colorErr, width: inv.console.width(environment: inv.environment)))
    }

    private func say(_ text: String?) { if let text { inv.console.err(text + "\n") } }

    mutating func run() throws -> ExitCode {
        say(screens.intro(answersPath: setup.answersPath, answerCount: session.answers.count, savePath: setup.savePath, notices: setup.notices))
        InterruptHandler.install(beforeSave: interruptMessage(saved: false, endOfInput: false, signal: true),
                                 afterSave: interruptMessage(saved: true, endOfInput: false, signal: true))
        if setup.interactive && session.answers.isEmpty && (base.system?.name ?? "").isEmpty {
            say("")
            guard let name = read(prompt: WizardText(language: inv.language).systemNamePrompt) else { return interrupted(endOfInput: true) }
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            // The keys the footer announces work here too: `q` quits rather than naming the system "q".
            if WizardInput.quitWords.contains(trimmed.lowercased()) { return interrupted(endOfInput: false) }
            if !trimmed.isEmpty {
                var system = base.system ?? SystemInfo()
                system.name = trimmed
                base.system = system
                try save(session.answerFile(base: base, pruned: false))
            }
        }
        var full = true
        while true {
            let flow: Flow
            if let position = session.position {
                flow = try ask(position, full: full)
            } else if setup.interactive {
                flow = confirmEnd()
            } else {
                flow = .finish
            }
            switch flow {
            case .ask(let again): full = again
            case .finish: return try finish()
            case .stop(let endOfInput): return interrupted(endOfInput: endOfInput)
            }
        }
    }

    /// Asks the question at `position` once and handles the line typed.
    private mutating func ask(_ position: WizardPosition, full: Bool) throws -> Flow {
        if full {
            say(screens.question(position, stepHeader: shownStep != position.step.step))
            shownStep = position.step.step
        }
        let question = position.question
        guard let line = read(prompt: screens.hint(position)) else { return .stop(endOfInput: true) }
        switch WizardInput.parse(line, question: question, hasCurrentAnswer: position.currentAnswer != nil) {
        case .answer(let value):
            let reused = try engine { try session.answer(value) }
            try save(session.answerFile(base: base, pruned: false))
            say(screens.reused(reused, path: session.path))
        case .keep: say(screens.reused(session.keepCurrentAnswer(), path: session.path))
        case .help: say(screens.help(position)); return .ask(full: false)
        case .why: say(screens.why(position)); return .ask(full: false)
        case .list: say(screens.list(session.path, current: position))
        case .back(let number):
            do { try session.goBack(to: number) } catch {
                say(screens.problem(error, optionCount: question.options.count, tryAgain: false))
                return .ask(full: false)
            }
        case .quit: return .stop(endOfInput: false)
        case .invalid(let problem):
            say(screens.problem(problem, optionCount: question.options.count, tryAgain: true))
            return .ask(full: false)
        }
        return .ask(full: true)
    }

    /// On a terminal, one last chance to go back before the assessment; Enter or the end of input finishes.
    private mutating func confirmEnd() -> Flow {
        say("")
        guard let line = read(prompt: WizardText(language: inv.language).allAnswered) else { return .finish }
        switch WizardInput.command(line, hasCurrentAnswer: true) {
        case .keep: return .finish
        case .quit: return .stop(endOfInput: false)
        case .list: say(screens.list(session.path, current: nil))
        case .back(let number):
            do { try session.goBack(to: number) } catch { say(screens.problem(error, optionCount: 0, tryAgain: false)) }
        default: say(screens.notUnderstoodAtEnd(line))
        }
        return .ask(full: true)
    }

    /// Saves the clean answer file, prints the assessment and the commands that reproduce it.
    private mutating func finish() throws -> ExitCode {
        let dropped = session.unreachedAnswers
        let file = session.answerFile(base: base, pruned: true)
        try save(file)
        let assessment = try AssessCommand.assess(file, label: setup.savePath, rules: setup.rules, inv: inv)
        say("")
        try inv.render(RendererTable.assessment, AssessmentReport(assessment), rules: setup.rules)
        if setup.format == .text { inv.console.out(WizardScreens(rules: setup.rules, language: inv.language, style: inv.style).timeline(assessment)) }
        say(screens.finish(dropped: dropped, savePath: setup.savePath, reproduce: command(["assess", setup.savePath], withDate: true),
                           check: command(["check", setup.savePath], withDate: false)))
        return .ok
    }

    /// Shows the prompt and reads one line; nil at the end of input. Echoes the line when the
    /// input is not a terminal, so a scripted run's transcript shows the answers.
    private func read(prompt: String) -> String? {
        inv.console.err(screens.prompt(prompt))
        guard let line = setup.input.next() else {
            inv.console.err("\n")
            return nil
        }
        if !setup.interactive { inv.console.err(Inert.excerpt(line, limit: 200) + "\n") }
        return line
    }

    private mutating func save(_ file: AnswerFile) throws {
        try FileIO.writeAtomically(Data(JSONOutput.encode(file).utf8), to: setup.savePath, language: setup.invocation.language)
        if !saved {
            saved = true
            InterruptHandler.markSaved()
        }
    }

    /// Runs a session change; a rules set the engine cannot walk is a usage error naming the rules.
    private func engine<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as EngineError { throw AssessCommand.rulesError(error, rules: setup.rules, inv: inv) }
    }

    private func interrupted(endOfInput: Bool) -> ExitCode {
        say(interruptMessage(saved: saved, endOfInput: endOfInput, signal: false))
        return .interrupted
    }

    /// Where the answers are and how to continue; also prepared for Ctrl-C.
    private func interruptMessage(saved: Bool, endOfInput: Bool, signal: Bool) -> String {
        let file = saved ? setup.savePath : setup.answersPath
        let resume = file.map { file in
            command(["wizard", "--answers", file] + (file != setup.savePath ? ["--save", setup.savePath] : []), withDate: false)
        }
        return screens.interrupted(file: file, resume: resume, endOfInput: endOfInput, signal: signal, colorReset: inv.colorErr)
    }

    /// A one-line aiact command with the options that change the result (`--rules`, `--date`).
    private func command(_ words: [String], withDate: Bool) -> String {
        var all = ["aiact"] + words
        if let rules = inv.rulesDirectory { all += ["--rules", rules] }
        if withDate, let date = inv.arguments.value("date") { all += ["--date", date] }
        return ShellQuote.command(all)
    }
}
