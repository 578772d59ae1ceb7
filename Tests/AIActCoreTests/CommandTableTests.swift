import Foundation
import Testing
@testable import AIActCore

/// The command table drives the parser, the help and the README.
@Suite struct CommandTableTests {
    func parse(_ line: String) throws(UsageError) -> ParsedCommandLine {
        try CommandLineParser.parse(line.split(separator: " ").map(String.init))
    }

    func error(_ line: String) -> UsageError? {
        do { _ = try parse(line); return nil } catch { return error }
    }

    @Test func readmeTableIsTheTablesRendering() throws {
        let readme = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Commands\n").dropFirst().first)
        let table = section.drop(while: { $0 == "\n" }).components(separatedBy: "\n\n").first.map { $0 + "\n" }
        #expect(table == HelpText.readmeTable(), "README.md's command table differs; it should read:\n\(HelpText.readmeTable())")
    }

    @Test func anOptionThatTakesAValueTakesTheNextWord() throws {
        let p = try parse("--rules assess --lang en assess f.json")
        #expect(p.command?.name == "assess")
        #expect(p.value("rules") == "assess")
        #expect(p.value("lang") == "en")
        #expect(p.positionals == ["f.json"])
        let q = try parse("--date=2026-01-02 rules --format dot graph")
        #expect(q.command?.name == "rules graph")
        #expect(q.format == .dot)
        #expect(try parse("check a -- --record").positionals == ["a", "--record"])
    }

    @Test func datesHaveFourDigitYears() {
        #expect(error("assess --date +001-01-01 f") == .invalidDate("+001-01-01"))
        #expect(error("assess --date 2026-02-30 f") == .invalidDate("2026-02-30"))
        #expect(error("assess --date 26-02-01 f") == .invalidDate("26-02-01"))
        #expect(error("assess --date 2028-02-29 f") == nil)
    }

    @Test func mistypedWordsGetASuggestion() {
        #expect(error("asses f") == .unknownCommand("asses", suggestion: "assess"))
        #expect(error("rules lnt") == .unknownCommand("rules lnt", suggestion: "rules lint"))
        #expect(error("obligation") == .unknownCommand("obligation", suggestion: "obligations"))
        #expect(error("frobnicate") == .unknownCommand("frobnicate", suggestion: nil))
        #expect(error("assess --foramt json f") == .unknownOption("--foramt", command: "assess", suggestion: "--format"))
        #expect(error("check --requre-evidence f") == .unknownOption("--requre-evidence", command: "check", suggestion: "--require-evidence"))
        #expect(error("assess --answers a f") == .unknownOption("--answers", command: "assess", suggestion: nil))
        #expect(UsageError.unknownCommand("asses", suggestion: "assess").message(.en) == "unknown command \"asses\"; did you mean `assess`?")
        #expect(UsageError.unknownCommand("asses", suggestion: "assess").message(.nl) == "onbekend commando \"asses\"; bedoelt u `assess`?")
    }

    @Test func typedValuesAreChecked() {
        #expect(error("rules graph --format json") == .invalidFormat("json", command: "rules graph", allowed: [.mermaid, .dot]))
        #expect(error("questions --format markdown") == .invalidFormat("markdown", command: "questions", allowed: [.text, .json]))
        #expect(error("check --fail-on high-risk,nope f") == .invalidCategory("nope"))
        #expect(error("assess --lang de f") == .invalidLanguage("de"))
        #expect(error("assess --format") == .needsValue(option: "format"))
        #expect(error("check --record=yes f") == .takesNoValue(option: "record"))
        #expect(error("assess") == .arguments(CommandTable.assess.argumentsError))
        #expect(error("questions extra") == .arguments(CommandTable.questions.argumentsError))
        #expect(error("rules") == .rulesNeedsSubcommand)
    }

    @Test func helpAndVersionWin() throws {
        #expect(try parse("help rules lint").action == .help)
        #expect(try parse("help rules lint").command?.name == "rules lint")
        #expect(try parse("assess -h").action == .help)
        #expect(try parse("--version").action == .version)
        #expect(try parse("").action == .run)
        #expect(try parse("").command == nil)
    }

    /// Every option a command takes is in its help, once, with the formats it really has.
    @Test func helpListsEveryOptionOnce() {
        for language in Language.allCases {
            for command in CommandTable.commands {
                let help = HelpText.command(command, language)
                for option in command.options + CommandTable.common {
                    // A label is followed by its text, or (when longer than the column) by a line break.
                    let label = "  " + HelpText.label(option, command: command, language)
                    #expect(help.components(separatedBy: label + " ").count + help.components(separatedBy: label + "\n").count == 3,
                            "\(command.name) --help (\(language)): \(label)")
                }
                #expect(help.components(separatedBy: "\n  --format ").count == 2, "\(command.name): one --format line")
                let formats = command.formats.map(\.rawValue).joined(separator: "|")
                #expect(help.contains("--format \(formats) ") || help.contains("--format \(formats)\n"), "\(command.name): --format \(formats)")
            }
        }
        #expect(HelpText.command(CommandTable.rulesGraph, .en).contains("--format mermaid|dot  output format (default mermaid)"))
        #expect(HelpText.command(CommandTable.rulesLint, .en).contains("--format text|json "))
    }
}
