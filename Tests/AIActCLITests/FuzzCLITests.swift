import Foundation
import Testing

/// A deterministic fuzz test (issue 9): valid descriptions and rules, mutated with a seeded
/// generator (byte flips, truncations, deep nesting, huge strings, foreign encodings, …), fed to
/// the real binary: `assess`, `check`, `check --record` on a copy, `wizard --answers` with closed
/// stdin, and `--rules` on a mutated copy of a rules folder. Whatever the input, aiact must end
/// by itself with an exit code of 0–3 (the wizard: or 130, "input ended"), never by a signal, and
/// never print a crash ("Fatal error", a stack trace).
///
/// No clock and no randomness from the machine: the same seeds give the same inputs on every run,
/// so a failure names the seed and the case that reproduce it.
@Suite struct FuzzCLITests {
    /// SplitMix64: small, fast and good enough to pick mutations.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let miniRules = CLIRunner.miniRules
    static let date = "2026-12-01"

    /// Valid descriptions for the mini rules (and one for the embedded rules).
    static let descriptions: [URL] = [
        CLIRunner.fixtures.appendingPathComponent("check/record/pretty.json"),
        CLIRunner.fixtures.appendingPathComponent("check/ok/chatbot.json"),
        CLIRunner.fixtures.appendingPathComponent("check/cases/drift-changed.json"),
        CLIRunner.fixtures.appendingPathComponent("check/cases/incomplete.json"),
    ]

