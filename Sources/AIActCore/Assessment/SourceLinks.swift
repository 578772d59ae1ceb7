import Foundation

/// Turns sources into labels and links (EUR-Lex for article and annex references).
public enum SourceLinks {
    public static func items(_ sources: [Source], rules: RuleSet, language: Language) -> [Assessment.SourceItem] {
        sources.map { .init(ref: $0.ref, label: $0.label(language, seeds: rules.manifest.seeds ?? [:]), url: $0.url ?? $0.ref.flatMap { url(for: $0, rules: rules, language: language) }) }
    }

    /// The EUR-Lex link of an article or annex reference, from the rules' URL templates.
    public static func url(for ref: String, rules: RuleSet, language: Language) -> String? {
        guard let templates = rules.manifest.sourceUrls else { return nil }
        let lang = language.rawValue.uppercased()
        if let article = ArticleRef.articleNumber(ref) {
            return templates.article.replacingOccurrences(of: "{LANG}", with: lang).replacingOccurrences(of: "{N}", with: article)
        }
        if let annex = ArticleRef.annexNumber(ref) {
            return templates.annex.replacingOccurrences(of: "{LANG}", with: lang).replacingOccurrences(of: "{N}", with: annex)
        }
        return nil
    }
}

/// The contract's article notation: `Art. 5(1)(ba)`, `Annex III(4)(a)`, `Annex I Section B`.
public enum ArticleRef {
    private static let article = try! NSRegularExpression(
        pattern: #"^Art\. ([0-9]+[a-z]?)(\([0-9]+[a-z]?\))?(\([a-z]{1,2}\))?(\((i|ii|iii|iv|v|vi|vii|viii|ix|x)\))?$"#)
    private static let annex = try! NSRegularExpression(
        pattern: #"^Annex ([IVX]+)( Section [AB]|(\([0-9]+\))(\([a-z]\))?)?$"#)

    public static func isValid(_ ref: String) -> Bool { articleNumber(ref) != nil || annexNumber(ref) != nil }

    /// `5` for `Art. 5(1)(a)`, `4a` for `Art. 4a`.
    public static func articleNumber(_ ref: String) -> String? { firstGroup(article, ref) }

    /// `III` for `Annex III(4)(a)`.
    public static func annexNumber(_ ref: String) -> String? { firstGroup(annex, ref) }

    private static func firstGroup(_ regex: NSRegularExpression, _ text: String) -> String? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = regex.firstMatch(in: text, range: range),
              let group = Range(match.range(at: 1), in: text) else { return nil }
        return String(text[group])
    }
}
