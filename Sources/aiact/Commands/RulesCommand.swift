import AIActCore
import Foundation

/// `aiact questions`, `aiact obligations`, `aiact rules lint` and `aiact rules graph`: the rules
/// themselves, rendered.
enum RulesCommand {
    static func questions(_ inv: Invocation) throws -> ExitCode {
        let rules = try inv.loadRules()
        try inv.render(RendererTable.questions, Catalogue.questions(rules, inv.language), rules: rules)
        return .ok
    }

    static func obligations(_ inv: Invocation) throws -> ExitCode {
        let rules = try inv.loadRules()
        try inv.render(RendererTable.obligations, Catalogue.obligations(rules, inv.language), rules: rules)
        return .ok
    }

    static func lint(_ inv: Invocation) throws -> ExitCode {
        let start = ContinuousClock.now
        let output: LintOutput
        do {
            let source = try inv.usage { try RulesFolder.source(inv.rulesDirectory, fileSystem: LocalFileSystem(language: inv.language)) }
            let rules = try RulesLoader.load(from: source)
            let report = RulesLinter.lint(rules, language: inv.language)
            let elapsed = ContinuousClock.now - start
            output = LintOutput(rules: rules, report: report,
                                milliseconds: Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
        } catch let error as RulesError {
            if case .unreadable = error { throw CLIError.usage(error.message(inv.language)) }
            // A file that does not decode is a defect of the rules set: reported as a finding.
            output = LintOutput(loadError: error.message(inv.language))
        }
        try inv.render(RendererTable.lint, output, rules: output.rules ?? (try RulesLoader.loadEmbedded()))
        return output.defects > 0 ? .findings : .ok
    }

    static func graph(_ inv: Invocation) throws -> ExitCode {
        let rules = try inv.loadRules()
        try inv.render(RendererTable.graph, rules, rules: rules)
        return .ok
    }
}
