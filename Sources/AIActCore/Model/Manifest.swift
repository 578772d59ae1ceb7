import Foundation

/// `rules.json`: what the rules set is and where its parts are.
public struct Manifest: Decodable, Hashable, Sendable {
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
    public struct Files: Decodable, Hashable, Sendable {
        public var facts: String
        public var steps: [String]
        public var obligations: String
        public var notes: String
    }

    /// URL templates for article and annex references (`{LANG}`, `{N}`).
    public struct SourceURLs: Decodable, Hashable, Sendable {
        public var article: String
        public var annex: String
        /// Amending acts: a link to each, and the provisions it inserted or amended, so that
        /// sources citing those provisions link the amending act beside the original text.
        public var amending: [Amending]?
    }

    /// An amending act (`2026/1744`), its link template and the provisions it inserted or amended
    /// (a reference is covered when it equals one of them or lies under it: `Art. 113` covers
    /// `Art. 113(c)(i)`).
    public struct Amending: Decodable, Hashable, Sendable {
        public var act: String
        public var url: String
        public var provisions: [String]

        /// Whether `ref` is one of the provisions or lies under one.
        public func covers(_ ref: String) -> Bool {
            provisions.contains { ref == $0 || ref.hasPrefix($0 + "(") }
        }
    }

    /// Whether the AI Act applies, and the reasons reported.
    public struct Scope: Decodable, Hashable, Sendable {
        public var appliesWhen: Condition
        public var reasons: [Reason]
        /// While this holds, no obligation is in force whatever its date: they are future duties
        /// (e.g. development before placing on the market, Art. 2(8)).
        public var pendingWhen: Condition?
    }

    /// A reason reported under `aiAct.reasons` when its condition holds.
    public struct Reason: Decodable, Hashable, Sendable {
        public var id: String
        public var when: Condition
        public var text: LocalizedText
        public var articles: [String]?
    }
}
