import Foundation

/// An answer file, which is also a system description (see CONTRACT.md). Only `answers` is required.
public struct AnswerFile: Codable, Hashable, Sendable {
    public var schema: String?
    public var system: SystemInfo?
    public var answers: [String: AnswerValue]
    public var recorded: Recorded?
    public var evidence: [String: String]?
    /// Who assessed the system, when, and when it is reviewed next (the audit record).
    public var audit: AuditInfo?
    /// Question id to a remark: why this answer.
    public var remarks: [String: String]?

    enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case system, answers, remarks, recorded, evidence, audit
    }

    public init(schema: String? = nil, system: SystemInfo? = nil, answers: [String: AnswerValue] = [:],
                recorded: Recorded? = nil, evidence: [String: String]? = nil, audit: AuditInfo? = nil,
                remarks: [String: String]? = nil) {
        self.schema = schema
        self.system = system
        self.answers = answers
        self.recorded = recorded
        self.evidence = evidence
        self.audit = audit
        self.remarks = remarks
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
    /// Who supplies the system (the provider, for a bought system).
    public var vendor: String?
    /// The system's version the assessment is about.
    public var version: String?

    public init(name: String? = nil, organisation: String? = nil, description: String? = nil, intendedPurpose: String? = nil,
                vendor: String? = nil, version: String? = nil) {
        self.name = name
        self.organisation = organisation
        self.description = description
        self.intendedPurpose = intendedPurpose
        self.vendor = vendor
        self.version = version
    }
}

/// The audit record of a description: who assessed the system, when, and the next review.
/// (Who approved the classification is in `recorded`.)
public struct AuditInfo: Codable, Hashable, Sendable {
    public var assessedBy: String?
    /// `YYYY-MM-DD`.
    public var assessedOn: String?
    /// `YYYY-MM-DD`: when the assessment is to be reviewed next.
    public var nextReview: String?

    public init(assessedBy: String? = nil, assessedOn: String? = nil, nextReview: String? = nil) {
        self.assessedBy = assessedBy
        self.assessedOn = assessedOn
        self.nextReview = nextReview
    }
}

/// The classification the owner last accepted, and who approved it (`check --approve`).
public struct Recorded: Codable, Hashable, Sendable {
    public var rulesVersion: String?
    public var systemType: String?
    public var riskCategories: [String]?
    public var roles: [String]?
    /// Who approved this classification (under this rules version).
    public var approvedBy: String?
    /// The day of the approval, `YYYY-MM-DD`.
    public var approvedOn: String?

    public init(rulesVersion: String? = nil, systemType: String? = nil, riskCategories: [String]? = nil, roles: [String]? = nil,
                approvedBy: String? = nil, approvedOn: String? = nil) {
        self.rulesVersion = rulesVersion
        self.systemType = systemType
        self.riskCategories = riskCategories
        self.roles = roles
        self.approvedBy = approvedBy
        self.approvedOn = approvedOn
    }

    /// The classification alone (without the approval).
    public var classificationOnly: Recorded {
        Recorded(rulesVersion: rulesVersion, systemType: systemType, riskCategories: riskCategories, roles: roles)
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
