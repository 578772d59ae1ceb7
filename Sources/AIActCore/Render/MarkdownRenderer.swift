import Foundation

/// Evidence per obligation id: the path or URL given and whether it was found.
public struct EvidenceStatus: Sendable {
    public var entries: [String: (reference: String, found: Bool)]
    public init(entries: [String: (reference: String, found: Bool)]) { self.entries = entries }
}

/// The assessment as a self-contained Markdown report (GitHub/GitLab).
public struct MarkdownRenderer {
    public let rules: RuleSet

    public init(rules: RuleSet) { self.rules = rules }

    public func render(_ a: Assessment, evidence: EvidenceStatus? = nil) -> String {
        // Placeholder until the report issue lands; keeps the format selectable.
        "```\n" + TextRenderer(rules: rules, style: .plain).render(a) + "```\n"
    }
}
