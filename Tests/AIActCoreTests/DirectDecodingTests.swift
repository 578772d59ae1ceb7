import Foundation
import Testing
@testable import AIActCore

/// The rules' types are read directly (JSONTreeDecoder+Model.swift) instead of through their
/// `init(from:)`, for start-up time. Both readings must agree: on the shipped rules, and on every
/// kind of defect a `--rules` file can have at every kind of place in it (a key missing, a value
/// of the wrong kind, `null`), with the same message, path, line and column.
@Suite struct DirectDecodingTests {
    /// Each shipped rules file and a reading of it as its type, directly or through `init(from:)`.
    static let files: [(name: String, read: @Sendable (JSONDocument, Bool) throws -> AnyHashable)] = [
        ("rules.json", { try decode(Manifest.self, $0, $1) }),
        ("facts.json", { try decode(FactsFile.self, $0, $1) }),
        ("obligations.json", { try decode(ObligationsFile.self, $0, $1) }),
        ("notes.json", { try decode(NotesFile.self, $0, $1) }),
        ("step1-risk.json", { try decode(Step.self, $0, $1) }),
        ("step2-ai.json", { try decode(Step.self, $0, $1) }),
        ("step3-role.json", { try decode(Step.self, $0, $1) }),
        ("step4-obligations.json", { try decode(Step.self, $0, $1) }),
    ]

