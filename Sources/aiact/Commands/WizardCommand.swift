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
    /// The answer file written when neither --save nor --answers names one.
    static let defaultSaveName = "aiact-answers.json"

    static func run(_ inv: Invocation) throws -> ExitCode {
        try run(inv, input: .standard)
    }

    static func run(_ inv: Invocation, input: LineInput) throws -> ExitCode {
        let text = WizardText(language: inv.language)
        let format = inv.format
        let rules = try inv.loadRules()

        var base = AnswerFile()
        var answersPath = inv.arguments.value("answers")
        var notices: [String] = []
        // A file that does not exist yet is the one to start: the answers are saved into it.
        var startsNewFile: String?
        if let path = answersPath, path != "-", !FileManager.default.fileExists(atPath: path),
           (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) == nil {
            startsNewFile = path
            answersPath = nil
            notices.append(Help.text(inv.language,
                nl: "\(Inert.line(path)) bestaat nog niet: de wizard begint een nieuw antwoordbestand en bewaart het daar.",
                en: "\(Inert.line(path)) does not exist yet: the wizard starts a new answer file and saves it there."))
        }
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

        let savePath: String
        if let save = inv.arguments.value("save") {
            savePath = save
            if save != answersPath && FileManager.default.fileExists(atPath: save) { notices.append(text.willReplace(save)) }
        } else if let answersPath = answersPath ?? startsNewFile {
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
