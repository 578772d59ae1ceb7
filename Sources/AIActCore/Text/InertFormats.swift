import Foundation

/// Making strings inert for the CI formats (issue 12): XML (JUnit), HTML (the printable report)
/// and GitHub workflow commands. Each first makes control characters, bidirectional overrides and
/// line separators visible as `Inert.text`/`Inert.line` do, then escapes what the format reads as
/// syntax.
extension Inert {
    /// Text or an attribute value in XML 1.0: `&`, `<`, `>`, `"` and `'` as entities, and no
    /// character XML forbids (controls are already visible escapes; U+FFFE and U+FFFF too).
    /// Newlines are kept in text and become `&#10;` in attributes.
    public static func xml(_ s: String, attribute: Bool = false) -> String {
        let safe = attribute ? line(s) : text(s)
        var out = ""
        out.reserveCapacity(safe.utf8.count)
        for scalar in safe.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n" where attribute: out += "&#10;"
            case "\t" where attribute: out += "&#9;"
            case "\u{FFFE}", "\u{FFFF}": out += visible(scalar)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Text or a quoted attribute value in HTML: the same escapes as XML.
    public static func html(_ s: String, attribute: Bool = false) -> String { xml(s, attribute: attribute) }

    /// The message of a GitHub workflow command (`::error …::MESSAGE`): `%`, CR and LF
    /// percent-encoded, so the message stays on its line and cannot start another command.
    public static func githubMessage(_ s: String) -> String {
        var out = ""
        for scalar in text(s).unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A property value of a GitHub workflow command (`file=…`, `title=…`): as the message, and
    /// `:` and `,` percent-encoded too.
    public static func githubProperty(_ s: String) -> String {
        var out = ""
        for scalar in line(s).unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
