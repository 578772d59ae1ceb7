import AIActCore
import Testing

/// The one colour and width policy (the executable only measures).
@Suite struct TerminalPolicyTests {
    @Test func colourOnlyOnATerminalWithoutAnOptOut() {
        #expect(TerminalPolicy.useColor(noColorFlag: false, environment: [:], isTerminal: true))
        #expect(!TerminalPolicy.useColor(noColorFlag: false, environment: [:], isTerminal: false))
        #expect(!TerminalPolicy.useColor(noColorFlag: true, environment: [:], isTerminal: true))
        #expect(!TerminalPolicy.useColor(noColorFlag: false, environment: ["NO_COLOR": "1"], isTerminal: true))
        #expect(TerminalPolicy.useColor(noColorFlag: false, environment: ["NO_COLOR": ""], isTerminal: true))
        #expect(!TerminalPolicy.useColor(noColorFlag: false, environment: ["TERM": "dumb"], isTerminal: true))
    }

    @Test func widthFromTheTerminalThenColumnsThenEighty() {
        #expect(TerminalPolicy.width(measured: 120, environment: ["COLUMNS": "60"]) == 120)
        #expect(TerminalPolicy.width(measured: 0, environment: ["COLUMNS": "60"]) == 60)
        #expect(TerminalPolicy.width(measured: nil, environment: ["COLUMNS": "wide"]) == 80)
        #expect(TerminalPolicy.width(measured: nil, environment: [:]) == 80)
    }
}
