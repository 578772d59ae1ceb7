import Foundation
import Testing

/// Golden files: every command, format and language of `aiact` over the fixtures, compared byte
/// for byte (stdout, stderr, exit status) with a file under `Tests/AIActCLITests/Golden/`.
///
/// `AIACT_RECORD_GOLDEN=1 swift test` rewrites the files that differ and still fails the run, so a
/// recording is never mistaken for a pass. A changed golden file is a change to what users and
/// pipelines read: review its diff line by line before committing it.
@Suite struct GoldenTests {
    static let folder = CLIRunner.packageRoot.appendingPathComponent("Tests/AIActCLITests/Golden")
    static let recording = ProcessInfo.processInfo.environment["AIACT_RECORD_GOLDEN"].map { !$0.isEmpty && $0 != "0" } ?? false
    static let recordCommand = "AIACT_RECORD_GOLDEN=1 swift test --filter GoldenTests"

    @Test(arguments: GoldenCatalog.all)
    func golden(_ golden: GoldenCase) throws {
        let actual = try golden.render()
        let file = Self.folder.appendingPathComponent(golden.file)
        let expected = try? Data(contentsOf: file)  // a missing file is reported below, as a mismatch
        if expected == Data(actual.utf8) { return }
        if Self.recording {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file)
            Issue.record("re-recorded Golden/\(golden.file) from `\(golden.commandLine)`; review its diff")
            return
        }
        let explanation = expected.map { Self.firstDifference(String(decoding: $0, as: UTF8.self), actual) }
            ?? "the golden file does not exist yet"
        Issue.record("""
            output of `\(golden.commandLine)` differs from Golden/\(golden.file): \(explanation)
            If the change is intended: \(Self.recordCommand), then review `git diff Tests/AIActCLITests/Golden`.
            """)
    }

    /// Every file in Golden/ belongs to a case (a removed or renamed case leaves no stale file behind).
    @Test func noStrayGoldenFiles() throws {
        let expected = Set(GoldenCatalog.all.map(\.file))
        #expect(expected.count == GoldenCatalog.all.count, "two cases share a golden file")
        var found: [String] = []
        if let walker = FileManager.default.enumerator(atPath: Self.folder.path) {
            while let path = walker.nextObject() as? String {
                var isDirectory: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: Self.folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
                if exists && !isDirectory.boolValue { found.append(path) }
            }
        }
        let stray = found.filter { !expected.contains($0) }.sorted()
        if Self.recording {
            for path in stray { try FileManager.default.removeItem(at: Self.folder.appendingPathComponent(path)) }
        }
        #expect(stray.isEmpty, "golden files without a case\(Self.recording ? " (removed)" : ""): \(stray)")
    }

    /// Recording never passes.
    @Test func recordModeFails() {
        if Self.recording {
            Issue.record("AIACT_RECORD_GOLDEN is set: golden files were re-recorded; run `swift test` without it to check them")
        }
    }

    /// The first line where two texts differ, both versions shown.
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let a = expected.components(separatedBy: "\n"), b = actual.components(separatedBy: "\n")
        for i in 0..<max(a.count, b.count) {
            let x = i < a.count ? a[i] : "<end of file>", y = i < b.count ? b[i] : "<end of output>"
            if x != y {
                return "first difference at line \(i + 1):\n  expected: \(x.debugDescription)\n  actual:   \(y.debugDescription)"
            }
        }
        return "they differ in bytes that do not survive UTF-8 decoding"
    }
}

/// One golden case: commands run one after another in one working folder; their output is the golden text.
struct GoldenCase: Sendable, CustomTestStringConvertible {
    /// A command of the case.
    struct Step: Sendable {
        var arguments: [String]
        var stdin: String? = nil
        /// How stdin is shown in the command line (`< file`), when there is stdin.
        var stdinLabel: String? = nil
        var environment: [String: String] = [:]
        /// Run on a pseudo-terminal of this many columns (stdin, stdout and stderr are the terminal).
        var terminalColumns: UInt16? = nil
    }

