import Foundation
import Testing
@testable import AIActCore

/// Strings from files made inert per output context (issue 9): what an attacker writes into a
/// description must reach the terminal, the CI log and the job summary as visible text only.
@Suite struct InertTests {
    /// No scalar that a terminal would act on survives.
    func hasNoControl(_ s: String, allowLineBreaks: Bool) -> Bool {
        !s.unicodeScalars.contains { scalar in
            if allowLineBreaks && (scalar == "\n" || scalar == "\t") { return false }
            return Inert.isUnsafe(scalar)
        }
    }

    @Test func plainTextIsUnchanged() {
        for s in ["", "Loket Toeslagen", "café ∑ 日本 👩‍💻", "a\\b", "art. 26, lid 8"] {
            #expect(Inert.text(s) == s)
            #expect(Inert.line(s) == s)
        }
    }

    @Test func escapeSequencesBecomeVisible() {
        let title = "\u{1B}]0;pwned\u{07}"
        #expect(Inert.text(title) == "\\u{1B}]0;pwned\\u{7}")
        #expect(Inert.text("\u{1B}[2J\u{1B}[H") == "\\u{1B}[2J\\u{1B}[H")
        // OSC 8 hyperlink, C1 CSI, DEL, NUL.
        #expect(Inert.line("\u{1B}]8;;http://x\u{1B}\\x\u{1B}]8;;\u{1B}\\") == "\\u{1B}]8;;http://x\\u{1B}\\x\\u{1B}]8;;\\u{1B}\\")
        #expect(Inert.line("a\u{9B}31mb") == "a\\u{9B}31mb")
        #expect(Inert.line("a\u{7F}b\u{0}c") == "a\\u{7F}b\\u{0}c")
    }

    @Test func bidiOverridesAndSeparatorsBecomeVisible() {
        #expect(Inert.line("evil\u{202E}txt.exe") == "evil\\u{202E}txt.exe")
        #expect(Inert.line("\u{2066}x\u{2069}") == "\\u{2066}x\\u{2069}")
        #expect(Inert.line("a\u{200F}b\u{061C}") == "a\\u{200F}b\\u{61C}")
        #expect(Inert.text("a\u{2028}b\u{2029}") == "a\\u{2028}b\\u{2029}")
    }

    @Test func lineBreaksStayInTextAndAreEscapedInOneLineFields() {
        let forged = "ok\n✓ no findings\r\u{1B}[Kx\ty"
        #expect(Inert.text(forged) == "ok\n✓ no findings\\r\\u{1B}[Kx\ty")
        #expect(Inert.line(forged) == "ok\\n✓ no findings\\r\\u{1B}[Kx\\ty")
        // CR LF is one Character in Swift; both scalars are escaped.
        #expect(Inert.line("a\r\nb") == "a\\r\\nb")
        #expect(hasNoControl(Inert.line(forged), allowLineBreaks: false))
    }

    @Test func everyUnsafeScalarIsEscapedInEveryContext() {
        var all = String.UnicodeScalarView()
        for value in Array(0x00...0x9F) + [0x061C, 0x200E, 0x200F] + Array(0x202A...0x202E) + Array(0x2066...0x2069) + [0x2028, 0x2029] {
            all.append(Unicode.Scalar(UInt32(value))!)
        }
        let s = String(all)
        #expect(hasNoControl(Inert.text(s), allowLineBreaks: true))
        #expect(hasNoControl(Inert.line(s), allowLineBreaks: false))
        #expect(hasNoControl(Inert.excerpt(s, limit: 1000), allowLineBreaks: false))
        #expect(hasNoControl(Inert.markdownText(s), allowLineBreaks: false))
        #expect(hasNoControl(Inert.tableCell(s), allowLineBreaks: false))
        #expect(hasNoControl(Inert.codeSpan(s), allowLineBreaks: false))
        #expect(hasNoControl(Inert.link(s, url: "https://e.example/" + s), allowLineBreaks: false))
    }

    @Test func excerptBoundsTheEchoAndTheWork() {
        #expect(Inert.excerpt("short", limit: 10) == "short")
        #expect(Inert.excerpt("0123456789", limit: 10) == "0123456789")
        #expect(Inert.excerpt("0123456789A", limit: 10) == "0123456789…")
        #expect(Inert.excerpt("a\nb", limit: 10) == "a\\nb")
        let huge = String(repeating: "x", count: 5_000_000) + "\u{1B}"
        let clock = ContinuousClock()
        let start = clock.now
        let cut = Inert.excerpt(huge, limit: 80)
        #expect(clock.now - start < .seconds(1))
        #expect(cut.count == 81)
        #expect(cut.hasSuffix("…"))
    }

