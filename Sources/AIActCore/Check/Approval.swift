import Foundation

/// A person's sign-off on a classification (`aiact check --approve NAME FILE`): it is kept in
/// `recorded` (`approvedBy`, `approvedOn`) together with the classification and the rules version
/// it approved, and holds as long as the computed classification is the recorded one. Drift voids
/// it. `--fail-on CATEGORY` is satisfied for a system whose current classification is approved.
public struct Approval: Codable, Hashable, Sendable {
    public var approvedBy: String
    public var approvedOn: String?
    /// The rules version of the approved classification.
    public var rulesVersion: String?
    /// Whether it still holds (no drift).
    public var valid: Bool

    public init(approvedBy: String, approvedOn: String?, rulesVersion: String?, valid: Bool) {
        self.approvedBy = approvedBy
        self.approvedOn = approvedOn
        self.rulesVersion = rulesVersion
        self.valid = valid
    }

    /// The approval a description carries, valid when the classification has not drifted; nil
    /// when there is none (or the answers are incomplete, so there is nothing to compare).
    public static func of(_ recorded: Recorded?, drift: DriftCheck.Outcome?) -> Approval? {
        guard let by = recorded?.approvedBy?.trimmingCharacters(in: .whitespacesAndNewlines), !by.isEmpty else { return nil }
        let valid: Bool
        switch drift {
        case .unchanged?, .otherRulesVersion?: valid = true
        case .notRecorded?, .changed?, nil: valid = false
        }
        return Approval(approvedBy: by, approvedOn: recorded?.approvedOn, rulesVersion: recorded?.rulesVersion, valid: valid)
    }
}
