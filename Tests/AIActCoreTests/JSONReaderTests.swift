import Foundation
import Testing
@testable import AIActCore

/// The one JSON reader: what it accepts, where and how it says what it refuses (nl and en),
/// the places it keeps, the decoder on top of it, and the `--record` splice that edits through it.
@Suite struct JSONReaderTests {
    /// The error for a text, or a failure when the text parses.
    func error(_ text: String) -> JSONError? { error(Array(text.utf8)) }

    func error(_ bytes: [UInt8]) -> JSONError? {
        do {
            _ = try JSONReader.parse(bytes)
            Issue.record("expected an error for \(bytes.prefix(60))")
            return nil
        } catch {
            return error
        }
    }

    func expectError(_ text: String, _ kind: JSONError.Kind, line: Int, column: Int,
                     sourceLocation: SourceLocation = #_sourceLocation) {
        expectError(Array(text.utf8), kind, line: line, column: column, sourceLocation: sourceLocation)
    }

    func expectError(_ bytes: [UInt8], _ kind: JSONError.Kind, line: Int, column: Int,
                     sourceLocation: SourceLocation = #_sourceLocation) {
        guard let e = error(bytes) else { return }
        #expect(e.kind == kind, sourceLocation: sourceLocation)
        #expect(e.location.line == line && e.location.column == column, "at \(e.location)", sourceLocation: sourceLocation)
    }

    // MARK: Accepted text and kept places

