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
                                 fileSystem: fileSystem, note: { inv.console.err(Inert.terminal("aiact: \($0)\n")) }, spool: { FileSpool() })
        stream.recursive = inv.arguments.has("recursive")
        stream.approver = inv.arguments.value("approve")?.trimmingCharacters(in: .whitespacesAndNewlines)
        // `checking: 12/40` on stderr, rewritten in place: on a terminal only, never in CI logs or pipes.
        let ci = inv.environment["CI"].map { !$0.isEmpty && $0 != "false" } ?? false
        if inv.console.stderrIsTerminal && !ci && inv.environment["TERM"] != "dumb" {
            stream.progress = { index, total in CheckText(inv.language).progressLine(index, of: total).map { inv.console.err($0) } }
        }
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
