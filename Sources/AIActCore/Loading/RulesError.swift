import Foundation

/// Why a rules set or an answer file could not be used. Every case names the file and the place.
/// `message(_:)` gives the text in a language; `description` is the English one.
public enum RulesError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(file: String, reason: LocalizedText)
    case invalidJSON(file: String, reason: LocalizedText)
    case invalidContent(file: String, path: String, expected: LocalizedText)
    case unsupportedFormat(file: String, found: Int, supported: Int)
    case invalidRules(origin: String, findings: [String])

    public var description: String { message(.en) }

    public func message(_ language: Language) -> String {
        let nl = language == .nl
        switch self {
        case .unreadable(let file, let reason):
            return "\(Inert.line(file)): \(reason.text(language))"
        case .invalidJSON(let file, let reason):
            return nl ? "\(file): geen geldige JSON: \(reason.text(language))" : "\(file): not valid JSON: \(reason.text(language))"
        case .invalidContent(let file, let path, let expected):
            if path.isEmpty { return "\(file): \(expected.text(language))" }
            return nl ? "\(file): bij \(path): \(expected.text(language))" : "\(file): at \(path): \(expected.text(language))"
        case .unsupportedFormat(let file, let found, let supported):
            return nl
                ? "\(file): regelformaat versie \(found) is nieuwer dan deze aiact ondersteunt (tot en met \(supported)); werk aiact bij"
                : "\(file): rules format version \(found) is newer than this aiact supports (up to \(supported)); update aiact"
        case .invalidRules(let origin, let findings):
            let shown = findings.prefix(10).map { "  - \($0)" }.joined(separator: "\n")
            let rest = findings.count - 10
            let more = rest > 0 ? (nl ? "\n  … en nog \(rest)" : "\n  … and \(rest) more") : ""
            return nl
                ? "de regels in \(origin) hebben \(findings.count == 1 ? "1 gebrek" : "\(findings.count) gebreken"); zie `aiact rules lint --rules \(origin)`:\n\(shown)\(more)"
                : "the rules in \(origin) have \(findings.count == 1 ? "1 defect" : "\(findings.count) defects"); run `aiact rules lint --rules \(origin)`:\n\(shown)\(more)"
        }
    }
}
