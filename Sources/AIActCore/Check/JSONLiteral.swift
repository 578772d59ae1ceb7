import Foundation

/// A JSON value written by `RecordedSplice`: a string, a list of strings, or null.
enum JSONLiteral: Equatable {
    case string(String)
    case strings([String])
    case null

    /// The value as compact JSON text (lists on one line, like the contract's examples).
    var json: String {
        switch self {
        case .string(let s): return Self.quote(s)
        case .strings(let list): return "[" + list.map(Self.quote).joined(separator: ", ") + "]"
        case .null: return "null"
        }
    }

    /// Whether a value of a document is this value (so unchanged values keep their formatting).
    func sameValue(as node: Int, in document: JSONDocument) -> Bool {
        switch self {
        case .string(let s): return document.string(node) == s
        case .strings(let list):
            guard document.kind(node) == .array else { return false }
            return document.elements(node).map { document.string($0) } == list.map { Optional($0) }
        case .null: return document.isNull(node)
        }
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
