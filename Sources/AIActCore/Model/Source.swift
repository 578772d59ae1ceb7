import Foundation

/// Where a piece of the rules comes from: an article, a seed section, or another text.
public struct Source: Codable, Hashable, Sendable {
    /// An article reference in the contract's notation (`Art. 5(1)(a)`, `Annex III(4)(a)`).
    public var ref: String?
    /// A seed document: its first three digits (`000`).
    public var seed: String?
    /// The section of the seed document.
    public var section: String?
    /// The amending act when the reference rests on an amendment (`2026/1744`).
    public var amendedBy: String?
    /// Any other source, as free text (another regulation, a guideline).
    public var text: String?
    /// An explicit URL; for `ref` one is derived when absent.
    public var url: String?

    public init(ref: String? = nil, seed: String? = nil, section: String? = nil,
                amendedBy: String? = nil, text: String? = nil, url: String? = nil) {
        self.ref = ref
        self.seed = seed
        self.section = section
        self.amendedBy = amendedBy
        self.text = text
        self.url = url
    }

    /// A short human-readable label: `Art. 5(1)(a)`, `seed 000 §1.1`, or the free text.
    public var label: String {
        var parts: [String] = []
        if let ref { parts.append(amendedBy.map { "\(ref) (as amended by Reg. (EU) \($0))" } ?? ref) }
        if let seed { parts.append(section.map { "seed \(seed), \($0)" } ?? "seed \(seed)") }
        if let text { parts.append(text) }
        return parts.joined(separator: "; ")
    }
}