    /// What can go wrong in a file, from one flipped byte to a 200,000-level nesting.
    static func mutate(_ input: [UInt8], _ g: inout Generator) -> (bytes: [UInt8], what: String) {
        var bytes = input
        func position() -> Int { bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &g) }
        switch Int.random(in: 0..<14, using: &g) {
        case 0:
            let n = Int.random(in: 1...8, using: &g)
            for _ in 0..<n where !bytes.isEmpty {
                bytes[Int.random(in: 0..<bytes.count, using: &g)] = UInt8.random(in: 0...255, using: &g)
            }
            return (bytes, "\(n) random bytes")
        case 1:
            let i = Int.random(in: 0..<max(1, bytes.count), using: &g)
            if !bytes.isEmpty { bytes[i] ^= UInt8(1) << UInt8.random(in: 0...7, using: &g) }
            return (bytes, "bit flip at \(i)")
        case 2:
            let i = position()
            return (Array(bytes.prefix(i)), "truncated at \(i)")
        case 3:
            let depth = [600, 5_000, 200_000].randomElement(using: &g)!
            let i = position()
            bytes.insert(contentsOf: [UInt8](repeating: UInt8(ascii: "["), count: depth), at: i)
            return (bytes, "\(depth) x '[' at \(i)")
        case 4:
            // Valid JSON nested just within the limit, in place of a value.
            let depth = Int.random(in: 400...510, using: &g)
            let deep = String(repeating: "{\"a\": [", count: depth / 2) + "1" + String(repeating: "]}", count: depth / 2)
            return (replaceValue(bytes, with: Array(deep.utf8), &g), "valid nesting \(depth) deep")
        case 5:
            let size = [50_000, 300_000, 1_000_000].randomElement(using: &g)!
            let huge = "\"" + String(repeating: "é\\n", count: size / 4) + "\""
            return (replaceValue(bytes, with: Array(huge.utf8), &g), "string of \(size) bytes")
        case 6:
            let hostile = ["\u{1B}]0;pwned\u{07}", "\\u0000", "\\ud800", "\\udc00x", "\u{202E}", "\r\n", "\u{FEFF}", "\\", "\""]
                .randomElement(using: &g)!
            let i = position()
            bytes.insert(contentsOf: Array(hostile.utf8), at: i)
            return (bytes, "inserted \(hostile.debugDescription) at \(i)")
        case 7:
            let bad: [[UInt8]] = [[0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x00]]
            let i = position()
            bytes.insert(contentsOf: bad.randomElement(using: &g)!, at: i)
            return (bytes, "invalid UTF-8 at \(i)")
        case 8:
            let text = String(decoding: bytes, as: UTF8.self)
            let encodings: [(String.Encoding, [UInt8], String)] = [
                (.utf16LittleEndian, [0xFF, 0xFE], "UTF-16LE with BOM"), (.utf16BigEndian, [], "UTF-16BE"),
                (.utf32LittleEndian, [], "UTF-32LE"), (.utf8, [0xEF, 0xBB, 0xBF], "UTF-8 with BOM"),
            ]
            let (encoding, mark, name) = encodings.randomElement(using: &g)!
            return (mark + Array(text.data(using: encoding) ?? Data()), name)
        case 9:
            guard bytes.count > 2 else { return (bytes, "unchanged") }
            let a = Int.random(in: 0..<bytes.count, using: &g)
            let b = min(bytes.count, a + Int.random(in: 1...40, using: &g))
            bytes.removeSubrange(a..<b)
            return (bytes, "removed \(a)..<\(b)")
        case 10:
            guard bytes.count > 2 else { return (bytes, "unchanged") }
            let a = Int.random(in: 0..<bytes.count, using: &g)
            let b = min(bytes.count, a + Int.random(in: 1...200, using: &g))
            bytes.insert(contentsOf: bytes[a..<b], at: position())
            return (bytes, "duplicated \(a)..<\(b)")
        case 11:
            let numbers = ["1.2.3", "01", "-", "1e999999", "-0.0e-0", "123456789012345678901234567890", "NaN", "1.", ".5", "+1"]
            let number = numbers.randomElement(using: &g)!
            return (replaceValue(bytes, with: Array(number.utf8), &g), "number \(number)")
        case 12:
            // A key again (a duplicate) right after an object opens.
            guard let open = bytes.indices.filter({ bytes[$0] == UInt8(ascii: "{") }).randomElement(using: &g),
                  let copy = firstMember(bytes, after: open) else { return (bytes, "unchanged") }
            bytes.insert(contentsOf: copy + Array(", ".utf8), at: open + 1)
            return (bytes, "duplicate member at \(open)")
        default:
            let types = ["null", "true", "[]", "{}", "\"\"", "0", "[null]", "{\"\": {}}"]
            let value = types.randomElement(using: &g)!
            return (replaceValue(bytes, with: Array(value.utf8), &g), "value replaced by \(value)")
        }
    }

    /// Replaces the value after a random `:` (or a random position) with other text.
    static func replaceValue(_ bytes: [UInt8], with value: [UInt8], _ g: inout Generator) -> [UInt8] {
        let colons = bytes.indices.filter { bytes[$0] == UInt8(ascii: ":") }
        guard let colon = colons.randomElement(using: &g) else { return value }
        var end = colon + 1
        while end < bytes.count, bytes[end] == 0x20 { end += 1 }
        let start = end
        // Up to the end of a string, a number or a literal (nested values: only their first token).
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
            end += 1
            while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1 }
            end = min(bytes.count, end + 1)
        } else {
            while end < bytes.count, !",}]\n".utf8.contains(bytes[end]) { end += 1 }
        }
        var out = bytes
        out.replaceSubrange(start..<min(end, bytes.count), with: value)
        return out
    }

    /// The text of the first `"key": value` member after an opening brace (a value up to `,` or `}` on one level).
    static func firstMember(_ bytes: [UInt8], after open: Int) -> [UInt8]? {
        var i = open + 1
        var depth = 0
        var inString = false
        let start = i
        while i < bytes.count {
            let c = bytes[i]
            if inString {
                if c == UInt8(ascii: "\\") { i += 1 } else if c == UInt8(ascii: "\"") { inString = false }
            } else if c == UInt8(ascii: "\"") {
                inString = true
            } else if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") {
                depth += 1
            } else if c == UInt8(ascii: "}") || c == UInt8(ascii: "]") {
                if depth == 0 { break }
                depth -= 1
            } else if c == UInt8(ascii: ","), depth == 0 {
                break
            }
            i += 1
        }
        let member = Array(bytes[start..<min(i, bytes.count)])
        return member.contains(UInt8(ascii: ":")) ? member : nil
    }

    /// Fails when a run crashed, was killed, or ended with an unexpected code.
    static func expectNoCrash(_ r: CLIRunner.Result, allowed: Set<Int32> = [0, 1, 2, 3], _ context: String,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.signal == nil, "ended by signal \(r.signal ?? 0): \(context)", sourceLocation: sourceLocation)
        #expect(allowed.contains(r.status), "exit \(r.status): \(context)\n\(r.stderr.prefix(600))", sourceLocation: sourceLocation)
        for marker in ["Fatal error", "Stack dump", "stack trace", "Segmentation fault", "Program crashed", "Illegal instruction",
                       "Current stack", "0x0000"] {
            #expect(!r.stderr.contains(marker), "\(marker) on stderr: \(context)\n\(r.stderr.prefix(600))", sourceLocation: sourceLocation)
        }
    }

    /// Mutated descriptions through assess, check, check --record and wizard --answers.
    /// Six seeds, run in parallel; 8 inputs each, 4 commands per input (192 runs).
    @Test(arguments: 0..<6)
    func mutatedDescriptions(seed: Int) throws {
        var g = Generator(seed: 0xA1AC7 &+ UInt64(seed) &* 7919)
        let folder = try CLIRunner.temporaryDirectory()
        let rules = Self.miniRules.path
        for round in 0..<8 {
            let source = Self.descriptions[(seed + round) % Self.descriptions.count]
            let (bytes, what) = Self.mutate(Array(try Data(contentsOf: source)), &g)
            let context = "seed \(seed), round \(round): \(source.lastPathComponent), \(what)"
            let file = folder.appendingPathComponent("d\(round).json")
            try Data(bytes).write(to: file)

            let assess = try CLIRunner.run(["assess", file.path, "--rules", rules, "--date", Self.date, "--lang", round % 2 == 0 ? "nl" : "en"])
            Self.expectNoCrash(assess, "assess, \(context)")
            let check = try CLIRunner.run(["check", file.path, "--rules", rules, "--date", Self.date, "--format", ["text", "json", "markdown"][round % 3]])
            Self.expectNoCrash(check, "check, \(context)")
            #expect(try Data(contentsOf: file) == Data(bytes), "check alone changed the file: \(context)")

            let copy = folder.appendingPathComponent("r\(round).json")
            try Data(bytes).write(to: copy)
            let record = try CLIRunner.run(["check", "--record", copy.path, "--rules", rules, "--date", Self.date])
            Self.expectNoCrash(record, "check --record, \(context)")
            // Whatever --record wrote must read back.
            let after = try Data(contentsOf: copy)
            if after != Data(bytes) {
                let again = try CLIRunner.run(["check", copy.path, "--rules", rules, "--date", Self.date])
                Self.expectNoCrash(again, "check after --record, \(context)")
                #expect(!again.stdout.contains("invalid"), "--record wrote a file that check refuses: \(context)")
            }

            let answers = folder.appendingPathComponent("w\(round).json")
            try Data(bytes).write(to: answers)
            let wizard = try CLIRunner.run(["wizard", "--answers", answers.path, "--rules", rules, "--date", Self.date], stdin: "")
            Self.expectNoCrash(wizard, allowed: [0, 1, 2, 3, 130], "wizard --answers, \(context)")
        }
    }

    /// A mutated copy of a rules folder through `--rules` (assess, check, rules lint): 3 seeds, 8 rounds, 3 commands (72 runs).
    @Test(arguments: 0..<3)
    func mutatedRules(seed: Int) throws {
        var g = Generator(seed: 0x5EED &+ UInt64(seed) &* 104_729)
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.miniRules.path).filter { $0.hasSuffix(".json") }.sorted()
        let description = Self.descriptions[0].path
        for round in 0..<8 {
            let folder = try CLIRunner.temporaryDirectory()
            for name in names {
                try FileManager.default.copyItem(at: Self.miniRules.appendingPathComponent(name), to: folder.appendingPathComponent(name))
            }
            let name = names[Int.random(in: 0..<names.count, using: &g)]
            let target = folder.appendingPathComponent(name)
            let (bytes, what) = Self.mutate(Array(try Data(contentsOf: target)), &g)
            try Data(bytes).write(to: target)
            let context = "seed \(seed), round \(round): \(name), \(what)"

            Self.expectNoCrash(try CLIRunner.run(["assess", description, "--rules", folder.path, "--date", Self.date]), "assess --rules, \(context)")
            Self.expectNoCrash(try CLIRunner.run(["check", description, "--rules", folder.path, "--date", Self.date]), "check --rules, \(context)")
            Self.expectNoCrash(try CLIRunner.run(["rules", "lint", "--rules", folder.path, "--format", round % 2 == 0 ? "text" : "json"]),
                               "rules lint, \(context)")
        }
    }

    /// The generator is deterministic: the same seed gives the same inputs (so a failure reproduces).
    @Test func mutationsAreReproducible() throws {
        let source = Array(try Data(contentsOf: Self.descriptions[0]))
        var a = Generator(seed: 42), b = Generator(seed: 42)
        for _ in 0..<50 {
            let x = Self.mutate(source, &a), y = Self.mutate(source, &b)
            #expect(x.bytes == y.bytes && x.what == y.what)
        }
    }
}
