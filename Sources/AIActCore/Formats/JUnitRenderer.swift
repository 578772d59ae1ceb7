import Foundation

/// `aiact check --format junit`: JUnit XML (the Jenkins/GitLab shape): one test suite, one test
/// case per system description, a `failure` per finding; notices in `system-out`. Every string
/// from a file is escaped for XML.
public struct JUnitRenderer {
    public let language: Language
    public let baseDirectory: String?

    public init(language: Language, baseDirectory: String?) {
        self.language = language
        self.baseDirectory = baseDirectory
    }

    public func render(_ results: [SystemCheckResult], summary: CheckSummary) -> String {
        func x(_ s: String) -> String { Inert.xml(s) }
        func a(_ s: String) -> String { Inert.xml(s, attribute: true) }
        let tests = results.count
        let failures = results.filter { !$0.findings.isEmpty }.count
        let suite = "aiact check"
        var out: [String] = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>"]
        out.append("<testsuites name=\"\(suite)\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\" time=\"0\">")
        out.append("  <testsuite name=\"\(suite)\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\" time=\"0\">")
        out.append("    <properties>")
        out.append("      <property name=\"date\" value=\"\(a(summary.date))\"/>")
        out.append("      <property name=\"rulesVersion\" value=\"\(a(summary.rules.version))\"/>")
        out.append("      <property name=\"rulesSource\" value=\"\(a(summary.rules.source))\"/>")
        out.append("    </properties>")
        for result in results {
            let path = ReportPath.relative(result.file, to: baseDirectory)
            let name = result.systemName.map { "\(path) (\($0))" } ?? path
            let classname = "aiact." + ((path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent)
            out.append("    <testcase classname=\"\(a(classname))\" name=\"\(a(name))\" file=\"\(a(path))\" time=\"0\">")
            for finding in result.findings {
                let rule = FindingCatalog.rule(finding.id)
                var where_ = ""
                if let l = finding.location {
                    let pointer = l.pointer.isEmpty ? "" : " " + Inert.line(l.pointer)
                    where_ = "\(Inert.line(ReportPath.relative(l.file, to: baseDirectory))):\(l.line):\(l.column)\(pointer)\n"
                }
                out.append("      <failure type=\"\(a(finding.id))\" message=\"\(a(finding.id + ": " + rule.short.text(language)))\">"
                           + x(where_ + finding.message) + "</failure>")
            }
            if !result.notices.isEmpty {
                out.append("      <system-out>" + x(result.notices.joined(separator: "\n")) + "</system-out>")
            }
            out.append("    </testcase>")
        }
        out.append("  </testsuite>")
        out.append("</testsuites>")
        return out.joined(separator: "\n") + "\n"
    }
}
