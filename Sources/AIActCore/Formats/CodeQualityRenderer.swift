import Foundation

/// `aiact check --format codequality`: GitLab's Code Quality report, one JSON array (no
/// byte-order mark) with per finding `description`, `check_name`, `fingerprint` (unique per
/// violation, stable across runs), `severity` and `location.path` / `location.lines.begin`.
public struct CodeQualityRenderer {
    public let language: Language
    public let baseDirectory: String?

    public init(language: Language, baseDirectory: String?) {
        self.language = language
        self.baseDirectory = baseDirectory
    }

    struct Issue: Encodable {
        var type = "issue"
        var description: String
        var check_name: String
        var fingerprint: String
        var severity: String
        var categories: [String]
        var location: Location
    }
    struct Location: Encodable { var path: String; var lines: Lines }
    struct Lines: Encodable { var begin: Int; var end: Int }

    public func render(_ results: [SystemCheckResult], summary: CheckSummary) -> String {
        var issues: [Issue] = []
        for result in results {
            for finding in result.findings {
                let rule = FindingCatalog.rule(finding.id)
                let location = finding.location ?? FindingLocation(file: result.file, line: 1, column: 1, pointer: "")
                let path = Inert.line(ReportPath.relative(location.file, to: baseDirectory))
                issues.append(Issue(description: "\(finding.id): " + Inert.line(finding.message),
                                    check_name: "aiact/\(finding.id)",
                                    fingerprint: ReportPath.fingerprint(["aiact", finding.id, path, location.pointer, finding.obligation ?? ""]),
                                    severity: rule.severity, categories: ["Compliance"],
                                    location: Location(path: path, lines: Lines(begin: max(1, location.line),
                                                                                end: max(location.line, location.endLine)))))
            }
        }
        return JSONOutput.encode(issues)
    }
}
