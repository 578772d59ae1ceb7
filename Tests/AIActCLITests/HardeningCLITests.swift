import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Hostile and careless input, end to end (issue 9): the wrong input in, the message and the exit
/// code out, and nothing changed on disk that should not be (modes, link targets, FIFOs, edits).
@Suite struct HardeningCLITests {
    let rules = CLIRunner.miniRules.path
    static let record = CLIRunner.fixtures.appendingPathComponent("check/record")

    /// A complete, recordable description for the mini rules.
    var description: URL { Self.record.appendingPathComponent("pretty.json") }

    /// Runs a shell script with `$AIACT` set to the binary, for redirections CLIRunner cannot make.
    func sh(_ script: String, in directory: URL? = nil, shell: String = "/bin/sh") throws -> CLIRunner.Result {
        try CLIRunner.run(["-c", script], environment: ["AIACT": CLIRunner.executable.path, "RULES": rules],
                          in: directory, executable: URL(fileURLWithPath: shell))
    }

    func mode(_ url: URL) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    func isFIFO(_ url: URL) -> Bool {
        var info = stat()
        return lstat(url.path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO
    }

    func leftovers(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
    }

    // MARK: Output faults

    @Test func fullDiskGivesAMessageAndExitTwo() throws {
        let r = try sh(#""$AIACT" questions --lang en >/dev/full"#)
        #expect(r.status == 2)
        #expect(r.stderr == "aiact: cannot write to standard output: No space left on device\n")
    }

    @Test func closedStdoutGivesAMessageAndExitTwo() throws {
        let r = try sh(#""$AIACT" questions --lang nl >&-"#)
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("aiact: kan niet naar standaarduitvoer schrijven: "))
        #expect(!r.stderr.contains("Fatal error"))
    }

    @Test func brokenPipeEndsQuietlyWith141() throws {
        // SIGPIPE ignored, as some CI runners and language runtimes leave it: the write fails with EPIPE.
        let r = try sh(#"trap '' PIPE; { "$AIACT" questions --lang en; echo "status=$?" >&2; } | head -1"#)
        #expect(r.stdout == "Step 1: Risk\n")
        #expect(r.stderr == "status=141\n")
    }

    @Test func closedOrFullStderrEndsWithTwoNotACrash() throws {
        let closed = try sh(#""$AIACT" check /no/such/path 2>&-; echo "status=$?""#)
        #expect(closed.stdout == "status=2\n")
        let full = try sh(#""$AIACT" check /no/such/path 2>/dev/full; echo "status=$?""#)
        #expect(full.stdout == "status=2\n")
    }

    // MARK: Bounded and streamed reads

    @Test func endlessStdinStopsAtTheBound() throws {
        let r = try sh(#""$AIACT" assess - --lang en < /dev/zero"#)
        #expect(r.status == 2)
        #expect(r.stderr == "aiact: <stdin>: is larger than 16 MiB, the limit for this file\n")
        let check = try sh(#"head -c 17000000 /dev/zero | "$AIACT" check - --rules "$RULES" --lang en"#)
        #expect(check.status == 2)
        #expect(check.stderr.contains("<stdin>: is larger than 16 MiB"))
    }

    @Test func aLargeRegularFileIsRefusedBeforeItIsRead() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let big = dir.appendingPathComponent("big.json")
        #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: UInt64(BoundedLimits.description + 1))
        try handle.close()
        let r = try CLIRunner.run(["assess", big.path, "--lang", "en"])
        #expect(r.status == 2)
        #expect(r.stderr == "aiact: \(big.path): is larger than 16 MiB, the limit for this file\n")
    }

    @Test func devStdinFIFOAndProcessSubstitutionAreReadAsStreams() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let file = description.path
        let devStdin = try sh(#""$AIACT" assess /dev/stdin --rules "$RULES" --lang en --format json < "\#(file)""#)
        #expect(devStdin.status == 0, "\(devStdin.stderr)")
        #expect(try CLIRunner.json(devStdin.stdout)["complete"] as? Bool == true)
        let fifo = try sh(#"mkfifo in.json && { cat "\#(file)" > in.json & } && "$AIACT" assess in.json --rules "$RULES" --lang en"#, in: dir)
        #expect(fifo.status == 0, "\(fifo.stderr)")
        #expect(!fifo.stderr.contains("permission denied"))
        let substitution = try sh(#""$AIACT" check <(cat "\#(file)") --rules "$RULES" --lang en --date 2026-11-22"#, shell: "/bin/bash")
        #expect(substitution.stderr.isEmpty, "\(substitution.stderr)")
        #expect(substitution.status == 1)  // drift: nothing recorded yet
        #expect(substitution.stdout.contains("Recruitment chatbot"))
    }

    @Test func rulesFileThatIsAFolderIsSaidSo() throws {
        let dir = try CLIRunner.temporaryDirectory().appendingPathComponent("rules")
        try FileManager.default.copyItem(at: CLIRunner.miniRules, to: dir)
        try FileManager.default.removeItem(at: dir.appendingPathComponent("step1.json"))
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("step1.json"), withIntermediateDirectories: false)
        for command in [["rules", "lint"], ["questions"]] {
            let r = try CLIRunner.run(command + ["--rules", dir.path, "--lang", "en"])
            #expect(r.status == 2)
            #expect(r.stderr.contains("step1.json: is a folder, expected a file"), "\(r.stderr)")
            #expect(!r.stderr.contains("NSCocoaErrorDomain"))
        }
    }

    @Test func linkLoopsAndDanglingLinksAreSaidSo() throws {
        let dir = try CLIRunner.temporaryDirectory()
        try FileManager.default.copyItem(at: description, to: dir.appendingPathComponent("good.json"))
        #expect(symlink("loop.json", dir.appendingPathComponent("loop.json").path) == 0)
        #expect(symlink("gone.json", dir.appendingPathComponent("dangling.json").path) == 0)
        let loop = try CLIRunner.run(["assess", "loop.json", "--lang", "en"], in: dir)
        #expect(loop.status == 2)
        #expect(loop.stderr == "aiact: loop.json: is a loop of symbolic links\n")
        let dangling = try CLIRunner.run(["check", "dangling.json", "--lang", "en"], in: dir)
        #expect(dangling.status == 2)
        #expect(dangling.stderr == "aiact: dangling.json: is a symbolic link to gone.json, which does not exist\n")
        // In a folder, both are skipped with a note; the good file is still checked.
        let folder = try CLIRunner.run(["check", ".", "--rules", rules, "--lang", "en", "--date", "2026-11-22"], in: dir)
        #expect(folder.status == 1)
        #expect(folder.stdout.contains("good.json"))
        #expect(folder.stderr.contains("aiact: ./dangling.json: is a symbolic link to gone.json, which does not exist; skipped\n"))
        #expect(folder.stderr.contains("aiact: ./loop.json: is a loop of symbolic links; skipped\n"))
    }

    @Test func aFIFOInACheckedFolderIsSkippedNotWaitedFor() throws {
        let dir = try CLIRunner.temporaryDirectory()
        try FileManager.default.copyItem(at: description, to: dir.appendingPathComponent("good.json"))
        #expect(mkfifo(dir.appendingPathComponent("pipe.json").path, 0o600) == 0)
        let r = try CLIRunner.run(["check", ".", "--rules", rules, "--lang", "en", "--date", "2026-11-22"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("./pipe.json: not a regular file (a FIFO, a device or a socket); skipped"))
    }

    // MARK: Files never lost, never exposed, never the wrong one

    @Test func saveRefusesAFIFOAndLeavesItAlone() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let fifo = dir.appendingPathComponent("answers.json")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let r = try CLIRunner.run(["wizard", "--save", fifo.path, "--rules", rules, "--lang", "en"], stdin: "1\n")
        #expect(r.status == 2)
        #expect(r.stderr.contains("--save: \(fifo.path): is not a regular file"), "\(r.stderr)")
        #expect(isFIFO(fifo))
        #expect(try leftovers(dir).isEmpty)
    }

    @Test func saveRefusesAFolder() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let r = try CLIRunner.run(["wizard", "--save", dir.path, "--rules", rules, "--lang", "en"], stdin: "1\n")
        #expect(r.status == 2)
        #expect(r.stderr.contains("--save: \(dir.path): is a folder, expected a file"), "\(r.stderr)")
    }

    @Test func recordKeepsTheModeAndWritesThroughALink() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let secret = dir.appendingPathComponent("secret.json")
        try FileManager.default.copyItem(at: description, to: secret)
        #expect(chmod(secret.path, 0o600) == 0)
        let targets = dir.appendingPathComponent("targets")
        try FileManager.default.createDirectory(at: targets, withIntermediateDirectories: false)
        let target = targets.appendingPathComponent("real.json")
        try FileManager.default.copyItem(at: description, to: target)
        #expect(chmod(target.path, 0o640) == 0)
        let link = dir.appendingPathComponent("link.json")
        #expect(symlink("targets/real.json", link.path) == 0)

        let r = try CLIRunner.run(["check", "--record", "secret.json", "link.json", "--rules", rules, "--lang", "en",
                                   "--date", "2026-11-22"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try mode(secret) == 0o600)
        #expect(try mode(target) == 0o640)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "targets/real.json")
        #expect(try String(contentsOf: target, encoding: .utf8).contains("\"recorded\""))
        #expect(try String(contentsOf: secret, encoding: .utf8).contains("\"recorded\""))
        #expect(try leftovers(dir).isEmpty)
        #expect(try leftovers(targets).isEmpty)
    }

    @Test func wizardSaveKeepsTheMode() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("answers.json")
        try FileManager.default.copyItem(at: description, to: file)
        #expect(chmod(file.path, 0o600) == 0)
        let r = try CLIRunner.run(["wizard", "--answers", file.path, "--rules", rules, "--lang", "en", "--date", "2026-11-22"], stdin: "\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try mode(file) == 0o600)
    }

    // `check --record` refusing to overwrite an edit made after the read: CheckTests
    // (recordRefusesAnEditMadeAfterTheRead, with a file system that edits in between), since the
    // check streams and records each file right after reading it; SafeWrite compares the bytes.

    @Test func hangupEndsTheWizardWith130() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("answers.json")
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = ["wizard", "--rules", rules, "--save", file.path, "--lang", "en"]
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
        let input = Pipe()
        process.standardInput = input
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("1\n".utf8))
        let deadline = Date().addingTimeInterval(20)
        while !FileManager.default.fileExists(atPath: file.path) && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        Thread.sleep(forTimeInterval: 0.2)
        kill(process.processIdentifier, SIGHUP)
        let stopBy = Date().addingTimeInterval(20)
        while process.isRunning && Date() < stopBy { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 130)
        #expect(try leftovers(dir).isEmpty)
    }
}

/// Evidence is a regular file inside the description's repository, or an http(s) URL.
@Suite struct HardeningEvidenceCLITests {
    let rules = CLIRunner.miniRules.path

    /// repo/.git, repo/docs/ok.md, repo/systems/cv.json with REFERENCE as evidence for literacy.
    func repository(literacy reference: String) throws -> (repo: URL, file: URL) {
        let repo = try CLIRunner.temporaryDirectory().appendingPathComponent("repo")
        let fm = FileManager.default
        try fm.createDirectory(at: repo.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try fm.createDirectory(at: repo.appendingPathComponent("docs"), withIntermediateDirectories: true)
        try fm.createDirectory(at: repo.appendingPathComponent("systems"), withIntermediateDirectories: true)
        try "# ok\n".write(to: repo.appendingPathComponent("docs/ok.md"), atomically: true, encoding: .utf8)
        let object: [String: Any] = [
            "system": ["name": "CV screening"],
            "answers": ["uses": ["recruitment"], "exception": "no", "is-ai": "yes", "role": "provider"],
            "recorded": ["rulesVersion": "test.1", "systemType": "ai-system", "riskCategories": ["high-risk"], "roles": ["provider"]],
            "evidence": ["literacy": reference],
        ]
        let file = repo.appendingPathComponent("systems/cv.json")
        try JSONSerialization.data(withJSONObject: object).write(to: file)
        return (repo, file)
    }

    func literacyFinding(_ reference: String) throws -> (status: Int32, messages: [String]) {
        let (_, file) = try repository(literacy: reference)
        // 2026-11-22: only AI literacy (Art. 4) is in force, so it is the only evidence required.
        let r = try CLIRunner.run(["check", file.path, "--require-evidence", "--rules", rules, "--lang", "en",
                                   "--date", "2026-11-22", "--format", "json"])
        let systems = try CLIRunner.json(r.stdout)["systems"] as? [[String: Any]] ?? []
        let findings = systems.first?["findings"] as? [[String: Any]] ?? []
        return (r.status, findings.filter { $0["id"] as? String == "missing-evidence" }.compactMap { $0["message"] as? String })
    }

    @Test func aFileInTheRepositoryIsEvidence() throws {
        #expect(try literacyFinding("../docs/ok.md") == (0, []))
        #expect(try literacyFinding("https://intranet.example/literacy") == (0, []))
    }

    @Test(arguments: [
        (".", "is a folder"),
        ("/", "is a folder"),
        ("../docs", "is a folder"),
        ("../../../../../../../../etc/passwd", "leads outside the repository"),
        ("/etc/passwd", "leads outside the repository"),
        ("javascript://alert(1)", "is not an http(s) URL"),
        ("file:///etc/passwd", "is not an http(s) URL"),
        ("/dev/null", "is not a regular file"),
    ])
    func otherReferencesAreFindings(_ reference: String, _ expected: String) throws {
        let (status, messages) = try literacyFinding(reference)
        #expect(status == 1)
        #expect(messages.count == 1)
        #expect(messages.first?.contains(expected) == true, "\(messages)")
        #expect(messages.first?.contains("Evidence is a file (a document) in the description's repository, or an http(s) URL.") == true)
    }

    @Test func aLinkOutOfTheRepositoryIsNotEvidence() throws {
        let (repo, _) = try repository(literacy: "../docs/leak.md")
        #expect(symlink("/etc/passwd", repo.appendingPathComponent("docs/leak.md").path) == 0)
        let r = try CLIRunner.run(["check", repo.appendingPathComponent("systems/cv.json").path, "--require-evidence",
                                   "--rules", rules, "--lang", "en", "--date", "2026-11-22"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("leads outside the repository"), "\(r.stdout)")
    }
}

/// Strings from a file reach the terminal inert, short and once.
@Suite struct HardeningInjectionCLITests {
    let rules = CLIRunner.miniRules.path

    @Test func aHugeUnknownKeyIsAnsweredQuicklyAndEchoedShortOnce() throws {
        let key = String(repeating: "x", count: 1_000_000)
        let clock = ContinuousClock()
        let start = clock.now
        let r = try CLIRunner.run(["assess", "-", "--rules", rules, "--lang", "en"], stdin: #"{"answers": {"\#(key)": "yes"}}"#)
        #expect(clock.now - start < .seconds(5))
        #expect(r.status == 2)
        #expect(r.stderr.utf8.count < 1_000, "\(r.stderr.prefix(300))")
        #expect(r.stderr == "aiact: <stdin>: answers.\(String(repeating: "x", count: 80))…: unknown question (`aiact questions` lists them)\n")
    }

    @Test func theWizardEchoesAHugeLineShortAndInert() throws {
        let dir = try CLIRunner.temporaryDirectory()
        // Within the wizard's 64 KiB bound, so it is read and echoed (a longer one is skipped unread).
        let line = "\u{1B}]0;pwned\u{7}" + String(repeating: "y", count: 60_000)
        let r = try CLIRunner.run(["wizard", "--save", dir.appendingPathComponent("a.json").path, "--rules", rules, "--lang", "en"],
                                  stdin: line + "\nq\n")
        #expect(r.status == 130)
        #expect(r.stderr.utf8.count < 20_000, "\(r.stderr.utf8.count) bytes on stderr")
        #expect(!r.stderr.contains("\u{1B}]0;"))
        #expect(r.stderr.contains("\\u{1B}]0;pwned\\u{7}yyy"))
    }

    @Test func escapeSequencesInKeysAndValuesAreShownNotRun() throws {
        let json = #"{"answers": {"\u001b]0;pwned\u0007": "yes", "is-ai": "\u001b[2J\n✓ no findings"}}"#
        let r = try CLIRunner.run(["assess", "-", "--rules", rules, "--lang", "en"], stdin: json)
        #expect(r.status == 2)
        #expect(!r.stderr.contains("\u{1B}"), "\(r.stderr)")
        #expect(r.stderr.contains(#"answers.\u{1B}]0;pwned\u{7}: unknown question"#), "\(r.stderr)")
        #expect(r.stderr.contains(#"unknown option "\u{1B}[2J\n✓ no findings""#), "\(r.stderr)")
        #expect(!r.stderr.contains("\n✓"))
    }
}

/// The documented limits, restated so a change to them is a deliberate change to this test.
enum BoundedLimits {
    static let description = 16 << 20
}

/// `rules lint` on broken rules: a finding in the format asked for, never a crash.
@Suite struct HardeningLintCLITests {
    func rulesCopy() throws -> URL {
        let dir = try CLIRunner.temporaryDirectory().appendingPathComponent("rules")
        try FileManager.default.copyItem(at: CLIRunner.miniRules, to: dir)
        return dir
    }

    @Test func aRulesVersionWithEscapeSequencesIsShownNotRun() throws {
        let dir = try rulesCopy()
        let manifest = dir.appendingPathComponent("rules.json")
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: manifest)) as? [String: Any])
        object["version"] = "9\u{1B}]0;pwned\u{7}\n✓ forged"
        try JSONSerialization.data(withJSONObject: object).write(to: manifest)
        let r = try CLIRunner.run(["rules", "lint", "--rules", dir.path, "--lang", "en"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stdout.contains("\u{1B}"), "\(r.stdout)")
        #expect(r.stdout.contains(#"Rules 9\u{1B}]0;pwned\u{7}\n✓ forged ("#), "\(r.stdout)")
    }

    @Test func twoStepsWithOneNumberAreAFindingInJSON() throws {
        let dir = try rulesCopy()
        let step2 = dir.appendingPathComponent("step2.json")
        let text = try String(contentsOf: step2, encoding: .utf8).replacingOccurrences(of: "\"step\": 2", with: "\"step\": 1")
        try text.write(to: step2, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["rules", "lint", "--rules", dir.path, "--format", "json", "--lang", "en"])
        #expect(r.status == 1, "\(r.stderr)")
        let errors = try CLIRunner.json(r.stdout)["errors"] as? [String] ?? []
        #expect(errors.contains("step2.json: step: duplicate step number 1 (also in step1.json)"), "\(errors)")
    }

    @Test func aFileThatDoesNotDecodeIsAJSONFindingInJSONMode() throws {
        let dir = try rulesCopy()
        try "{\"step\": 2, \"questions\": ".write(to: dir.appendingPathComponent("step2.json"), atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["rules", "lint", "--rules", dir.path, "--format", "json", "--lang", "en"])
        #expect(r.status == 1, "\(r.stderr)")
        let object = try CLIRunner.json(r.stdout)
        let errors = object["errors"] as? [String] ?? []
        #expect(errors.count == 1)
        #expect(errors.first?.contains("step2.json") == true, "\(errors)")
    }
}
