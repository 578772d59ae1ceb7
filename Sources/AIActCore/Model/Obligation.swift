import Foundation

/// The obligations catalogue (`obligations.json`).
public struct ObligationsFile: Decodable, Hashable, Sendable {
    /// Named date schedules that obligations share (`"schedule": "high-risk"`), so that a
    /// postponement is one edit.
    public var schedules: [String: [DatedBranch]]?
    public var obligations: [Obligation]
}

/// One obligation of the catalogue.
public struct Obligation: Decodable, Hashable, Sendable {
    public var id: String
    public var role: String
    public var category: String
    public var title: LocalizedText
    public var summary: LocalizedText
    public var articles: [String]
    public var when: Condition?
    /// The dated branches; filled from `schedule` when the obligation names one.
    public var appliesFrom: [DatedBranch]
    /// The name of a shared schedule in `schedules`, instead of `appliesFrom`.
    public var schedule: String?
    public var algoritmekader: String?
    public var sources: [Source]?

    enum CodingKeys: String, CodingKey {
        case id, role, category, title, summary, articles, when, appliesFrom, schedule, algoritmekader, sources
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        role = try c.decode(String.self, forKey: .role)
        category = try c.decode(String.self, forKey: .category)
        title = try c.decode(LocalizedText.self, forKey: .title)
        summary = try c.decode(LocalizedText.self, forKey: .summary)
        articles = try c.decode([String].self, forKey: .articles)
        when = try c.decodeIfPresent(Condition.self, forKey: .when)
        appliesFrom = try c.decodeIfPresent([DatedBranch].self, forKey: .appliesFrom) ?? []
        schedule = try c.decodeIfPresent(String.self, forKey: .schedule)
        algoritmekader = try c.decodeIfPresent(String.self, forKey: .algoritmekader)
        sources = try c.decodeIfPresent([Source].self, forKey: .sources)
        if schedule != nil && c.contains(.appliesFrom) {
            throw DecodingError.dataCorruptedError(forKey: .schedule, in: c, debugDescription: "give either `schedule` or `appliesFrom`, not both")
        }
        if schedule == nil && !c.contains(.appliesFrom) {
            throw DecodingError.keyNotFound(CodingKeys.appliesFrom, .init(codingPath: c.codingPath, debugDescription: "an obligation needs `appliesFrom` or `schedule`"))
        }
    }
}

/// One branch of an obligation's application date; the first whose `when` holds wins.
public struct DatedBranch: Decodable, Hashable, Sendable {
    public var when: Condition?
    public var date: String
    /// The date before Regulation (EU) 2026/1744 moved it (information only).
    public var originalDate: String?
    /// The article that sets the date.
    public var basis: String?
    public var note: LocalizedText?
    /// The event the obligation waits for when this branch is chosen: the obligation is then
    /// `conditional` (it applies only when the event happens, from `date` at the earliest),
    /// neither in force nor upcoming, whatever the assessment date.
    public var condition: LocalizedText?
}

/// The notes catalogue (`notes.json`).
public struct NotesFile: Decodable, Hashable, Sendable {
    public var notes: [Note]
}

/// Something a user must see that is not an obligation of the AI Act.
public struct Note: Decodable, Hashable, Sendable {
    public var id: String
    public var when: Condition
    public var text: LocalizedText
    public var articles: [String]?
    public var sources: [Source]?
}
