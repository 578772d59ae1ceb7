import Foundation

/// The declared facts and the derivations over them (`facts.json`).
public struct FactsFile: Decodable, Hashable, Sendable {
    public var facts: [FactDeclaration]
    public var derivations: [Derivation]
}

/// A declared fact: a named boolean that options and derivations set.
public struct FactDeclaration: Decodable, Hashable, Sendable {
    public var id: String
    public var text: LocalizedText
    public var sources: [Source]?
}

/// A rule that sets facts when a condition over earlier facts holds.
public struct Derivation: Decodable, Hashable, Sendable {
    public var id: String
    public var when: Condition
    public var sets: [String]
    public var grounds: [Ground]?
    public var roleShift: RoleShift?
    /// Words added to a risk category when the derivation fires and the category holds, e.g.
    /// "transitional, Art. 111(2)" after "high-risk".
    public var qualifier: Qualifier?
    public var sources: [Source]?
}

/// Words that qualify a risk category: `{"category": "high-risk", "text": {...}}`.
public struct Qualifier: Decodable, Hashable, Sendable {
    public var category: String
    public var text: LocalizedText
}

/// A change of role under Art. 25(1): reported when its derivation fires.
public struct RoleShift: Decodable, Hashable, Sendable {
    public var to: String
    public var basis: String
    public var text: LocalizedText
}
