import Foundation

/// `aiact check --format sarif`: SARIF 2.1.0 (OASIS) with what GitHub code scanning requires:
/// `$schema`, `version`, one run whose driver lists every rule with `shortDescription`,
/// `fullDescription` and `help`, and results with a repository-relative location (a region with
/// start and end line and column) and stable `partialFingerprints`.
///
/// A fingerprint is made of the rule, the file, the JSON pointer and the obligation, not of the
/// line, so an alert survives edits elsewhere in the file. Columns count Unicode code points
/// (`columnKind`), as the findings' locations do.
public struct SARIFRenderer {
    public let language: Language
    /// The folder paths are made relative to (the repository root in CI).
    public let baseDirectory: String?

    public init(language: Language, baseDirectory: String?) {
        self.language = language
        self.baseDirectory = baseDirectory
    }

    struct Log: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]
        enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
    }
    struct Run: Encodable {
        var tool: Tool
        var columnKind = "unicodeCodePoints"
        var results: [Result]
        var properties: [String: String]
    }
    struct Tool: Encodable { var driver: Driver }
    struct Driver: Encodable {
        var name: String
        var version: String
        var semanticVersion: String
        var informationUri = "https://eur-lex.europa.eu/eli/reg/2024/1689/oj"
        var rules: [Rule]
    }
    struct Text: Encodable { var text: String }
    struct Help: Encodable { var text: String; var markdown: String }
    struct Rule: Encodable {
        var id: String
        var name: String
        var shortDescription: Text
        var fullDescription: Text
        var help: Help
        var defaultConfiguration: Configuration
        var properties: RuleProperties
    }
    struct Configuration: Encodable { var level: String }
    struct RuleProperties: Encodable { var tags: [String]; var precision = "very-high" }
    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Text
        var locations: [Location]
        var partialFingerprints: [String: String]
        var properties: [String: String]?
    }
    struct Location: Encodable { var physicalLocation: PhysicalLocation }
    struct PhysicalLocation: Encodable { var artifactLocation: Artifact; var region: Region }
    struct Artifact: Encodable { var uri: String }
    struct Region: Encodable { var startLine: Int; var startColumn: Int; var endLine: Int; var endColumn: Int }

    public func render(_ results: [SystemCheckResult], summary: CheckSummary) -> String {
        let rules = FindingCatalog.rules
        let sarifRules = rules.map { rule in
            Rule(id: rule.id, name: Self.camelName(rule.id),
                 shortDescription: Text(text: rule.short.text(language)),
                 fullDescription: Text(text: rule.full.text(language)),
                 help: Help(text: rule.help.text(language), markdown: rule.help.text(language)),
                 defaultConfiguration: Configuration(level: rule.level),
                 properties: RuleProperties(tags: ["ai-act", "compliance"]))
        }
        var out: [Result] = []
        for result in results {
            for finding in result.findings {
                let index = rules.firstIndex { $0.id == finding.id } ?? 0
                let rule = rules[index]
                let location = finding.location ?? FindingLocation(file: result.file, line: 1, column: 1, pointer: "")
                let path = ReportPath.relative(location.file, to: baseDirectory)
                let region = Region(startLine: max(1, location.line), startColumn: max(1, location.column),
                                    endLine: max(location.line, location.endLine),
                                    endColumn: location.endLine > location.line ? max(1, location.endColumn)
                                        : max(location.column, location.endColumn))
                let fingerprint = ReportPath.fingerprint(["aiact", finding.id, path, location.pointer, finding.obligation ?? ""])
                var properties: [String: String] = ["pointer": location.pointer]
                if let obligation = finding.obligation { properties["obligation"] = obligation }
                out.append(Result(ruleId: finding.id, ruleIndex: index, level: rule.level,
                                  message: Text(text: Inert.text(finding.message)),
                                  locations: [Location(physicalLocation: PhysicalLocation(
                                      artifactLocation: Artifact(uri: ReportPath.uri(Inert.line(path))), region: region))],
                                  partialFingerprints: ["primaryLocationLineHash": fingerprint, "aiactFinding/v1": fingerprint],
                                  properties: properties))
            }
        }
        let run = Run(tool: Tool(driver: Driver(name: AIActInfo.name, version: AIActInfo.version, semanticVersion: AIActInfo.version,
                                                rules: sarifRules)),
                      results: out,
                      properties: ["rulesVersion": summary.rules.version, "checkedFor": summary.date])
        return JSONOutput.encode(Log(runs: [run]))
    }

    /// `missing-evidence` → `MissingEvidence` (SARIF's `name` is a readable identifier).
    static func camelName(_ id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
