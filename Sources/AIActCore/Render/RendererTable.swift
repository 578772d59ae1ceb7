import Foundation

/// The one place that maps a format to a renderer, for every kind of output; the first entry is
/// the default. A new format is a renderer and a line here: the parser, `--help` and the README
/// follow (they ask `formats(for:)`).
public enum RendererTable {
    public static let assessment: [(OutputFormat, any Renderer<AssessmentReport>)] = [
        (.text, AssessmentText()), (.json, AssessmentJSON()), (.markdown, AssessmentMarkdown()),
        (.html, AssessmentHTML()),
    ]
    public static let check: [(OutputFormat, any Renderer<CheckStream>)] = [
        (.text, CheckTextRenderer()), (.json, CheckJSONRenderer()), (.markdown, CheckMarkdownRenderer()),
        (.sarif, CheckSARIF()), (.codequality, CheckCodeQuality()), (.junit, CheckJUnit()), (.github, CheckGitHubCommands()),
        (.html, CheckHTML()),
    ]
    public static let questions: [(OutputFormat, any Renderer<[QuestionItem]>)] = [
        (.text, QuestionsText()), (.json, JSONRenderer<[QuestionItem]>()),
    ]
    public static let obligations: [(OutputFormat, any Renderer<[ObligationItem]>)] = [
        (.text, ObligationsText()), (.json, JSONRenderer<[ObligationItem]>()),
    ]
    public static let lint: [(OutputFormat, any Renderer<LintOutput>)] = [(.text, LintText()), (.json, LintJSON())]
    public static let graph: [(OutputFormat, any Renderer<RuleSet>)] = [
        (.mermaid, GraphRenderer(format: .mermaid)), (.dot, GraphRenderer(format: .dot)),
    ]

    /// The renderer for a format (the default when the table has no such format).
    public static func renderer<Subject>(_ table: [(OutputFormat, any Renderer<Subject>)], _ format: OutputFormat) -> any Renderer<Subject> {
        (table.first { $0.0 == format } ?? table[0]).1
    }

    public static func formats(for kind: OutputKind) -> [OutputFormat] {
        switch kind {
        case .assessment: return assessment.map(\.0)
        case .check: return check.map(\.0)
        case .questions: return questions.map(\.0)
        case .obligations: return obligations.map(\.0)
        case .lint: return lint.map(\.0)
        case .graph: return graph.map(\.0)
        case .template: return [.text, .json]
        }
    }
}
