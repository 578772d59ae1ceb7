import Foundation
import Testing
@testable import AIActCore

/// Escaping for XML/HTML and GitHub workflow commands.
@Suite struct InertFormatsTests {
    @Test func xmlAndHtml() {
        #expect(Inert.xml("<a href=\"x\">&'</a>") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;")
        #expect(Inert.xml("a\nb") == "a\nb")
        #expect(Inert.xml("a\nb", attribute: true) == "a\\nb", "attributes stay on one line")
        #expect(Inert.xml("\u{1B}[31m\u{0}") == "\\u{1B}[31m\\u{0}", "no character XML forbids")
        #expect(Inert.xml("\u{FFFE}") == "\\u{FFFE}")
        #expect(Inert.html("]]><script>") == "]]&gt;&lt;script&gt;")
        #expect(Inert.html("\u{202E}evil") == "\\u{202E}evil")
    }

    @Test func githubCommands() {
        // GitHub's rules: % CR LF in messages; in properties also : and ,.
        // A carriage return is made visible before encoding (`\r` as text), so no raw CR reaches the log.
        #expect(Inert.githubMessage("50%\r\n::error::x") == "50%25\\r%0A::error::x")
        #expect(Inert.githubMessage("a\nb") == "a%0Ab")
        #expect(Inert.githubProperty("a,b:c%") == "a%2Cb%3Ac%25")
        #expect(Inert.githubProperty("x\ny") == "x\\ny", "a property is one line: the newline becomes a visible escape")
        #expect(!Inert.githubMessage("\u{1B}]0;t\u{7}").unicodeScalars.contains { $0.value < 0x20 })
    }
}
