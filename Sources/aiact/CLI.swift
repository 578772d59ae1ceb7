import AIActCore
import Foundation

/// The command line: parses arguments, runs a command, maps errors to exit codes.
struct CLI {
    var console: Console
    var environment: [String: String]

    /// A subcommand: its extra options and what it does.
    struct Command: Sendable {
        var name: String
        var options: [Arguments.Spec]
        var run: @Sendable (Invocation) throws -> ExitCode
    }

    static let commands: [Command] = [
        Command(name: "wizard", options: WizardCommand.options, run: WizardCommand.run),
        Command(name: "assess", options: [], run: AssessCommand.run),
        Command(name: "check", options: CheckCommand.options, run: CheckCommand.run),
        Command(name: "questions", options: [], run: QuestionsCommand.run),
        Command(name: "obligations", options: [], run: ObligationsCommand.run),
        Command(name: "init", options: InitCommand.options, run: InitCommand.run),
        Command(name: "rules lint", options: [], run: RulesCommand.lint),
        Command(name: "rules graph", options: [], run: RulesCommand.graph),
    ]

    func run(_ args: [String]) -> Int32 {
        let language = (try? Invocation.language(Self.peekLang(args), environment: environment)) ?? .nl
        StandardStreams.language = language
        do {
            // The command is the first word (two for `rules lint|graph`); options may come before it.
            let words = Self.words(args)
            var name = words.first ?? ""
            if name == "rules" {
                name = words.count > 1 ? "rules \(words[1])" : "rules"
            }
            if args.isEmpty || (name.isEmpty && !args.contains("--help") && !args.contains("-h") && !args.contains("--version")) {
                return try runDefault(args, language: language)
            }
            if name.isEmpty || name == "help" {
                if args.contains("--version") { console.out("\(AIActInfo.name) \(AIActInfo.version)\n"); return 0 }
                console.out(Help.main(language))
                return ExitCode.ok.rawValue
            }
            guard let command = Self.commands.first(where: { $0.name == name }) else {
                if name == "rules" { throw CLIError.usage(Help.text(language, nl: "`aiact rules` heeft een subcommando nodig: lint of graph", en: "`aiact rules` needs a subcommand: lint or graph")) }
                throw CLIError.usage(Help.text(language, nl: "onbekend commando \"\(name)\"", en: "unknown command \"\(name)\""))
            }
            var rest = args
            for word in name.split(separator: " ") {
                if let i = rest.firstIndex(of: String(word)) { rest.remove(at: i) }
            }
            let parsed = try Arguments.parse(rest, specs: Arguments.common + command.options, language: language)
            if parsed.has("help") { console.out(Help.command(name, language)); return ExitCode.ok.rawValue }
            if parsed.has("version") { console.out("\(AIActInfo.name) \(AIActInfo.version)\n"); return ExitCode.ok.rawValue }
            let invocation = try Invocation(console: console, environment: environment, arguments: parsed)
            return try command.run(invocation).rawValue
        } catch let error as CLIError {
            report(error, language: language)
            return error.code.rawValue
        } catch {
            report(CLIError(message: "\(error)", code: .usage), language: language)
            return ExitCode.usage.rawValue
        }
    }

    /// `aiact` alone: the wizard on a terminal, usage otherwise.
    private func runDefault(_ args: [String], language: Language) throws -> Int32 {
        if console.stdinIsTerminal {
            let parsed = try Arguments.parse(args, specs: Arguments.common + WizardCommand.options, language: language)
            let invocation = try Invocation(console: console, environment: environment, arguments: parsed)
            return try WizardCommand.run(invocation).rawValue
        }
        console.err(Help.main(language))
        return ExitCode.usage.rawValue
    }

    private func report(_ error: CLIError, language: Language) {
        let prefix = "aiact: "
        console.err(prefix + error.message + "\n")
        if error.code == .usage && (error.message.hasPrefix("unknown") || error.message.hasPrefix("onbekend")) {
            console.err(Help.text(language, nl: "Zie `aiact --help`.\n", en: "See `aiact --help`.\n"))
        }
    }

    /// The positional words of the arguments (option values skipped).
    static func words(_ args: [String]) -> [String] {
        let valued = Set((Arguments.common + commands.flatMap(\.options)).filter(\.takesValue).map { "--" + $0.name })
        var words: [String] = []
        var skip = false
        for a in args {
            if skip { skip = false; continue }
            if a == "--" { break }
            if valued.contains(a) { skip = true; continue }
            if !a.hasPrefix("-") || a == "-" { words.append(a) }
        }
        return words
    }

    static func peekLang(_ args: [String]) -> String? {
        for (i, a) in args.enumerated() {
            if a.hasPrefix("--lang=") { return String(a.dropFirst(7)) }
            if a == "--lang", i + 1 < args.count { return args[i + 1] }
        }
        return nil
    }
}
