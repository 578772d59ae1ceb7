import AIActCore
import Foundation

/// `aiact check`: the CI gate over system descriptions (issue 5).
enum CheckCommand {
    static let options: [Arguments.Spec] = [
        .init(name: "record", takesValue: false), .init(name: "require-evidence", takesValue: false),
        .init(name: "fail-on", takesValue: true),
    ]
    static let help = (nl: "Gebruik: aiact check BESTAND_OF_MAP...\n", en: "Usage: aiact check FILE_OR_DIR...\n")

    static func run(_ inv: Invocation) throws -> ExitCode {
        throw CLIError.usage("check is not built yet")
    }
}
