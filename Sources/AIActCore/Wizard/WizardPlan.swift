import Foundation

/// Where the wizard reads its answers from and saves them, decided before the first question.
public struct WizardPlan: Equatable, Sendable {
    /// The answer file to continue (nil: none, or one that does not exist yet and is started).
    public var answersPath: String?
    public var savePath: String
    /// What the first screen says about these files.
    public var notices: [String]

    /// The answer file written when neither --save nor --answers names one.
    public static let defaultSaveName = "aiact-answers.json"

    public static func make(answers: String?, save: String?, language: Language, fileSystem: any FileSystem) throws(UsageError) -> WizardPlan {
        let text = WizardText(language: language)
        var answersPath = answers
        var notices: [String] = []
        // A file that does not exist yet is the one to start: the answers are saved into it.
        var startsNewFile: String?
        if let path = answersPath, path != "-", fileSystem.kind(path) == .missing, !fileSystem.isSymbolicLink(path) {
            startsNewFile = path
            answersPath = nil
            notices.append(text.startsNew(Inert.line(path)))
        }
        if answersPath == "-" { throw .other(text.answersFromStandardInput) }
        let savePath: String
        if let save {
            savePath = save
            if save != answersPath && fileSystem.exists(save) { notices.append(text.willReplace(save)) }
        } else if let path = answersPath ?? startsNewFile {
            savePath = path
        } else {
            savePath = freeName(defaultSaveName, fileSystem: fileSystem)
            if savePath != defaultSaveName {
                notices.append(text.defaultExists(defaultSaveName, resume: ShellQuote.command(["aiact", "wizard", "--answers", defaultSaveName])))
            }
        }
        return WizardPlan(answersPath: answersPath, savePath: savePath, notices: notices)
    }

    /// `name`, or `name` with -2, -3, … before the extension when it exists, so an earlier run's
    /// answers are never overwritten by accident.
    static func freeName(_ name: String, fileSystem: any FileSystem) -> String {
        guard fileSystem.exists(name) else { return name }
        let url = URL(fileURLWithPath: name)
        let stem = url.deletingPathExtension().lastPathComponent, ext = url.pathExtension
        for n in 2...999 {
            let candidate = "\(stem)-\(n)" + (ext.isEmpty ? "" : ".\(ext)")
            if !fileSystem.exists(candidate) { return candidate }
        }
        return name
    }
}
