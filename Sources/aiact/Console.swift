import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The terminal policy in one place: where output goes, whether it is a terminal, colour, width.
struct Console: Sendable {
    var out: @Sendable (String) -> Void
    var err: @Sendable (String) -> Void
    var stdinIsTerminal: Bool
    var stdoutIsTerminal: Bool
    var stderrIsTerminal: Bool
    var terminalWidth: @Sendable () -> Int?

    static let standard = Console(
        out: { FileHandle.standardOutput.write(Data($0.utf8)) },
        err: { FileHandle.standardError.write(Data($0.utf8)) },
        stdinIsTerminal: isatty(STDIN_FILENO) == 1,
        stdoutIsTerminal: isatty(STDOUT_FILENO) == 1,
        stderrIsTerminal: isatty(STDERR_FILENO) == 1,
        terminalWidth: {
            var size = winsize()
            for fd in [STDOUT_FILENO, STDERR_FILENO, STDIN_FILENO] where ioctl(fd, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 {
                return Int(size.ws_col)
            }
            return nil
        })

    /// Colour only on a terminal, without `NO_COLOR`, `--no-color` or `TERM=dumb`.
    func useColor(noColorFlag: Bool, environment: [String: String], forStderr: Bool = false) -> Bool {
        if noColorFlag { return false }
        if let value = environment["NO_COLOR"], !value.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return forStderr ? stderrIsTerminal : stdoutIsTerminal
    }

    /// The terminal's width, else `$COLUMNS`, else 80.
    func width(environment: [String: String]) -> Int {
        if let w = terminalWidth(), w > 0 { return w }
        if let c = environment["COLUMNS"].flatMap(Int.init), c > 0 { return c }
        return 80
    }
}
