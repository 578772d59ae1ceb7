import AIActCore

/// The exit codes of the contract.
enum ExitCode: Int32 {
    case ok = 0
    case findings = 1
    case usage = 2
    case incomplete = 3
    case interrupted = 130
}

/// An error that ends the command with a message on stderr and an exit code.
struct CLIError: Error {
    var message: String
    var code: ExitCode
    /// A command whose help the message points to (`aiact --help`).
    var hint: String? = nil

    static func usage(_ message: String) -> CLIError { CLIError(message: message, code: .usage) }
    static func usage(_ error: UsageError, _ language: Language) -> CLIError {
        CLIError(message: error.message(language), code: .usage, hint: error.helpHint)
    }
}
