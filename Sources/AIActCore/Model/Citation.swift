import Foundation

/// An article reference in the contract's notation (`Art. 26(8)`, `Annex III(4)(a)`) as the
/// report's language cites it: English keeps the notation; Dutch cites the way the Dutch text of
/// the regulation does: "artikel 26, lid 8", "artikel 5, lid 1, onder b bis", "artikel 3, punt 49",
/// "bijlage III, punt 4, onder a", "bijlage I, afdeling B". Anything else is returned as it is.
public enum Citation {
    public static func text(_ ref: String, _ language: Language) -> String {
        guard language == .nl else { return ref }
        if ref.hasPrefix("Art. "), ArticleRef.articleNumber(ref) != nil { return article(ref) }
        if ref.hasPrefix("Annex "), ArticleRef.annexNumber(ref) != nil { return annex(ref) }
        return ref
    }

    /// Several references, joined with ", ".
    public static func list(_ refs: [String], _ language: Language) -> String {
        refs.map { text($0, language) }.joined(separator: language == .nl ? "; " : ", ")
    }

    /// Replaces every contract-notation reference in a text (e.g. a label) for the language.
    public static func inText(_ text: String, _ language: Language) -> String {
        guard language == .nl, text.contains("Art. ") || text.contains("Annex ") else { return text }
        var out = ""
        var rest = Substring(text)
        while true {
            let starts = [rest.range(of: "Art. "), rest.range(of: "Annex ")].compactMap { $0 }
            guard let first = starts.min(by: { $0.lowerBound < $1.lowerBound }) else { break }
            out += rest[..<first.lowerBound]
            var end = first.upperBound
            while end < rest.endIndex, rest[end].isASCII, rest[end].isLetter || rest[end].isNumber || "()".contains(rest[end]) {
                end = rest.index(after: end)
            }
            for section in [" Section A", " Section B"] where rest[end...].hasPrefix(section) {
                end = rest.index(end, offsetBy: section.count)
            }
            var candidate = rest[first.lowerBound..<end]
            // A closing parenthesis of the surrounding text is not part of the reference.
            while candidate.hasSuffix(")"), !ArticleRef.isValid(String(candidate)) { candidate = candidate.dropLast() }
            if ArticleRef.isValid(String(candidate)) {
                out += Self.text(String(candidate), language)
                rest = rest[candidate.endIndex...]
            } else {
                out += rest[first.lowerBound..<first.upperBound]
                rest = rest[first.upperBound...]
            }
        }
        return out + rest
    }

    private static let suffixes = ["a": "bis", "b": "ter", "c": "quater", "d": "quinquies", "e": "sexies"]
    private static let romans: Set<String> = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]

    /// `4a` → "4 bis".
    private static func numbered(_ n: Substring) -> String {
        let digits = n.prefix(while: \.isNumber)
        let letter = n.dropFirst(digits.count)
        guard !letter.isEmpty, let word = suffixes[String(letter)] else { return String(n) }
        return "\(digits) \(word)"
    }

    /// A point letter: `b` → "b", `ba` → "b bis".
    private static func lettered(_ g: Substring) -> String {
        guard g.count == 2, let word = suffixes[String(g.dropFirst())] else { return String(g) }
        return "\(g.prefix(1)) \(word)"
    }

    private static func groups(_ text: Substring) -> [Substring] {
        text.split(separator: ")").map { $0.drop { $0 == "(" } }.filter { !$0.isEmpty }
    }

    private static func article(_ ref: String) -> String {
        let body = Substring(ref.dropFirst(5))
        let number = body.prefix { $0.isASCII && ($0.isNumber || $0.isLowercase) }
        var parts = ["artikel \(numbered(number))"]
        var paragraphSeen = false
        for g in groups(body.dropFirst(number.count)) {
            if g.first?.isNumber == true && !paragraphSeen {
                // Art. 3 defines numbered points, not paragraphs.
                parts.append(number == "3" ? "punt \(numbered(g))" : "lid \(numbered(g))")
                paragraphSeen = true
            } else if romans.contains(String(g)) {
                parts.append("sub \(g)")
            } else {
                parts.append("onder \(lettered(g))")
            }
        }
        return parts.joined(separator: ", ")
    }

    private static func annex(_ ref: String) -> String {
        let body = Substring(ref.dropFirst(6))
        let numeral = body.prefix { "IVX".contains($0) }
        let rest = body.dropFirst(numeral.count)
        var parts = ["bijlage \(numeral)"]
        if rest.hasPrefix(" Section ") { return parts[0] + ", afdeling \(rest.dropFirst(9))" }
        for (i, g) in groups(rest).enumerated() { parts.append(i == 0 ? "punt \(g)" : "onder \(g)") }
        return parts.joined(separator: ", ")
    }
}
