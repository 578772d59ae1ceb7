import Foundation

/// One thing `aiact check` found in a system description: an id from a fixed list and a message
/// that says what to do about it.
public struct CheckFinding: Codable, Hashable, Sendable {
    /// `prohibited`, `incomplete`, `drift`, `missing-evidence`, `due-soon`, `unknown-evidence`,
    /// `needs-review`, `invalid`, or a risk category named with `--fail-on` (e.g. `high-risk`).
    public var id: String
    public var message: String
    /// Where in the file the finding is (the key it is about, or the file's start).
    public var location: FindingLocation?
    /// The obligation an evidence finding (`missing-evidence`, `due-soon`) is about.
    public var obligation: String?

    public init(id: String, message: String, location: FindingLocation? = nil, obligation: String? = nil) {
        self.id = id
        self.message = message
        self.location = location
        self.obligation = obligation
    }

    public static let prohibited = "prohibited"
    public static let incomplete = "incomplete"
    public static let drift = "drift"
    public static let missingEvidence = "missing-evidence"
    public static let needsReview = "needs-review"
    public static let invalid = "invalid"
    public static let dueSoon = "due-soon"
    public static let unknownEvidence = "unknown-evidence"

    /// The fixed ids, in the order findings are reported (a `--fail-on` category comes after `prohibited`).
    public static let ids = [invalid, prohibited, incomplete, drift, needsReview, missingEvidence, dueSoon, unknownEvidence]

    /// The risk categories `--fail-on` accepts (`prohibited` is always a finding).
    public static let failOnCategories = ["high-risk", "transparency", "gpai", "gpai-systemic-risk"]
}
