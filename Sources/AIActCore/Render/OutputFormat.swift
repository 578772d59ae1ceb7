import Foundation

/// Every output format aiact can write.
public enum OutputFormat: String, CaseIterable, Sendable {
    case text, json, markdown, mermaid, dot
}

/// What a command prints; each has its own set of formats (see `RendererTable`).
public enum OutputKind: Sendable {
    case assessment, check, questions, obligations, lint, graph, template
}
