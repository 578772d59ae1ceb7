/// A place in a JSON text: 1-based line and column, and the 0-based byte offset.
///
/// Lines end at `\n`, `\r\n` or a lone `\r`. Columns count Unicode scalars (not bytes, not
/// UTF-16 units) from the start of the line, so `é` is one column and a tab is one column; a
/// byte-order mark at the start of the file is not counted.
public struct JSONLocation: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var byteOffset: Int

    public init(line: Int, column: Int, byteOffset: Int) {
        self.line = line
        self.column = column
        self.byteOffset = byteOffset
    }

    public var description: String { "\(line):\(column)" }

    /// "regel 3, kolom 7" / "line 3, column 7".
    public var text: LocalizedText {
        LocalizedText(nl: "regel \(line), kolom \(column)", en: "line \(line), column \(column)")
    }

    /// The location of `offset` in `bytes` (an offset past the end is the end of the text).
    public static func of(_ offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> JSONLocation {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        var i = 0
        while i < end {
            let b = bytes[i]
            if b == 0x0A {
                line += 1
                lineStart = i + 1
            } else if b == 0x0D, i + 1 >= bytes.count || bytes[i + 1] != 0x0A {
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        if line == 1, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            lineStart = min(3, end)
        }
        var column = 1
        i = lineStart
        while i < end {
            // One column per scalar: count every byte that is not a UTF-8 continuation byte.
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return JSONLocation(line: line, column: column, byteOffset: end)
    }

    public static func of(_ offset: Int, in bytes: [UInt8]) -> JSONLocation {
        bytes.withUnsafeBufferPointer { of(offset, in: $0) }
    }
}

/// Why a text is not JSON that aiact reads (RFC 8259, UTF-8, at most `JSONReader.maximumDepth`
/// levels deep, no key twice in one object). Every error has the place where the text breaks.
public struct JSONError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Equatable, Sendable {
        /// The text is empty or only whitespace.
        case empty
        /// The text is not UTF-8 (its name, e.g. "UTF-16LE").
        case notUTF8(encoding: String)
        /// Something else than what the grammar allows here.
        case expected(Expectation, found: Found)
        /// A string without its closing quote (the location is its opening quote).
        case unterminatedString
        /// A raw control character (U+0000–U+001F) inside a string.
        case controlCharacter(UInt8)
        /// A backslash not followed by one of `" \ / b f n r t u`, or `\u` without four hex digits.
        case invalidEscape
        /// A `\uD800`–`\uDFFF` escape that is not half of a surrogate pair.
        case loneSurrogate(UInt16)
        /// Bytes that are not UTF-8 (including encoded surrogates and overlong forms).
        case invalidUTF8
        /// A number outside RFC 8259's grammar (`01`, `1.`, `.5`, `1.2.3`, `+1`, `1e`).
        case invalidNumber
        /// Objects and lists nested deeper than the limit.
        case tooDeep(limit: Int)
        /// A key that the object already has; `first` is where it was first given.
        case duplicateKey(String, first: JSONLocation)
        /// The text is larger than the reader accepts.
        case tooLarge(limit: Int)
    }

    /// What the grammar expected at the place of a syntax error.
    public enum Expectation: Equatable, Sendable {
        case value
        case key
        case colon
        case commaOrCloseBrace
        case commaOrCloseBracket
        case end
    }

    /// What was found instead.
    public enum Found: Equatable, Sendable {
        case endOfText
        case character(UInt32)
        case byte(UInt8)
        /// A comma after the last member or element (the location is the comma).
        case trailingComma
        /// `//` or `/*`.
        case comment
    }

    public var kind: Kind
    public var location: JSONLocation

    public init(_ kind: Kind, at location: JSONLocation) {
        self.kind = kind
        self.location = location
    }

    public var description: String { message.text(.en) }

    /// The whole reason, with the place: "syntax error at line 3, column 7: expected ':' after the key, found '='".
    public var message: LocalizedText {
        let nl: String, en: String
        let l = location.line, c = location.column
        switch kind {
        case .expected(let expectation, let found):
            let (wantNL, wantEN) = Self.describe(expectation)
            let (foundNL, foundEN) = Self.describe(found)
            return LocalizedText(nl: "syntaxfout op regel \(l), kolom \(c): verwacht \(wantNL), gevonden: \(foundNL)",
                                 en: "syntax error at line \(l), column \(c): expected \(wantEN), found \(foundEN)")
        case .empty:
            return LocalizedText(nl: "het bestand is leeg (verwacht een JSON-object)", en: "the file is empty (expected a JSON object)")
        case .notUTF8(let encoding):
            nl = "de tekst is \(encoding), geen UTF-8; sla het bestand op als UTF-8"
            en = "the text is \(encoding), not UTF-8; save the file as UTF-8"
        case .unterminatedString:
            nl = "de tekst (string) die hier begint wordt niet afgesloten met '\"'"
            en = "the string that starts here has no closing '\"'"
        case .controlCharacter(let byte):
            if byte == 0x0A || byte == 0x0D {
                nl = "een regeleinde binnen een tekst (string); schrijf \\n"
                en = "a line break inside a string; write \\n"
            } else {
                let code = Self.hex(UInt32(byte), digits: 4)
                nl = "stuurteken U+\(code) binnen een tekst (string); schrijf \\u\(code)"
                en = "control character U+\(code) inside a string; write \\u\(code)"
            }
        case .invalidEscape:
            nl = "ongeldige escape; toegestaan zijn \\\" \\\\ \\/ \\b \\f \\n \\r \\t en \\u gevolgd door vier hexadecimale cijfers"
            en = "invalid escape; allowed are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u followed by four hex digits"
        case .loneSurrogate(let unit):
            let code = Self.hex(UInt32(unit), digits: 4)
            nl = "\\u\(code) is een losse surrogaathelft (geen geldig Unicode-teken)"
            en = "\\u\(code) is a lone surrogate (not a valid Unicode character)"
        case .invalidUTF8:
            nl = "ongeldige UTF-8-bytes"
            en = "invalid UTF-8 bytes"
        case .invalidNumber:
            nl = "ongeldig getal (JSON-getallen zien eruit als 12, -0.5 of 1e3: geen voorloopnullen, +, of punt zonder cijfers)"
            en = "invalid number (JSON numbers look like 12, -0.5 or 1e3: no leading zeros, no +, no point without digits)"
        case .tooDeep(let limit):
            nl = "meer dan \(limit) niveaus van geneste objecten en lijsten"
            en = "objects and lists nested more than \(limit) levels deep"
        case .duplicateKey(let key, let first):
            let shown = Self.inert(key)
            nl = "de sleutel \"\(shown)\" komt twee keer voor in hetzelfde object (eerst op regel \(first.line), kolom \(first.column)); laat er één over"
            en = "the key \"\(shown)\" appears twice in the same object (first at line \(first.line), column \(first.column)); keep one"
        case .tooLarge(let limit):
            nl = "de tekst is groter dan \(limit) bytes"
            en = "the text is larger than \(limit) bytes"
        }
        return LocalizedText(nl: "regel \(l), kolom \(c): \(nl)", en: "line \(l), column \(c): \(en)")
    }

    static func describe(_ e: Expectation) -> (String, String) {
        switch e {
        case .value: return ("een waarde (object, lijst, tekst, getal, true, false of null)",
                             "a value (object, list, string, number, true, false or null)")
        case .key: return ("een sleutel tussen dubbele aanhalingstekens", "a key in double quotes")
        case .colon: return ("':' na de sleutel", "':' after the key")
        case .commaOrCloseBrace: return ("',' of '}'", "',' or '}'")
        case .commaOrCloseBracket: return ("',' of ']'", "',' or ']'")
        case .end: return ("het einde van het bestand", "the end of the file")
        }
    }

    static func describe(_ f: Found) -> (String, String) {
        switch f {
        case .endOfText: return ("het einde van het bestand", "the end of the file")
        case .character(let scalar):
            if scalar >= 0x21 && scalar < 0x7F {
                let ch = Character(Unicode.Scalar(UInt8(scalar)))
                return ("'\(ch)'", "'\(ch)'")
            }
            let code = "U+" + hex(scalar, digits: 4)
            return (code, code)
        case .byte(let b):
            let code = "0x" + hex(UInt32(b), digits: 2)
            return ("de byte \(code) (geen UTF-8)", "the byte \(code) (not UTF-8)")
        case .trailingComma: return ("een komma na het laatste element (JSON staat dat niet toe)",
                                     "a comma after the last element (JSON does not allow one)")
        case .comment: return ("commentaar (JSON kent geen commentaar)", "a comment (JSON has no comments)")
        }
    }

    static func hex(_ value: UInt32, digits: Int) -> String {
        let s = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - s.count)) + s
    }

    /// A key as it may be shown in one line of a message: control and format characters as
    /// `\u{…}`, at most 80 characters.
    static func inert(_ s: String) -> String {
        var out = ""
        var count = 0
        for scalar in s.unicodeScalars {
            if count == 80 { out += "…"; break }
            count += 1
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned:
                out += "\\u{" + hex(scalar.value, digits: 4) + "}"
            default:
                if scalar == "\"" || scalar == "\\" { out += "\\" }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
