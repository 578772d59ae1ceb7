import Foundation

/// The language-independent result of evaluating answers against a rules set.
public struct Evaluation: Sendable {
    /// One question on the path, with its answer and the facts it set.
    public struct Answered: Sendable, Hashable {
        public var step: Int
        public var questionId: String
        public var optionIds: [String]
        public var factsSet: [String]
    }

    /// A question on the path that has no answer yet.
    public struct Missing: Sendable, Hashable {
        public var step: Int
        public var questionId: String
    }

    /// An obligation that applies, with the date branch chosen.
    public struct AppliedObligation: Sendable {
        public var obligation: Obligation
        public var branch: DatedBranch
        public var inForce: Bool
    }

    /// A ground that holds, with the text of the option that gave it (when it has none of its own).
    public struct HeldGround: Sendable, Hashable {
        public var ground: Ground
        public var fallbackText: LocalizedText?
    }

    public var date: String
    public var complete: Bool
    public var path: [Answered]
    public var missing: [Missing]
    /// Answers to questions that the other answers make irrelevant (warnings).
    public var unreached: [String]
    /// Judgement questions answered "not sure": (question id, option id).
    public var review: [Answered]
    public var facts: Set<String>
    public var firedDerivations: [String]
    public var grounds: [HeldGround]
    public var roleShifts: [RoleShift]
    public var aiActApplies: Bool
    public var reasons: [Manifest.Reason]
    public var systemType: String?
    public var riskCategories: [String]
    public var roles: [String]
    public var obligations: [AppliedObligation]
    public var notes: [Note]
}

/// The rules could not be evaluated (only for a rules set that did not pass lint).
public struct EngineError: Error, CustomStringConvertible, Sendable {
    public var description: String
}
