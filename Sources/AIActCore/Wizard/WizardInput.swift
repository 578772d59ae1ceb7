import Foundation

/// One line typed in the wizard, understood: an answer, a command, or a problem to explain.
///
/// Answers are option numbers as listed (1-based) or option ids; a multiple-choice question takes
/// several, separated by commas, semicolons or spaces (`1,3`, `1 3`). Commands have a short form
/// and English and Dutch words: `?` help, `w` why, `b` / `b N` back, `l` list, `q` quit.
public enum WizardInput: Equatable, Sendable {
    /// A valid answer to the question.
    case answer(AnswerValue)
    /// An empty line on a question that already has an answer: keep it.
    case keep
    /// Explain the question: help texts and sources.
    case help
    /// Why the question is asked, and the route that led here.
    case why
    /// The answers given so far, numbered.
    case list
    /// Stop now; the answers are kept.
    case quit
    /// Go back to the previous question (nil) or to question N of the path.
    case back(Int?)
    /// `r TEXT`: a remark on this question's answer (why this answer), kept in `remarks`; `r` alone
    /// (nil) explains how.
    case remark(String?)
    /// Not valid here; the wizard explains and asks again.
    case invalid(WizardInputProblem)

    static let helpWords: Set<String> = ["?", "h", "help", "hulp"]
    static let whyWords: Set<String> = ["w", "why", "waarom"]
    static let listWords: Set<String> = ["l", "list", "lijst"]
    public static let quitWords: Set<String> = ["q", "quit", "exit", "stop", "stoppen"]
    static let backWords: Set<String> = ["b", "back", "terug"]
    static let remarkWords: [String] = ["toelichting", "remark", "r"]

    /// Understands a line typed for `question`. `hasCurrentAnswer` makes an empty line mean "keep".
    public static func parse(_ line: String, question: Question, hasCurrentAnswer: Bool = false) -> WizardInput {
        if let command = command(line, hasCurrentAnswer: hasCurrentAnswer) { return command }
        switch options(line, question: question) {
        case .success(let value): return .answer(value)
        case .failure(let problem): return .invalid(problem)
        }
    }

    /// A line that is a command (or empty), understood without a question; nil for anything else.
    public static func command(_ line: String, hasCurrentAnswer: Bool = false) -> WizardInput? {
        let lower = line.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if lower.isEmpty { return hasCurrentAnswer ? .keep : .invalid(.empty) }
        if helpWords.contains(lower) { return .help }
        if whyWords.contains(lower) { return .why }
        if listWords.contains(lower) { return .list }
        if quitWords.contains(lower) { return .quit }
        if backWords.contains(lower) { return .back(nil) }
        if let number = backNumber(lower) { return .back(number) }
        if let remark = remark(line) { return .remark(remark.isEmpty ? nil : remark) }
        return nil
    }

