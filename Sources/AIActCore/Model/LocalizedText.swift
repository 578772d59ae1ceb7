import Foundation

/// A user-facing string in every supported language (`nl` and `en`).
///
/// Decoded leniently (any set of language keys) so that a missing translation is a lint finding
/// with a place, not a decoding failure.
public struct LocalizedText: Decodable, Hashable, Sendable {
    public var values: [String: String]

    public init(nl: String, en: String) { values = ["nl": nl, "en": en] }
    public init(values: [String: String]) { self.values = values }

    public init(from decoder: Decoder) throws {
        values = try decoder.singleValueContainer().decode([String: String].self)
    }

    /// The text in `language`, falling back to the other language (never empty when one exists).
    public func text(_ language: Language) -> String {
        if let value = values[language.rawValue], !value.isEmpty { return value }
        for other in Language.allCases where other != language {
            if let value = values[other.rawValue], !value.isEmpty { return value }
        }
        return ""
    }

    /// The languages this text lacks (missing or empty).
    public var missingLanguages: [Language] {
        Language.allCases.filter { (values[$0.rawValue] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }
}

/// The languages aiact speaks.
public enum Language: String, CaseIterable, Decodable, Sendable {
    case nl, en
}
