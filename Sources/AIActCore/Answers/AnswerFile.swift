import Foundation

/// An answer file, which is also a system description (see CONTRACT.md). Only `answers` is required.
public struct AnswerFile: Codable, Hashable, Sendable {
    public var schema: String?
    public var system: SystemInfo?
    public var answers: [String: AnswerValue]
    public var recorded: Recorded?
    public var evidence: [String: String]?

    enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case system, answers, recorded, evidence
    }

    public init(schema: String? = nil, system: SystemInfo? = nil, answers: [String: AnswerValue] = [:],
                recorded: Recorded? = nil, evidence: [String: String]? = nil) {
        self.schema = schema
        self.system = system
        self.answers = answers
        self.recorded = recorded
        self.evidence = evidence
    }

    /// Reads an answer file; errors (`RulesError`) name the file, the line and column, and what
    /// was expected there.
    public static func decode(_ data: Data, file: String) throws -> AnswerFile {
        try JSONDecoding.decode(AnswerFile.self, from: data, file: file)
    }

    /// Decodes an answer file that is already parsed (so its places can be looked up afterwards).
    public static func decode(_ document: JSONDocument, file: String) throws -> AnswerFile {
        try JSONDecoding.decode(AnswerFile.self, from: document, file: file)
    }
}

/// What the description says about the system.
public struct SystemInfo: Codable, Hashable, Sendable {
    public var name: String?
    public var organisation: String?
    public var description: String?
    public var intendedPurpose: String?

    public init(name: String? = nil, organisation: String? = nil, description: String? = nil, intendedPurpose: String? = nil) {
        self.name = name
        self.organisation = organisation
        self.description = description
        self.intendedPurpose = intendedPurpose
    }
}

/// The classification the owner last accepted.
public struct Recorded: Codable, Hashable, Sendable {
    public var rulesVersion: String?
    public var systemType: String?
    public var riskCategories: [String]?
    public var roles: [String]?

    public init(rulesVersion: String? = nil, systemType: String? = nil, riskCategories: [String]? = nil, roles: [String]? = nil) {
        self.rulesVersion = rulesVersion
        self.systemType = systemType
        self.riskCategories = riskCategories
        self.roles = roles
    }
}

/// One answer: an option id (single choice) or a list of option ids (multiple choice).
public enum AnswerValue: Codable, Hashable, Sendable {
    case one(String)
    case many([String])

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let one = try? container.decode(String.self) {
            self = .one(one)
        } else if let many = try? container.decode([String].self) {
            self = .many(many)
        } else {
            throw DecodingError.typeMismatch(String.self, .init(
                codingPath: decoder.codingPath,
                debugDescription: "expected an option id (a string) or a list of option ids"))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .one(let s): try container.encode(s)
        case .many(let l): try container.encode(l)
        }
    }

    /// The option ids, in the order given.
    public var optionIds: [String] {
        switch self {
        case .one(let s): return [s]
        case .many(let l): return l
        }
    }
}
