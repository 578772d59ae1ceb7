import Foundation
import Testing

/// Defects found by attacking the code that landed with issue 11 (the wizard continuing a file,
/// the commands on a `--rules` folder) as issue 9's tester does; each test fails without its fix.
@Suite struct RedTeamCLITests {
    let rules = CLIRunner.miniRules.path

    /// Whether TEXT holds a scalar a terminal acts on (ESC, BEL, C1, bidi), newline and tab aside.
    func hasRawControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { s in
            s != "\n" && s != "\t" && (s.value < 0x20 || (0x7F...0x9F).contains(s.value) || (0x202A...0x202E).contains(s.value))
        }
    }

    /// A copy of the mini rules whose first question and first obligation carry escape sequences.
    func hostileRules() throws -> URL {
        let dir = try CLIRunner.temporaryDirectory().appendingPathComponent("rules")
        try FileManager.default.copyItem(at: CLIRunner.miniRules, to: dir)
        for (file, old, new) in [("step1.json", #""en": "What for?""#, #""en": "What\u001b]0;pwned\u0007 for\u001b[2J?\u202e""#),
                                 ("step1.json", #""en": "Recruitment""#, #""en": "Recruit\u001b[2Jment""#),
                                 ("obligations.json", #""en": "AI literacy""#, #""en": "AI\u001b]8;;http://x\u001b\\ literacy""#)] {
            let url = dir.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains(old))
            try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
        }
        return dir
    }

    @Test func textsFromARulesFolderReachNoTerminalRaw() throws {
        let dir = try hostileRules()
        for command in [["questions"], ["obligations"], ["rules", "graph"], ["rules", "graph", "--format", "dot"]] {
            let r = try CLIRunner.run(command + ["--rules", dir.path, "--lang", "en"])
            #expect(r.status == 0, "\(command): \(r.stderr)")
            #expect(!hasRawControl(r.stdout) && !hasRawControl(r.stderr), "\(command)")
            if command == ["questions"] { #expect(r.stdout.contains("What\\u{1B}]0;pwned\\u{7} for\\u{1B}[2J?\\u{202E}")) }
        }
        let work = try CLIRunner.temporaryDirectory()
        let w = try CLIRunner.run(["wizard", "--rules", dir.path, "--lang", "en", "--date", "2026-11-22"], stdin: "1\nq\n", in: work)
        #expect(w.status == 130, "\(w.stderr)")
        #expect(w.stderr.contains("What\\u{1B}]0;pwned"))
        #expect(!hasRawControl(w.stdout) && !hasRawControl(w.stderr))
    }

    @Test func aFileNameWithEscapesIsShownInertAndTheResumeCommandStillNamesIt() throws {
        let work = try CLIRunner.temporaryDirectory()
        let name = "\u{1B}[2J\u{1B}]0;pwned\u{07}a.json"
        FileManager.default.createFile(atPath: work.appendingPathComponent(name).path, contents: Data("{}".utf8))
        let r = try CLIRunner.run(["wizard", "--save", name, "--rules", rules, "--lang", "en", "--date", "2026-11-22"], stdin: "1\nq\n", in: work)
        #expect(r.status == 130, "\(r.stderr)")
        #expect(!hasRawControl(r.stderr), "\(r.stderr)")
        #expect(r.stderr.contains("Note: \\u{1B}[2J\\u{1B}]0;pwned\\u{7}a.json already exists"))
        #expect(r.stderr.contains("aiact wizard --answers $'\\x1b[2J\\x1b]0;pwned\\x07a.json' --rules "))
        // The quoted name is the file's name to a shell.
        let quoted = "$'\\x1b[2J\\x1b]0;pwned\\x07a.json'"
        let sh = try CLIRunner.run(["-c", "test -f \(quoted) && echo found"], in: work, executable: URL(fileURLWithPath: "/bin/bash"))
        #expect(sh.stdout == "found\n")
    }

    @Test func zeroWidthCharactersFromADescriptionAreVisible() throws {
        let work = try CLIRunner.temporaryDirectory()
        let file = work.appendingPathComponent("d.json")
        let text = try String(contentsOf: CLIRunner.fixtures.appendingPathComponent("check/record/pretty.json"), encoding: .utf8)
        try text.replacingOccurrences(of: "Recruitment chatbot", with: "Recruitment\u{200B}chatbot\u{E0041}").write(to: file, atomically: true, encoding: .utf8)
        for format in ["text", "json", "markdown", "html"] {
            let r = try CLIRunner.run(["assess", file.path, "--rules", rules, "--lang", "en", "--date", "2026-11-22", "--format", format])
            #expect(r.status == 0, "\(format): \(r.stderr)")
            #expect(!r.stdout.unicodeScalars.contains { $0 == "\u{200B}" || $0 == "\u{E0041}" }, "\(format)")
        }
    }
}
