import AIActCore
import Foundation

/// One run of the wizard on the console: prints each turn of the `WizardConversation`, reads the
/// answer, saves after every answer, and ends with the assessment.
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
        var notices: [String]
        var interactive: Bool
        var input: LineInput
    }

    let setup: Setup
    var conversation: WizardConversation
    private var saved = false

    init(setup: Setup, session: WizardSession) {
        self.setup = setup
        let inv = setup.invocation, rules = setup.rules
        conversation = WizardConversation(session: session, base: setup.base, interactive: setup.interactive) {
            WizardScreens(rules: rules, language: inv.language,
                          style: TextStyle(color: inv.colorErr, width: inv.console.width(environment: inv.environment)))
        }
    }

    private var inv: Invocation { setup.invocation }
    private var screens: WizardScreens { conversation.screens() }
    private func say(_ text: String) { inv.console.err(text + "\n") }

    mutating func run() throws -> ExitCode {
        say(screens.intro(answersPath: setup.answersPath, answerCount: conversation.session.answers.count,
                          savePath: setup.savePath, notices: setup.notices))
        InterruptHandler.install(beforeSave: interruptMessage(saved: false, endOfInput: false, signal: true),
                                 afterSave: interruptMessage(saved: true, endOfInput: false, signal: true))
        var turn = conversation.start()
        while true {
            if let file = turn.save { try save(file) }
            turn.screens.forEach(say)
            switch turn.end {
            case .finish: return try finish()
            case .interrupted(let endOfInput):
                say(interruptMessage(saved: saved, endOfInput: endOfInput, signal: false))
                return .interrupted
            case nil: break
            }
            let line = read(prompt: turn.prompt ?? "")
            do { turn = try conversation.handle(line) } catch let error as EngineError {
                throw CLIError.usage(UsageError.rules(origin: setup.rules.origin, error), inv.language)
            }
        }
    }

    /// Saves the clean answer file, prints the assessment and the commands that reproduce it.
    private mutating func finish() throws -> ExitCode {
        let dropped = conversation.session.unreachedAnswers
        let file = conversation.session.answerFile(base: conversation.base, pruned: true)
        try save(file)
        let assessment = try inv.usage {
            try AnswerInput.assess(file, label: setup.savePath, rules: setup.rules, date: inv.date, language: inv.language)
        }
        say("")
        try inv.render(RendererTable.assessment, AssessmentReport(assessment), rules: setup.rules)
        if inv.format == .text { inv.console.out(WizardScreens(rules: setup.rules, language: inv.language, style: inv.style).timeline(assessment)) }
        say(screens.finish(dropped: dropped, savePath: setup.savePath, rulesDirectory: inv.rulesDirectory, date: inv.arguments.value("date")))
        return .ok
    }

    /// Shows the prompt and reads one line; nil at the end of input. Echoes the line when the
    /// input is not a terminal, so a scripted run's transcript shows the answers.
    private func read(prompt: String) -> String? {
        inv.console.err(screens.prompt(prompt))
        fflush(nil)
        guard let line = setup.input.next() else {
            inv.console.err("\n")
            return nil
        }
        if !setup.interactive { inv.console.err(line + "\n") }
        return line
    }

    private mutating func save(_ file: AnswerFile) throws {
        try FileIO.writeAtomically(Data(JSONOutput.encode(file).utf8), to: setup.savePath, language: inv.language)
        if !saved {
            saved = true
            InterruptHandler.markSaved()
        }
    }

    /// Where the answers are and how to continue; also prepared for Ctrl-C.
    private func interruptMessage(saved: Bool, endOfInput: Bool, signal: Bool) -> String {
        screens.interrupted(file: saved ? setup.savePath : setup.answersPath, savePath: setup.savePath, rulesDirectory: inv.rulesDirectory,
                            endOfInput: endOfInput, signal: signal, colorReset: inv.colorErr)
    }
}
