import Foundation

/// Why a rules set or an answer file could not be used. Every case names the file and the place.
public enum RulesError: Error, Equatable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case invalidJSON(file: String, reason: String)
    case invalidContent(file: String, path: String, expected: String)
    case unsupportedFormat(file: String, found: Int, supported: Int)
    case invalidRules(origin: String, findings: [String])

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): cannot read the file: \(reason)"
        case .invalidJSON(let file, let reason):
            return "\(file): not valid JSON: \(reason)"
        case .invalidContent(let file, let path, let expected):
            return path.isEmpty ? "\(file): \(expected)" : "\(file): at \(path): \(expected)"
        case .unsupportedFormat(let file, let found, let supported):
            return "\(file): rules format version \(found) is newer than this aiact supports (up to \(supported)); update aiact"
        case .invalidRules(let origin, let findings):
            let shown = findings.prefix(10).map { "  - \($0)" }.joined(separator: "\n")
            let more = findings.count > 10 ? "\n  … and \(findings.count - 10) more" : ""
            return "the rules in \(origin) have \(findings.count) defect(s); run `aiact rules lint --rules \(origin)`:\n\(shown)\(more)"
        }
    }
}
