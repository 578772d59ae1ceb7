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
        self.language = try Invocation.language(arguments.value("lang"), environment: environment)
        self.date = arguments.value("date") ?? ISODate.today()
        self.rulesDirectory = arguments.value("rules")
    }

    /// `--lang`, else `AIACT_LANG`, else the locale when it starts with nl or en, else nl.
    static func language(_ flag: String?, environment: [String: String]) throws -> Language {
        if let flag {
            guard let language = Language(rawValue: flag) else { throw CLIError.usage(UsageError.invalidLanguage(flag), .nl) }
            return language
        }
        if let value = environment["AIACT_LANG"], let language = Language(rawValue: value) { return language }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        if locale.hasPrefix("en") { return .en }
        return .nl
    }

    /// The output format (checked against the command's formats by the parser).
    var format: OutputFormat { arguments.format }

    var colorOut: Bool { console.useColor(noColorFlag: arguments.has("no-color"), environment: environment) }
    var colorErr: Bool { console.useColor(noColorFlag: arguments.has("no-color"), environment: environment, forStderr: true) }
    var style: TextStyle { TextStyle(color: colorOut, width: console.width(environment: environment)) }

    /// The rules: embedded, or from `--rules DIR` (checked by lint first; a defective set is refused).
    func loadRules(refuseDefects: Bool = true) throws -> RuleSet {
        try usage { try RulesFolder.load(rulesDirectory, fileSystem: LocalFileSystem(language: language), language: language, refuseDefects: refuseDefects) }
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
        try RendererTable.renderer(table, format).render(subject, context) { console.out($0) }
    }
}

/// Help and usage texts, in Dutch and English.
enum Help {
    static func text(_ language: Language, nl: String, en: String) -> String { language == .nl ? nl : en }
}
