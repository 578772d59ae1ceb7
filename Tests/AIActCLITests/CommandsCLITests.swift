import Foundation
import Testing

/// The other non-interactive commands end to end: help, version, questions, obligations, rules.
@Suite struct CommandsCLITests {
    let rules = CLIRunner.miniRules.path

    @Test func versionAndHelp() throws {
        let version = try CLIRunner.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("aiact "))
        let help = try CLIRunner.run(["--help", "--lang", "en"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Usage: aiact"))
        for command in ["wizard", "assess", "check", "questions", "obligations", "init"] {
            let r = try CLIRunner.run([command, "--help", "--lang", "en"])
            #expect(r.status == 0, "\(command)")
            #expect(r.stdout.contains("Usage: aiact \(command)"), "\(command): \(r.stdout)")
        }
        let lint = try CLIRunner.run(["rules", "lint", "--help"])
        #expect(lint.stdout.contains("aiact rules lint"))
    }

    @Test func noArgumentsWithoutTerminalPrintsUsageAndExitsTwo() throws {
        let r = try CLIRunner.run([])
        #expect(r.status == 2)
        #expect(r.stderr.contains("aiact"))
        #expect(r.stdout.isEmpty)
    }

    @Test func unknownCommandExitsTwo() throws {
        let r = try CLIRunner.run(["assesss"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("assesss"))
        #expect(try CLIRunner.run(["rules"]).status == 2)
    }

    @Test func optionsBeforeTheCommand() throws {
        let r = try CLIRunner.run(["--lang", "en", "--rules", rules, "questions"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Step 1"))
    }

    @Test func questionsJSONHasContractKeysAndOptionRefs() throws {
        let r = try CLIRunner.run(["questions", "--rules", rules, "--format", "json", "--lang", "en"])
        #expect(r.status == 0)
        let list = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(list.map { $0["id"] as? String } == ["uses", "exception", "is-ai", "role", "own-name"])
        for q in list {
            // The mini rules have no help texts, and then `help` is left out (the shipped rules: EmbeddedBinaryTests).
            #expect(q["help"] == nil)
            for key in ["id", "step", "text", "kind", "options", "sources", "askedWhen"] {
                #expect(q[key] != nil, "\(key)")
            }
        }
        let uses = list[0]
        let options = try #require(uses["options"] as? [[String: Any]])
        #expect(options[0]["refs"] as? [String] == ["Annex III(4)(a)"])
        let own = list[4]
        #expect((own["askedWhen"] as? String)?.contains("role = deployer") == true)
        let sources = try #require(list[2]["sources"] as? [[String: Any]])
        #expect((sources[0]["url"] as? String)?.contains("eur-lex.europa.eu") == true)
    }

    @Test func obligationsJSONHasContractKeys() throws {
        let r = try CLIRunner.run(["obligations", "--rules", rules, "--format", "json"])
        #expect(r.status == 0)
        let list = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(list.count == 4)
        for o in list {
            for key in ["id", "role", "title", "summary", "articles", "appliesFrom", "appliesWhen", "sources"] {
                #expect(o[key] != nil, "\(key)")
            }
        }
        #expect(list[1]["appliesFrom"] as? String == "2027-12-02")
    }

    @Test func lintPrintsPathCountAndExitsZero() throws {
        let r = try CLIRunner.run(["rules", "lint", "--rules", rules, "--lang", "en"])
        #expect(r.status == 0, "\(r.stdout)")
        #expect(r.stdout.contains("Paths enumerated: 6"))
    }

    @Test func lintOfBrokenCopyExitsOne() throws {
        let dir = try CLIRunner.temporaryDirectory()
        for name in try FileManager.default.contentsOfDirectory(atPath: CLIRunner.miniRules.path) {
            try FileManager.default.copyItem(at: CLIRunner.miniRules.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        let step2 = dir.appendingPathComponent("step2.json")
        let text = try String(contentsOf: step2, encoding: .utf8).replacingOccurrences(of: "\"next\": \"end\"}\n  ]", with: "\"next\": \"is-ai\"}\n  ]")
        try text.write(to: step2, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["rules", "lint", "--rules", dir.path, "--lang", "en"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("cycle"))
        // A defective set is refused by the other commands, with exit 2 and a pointer to lint.
        let assess = try CLIRunner.run(["assess", "-", "--rules", dir.path], stdin: #"{"answers": {}}"#)
        #expect(assess.status == 2)
        #expect(assess.stderr.contains("rules lint"))
        // Invalid JSON in a rules file is a lint finding naming the file.
        try "{".write(to: dir.appendingPathComponent("notes.json"), atomically: true, encoding: .utf8)
        let broken = try CLIRunner.run(["rules", "lint", "--rules", dir.path])
        #expect(broken.status == 1)
        #expect(broken.stdout.contains("notes.json"))
    }

    @Test func rulesGraphInBothFormats() throws {
        // Every node and edge of both formats is pinned by Golden/rules-graph/; here: the two
        // formats show the same graph (every mermaid edge has its dot edge).
        let mermaid = try CLIRunner.run(["rules", "graph", "--rules", rules])
        #expect(mermaid.status == 0)
        let dot = try CLIRunner.run(["rules", "graph", "--rules", rules, "--format", "dot"])
        #expect(dot.status == 0)
        let mermaidEdges = mermaid.stdout.components(separatedBy: "\n").filter { $0.contains(" -->") }
        let dotEdges = dot.stdout.components(separatedBy: "\n").filter { $0.contains(" -> ") }
        #expect(!mermaidEdges.isEmpty)
        #expect(mermaidEdges.count == dotEdges.count, "mermaid:\n\(mermaidEdges.joined(separator: "\n"))\ndot:\n\(dotEdges.joined(separator: "\n"))")
        #expect(try CLIRunner.run(["rules", "graph", "--format", "png"]).status == 2)
    }

    @Test func editedRulesCopyIsUsedWithoutRebuild() throws {
        let dir = try CLIRunner.temporaryDirectory()
        for name in try FileManager.default.contentsOfDirectory(atPath: CLIRunner.miniRules.path) {
            try FileManager.default.copyItem(at: CLIRunner.miniRules.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        let obligations = dir.appendingPathComponent("obligations.json")
        let text = try String(contentsOf: obligations, encoding: .utf8)
            .replacingOccurrences(of: "\"en\": \"Risk management\"", with: "\"en\": \"Risk management (edited)\"")
        try text.write(to: obligations, atomically: true, encoding: .utf8)
        let answers = #"{"answers": {"uses": ["recruitment"], "exception": "no", "is-ai": "yes", "role": "provider"}}"#
        let r = try CLIRunner.run(["assess", "-", "--rules", dir.path, "--lang", "en"], stdin: answers)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Risk management (edited)"))
    }
}
