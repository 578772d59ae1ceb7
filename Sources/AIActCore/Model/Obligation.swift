import Foundation

/// The obligations catalogue (`obligations.json`).
public struct ObligationsFile: Codable, Hashable, Sendable {
    public var obligations: [Obligation]
}

/// One obligation of the catalogue.
public struct Obligation: Codable, Hashable, Sendable {
    public var id: String
    public var role: String
    public var category: String
    public var title: LocalizedText
    public var summary: LocalizedText
    public var articles: [String]
    public var when: Condition?
    public var appliesFrom: [DatedBranch]
    public var algoritmekader: String?
    public var sources: [Source]?
}

/// One branch of an obligation's application date; the first whose `when` holds wins.
public struct DatedBranch: Codable, Hashable, Sendable {
    public var when: Condition?
    public var date: String
    /// The date before Regulation (EU) 2026/1744 moved it (information only).
    public var originalDate: String?
    /// The article that sets the date.
    public var basis: String?
    public var note: LocalizedText?
}

/// The notes catalogue (`notes.json`).
public struct NotesFile: Codable, Hashable, Sendable {
    public var notes: [Note]
}

/// Something a user must see that is not an obligation of the AI Act.
public struct Note: Codable, Hashable, Sendable {
    public var id: String
    public var when: Condition
    public var text: LocalizedText
    public var articles: [String]?
    public var sources: [Source]?
}
