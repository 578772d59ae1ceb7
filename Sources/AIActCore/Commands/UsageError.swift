import Foundation

/// A command line that cannot run as given (exit 2). Its wording, in Dutch and English, is here.
public enum UsageError: Error, Equatable, Sendable {
    case unknownCommand(String, suggestion: String?)
    case rulesNeedsSubcommand
    /// `command` is nil for options given to `aiact` alone.
    case unknownOption(String, command: String?, suggestion: String?)
    case needsValue(option: String)
    case takesNoValue(option: String)
    case invalidLanguage(String)
    case invalidDate(String)
    case invalidFormat(String, command: String, allowed: [OutputFormat])
    case invalidCategory(String)
    /// `--lead-time`: not a whole number of days from 0 to 3650.
    case invalidDays(String)
    case invalidName(option: String)
    case requires(option: String, other: String)
    /// The positional arguments do not fit the command; the command's own words.
    case arguments(LocalizedText)
    /// Answers that do not fit the rules: one line per problem, each naming the file.
    case invalidAnswers(file: String, problems: [String])
    /// The rules cannot be walked (a set that did not pass lint).
    case rules(origin: String, EngineError)
    /// A message already in the run's language (a file error).
    case message(String)
    /// A command's own usage problem (`--record -`, `--save` into a missing folder, …).
    case other(LocalizedText)

    /// The line after the message that points to the help (`helpHint`).
    public static func seeHelp(_ hint: String, _ language: Language) -> String {
        language == .nl ? "Zie `\(hint)`.\n" : "See `\(hint)`.\n"
    }

    /// Whether the message ends with a pointer to the help.
    public var helpHint: String? {
        switch self {
        case .unknownCommand: return "aiact --help"
        case .unknownOption(_, let command, _): return command.map { "aiact \($0) --help" } ?? "aiact --help"
        default: return nil
        }
    }

    public func message(_ language: Language) -> String {
        let nl = language == .nl
        func t(_ a: String, _ b: String) -> String { nl ? a : b }
        func mean(_ suggestion: String?) -> String {
            guard let suggestion else { return "" }
            return t("; bedoelt u `\(suggestion)`?", "; did you mean `\(suggestion)`?")
        }
        switch self {
        case .unknownCommand(let name, let suggestion):
            return t("onbekend commando \"\(name)\"", "unknown command \"\(name)\"") + mean(suggestion)
        case .rulesNeedsSubcommand:
            return t("`aiact rules` heeft een subcommando nodig: lint of graph", "`aiact rules` needs a subcommand: lint or graph")
        case .unknownOption(let name, let command, let suggestion):
            let here = command.map { t(" bij \($0)", " for \($0)") } ?? ""
            return t("onbekende optie \(name)\(here)", "unknown option \(name)\(here)") + mean(suggestion)
        case .needsValue(let option):
            return t("--\(option) heeft een waarde nodig", "--\(option) needs a value")
        case .takesNoValue(let option):
            return t("--\(option) neemt geen waarde", "--\(option) takes no value")
        case .invalidLanguage(let value):
            // The language is what went wrong, so both.
            return "--lang: \"\(value)\" wordt niet ondersteund, verwacht nl of en / is not supported, expected nl or en"
        case .invalidDate(let value):
            return t("--date: \"\(value)\" is geen datum; verwacht JJJJ-MM-DD, bijvoorbeeld 2026-11-22",
                     "--date: \"\(value)\" is not a date; expected YYYY-MM-DD, e.g. 2026-11-22")
        case .invalidFormat(let value, let command, let allowed):
            let expected = allowed.map(\.rawValue).joined(separator: ", ")
            return t("--format: \"\(value)\" kan niet bij \(command); verwacht \(expected)",
                     "--format: \"\(value)\" is not supported by \(command); expected \(expected)")
        case .invalidDays(let value):
            return t("--lead-time: \"\(value)\" is geen aantal dagen; verwacht een geheel getal van 0 tot 3650, bijvoorbeeld 90",
                     "--lead-time: \"\(value)\" is not a number of days; expected a whole number from 0 to 3650, e.g. 90")
        case .invalidName(let option):
            return t("--\(option): verwacht de naam van wie goedkeurt (één regel, hoogstens 200 tekens)",
                     "--\(option): expected the name of the person who approves (one line, at most 200 characters)")
        case .requires(let option, let other):
            return t("--\(option) hoort bij --\(other)", "--\(option) goes with --\(other)")
        case .invalidCategory(let value):
            let expected = CheckFinding.failOnCategories.joined(separator: ", ")
            return t("--fail-on: \"\(value)\" is geen risicocategorie; verwacht: \(expected)",
                     "--fail-on: \"\(value)\" is not a risk category; expected: \(expected)")
        case .invalidAnswers(let file, let problems):
            return problems.map { "\(file): \($0)" }.joined(separator: "\naiact: ")
        case .rules(let origin, let error):
            return t("regels \(origin): ", "rules \(origin): ") + error.message(language)
        case .message(let text):
            return text
        case .arguments(let text), .other(let text):
            return text.text(language)
        }
    }
}
