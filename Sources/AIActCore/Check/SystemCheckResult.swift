import Foundation

/// The check of one system description: its assessment, findings and notices.
public struct SystemCheckResult: Sendable {
    /// The file as named on the command line (or found in a folder named there).
    public var file: String
    /// The description as read (nil when it is not valid).
    public var description: AnswerFile?
    /// The assessment (nil when the description is not valid).
    public var assessment: Assessment?
    public var findings: [CheckFinding]
    /// Things worth knowing that are not findings (e.g. an older rules version with the same result).
    public var notices: [String]
    /// Evidence entries and whether they were found.
    public var evidence: EvidenceStatus?
    /// How the computed classification compares with `recorded` (nil when not assessed completely).
    public var drift: DriftCheck.Outcome?
    /// The approval the description carries, and whether it still holds.
    public var approval: Approval?
    /// `--record` wrote the file.
    public var wasRecorded = false

    /// The system's name from the description, when it gives a non-empty one.
    public var systemName: String? {
        let name = (assessment?.system.name ?? description?.system?.name)?.trimmingCharacters(in: .whitespacesAndNewlines)
        return name?.isEmpty == false ? name : nil
    }

    /// A description that could not be used: one `invalid` finding (at the file's start).
    public static func invalid(file: String, message: String) -> SystemCheckResult {
        SystemCheckResult(file: file, description: nil, assessment: nil,
                          findings: [CheckFinding(id: CheckFinding.invalid, message: message,
                                                  location: FindingLocation(file: file, line: 1, column: 1, pointer: ""))],
                          notices: [], evidence: nil, drift: nil)
    }

    /// The classification `check --record` would write, when the description can be recorded.
    public var recordable: Recorded? {
        guard let assessment, assessment.complete else { return nil }
        return Recorded(assessment)
    }
}