    /// `r TEXT`, `remark TEXT`, `toelichting TEXT`: the text (empty for the word alone), else nil.
    static func remark(_ line: String) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        for word in remarkWords {
            guard trimmed.lowercased().hasPrefix(word) else { continue }
            let rest = trimmed.dropFirst(word.count)
            if rest.isEmpty { return "" }
            guard rest.first == " " || rest.first == ":" else { continue }
            return String(rest.dropFirst()).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// `b 3`, `b3`, `back 3`, `terug 3`: the number, else nil.
    static func backNumber(_ lower: String) -> Int? {
        for word in backWords.sorted(by: { $0.count > $1.count }) where lower.hasPrefix(word) {
            let rest = lower.dropFirst(word.count).trimmingCharacters(in: .whitespaces)
            if !rest.isEmpty, rest.allSatisfy(\.isASCII), let number = Int(rest) { return number }
        }
        return nil
    }

    /// Answer words in Dutch and English for the options most questions share, by option id.
    static let answerWords: [String: [String]] = [
        "ja": ["yes"], "j": ["yes"], "yes": ["yes"], "y": ["yes"],
        "nee": ["no"], "n": ["no"], "no": ["no"],
        "geen": ["none"], "none": ["none"],
    ]
    /// Phrases for "not sure" (the question's option marked `unsure`, or one with such an id).
    static let unsurePhrases: Set<String> = [
        "weet niet", "weet ik niet", "niet zeker", "weet ik niet zeker", "onzeker",
        "not sure", "unsure", "don't know", "dont know", "i don't know",
    ]
    static let unsureIds: Set<String> = ["not-sure", "unsure", "dont-know"]

    /// The option a word or phrase stands for on this question, if it has one.
    static func optionIndex(forWord word: String, question: Question) -> Int? {
        let lower = word.lowercased()
        if unsurePhrases.contains(lower) {
            return question.options.firstIndex(where: \.isUnsure) ?? question.options.firstIndex { unsureIds.contains($0.id) }
        }
        guard let ids = answerWords[lower] else { return nil }
        return question.options.firstIndex { ids.contains($0.id) }
    }

    /// Turns numbers, option ids or answer words ("ja", "nee", "geen", "weet niet") into a valid answer.
    public static func options(_ text: String, question: Question) -> Result<AnswerValue, WizardInputProblem> {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        // A phrase of several words ("weet ik niet") is one answer.
        let phrase = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if phrase.contains(" "), let index = optionIndex(forWord: phrase, question: question) {
            return question.kind == .single ? .success(.one(question.options[index].id)) : .success(.many([question.options[index].id]))
        }
        let tokens = text.split(whereSeparator: { $0 == "," || $0 == ";" || $0.isWhitespace }).map(String.init)
        guard !tokens.isEmpty else { return .failure(.empty) }
        var indices: [Int] = []
        for token in tokens {
            if let number = Int(token), token.allSatisfy(\.isASCII) {
                guard number >= 1, number <= question.options.count else {
                    return .failure(.notAnOption(token, count: question.options.count))
                }
                indices.append(number - 1)
            } else if let index = question.options.firstIndex(where: { $0.id.lowercased() == token.lowercased() }) {
                indices.append(index)
            } else if let index = optionIndex(forWord: token, question: question) {
                indices.append(index)
            } else {
                // What was typed is echoed back inert and short (a pasted 50 MB line is not).
                return .failure(tokens.count == 1 ? .notUnderstood(Inert.excerpt(text)) : .notAnOption(Inert.excerpt(token), count: question.options.count))
            }
        }
        // The same option twice is harmless; keep the options in their listed order.
        let chosen = Array(Set(indices)).sorted()
        switch question.kind {
        case .single:
            guard chosen.count == 1, let only = chosen.first else { return .failure(.onlyOne(given: chosen.count)) }
            return .success(.one(question.options[only].id))
        case .multi:
            if chosen.count > 1, let exclusive = chosen.first(where: { question.options[$0].isExclusive }) {
                return .failure(.exclusive(number: exclusive + 1))
            }
            return .success(.many(chosen.map { question.options[$0].id }))
        }
    }
}

/// Why a typed line is not valid; the wizard words it in the user's language.
public enum WizardInputProblem: Error, Equatable, Sendable {
    /// Nothing was typed.
    case empty
    /// Neither a command nor an option.
    case notUnderstood(String)
    /// A number or word that is not one of the options (there are `count`).
    case notAnOption(String, count: Int)
    /// A single-choice question got several options.
    case onlyOne(given: Int)
    /// Option `number` ("none of these") cannot be combined with others.
    case exclusive(number: Int)
    /// `b` on the first question: there is nothing before it.
    case noEarlierQuestion
    /// `b N` with N outside the answered questions 1…`count`.
    case noSuchQuestion(Int, count: Int)
    /// A line longer than `limit` bytes (`LineReader`): it was dropped unread.
    case lineTooLong(limit: Int)
}
