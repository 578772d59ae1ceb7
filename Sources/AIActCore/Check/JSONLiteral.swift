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

    /// Whether existing JSON text holds the same value (so unchanged values keep their formatting).
    func sameValue(asJSON text: [UInt8]) -> Bool {
        let parsed = try? JSONSerialization.jsonObject(with: Data(text), options: [.fragmentsAllowed])
        switch self {
        case .string(let s): return (parsed as? String) == s
        case .strings(let list): return (parsed as? [Any])?.map { $0 as? String } == list.map { Optional($0) }
        case .null: return parsed is NSNull
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
