import AIActCore
import Foundation

/// `aiact rules lint` and `aiact rules graph`.
enum RulesCommand {
    static func lint(_ inv: Invocation) throws -> ExitCode {
        let format = inv.format
        let start = ContinuousClock.now
        let rules: RuleSet
        do {
            if let directory = inv.rulesDirectory {
                try Invocation.requireFolder(directory, language: inv.language)
                rules = try RulesLoader.load(from: DirectoryRulesSource(path: directory))
            } else {
                rules = try RulesLoader.loadEmbedded()
            }
        } catch let error as RulesError {
            if case .unreadable = error { throw CLIError.usage(error.message(inv.language)) }
            // A file that does not decode is a defect of the rules set: report it as a finding,
            // in the format asked for.
            if format == .json {
                inv.console.out(JSONOutput.encode(LintJSON(
                    errors: [error.message(inv.language)], warnings: [], pathsPerStep: [:], totalPaths: 0,
                    questions: 0, options: 0, facts: 0, derivations: 0, obligations: 0, notes: 0)))
                return .findings
            }
            inv.console.out(Inert.text(error.message(inv.language)) + "\n")
            inv.console.out(Help.text(inv.language, nl: "1 gebrek gevonden.\n", en: "1 defect found.\n"))
            return .findings
        }
        let report = RulesLinter.lint(rules, language: inv.language)
        let elapsed = ContinuousClock.now - start
        let ms = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        if format == .json {
            inv.console.out(JSONOutput.encode(LintJSON(
                errors: report.errors.map(\.description), warnings: report.warnings.map(\.description),
                // Two steps with one number are a lint error; the first one's count is kept here.
                pathsPerStep: Dictionary(report.pathsPerStep.map { ("\($0.step)", finite($0.paths)) }, uniquingKeysWith: { first, _ in first }),
                totalPaths: finite(report.totalPaths), questions: report.questions, options: report.options,
                facts: report.facts, derivations: report.derivations, obligations: report.obligations, notes: report.notes)))
            return report.errors.isEmpty ? .ok : .findings
        }
        let style = inv.style
        for finding in report.findings {
            let text = Inert.text(finding.description)
            let line = finding.severity == .error ? style.red(text) : style.yellow(text)
            inv.console.out(line + "\n")
        }
        let perStep = report.pathsPerStep.map { Help.text(inv.language, nl: "stap \($0.step): \(count($0.paths))", en: "step \($0.step): \(count($0.paths))") }
        inv.console.out(Help.text(inv.language,
            nl: "Regels \(rules.version) (\(rules.origin)): \(report.questions) vragen, \(report.options) opties, \(report.facts) feiten, \(report.derivations) afleidingen, \(report.obligations) verplichtingen, \(report.notes) aandachtspunten.\n",
            en: "Rules \(rules.version) (\(rules.origin)): \(report.questions) questions, \(report.options) options, \(report.facts) facts, \(report.derivations) derivations, \(report.obligations) obligations, \(report.notes) notes.\n"))
        inv.console.out(Help.text(inv.language,
            nl: "Paden opgesomd: \(count(report.totalPaths)) door alle stappen (\(perStep.joined(separator: ", "))), in \(String(format: "%.1f", ms)) ms.\n",
            en: "Paths enumerated: \(count(report.totalPaths)) through all steps (\(perStep.joined(separator: ", "))), in \(String(format: "%.1f", ms)) ms.\n"))
        if report.errors.isEmpty {
            inv.console.out(style.green(Help.text(inv.language, nl: "Geen gebreken.", en: "No defects.")) + (report.warnings.isEmpty ? "" : Help.text(inv.language, nl: " \(report.warnings.count) waarschuwing(en).", en: " \(report.warnings.count) warning(s).")) + "\n")
            return .ok
        }
        inv.console.out(style.red(Help.text(inv.language, nl: "\(report.errors.count) gebrek(en) gevonden.", en: "\(report.errors.count) defect(s) found.")) + "\n")
        return .findings
    }

    /// `rules lint --format json`.
    struct LintJSON: Encodable {
        var errors: [String]
        var warnings: [String]
        var pathsPerStep: [String: Double]
        var totalPaths: Double
        var questions, options, facts, derivations, obligations, notes: Int
    }

    /// JSON has no infinity: more paths than a Double holds are given as its largest value.
    static func finite(_ value: Double) -> Double { value.isFinite ? value : .greatestFiniteMagnitude }

    static func count(_ value: Double) -> String {
        value < 1e15 ? String(format: "%.0f", value) : String(format: "%.3g", value)
    }

    static func graph(_ inv: Invocation) throws -> ExitCode {
        let format: RulesGraph.Format = inv.format == .dot ? .dot : .mermaid
        let rules = try inv.loadRules()
        inv.console.out(RulesGraph(rules: rules, language: inv.language).render(format))
        return .ok
    }
}
