import Foundation

/// Decodes JSON into a type, turning `DecodingError` into a message with the path where it failed.
public enum JSONDecoding {
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data, file: String) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            // Invalid JSON first, so the message says where the syntax breaks (checked only on failure:
            // parsing the text twice on every start would double the load time of the rules).
            if let syntax = JSONSyntax.firstError(in: data) {
                throw RulesError.invalidJSON(file: file, reason: "syntax error at \(syntax)")
            }
            if data.isEmpty { throw RulesError.invalidJSON(file: file, reason: "the file is empty") }
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
    public static func describe(_ error: DecodingError) -> (path: String, expected: String) {
        switch error {
        case .keyNotFound(let key, let context):
            let parent = pathString(context.codingPath)
            return (parent, "missing key `\(key.stringValue)`")
        case .typeMismatch(let type, let context):
            let custom = context.debugDescription.hasPrefix("expected") ? context.debugDescription : nil
            return (pathString(context.codingPath), custom ?? "expected \(typeName(type))")
        case .valueNotFound(let type, let context):
            return (pathString(context.codingPath), "expected \(typeName(type)), found null")
        case .dataCorrupted(let context):
            return (pathString(context.codingPath), context.debugDescription)
        @unknown default:
            return ("", "\(error)")
        }
    }

    static func typeName(_ type: Any.Type) -> String {
        let name = String(describing: type)
        switch name {
        case "String": return "a string"
        case "Int", "Double": return "a number"
        case "Bool": return "true or false"
        case _ where name.hasPrefix("Array"): return "a list"
        case _ where name.hasPrefix("Dictionary"): return "an object"
        default: return "an object (\(name))"
        }
    }

}
