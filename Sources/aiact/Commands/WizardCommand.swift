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
    static func run(_ inv: Invocation) throws -> ExitCode {
        try run(inv, input: .standard)
    }

    static func run(_ inv: Invocation, input: LineInput) throws -> ExitCode {
        let rules = try inv.loadRules()
        let plan: WizardPlan
        do {
            plan = try WizardPlan.make(answers: inv.arguments.value("answers"), save: inv.arguments.value("save"),
                                       language: inv.language, fileSystem: LocalFileSystem(language: inv.language))
        } catch { throw CLIError.usage(error, inv.language) }
        var base = AnswerFile()
        if let path = plan.answersPath {
            let (file, label) = try AssessCommand.readAnswerFile(path, inv: inv)
            let problems = AnswerValidation.problems(file.answers, rules: rules, language: inv.language)
            guard problems.isEmpty else { throw CLIError.usage(UsageError.invalidAnswers(file: label, problems: problems.map(\.description)), inv.language) }
            base = file
        }
        try checkWritable(plan.savePath, language: inv.language)
        let session: WizardSession
        do { session = try WizardSession(rules: rules, answers: base.answers, date: inv.date) } catch let error as EngineError {
            throw CLIError.usage(UsageError.rules(origin: rules.origin, error), inv.language)
        }
        let setup = WizardRunner.Setup(invocation: inv, rules: rules, base: base, answersPath: plan.answersPath, savePath: plan.savePath,
                                       notices: plan.notices, interactive: inv.console.stdinIsTerminal, input: input)
        var runner = WizardRunner(setup: setup, session: session)
        return try runner.run()
    }

    /// Fails before the first question, not after it, when the answers could not be saved.
    static func checkWritable(_ path: String, language: Language) throws {
        // Only a regular file (or a link to one) or a new path; never a folder, FIFO or device.
        let target: SafeWrite.Target
        do { target = try SafeWrite.target(path, language: language) } catch let error as CLIError { throw CLIError.usage("--save: " + error.message) }
        var isDirectory: ObjCBool = false
        let folder = URL(fileURLWithPath: target.path).deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CLIError.usage(UsageError.other(WizardText(language: language).noSaveFolder(path, folder)), language)
        }
        guard access(folder, W_OK) == 0 else {
            throw CLIError.usage(UsageError.other(WizardText(language: language).cannotWrite(path, folder)), language)
        }
    }
}
