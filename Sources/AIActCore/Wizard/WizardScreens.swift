import Foundation

/// The wizard's screens as text: pure functions of the rules, the session and the style. The
/// executable prints them (to stderr) and reads the answers.
public struct WizardScreens: Sendable {
    public let rules: RuleSet
    public let language: Language
    public let style: TextStyle

    public init(rules: RuleSet, language: Language, style: TextStyle) {
        self.rules = rules
        self.language = language
        self.style = style
    }

    var text: WizardText { WizardText(language: language) }

    /// The first screen: title, steps, rules, where the answers go, notices and the keys.
    public func intro(answersPath: String?, answerCount: Int, savePath: String, notices: [String]) -> String {
        let s = style
        let steps = rules.steps.enumerated().map { "\($0.offset + 1) \($0.element.title.text(language))" }.joined(separator: ", ")
        var lines = [s.bold(text.title), s.wrap(text.introduction(steps: steps)),
                     s.dim(s.wrap(text.rulesLine(version: rules.version, origin: rules.origin,
                                                 legalBasis: rules.manifest.legalBasis.text(language))))]
        lines.append("")
        if let path = answersPath, answerCount > 0 {
            lines.append(s.wrap(text.continuing(answerCount, from: path)))
        }
        lines.append(s.wrap(text.savingTo(savePath)))
        lines += notices.map { s.yellow(s.wrap($0)) }
        lines.append(s.dim(s.wrap(text.keys)))
        return lines.joined(separator: "\n")
    }

