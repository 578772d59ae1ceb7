import Foundation

/// Where the wizard reads typed lines from: one answer per line, nil at the end of input.
struct LineInput: Sendable {
    /// The next line without its line ending, or nil when the input has ended (Ctrl-D, a closed
    /// pipe, the end of a script). Callers must stop on nil, never ask again.
    var next: @Sendable () -> String?

    /// Standard input, through `readLine()`.
    static let standard = LineInput {
        guard let line = readLine(strippingNewline: true) else { return nil }
        return line.hasSuffix("\r") ? String(line.dropLast()) : line
    }
}
