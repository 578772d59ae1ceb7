import Foundation

/// `aiact check --format github`: GitHub Actions workflow commands, one line per finding
/// (`::error file=…,line=…,endLine=…,col=…,endColumn=…,title=…::message`), so findings annotate
/// the pull request without code scanning; `needs-review` and `due-soon` are warnings, notices are
/// `::notice`. Values are escaped as GitHub requires (`%`, CR, LF; in properties also `:` and `,`).
public struct GitHubCommandsRenderer {
    public let language: Language
    public let baseDirectory: String?

    public init(language: Language, baseDirectory: String?) {
        self.language = language
        self.baseDirectory = baseDirectory
    }

    public func render(_ results: [SystemCheckResult], summary: CheckSummary) -> String {
        let text = CheckText(language)
        var out: [String] = []
        for result in results {
            let file = ReportPath.relative(result.file, to: baseDirectory)
            for finding in result.findings {
                let rule = FindingCatalog.rule(finding.id)
                let l = finding.location ?? FindingLocation(file: result.file, line: 1, column: 1, pointer: "")
                let path = ReportPath.relative(l.file, to: baseDirectory)
                let properties = [
                    "file=" + Inert.githubProperty(path), "line=\(l.line)", "endLine=\(l.endLine)", "col=\(l.column)",
                    "endColumn=\(l.endColumn)", "title=" + Inert.githubProperty("aiact \(finding.id): " + rule.short.text(language)),
                ].joined(separator: ",")
                out.append("::\(rule.level) \(properties)::" + Inert.githubMessage(finding.message))
            }
            for notice in result.notices {
                out.append("::notice file=\(Inert.githubProperty(file)),title=\(Inert.githubProperty("aiact " + text.note))::"
                           + Inert.githubMessage(notice))
            }
        }
        for notice in summary.notices {
            out.append("::notice title=\(Inert.githubProperty("aiact " + text.note))::" + Inert.githubMessage(notice))
        }
        let summary = text.summary(systems: summary.systems, withFindings: summary.withFindings, counts: summary.orderedCounts)
        out.append(Inert.githubMessage(summary))
        return out.joined(separator: "\n") + "\n"
    }
}
