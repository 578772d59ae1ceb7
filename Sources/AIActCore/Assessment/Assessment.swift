import Foundation

/// The assessment as the contract's JSON output describes it (CONTRACT.md), in one language.
public struct Assessment: Codable, Sendable {
    public struct Tool: Codable, Sendable { public var name: String; public var version: String }
    public struct Rules: Codable, Sendable {
        public var version: String
        public var source: String
        public var legalBasis: String
        public var checkedOn: String
    }
    public struct System: Codable, Sendable {
        public var name: String?
        public var organisation: String?
        public var description: String?
        public var intendedPurpose: String?
    }
    public struct OptionItem: Codable, Sendable, Hashable { public var id: String; public var text: String }
    public struct MissingItem: Codable, Sendable {
        public var step: Int
        public var questionId: String
        public var question: String
        public var kind: String
        public var options: [OptionItem]
    }
    public struct AIAct: Codable, Sendable { public var applies: Bool; public var reasons: [String] }
    public struct GroundItem: Codable, Sendable { public var category: String; public var basis: String; public var text: String }
    public struct RoleShiftItem: Codable, Sendable { public var to: String; public var basis: String; public var text: String }
    public struct SourceItem: Codable, Sendable, Hashable {
        public var ref: String?
        public var label: String
        public var url: String?
    }
    public struct ObligationItem: Codable, Sendable {
        public var id: String
        public var role: String
        public var category: String
        public var title: String
        public var summary: String
        public var articles: [String]
        public var appliesFrom: String
        public var originalDate: String?
        public var dateBasis: String?
        public var dateNote: String?
        public var inForce: Bool
        public var algoritmekader: String?
        public var sources: [SourceItem]
    }
    public struct NoteItem: Codable, Sendable { public var id: String; public var text: String; public var articles: [String] }
    public struct ReviewItem: Codable, Sendable { public var questionId: String; public var question: String; public var reason: String }
    public struct TraceItem: Codable, Sendable {
        public var step: Int
        public var questionId: String
        public var question: String
        public var answer: [String]
        public var answerText: String
        public var facts: [String]
    }

    public var tool: Tool
    public var rules: Rules
    public var assessedOn: String
    public var language: String
    public var system: System
    public var complete: Bool
    public var missing: [MissingItem]
    public var aiAct: AIAct
    public var systemType: String?
    public var riskCategories: [String]
    public var grounds: [GroundItem]
    public var roles: [String]
    public var roleShifts: [RoleShiftItem]
    public var obligations: [ObligationItem]
    public var notes: [NoteItem]
    public var review: [ReviewItem]
    public var trace: [TraceItem]
    public var warnings: [String]

    enum CodingKeys: String, CodingKey {
        case tool, rules, assessedOn, language, system, complete, missing, aiAct, systemType,
             riskCategories, grounds, roles, roleShifts, obligations, notes, review, trace, warnings
    }

    // Written by hand so that `systemType` is `null`, not absent, on an incomplete assessment.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(tool, forKey: .tool)
        try c.encode(rules, forKey: .rules)
        try c.encode(assessedOn, forKey: .assessedOn)
        try c.encode(language, forKey: .language)
        try c.encode(system, forKey: .system)
        try c.encode(complete, forKey: .complete)
        try c.encode(missing, forKey: .missing)
        try c.encode(aiAct, forKey: .aiAct)
        try c.encode(systemType, forKey: .systemType)
        try c.encode(riskCategories, forKey: .riskCategories)
        try c.encode(grounds, forKey: .grounds)
        try c.encode(roles, forKey: .roles)
        try c.encode(roleShifts, forKey: .roleShifts)
        try c.encode(obligations, forKey: .obligations)
        try c.encode(notes, forKey: .notes)
        try c.encode(review, forKey: .review)
        try c.encode(trace, forKey: .trace)
        try c.encode(warnings, forKey: .warnings)
    }

    /// Obligations in force on the assessment date.
    public var obligationsInForce: [ObligationItem] { obligations.filter(\.inForce) }
}

/// The tool's identity.
public enum AIActInfo {
    public static let name = "aiact"
    public static let version = "1.0.0"
}
