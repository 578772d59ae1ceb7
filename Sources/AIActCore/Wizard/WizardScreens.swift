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
    public func question(_ p: WizardPosition, stepHeader: Bool, likelyLeft: Int? = nil) -> String {
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
        var progress = "\(p.stepOrdinal)/\(p.stepCount) \(title) · \(text.progress(p.numberInStep, max: p.maxInStep))"
        if let left = likelyLeft { progress += " · " + text.likelyLeft(left) }
        lines.append(s.dim(s.wrap(progress)))
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
        // The prompt lists every option already: only what an option's text does not say.
        let explained = WizardExplain.optionsWithHelp(question, language: language)
        if !explained.isEmpty {
            lines += ["", s.bold(text.options)]
            for item in explained {
                let label = "  \(item.number)) "
                lines.append(s.wrap(item.text, indent: label.count, first: label))
                lines.append(s.wrap(item.help, indent: label.count))
            }
        }
        if let unsure = question.options.firstIndex(where: \.isUnsure) {
            lines += ["", s.dim(s.wrap("\(unsure + 1)) \(question.options[unsure].text.text(language)): \(text.unsureNote)", indent: 2, first: "  "))]
        }
        if question.kind == .multi, let exclusive = question.options.firstIndex(where: \.isExclusive) {
            lines.append(s.dim(s.wrap("\(exclusive + 1)) \(question.options[exclusive].text.text(language)): \(text.exclusiveNote)", indent: 2, first: "  ")))
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
    public func why(_ p: WizardPosition, session: WizardSession) -> String {
        let s = style
        var lines = ["", s.bold(s.wrap("\(text.whyTitle): \(p.question.text.text(language))"))]
        if let why = p.question.why?.text(language), !why.isEmpty {
            lines.append(s.wrap(why, indent: 2))
        } else {
            lines.append(s.dim(s.wrap(text.noWhy, indent: 2)))
        }
        // In plain words, from the texts of the questions and options (never their ids).
        lines.append(s.wrap(WizardExplain.because(p, session: session, language: language), indent: 2, first: "  "))
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

    /// The summary again under the assessment, where the wizard ends: what applies now, what comes
    /// next and by when, what applies only if something happens, what is left to review.
    public func timeline(_ assessment: Assessment) -> String {
        let plan = ActionPlan(assessment, rules: rules)
        guard assessment.complete, !plan.lines.isEmpty else { return "" }
        var lines = ["", style.bold(PlanWords(language).summary)]
        for line in plan.lines { lines.append(style.wrap(line.value, indent: 4, first: "  \(line.label): ")) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The last step when it asks nothing of this user: it still appears, saying what follows.
    public func finalStep(shown: Int?) -> String? {
        guard let last = rules.steps.last, shown != last.step else { return nil }
        let header = text.step(rules.steps.count, of: rules.steps.count, title: last.title.text(language))
        return ["", style.bold(style.cyan(header)), style.cyan(String(repeating: "─", count: min(header.count, style.width))),
                style.wrap(text.noQuestionsInStep)].joined(separator: "\n")
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
