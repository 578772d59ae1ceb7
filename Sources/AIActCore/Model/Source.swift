import Foundation

/// Where a piece of the rules comes from: an article, a seed section, or another text.
public struct Source: Decodable, Hashable, Sendable {
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
    /// For guidance (e.g. Commission guidelines): `final` or `draft`; lint warns on a draft.
    public var status: String?
    /// For guidance: the date of the version cited (`YYYY-MM-DD`).
    public var date: String?

    public init(ref: String? = nil, seed: String? = nil, section: String? = nil,
                amendedBy: String? = nil, text: String? = nil, url: String? = nil,
                status: String? = nil, date: String? = nil) {
        self.ref = ref
        self.seed = seed
        self.section = section
        self.amendedBy = amendedBy
        self.text = text
        self.url = url
        self.status = status
        self.date = date
    }

    /// A short human-readable label: `Art. 5(1)(a)`, `AI-verordening Gids, 1.1 …`, or the free text.
    /// `seeds` names the seed documents (from the manifest); without a name the code is shown.
    public func label(_ language: Language = .en, seeds: [String: LocalizedText] = [:]) -> String {
        var parts: [String] = []
        if let ref {
            if let amendedBy {
                parts.append(language == .nl ? "\(Citation.text(ref, language)) (zoals gewijzigd bij Verordening (EU) \(amendedBy))"
                                             : "\(ref) (as amended by Regulation (EU) \(amendedBy))")
            } else {
                parts.append(Citation.text(ref, language))
            }
        }
        if let seed {
            let name = seeds[seed]?.text(language) ?? (language == .nl ? "brondocument \(seed)" : "source document \(seed)")
            parts.append(section.map { "\(name), \($0)" } ?? name)
        }
        if let text {
            let state = status.map { language == .nl ? ($0 == "draft" ? "ontwerp" : $0 == "final" ? "definitief" : $0) : $0 }
            let qualifiers = [state, date.map { ProseDate.format($0, language) }].compactMap { $0 }
            // The free text is the rules' own; only its article references follow the language.
            let cited = Citation.inText(text, language)
            parts.append(qualifiers.isEmpty ? cited : "\(cited) (\(qualifiers.joined(separator: ", ")))")
        }
        return parts.joined(separator: "; ")
    }
}
