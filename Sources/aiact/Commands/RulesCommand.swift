import AIActCore
import Foundation

/// `aiact questions`, `aiact obligations`, `aiact rules lint` and `aiact rules graph`: the rules
/// themselves, rendered.
enum RulesCommand {
    /// A command that renders something made from the rules, in the chosen format.
    static func rendering<Subject>(_ table: [(OutputFormat, any Renderer<Subject>)],
                                   _ make: @escaping @Sendable (RuleSet, Language) -> Subject) -> @Sendable (Invocation) throws -> ExitCode {
        return { inv in
            let rules = try inv.loadRules()
            try inv.render(table, make(rules, inv.language), rules: rules)
            return .ok
        }
    }

    static func lint(_ inv: Invocation) throws -> ExitCode {
        let output: LintOutput
        do {
            let source = try inv.usage { try RulesFolder.source(inv.rulesDirectory, fileSystem: LocalFileSystem(language: inv.language)) }
            let rules = try RulesLoader.load(from: source)
            output = LintOutput(rules: rules, language: inv.language)
        } catch let error as RulesError {
            if case .unreadable = error { throw CLIError.usage(error.message(inv.language)) }
            // A file that does not decode is a defect of the rules set: reported as a finding.
            output = LintOutput(loadError: error.message(inv.language))
        }
        try inv.render(RendererTable.lint, output, rules: output.rules ?? (try RulesLoader.loadEmbedded()))
        return output.defects > 0 ? .findings : .ok
    }
}
