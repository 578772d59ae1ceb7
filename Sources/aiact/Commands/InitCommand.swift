import AIActCore
import Foundation

/// `aiact init`: a template system description (issue 5).
enum InitCommand {
    static let options: [Arguments.Spec] = []
    static let help = (nl: "Gebruik: aiact init\n", en: "Usage: aiact init\n")

    static func run(_ inv: Invocation) throws -> ExitCode {
        throw CLIError.usage("init is not built yet")
    }
}
