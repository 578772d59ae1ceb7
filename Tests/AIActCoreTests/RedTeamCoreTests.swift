import Foundation
import Testing
@testable import AIActCore

/// Defects found by attacking the code that landed with issue 11 (the wizard's in-place saves,
/// its screens) as issue 9's tester does; each test fails without its fix.
@Suite struct RedTeamCoreTests {
    // MARK: Invisible characters

    @Test func invisibleCharactersBecomeVisible() {
        // Zero-width space, word joiner, BOM, Mongolian vowel separator, tag characters.
        #expect(Inert.line("CV\u{200B}ranker") == "CV\\u{200B}ranker")
        #expect(Inert.text("a\u{2060}b\u{FEFF}c\u{180E}d") == "a\\u{2060}b\\u{FEFF}c\\u{180E}d")
        #expect(Inert.line("ok\u{E0041}\u{E007F}") == "ok\\u{E0041}\\u{E007F}")
        #expect(!Inert.markdownText("x\u{200B}y").unicodeScalars.contains("\u{200B}"))
        // The joiners emoji and some scripts need stay.
        #expect(Inert.line("👩‍💻 a\u{200C}b") == "👩‍💻 a\u{200C}b")
    }

    @Test func invisibleCharactersInJSONAreEscapesOfTheSameValue() throws {
        let encoded = JSONOutput.encode(["name": "a\u{200B}b\u{E0041}c"])
        #expect(!encoded.unicodeScalars.contains { $0 == "\u{200B}" || $0 == "\u{E0041}" })
        #expect(encoded.contains("\\u200B") && encoded.contains("\\uDB40\\uDC41"))
        let decoded = try JSONSerialization.jsonObject(with: Data(encoded.utf8)) as? [String: String]
        #expect(decoded?["name"] == "a\u{200B}b\u{E0041}c")
    }

    // MARK: Paths in the wizard's screens

    @Test func pathsInTheWizardsScreensAreInert() {
        let path = "\u{1B}]0;pwned\u{07}x\n✓.json"
        for language in [Language.nl, .en] {
            let text = WizardText(language: language)
            for line in [text.savingTo(path), text.continuing(2, from: path), text.willReplace(path), text.startsNew(path),
                         text.savedIn(path), text.answersIn(path), text.defaultExists(path, resume: ""),
                         text.noSaveFolder(path, path).text(language), text.cannotWrite(path, path).text(language),
                         text.rulesLine(version: "1\u{1B}[2J\n", origin: path, legalBasis: "")] {
                #expect(!line.unicodeScalars.contains { Inert.isUnsafe($0) }, "\(line)")
            }
        }
    }

    @Test func aResumeCommandQuotesAnUnsafeNameInANSICQuotes() {
        #expect(ShellQuote.word("\u{1B}[2Jz.json") == "$'\\x1b[2Jz.json'")
        #expect(ShellQuote.word("it's\u{202E}.json") == "$'it\\'s\\xe2\\x80\\xae.json'")
        #expect(ShellQuote.word("a b.json") == "'a b.json'")
        #expect(ShellQuote.word("plain.json") == "plain.json")
        let command = ShellQuote.command(["aiact", "wizard", "--answers", "x\n\u{1B}]0;t\u{07}"])
        #expect(!command.unicodeScalars.contains { Inert.isUnsafe($0) })
    }

    // MARK: In-place saves at scale

    func file(_ text: String) throws -> AnswerFile { try AnswerFile.decode(Data(text.utf8), file: "t.json") }

    @Test func removingAndAppendingAndReplacingAtOnceKeepsTheLayout() throws {
        let text = "{\n  \"answers\": {\n    \"a\": \"1\",\n    \"b\": [\"x\"],\n    \"c\": \"3\",\n    \"d\": \"4\",\n    \"e\": \"5\"\n  }\n}\n"
        var new = try file(text)
        new.answers = ["b": .many(["y"]), "d": .one("4"), "f": .one("6"), "g": .one("7")]
        let saved = String(decoding: AnswerFileSplice.text(of: new, editing: Data(text.utf8), order: ["g", "f"]), as: UTF8.self)
        #expect(saved == "{\n  \"answers\": {\n    \"b\": [\"y\"],\n    \"d\": \"4\",\n    \"g\": \"7\",\n    \"f\": \"6\"\n  }\n}\n")
        var none = try file(text)
        none.answers = [:]
        #expect(String(decoding: AnswerFileSplice.text(of: none, editing: Data(text.utf8)), as: UTF8.self) == "{\n  \"answers\": {}\n}\n")
    }

    @Test func aSaveIntoAFileWithManyRemarksIsLinear() throws {
        // 5,000 remarks (a remark may name any key): the splice used to parse the file again for
        // every remark it kept, which is quadratic (about a minute here); now it is a few parses.
        let count = 5_000
        let remarks = (0..<count).map { "\"k\($0)\": \"r\"" }.joined(separator: ",\n    ")
        let text = "{\n  \"answers\": {\"uses\": [\"none\"]},\n  \"remarks\": {\n    \(remarks)\n  }\n}\n"
        var new = try file(text)
        new.remarks?["uses"] = "only a calculator"
        new.remarks?["k7"] = nil
        let clock = ContinuousClock()
        let start = clock.now
        let saved = AnswerFileSplice.text(of: new, editing: Data(text.utf8))
        #expect(clock.now - start < .seconds(5))
        let back = try AnswerFile.decode(saved, file: "out.json")
        #expect(back == new)
        #expect(String(decoding: saved, as: UTF8.self).hasPrefix("{\n  \"answers\": {\"uses\": [\"none\"]},\n  \"remarks\": {\n    \"k0\": \"r\",\n"))
    }
}

/// The wizard's "question N of at most M" on a hostile `--rules` step.
@Suite struct RedTeamRouteTests {
    func step(_ questions: [(id: String, next: String)]) throws -> Step {
        let list = questions.map { q in
            #"{"id": "\#(q.id)", "kind": "single", "text": {"nl": "V", "en": "Q"}, "options": [{"id": "a", "text": {"nl": "A", "en": "A"}}], "next": "\#(q.next)"}"#
        }
        let json = #"{"step": 1, "id": "s", "title": {"nl": "S", "en": "S"}, "start": "c0", "questions": [\#(list.joined(separator: ","))]}"#
        return try JSONDecoder().decode(Step.self, from: Data(json.utf8))
    }

    @Test func aChainOf20000QuestionsIsCountedWithoutOverflowingTheStack() throws {
        // The recursive count took a frame per question and crashed the wizard (signal 11).
        let n = 20_000
        let chain = try step((0..<n).map { (id: "c\($0)", next: $0 < n - 1 ? "c\($0 + 1)" : "end") })
        #expect(WizardSession.longestRoute(from: "c0", in: chain) == n)
        #expect(WizardSession.longestRoute(from: "c\(n - 2)", in: chain) == 2)
    }

    @Test func cyclesAndSelfRoutesEndTheCount() throws {
        #expect(WizardSession.longestRoute(from: "c0", in: try step([("c0", "c1"), ("c1", "c0")])) == 2)
        #expect(WizardSession.longestRoute(from: "c0", in: try step([("c0", "c0")])) == 1)
        #expect(WizardSession.longestRoute(from: "c0", in: try step([("c0", "missing")])) == 1)
        #expect(WizardSession.longestRoute(from: "end", in: try step([("c0", "end")])) == 0)
    }
}