    /// Where the commands run: a folder of the package (paths relative to it), or a fresh
    /// temporary folder prepared from the package's files (its path is shown as `$TMP`).
    enum Workspace: Sendable {
        case package(String)
        case scratch(@Sendable (URL) throws -> Void)
    }

    /// The golden file, relative to Golden/.
    var file: String
    var steps: [Step]
    var workspace: Workspace = .package("")
    /// Files of the workspace whose content after the commands belongs to the golden text.
    var showFiles: [String] = []

    var testDescription: String { file }

    init(_ file: String, _ steps: [Step], in workspace: Workspace = .package(""), show: [String] = []) {
        self.file = file
        self.steps = steps
        self.workspace = workspace
        self.showFiles = show
    }

    /// One command.
    init(_ file: String, _ arguments: [String], stdin: String? = nil, stdinLabel: String? = nil,
         environment: [String: String] = [:], in workspace: Workspace = .package(""), show: [String] = []) {
        self.init(file, [Step(arguments: arguments, stdin: stdin, stdinLabel: stdinLabel, environment: environment)],
                  in: workspace, show: show)
    }

    var commandLine: String {
        steps.map { step in
            var line = (["aiact"] + step.arguments.map(Self.quote)).joined(separator: " ")
            let env = step.environment.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote($0.value))" }
            if !env.isEmpty { line = env.joined(separator: " ") + " " + line }
            if step.terminalColumns != nil { line += "   # on a terminal" }
            else if let label = step.stdinLabel { line += " < \(label)" } else if step.stdin != nil { line += " < stdin" }
            return line
        }.joined(separator: "; ")
    }

    static func quote(_ word: String) -> String {
        let plain = word.allSatisfy { $0.isLetter || $0.isNumber || "-_./=,:@%+".contains($0) }
        return plain && !word.isEmpty ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Runs the commands and renders what they printed, with the only normalisation: the
    /// temporary folder's path becomes `$TMP`.
    func render() throws -> String {
        let directory: URL
        var scratch: URL?
        switch workspace {
        case .package(let path):
            directory = path.isEmpty ? CLIRunner.packageRoot : CLIRunner.packageRoot.appendingPathComponent(path)
        case .scratch(let prepare):
            let dir = try CLIRunner.temporaryDirectory()
            try prepare(dir)
            directory = dir
            scratch = dir
        }
        defer { if let scratch { try? FileManager.default.removeItem(at: scratch) } }
        var text = ""
        for step in steps {
            text += "$ " + GoldenCase(file, [step]).commandLine + "\n"
            if let stdin = step.stdin, step.stdinLabel == nil { text += Self.section(step.terminalColumns == nil ? "stdin" : "typed", stdin) }
            if let columns = step.terminalColumns {
                let r = try TerminalRunner.run(step.arguments, input: step.stdin ?? "", environment: step.environment,
                                               columns: columns, in: directory)
                text += Self.section("terminal (\(columns) columns)", r.screen)
                text += "──── exit \(r.status)\n"
                continue
            }
            let r = try CLIRunner.run(step.arguments, stdin: step.stdin, environment: step.environment, in: directory)
            text += Self.section("stdout", r.stdout)
            text += Self.section("stderr", r.stderr)
            text += "──── exit \(r.status)\n"
        }
        for name in showFiles {
            let url = directory.appendingPathComponent(name)
            if let data = FileManager.default.contents(atPath: url.path) {
                text += Self.section("file \(name)", String(decoding: data, as: UTF8.self))
            } else {
                text += "──── file \(name): does not exist\n"
            }
        }
        guard let scratch else { return text }
        var normalised = text
        for path in Set([scratch.path, scratch.resolvingSymlinksInPath().path, scratch.standardizedFileURL.path]) {
            normalised = normalised.replacingOccurrences(of: path, with: "$TMP")
        }
        return normalised
    }

    /// A labelled block; a missing final newline is made visible.
    static func section(_ label: String, _ content: String) -> String {
        if content.isEmpty { return "──── \(label): empty\n" }
        if content.hasSuffix("\n") { return "──── \(label)\n" + content }
        return "──── \(label) (no newline at the end)\n" + content + "\n"
    }
}
