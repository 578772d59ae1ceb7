import Foundation

/// The JSON of one system in `aiact check --format json` (docs/contract.md). `notices` (not
/// findings) is an addition to the contract's shape.
public struct CheckSystemEntry: Encodable, Sendable {
    public var file: String
    public var assessment: Assessment?
    public var findings: [CheckFinding]
    public var notices: [String]
    /// The approval the description carries (absent when none).
    public var approval: Approval?

    public init(_ result: SystemCheckResult) {
        file = result.file
        assessment = result.assessment
        findings = result.findings
        notices = result.notices
        approval = result.approval
    }

    enum CodingKeys: String, CodingKey { case file, assessment, findings, notices, approval }

    // By hand so that `assessment` is `null` for an invalid description, not absent.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(assessment, forKey: .assessment)
        try c.encode(findings, forKey: .findings)
        try c.encode(notices, forKey: .notices)
        try c.encodeIfPresent(approval, forKey: .approval)
    }
}

/// The `summary` of a check: counts over all systems.
public struct CheckSummary: Encodable, Sendable {
    /// The rules the check used.
    public struct RulesInfo: Encodable, Sendable {
        public var version: String
        public var source: String
    }

    public var date: String
    public var rules: RulesInfo
    /// Systems checked.
    public var systems: Int
    /// Systems with at least one finding.
    public var withFindings: Int
    /// Findings in total.
    public var findings: Int
    /// Findings per id.
    public var byId: [String: Int]
    /// Files whose `recorded` was written by `--record` (absent without `--record`).
    public var recorded: [String]?
    /// Notices about the run as a whole (e.g. descriptions in subfolders not checked).
    public var notices: [String]

    /// Finding counts in the report order: fixed ids first, then `--fail-on` categories.
    public var orderedCounts: [(String, Int)] {
        let known = CheckFinding.ids.compactMap { id in byId[id].map { (id, $0) } }
        let others = byId.keys.filter { !CheckFinding.ids.contains($0) }.sorted().map { ($0, byId[$0]!) }
        return known + others
    }
}

/// What a check keeps while it streams: the counts and the small inventory rows, nothing more.
public struct CheckTally: Sendable {
    public private(set) var rows: [InventoryRow] = []
    var withFindings = 0
    var byId: [String: Int] = [:]
    var recorded: [String] = []

    public init() {}

    public mutating func add(_ result: SystemCheckResult) {
        rows.append(InventoryRow(result))
        if !result.findings.isEmpty { withFindings += 1 }
        for finding in result.findings { byId[finding.id, default: 0] += 1 }
        if result.wasRecorded { recorded.append(result.file) }
    }

    /// The summary; `recorded` only with `--record`.
    public func summary(rules: RuleSet, date: String, record: Bool, notices: [String] = []) -> CheckSummary {
        CheckSummary(date: date, rules: .init(version: rules.version, source: rules.origin), systems: rows.count,
                     withFindings: withFindings, findings: byId.values.reduce(0, +), byId: byId, recorded: record ? recorded : nil,
                     notices: notices)
    }
}
