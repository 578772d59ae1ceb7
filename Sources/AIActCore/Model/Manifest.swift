import Foundation

/// `rules.json`: what the rules set is and where its parts are.
public struct Manifest: Codable, Hashable, Sendable {
    public var formatVersion: Int
    public var version: String
    public var checkedOn: String
    public var legalBasis: LocalizedText
    public var disclaimer: LocalizedText
    public var files: Files
    public var sourceUrls: SourceURLs?
    /// The names of the seed documents that sources cite by code (`"000"`).
    public var seeds: [String: LocalizedText]?
    public var scope: Scope

    /// The files of the rules set, relative to the folder of `rules.json`.
    public struct Files: Codable, Hashable, Sendable {
        public var facts: String
        public var steps: [String]
        public var obligations: String
        public var notes: String
    }

    /// URL templates for article and annex references (`{LANG}`, `{N}`).
    public struct SourceURLs: Codable, Hashable, Sendable {
        public var article: String
        public var annex: String
    }

    /// Whether the AI Act applies, and the reasons reported.
    public struct Scope: Codable, Hashable, Sendable {
        public var appliesWhen: Condition
        public var reasons: [Reason]
    }

    /// A reason reported under `aiAct.reasons` when its condition holds.
    public struct Reason: Codable, Hashable, Sendable {
        public var id: String
        public var when: Condition
        public var text: LocalizedText
        public var articles: [String]?
    }
}
