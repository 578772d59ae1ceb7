import AIActCore
import Foundation

/// `aiact check FILE_OR_DIR...`: the CI gate over system descriptions (the run is `CheckStream`).
/// Exit 0 without findings, 1 with any, 2 when it cannot run.
enum CheckCommand {
    static func run(_ inv: Invocation) throws -> ExitCode {
        let approver = try approverName(inv)
        let requireEvidence = inv.arguments.has("require-evidence")
        let leadTime = try leadTimeDays(inv, requireEvidence: requireEvidence)
        let rules = try inv.loadRules()
        let fileSystem = LocalFileSystem(language: inv.language)
        let options = CheckOptions(date: inv.date, language: inv.language, requireEvidence: requireEvidence,
                                   failOn: inv.arguments.categories, leadTime: leadTime, evidenceFiles: .live)
        var stream = CheckStream(paths: inv.arguments.positionals, rules: rules, options: options, record: inv.arguments.has("record"),
                                 fileSystem: fileSystem, note: { inv.console.err("aiact: \($0)\n") }, spool: { FileSpool() })
        stream.recursive = inv.arguments.has("recursive")
        stream.approver = approver
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

    /// `--approve NAME`: who approves (one line, not empty).
    static func approverName(_ inv: Invocation) throws -> String? {
        guard let raw = inv.arguments.value("approve") else { return nil }
        let name = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 200, !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw CLIError.usage(Help.text(inv.language, nl: "--approve: verwacht de naam van wie goedkeurt (één regel, hoogstens 200 tekens)",
                                           en: "--approve: expected the name of the person who approves (one line, at most 200 characters)"))
        }
        return name
    }

    /// `--lead-time DAYS`: a whole number of days from 0 to 3650, only with `--require-evidence`.
    static func leadTimeDays(_ inv: Invocation, requireEvidence: Bool) throws -> Int? {
        guard let raw = inv.arguments.value("lead-time") else { return nil }
        guard let days = Int(raw), (0...3650).contains(days), raw.allSatisfy(\.isASCII) else {
            throw CLIError.usage(Help.text(inv.language, nl: "--lead-time: \"\(raw)\" is geen aantal dagen; verwacht een geheel getal van 0 tot 3650, bijvoorbeeld 90",
                                           en: "--lead-time: \"\(raw)\" is not a number of days; expected a whole number from 0 to 3650, e.g. 90"))
        }
        guard requireEvidence else {
            throw CLIError.usage(Help.text(inv.language, nl: "--lead-time hoort bij --require-evidence (bewijs DAGEN voordat een verplichting geldt)",
                                           en: "--lead-time goes with --require-evidence (evidence DAYS before an obligation applies)"))
        }
        return days
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
