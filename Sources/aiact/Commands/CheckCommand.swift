import AIActCore
import Foundation

/// `aiact check FILE_OR_DIR...`: the CI gate over system descriptions (the run is `CheckStream`).
/// Exit 0 without findings, 1 with any, 2 when it cannot run.
enum CheckCommand {
    static func run(_ inv: Invocation) throws -> ExitCode {
        let requireEvidence = inv.arguments.has("require-evidence")
        let rules = try inv.loadRules()
        let fileSystem = LocalFileSystem(language: inv.language)
        let options = CheckOptions(date: inv.date, language: inv.language, requireEvidence: requireEvidence,
                                   failOn: inv.arguments.categories, leadTime: inv.arguments.value("lead-time").flatMap { Int($0) }, evidenceFiles: .live)
        var stream = CheckStream(paths: inv.arguments.positionals, rules: rules, options: options, record: inv.arguments.has("record"),
                                 fileSystem: fileSystem, note: { inv.console.err("aiact: \($0)\n") }, spool: { FileSpool() })
        stream.recursive = inv.arguments.has("recursive")
        stream.approver = inv.arguments.value("approve")?.trimmingCharacters(in: .whitespacesAndNewlines)
        let progress = Progress(console: inv.console, environment: inv.environment, language: inv.language)
        stream.progress = progress.show
        var findings = 0
        stream.observe = { findings += $0.findings.count }
        do {
            try inv.render(RendererTable.check, stream, rules: rules)
        } catch let error as CheckRunError {
            throw CLIError.usage(error.message(inv.language))
        }
        return findings > 0 ? .findings : .ok
    }
}

/// `check` over many files on a terminal: `checking: 12/40` on stderr, rewritten in place, gone
/// when done. Never in CI logs or pipes (stderr not a terminal, or `CI` set), never for a few files.
struct Progress {
    let console: Console
    let enabled: Bool
    let text: CheckText

    static let minimumFiles = 10

    init(console: Console, environment: [String: String], language: Language) {
        self.console = console
        self.text = CheckText(language)
        let ci = environment["CI"].map { !$0.isEmpty && $0 != "false" } ?? false
        enabled = console.stderrIsTerminal && !ci && environment["TERM"] != "dumb"
    }

    func show(_ index: Int, _ total: Int) {
        guard enabled, total >= Self.minimumFiles else { return }
        console.err(index < total ? "\r" + text.progress(index + 1, of: total) + "\u{1B}[K" : "\r\u{1B}[K")
    }
}
