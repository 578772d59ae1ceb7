import AIActCore
import Foundation

/// Everything a command needs from its invocation: options resolved, rules loaded on demand.
struct Invocation {
    var console: Console
    var environment: [String: String]
    var arguments: ParsedCommandLine
    var language: Language
    var date: String
    var rulesDirectory: String?

    init(console: Console, environment: [String: String], arguments: ParsedCommandLine) throws {
        self.console = console
        self.environment = environment
        self.arguments = arguments
        do { language = try CommandLineParser.language(arguments.value("lang"), environment: environment) } catch {
            throw CLIError.usage(error, .nl)
        }
        self.date = arguments.value("date") ?? ISODate.today()
        self.rulesDirectory = arguments.value("rules")
    }

    /// The output format (checked against the command's formats by the parser).
    var format: OutputFormat { arguments.format }

    var colorOut: Bool { console.useColor(noColorFlag: arguments.has("no-color"), environment: environment) }
    var colorErr: Bool { console.useColor(noColorFlag: arguments.has("no-color"), environment: environment, forStderr: true) }
    var style: TextStyle { TextStyle(color: colorOut, width: console.width(environment: environment)) }

    /// The rules: embedded, or from `--rules DIR` (checked by lint first; a defective set is refused).
    func loadRules() throws -> RuleSet {
        try usage { try RulesFolder.load(rulesDirectory, fileSystem: LocalFileSystem(language: language), language: language) }
    }

    /// Runs `body`; the library's usage and rules errors become usage errors (exit 2) in this language.
    func usage<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as UsageError { throw CLIError.usage(error, language) } catch let error as RulesError {
            throw CLIError.usage(error.message(language))
        }
    }

    /// Renders a subject in the chosen format (the table maps it to a renderer), to stdout.
    func render<Subject>(_ table: [(OutputFormat, any Renderer<Subject>)], _ subject: Subject, rules: RuleSet,
                         style: TextStyle? = nil) throws {
        let context = RenderContext(rules: rules, language: language, style: style ?? self.style)
        // Last line of defence: a text a renderer passed raw (e.g. from a --rules folder) is made inert.
        try RendererTable.renderer(table, format).render(subject, context) { console.out(Inert.terminal($0)) }
    }
}
