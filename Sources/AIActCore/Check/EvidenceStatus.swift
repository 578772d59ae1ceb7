import Foundation

/// Evidence per obligation id: the path or URL given and whether it was found.
public struct EvidenceStatus: Sendable {
    public var entries: [String: (reference: String, found: Bool)]
    public init(entries: [String: (reference: String, found: Bool)]) { self.entries = entries }
}