    /// System descriptions (answer files), read the same way: the example and a few scenarios.
    static func descriptions() throws -> [(name: String, text: String)] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        let scenarios = root.appendingPathComponent("Fixtures/scenarios")
        let names = try FileManager.default.contentsOfDirectory(atPath: scenarios.path).sorted().filter { $0.hasSuffix(".json") }
        return try names.prefix(12).map { ($0, try String(contentsOf: scenarios.appendingPathComponent($0), encoding: .utf8)) }
            + [("audit.json", #"{"$schema": "s", "system": {"name": "n", "organisation": "o", "description": "d", "intendedPurpose": "p", "vendor": "v", "version": "1"}, "answers": {"q": "o", "m": ["a", "b"]}, "recorded": {"rulesVersion": "r", "systemType": "t", "riskCategories": ["x"], "roles": ["y"], "approvedBy": "a", "approvedOn": "2026-01-01"}, "evidence": {"e": "f"}, "audit": {"assessedBy": "a", "assessedOn": "b", "nextReview": "c"}, "remarks": {"q": "r"}}"#)]
    }

    static func decode<T: Decodable & Hashable>(_ type: T.Type, _ document: JSONDocument, _ directly: Bool) throws -> AnyHashable {
        AnyHashable(try JSONDecoding.read(document, file: "f.json", readsModelDirectly: directly) { try $0.decode(type, at: $1) })
    }

    /// What a reading gives: the value, or the error message in both languages.
    static func outcome(_ read: (JSONDocument, Bool) throws -> AnyHashable, _ document: JSONDocument, directly: Bool) -> String {
        do {
            return "value \(try read(document, directly).hashValue)"
        } catch let error as RulesError {
            return error.message(.en) + "\n" + error.message(.nl)
        } catch {
            return "other error: \(error)"
        }
    }

    @Test func theShippedRulesReadTheSameBothWays() throws {
        for file in Self.files {
            // With every check, also for repeated keys (which the start-up reading of the
            // embedded rules leaves out: this test is that check).
            let document = try JSONReader.parse(try #require(EmbeddedRules.files[file.name]))
            let unchecked = try JSONReader.parse(Array(try #require(EmbeddedRules.files[file.name]).utf8), rejectingDuplicateKeys: false)
            #expect(try file.read(unchecked, true) == file.read(document, true))
            let direct = try file.read(document, true)
            let throughInit = try file.read(document, false)
            #expect(direct == throughInit, "\(file.name)")
        }
    }

    /// `aiact --version` reads the manifest alone; it must name the version the loaded rules have.
    @Test func theVersionFromTheManifestIsTheLoadedRulesVersion() throws {
        let version = try #require(RulesLoader.embeddedVersion())
        #expect(version == (try RulesLoader.loadEmbedded()).version)
        #expect(HelpText.version(.en).contains("rules \(version) (embedded)"))
    }

    /// A copy of the document with, in each list, only the elements that bring a shape (a path
    /// with the list indices left out, and the kind of value there) no earlier element had: small,
    /// and still every kind of place the file has.
    static func reduced(_ d: JSONDocument, _ node: Int) -> String {
        switch d.kind(node) {
        case .object:
            return "{" + d.members(node).map { d.rawText($0.keyNode) + ": " + reduced(d, $0.value) }.joined(separator: ", ") + "}"
        case .array:
            var seen: Set<String> = []
            var kept: [String] = []
            for element in d.elements(node) {
                let shapes = self.shapes(d, element, "")
                if !shapes.isSubset(of: seen) {
                    seen.formUnion(shapes)
                    kept.append(reduced(d, element))
                }
            }
            return "[" + kept.joined(separator: ", ") + "]"
        default:
            return d.rawText(node)
        }
    }

    static func shapes(_ d: JSONDocument, _ node: Int, _ path: String) -> Set<String> {
        var out: Set<String> = ["\(path):\(d.kind(node))"]
        switch d.kind(node) {
        case .object: for m in d.members(node) { out.formUnion(shapes(d, m.value, path + "/" + m.key)) }
        case .array: for e in d.elements(node) { out.formUnion(shapes(d, e, path + "/*")) }
        default: break
        }
        return out
    }

    @Test func defectsAtEveryKindOfPlaceGiveTheSameErrorBothWays() throws {
        // Every value is replaced by each kind of value; lists, numbers and booleans also by near misses.
        func replacements(_ kind: JSONDocument.Kind) -> [String] {
            let common = ["null", "7", "\"x\"", "true", "{}", "[]"]
            switch kind {
            case .array: return common + ["[null]", "[7]", "[{}]"]
            case .number: return common + ["1.5", "-1", "99999999999999999999"]
            case .true, .false: return common + ["false"]
            default: return common
            }
        }
        var compared = 0
        let inputs: [(name: String, text: String, read: @Sendable (JSONDocument, Bool) throws -> AnyHashable)] =
            try Self.files.map { file in
                let shipped = try JSONReader.parse(try #require(EmbeddedRules.files[file.name]))
                return (file.name, Self.reduced(shipped, shipped.root), file.read)
            } + Self.descriptions().map { ($0.name, $0.text, { try Self.decode(AnswerFile.self, $0, $1) }) }
        #expect(inputs.count > 12)
        for file in inputs {
            let text = file.text
            let document = try JSONReader.parse(text)
            #expect(Self.outcome(file.read, document, directly: true).hasPrefix("value"), "\(file.name) reduced still reads")
            let bytes = Array(text.utf8)
            // The first node of each shape path: each gets every replacement; each key is also removed.
            var done: Set<String> = []
            func mutate(_ range: Range<Int>, _ replacement: String) throws {
                let mutated = Array(bytes[..<range.lowerBound]) + Array(replacement.utf8) + Array(bytes[range.upperBound...])
                let d = try JSONReader.parse(mutated)
                let direct = Self.outcome(file.read, d, directly: true)
                let throughInit = Self.outcome(file.read, d, directly: false)
                #expect(direct == throughInit, "\(file.name): \(replacement) at \(document.location(ofByte: range.lowerBound))")
                compared += 1
            }
            func visit(_ node: Int, _ path: String) throws {
                if done.insert(path).inserted && node != document.root {
                    for replacement in replacements(document.kind(node)) { try mutate(document.byteRange(node), replacement) }
                }
                switch document.kind(node) {
                case .object:
                    // Two defects at once (both values a list of a list, wrong for every property):
                    // the first error reported must be the same, so the properties are read in
                    // the same order.
                    let members = document.members(node)
                    if done.insert(path + ":pairs").inserted && members.count > 1 {
                        for a in 0..<members.count {
                            for b in (a + 1)..<members.count {
                                let (x, y) = (members[a], members[b])
                                var mutated = bytes
                                mutated.replaceSubrange(y.valueStart..<y.valueEnd, with: Array("[[7]]".utf8))
                                mutated.replaceSubrange(x.valueStart..<x.valueEnd, with: Array("[[7]]".utf8))
                                let d = try JSONReader.parse(mutated)
                                #expect(Self.outcome(file.read, d, directly: true) == Self.outcome(file.read, d, directly: false),
                                        "\(file.name): \(x.key) and \(y.key) at \(document.location(of: node))")
                                compared += 1
                            }
                        }
                    }
                    for m in members {
                        if done.insert(path + "/" + m.key + ":key").inserted {
                            try mutate(m.keyStart..<m.keyEnd, "\"zz-removed\"")
                        }
                        try visit(m.value, path + "/" + m.key)
                    }
                case .array:
                    for e in document.elements(node) { try visit(e, path + "/*") }
                default: break
                }
            }
            try visit(document.root, "")
        }
        #expect(compared > 1000)
    }
}

/// Start-up work done without Foundation's string search (whose first calls cost more than an
/// assessment): the results must be the ones Foundation gives.
@Suite struct StartUpTextTests {
    /// `TextStyle.wrap` as it was written with `components(separatedBy:)`.
    static func referenceWrap(_ text: String, width: Int, indent: Int, first: String?) -> String {
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        for (index, paragraph) in text.components(separatedBy: "\n").enumerated() {
            var line = index == 0 ? (first ?? pad) : pad
            var length = line.count
            var lineHasWord = false
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                if lineHasWord && length + 1 + word.count > width {
                    lines.append(line)
                    line = pad
                    length = indent
                    lineHasWord = false
                }
                if lineHasWord { line += " "; length += 1 }
                line += word
                length += word.count
                lineHasWord = true
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    @Test func wrapGivesWhatItGaveWithFoundation() {
        // Deterministic texts from pieces: words of every length, runs of spaces, empty
        // paragraphs, CR LF, non-ASCII letters and a combining mark after a space.
        let pieces = ["a", "word", " ", "  ", "\n", "\n\n", "averyveryverylongwordthatdoesnotfitonelineatallaaaaaaaaaaaaaaaaaaaaaa",
                      "artikel 26, lid 8", "\r\n", "é", "ë", " \u{301}", "–", "x", "é é", " “citaat” ", "\u{600} ", " \u{200D}",
                      "\u{301}", "👍🏽 ", "categorieën"]
        var seed: UInt64 = 42
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        for _ in 0..<1500 {
            var text = ""
            for _ in 0..<next(40) {
                // Mostly ASCII pieces, so that both ways of wrapping are taken.
                text += pieces[next(4) == 0 ? next(pieces.count) : next(8)]
            }
            let style = TextStyle(width: 40 + next(50))
            let indent = next(6)
            let first: String? = [nil, "  - ", "Titel: ", "é "][next(4)]
            #expect(style.wrap(text, indent: indent, first: first)
                    == Self.referenceWrap(text, width: style.width, indent: indent, first: first), "\(text.debugDescription)")
        }
    }

    @Test func urlTemplatesFillAsReplacingOccurrencesDoes() {
        let templates = ["https://eur-lex.europa.eu/legal-content/{LANG}/TXT/HTML/?uri=CELEX:32024R1689#art_{N}", "{N}{N}{LANG}",
                         "no placeholders", "", "{", "{LANG", "{{N}}", "{L{N}ANG}", "é{N}ë", "{LANG}{LANG}/{N}"]
        for template in templates {
            for values in [("NL", "5"), ("EN", "III"), ("NL", "4a")] {
                let expected = template.replacingOccurrences(of: "{LANG}", with: values.0).replacingOccurrences(of: "{N}", with: values.1)
                #expect(SourceLinks.filled(template, ["{LANG}": values.0, "{N}": values.1]) == expected, "\(template)")
            }
        }
    }
}
