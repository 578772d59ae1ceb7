import AIActCore

/// Parsed command-line arguments: options (with values), flags and positional arguments.
struct Arguments {
    var positionals: [String] = []
    var values: [String: [String]] = [:]
    var flags: Set<String> = []

    func value(_ name: String) -> String? { values[name]?.last }
    func has(_ flag: String) -> Bool { flags.contains(flag) }

    /// An option a command accepts.
    struct Spec: Sendable {
        var name: String
        var takesValue: Bool
    }

    /// Options every command takes.
    static let common: [Spec] = [
        Spec(name: "format", takesValue: true), Spec(name: "lang", takesValue: true),
        Spec(name: "date", takesValue: true), Spec(name: "rules", takesValue: true),
        Spec(name: "no-color", takesValue: false), Spec(name: "help", takesValue: false),
        Spec(name: "version", takesValue: false),
    ]

    /// Parses `--name value`, `--name=value`, flags, `-h`, and `--` (the rest is positional).
    static func parse(_ args: [String], specs: [Spec], language: Language) throws -> Arguments {
        let nl = language == .nl
        var result = Arguments()
        var index = 0
        while index < args.count {
            let arg = args[index]
            index += 1
            if arg == "--" {
                result.positionals += args[index...]
                break
            }
            if arg == "-h" { result.flags.insert("help"); continue }
            guard arg.hasPrefix("--") else {
                if arg.hasPrefix("-") && arg != "-" {
                    throw CLIError.usage(nl ? "onbekende optie \(arg)" : "unknown option \(arg)")
                }
                result.positionals.append(arg)
                continue
            }
            var name = String(arg.dropFirst(2))
            var inline: String?
            if let eq = name.firstIndex(of: "=") {
                inline = String(name[name.index(after: eq)...])
                name = String(name[..<eq])
            }
            guard let spec = specs.first(where: { $0.name == name }) else {
                throw CLIError.usage(nl ? "onbekende optie --\(name)" : "unknown option --\(name)")
            }
            if spec.takesValue {
                if let inline {
                    result.values[name, default: []].append(inline)
                } else if index < args.count {
                    result.values[name, default: []].append(args[index])
                    index += 1
                } else {
                    throw CLIError.usage(nl ? "--\(name) heeft een waarde nodig" : "--\(name) needs a value")
                }
            } else {
                if inline != nil { throw CLIError.usage(nl ? "--\(name) neemt geen waarde" : "--\(name) takes no value") }
                result.flags.insert(name)
            }
        }
        return result
    }
}
