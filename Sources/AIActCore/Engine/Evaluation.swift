import Foundation

/// The language-independent result of evaluating answers against a rules set.
public struct Evaluation: Sendable {
    /// One question on the path, with its answer and the facts it set.
    public struct Answered: Sendable, Hashable {
        public var step: Int
        public var questionId: String
        public var optionIds: [String]
        public var factsSet: [String]
        /// The question's wording on this path (its `variants` applied).
        public var text: LocalizedText
        public var help: LocalizedText?
    }

    /// A question on the path that has no answer yet.
    public struct Missing: Sendable, Hashable {
        public var step: Int
        public var questionId: String
        /// The question's wording on this path (its `variants` applied).
        public var text: LocalizedText
        public var help: LocalizedText?
    }

    /// Where an obligation stands on the assessment date; each obligation has exactly one.
    public enum Status: String, Sendable, Codable, CaseIterable {
        /// Applies now: its date has come.
        case inForce = "in-force"
        /// Applies from a later date, with nothing else to happen first.
        case upcoming
        /// Applies only when an event happens (e.g. a significant change in design, Art. 111(2)).
        case conditional
    }

    /// An obligation that applies, with the date branch chosen.
    public struct AppliedObligation: Sendable {
        public var obligation: Obligation
        public var branch: DatedBranch
        public var status: Status
        public var inForce: Bool { status == .inForce }
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
    /// Words qualifying a risk category (e.g. "transitional, Art. 111(2)").
    public var qualifiers: [Qualifier]
    public var roles: [String]
    public var obligations: [AppliedObligation]
    public var notes: [Note]
}

/// The rules could not be evaluated (only for a rules set that did not pass lint).
public struct EngineError: Error, Equatable, CustomStringConvertible, Sendable {
    public var text: LocalizedText
    public init(nl: String, en: String) { text = LocalizedText(nl: nl, en: en) }
    /// In English.
    public var description: String { text.text(.en) }
    public func message(_ language: Language) -> String { text.text(language) }
}
