import Foundation

/// The one place that says which formats each output has (the default first).
public enum RendererTable {
    public static func formats(for kind: OutputKind) -> [OutputFormat] {
        switch kind {
        case .assessment: return [.text, .json, .markdown]
        case .check: return [.text, .json, .markdown, .sarif, .codequality, .junit, .github]
        case .questions, .obligations, .lint, .template: return [.text, .json]
        case .graph: return [.mermaid, .dot]
        }
    }
}
