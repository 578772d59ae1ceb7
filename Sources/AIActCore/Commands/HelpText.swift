import Foundation

/// `aiact --help`, `aiact COMMAND --help` and the README's command table, from `CommandTable`.
public enum HelpText {
    /// Help is laid out for this width, whatever the terminal.
    static let width = 100

    private static func t(_ l: Language, _ nl: String, _ en: String) -> String { l == .nl ? nl : en }

    /// How an option reads in help: `--format text|json`, `--save BESTAND`, `--record`.
    public static func label(_ option: OptionSpec, command: CommandSpec?, _ l: Language) -> String {
        switch option.value {
        case .format: return "--format " + (command ?? CommandTable.wizard).formats.map(\.rawValue).joined(separator: "|")
        case .language: return "--lang " + Language.allCases.map(\.rawValue).joined(separator: "|")
        default: return "--" + option.name + (option.placeholder.map { " " + $0.text(l) } ?? "")
        }
    }

    /// `aiact check BESTAND_OF_MAP... [--record] [--require-evidence] [--fail-on CATEGORIE]`.
    public static func synopsis(_ command: CommandSpec, _ l: Language) -> String {
        var words = ["aiact", command.name]
        let arguments = command.arguments.text(l)
        if !arguments.isEmpty { words.append(arguments) }
        for option in command.options where option.value != .format {
            words.append("[\(label(option, command: command, l))]")
        }
        return words.joined(separator: " ")
    }

    /// The help text of an option, with the default for `--format`.
    static func help(_ option: OptionSpec, command: CommandSpec?, _ l: Language) -> String {
        guard option.value == .format else { return option.help.text(l) }
        let base = t(l, "uitvoerformaat (standaard \((command ?? CommandTable.wizard).defaultFormat.rawValue))",
                     "output format (default \((command ?? CommandTable.wizard).defaultFormat.rawValue))")
        let more = option.help.text(l)
        return more.isEmpty ? base : base + "; " + more
    }

    /// Rows of `  LABEL  text`, the texts aligned and wrapped under each other.
    static func table(_ rows: [(String, String)]) -> String {
        // A label longer than 30 characters (`--format` with many formats) gets a line of its own.
        let column = min((rows.map(\.0.count).max() ?? 0) + 2, 32)
        let style = TextStyle(width: width)
        return rows.map { label, text in
            guard label.count + 2 <= column else {
                return "  " + label + "\n" + style.wrap(text, indent: 2 + column, first: String(repeating: " ", count: 2 + column))
            }
            let first = "  " + label + String(repeating: " ", count: column - label.count)
            return style.wrap(text, indent: 2 + column, first: first)
        }.joined(separator: "\n")
    }

    static func options(_ options: [OptionSpec], command: CommandSpec?, _ l: Language) -> String {
        table(options.map { (label($0, command: command, l), help($0, command: command, l)) })
    }

    /// `aiact COMMAND --help`.
    public static func command(_ command: CommandSpec, _ l: Language) -> String {
        var parts = [t(l, "Gebruik: ", "Usage: ") + synopsis(command, l) + t(l, " [OPTIES]", " [OPTIONS]"),
                     command.description.text(l)]
        if !command.options.isEmpty {
            parts.append(t(l, "Opties:\n", "Options:\n") + options(command.options, command: command, l))
        }
        let footer = command.footer.text(l)
        if !footer.isEmpty { parts.append(footer) }
        parts.append(t(l, "Algemene opties:\n", "Common options:\n") + options(CommandTable.common, command: command, l))
        return parts.joined(separator: "\n\n") + "\n"
    }

    /// `aiact --help`.
    public static func main(_ l: Language) -> String {
        let commands = table(CommandTable.commands.map { command in
            let arguments = command.arguments.text(l)
            return (command.name + (arguments.isEmpty ? "" : " " + arguments), command.summary.text(l))
        })
        let options = ([CommandTable.format()] + CommandTable.common + CommandTable.global).map { option -> String in
            option.value == .format ? t(l, "--format FORMAAT", "--format FORMAT") : label(option, command: nil, l)
        }.joined(separator: "  ")
        return t(l, """
            aiact \(AIActInfo.version): wat betekent de AI-verordening (Verordening (EU) 2024/1689, zoals gewijzigd
            bij Verordening (EU) 2026/1744) voor uw systeem? Volgt de vier stappen van de AI-verordening Gids:
            1 risico, 2 AI, 3 rol, 4 verplichtingen.

            Gebruik: aiact [COMMANDO] [OPTIES]

            Commando's:
            \(commands)

            Opties: \(options)
            Meer: aiact COMMANDO --help, of aiact help COMMANDO

            Exitcodes: 0 klaar; 1 bevindingen (check, rules lint); 2 gebruiks- of invoerfout;
            3 antwoorden onvolledig (assess); 130 onderbroken (wizard).
            Geen juridisch advies: de wettekst van de AI-verordening blijft altijd leidend.

            """, """
            aiact \(AIActInfo.version): what the EU AI Act (Regulation (EU) 2024/1689 as amended by Regulation
            (EU) 2026/1744) means for your system. Follows the four steps of the Dutch government's guide:
            1 risk, 2 AI, 3 role, 4 obligations.

            Usage: aiact [COMMAND] [OPTIONS]

            Commands:
            \(commands)

            Options: \(options)
            More: aiact COMMAND --help, or aiact help COMMAND

            Exit codes: 0 done; 1 findings (check, rules lint); 2 usage or input error;
            3 answers incomplete (assess); 130 interrupted (wizard).
            Not legal advice: the text of the AI Act always prevails.

            """)
    }

    /// `aiact --version`: the tool and the rules it carries (their version decides the assessments).
    public static func version(_ l: Language) -> String {
        let rules = RulesLoader.embeddedVersion().map { ", \(t(l, "regels", "rules")) \($0) (\(t(l, "ingebouwd", "embedded")))" } ?? ""
        return "\(AIActInfo.name) \(AIActInfo.version)\(rules)\n"
    }

    /// Said once when `AIACT_LANG` names a language aiact does not speak (not silently replaced);
    /// nil when there is nothing to say.
    public static func unsupportedLanguage(_ environment: [String: String], flag: String?, using l: Language) -> String? {
        guard flag == nil, let value = environment["AIACT_LANG"], !value.isEmpty, Language(rawValue: value) == nil else { return nil }
        return t(l, "aiact: AIACT_LANG=\(Inert.line(value)) wordt niet ondersteund (alleen nl en en); aiact gebruikt nl.\n",
                 "aiact: AIACT_LANG=\(Inert.line(value)) is not supported (only nl and en); aiact uses en.\n")
    }

    /// The README's table of commands (in English, the README's language).
    public static func readmeTable() -> String {
        var lines = ["| command | does |", "|---|---|", "| `aiact` | \(CommandTable.bare.text(.en)) |"]
        // A table cell escapes `|`, also inside code.
        func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
        for command in CommandTable.commands {
            lines.append("| `\(cell(synopsis(command, .en)))` | \(cell(command.summary.text(.en))) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
