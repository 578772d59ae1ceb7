import Foundation

/// One line of the inventory of AI systems: what the system is and what is open.
public struct InventoryRow: Sendable {
    public var file: String
    public var name: String?
    public var systemType: String?
    public var riskCategories: [String]
    public var roles: [String]
    public var status: Status
    public var findings: [String]

    /// Whether the classification is known.
    public enum Status: Sendable { case assessed, incomplete, invalid }

    public init(_ result: SystemCheckResult) {
        file = result.file
        name = result.systemName
        systemType = result.assessment?.systemType
        riskCategories = result.assessment?.riskCategories ?? []
        roles = result.assessment?.roles ?? []
        if result.assessment == nil { status = .invalid } else if result.assessment?.complete == false { status = .incomplete } else { status = .assessed }
        var ids: [String] = []
        for finding in result.findings where !ids.contains(finding.id) { ids.append(finding.id) }
        findings = ids
    }
}
