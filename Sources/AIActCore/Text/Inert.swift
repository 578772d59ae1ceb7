/// Making strings from files and typed input inert before they are printed (issue 9).
///
/// A description can come from anyone's pull request, and what aiact prints lands in terminals, CI
/// logs and GitHub job summaries. Every string that comes from a file or from typed input passes one
/// of these functions, chosen for the context it is printed in:
///
/// - `text`: terminal or log text that may span lines (newlines and tabs kept);
/// - `line`: a one-line field (newlines, carriage returns and tabs escaped as well);
/// - `excerpt`: a one-line field cut to a length, for echoing what was typed or read;
/// - `markdownText`, `tableCell`, `codeSpan`, `link`: Markdown in its different places.
///
/// Control characters (C0 including ESC, DEL, C1), bidirectional overrides and isolates, line
/// and paragraph separators, and invisible characters that hide or split text (zero-width space,
/// word joiner, byte order mark, tag characters; not the zero-width joiners that emoji and some
/// scripts need) become visible escapes in Swift's notation (`\u{1B}`), so an escape
/// sequence cannot set a window title, clear the screen, hide text or forge a line, and a reader
/// still sees that something was there. Markdown never carries raw HTML from input: `<`, `>` and
/// `&` become entities wherever Markdown would interpret them.
public enum Inert {
    // MARK: Terminal and log text

    /// Terminal or log text: control characters escaped, newlines and tabs kept.
    public static func text(_ s: String) -> String { escape(s, keepLineBreaks: true) }

    /// A one-line field: everything `text` escapes, and newlines, carriage returns and tabs too.
    public static func line(_ s: String) -> String { escape(s, keepLineBreaks: false) }

    /// A one-line field of at most `limit` characters (of the input): longer input is cut and ends
    /// in "…". The work is bounded by `limit`, whatever the length of the input.
    public static func excerpt(_ s: String, limit: Int = 80) -> String {
        let scalars = s.unicodeScalars
        var end = scalars.startIndex
        var count = 0
        while end != scalars.endIndex && count < limit {
            end = scalars.index(after: end)
            count += 1
        }
        if end == scalars.endIndex { return line(s) }
        return line(String(scalars[scalars.startIndex..<end])) + "…"
    }

