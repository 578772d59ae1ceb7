import Foundation

/// Answers in, assessment out: validation, evaluation and the contract's shape in one call.
public enum Assessor {
    /// The answers do not fit the rules.
    public struct InvalidAnswers: Error, Sendable {
        public var problems: [AnswerProblem]
    }

    public static func assess(_ file: AnswerFile, rules: RuleSet, date: String, language: Language) throws -> Assessment {
        let problems = AnswerValidation.problems(file.answers, rules: rules, language: language)
        guard problems.isEmpty else { throw InvalidAnswers(problems: problems) }
        let evaluation = try Engine.evaluate(rules: rules, answers: file.answers, date: date)
        return AssessmentBuilder.build(evaluation, rules: rules, file: file, language: language)
    }
}