    @Test func markdownTextHasNoHTMLAndNoSyntax() {
        #expect(Inert.markdownText("<img src=x onerror=alert(1)>") == "&lt;img src=x onerror=alert(1)&gt;")
        #expect(Inert.markdownText("a & b &amp;") == "a &amp; b &amp;amp;")
        #expect(Inert.markdownText("**bold** _it_ `c` [l](u) ![i](u) ~~s~~") ==
                "\\*\\*bold\\*\\* \\_it\\_ \\`c\\` \\[l\\](u) \\!\\[i\\](u) \\~\\~s\\~\\~")
        #expect(Inert.markdownText("## ✅ All obligations satisfied") == "\\## ✅ All obligations satisfied")
        #expect(Inert.markdownText("- item") == "\\- item")
        #expect(Inert.markdownText("1. first") == "1\\. first")
        #expect(Inert.markdownText("high-risk on 2026-12-02") == "high-risk on 2026-12-02")
        // A forged section on its own line stays on the same line.
        #expect(Inert.markdownText("x\n## ✅ All obligations satisfied") == "x\\\\n## ✅ All obligations satisfied")
    }

    @Test func tableCellsCannotBreakTheTable() {
        let cell = Inert.tableCell("a | b\n| c |")
        #expect(!cell.contains("\n"))
        // Every pipe is escaped.
        #expect(cell.replacingOccurrences(of: "\\|", with: "").contains("|") == false)
        #expect(Inert.tableCell("<script>") == "&lt;script&gt;")
    }

    @Test func codeSpanFenceOutrunsEveryBacktickRun() {
        #expect(Inert.codeSpan("evidence/a.pdf") == "`evidence/a.pdf`")
        #expect(Inert.codeSpan("a`b") == "``a`b``")
        #expect(Inert.codeSpan("x```y``") == "```` x```y`` ````")
        #expect(Inert.codeSpan("`<img src=x onerror=alert(1)>`") == "`` `<img src=x onerror=alert(1)>` ``")
        #expect(Inert.codeSpan("") == "` `")
        #expect(Inert.codeSpan("a|b", inTable: true) == "`a\\|b`")
        #expect(Inert.codeSpan("a\nb") == "`a\\nb`")
        for body in ["`", "``", "a``b```c", "` x `", "````"] {
            let span = Inert.codeSpan(body)
            let fence = span.prefix { $0 == "`" }
            let longestInside = body.split(separator: " ").map { part in
                var longest = 0, run = 0
                for ch in part { if ch == "`" { run += 1; longest = max(longest, run) } else { run = 0 } }
                return longest
            }.max() ?? 0
            #expect(fence.count > longestInside, "\(span)")
            #expect(span.hasSuffix(String(fence)))
        }
    }

    @Test func linksOnlyForWebURLs() {
        #expect(Inert.link("DPIA", url: "https://intranet.example/dpia?id=1&v=2") ==
                "[DPIA](https://intranet.example/dpia?id=1&amp;v=2)")
        #expect(Inert.link("x", url: "http://a.example/p(1)<b>") == "[x](http://a.example/p%281%29%3Cb%3E)")
        #expect(Inert.link("x", url: "javascript://alert(1)") == "`javascript://alert(1)`")
        #expect(Inert.link("x", url: "file:///etc/passwd") == "`file:///etc/passwd`")
        #expect(Inert.link("x", url: "data://text/html,<script>") == "`data://text/html,<script>`")
        #expect(Inert.link("x", url: "https://") == "`https://`")
        #expect(Inert.link("x", url: "https://a.example/ b") == "`https://a.example/ b`")
        #expect(Inert.link("x", url: "https://a.example/|b", inTable: true) == "[x](https://a.example/%7Cb)")
        #expect(Inert.link("a]b", url: "https://a.example") == "[a\\]b](https://a.example)")
        #expect(Inert.isWebURL("HTTPS://A.EXAMPLE/x"))
        #expect(!Inert.isWebURL("ftp://a.example"))
    }

    @Test func terminalKeepsOurColoursOnly() {
        let styled = "\u{1B}[1mTitle\u{1B}[0m \u{1B}[31m✗\u{1B}[0m"
        #expect(Inert.terminal(styled) == styled)
        #expect(Inert.terminal("a\nb\tc") == "a\nb\tc")
        #expect(Inert.terminal("\u{1B}]0;t\u{7}x\u{1B}[2J\u{1B}[Hy\rz\u{9B}1m") == "\\u{1B}]0;t\\u{7}x\\u{1B}[2J\\u{1B}[Hy\\rz\\u{9B}1m")
        // An SGR from a file that was made inert where it was put in stays inert.
        #expect(Inert.terminal(Inert.line("\u{1B}[31mred")) == "\\u{1B}[31mred")
    }

    @Test func jsonEscapesWhatEncodersLeaveRaw() throws {
        let encoded = "{\"name\":\"a\u{9B}b\u{202E}c\u{7F}d\u{2028}e\"}"
        let safe = Inert.json(encoded)
        #expect(safe == #"{"name":"a\u009Bb\u202Ec\u007Fd\u2028e"}"#)
        let decoded = try JSONSerialization.jsonObject(with: Data(safe.utf8)) as? [String: String]
        #expect(decoded?["name"] == "a\u{9B}b\u{202E}c\u{7F}d\u{2028}e")
        #expect(Inert.json(#"{"a":"plain ✓"}"#) == #"{"a":"plain ✓"}"#)
    }
}
