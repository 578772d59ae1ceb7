import Foundation

/// Decodes JSON into a type, turning `DecodingError` into a message with the path where it failed.
public enum JSONDecoding {
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data, file: String) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            // Invalid JSON first, so the message says where the syntax breaks (checked only on failure:
            // parsing the text twice on every start would double the load time of the rules).
            if data.isEmpty { throw RulesError.invalidJSON(file: file, reason: LocalizedText(nl: "het bestand is leeg", en: "the file is empty")) }
            if let syntax = JSONSyntax.firstError(in: data) { throw RulesError.invalidJSON(file: file, reason: syntax) }
            let (path, expected) = describe(error)
            throw RulesError.invalidContent(file: file, path: path, expected: expected)
        }
    }

    /// `a.b[2].c` from a coding path.
    public static func pathString(_ path: [CodingKey]) -> String {
        var out = ""
        for key in path {
            if let index = key.intValue {
                out += "[\(index)]"
            } else {
                out += out.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return out
    }

    /// The place and the expectation a `DecodingError` stands for.
    public static func describe(_ error: DecodingError) -> (path: String, expected: LocalizedText) {
        switch error {
        case .keyNotFound(let key, let context):
            let parent = pathString(context.codingPath)
            return (parent, LocalizedText(nl: "sleutel `\(key.stringValue)` ontbreekt", en: "missing key `\(key.stringValue)`"))
        case .typeMismatch(let type, let context):
            if context.debugDescription.hasPrefix("expected") {
                return (pathString(context.codingPath), translated(context.debugDescription))
            }
            let name = typeName(type)
            return (pathString(context.codingPath), LocalizedText(nl: "verwacht: \(name.nl)", en: "expected \(name.en)"))
        case .valueNotFound(let type, let context):
            let name = typeName(type)
            return (pathString(context.codingPath), LocalizedText(nl: "verwacht: \(name.nl), gevonden: null", en: "expected \(name.en), found null"))
        case .dataCorrupted(let context):
            return (pathString(context.codingPath), translated(context.debugDescription))
        @unknown default:
            return ("", LocalizedText(nl: "\(error)", en: "\(error)"))
        }
    }

    /// Dutch for the engine's own decoding messages (everything else stays as Foundation says it).
    static func translated(_ english: String) -> LocalizedText {
        let known: [String: String] = [
            "expected an option id (a string) or a list of option ids": "verwacht: een optie-id (tekst) of een lijst van optie-ids",
            "expected a condition with exactly one of: fact, answer (with in), all, any, not, onOrAfter, always":
                "verwacht: een voorwaarde met precies één van: fact, answer (met in), all, any, not, onOrAfter, always",
            "expected true": "verwacht: true",
            "give either `schedule` or `appliesFrom`, not both": "geef `schedule` of `appliesFrom`, niet allebei",
            "`in` goes with `answer`": "`in` hoort bij `answer`",
        ]
        if let nl = known[english] { return LocalizedText(nl: nl, en: english) }
        if english.hasPrefix("Cannot initialize ") {
            return LocalizedText(nl: "onbekende waarde (\(english))", en: "unknown value (\(english))")
        }
        return LocalizedText(nl: english, en: english)
    }

    static func typeName(_ type: Any.Type) -> (nl: String, en: String) {
        let name = String(describing: type)
        switch name {
        case "String": return ("een tekst (string)", "a string")
        case "Int", "Double": return ("een getal", "a number")
        case "Bool": return ("true of false", "true or false")
        case _ where name.hasPrefix("Array"): return ("een lijst", "a list")
        case _ where name.hasPrefix("Dictionary"): return ("een object", "an object")
        default: return ("een object (\(name))", "an object (\(name))")
        }
    }

}
