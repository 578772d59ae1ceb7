import Foundation

/// Every output format aiact can write.
public enum OutputFormat: String, CaseIterable, Sendable {
    case text, json, markdown, mermaid, dot
    /// CI formats of `check` (issue 12), and the printable report of `assess` and `check`.
    case sarif, codequality, junit, github, html
}

/// What a command prints; each has its own set of formats (see `RendererTable`).
public enum OutputKind: Sendable {
    case assessment, check, questions, obligations, lint, graph, template
}