    /// A question with its options; `stepHeader` when it is the first shown of its step.
    public func question(_ p: WizardPosition, stepHeader: Bool) -> String {
        let s = style
        var lines: [String] = []
        let title = p.step.title.text(language)
        if stepHeader {
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
        return lines.joined(separator: "\n")
    }

    /// The hint above the prompt of a question.
    public func hint(_ p: WizardPosition) -> String {
        let question = p.question
        var hints = [question.kind == .multi ? text.promptMulti(question.options.count) : text.promptSingle(question.options.count)]
        if let current = p.currentAnswer { hints.append(text.keepHint(describe(current, in: question))) }
        return hints.joined(separator: " ")
    }

    /// The prompt: the hint (dimmed) and `> `.
    public func prompt(_ hint: String) -> String { style.dim(style.wrap(hint)) + "\n" + style.bold("> ") }

    /// `?`: the explanation, the options with their notes, and the sources with links.
    public func help(_ p: WizardPosition) -> String {
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
        let groups = Self.sourceGroups(SourceLinks.items(sources, rules: rules, language: language))
        if groups.isEmpty { lines.append(s.dim("  " + text.noSources)) }
        for group in groups {
            lines.append(s.wrap(group.labels.joined(separator: "; "), indent: 4, first: "  - "))
            // Links are never wrapped, so they stay clickable and copyable.
            if let url = group.url { lines.append("    " + s.cyan(url)) }
        }
        lines.append("")
        return lines.joined(separator: "\n")
    }

    /// Sources grouped by link (EUR-Lex links point at whole articles, so many references share
    /// one), in order of first appearance; a reference given twice is listed once, with its
    /// fuller label (the one naming the amending act).
    public static func sourceGroups(_ items: [Assessment.SourceItem]) -> [(labels: [String], url: String?)] {
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

    /// `w`: why the question is asked, the answer that led here and when it is asked.
    public func why(_ p: WizardPosition) -> String {
        let s = style
        var lines = ["", s.bold(s.wrap("\(text.whyTitle): \(p.question.text.text(language))"))]
        if let why = p.question.why?.text(language), !why.isEmpty {
            lines.append(s.wrap(why, indent: 2))
        } else {
            lines.append(s.dim(s.wrap(text.noWhy, indent: 2)))
        }
        let route: String
        if let from = p.cameFrom, let previous = rules.question(from.questionId)?.question {
            route = "\(previous.text.text(language)) → \(describe(.many(from.optionIds), in: previous, numbers: false))"
        } else {
            route = text.startOfStep(p.stepOrdinal, title: p.step.title.text(language))
        }
        lines.append(s.wrap("\(text.routeHere): \(route)", indent: 4, first: "  "))
        let describer = ConditionDescriber(rules: rules, language: language)
        lines.append(s.dim(s.wrap("\(text.askedWhen): \(describer.askedWhen(p.question.id))", indent: 4, first: "  ")))
        lines.append("")
        return lines.joined(separator: "\n")
    }

    /// `l`: the answers so far, numbered for `b N`, and the question being asked.
    public func list(_ path: [Evaluation.Answered], current: WizardPosition?) -> String {
        let s = style
        var lines = ["", s.bold(text.listTitle)]
        if path.isEmpty { lines.append("  " + text.noAnswersYet) }
        for (index, answered) in path.enumerated() {
            guard let (step, question) = rules.question(answered.questionId) else { continue }
            let label = "  \(index + 1). "
            var line = "[\(step.step) \(step.title.text(language))] \(question.text.text(language)) → "
                + describe(.many(answered.optionIds), in: question, numbers: false)
            if current?.pathNumber == index + 1 { line += " (\(text.nowAsking))" }
            lines.append(s.wrap(line, indent: label.count, first: label))
        }
        if let current, current.pathNumber > path.count {
            let label = "  \(current.pathNumber). "
            lines.append(s.dim(s.wrap("[\(current.step.step) \(current.step.title.text(language))] \(current.question.text.text(language)) (\(text.nowAsking))",
                                      indent: label.count, first: label)))
        }
        return lines.joined(separator: "\n")
    }

    /// The earlier answers that still apply after going back; nil when there are none.
    public func reused(_ reused: [Evaluation.Answered], path: [Evaluation.Answered]) -> String? {
        guard !reused.isEmpty else { return nil }
        let s = style
        var lines = ["", s.dim(text.reusedHeading)]
        for answered in reused {
            guard let question = rules.question(answered.questionId)?.question,
                  let number = path.firstIndex(where: { $0.questionId == answered.questionId }).map({ $0 + 1 }) else { continue }
            let label = "  \(number). "
            let line = "\(question.text.text(language)) → \(describe(.many(answered.optionIds), in: question, numbers: false)) \(text.changeHint(number))"
            lines.append(s.dim(s.wrap(line, indent: label.count, first: label)))
        }
        return lines.joined(separator: "\n")
    }

    public func problem(_ problem: WizardInputProblem, optionCount: Int, tryAgain: Bool) -> String {
        let message = text.problem(problem, optionCount: optionCount) + (tryAgain ? " " + text.askAgain : "")
        return style.yellow(style.wrap(message))
    }

    public func notUnderstoodAtEnd(_ line: String) -> String {
        style.yellow(style.wrap(text.notUnderstoodAtEnd(Inert.excerpt(line.trimmingCharacters(in: .whitespaces)))))
    }

    /// A one-line aiact command with the options that change the result (`--rules`, `--date`).
    public static func command(_ words: [String], rules directory: String?, date: String? = nil) -> String {
        ShellQuote.command(["aiact"] + words + (directory.map { ["--rules", $0] } ?? []) + (date.map { ["--date", $0] } ?? []))
    }

    /// After the assessment: answers dropped, where the file is, the commands to reproduce and check it.
    public func finish(dropped: [String], savePath: String, rulesDirectory: String?, date: String?) -> String {
        let s = style
        var lines = [""]
        if !dropped.isEmpty { lines.append(s.dim(s.wrap(text.dropped(dropped)))) }
        lines.append(s.bold(s.wrap(text.savedIn(savePath))))
        let width = max(text.reproduce.count, text.checkInCI.count) + 1
        func pad(_ label: String) -> String { label + String(repeating: " ", count: width - label.count) }
        lines.append("  " + pad(text.reproduce) + " " + s.cyan(Self.command(["assess", savePath], rules: rulesDirectory, date: date)))
        lines.append("  " + pad(text.checkInCI) + " " + s.cyan(Self.command(["check", savePath], rules: rulesDirectory)))
        return lines.joined(separator: "\n")
    }

    /// Where the answers are (`file`, nil before anything was saved) and how to continue;
    /// `signal`: prepared in advance for Ctrl-C, with a colour reset when `colorReset`.
    public func interrupted(file: String?, savePath: String, rulesDirectory: String?, endOfInput: Bool, signal: Bool,
                            colorReset: Bool) -> String {
        var head = [endOfInput ? text.endOfInput : nil, text.stopped].compactMap { $0 }.joined(separator: " ")
        var lines: [String]
        if let file {
            head += " " + text.answersIn(file)
            let words = ["wizard", "--answers", file] + (file != savePath ? ["--save", savePath] : [])
            // The command is never wrapped, so it can be copied in one piece.
            lines = [style.wrap(head), text.resumeWith, "  " + Self.command(words, rules: rulesDirectory)]
        } else {
            lines = [style.wrap(head + " " + text.nothingSaved)]
        }
        let reset = signal && colorReset ? "\u{1B}[0m" : ""
        return (signal ? reset + "\n" : "") + lines.joined(separator: "\n") + (signal ? "\n" : "")
    }

    /// A short "when" under the assessment: how many obligations are in force on the assessment
    /// date and how many start on each later date.
    public func timeline(_ assessment: Assessment) -> String {
        guard assessment.complete, !assessment.obligations.isEmpty else { return "" }
        var lines = ["", style.bold(text.timeline)]
        lines.append(style.wrap(text.inForceNow(assessment.assessedOn, assessment.obligationsInForce.count), indent: 4, first: "  - "))
        let later = Dictionary(grouping: assessment.obligations(.upcoming), by: \.appliesFrom)
        for date in later.keys.sorted() {
            lines.append(style.wrap(text.comingOn(date, later[date]?.count ?? 0), indent: 4, first: "  - "))
        }
        if assessment.summary.conditional > 0 {
            lines.append(style.wrap(text.conditionalCount(assessment.summary.conditional), indent: 4, first: "  - "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// An answer in words: `1) Recruitment; 2) Chat` or, without numbers, `Recruitment; Chat`.
    public func describe(_ value: AnswerValue, in question: Question, numbers: Bool = true) -> String {
        value.optionIds.compactMap { id -> String? in
            guard let index = question.options.firstIndex(where: { $0.id == id }) else { return nil }
            let words = question.options[index].text.text(language)
            return numbers ? "\(index + 1)) \(words)" : words
        }.joined(separator: "; ")
    }
}
