import Foundation

/// The terminal policy as pure decisions; the executable supplies what it measured.
public enum TerminalPolicy {
    /// Colour only on a terminal, without `NO_COLOR`, `--no-color` or `TERM=dumb`.
    public static func useColor(noColorFlag: Bool, environment: [String: String], isTerminal: Bool) -> Bool {
        if noColorFlag { return false }
        if let value = environment["NO_COLOR"], !value.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return isTerminal
    }

    /// The terminal's measured width, else `$COLUMNS`, else 80.
    public static func width(measured: Int?, environment: [String: String]) -> Int {
        if let measured, measured > 0 { return measured }
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return 80
    }
}
