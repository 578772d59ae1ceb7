/// Quotes words for a one-line shell command the user can copy.
public enum ShellQuote {
    private static let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./:=+,@%")

    /// The word as is when it needs no quoting, else in single quotes.
    public static func word(_ word: String) -> String {
        if !word.isEmpty && word.allSatisfy(safe.contains) { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// The words joined into one command line.
    public static func command(_ words: [String]) -> String { words.map(word).joined(separator: " ") }
}
