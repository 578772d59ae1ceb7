import AIActCore
import Foundation

/// `aiact wizard`: the interactive questionnaire (issue 4).
enum WizardCommand {
    static let options: [Arguments.Spec] = [
        .init(name: "answers", takesValue: true), .init(name: "save", takesValue: true),
    ]
    static let help = (nl: "Gebruik: aiact wizard [--answers BESTAND] [--save BESTAND]\n", en: "Usage: aiact wizard [--answers FILE] [--save FILE]\n")

    static func run(_ inv: Invocation) throws -> ExitCode {
        throw CLIError.usage("the wizard is not built yet")
    }
}
