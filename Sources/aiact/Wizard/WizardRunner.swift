import AIActCore
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One run of the wizard on the console: shows each question, reads the answer, explains on
/// request, saves after every answer, and ends with the assessment.
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
        /// Save the clean file and show the assessment.
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
    private var language: Language { inv.language }
    private var text: WizardText { WizardText(language: language) }
    /// Recomputed for every screen, so a resized terminal is followed.
    private var style: TextStyle { TextStyle(color: inv.colorErr, width: inv.console.width(environment: inv.environment)) }

    private func say(_ lines: [String]) { inv.console.err(lines.joined(separator: "\n") + "\n") }
    private func say(_ line: String) { say([line]) }

    // MARK: The run

    mutating func run() throws -> ExitCode {
        showIntro()
        InterruptHandler.install(beforeSave: interruptMessage(saved: false, endOfInput: false, signal: true),
                                 afterSave: interruptMessage(saved: true, endOfInput: false, signal: true))
        if setup.interactive && session.answers.isEmpty && (base.system?.name ?? "").isEmpty {
            say("")
            guard let name = read(prompt: text.systemNamePrompt) else { return interrupted(endOfInput: true) }
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
        if full { showQuestion(position) }
        let question = position.question
        var hints = [question.kind == .multi ? text.promptMulti(question.options.count) : text.promptSingle(question.options.count)]
        if let current = position.currentAnswer { hints.append(text.keepHint(describe(current, in: question))) }
        guard let line = read(prompt: hints.joined(separator: " ")) else { return .stop(endOfInput: true) }
        switch WizardInput.parse(line, question: question, hasCurrentAnswer: position.currentAnswer != nil) {
        case .answer(let value):
            let reused = try engine { try session.answer(value) }
            try save(session.answerFile(base: base, pruned: false))
            showReused(reused)
            return .ask(full: true)
        case .keep:
            showReused(session.keepCurrentAnswer())
            return .ask(full: true)
        case .help:
            showHelp(position)
            return .ask(full: false)
        case .why:
            showWhy(position)
            return .ask(full: false)
        case .list:
            showList(current: position)
            return .ask(full: true)
        case .back(let number):
            do {
                try session.goBack(to: number)
                return .ask(full: true)
            } catch {
                showProblem(error, optionCount: question.options.count, tryAgain: false)
                return .ask(full: false)
            }
        case .quit:
            return .stop(endOfInput: false)
        case .invalid(let problem):
            showProblem(problem, optionCount: question.options.count, tryAgain: true)
            return .ask(full: false)
        }
    }

    /// On a terminal, one last chance to go back before the assessment; Enter or the end of input finishes.
    private mutating func confirmEnd() -> Flow {
        say("")
        guard let line = read(prompt: text.allAnswered) else { return .finish }
        switch WizardInput.command(line, hasCurrentAnswer: true) {
        case .keep: return .finish
        case .quit: return .stop(endOfInput: false)
        case .list:
            showList(current: nil)
            return .ask(full: true)
        case .back(let number):
            do {
                try session.goBack(to: number)
            } catch {
                showProblem(error, optionCount: 0, tryAgain: false)
            }
            return .ask(full: true)
        default:
            say(style.yellow(style.wrap(text.notUnderstoodAtEnd(Inert.excerpt(line.trimmingCharacters(in: .whitespaces))))))
            return .ask(full: true)
        }
    }

    /// Saves the clean answer file, prints the assessment and the commands that reproduce it.
    private mutating func finish() throws -> ExitCode {
        let dropped = session.unreachedAnswers
        let file = session.answerFile(base: base, pruned: true)
        try save(file)
        let assessment: Assessment
        do {
            assessment = try Assessor.assess(file, rules: setup.rules, date: inv.date, language: language)
        } catch let invalid as Assessor.InvalidAnswers {
            throw CLIError.usage(invalid.problems.map { "\(setup.savePath): \($0)" }.joined(separator: "\naiact: "))
        } catch let error as EngineError {
            throw CLIError.usage("rules \(setup.rules.origin): \(error.description)")
        }
        say("")
        var report = Reports.render(assessment, rules: setup.rules, format: setup.format, style: inv.style)
        if setup.format == .text { report += WizardTimeline.render(assessment, text: text, style: inv.style) }
        inv.console.out(report)
        let s = style
        var lines = [""]
        if !dropped.isEmpty { lines.append(s.dim(s.wrap(text.dropped(dropped)))) }
        lines.append(s.bold(s.wrap(text.savedIn(setup.savePath))))
        let width = max(text.reproduce.count, text.checkInCI.count) + 1
        func pad(_ label: String) -> String { label + String(repeating: " ", count: width - label.count) }
        lines.append("  " + pad(text.reproduce) + " " + s.cyan(command(["assess", setup.savePath], withDate: true)))
        lines.append("  " + pad(text.checkInCI) + " " + s.cyan(command(["check", setup.savePath], withDate: false)))
        say(lines)
        return .ok
    }

    // MARK: Input and saving

    /// Shows the prompt and reads one line; nil at the end of input. Echoes the line when the
    /// input is not a terminal, so a scripted run's transcript shows the answers.
    private func read(prompt: String) -> String? {
        let s = style
        inv.console.err(s.dim(s.wrap(prompt)) + "\n" + s.bold("> "))
        fflush(nil)
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
        do {
            return try body()
        } catch let error as EngineError {
            throw CLIError.usage("rules \(setup.rules.origin): \(error.description)")
        }
    }

    // MARK: Interruption

    private func interrupted(endOfInput: Bool) -> ExitCode {
        say(interruptMessage(saved: saved, endOfInput: endOfInput, signal: false))
        return .interrupted
    }

    /// Where the answers are and how to continue; also prepared for Ctrl-C.
    private func interruptMessage(saved: Bool, endOfInput: Bool, signal: Bool) -> String {
        var head = [endOfInput ? text.endOfInput : nil, text.stopped].compactMap { $0 }.joined(separator: " ")
        let file = saved ? setup.savePath : setup.answersPath
        var lines: [String]
        if let file {
            head += " " + text.answersIn(file)
            var words = ["wizard", "--answers", file]
            if file != setup.savePath { words += ["--save", setup.savePath] }
            // The command is never wrapped, so it can be copied in one piece.
            lines = [style.wrap(head), text.resumeWith, "  " + command(words, withDate: false)]
        } else {
            lines = [style.wrap(head + " " + text.nothingSaved)]
        }
        let reset = signal && inv.colorErr ? "\u{1B}[0m" : ""
        return (signal ? reset + "\n" : "") + lines.joined(separator: "\n") + (signal ? "\n" : "")
    }

    /// A one-line aiact command with the options that change the result (`--rules`, `--date`).
    private func command(_ words: [String], withDate: Bool) -> String {
        var all = ["aiact"] + words
        if let rules = inv.rulesDirectory { all += ["--rules", rules] }
        if withDate, let date = inv.arguments.value("date") { all += ["--date", date] }
        return ShellQuote.command(all)
    }

    // MARK: Screens

    private func showIntro() {
        let s = style
        let steps = setup.rules.steps.enumerated().map { "\($0.offset + 1) \($0.element.title.text(language))" }.joined(separator: ", ")
        var lines = [s.bold(text.title), s.wrap(text.introduction(steps: steps)),
                     s.dim(s.wrap(text.rulesLine(version: setup.rules.version, origin: setup.rules.origin,
                                                 legalBasis: setup.rules.manifest.legalBasis.text(language))))]
        lines.append("")
        if let path = setup.answersPath, !session.answers.isEmpty {
            lines.append(s.wrap(text.continuing(session.answers.count, from: path)))
        }
        lines.append(s.wrap(text.savingTo(setup.savePath)))
        lines += setup.notices.map { s.yellow(s.wrap($0)) }
        lines.append(s.dim(s.wrap(text.keys)))
        say(lines)
    }

    private mutating func showQuestion(_ p: WizardPosition) {
        let s = style
        var lines: [String] = []
        let title = p.step.title.text(language)
        if shownStep != p.step.step {
            shownStep = p.step.step
            let header = text.step(p.stepOrdinal, of: p.stepCount, title: title)
            lines += ["", s.bold(s.cyan(header)), s.cyan(String(repeating: "─", count: min(header.count, s.width)))]
            if let intro = p.step.intro?.text(language), !intro.isEmpty { lines.append(s.wrap(intro)) }
        }
        let question = p.question
        lines.append("")
        lines.append(s.dim("\(p.stepOrdinal)/\(p.stepCount) \(title) · \(text.progress(p.numberInStep, max: p.maxInStep))"))
        let number = "\(p.pathNumber). "
        lines.append(s.bold(s.wrap(question.text.text(language), indent: number.count, first: number)))
        if question.kind == .multi { lines.append(s.dim(String(repeating: " ", count: number.count) + "(\(text.multiHint))")) }
        let chosen = Set(p.currentAnswer?.optionIds ?? [])
        for (index, option) in question.options.enumerated() {
            let label = "  \(index + 1)) "
            var line = s.wrap(option.text.text(language), indent: label.count, first: label)
            if chosen.contains(option.id) { line += "  " + s.green("← \(text.currentMark)") }
            lines.append(line)
        }
        say(lines)
    }

    private func showHelp(_ p: WizardPosition) {
        let s = style
        let question = p.question
        var lines = ["", s.bold(s.wrap("\(text.explanation): \(question.text.text(language))"))]
        if let help = question.help?.text(language), !help.isEmpty {
            lines.append(s.wrap(help, indent: 2))
        } else {
            lines.append(s.dim(s.wrap(text.noHelp, indent: 2)))
        }
        lines += ["", s.bold(text.options)]
        for (index, option) in question.options.enumerated() {
            let refs = option.refs.map { $0.isEmpty ? "" : " (\($0.joined(separator: ", ")))" } ?? ""
            let label = "  \(index + 1)) "
            lines.append(s.wrap(option.text.text(language) + refs, indent: label.count, first: label))
            if let help = option.help?.text(language), !help.isEmpty { lines.append(s.wrap(help, indent: label.count)) }
            if option.isUnsure { lines.append(s.dim(s.wrap(text.unsureNote, indent: label.count))) }
            if option.isExclusive && question.kind == .multi { lines.append(s.dim(s.wrap(text.exclusiveNote, indent: label.count))) }
        }
        lines += ["", s.bold(text.sources)]
        var sources = question.sources ?? []
        for option in question.options {
            sources += (option.refs ?? []).map { Source(ref: $0) }
            sources += option.sources ?? []
        }
        sources += p.step.sources ?? []
        let groups = Self.sourceGroups(SourceLinks.items(sources, rules: setup.rules, language: language))
        if groups.isEmpty { lines.append(s.dim("  " + text.noSources)) }
        for group in groups {
            lines.append(s.wrap(group.labels.joined(separator: "; "), indent: 4, first: "  - "))
            // Links are never wrapped, so they stay clickable and copyable.
            if let url = group.url { lines.append("    " + s.cyan(url)) }
        }
        lines.append("")
        say(lines)
    }

    /// Sources grouped by link (EUR-Lex links point at whole articles, so many references share
    /// one), in order of first appearance; a reference given twice is listed once, with its
    /// fuller label (the one naming the amending act).
    static func sourceGroups(_ items: [Assessment.SourceItem]) -> [(labels: [String], url: String?)] {
        var fullest: [String: String] = [:]
        for item in items {
            guard let ref = item.ref else { continue }
            if item.label.count > (fullest[ref]?.count ?? 0) { fullest[ref] = item.label }
        }
        var keys: [String] = []
        var groups: [String: (labels: [String], url: String?)] = [:]
        for item in items {
            let key = item.url ?? "label:" + item.label
            let label = item.ref.flatMap { fullest[$0] } ?? item.label
            if groups[key] == nil {
                keys.append(key)
                groups[key] = ([], item.url)
            }
            if !(groups[key]?.labels.contains(label) ?? true) { groups[key]?.labels.append(label) }
        }
        return keys.compactMap { groups[$0] }
    }

    private func showWhy(_ p: WizardPosition) {
        let s = style
        var lines = ["", s.bold(s.wrap("\(text.whyTitle): \(p.question.text.text(language))"))]
        if let why = p.question.why?.text(language), !why.isEmpty {
            lines.append(s.wrap(why, indent: 2))
        } else {
            lines.append(s.dim(s.wrap(text.noWhy, indent: 2)))
        }
        let route: String
        if let from = p.cameFrom, let previous = setup.rules.question(from.questionId)?.question {
            route = "\(previous.text.text(language)) → \(describe(.many(from.optionIds), in: previous, numbers: false))"
        } else {
            route = text.startOfStep(p.stepOrdinal, title: p.step.title.text(language))
        }
        lines.append(s.wrap("\(text.routeHere): \(route)", indent: 4, first: "  "))
        let describer = ConditionDescriber(rules: setup.rules, language: language)
        lines.append(s.dim(s.wrap("\(text.askedWhen): \(describer.askedWhen(p.question.id))", indent: 4, first: "  ")))
        lines.append("")
        say(lines)
    }

    private func showList(current: WizardPosition?) {
        let s = style
        var lines = ["", s.bold(text.listTitle)]
        if session.path.isEmpty { lines.append("  " + text.noAnswersYet) }
        for (index, answered) in session.path.enumerated() {
            guard let (step, question) = setup.rules.question(answered.questionId) else { continue }
            let label = "  \(index + 1). "
            var line = "[\(step.step) \(step.title.text(language))] \(question.text.text(language)) → "
                + describe(.many(answered.optionIds), in: question, numbers: false)
            if current?.pathNumber == index + 1 { line += " (\(text.nowAsking))" }
            lines.append(s.wrap(line, indent: label.count, first: label))
        }
        if let current, current.pathNumber > session.path.count {
            let label = "  \(current.pathNumber). "
            lines.append(s.dim(s.wrap("[\(current.step.step) \(current.step.title.text(language))] \(current.question.text.text(language)) (\(text.nowAsking))",
                                      indent: label.count, first: label)))
        }
        say(lines)
    }

    private func showReused(_ reused: [Evaluation.Answered]) {
        guard !reused.isEmpty else { return }
        let s = style
        var lines = ["", s.dim(text.reusedHeading)]
        for answered in reused {
            guard let question = setup.rules.question(answered.questionId)?.question,
                  let number = session.path.firstIndex(where: { $0.questionId == answered.questionId }).map({ $0 + 1 }) else { continue }
            let label = "  \(number). "
            let line = "\(question.text.text(language)) → \(describe(.many(answered.optionIds), in: question, numbers: false)) \(text.changeHint(number))"
            lines.append(s.dim(s.wrap(line, indent: label.count, first: label)))
        }
        say(lines)
    }

    private func showProblem(_ problem: WizardInputProblem, optionCount: Int, tryAgain: Bool) {
        let s = style
        let message = text.problem(problem, optionCount: optionCount) + (tryAgain ? " " + text.askAgain : "")
        say(s.yellow(s.wrap(message)))
    }

    /// An answer in words: `1) Recruitment; 2) Chat` or, without numbers, `Recruitment; Chat`.
    private func describe(_ value: AnswerValue, in question: Question, numbers: Bool = true) -> String {
        value.optionIds.compactMap { id -> String? in
            guard let index = question.options.firstIndex(where: { $0.id == id }) else { return nil }
            let words = question.options[index].text.text(language)
            return numbers ? "\(index + 1)) \(words)" : words
        }.joined(separator: "; ")
    }
}
