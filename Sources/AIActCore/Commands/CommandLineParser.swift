import Foundation

/// A command line, parsed against `CommandTable` and checked: known command, known options with
/// values of the right type, the number of arguments the command takes.
public struct ParsedCommandLine: Sendable {
    /// What to do.
    public enum Action: Sendable, Equatable {
        /// Run the command (nil: `aiact` alone, the wizard on a terminal).
        case run
        /// Print the help of the command (nil: the main help).
        case help
        case version
    }

    public var action: Action
    /// nil for `aiact` alone or `aiact --help`.
    public var command: CommandSpec?
    public var positionals: [String] = []
    public var values: [String: [String]] = [:]
    public var flags: Set<String> = []

    /// The last value given for an option.
    public func value(_ name: String) -> String? { values[name]?.last }
    public func has(_ flag: String) -> Bool { flags.contains(flag) }

    /// `--format`, else the command's default.
    public var format: OutputFormat {
        value("format").flatMap(OutputFormat.init(rawValue:)) ?? (command ?? CommandTable.wizard).defaultFormat
    }

    /// `--fail-on` categories: every value split at commas, without repeats, in order.
    public var categories: [String] {
        var out: [String] = []
        for value in values["fail-on"] ?? [] {
            for part in CommandLineParser.split(value) where !out.contains(part) { out.append(part) }
        }
        return out
    }
}

/// Parses arguments: `--name value`, `--name=value`, flags, `-h`, and `--` (the rest is positional).
/// Options may come before or after the command; an option that takes a value always takes the
/// next word, so `aiact --rules assess assess f.json` reads rules from the folder `assess`.
public enum CommandLineParser {
    private enum Token {
        case option(name: String, inline: String?, raw: String)
        case value(String)
        case word(String)
    }

    public static func parse(_ args: [String]) throws(UsageError) -> ParsedCommandLine {
        let all = CommandTable.allOptions
        var tokens: [Token] = []
        var rest: [String] = []
        var index = 0
        while index < args.count {
            let arg = args[index]
            index += 1
            if arg == "--" { rest = Array(args[index...]); break }
            if arg == "-h" { tokens.append(.option(name: "help", inline: nil, raw: arg)); continue }
            if arg.hasPrefix("--") {
                var name = String(arg.dropFirst(2))
                var inline: String?
                if let eq = name.firstIndex(of: "=") {
                    inline = String(name[name.index(after: eq)...])
                    name = String(name[..<eq])
                }
                tokens.append(.option(name: name, inline: inline, raw: arg))
                if inline == nil, all.first(where: { $0.name == name })?.takesValue == true, index < args.count {
                    tokens.append(.value(args[index]))
                    index += 1
                }
                continue
            }
            if arg.hasPrefix("-") && arg != "-" { tokens.append(.option(name: arg, inline: nil, raw: arg)); continue }
            tokens.append(.word(arg))
        }

        // The command: the first word, two for `rules lint|graph`; `help WORDS` asks for its help.
        var words: [String] = tokens.compactMap { if case .word(let w) = $0 { return w } else { return nil } }
        var helpTopic = false
        if words.first == "help" { helpTopic = true; words.removeFirst() }
        var command: CommandSpec?
        var used = 0
        if let first = words.first {
            var name = first
            if first == "rules" {
                guard words.count > 1 else { throw .rulesNeedsSubcommand }
                name = "rules \(words[1])"
            }
            guard let found = CommandTable.command(name) else {
                throw .unknownCommand(name, suggestion: suggest(name, among: CommandTable.commands.map(\.name)))
            }
            command = found
            used = name.split(separator: " ").count
        }
        if helpTopic {
            if words.count > used {
                throw .unknownCommand(words[used...].joined(separator: " "), suggestion: nil)
            }
            return ParsedCommandLine(action: .help, command: command)
        }

        var parsed = ParsedCommandLine(action: .run, command: command)
        let allowed = CommandTable.options(for: command)
        var skipWords = used
        var tokenIndex = 0
        while tokenIndex < tokens.count {
            let token = tokens[tokenIndex]
            tokenIndex += 1
            switch token {
            case .word(let w):
                if skipWords > 0 { skipWords -= 1 } else { parsed.positionals.append(w) }
            case .value(let v):
                parsed.positionals.append(v)  // only after an unknown option, which has thrown already
            case .option(let name, let inline, let raw):
                guard raw.hasPrefix("--") || raw == "-h", let spec = allowed.first(where: { $0.name == name }) else {
                    let shown = raw.hasPrefix("--") ? "--" + name : raw
                    let suggestion = suggest(shown, among: allowed.map { "--" + $0.name })
                    throw .unknownOption(shown, command: command?.name, suggestion: suggestion)
                }
                guard spec.takesValue else {
                    if inline != nil { throw .takesNoValue(option: name) }
                    parsed.flags.insert(name)
                    continue
                }
                var value = inline
                if value == nil, tokenIndex < tokens.count, case .value(let v) = tokens[tokenIndex] {
                    value = v
                    tokenIndex += 1
                }
                guard let value else { throw .needsValue(option: name) }
                try check(value, of: spec, command: command)
                parsed.values[name, default: []].append(value)
            }
        }
        parsed.positionals += rest
        if parsed.has("help") { parsed.action = .help; return parsed }
        if parsed.has("version") { parsed.action = .version; return parsed }
        for spec in allowed where parsed.values[spec.name] != nil || parsed.has(spec.name) {
            if let other = spec.requires, parsed.values[other] == nil && !parsed.has(other) {
                throw .requires(option: spec.name, other: other)
            }
        }
        if let command {
            let count = parsed.positionals.count
            let fits: Bool
            switch command.arity {
            case .none: fits = count == 0
            case .one: fits = count == 1
            case .oneOrMore: fits = count >= 1
            }
            guard fits else { throw .arguments(command.argumentsError) }
        } else if !parsed.positionals.isEmpty {
            throw .unknownCommand(parsed.positionals[0], suggestion: nil)
        }
        return parsed
    }

