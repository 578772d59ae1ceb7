import AIActCore
import Foundation

/// The command line: parses arguments (against `CommandTable`), runs a command, maps errors to exit codes.
struct CLI {
    var console: Console
    var environment: [String: String]

    /// What each command of the table runs. (The renderer tables are reached only when their
    /// command runs: building them costs start-up time that other commands need not pay.)
    static let runners: [String: @Sendable (Invocation) throws -> ExitCode] = [
        "wizard": WizardRunner.run, "assess": AssessCommand.run, "check": CheckCommand.run,
        "questions": { try RulesCommand.rendering(RendererTable.questions, Catalogue.questions)($0) },
        "obligations": { try RulesCommand.rendering(RendererTable.obligations, Catalogue.obligations)($0) }, "init": InitCommand.run,
        "rules lint": RulesCommand.lint, "rules graph": { try RulesCommand.rendering(RendererTable.graph) { rules, _ in rules }($0) },
    ]

    func run(_ args: [String]) -> Int32 {
        let flag = CommandLineParser.peekLanguage(args)
        let language = (try? CommandLineParser.language(flag, environment: environment)) ?? .nl
        StandardStreams.language = language
        if let notice = HelpText.unsupportedLanguage(environment, flag: flag, using: language) { console.err(notice) }
        do {
            let parsed: ParsedCommandLine
            do { parsed = try CommandLineParser.parse(args) } catch { throw CLIError.usage(error, language) }
            switch parsed.action {
            case .version:
                console.out(HelpText.version(language))
                return ExitCode.ok.rawValue
            case .help:
                console.out(parsed.command.map { HelpText.command($0, language) } ?? HelpText.main(language))
                return ExitCode.ok.rawValue
            case .run:
                let invocation = try Invocation(console: console, environment: environment, arguments: parsed)
                guard let command = parsed.command, let runner = Self.runners[command.name] else {
                    // `aiact` alone: the wizard on a terminal, usage otherwise.
                    guard console.stdinIsTerminal else {
                        console.err(HelpText.main(language))
                        return ExitCode.usage.rawValue
                    }
                    return try WizardRunner.run(invocation).rawValue
                }
                return try runner(invocation).rawValue
            }
        } catch let error as CLIError {
            report(error, language: language)
            return error.code.rawValue
        } catch {
            report(CLIError(message: "\(error)", code: .usage), language: language)
            return ExitCode.usage.rawValue
        }
    }

    private func report(_ error: CLIError, language: Language) {
        // Messages may echo strings from files or arguments: nothing reaches stderr raw.
        console.err("aiact: " + Inert.text(error.message) + "\n")
        if let hint = error.hint { console.err(UsageError.seeHelp(hint, language)) }
    }
}
