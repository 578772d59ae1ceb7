import Foundation

/// Compares the classification an owner accepted (`recorded`) with the one computed now.
///
/// System type, risk categories and roles are compared; categories and roles as sets (their order
/// in the file does not matter). The rules version alone is not drift: when only it differs, the
/// outcome says so, so the report can mention it.
public enum DriftCheck {
    /// A classification field that can drift.
    public enum Field: String, Sendable, CaseIterable {
        case systemType, riskCategories, roles
    }

    /// One field that differs: the recorded and the computed values (nil when not recorded).
    public struct Change: Equatable, Sendable {
        public var field: Field
        public var recorded: [String]?
        public var computed: [String]
    }

    /// The result of the comparison.
    public enum Outcome: Equatable, Sendable {
        /// Same classification, same rules version.
        case unchanged
        /// Same classification, recorded under another (or no) rules version: not drift.
        case otherRulesVersion(recorded: String?, current: String)
        /// Nothing recorded yet: drift.
        case notRecorded(computed: Recorded)
        /// The classification differs: drift. `rulesChanged` when the rules version differs too.
        case changed(changes: [Change], recorded: Recorded, computed: Recorded)

        public var isDrift: Bool {
            switch self {
            case .notRecorded, .changed: return true
            case .unchanged, .otherRulesVersion: return false
            }
        }
    }

    public static func compare(recorded: Recorded?, computed: Recorded) -> Outcome {
        guard let recorded, recorded.classificationOnly != Recorded() else { return .notRecorded(computed: computed) }
        var changes: [Change] = []
        if recorded.systemType != computed.systemType {
            changes.append(Change(field: .systemType, recorded: recorded.systemType.map { [$0] },
                                  computed: computed.systemType.map { [$0] } ?? []))
        }
        if recorded.riskCategories.map(Set.init) != Set(computed.riskCategories ?? []) {
            changes.append(Change(field: .riskCategories, recorded: recorded.riskCategories, computed: computed.riskCategories ?? []))
        }
        if recorded.roles.map(Set.init) != Set(computed.roles ?? []) {
            changes.append(Change(field: .roles, recorded: recorded.roles, computed: computed.roles ?? []))
        }
        if !changes.isEmpty { return .changed(changes: changes, recorded: recorded, computed: computed) }
        if recorded.rulesVersion != computed.rulesVersion {
            return .otherRulesVersion(recorded: recorded.rulesVersion, current: computed.rulesVersion ?? "")
        }
        return .unchanged
    }
}
