import Foundation

/// Where a wizard run starts: the answer file it continues (decoded, its answers checked against
/// the rules) and a session on those answers. The file's text is kept, so that saving keeps the
/// file's layout (`AnswerFileSplice`).
public struct WizardStart: Sendable {
    public var base: AnswerFile
    public var session: WizardSession
    /// The continued file's text as read; nil when the run starts a new file.
    public var text: Data?

    /// TEXT is the content of the answer file at PATH (both nil for a new file).
    public init(text: Data?, path: String?, rules: RuleSet, date: String, language: Language) throws(UsageError) {
        var base = AnswerFile()
        if let text, let path {
            base = try AnswerInput.decode(text, path: path, language: language)
            let problems = AnswerValidation.problems(base.answers, rules: rules, language: language)
            guard problems.isEmpty else { throw .invalidAnswers(file: AnswerInput.label(path), problems: problems.map(\.description)) }
        }
        do { session = try WizardSession(rules: rules, answers: base.answers, date: date) } catch let error as EngineError {
            throw .rules(origin: rules.origin, error)
        } catch { throw .message("\(error)") }
        self.base = base
        self.text = path == nil ? nil : text
    }
}