    /// A whole text report as the last line of defence: like `text`, except that the colour codes
    /// aiact's own styling writes (SGR: ESC [ digits and semicolons, then m) stay. Strings from
    /// files are made inert where they are put into the report (so an SGR from a file shows as an
    /// escape); this pass catches the rest, such as texts from a `--rules` folder.
    public static func terminal(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { isUnsafe($0) && $0 != "\n" && $0 != "\t" }) else { return s }
        let scalars = Array(s.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            if scalar == "\u{1B}", i + 1 < scalars.count, scalars[i + 1] == "[" {
                var j = i + 2
                while j < scalars.count, scalars[j] == ";" || ("0"..."9").contains(scalars[j]) { j += 1 }
                if j < scalars.count, scalars[j] == "m", j - i <= 16 {
                    out.append(contentsOf: scalars[i...j])
                    i = j + 1
                    continue
                }
            }
            if isUnsafe(scalar) && scalar != "\n" && scalar != "\t" {
                out.append(contentsOf: (scalar == "\r" ? "\\r" : visible(scalar)).unicodeScalars)
            } else {
                out.append(scalar)
            }
            i += 1
        }
        return String(out)
    }

    /// Encoded JSON with the scalars a terminal could act on that JSON leaves raw (DEL, C1,
    /// bidirectional controls, line and paragraph separators) written as `\uXXXX` escapes: the
    /// same JSON value, safe to print. (C0 controls are escaped by every JSON encoder already.)
    public static func json(_ encoded: String) -> String {
        guard encoded.unicodeScalars.contains(where: { $0.value >= 0x7F && isUnsafe($0) }) else { return encoded }
        var out = String.UnicodeScalarView()
        for scalar in encoded.unicodeScalars {
            if scalar.value >= 0x7F && isUnsafe(scalar) {
                // Outside the BMP (tag characters): a UTF-16 surrogate pair, as JSON requires.
                for unit in String(scalar).utf16 {
                    let hex = String(unit, radix: 16, uppercase: true)
                    out.append(contentsOf: ("\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex).unicodeScalars)
                }
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether a scalar is shown as an escape in terminal text. Newline and tab are the only
    /// control characters that may stay, and only in multi-line text.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true                  // C0 (incl. ESC), DEL, C1
        case 0x061C, 0x200E, 0x200F: return true                     // bidi marks
        case 0x202A...0x202E, 0x2066...0x2069: return true           // bidi embeddings, overrides, isolates
        case 0x2028, 0x2029: return true                             // line and paragraph separators
        case 0x200B, 0x2060...0x2064, 0xFEFF, 0x180E: return true    // invisible: zero-width space, word joiner, BOM
        case 0xE0000...0xE007F: return true                          // tag characters (invisible ASCII)
        default: return false
        }
    }

    static func escape(_ s: String, keepLineBreaks: Bool) -> String {
        // The common case (nothing to escape) returns the string itself.
        guard s.unicodeScalars.contains(where: { isUnsafe($0) }) else { return s }
        // Appends to a String (amortised linear): `UnicodeScalarView.append(contentsOf:)` copies
        // the whole view each time, which made a 1 MB string with many escapes take 40 s.
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for scalar in s.unicodeScalars {
            guard isUnsafe(scalar) else { out.unicodeScalars.append(scalar); continue }
            switch scalar {
            case "\n" where keepLineBreaks, "\t" where keepLineBreaks: out.unicodeScalars.append(scalar)
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out += visible(scalar)
            }
        }
        return out
    }

    /// `\u{1B}`: the scalar in Swift's escape notation, upper-case hex.
    static func visible(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }

    // MARK: Markdown

    /// Inline Markdown text (a paragraph, a list item, a heading): one line, no HTML, and every
    /// character Markdown would read as syntax escaped, so the text shows as typed.
    public static func markdownText(_ s: String) -> String {
        let flat = line(s)
        var out = ""
        out.reserveCapacity(flat.utf8.count)
        var atStart = true
        var leadingDigits = false
        for ch in flat {
            switch ch {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\\", "`", "*", "_", "[", "]", "|", "~", "!": out += "\\" + String(ch)
            case "#" where atStart, "-" where atStart, "+" where atStart, "=" where atStart:
                out += "\\" + String(ch)
            case "." where leadingDigits, ")" where leadingDigits: out += "\\" + String(ch)
            default: out.append(ch)
            }
            leadingDigits = (atStart || leadingDigits) && ch.isASCII && ch.isNumber
            atStart = atStart && ch == " "
        }
        return out
    }

    /// A cell of a Markdown (GFM) table: `markdownText`, which also escapes `|`.
    public static func tableCell(_ s: String) -> String { markdownText(s) }

    /// A Markdown code span whose fence is longer than any run of backticks in the text, so the
    /// text cannot end it early. In a table cell (`inTable`), `|` is escaped as GFM requires.
    /// Inside a code span Markdown shows HTML as text, so `<`, `>` and `&` stay as they are.
    public static func codeSpan(_ s: String, inTable: Bool = false) -> String {
        var body = line(s)
        if inTable { body = body.replacingOccurrences(of: "|", with: "\\|") }
        var longest = 0
        var run = 0
        for ch in body {
            if ch == "`" { run += 1; longest = max(longest, run) } else { run = 0 }
        }
        let fence = String(repeating: "`", count: longest + 1)
        // A leading or trailing backtick would join the fence; a space on both sides is stripped
        // again by Markdown, so pad whenever either end needs it.
        if body.isEmpty { return fence + " " + fence }
        if body.hasPrefix("`") || body.hasSuffix("`") || body.hasPrefix(" ") || body.hasSuffix(" ") {
            body = " " + body + " "
        }
        return fence + body + fence
    }

    /// A link for an http(s) URL with a host; any other reference is shown as a code span, never
    /// as a link. The URL is percent-encoded where Markdown or HTML would read it as syntax.
    public static func link(_ label: String, url: String, inTable: Bool = false) -> String {
        guard isWebURL(url) else { return codeSpan(url, inTable: inTable) }
        return "[" + markdownText(label) + "](" + percentEncoded(url) + ")"
    }

    /// Whether a reference is an `http://` or `https://` URL with a host and nothing unsafe in it.
    public static func isWebURL(_ s: String) -> Bool {
        let lower = s.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") { rest = s.dropFirst(8) } else if lower.hasPrefix("http://") { rest = s.dropFirst(7) } else { return false }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !host.isEmpty, !host.hasPrefix("@"), !host.hasPrefix(":") else { return false }
        return !s.unicodeScalars.contains { isUnsafe($0) || $0 == " " }
    }

    /// Percent-encodes every character of a URL outside a conservative safe set.
    static func percentEncoded(_ url: String) -> String {
        var out = ""
        for byte in url.utf8 {
            let safe: Bool
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"): safe = true
            default: safe = "-._~:/?#@!$&'*+,;=%".utf8.contains(byte)
            }
            if byte == UInt8(ascii: "&") {
                out += "&amp;"
            } else if safe {
                out.append(Character(Unicode.Scalar(byte)))
            } else {
                out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return out
    }
}
