import Foundation

/// Golden files of the CI formats of `check` (issue 12) over the check fixtures: SARIF, GitLab
/// Code Quality, JUnit and GitHub workflow commands, in both languages.
extension GoldenCatalog {
    static let ciFormats: [GoldenCase] = {
        var cases: [GoldenCase] = []
        for lang in langs {
            for format in ["sarif", "codequality", "junit", "github"] {
                let ext = format == "junit" ? "xml" : format == "github" ? "txt" : "json"
                cases.append(checkCase("check-ci/cases.\(format).\(lang).\(ext)", ["cases", "--format", format], lang: lang))
                cases.append(checkCase("check-ci/ok.\(format).\(lang).\(ext)", ["ok", "--format", format], lang: lang))
                cases.append(checkCase("check-ci/mixed.\(format).\(lang).\(ext)", ["mixed", "--format", format], lang: lang))
                cases.append(checkCase("check-ci/evidence-lead-time.2027-10-01.\(format).\(lang).\(ext)",
                                       ["evidence", "--require-evidence", "--lead-time", "90", "--format", format],
                                       date: "2027-10-01", lang: lang))
                cases.append(checkCase("check-ci/fail-on-high-risk.\(format).\(lang).\(ext)",
                                       ["ok", "--fail-on", "high-risk", "--format", format], lang: lang))
                cases.append(checkCase("check-ci/hostile.\(format).\(lang).\(ext)", ["hostile", "--format", format], lang: lang))
                cases.append(checkCase("check-ci/prohibited.\(format).\(lang).\(ext)", ["prohibited", "--format", format],
                                       rules: "prohibited-rules", lang: lang))
            }
            for name in ["ok", "mixed", "hostile", "evidence"] {
                cases.append(checkCase("check-ci/\(name).html.\(lang).html", [name, "--require-evidence", "--format", "html"], lang: lang))
            }
            cases.append(GoldenCase("check-ci/audited-assess.\(lang).html",
                                    ["assess", "Tests/AIActCLITests/Fixtures/gate/real/audited.json", "--date", date, "--lang", lang, "--format", "html"]))
            cases.append(GoldenCase("check-ci/audited-assess.\(lang).md",
                                    ["assess", "Tests/AIActCLITests/Fixtures/gate/real/audited.json", "--date", date, "--lang", lang, "--format", "markdown"]))
        }
        return cases
    }()
}
