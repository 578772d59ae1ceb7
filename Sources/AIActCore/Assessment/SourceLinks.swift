import Foundation

/// Turns sources into labels and links (EUR-Lex for article and annex references).
public enum SourceLinks {
    /// Each source with its label and link. A reference to a provision that an amending act
    /// (`sourceUrls.amending`) inserted or amended is labelled as amended, and the amending act
    /// follows it once as a source of its own, so the link to the amended text sits beside the
    /// link to the original.
    public static func items(_ sources: [Source], rules: RuleSet, language: Language) -> [Assessment.SourceItem] {
        let amending = rules.manifest.sourceUrls?.amending ?? []
        var items: [Assessment.SourceItem] = []
        var linked: Set<String> = []
        for source in sources {
            var source = source
            let act = source.ref.flatMap { ref in amending.first { $0.covers(ref) } }
            if source.amendedBy == nil, let act { source.amendedBy = act.act }
            items.append(.init(ref: source.ref, label: source.label(language, seeds: rules.manifest.seeds ?? [:]),
                               url: source.url ?? source.ref.flatMap { url(for: $0, rules: rules, language: language) }))
            if let act = act ?? amending.first(where: { $0.act == source.amendedBy }), source.ref != nil,
               linked.insert(act.act).inserted {
                items.append(.init(ref: nil, label: amendingLabel(act.act, language),
                                   url: filled(act.url, ["{LANG}": language.rawValue.uppercased()])))
            }
        }
        return items
    }

    static func amendingLabel(_ act: String, _ language: Language) -> String {
        language == .nl ? "Verordening (EU) \(act) (wijzigingsverordening)" : "Regulation (EU) \(act) (amending regulation)"
    }

    /// The EUR-Lex link of an article or annex reference, from the rules' URL templates.
    public static func url(for ref: String, rules: RuleSet, language: Language) -> String? {
        guard let templates = rules.manifest.sourceUrls else { return nil }
        let lang = language.rawValue.uppercased()
        if let article = ArticleRef.articleNumber(ref) {
            return filled(templates.article, ["{LANG}": lang, "{N}": article])
        }
        if let annex = ArticleRef.annexNumber(ref) {
            return filled(templates.annex, ["{LANG}": lang, "{N}": annex])
        }
        return nil
    }

    /// A URL template with each placeholder (`{LANG}`, `{N}`: ASCII, starting with `{`) replaced
    /// wherever it occurs, as `replacingOccurrences(of:with:)` one after the other would give
    /// (values contain no placeholders), without Foundation's string search, whose first calls
    /// cost more at start-up than the assessment.
    static func filled(_ template: String, _ values: [String: String]) -> String {
        let bytes = Array(template.utf8)
        let placeholders = values.map { (Array($0.key.utf8), $0.value) }
        var out = ""
        var copied = 0, i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "{"),
               let (key, value) = placeholders.first(where: { i + $0.0.count <= bytes.count && bytes[i..<i + $0.0.count].elementsEqual($0.0) }) {
                out += String(decoding: bytes[copied..<i], as: UTF8.self) + value
                i += key.count
                copied = i
            } else {
                i += 1
            }
        }
        return out + String(decoding: bytes[copied...], as: UTF8.self)
    }
}

/// The contract's article notation: `Art. 5(1)(ba)`, `Annex III(4)(a)`, `Annex I Section B`.
/// Parsed by hand: compiling a regular expression costs more at start-up than the whole evaluation.
public enum ArticleRef {
    public static func isValid(_ ref: String) -> Bool { articleNumber(ref) != nil || annexNumber(ref) != nil }

    /// `5` for `Art. 5(1)(a)`, `4a` for `Art. 4a`; nil when not an article reference.
    public static func articleNumber(_ ref: String) -> String? {
        guard ref.hasPrefix("Art. ") else { return nil }
        let body = Substring(ref.dropFirst(5))
        let number = body.prefix { $0.isASCII && ($0.isNumber || $0.isLowercase) }
        guard let first = number.first, first.isNumber,
              number.drop(while: \.isNumber).count <= 1 else { return nil }
        guard let groups = parenthesised(body.dropFirst(number.count)) else { return nil }
        // Slots in order, each optional: paragraph `(1)`/`(1a)`, point `(a)`/`(ba)`, sub-point `(iii)`.
        var slot = 0
        for group in groups {
            while slot < 3 && !fits(group, slot) { slot += 1 }
            guard slot < 3 else { return nil }
            slot += 1
        }
        return String(number)
    }

    /// Whether a parenthesised group fits a slot of an article reference (made once, not per call).
    private static let romans: Set<Substring> = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]

    private static func fits(_ g: Substring, _ slot: Int) -> Bool {
        switch slot {
        case 0: return g.first?.isNumber == true && g.drop(while: \.isNumber).allSatisfy(\.isLowercase) && g.drop(while: \.isNumber).count <= 1
        case 1: return (1...2).contains(g.count) && g.allSatisfy { $0.isASCII && $0.isLowercase }
        default: return romans.contains(g)
        }
    }

    /// `III` for `Annex III(4)(a)`; nil when not an annex reference.
    public static func annexNumber(_ ref: String) -> String? {
        guard ref.hasPrefix("Annex ") else { return nil }
        let body = Substring(ref.dropFirst(6))
        let numeral = body.prefix { "IVX".contains($0) }
        guard !numeral.isEmpty else { return nil }
        let rest = body.dropFirst(numeral.count)
        if rest.isEmpty || rest == " Section A" || rest == " Section B" { return String(numeral) }
        guard let groups = parenthesised(rest), (1...2).contains(groups.count),
              groups[0].allSatisfy(\.isNumber), !groups[0].isEmpty else { return nil }
        if groups.count == 2 && !(groups[1].count == 1 && groups[1].allSatisfy { $0.isASCII && $0.isLowercase }) { return nil }
        return String(numeral)
    }

    /// `(1)(a)` → ["1", "a"]; nil when the text is not a run of non-empty parenthesised groups.
    private static func parenthesised(_ text: Substring) -> [Substring]? {
        var groups: [Substring] = []
        var rest = text
        while !rest.isEmpty {
            guard rest.first == "(", let close = rest.firstIndex(of: ")") else { return nil }
            let inner = rest[rest.index(after: rest.startIndex)..<close]
            guard !inner.isEmpty, inner.allSatisfy({ $0.isASCII && ($0.isNumber || $0.isLowercase) }) else { return nil }
            groups.append(inner)
            rest = rest[rest.index(after: close)...]
        }
        return groups
    }
}
