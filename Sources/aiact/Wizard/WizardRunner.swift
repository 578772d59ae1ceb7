import AIActCore
import Foundation

/// `aiact wizard`: one run on the console. Prints each turn of the `WizardConversation`, reads the
/// answer, saves after every answer, and ends with the assessment.
///
/// Prompts, explanations and messages go to stderr; the assessment goes to stdout, so
/// `aiact wizard > report.txt` keeps the report and still shows the questions.
struct WizardRunner {
    let inv: Invocation
    let rules: RuleSet
    let plan: WizardPlan
    let interactive: Bool
    /// Standard input, one line at a time within the bound.
    var input = LineReader(source: StandardInput())
    var conversation: WizardConversation
    /// The file's text as saved last; each save edits it, keeping the file's layout.
    var saveText: WizardSaveText
    private var saved = false

    init(inv: Invocation, rules: RuleSet, plan: WizardPlan, interactive: Bool, start: WizardStart) {
        (self.inv, self.rules, self.plan, self.interactive) = (inv, rules, plan, interactive)
        saveText = WizardSaveText(start: start, plan: plan)
        conversation = WizardConversation(session: start.session, base: start.base, interactive: interactive) {
            WizardScreens(rules: rules, language: inv.language,
                          style: TextStyle(color: inv.colorErr, width: inv.console.width(environment: inv.environment)))
        }
    }

    static func run(_ inv: Invocation) throws -> ExitCode {
        let rules = try inv.loadRules()
        let plan: WizardPlan
        do {
            plan = try WizardPlan.make(answers: inv.arguments.value("answers"), save: inv.arguments.value("save"),
                                       language: inv.language, fileSystem: LocalFileSystem(language: inv.language))
        } catch { throw CLIError.usage(error, inv.language) }
        let text = try plan.answersPath.map { try FileIO.read($0, language: inv.language) }
        let start = try inv.usage { try WizardStart(text: text, path: plan.answersPath, rules: rules, date: inv.date, language: inv.language) }
        try checkWritable(plan.savePath, language: inv.language)
        var runner = WizardRunner(inv: inv, rules: rules, plan: plan, interactive: inv.console.stdinIsTerminal, start: start)
        return try runner.run()
    }

    /// Fails before the first question, not after it, when the answers could not be saved.
    static func checkWritable(_ path: String, language: Language) throws {
        // Only a regular file (or a link to one) or a new path; never a folder, FIFO or device.
        let target: SafeWrite.Target
        do { target = try SafeWrite.target(path, language: language) } catch let error as CLIError { throw CLIError.usage("--save: " + error.message) }
        let folder = URL(fileURLWithPath: target.path).deletingLastPathComponent().path
        if let problem = WizardText(language: language).saveFolderProblem(
            path, folder, isFolder: LocalFileSystem(language: language).kind(folder) == .folder, writable: access(folder, W_OK) == 0) {
            throw CLIError.usage(UsageError.other(problem), language)
        }
    }

    private var screens: WizardScreens { conversation.screens() }
    private func say(_ text: String) { inv.console.err(text + "\n") }

    mutating func run() throws -> ExitCode {
        say(screens.intro(answersPath: plan.answersPath, answerCount: conversation.session.answers.count,
                          savePath: plan.savePath, notices: plan.notices))
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
            if line == .tooLong { turn = conversation.lineTooLong(limit: InputLine.limit); continue }
            do { turn = try conversation.handle(line.text) } catch let error as EngineError {
                throw CLIError.usage(UsageError.rules(origin: rules.origin, error), inv.language)
            }
        }
    }

    /// Saves the clean answer file, prints the assessment and the commands that reproduce it.
    private mutating func finish() throws -> ExitCode {
        let dropped = conversation.session.unreachedAnswers
        let file = conversation.session.answerFile(base: conversation.base, pruned: true)
        try save(file)
        let assessment = try inv.usage {
            try AnswerInput.assess(file, label: plan.savePath, rules: rules, date: inv.date, language: inv.language)
        }
        say("")
        try inv.render(RendererTable.assessment, AssessmentReport(assessment), rules: rules)
        if inv.format == .text { inv.console.out(WizardScreens(rules: rules, language: inv.language, style: inv.style).timeline(assessment)) }
        say(screens.finish(dropped: dropped, savePath: plan.savePath, rulesDirectory: inv.rulesDirectory, date: inv.arguments.value("date")))
        return .ok
    }

    /// Shows the prompt and reads one line. Echoes the line when the input is not a terminal, so a
    /// scripted run's transcript shows the answers.
    private mutating func read(prompt: String) -> InputLine {
        inv.console.err(screens.prompt(prompt))
        fflush(nil)
        let line = input.next()
        switch line {
        case .end: inv.console.err("\n")
        case .tooLong where !interactive: inv.console.err("\n")
        case .text(let text) where !interactive: inv.console.err(Inert.excerpt(text, limit: 200) + "\n")
        default: break
        }
        return line
    }

    private mutating func save(_ file: AnswerFile) throws {
        let data = saveText.bytes(for: file, order: conversation.session.path.map(\.questionId))
        try SafeWrite.write(data, to: plan.savePath, original: saveText.onDisk, language: inv.language)
        saveText.saved(data)
        if !saved {
            saved = true
            InterruptHandler.markSaved()
        }
    }

    /// Where the answers are and how to continue; also prepared for Ctrl-C.
    private func interruptMessage(saved: Bool, endOfInput: Bool, signal: Bool) -> String {
        screens.interrupted(file: saved ? plan.savePath : plan.answersPath, savePath: plan.savePath, rulesDirectory: inv.rulesDirectory,
                            endOfInput: endOfInput, signal: signal, colorReset: inv.colorErr)
    }
}
