import Foundation

/// One question of a step's decision tree.
public struct Question: Decodable, Hashable, Sendable {
    /// Single choice (one option id) or multiple choice (a list of option ids).
    public enum Kind: String, Decodable, Sendable { case single, multi }

    public var id: String
    public var kind: Kind
    public var text: LocalizedText
    public var help: LocalizedText?
    public var why: LocalizedText?
    /// A judgement question offers "not sure", which takes the stricter branch and asks for review.
    public var judgement: Bool?
    public var sources: [Source]?
    public var options: [Option]
    public var next: Route?
    /// Other wordings of the question, for a user on whose path `when` holds (e.g. to name the
    /// date that applies to this system); the first that holds replaces `text` (and `help`).
    public var variants: [QuestionVariant]?

    public var isJudgement: Bool { judgement ?? false }

    /// The question as it is put to a user for whom `holds` tells which conditions hold.
    public func worded(_ holds: (Condition?) -> Bool) -> Question {
        guard let variant = variants?.first(where: { holds($0.when) }) else { return self }
        var copy = self
        copy.text = variant.text
        if let help = variant.help { copy.help = help }
        return copy
    }

    public func option(_ id: String) -> Option? { options.first { $0.id == id } }
}

/// Another wording of a question, used where its condition holds.
public struct QuestionVariant: Decodable, Hashable, Sendable {
    public var when: Condition
    public var text: LocalizedText
    public var help: LocalizedText?
}

/// One answer option of a question.
public struct Option: Decodable, Hashable, Sendable {
    public var id: String
    public var text: LocalizedText
    public var help: LocalizedText?
    /// Article references the option stands for.
    public var refs: [String]?
    /// Facts the option sets when chosen.
    public var sets: [String]?
    /// Grounds for a risk category, reported when the category holds.
    public var grounds: [Ground]?
    public var sources: [Source]?
    /// Cannot be combined with other options of a multi-choice question ("none of these").
    public var exclusive: Bool?
    /// "Not sure": the stricter branch; the question is listed for review.
    public var unsure: Bool?
    /// Why a "not sure" answer needs review.
    public var reviewReason: LocalizedText?
    /// Overrides the question's route (single choice only).
    public var next: Route?

    public var isExclusive: Bool { exclusive ?? false }
    public var isUnsure: Bool { unsure ?? false }
}

/// The ground for a risk category: `{"category": "high-risk", "basis": "Annex III(4)(a)"}`.
public struct Ground: Decodable, Hashable, Sendable {
    public var category: String
    public var basis: String
    /// Defaults to the text of the option that carries it.
    public var text: LocalizedText?
    /// When given, the ground is reported when this holds (instead of when its category holds).
    public var when: Condition?
}
