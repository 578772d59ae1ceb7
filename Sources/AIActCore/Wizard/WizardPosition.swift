import Foundation

/// Where the wizard stands: the question to ask now and the progress around it.
public struct WizardPosition: Sendable {
    /// The step the question belongs to.
    public var step: Step
    /// The question to ask.
    public var question: Question
    /// The step's place among the rules' steps (1-based) and how many steps there are.
    public var stepOrdinal: Int
    public var stepCount: Int
    /// The question's number within its step on the current path (1-based).
    public var numberInStep: Int
    /// The most questions this step can take on the current path: the questions answered in it
    /// so far plus the longest route from this question to the end of the step.
    public var maxInStep: Int
    /// The question's number on the whole path (1-based), the number `b N` and the answer list use.
    public var pathNumber: Int
    /// The answered question of the same step whose route led here; nil at the start of a step.
    public var cameFrom: Evaluation.Answered?
    /// The answer already given when the question is asked again after going back.
    public var currentAnswer: AnswerValue?

    /// True for the first question asked in a step.
    public var isFirstInStep: Bool { numberInStep == 1 }
}
