import AIActCore
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `aiact wizard`: the interactive questionnaire, one question at a time through the four steps.
/// The interaction itself is `WizardRunner`; the session logic is `WizardSession` in AIActCore.
enum WizardCommand {
    static let options: [Arguments.Spec] = [
        .init(name: "answers", takesValue: true), .init(name: "save", takesValue: true),
    ]
    static let help = (
        nl: """
        Gebruik: aiact wizard [--answers BESTAND] [--save BESTAND] [OPTIES]

        Loopt de vier stappen van de AI-verordening Gids door (1 risico, 2 AI, 3 rol, 4 verplichtingen),
        één vraag tegelijk, en toont aan het eind de beoordeling. Zonder argumenten doet `aiact` in een
        terminal hetzelfde.

          --answers BESTAND  begin met de antwoorden uit BESTAND (alleen wat ontbreekt wordt gevraagd)
          --save BESTAND     bewaar de antwoorden hier, na elk antwoord (standaard: BESTAND van --answers,
                             anders aiact-answers.json in de huidige map)

        Toetsen: nummer(s) = antwoord (meerkeuze: 1,3 of 1 3) · ? = uitleg en bronnen · w = waarom deze
        vraag · b = vorige vraag, b N = naar vraag N · l = uw antwoorden · q = stoppen.
        Zonder terminal op stdin leest de wizard één antwoord per regel (vragen naar stderr, de
        beoordeling naar stdout).
        Exitcodes: 0 klaar; 2 ongeldig antwoordbestand of gebruiksfout; 130 onderbroken (q, Ctrl-C,
        einde invoer): de antwoorden tot dan toe zijn bewaard, verder met --answers.

        """,
        en: """
        Usage: aiact wizard [--answers FILE] [--save FILE] [OPTIONS]

        Walks the four steps of the Dutch government's AI Act guide (1 risk, 2 AI, 3 role,
        4 obligations), one question at a time, and ends with the assessment. Without arguments,
        `aiact` does the same in a terminal.

          --answers FILE  start from the answers in FILE (only what is missing is asked)
          --save FILE     save the answers here after every answer (default: the --answers FILE,
                          else aiact-answers.json in the current folder)

        Keys: number(s) = answer (multiple choice: 1,3 or 1 3) · ? = explanation and sources · w = why
        this question · b = previous question, b N = to question N · l = your answers · q = quit.
        With no terminal on stdin the wizard reads one answer per line (questions to stderr, the
        assessment to stdout).
        Exit codes: 0 done; 2 invalid answer file or usage error; 130 interrupted (q, Ctrl-C, end of
        input): the answers given so far are saved; continue with --answers.

        """)

    /// The answer file written when neither --save nor --answers names one.
    static let defaultSaveName = "aiact-answers.json"

    static func run(_ inv: Invocation) throws -> ExitCode {
        try run(inv, input: .standard)
    }

    static func run(_ inv: Invocation, input: LineInput) throws -> ExitCode {
        let text = WizardText(language: inv.language)
        guard inv.arguments.positionals.isEmpty else {
            throw CLIError.usage(Help.text(inv.language,
                nl: "wizard neemt geen bestand als argument; gebruik --answers BESTAND om verder te gaan met antwoorden",
                en: "wizard takes no file argument; use --answers FILE to continue from answers"))
        }
        let format = try inv.format()
        let rules = try inv.loadRules()

        var base = AnswerFile()
        let answersPath = inv.arguments.value("answers")
        if let path = answersPath {
            guard path != "-" else {
                throw CLIError.usage(Help.text(inv.language,
                    nl: "--answers -: de wizard leest zijn antwoorden al van standaardinvoer; geef een bestand",
                    en: "--answers -: the wizard reads its answers from standard input already; give a file"))
            }
            let (file, label) = try AssessCommand.readAnswerFile(path, language: inv.language)
            let problems = AnswerValidation.problems(file.answers, rules: rules, language: inv.language)
            guard problems.isEmpty else {
                throw CLIError.usage(problems.map { "\(label): \($0)" }.joined(separator: "\naiact: "))
            }
            base = file
        }

        var notices: [String] = []
        let savePath: String
        if let save = inv.arguments.value("save") {
            savePath = save
            if save != answersPath && FileManager.default.fileExists(atPath: save) { notices.append(text.willReplace(save)) }
        } else if let answersPath {
            savePath = answersPath
        } else {
            savePath = freeName(defaultSaveName)
            if savePath != defaultSaveName {
                let resume = ShellQuote.command(["aiact", "wizard", "--answers", defaultSaveName])
                notices.append(text.defaultExists(defaultSaveName, resume: resume))
            }
        }
        try checkWritable(savePath, language: inv.language)

        let session: WizardSession
        do {
            session = try WizardSession(rules: rules, answers: base.answers, date: inv.date)
        } catch let error as EngineError {
            throw CLIError.usage("rules \(rules.origin): \(error.description)")
        }
        let setup = WizardRunner.Setup(
            invocation: inv, rules: rules, base: base, answersPath: answersPath, savePath: savePath, format: format,
            notices: notices, interactive: inv.console.stdinIsTerminal, input: input)
        var runner = WizardRunner(setup: setup, session: session)
        return try runner.run()
    }

    /// `name`, or `name` with -2, -3, … before the extension when it exists, so an earlier run's
    /// answers are never overwritten by accident.
    static func freeName(_ name: String) -> String {
        guard FileManager.default.fileExists(atPath: name) else { return name }
        let url = URL(fileURLWithPath: name)
        let stem = url.deletingPathExtension().lastPathComponent
        let ext = url.pathExtension
        for n in 2...999 {
            let candidate = "\(stem)-\(n)" + (ext.isEmpty ? "" : ".\(ext)")
            if !FileManager.default.fileExists(atPath: candidate) { return candidate }
        }
        return name
    }

    /// Fails before the first question, not after it, when the answers could not be saved.
    static func checkWritable(_ path: String, language: Language) throws {
        // Only a regular file (or a link to one) or a new path; never a folder, FIFO or device.
        let target: SafeWrite.Target
        do { target = try SafeWrite.target(path, language: language) } catch let error as CLIError { throw CLIError.usage("--save: " + error.message) }
        var isDirectory: ObjCBool = false
        let folder = URL(fileURLWithPath: target.path).deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CLIError.usage(Help.text(language, nl: "--save: \(path): de map \(folder) bestaat niet", en: "--save: \(path): the folder \(folder) does not exist"))
        }
        guard access(folder, W_OK) == 0 else {
            throw CLIError.usage(Help.text(language, nl: "--save: \(path): kan niet schrijven in de map \(folder)", en: "--save: \(path): cannot write in the folder \(folder)"))
        }
    }
}
