import Foundation

/// Reads JSON with `JSONReader` and decodes it into a type with `JSONTreeDecoder`. Errors are
/// `RulesError`s naming the file, the place (line and column) and what was expected there.
public enum JSONDecoding {
    /// Parses and decodes a file's bytes.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data, file: String) throws -> T {
        try decode(type, from: try parse(data, file: file), file: file)
    }

    /// Parses a file's bytes; a syntax or encoding error becomes `RulesError.invalidJSON`.
    public static func parse(_ data: Data, file: String) throws(RulesError) -> JSONDocument {
        try parse(Array(data), file: file)
    }

    public static func parse(_ bytes: [UInt8], file: String, rejectingDuplicateKeys: Bool = true) throws(RulesError) -> JSONDocument {
        do {
            return try JSONReader.parse(bytes, rejectingDuplicateKeys: rejectingDuplicateKeys)
        } catch {
            throw RulesError.invalidJSON(file: file, reason: error.message)
        }
    }

    /// Decodes a parsed document; a `DecodingError` becomes `RulesError.invalidContent` with the
    /// path, the line and column of the value (or of the object that lacks a key), and what it is.
    public static func decode<T: Decodable>(_ type: T.Type, from document: JSONDocument, file: String) throws(RulesError) -> T {
        try read(document, file: file) { decoder, node in try decoder.decode(type, at: node) }
    }

    /// Reads a parsed document's root with `read` (a direct reading, see JSONTreeDecoder+Model.swift);
    /// errors as for `decode`.
    /// (`readsModelDirectly: false` only for the test that compares the direct readings with `init(from:)`.)
    static func read<T>(_ document: JSONDocument, file: String, readsModelDirectly: Bool = true,
                        _ read: (JSONTreeDecoder, Int) throws -> T) throws(RulesError) -> T {
        do {
            return try read(JSONTreeDecoder(document: document, node: document.root, readsModelDirectly: readsModelDirectly), document.root)
        } catch let error as DecodingError {
            let (path, expected) = describe(error, in: document)
            throw RulesError.invalidContent(file: file, path: path, expected: expected)
        } catch let error as RulesError {
            throw error
        } catch {
            throw RulesError.invalidContent(file: file, path: "", expected: LocalizedText(nl: "\(error)", en: "\(error)"))
        }
    }

    /// The place, the expectation and what is there instead, for an error from decoding `document`.
    static func describe(_ error: DecodingError, in document: JSONDocument) -> (path: String, expected: LocalizedText) {
        let (path, described) = describe(error)
        var expected = described
        let codingPath: [CodingKey]
        switch error {
        case .keyNotFound(_, let context), .typeMismatch(_, let context), .valueNotFound(_, let context),
             .dataCorrupted(let context):
            codingPath = context.codingPath
        @unknown default:
            codingPath = []
        }
        let (node, matched) = document.node(atPath: codingPath)
        if case .typeMismatch = error, matched == codingPath.count {
            let (nl, en) = kindName(document.kind(node))
            expected = LocalizedText(nl: expected.text(.nl) + ", gevonden: \(nl)", en: expected.text(.en) + ", found \(en)")
        }
        let location = document.location(of: node)
        expected = LocalizedText(nl: expected.text(.nl) + " (regel \(location.line), kolom \(location.column))",
                                 en: expected.text(.en) + " (line \(location.line), column \(location.column))")
        return (path, expected)
    }

    static func kindName(_ kind: JSONDocument.Kind) -> (nl: String, en: String) {
        switch kind {
        case .object: return ("een object", "an object")
        case .array: return ("een lijst", "a list")
        case .string: return ("een tekst (string)", "a string")
        case .number: return ("een getal", "a number")
        case .true: return ("true", "true")
        case .false: return ("false", "false")
        case .null: return ("null", "null")
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

    /// Dutch for the engine's own decoding messages.
    static func translated(_ english: String) -> LocalizedText {
        let known: [String: String] = [
            "expected an option id (a string) or a list of option ids": "verwacht: een optie-id (tekst) of een lijst van optie-ids",
            "expected a condition with exactly one of: fact, answer (with in), all, any, not, onOrAfter, always":
                "verwacht: een voorwaarde met precies één van: fact, answer (met in), all, any, not, onOrAfter, always",
            "expected true": "verwacht: true",
            "give either `schedule` or `appliesFrom`, not both": "geef `schedule` of `appliesFrom`, niet allebei",
            "`in` goes with `answer`": "`in` hoort bij `answer`",
            "expected a whole number": "verwacht: een geheel getal",
            "number out of range": "getal buiten het bereik",
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
