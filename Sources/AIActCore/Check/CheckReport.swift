import Foundation

/// The JSON output of `aiact check` (CONTRACT.md): every system with its assessment and findings,
/// and a summary. `notices` (not findings) is an addition to the contract's shape.
public struct CheckReport: Encodable, Sendable {
    /// One system description.
    public struct SystemEntry: Encodable, Sendable {
        public var file: String
        public var assessment: Assessment?
        public var findings: [CheckFinding]
        public var notices: [String]
        /// The approval the description carries (absent when none).
        public var approval: Approval?

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

    /// The rules the check used.
    public struct RulesInfo: Encodable, Sendable {
        public var version: String
        public var source: String
    }

    /// Counts over all systems.
    public struct Summary: Encodable, Sendable {
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
    }

    public var systems: [SystemEntry]
    public var summary: Summary

    public init(results: [SystemCheckResult], rules: RuleSet, date: String, recorded: [String]? = nil, notices: [String] = []) {
        systems = results.map { SystemEntry(file: $0.file, assessment: $0.assessment, findings: $0.findings, notices: $0.notices,
                                            approval: $0.approval) }
        var byId: [String: Int] = [:]
        for finding in results.flatMap(\.findings) { byId[finding.id, default: 0] += 1 }
        summary = Summary(date: date, rules: RulesInfo(version: rules.version, source: rules.origin),
                          systems: results.count, withFindings: results.filter { !$0.findings.isEmpty }.count,
                          findings: byId.values.reduce(0, +), byId: byId, recorded: recorded, notices: notices)
    }

    /// Finding counts in the report order: fixed ids first, then `--fail-on` categories.
    public var orderedCounts: [(String, Int)] {
        let known = CheckFinding.ids.compactMap { id in summary.byId[id].map { (id, $0) } }
        let others = summary.byId.keys.filter { !CheckFinding.ids.contains($0) }.sorted().map { ($0, summary.byId[$0]!) }
        return known + others
    }
}
