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
    func loadRules() throws -> RuleSet {
        do {
            guard let directory = rulesDirectory else { return try RulesLoader.loadEmbedded() }
            try Invocation.requireFolder(directory, language: language)
            let rules = try RulesLoader.load(from: DirectoryRulesSource(path: directory))
            let report = RulesLinter.lint(rules, language: language)
            guard report.errors.isEmpty else {
                throw RulesError.invalidRules(origin: directory, findings: report.errors.map(\.description))
            }
            return rules
        } catch let error as RulesError {
            throw CLIError.usage(error.message(language))
        }
    }

    /// The shape the catalogue commands (`questions`, `obligations`) share: no arguments, the
    /// rules' items as JSON, or as text.
    func catalogue<Item: Encodable>(_ command: String, items: (RuleSet, Language) -> [Item],
                                    text: (RuleSet, [Item]) -> String) throws -> ExitCode {
        let format = self.format
        let rules = try loadRules()
        let list = items(rules, language)
        console.out(format == .json ? JSONOutput.encode(list) : text(rules, list))
        return .ok
    }

    static func requireFolder(_ directory: String, language: Language) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw CLIError.usage(Help.text(language, nl: "--rules: \(directory): map bestaat niet", en: "--rules: \(directory): no such folder"))
        }
        guard isDirectory.boolValue else {
            throw CLIError.usage(Help.text(language, nl: "--rules: \(directory): geen map; verwacht de map met rules.json",
                                           en: "--rules: \(directory): not a folder; expected the folder that holds rules.json"))
        }
    }
}

/// Help and usage texts, in Dutch and English.
enum Help {
    static func text(_ language: Language, nl: String, en: String) -> String { language == .nl ? nl : en }
}