    @Test func parsesEveryKindWithItsByteRange() throws {
        let text = #"{"s": "a\"b", "n": -1.5e3, "i": 0, "t": true, "f": false, "z": null, "l": [1, [], {}]}"#
        let d = try JSONReader.parse(text)
        #expect(d.kind(d.root) == .object)
        #expect(d.members(d.root).map(\.key) == ["s", "n", "i", "t", "f", "z", "l"])
        let s = try #require(d.member(d.root, "s"))
        #expect(d.string(s) == "a\"b")
        #expect(d.rawText(s) == #""a\"b""#)
        #expect(d.rawText(try #require(d.member(d.root, "n"))) == "-1.5e3")
        #expect(d.bool(try #require(d.member(d.root, "t"))) == true)
        #expect(d.bool(try #require(d.member(d.root, "f"))) == false)
        #expect(d.isNull(try #require(d.member(d.root, "z"))))
        let list = try #require(d.member(d.root, "l"))
        #expect(d.elements(list).map { d.kind($0) } == [.number, .array, .object])
        #expect(d.rawText(list) == "[1, [], {}]")
        let member = d.members(d.root)[0]
        #expect(Array(d.bytes[member.keyStart..<member.keyEnd]) == Array(#""s""#.utf8))
        #expect(d.node(startingAt: member.valueStart) == member.value)
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let d = try JSONReader.parse(#"["\u00e9\n\t\/\\\b\f\r", "\ud83d\ude00", "é€😀", "\u0000"]"#)
        let values = d.elements(d.root).map { d.string($0) }
        #expect(values == ["é\n\t/\\\u{8}\u{C}\r", "😀", "é€😀", "\u{0}"])
    }

    @Test func strictNumbersAreAccepted() throws {
        for number in ["0", "-0", "12", "-12", "0.5", "-0.5", "1e3", "1E+3", "1e-3", "12.50e10", "123456789012345678901234567890"] {
            let d = try JSONReader.parse("[\(number)]")
            #expect(d.rawText(d.elements(d.root)[0]) == number)
        }
    }

    @Test func pointersLinesAndColumns() throws {
        let text = "{\r\n  \"answers\": {\r\n    \"role\": \"deployer\",\r\n    \"é/~x\": [\"a\", \"b\"]\r\n  }\r\n}"
        let d = try JSONReader.parse(text)
        #expect(d.location(ofPointer: "/answers/role") == JSONLocation(line: 3, column: 13, byteOffset: 31))
        #expect(d.location(ofPointer: "/answers/é~1~0x/1")?.line == 4)
        #expect(d.location(ofPointer: "/answers/é~1~0x/1")?.column == 19)
        #expect(d.location(ofPointer: "") == JSONLocation(line: 1, column: 1, byteOffset: 0))
        #expect(d.location(ofPointer: "/answers/none") == nil)
        #expect(d.location(ofPointer: "/answers/é~1~0x/01") == nil)
        let node = try #require(d.node(atPointer: "/answers/é~1~0x/1"))
        #expect(d.pointer(of: node) == "/answers/é~1~0x/1")
        // A lone CR ends a line too; a byte-order mark is not a column.
        let cr = try JSONReader.parse("\u{FEFF}{\r\"a\":\r 1}")
        #expect(cr.location(ofPointer: "/a") == JSONLocation(line: 3, column: 2, byteOffset: 11))
        let bom = try JSONReader.parse("\u{FEFF}{\"a\": 1}")
        #expect(bom.location(ofPointer: "/a") == JSONLocation(line: 1, column: 7, byteOffset: 9))
    }

    // MARK: Encoding policy: UTF-8 with or without a byte-order mark; nothing else

    @Test func utf16AndUtf32AreRefusedWithOrWithoutMark() {
        let text = #"{"answers": {}}"#
        let utf16LE = Array(text.data(using: .utf16LittleEndian)!)
        let utf16BE = Array(text.data(using: .utf16BigEndian)!)
        let utf32LE = Array(text.data(using: .utf32LittleEndian)!)
        let utf32BE = Array(text.data(using: .utf32BigEndian)!)
        expectError([0xFF, 0xFE] + utf16LE, .notUTF8(encoding: "UTF-16LE"), line: 1, column: 1)
        expectError([0xFE, 0xFF] + utf16BE, .notUTF8(encoding: "UTF-16BE"), line: 1, column: 1)
        expectError(utf16LE, .notUTF8(encoding: "UTF-16LE"), line: 1, column: 1)
        expectError(utf16BE, .notUTF8(encoding: "UTF-16BE"), line: 1, column: 1)
        expectError([0xFF, 0xFE, 0, 0] + utf32LE, .notUTF8(encoding: "UTF-32LE"), line: 1, column: 1)
        expectError([0, 0, 0xFE, 0xFF] + utf32BE, .notUTF8(encoding: "UTF-32BE"), line: 1, column: 1)
        expectError(utf32LE, .notUTF8(encoding: "UTF-32LE"), line: 1, column: 1)
        expectError(utf32BE, .notUTF8(encoding: "UTF-32BE"), line: 1, column: 1)
        let e = error([0xFF, 0xFE] + utf16LE)
        #expect(e?.message.text(.en) == "line 1, column 1: the text is UTF-16LE, not UTF-8; save the file as UTF-8")
        #expect(e?.message.text(.nl) == "regel 1, kolom 1: de tekst is UTF-16LE, geen UTF-8; sla het bestand op als UTF-8")
    }

    @Test func utf8WithAndWithoutMarkIsAccepted() throws {
        let plain = try JSONReader.parse(#"{"a": "é"}"#)
        let marked = try JSONReader.parse([0xEF, 0xBB, 0xBF] + Array(#"{"a": "é"}"#.utf8))
        #expect(plain.string(try #require(plain.member(plain.root, "a"))) == "é")
        #expect(marked.string(try #require(marked.member(marked.root, "a"))) == "é")
        #expect(marked.bytes.starts(with: [0xEF, 0xBB, 0xBF]), "the mark stays in the bytes, so an edit keeps it")
    }

    @Test func invalidUTF8IsRefusedWhereItIs() {
        let prefix = Array(#"{"a": "x"#.utf8)
        // Overlong '/', an encoded surrogate, a byte that never occurs, a cut sequence, a stray continuation byte.
        for bad: [UInt8] in [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xE2, 0x82], [0x80], [0xF4, 0x90, 0x80, 0x80]] {
            expectError(prefix + bad + Array(#""}"#.utf8), .invalidUTF8, line: 1, column: 9)
        }
        let e = error(prefix + [0xFF] + Array(#""}"#.utf8))
        #expect(e?.message.text(.en) == "line 1, column 9: invalid UTF-8 bytes")
        #expect(e?.message.text(.nl) == "regel 1, kolom 9: ongeldige UTF-8-bytes")
        // Outside a string, a non-ASCII byte is a syntax error that names it.
        let outside = error([0x5B, 0xFF, 0x5D])
        #expect(outside?.message.text(.en) == "syntax error at line 1, column 2: expected a value (object, list, string, number, true, false or null), found the byte 0xFF (not UTF-8)")
        let quote = error("{\u{201C}a\u{201D}: 1}")
        #expect(quote?.message.text(.en) == "syntax error at line 1, column 2: expected a key in double quotes, found U+201C")
        #expect(quote?.message.text(.nl) == "syntaxfout op regel 1, kolom 2: verwacht een sleutel tussen dubbele aanhalingstekens, gevonden: U+201C")
    }

    // MARK: Every other error class, with its place, in nl and en

    @Test func emptyText() {
        expectError("", .empty, line: 1, column: 1)
        expectError(" \n\t", .empty, line: 2, column: 2)
        #expect(error("")?.message.text(.en) == "the file is empty (expected a JSON object)")
        #expect(error("")?.message.text(.nl) == "het bestand is leeg (verwacht een JSON-object)")
    }

    @Test func syntaxErrorsSayWhatWasExpectedAndFound() {
        expectError(#"{"a" 1}"#, .expected(.colon, found: .character(0x31)), line: 1, column: 6)
        expectError(#"{"a": 1 "b": 2}"#, .expected(.commaOrCloseBrace, found: .character(0x22)), line: 1, column: 9)
        expectError("[1 2]", .expected(.commaOrCloseBracket, found: .character(0x32)), line: 1, column: 4)
        expectError("{1: 2}", .expected(.key, found: .character(0x31)), line: 1, column: 2)
        expectError("[1] [2]", .expected(.end, found: .character(0x5B)), line: 1, column: 5)
        expectError("{\"a\":\n", .expected(.value, found: .endOfText), line: 2, column: 1)
        expectError("[1, // note\n 2]", .expected(.value, found: .comment), line: 1, column: 5)
        expectError("[1,]", .expected(.value, found: .trailingComma), line: 1, column: 3)
        expectError("{\"a\": 1,\n}", .expected(.key, found: .trailingComma), line: 1, column: 8)
        expectError("[tru]", .expected(.value, found: .character(0x74)), line: 1, column: 2)
        expectError("[NaN]", .expected(.value, found: .character(0x4E)), line: 1, column: 2)
        let e = error("{\n  \"a\" = 1\n}")
        #expect(e?.message.text(.en) == "syntax error at line 2, column 7: expected ':' after the key, found '='")
        #expect(e?.message.text(.nl) == "syntaxfout op regel 2, kolom 7: verwacht ':' na de sleutel, gevonden: '='")
        let end = error("[1")
        #expect(end?.message.text(.en) == "syntax error at line 1, column 3: expected ',' or ']', found the end of the file")
        #expect(end?.message.text(.nl) == "syntaxfout op regel 1, kolom 3: verwacht ',' of ']', gevonden: het einde van het bestand")
        let comma = error("[1,]")
        #expect(comma?.message.text(.en) == "syntax error at line 1, column 3: expected a value (object, list, string, number, true, false or null), found a comma after the last element (JSON does not allow one)")
        #expect(comma?.message.text(.nl) == "syntaxfout op regel 1, kolom 3: verwacht een waarde (object, lijst, tekst, getal, true, false of null), gevonden: een komma na het laatste element (JSON staat dat niet toe)")
    }

    @Test func stringErrors() {
        expectError("[\"abc", .unterminatedString, line: 1, column: 2)
        expectError("[\"a\nb\"]", .controlCharacter(0x0A), line: 1, column: 4)
        expectError("[\"a\tb\"]", .controlCharacter(0x09), line: 1, column: 4)
        expectError(#"["a\xb"]"#, .invalidEscape, line: 1, column: 4)
        expectError(#"["\u12G4"]"#, .invalidEscape, line: 1, column: 3)
        expectError(#"["\u12"]"#, .invalidEscape, line: 1, column: 3)
        expectError(#"["é\ud800"]"#, .loneSurrogate(0xD800), line: 1, column: 4)
        expectError(#"["\ud800\u0041"]"#, .loneSurrogate(0xD800), line: 1, column: 3)
        expectError(#"["\udc00"]"#, .loneSurrogate(0xDC00), line: 1, column: 3)
        expectError(#"["\ud800\ud800"]"#, .loneSurrogate(0xD800), line: 1, column: 3)
        let messages: [(String, String, String)] = [
            ("[\"abc", "line 1, column 2: the string that starts here has no closing '\"'",
             "regel 1, kolom 2: de tekst (string) die hier begint wordt niet afgesloten met '\"'"),
            ("[\"a\nb\"]", "line 1, column 4: a line break inside a string; write \\n",
             "regel 1, kolom 4: een regeleinde binnen een tekst (string); schrijf \\n"),
            ("[\"a\u{1B}b\"]", "line 1, column 4: control character U+001B inside a string; write \\u001B",
             "regel 1, kolom 4: stuurteken U+001B binnen een tekst (string); schrijf \\u001B"),
            (#"["\q"]"#, #"line 1, column 3: invalid escape; allowed are \" \\ \/ \b \f \n \r \t and \u followed by four hex digits"#,
             #"regel 1, kolom 3: ongeldige escape; toegestaan zijn \" \\ \/ \b \f \n \r \t en \u gevolgd door vier hexadecimale cijfers"#),
            (#"["\udfff"]"#, #"line 1, column 3: \uDFFF is a lone surrogate (not a valid Unicode character)"#,
             #"regel 1, kolom 3: \uDFFF is een losse surrogaathelft (geen geldig Unicode-teken)"#),
        ]
        for (text, en, nl) in messages {
            #expect(error(text)?.message.text(.en) == en)
            #expect(error(text)?.message.text(.nl) == nl)
        }
    }

    @Test func numbersOutsideTheGrammarAreRefused() {
        for (text, column) in [("[01]", 2), ("[1.]", 2), ("[1.2.3]", 2), ("[1e]", 2), ("[1e5e5]", 2), ("[-]", 2),
                               ("[-a]", 2), ("[12abc]", 2), ("{\"x\": 1.2.3}", 7), ("[0x10]", 2), ("[1.5E+]", 2)] {
            expectError(text, .invalidNumber, line: 1, column: column)
        }
        expectError("[.5]", .expected(.value, found: .character(0x2E)), line: 1, column: 2)
        expectError("[+1]", .expected(.value, found: .character(0x2B)), line: 1, column: 2)
        let e = error("{\"a\": 01}")
        #expect(e?.message.text(.en) == "line 1, column 7: invalid number (JSON numbers look like 12, -0.5 or 1e3: no leading zeros, no +, no point without digits)")
        #expect(e?.message.text(.nl) == "regel 1, kolom 7: ongeldig getal (JSON-getallen zien eruit als 12, -0.5 of 1e3: geen voorloopnullen, +, of punt zonder cijfers)")
    }

    @Test func depthIsLimited() throws {
        let limit = JSONReader.maximumDepth
        #expect(limit == 512)
        let deepest = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
        _ = try JSONReader.parse(deepest)
        let objects = String(repeating: "{\"a\":", count: limit - 1) + "{}" + String(repeating: "}", count: limit - 1)
        _ = try JSONReader.parse(objects)
        expectError(String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1),
                    .tooDeep(limit: limit), line: 1, column: limit + 1)
        // Far deeper than any stack: an error, not a crash.
        expectError(String(repeating: "[", count: 200_000), .tooDeep(limit: limit), line: 1, column: limit + 1)
        expectError(String(repeating: "{\"a\":", count: 200_000), .tooDeep(limit: limit), line: 1, column: 5 * limit + 1)
        let e = error(String(repeating: "[", count: 600))
        #expect(e?.message.text(.en) == "line 1, column 513: objects and lists nested more than 512 levels deep")
        #expect(e?.message.text(.nl) == "regel 1, kolom 513: meer dan 512 niveaus van geneste objecten en lijsten")
    }

    @Test func duplicateKeysAreRefusedNamingBothPlaces() {
        let text = "{\n  \"answers\": {\"role\": \"a\"},\n  \"answers\": {}\n}"
        expectError(text, .duplicateKey("answers", first: JSONLocation(line: 2, column: 3, byteOffset: 4)), line: 3, column: 3)
        let e = error(text)
        #expect(e?.message.text(.en) == "line 3, column 3: the key \"answers\" appears twice in the same object (first at line 2, column 3); keep one")
        #expect(e?.message.text(.nl) == "regel 3, kolom 3: de sleutel \"answers\" komt twee keer voor in hetzelfde object (eerst op regel 2, kolom 3); laat er één over")
        // The same key written differently is the same key.
        expectError(#"{"a": 1, "\u0061": 2}"#, .duplicateKey("a", first: JSONLocation(line: 1, column: 2, byteOffset: 1)), line: 1, column: 10)
        // Canonically equivalent keys would collapse in a Swift dictionary: also refused.
        #expect(error("{\"\u{E9}\": 1, \"e\u{301}\": 2}")?.kind == .duplicateKey("e\u{301}", first: JSONLocation(line: 1, column: 2, byteOffset: 1)))
        // In a large object (a hashed check) and in a nested one.
        let many = (0..<40).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
        expectError("{\(many), \"k7\": 0}", .duplicateKey("k7", first: JSONLocation(line: 1, column: 65, byteOffset: 64)), line: 1, column: 422)
        expectError(#"{"a": {"b": 1, "b": 2}}"#, .duplicateKey("b", first: JSONLocation(line: 1, column: 8, byteOffset: 7)), line: 1, column: 16)
        // The message shows a hostile key inert.
        let hostile = error("{\"\\u001b]0;x\\u0007\": 1, \"\\u001b]0;x\\u0007\": 2}")
        #expect(hostile?.message.text(.en).contains("\\u{001B}]0;x\\u{0007}") == true)
        #expect(hostile?.message.text(.en).unicodeScalars.contains { $0.value < 0x20 } == false)
    }

    @Test func sameKeyInDifferentObjectsIsFine() throws {
        let d = try JSONReader.parse(#"{"a": {"a": 1}, "b": [{"a": 1}, {"a": 2}]}"#)
        #expect(d.members(d.root).count == 2)
    }

    // MARK: The decoder over the value tree

    struct Sample: Decodable, Equatable {
        var name: String
        var count: Int
        var ratio: Double?
        var flag: Bool?
        var tags: [String]
        var texts: [String: String]
        var nested: [Inner]?
        struct Inner: Decodable, Equatable { var id: String; var size: UInt8? }
    }

    @Test func decodesModelTypes() throws {
        let text = #"{"name": "x\u00e9", "count": -42, "ratio": 0.25, "flag": null, "tags": ["a"], "texts": {"nl": "ja", "en": "yes"}, "nested": [{"id": "p", "size": 7}, {"id": "q"}]}"#
        let sample = try JSONDecoding.decode(Sample.self, from: Data(text.utf8), file: "s.json")
        #expect(sample == Sample(name: "xé", count: -42, ratio: 0.25, flag: nil, tags: ["a"], texts: ["nl": "ja", "en": "yes"],
                                 nested: [.init(id: "p", size: 7), .init(id: "q", size: nil)]))
    }

    @Test func decodingErrorsHaveThePathAndThePlace() {
        func message(_ text: String, _ language: Language) -> String? {
            do {
                _ = try JSONDecoding.decode(Sample.self, from: Data(text.utf8), file: "s.json")
                return nil
            } catch let error as RulesError {
                return error.message(language)
            } catch {
                return "\(error)"
            }
        }
        let wrongType = "{\n  \"name\": 3, \"count\": 1, \"tags\": [], \"texts\": {}\n}"
        #expect(message(wrongType, .en) == "s.json: at name: expected a string, found a number (line 2, column 11)")
        #expect(message(wrongType, .nl) == "s.json: bij name: verwacht: een tekst (string), gevonden: een getal (regel 2, kolom 11)")
        let missing = "{\"name\": \"x\", \"tags\": [], \"texts\": {}}"
        #expect(message(missing, .en) == "s.json: missing key `count` (line 1, column 1)")
        #expect(message(missing, .nl) == "s.json: sleutel `count` ontbreekt (regel 1, kolom 1)")
        let deep = "{\"name\": \"x\", \"count\": 1, \"tags\": [], \"texts\": {},\n \"nested\": [{\"id\": \"p\"}, {\"id\": \"q\", \"size\": 300}]}"
        #expect(message(deep, .en) == "s.json: at nested[1].size: number out of range (line 2, column 46)")
        #expect(message(deep, .nl) == "s.json: bij nested[1].size: getal buiten het bereik (regel 2, kolom 46)")
        let fraction = "{\"name\": \"x\", \"count\": 1.5, \"tags\": [], \"texts\": {}}"
        #expect(message(fraction, .en) == "s.json: at count: expected a whole number (line 1, column 24)")
        let null = "{\"name\": null, \"count\": 1, \"tags\": [], \"texts\": {}}"
        #expect(message(null, .en) == "s.json: at name: expected a string, found null (line 1, column 10)")
        let tag = "{\"name\": \"x\", \"count\": 1, \"tags\": [\"a\", {}], \"texts\": {}}"
        #expect(message(tag, .en) == "s.json: at tags[1]: expected a string, found an object (line 1, column 41)")
        let syntax = "{\"name\": \"x\",}"
        #expect(message(syntax, .en) == "s.json: not valid JSON: syntax error at line 1, column 13: expected a key in double quotes, found a comma after the last element (JSON does not allow one)")
        #expect(message(syntax, .nl) == "s.json: geen geldige JSON: syntaxfout op regel 1, kolom 13: verwacht een sleutel tussen dubbele aanhalingstekens, gevonden: een komma na het laatste element (JSON staat dat niet toe)")
    }

    @Test func answerFilesDecodeWithPlaces() throws {
        let text = "{\n  \"answers\": {\n    \"uses\": [\"chat\"],\n    \"role\": 7\n  }\n}\n"
        #expect(throws: RulesError.invalidContent(file: "a.json", path: "answers.role", expected: LocalizedText(
            nl: "verwacht: een optie-id (tekst) of een lijst van optie-ids, gevonden: een getal (regel 4, kolom 13)",
            en: "expected an option id (a string) or a list of option ids, found a number (line 4, column 13)"))) {
            try AnswerFile.decode(Data(text.utf8), file: "a.json")
        }
        let good = try AnswerFile.decode(Data("\u{FEFF}{\"answers\": {\"uses\": [\"chat\"], \"role\": \"deployer\"}}".utf8), file: "b.json")
        #expect(good.answers == ["uses": .many(["chat"]), "role": .one("deployer")])
    }

    @Test func largeObjectsLookUpEveryKey() throws {
        let keys = (0..<300).map { "q\($0)" }
        let text = "{\"answers\": {" + keys.map { "\"\($0)\": \"\($0)-o\"" }.joined(separator: ", ") + "}}"
        let file = try AnswerFile.decode(Data(text.utf8), file: "big.json")
        #expect(file.answers.count == 300)
        #expect(file.answers["q299"] == .one("q299-o"))
    }

    @Test func theEmbeddedRulesDecodeToTheSameModelAsFoundationReadsThem() throws {
        // Foundation's decoder as an independent reading of the same files.
        let files = EmbeddedRules.files
        for name in ["rules.json", "facts.json", "obligations.json", "notes.json", "step1-risk.json", "step2-ai.json",
                     "step3-role.json", "step4-obligations.json"] {
            let data = Data(try #require(files[name]).utf8)
            switch name {
            case "rules.json":
                #expect(try JSONDecoding.decode(Manifest.self, from: data, file: name) == JSONDecoder().decode(Manifest.self, from: data))
            case "facts.json":
                #expect(try JSONDecoding.decode(FactsFile.self, from: data, file: name) == JSONDecoder().decode(FactsFile.self, from: data))
            case "obligations.json":
                #expect(try JSONDecoding.decode(ObligationsFile.self, from: data, file: name) == JSONDecoder().decode(ObligationsFile.self, from: data))
            case "notes.json":
                #expect(try JSONDecoding.decode(NotesFile.self, from: data, file: name) == JSONDecoder().decode(NotesFile.self, from: data))
            default:
                #expect(try JSONDecoding.decode(Step.self, from: data, file: name) == JSONDecoder().decode(Step.self, from: data))
            }
        }
    }

    // MARK: The splice edits through the same reader

    let computed = Recorded(rulesVersion: "t.1", systemType: "ai-system", riskCategories: ["minimal"], roles: ["deployer"])

    @Test func spliceRoundTripsAndKeepsEverythingElse() throws {
        let text = "\u{FEFF}{\r\n  \"system\": {\"name\": \"\\u00e9\\ud83d\\ude00 \\\"q\\\"\"},\r\n  \"answers\": {\"n\": \"1e5\"},\r\n  \"extra\": [1.5e3, -0, true, null]\r\n}\r\n"
        let once = try RecordedSplice.record(computed, into: Data(text.utf8))
        let out = String(decoding: once, as: UTF8.self)
        #expect(out == "\u{FEFF}{\r\n  \"system\": {\"name\": \"\\u00e9\\ud83d\\ude00 \\\"q\\\"\"},\r\n  \"answers\": {\"n\": \"1e5\"},\r\n  \"recorded\": {\r\n    \"rulesVersion\": \"t.1\",\r\n    \"systemType\": \"ai-system\",\r\n    \"riskCategories\": [\"minimal\"],\r\n    \"roles\": [\"deployer\"]\r\n  },\r\n  \"extra\": [1.5e3, -0, true, null]\r\n}\r\n")
        #expect(try RecordedSplice.record(computed, into: once) == once, "recording again changes nothing")
        let decoded = try AnswerFile.decode(once, file: "x")
        #expect(decoded.recorded == computed)
        #expect(decoded.system?.name == "é😀 \"q\"")
        // A changed classification replaces only the values that changed, in the same document.
        let changed = Recorded(rulesVersion: "t.2", systemType: "ai-system", riskCategories: ["minimal"], roles: ["provider"])
        let twice = String(decoding: try RecordedSplice.record(changed, into: once), as: UTF8.self)
        #expect(twice == out.replacingOccurrences(of: "\"t.1\"", with: "\"t.2\"").replacingOccurrences(of: "[\"deployer\"]", with: "[\"provider\"]"))
    }

    @Test func spliceRefusesWhatCheckRefuses() {
        // The same policy as every other reading: a UTF-16 file is not edited (check refuses it too).
        let utf16 = Data([0xFF, 0xFE]) + #"{"answers": {}}"#.data(using: .utf16LittleEndian)!
        #expect(throws: JSONSpliceError.malformed(at: 0)) { try RecordedSplice.record(computed, into: utf16) }
        #expect(SystemChecker.kind(of: utf16) == .invalidJSON(mentionsAnswers: true))
        #expect(throws: JSONSpliceError.duplicateKey("rulesVersion")) {
            try RecordedSplice.record(computed, into: Data(#"{"answers": {}, "recorded": {"rulesVersion": "a", "rulesVersion": "b"}}"#.utf8))
        }
        #expect(throws: JSONSpliceError.malformed(at: 22)) {
            try RecordedSplice.record(computed, into: Data(#"{"answers": {}, "x": [01]}"#.utf8))
        }
        let deep = Data((#"{"answers": {}, "x": "# + String(repeating: "[", count: 100_000)).utf8)
        // The top-level object is the first of the 512 levels: the 512th `[` is one too many.
        #expect(throws: JSONSpliceError.malformed(at: 21 + 511)) { try RecordedSplice.record(computed, into: deep) }
    }

    @Test func kindOfAFileUsesTheSameReader() {
        #expect(SystemChecker.kind(of: Data(#"{"answers": {}}"#.utf8)) == .description)
        #expect(SystemChecker.kind(of: Data(#"{"name": "package"}"#.utf8)) == .otherJSON)
        #expect(SystemChecker.kind(of: Data("[1, 2]".utf8)) == .otherJSON)
        // Duplicate keys and strict numbers: what the decoder refuses is not a valid description either.
        #expect(SystemChecker.kind(of: Data(#"{"answers": {}, "answers": {}}"#.utf8)) == .invalidJSON(mentionsAnswers: true))
        #expect(SystemChecker.kind(of: Data(#"{"x": 1.2.3}"#.utf8)) == .invalidJSON(mentionsAnswers: false))
    }
}

extension JSONReaderTests {
    @Test func conditionsAsDeepAsTheLimitDecode() throws {
        let depth = JSONReader.maximumDepth - 1
        let text = String(repeating: #"{"not": "#, count: depth) + #"{"always": true}"# + String(repeating: "}", count: depth)
        var condition = try JSONDecoding.decode(Condition.self, from: Data(text.utf8), file: "c.json")
        var levels = 0
        while case .not(let inner) = condition { condition = inner; levels += 1 }
        #expect(levels == depth)
        #expect(condition == .always)
    }
}

extension JSONReaderTests {
    /// The decoder reads `Condition`, `Route`, `AnswerValue` and `LocalizedText` directly (for
    /// speed); their errors must be the ones the types' own `init(from:)` gives, here as read
    /// through Foundation's decoder.
    @Test(arguments: [
        #"{"fact": 1}"#, #"{"fact": "a", "not": {"always": true}}"#, #"{}"#, #"{"other": 1}"#, #"[]"#, #""x""#,
        #"{"answer": "q"}"#, #"{"answer": "q", "in": "o"}"#, #"{"answer": "q", "in": ["o", 2]}"#, #"{"always": false}"#,
        #"{"always": "yes"}"#, #"{"in": ["o"]}"#, #"{"all": {"fact": "a"}}"#, #"{"any": [{"fact": "a"}, {"nope": 1}]}"#,
        #"{"not": {"all": [{"onOrAfter": 20270802}]}}"#, #"{"not": null}"#, #"{"all": [null]}"#,
    ])
    func conditionErrorsMatchTheModelsOwnDecoding(text: String) {
        struct Holder: Decodable { var when: Condition }
        let data = Data(#"{"when": "#.utf8 + Data(text.utf8) + Data("}".utf8))
        func described(_ body: () throws -> Holder) -> String {
            do {
                let value = try body()
                return "decoded \(value.when)"
            } catch let error as DecodingError {
                let (path, expected) = JSONDecoding.describe(error)
                return "\(path): \(expected.text(.en))"
            } catch let error as RulesError {
                if case .invalidContent(_, let path, let expected) = error {
                    // Without the " (line L, column C)" that only this reader can add.
                    var text = expected.text(.en)
                    if let paren = text.range(of: " (line ", options: .backwards) { text = String(text[..<paren.lowerBound]) }
                    return "\(path): \(text)"
                }
                return "\(error)"
            } catch {
                return "\(error)"
            }
        }
        let foundation = described { try JSONDecoder().decode(Holder.self, from: data) }
        let ours = described { try JSONDecoding.decode(Holder.self, from: data, file: "c.json") }
        // The same message, except that this reader may add what it found (", found a number").
        #expect(ours == foundation || ours.hasPrefix(foundation + ", found "), "ours: \(ours); Foundation: \(foundation)")
        #expect(!ours.hasPrefix("decoded"), "each of these is invalid")
    }

    @Test(arguments: [#""o""#, #"["a", "b"]"#, #"[]"#, #"3"#, #"["a", 3]"#, #"null"#, #"{"a": "b"}"#])
    func answerValuesMatchTheModelsOwnDecoding(text: String) throws {
        let data = Data(#"{"answers": {"q": "#.utf8 + Data(text.utf8) + Data("}}".utf8))
        let foundation = Result { try JSONDecoder().decode(AnswerFile.self, from: data) }
        let ours = Result { try AnswerFile.decode(data, file: "a.json") }
        switch (foundation, ours) {
        case (.success(let a), .success(let b)): #expect(a == b)
        case (.failure(let a as DecodingError), .failure(let b as RulesError)):
            guard case .invalidContent(_, let path, let expected) = b else { Issue.record("\(b)"); return }
            let (fPath, fExpected) = JSONDecoding.describe(a)
            #expect(path == fPath)
            #expect(expected.text(.en).hasPrefix(fExpected.text(.en)))
        default: Issue.record("Foundation: \(foundation), ours: \(ours)")
        }
    }
}

extension JSONReaderTests {
    /// The string scanner reads eight bytes at a time: a special byte at any offset within a word
    /// must still be seen (escape, non-ASCII, control character, the closing quote).
    @Test func specialBytesAtEveryOffsetOfALongString() throws {
        for offset in 0..<24 {
            let pad = String(repeating: "a", count: offset)
            let d = try JSONReader.parse("[\"\(pad)\\n\(pad)é\(pad)\", \"\(pad)\"]")
            #expect(d.elements(d.root).map { d.string($0) } == ["\(pad)\n\(pad)é\(pad)", pad])
            expectError("[\"\(pad)\u{01}bbbbbbbbbbbbbbbb\"]", .controlCharacter(0x01), line: 1, column: 3 + offset)
            expectError(Array("[\"\(pad)".utf8) + [0xFF] + Array("bbbbbbbbbbbbbbbb\"]".utf8), .invalidUTF8, line: 1, column: 3 + offset)
            expectError("[\"\(pad)\\x bbbbbbbbbbbbbbbb\"]", .invalidEscape, line: 1, column: 3 + offset)
            expectError("[\"\(pad)", .unterminatedString, line: 1, column: 2)
        }
    }
}
