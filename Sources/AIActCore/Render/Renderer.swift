import Foundation

/// What every renderer may use besides its subject.
public struct RenderContext: Sendable {
    public var rules: RuleSet
    public var language: Language
    public var style: TextStyle

    public init(rules: RuleSet, language: Language, style: TextStyle = .plain) {
        self.rules = rules
        self.language = language
        self.style = style
    }
}

/// One output format of one kind of output. Renderers write in pieces through `out`, so a long
/// output (a check over thousands of systems) never has to be held in memory whole.
public protocol Renderer<Subject>: Sendable {
    associatedtype Subject
    func render(_ subject: Subject, _ context: RenderContext, to out: (String) -> Void) throws
}

extension Renderer {
    /// The whole output as one string (for small outputs and tests).
    public func string(_ subject: Subject, _ context: RenderContext) throws -> String {
        var text = ""
        try render(subject, context) { text += $0 }
        return text
    }
}

/// Any Encodable subject as the project's stable JSON.
public struct JSONRenderer<Subject: Encodable>: Renderer {
    public init() {}
    public func render(_ subject: Subject, _ context: RenderContext, to out: (String) -> Void) {
        out(JSONOutput.encode(subject))
    }
}

/// An assessment and, for the Markdown report, the status of its evidence.
public struct AssessmentReport: Sendable {
    public var assessment: Assessment
    public var evidence: EvidenceStatus?
    public init(_ assessment: Assessment, evidence: EvidenceStatus? = nil) {
        self.assessment = assessment
        self.evidence = evidence
    }
}

struct AssessmentJSON: Renderer {
    func render(_ report: AssessmentReport, _ context: RenderContext, to out: (String) -> Void) {
        out(JSONOutput.encode(report.assessment))
    }
}

struct AssessmentText: Renderer {
    func render(_ report: AssessmentReport, _ context: RenderContext, to out: (String) -> Void) {
        out(TextRenderer(rules: context.rules, style: context.style).render(report.assessment))
    }
}

struct AssessmentMarkdown: Renderer {
    func render(_ report: AssessmentReport, _ context: RenderContext, to out: (String) -> Void) {
        out(MarkdownRenderer(rules: context.rules).render(report.assessment, evidence: report.evidence))
    }
}

struct GraphRenderer: Renderer {
    var format: RulesGraph.Format
    func render(_ rules: RuleSet, _ context: RenderContext, to out: (String) -> Void) {
        out(RulesGraph(rules: rules, language: context.language).render(format))
    }
}
