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
        public var vendor: String?
        public var version: String?
    }
    /// The audit record (issue 12): who assessed, who approved (and whether that approval still
    /// holds for the computed classification), the next review.
    public struct Audit: Codable, Sendable {
        public var assessedBy: String?
        public var assessedOn: String?
        public var approvedBy: String?
        public var approvedOn: String?
        /// The rules version the approved classification was computed with.
        public var approvedRulesVersion: String?
        /// Whether the approval holds: the computed classification is the recorded one.
        public var approvalHolds: Bool?
        public var nextReview: String?
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
        /// `in-force`, `upcoming` or `conditional` (`Evaluation.Status`).
        public var status: String
        /// The event a conditional obligation waits for; absent otherwise.
        public var condition: String?
        public var algoritmekader: String?
        public var sources: [SourceItem]
    }
    public struct QualifierItem: Codable, Sendable, Hashable { public var category: String; public var text: String }
    /// The obligations counted by status, and the first date on which upcoming ones start to apply.
    public struct Summary: Codable, Sendable {
        public struct Deadline: Codable, Sendable, Hashable {
            public var date: String
            public var obligations: [String]
        }
        public var inForce: Int
        public var upcoming: Int
        public var conditional: Int
        public var nextDeadline: Deadline?

        public init(obligations: [ObligationItem]) {
            inForce = obligations.filter { $0.status == Evaluation.Status.inForce.rawValue }.count
            let later = obligations.filter { $0.status == Evaluation.Status.upcoming.rawValue }
            upcoming = later.count
            conditional = obligations.filter { $0.status == Evaluation.Status.conditional.rawValue }.count
            nextDeadline = later.map(\.appliesFrom).min().map { date in
                Deadline(date: date, obligations: later.filter { $0.appliesFrom == date }.map(\.id))
            }
        }

        enum CodingKeys: String, CodingKey { case inForce, upcoming, conditional, nextDeadline }

        // Written by hand so that `nextDeadline` is `null`, not absent, when nothing is upcoming.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(inForce, forKey: .inForce)
            try c.encode(upcoming, forKey: .upcoming)
            try c.encode(conditional, forKey: .conditional)
            try c.encode(nextDeadline, forKey: .nextDeadline)
        }
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
        /// The description's remark on this answer (why it was given).
        public var remark: String?
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
    /// Words qualifying a risk category, e.g. "transitional, Art. 111(2)" for high-risk.
    public var qualifiers: [QualifierItem]
    public var grounds: [GroundItem]
    public var roles: [String]
    public var roleShifts: [RoleShiftItem]
    public var obligations: [ObligationItem]
    public var summary: Summary
    public var notes: [NoteItem]
    public var review: [ReviewItem]
    public var trace: [TraceItem]
    public var warnings: [String]
    /// Absent when the description says nothing about who assessed or approved it.
    public var audit: Audit? = nil

    enum CodingKeys: String, CodingKey {
        case tool, rules, assessedOn, language, system, complete, missing, aiAct, systemType,
             riskCategories, qualifiers, grounds, roles, roleShifts, obligations, summary, notes, review, trace, warnings, audit
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
        try c.encode(qualifiers, forKey: .qualifiers)
        try c.encode(grounds, forKey: .grounds)
        try c.encode(roles, forKey: .roles)
        try c.encode(roleShifts, forKey: .roleShifts)
        try c.encode(obligations, forKey: .obligations)
        try c.encode(summary, forKey: .summary)
        try c.encode(notes, forKey: .notes)
        try c.encode(review, forKey: .review)
        try c.encode(trace, forKey: .trace)
        try c.encode(warnings, forKey: .warnings)
        try c.encodeIfPresent(audit, forKey: .audit)
    }

    /// Obligations in force on the assessment date.
    public var obligationsInForce: [ObligationItem] { obligations.filter(\.inForce) }

    /// The obligations with this status, in catalogue order.
    public func obligations(_ status: Evaluation.Status) -> [ObligationItem] {
        obligations.filter { $0.status == status.rawValue }
    }

    /// Words qualifying a risk category, if any (e.g. "transitional, Art. 111(2)").
    public func qualifier(of category: String) -> String? {
        let texts = qualifiers.filter { $0.category == category }.map(\.text)
        return texts.isEmpty ? nil : texts.joined(separator: "; ")
    }
}

/// The tool's identity.
public enum AIActInfo {
    public static let name = "aiact"
    public static let version = "1.0.0"
}