    /// The value of a typed option, checked.
    static func check(_ value: String, of spec: OptionSpec, command: CommandSpec?) throws(UsageError) {
        switch spec.value {
        case .none, .path: return
        case .text:
            let name = value.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !name.isEmpty, name.count <= 200, !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
                throw .invalidName(option: spec.name)
            }
        case .days:
            guard value.allSatisfy(\.isASCII), let days = Int(value), (0...3650).contains(days) else { throw .invalidDays(value) }
        case .language:
            guard Language(rawValue: value) != nil else { throw .invalidLanguage(value) }
        case .date:
            guard ISODate.isValid(value) else { throw .invalidDate(value) }
        case .format:
            let target = command ?? CommandTable.wizard
            guard let format = OutputFormat(rawValue: value), target.formats.contains(format) else {
                throw .invalidFormat(value, command: target.name, allowed: target.formats)
            }
        case .categories:
            let accepted = ["prohibited"] + CheckFinding.failOnCategories
            for part in split(value) where !accepted.contains(part) { throw .invalidCategory(part) }
        }
    }

    static func split(_ value: String) -> [String] {
        value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// `--lang`, else `AIACT_LANG`, else the locale when it starts with nl or en, else nl.
    public static func language(_ flag: String?, environment: [String: String]) throws(UsageError) -> Language {
        if let flag {
            guard let language = Language(rawValue: flag) else { throw .invalidLanguage(flag) }
            return language
        }
        if let value = environment["AIACT_LANG"], let language = Language(rawValue: value) { return language }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        return locale.hasPrefix("en") ? .en : .nl
    }

    /// The `--lang` value, looked for before parsing, so parse errors are in the right language.
    public static func peekLanguage(_ args: [String]) -> String? {
        for (i, a) in args.enumerated() {
            if a == "--" { break }
            if a.hasPrefix("--lang=") { return String(a.dropFirst(7)) }
            if a == "--lang", i + 1 < args.count { return args[i + 1] }
        }
        return nil
    }

    /// The candidate closest to a mistyped word: within two edits (one for short words), or the
    /// only one it is a prefix of.
    public static func suggest(_ word: String, among candidates: [String]) -> String? {
        let lower = word.lowercased()
        let scored = candidates.map { ($0, distance(lower, $0.lowercased())) }
        let limit = lower.count <= 4 ? 1 : 2
        if let best = scored.filter({ $0.1 <= limit }).min(by: { $0.1 < $1.1 }) { return best.0 }
        let prefixed = candidates.filter { $0.lowercased().hasPrefix(lower) && lower.count >= 2 }
        return prefixed.count == 1 ? prefixed[0] : nil
    }

    /// Levenshtein distance.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}
