import Foundation

/// A problem with an answer: it names the question and lists the valid options.
public struct AnswerProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public var questionId: String
    public var message: String

    /// The key is echoed inert and cut to a short excerpt: it comes from the file.
    public var description: String { "answers.\(Inert.excerpt(questionId, limit: AnswerValidation.echoLimit)): \(message)" }
}

/// Checks answers against the rules before evaluation.
public enum AnswerValidation {
    /// The most characters of a key or value from the file that a message echoes (issue 9: a
    /// 1 MB key was printed in full, twice).
    public static let echoLimit = 80
    /// Keys longer than this get no "did you mean": no question id is that long, and the edit
    /// distance would cost time in proportion to the key's length.
    static let suggestionLimit = 64

    /// A key or value from the file, made inert and short, for a message.
    static func echo(_ s: String) -> String { Inert.excerpt(s, limit: echoLimit) }

    /// Whether echoing S in a message shows it exactly as it is (short, nothing to escape).
    static func echoesExactly(_ s: String) -> Bool { echo(s) == s }

    /// Every answer that does not fit the rules: unknown question or option, a list for a
    /// single-choice question, a string for a multiple-choice one, an empty list, an exclusive
    /// option combined with others, an option given twice.
    public static func problems(_ answers: [String: AnswerValue], rules: RuleSet, language: Language = .en) -> [AnswerProblem] {
        let nl = language == .nl
        func t(_ dutch: String, _ english: String) -> String { nl ? dutch : english }
        var problems: [AnswerProblem] = []
        for id in answers.keys.sorted() {
            let value = answers[id]!
            guard let (_, question) = rules.question(id) else {
                let near = suggestions(for: id, among: rules.allQuestions.map(\.question.id))
                let names = near.map { "\"\(echo($0))\"" }
                let hint = near.isEmpty ? "" : t("; bedoelt u \(names.joined(separator: " of "))?", "; did you mean \(names.joined(separator: " or "))?")
                // The key is named once, in the prefix, when it is long or not printable as it is.
                let named = echoesExactly(id) ? " \"\(id)\"" : ""
                problems.append(AnswerProblem(questionId: id, message: t(
                    "onbekende vraag\(named)\(hint) (`aiact questions` toont ze allemaal)",
                    "unknown question\(named)\(hint) (`aiact questions` lists them)")))
                continue
            }
            let valid = question.options.map(\.id)
            let validList = valid.joined(separator: ", ")
            switch (question.kind, value) {
            case (.single, .many):
                problems.append(AnswerProblem(questionId: id, message: t(
                    "\"\(echo(id))\" is een vraag met één antwoord: geef één optie-id als tekst, geen lijst; verwacht een van: \(validList)",
                    "\"\(echo(id))\" is a single-choice question: give one option id as a string, not a list; expected one of: \(validList)")))
                continue
            case (.multi, .one(let one)):
                problems.append(AnswerProblem(questionId: id, message: t(
                    "\"\(echo(id))\" is een meerkeuzevraag: geef een lijst van optie-ids, bijvoorbeeld [\"\(echo(one))\"]; opties: \(validList)",
                    "\"\(echo(id))\" is a multiple-choice question: give a list of option ids, e.g. [\"\(echo(one))\"]; options: \(validList)")))
                continue
            case (.multi, .many(let list)) where list.isEmpty:
                problems.append(AnswerProblem(questionId: id, message: t(
                    "lege lijst: kies ten minste één optie; opties: \(validList)",
                    "empty list: choose at least one option; options: \(validList)")))
                continue
            default: break
            }
            let ids = value.optionIds
            for option in ids where question.option(option) == nil {
                problems.append(AnswerProblem(questionId: id, message: t(
                    "onbekende optie \"\(echo(option))\"; verwacht een van: \(validList)",
                    "unknown option \"\(echo(option))\"; expected one of: \(validList)")))
            }
            if Set(ids).count != ids.count {
                problems.append(AnswerProblem(questionId: id, message: t("een optie staat er meer dan eens in", "an option is given more than once")))
            }
            if ids.count > 1, let exclusive = ids.compactMap(question.option).first(where: \.isExclusive) {
                problems.append(AnswerProblem(questionId: id, message: t(
                    "\"\(exclusive.id)\" kan niet met andere opties worden gecombineerd",
                    "\"\(exclusive.id)\" cannot be combined with other options")))
            }
        }
        return problems
    }

    /// Known ids close to an unknown one (same after normalising, or a small edit distance).
    /// The work is bounded: a key longer than `suggestionLimit` gets none, and a candidate whose
    /// length alone puts it too far away is not compared.
    static func suggestions(for id: String, among ids: [String]) -> [String] {
        guard id.utf8.count <= suggestionLimit * 4, id.count <= suggestionLimit else { return [] }
        let limit = max(2, id.count / 4)
        let key = id.lowercased()
        let scored = ids.filter { abs($0.count - id.count) <= limit }.map { ($0, editDistance(key, $0.lowercased())) }
        let best = scored.filter { $0.1 <= limit }.sorted { $0.1 < $1.1 }
        return Array(best.prefix(2).map(\.0))
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
