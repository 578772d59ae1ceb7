/// Quotes words for a one-line shell command the user can copy.
public enum ShellQuote {
    private static let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./:=+,@%")

    /// The word as is when it needs no quoting, else in single quotes; a word with a character a
    /// terminal would act on (or hide) in ANSI-C quotes with that character's bytes as `\xHH`, so
    /// the command prints inert and still names the same file when pasted into bash or zsh.
    public static func word(_ word: String) -> String {
        if !word.isEmpty && word.allSatisfy(safe.contains) { return word }
        guard word.unicodeScalars.contains(where: Inert.isUnsafe) else {
            return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }
        var out = "$'"
        for scalar in word.unicodeScalars {
            switch scalar {
            case "\\", "'": out += "\\" + String(scalar)
            case _ where Inert.isUnsafe(scalar): out += String(scalar).utf8.map { "\\x" + String($0, radix: 16, uppercase: false).leftPadded }.joined()
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "'"
    }

    /// The words joined into one command line.
    public static func command(_ words: [String]) -> String { words.map(word).joined(separator: " ") }
}

private extension String {
    /// Two hex digits.
    var leftPadded: String { count < 2 ? "0" + self : self }
}
