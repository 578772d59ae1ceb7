import Foundation

/// What a check is run with: the day, the language, the optional gates, and how to see files.
public struct CheckOptions: Sendable {
    /// The day the assessment is made for (`--date`), `YYYY-MM-DD`.
    public var date: String
    public var language: Language
    /// `--require-evidence`: obligations in force need an existing evidence file or a URL.
    public var requireEvidence: Bool
    /// `--fail-on`: risk categories that are findings too.
    public var failOn: [String]
    /// `--lead-time DAYS` (with `--require-evidence`): evidence is due this many days before an
    /// obligation applies.
    public var leadTime: Int?
    /// Without a lead time, obligations that apply within this many days are listed as notices.
    public static let upcomingWindow = 90
    /// What the file system says about evidence paths (injected, so the logic stays free of I/O).
    public var evidenceFiles: EvidenceFiles

    public init(date: String, language: Language, requireEvidence: Bool = false, failOn: [String] = [],
                leadTime: Int? = nil, evidenceFiles: EvidenceFiles) {
        self.leadTime = leadTime
        self.date = date
        self.language = language
        self.requireEvidence = requireEvidence
        self.failOn = failOn
        self.evidenceFiles = evidenceFiles
    }
}
