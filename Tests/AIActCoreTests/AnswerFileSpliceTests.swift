import Foundation
import Testing
@testable import AIActCore

/// The wizard keeps the layout of the file it continues (issue 11): byte-exact expectations for
/// answers changed, added and removed, remarks and the system's name, in files laid out every
/// way a person or another tool writes JSON.
@Suite struct AnswerFileSpliceTests {
    func file(_ text: String) throws -> AnswerFile { try AnswerFile.decode(Data(text.utf8), file: "t.json") }

    /// The text the wizard saves when it continues TEXT with these answers (and edits).
    func save(_ text: String, answers: [String: AnswerValue], order: [String] = [], edit: (inout AnswerFile) -> Void = { _ in }) throws -> String {
        var new = try file(text)
        new.answers = answers
        edit(&new)
        let data = AnswerFileSplice.text(of: new, editing: Data(text.utf8), order: order)
        #expect(try AnswerFile.decode(data, file: "out.json") == new, "the saved file says what the wizard saves")
        return String(decoding: data, as: UTF8.self)
    }

    @Test func twoSpacesUnknownKeysAndOrderStayAsTheyAre() throws {
        let text = """
        {
          "x-owner": {"team": "HR", "ticket": 12},
          "answers": {
            "uses": [ "recruitment" ],
            "exception": "yes"
          },
          "system": {
            "name": "CV ranker",
            "x-internal": true
          },
          "$schema": "https://example.org/answers.schema.json"
        }

        """
        let saved = try save(text, answers: ["uses": .many(["recruitment"]), "exception": .one("no"), "is-ai": .one("yes"), "role": .one("provider")],
                             order: ["uses", "exception", "is-ai", "role"])
        #expect(saved == """
        {
          "x-owner": {"team": "HR", "ticket": 12},
          "answers": {
            "uses": [ "recruitment" ],
            "exception": "no",
            "is-ai": "yes",
            "role": "provider"
          },
          "system": {
            "name": "CV ranker",
            "x-internal": true
          },
          "$schema": "https://example.org/answers.schema.json"
        }

        """)
    }

    @Test func fourSpacesAndCRLF() throws {
        let text = "{\r\n    \"answers\": {\r\n        \"uses\": [\"chat\"],\r\n        \"exception\": \"yes\",\r\n        \"is-ai\": \"yes\"\r\n    },\r\n    \"recorded\": {\"roles\": [\"provider\"]}\r\n}\r\n"
        // `exception` is no longer on the path: removed with its separator; `role` appended.
        let saved = try save(text, answers: ["uses": .many(["chat"]), "is-ai": .one("yes"), "role": .one("provider")])
        #expect(saved == "{\r\n    \"answers\": {\r\n        \"uses\": [\"chat\"],\r\n        \"is-ai\": \"yes\",\r\n        \"role\": \"provider\"\r\n    },\r\n    \"recorded\": {\"roles\": [\"provider\"]}\r\n}\r\n")
    }

    @Test func tabsAndTheFirstAndLastAnswersRemoved() throws {
        let text = "{\n\t\"answers\": {\n\t\t\"exception\": \"yes\",\n\t\t\"uses\": [\"none\"],\n\t\t\"role\": \"provider\"\n\t}\n}"
        let saved = try save(text, answers: ["uses": .many(["none"]), "is-ai": .one("no")])
        #expect(saved == "{\n\t\"answers\": {\n\t\t\"uses\": [\"none\"],\n\t\t\"is-ai\": \"no\"\n\t}\n}")
    }

    @Test func aChangedAnswerIsReplacedInPlaceAndAnUnchangedOneKeepsItsSpelling() throws {
        let text = #"{"answers":{"uses":["recruitment" , "chat"],"role":"deployer","is-ai":"yes"},"zz":null}"#
        let saved = try save(text, answers: ["uses": .many(["recruitment", "chat"]), "role": .one("provider"), "is-ai": .one("yes")])
        #expect(saved == #"{"answers":{"uses":["recruitment" , "chat"],"role":"provider","is-ai":"yes"},"zz":null}"#)
    }

    @Test func newAnswersAreAppendedInTheOrderAsked() throws {
        let text = "{\n  \"answers\": {\n    \"uses\": [\"recruitment\"]\n  }\n}\n"
        let saved = try save(text, answers: ["uses": .many(["recruitment"]), "role": .one("provider"), "exception": .one("no"), "is-ai": .one("yes")],
                             order: ["uses", "exception", "is-ai", "role"])
        #expect(saved == "{\n  \"answers\": {\n    \"uses\": [\"recruitment\"],\n    \"exception\": \"no\",\n    \"is-ai\": \"yes\",\n    \"role\": \"provider\"\n  }\n}\n")
    }

    @Test func anEmptyAnswersObjectIsFilledInTheFilesStyle() throws {
        #expect(try save(#"{"answers": {}}"#, answers: ["uses": .many(["none"])]) == #"{"answers": {"uses": ["none"]}}"#)
        #expect(try save("{\n    \"answers\": {},\n    \"x\": 1\n}\n", answers: ["uses": .many(["none"]), "is-ai": .one("no")], order: ["uses", "is-ai"])
                == "{\n    \"answers\": {\n        \"uses\": [\"none\"],\n        \"is-ai\": \"no\"\n    },\n    \"x\": 1\n}\n")
    }

    @Test func remarksAreAddedAfterTheAnswersOrEditedWhereTheyAre() throws {
        let text = "{\n  \"answers\": {\n    \"uses\": [\"none\"]\n  },\n  \"audit\": {\"assessedBy\": \"A.\"}\n}\n"
        let added = try save(text, answers: ["uses": .many(["none"])]) { $0.remarks = ["uses": "only a calculator"] }
        #expect(added == "{\n  \"answers\": {\n    \"uses\": [\"none\"]\n  },\n  \"remarks\": {\n    \"uses\": \"only a calculator\"\n  },\n  \"audit\": {\"assessedBy\": \"A.\"}\n}\n")
        let edited = try save(added, answers: ["uses": .many(["none"])]) { $0.remarks = ["uses": "a \"calculator\"\u{1B}[2J", "is-ai": "no model"] }
        #expect(edited == "{\n  \"answers\": {\n    \"uses\": [\"none\"]\n  },\n  \"remarks\": {\n    \"uses\": \"a \\\"calculator\\\"\\u001b[2J\",\n    \"is-ai\": \"no model\"\n  },\n  \"audit\": {\"assessedBy\": \"A.\"}\n}\n")
        let fromNull = try save(#"{"answers": {"uses": ["none"]}, "remarks": null}"#, answers: ["uses": .many(["none"])]) { $0.remarks = ["uses": "x"] }
        #expect(fromNull == #"{"answers": {"uses": ["none"]}, "remarks": {"uses": "x"}}"#)
    }

    @Test func theSystemsNameGoesBeforeTheAnswersOrIntoTheSystem() throws {
        let bare = try save("{\n  \"answers\": {}\n}\n", answers: [:]) { $0.system = SystemInfo(name: "Loket") }
        #expect(bare == "{\n  \"system\": {\n    \"name\": \"Loket\"\n  },\n  \"answers\": {}\n}\n")
        let kept = try save(#"{"answers": {}, "system": {"organisation": "Gemeente"}}"#, answers: [:]) {
            $0.system = SystemInfo(name: "Loket", organisation: "Gemeente")
        }
        #expect(kept == #"{"answers": {}, "system": {"organisation": "Gemeente", "name": "Loket"}}"#)
    }

    @Test func aNewFileIsEncodedAsBefore() {
        let new = AnswerFile(answers: ["uses": .many(["none"]), "is-ai": .one("no")])
        #expect(AnswerFileSplice.text(of: new, editing: nil) == Data(JSONOutput.encode(new).utf8))
    }

    @Test func whatTheSpliceCannotSayIsEncodedInstead() throws {
        // The wizard never changes `evidence`; if a caller does, the saved file must still say it.
        let text = #"{"answers": {"uses": ["none"]}, "evidence": {"literacy": "a.md"}}"#
        var new = try file(text)
        new.evidence = ["literacy": "b.md"]
        #expect(AnswerFileSplice.text(of: new, editing: Data(text.utf8)) == Data(JSONOutput.encode(new).utf8))
        // A text that is not an answer file at all.
        #expect(AnswerFileSplice.text(of: new, editing: Data("[1]".utf8)) == Data(JSONOutput.encode(new).utf8))
    }

    @Test func savesFollowEachOtherAndKnowWhatIsOnDisk() throws {
        let text = Data(#"{"answers": {"uses": ["none"]}}"#.utf8)
        let start = try WizardStart(text: text, path: "a.json", rules: TestSupport.miniRules(), date: "2026-11-22", language: .en)
        var same = WizardSaveText(start: start, plan: WizardPlan(answersPath: "a.json", savePath: "a.json", notices: []))
        #expect(same.onDisk == text)
        let other = WizardSaveText(start: start, plan: WizardPlan(answersPath: "a.json", savePath: "b.json", notices: []))
        #expect(other.onDisk == nil && other.text == text, "another file: replaced as announced, in the layout of the one continued")
        var next = start.base
        next.answers["is-ai"] = .one("no")
        let first = same.bytes(for: next, order: [])
        #expect(first == Data(#"{"answers": {"uses": ["none"], "is-ai": "no"}}"#.utf8))
        same.saved(first)
        #expect(same.onDisk == first && same.text == first)
    }
}
