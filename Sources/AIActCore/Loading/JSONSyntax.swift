import Foundation

/// Finds where a JSON text breaks, as line and column with what was expected there
/// (Foundation on Linux reports no position for syntax errors).
struct JSONSyntax {
    private let bytes: [UInt8]
    private var index = 0

    /// "syntax error at line L, column C: expected …", or nil when the text is valid JSON.
    static func firstError(in data: Data) -> LocalizedText? {
        var scanner = JSONSyntax(bytes: Array(data))
        if scanner.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { scanner.index = 3 }
        do {
            scanner.skipSpace()
            try scanner.value()
            scanner.skipSpace()
            if scanner.index < scanner.bytes.count { throw Failure(expected: "the end of the file") }
            return nil
        } catch let failure as Failure {
            let (line, column) = scanner.position()
            return LocalizedText(
                nl: "syntaxfout op regel \(line), kolom \(column): verwacht \(Failure.dutch[failure.expected] ?? failure.expected)",
                en: "syntax error at line \(line), column \(column): expected \(failure.expected)")
        } catch {
            return nil
        }
    }

    private struct Failure: Error {
        var expected: String

        static let dutch: [String: String] = [
            "the end of the file": "het einde van het bestand",
            "a value (object, list, string, number, true, false or null)": "een waarde (object, lijst, tekst, getal, true, false of null)",
            "a key in double quotes": "een sleutel tussen dubbele aanhalingstekens",
            "':' after the key": "':' na de sleutel",
            "',' or '}'": "',' of '}'",
            "',' or ']'": "',' of ']'",
            "no line break or control character inside a string (use \\n)": "geen regeleinde of stuurteken binnen een tekst (gebruik \\n)",
            "the closing '\"' of the string": "de afsluitende '\"' van de tekst",
        ]
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private func position() -> (line: Int, column: Int) {
        let upTo = bytes.prefix(min(index, bytes.count))
        let line = upTo.filter { $0 == 0x0A }.count + 1
        let lineStart = upTo.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let column = String(decoding: bytes[lineStart..<min(index, bytes.count)], as: UTF8.self).count + 1
        return (line, column)
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipSpace() {
        while let c = current, c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { index += 1 }
    }

    private mutating func expect(_ c: UInt8, _ what: String) throws {
        guard current == c else { throw Failure(expected: what) }
        index += 1
    }

    private mutating func value() throws {
        switch current {
        case UInt8(ascii: "{"): try object()
        case UInt8(ascii: "["): try array()
        case UInt8(ascii: "\""): try string()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case let c? where c == UInt8(ascii: "-") || (0x30...0x39).contains(c): number()
        default: throw Failure(expected: "a value (object, list, string, number, true, false or null)")
        }
    }

    private mutating func object() throws {
        index += 1
        skipSpace()
        if current == UInt8(ascii: "}") { index += 1; return }
        while true {
            skipSpace()
            guard current == UInt8(ascii: "\"") else { throw Failure(expected: "a key in double quotes") }
            try string()
            skipSpace()
            try expect(UInt8(ascii: ":"), "':' after the key")
            skipSpace()
            try value()
            skipSpace()
            if current == UInt8(ascii: ",") { index += 1; continue }
            try expect(UInt8(ascii: "}"), "',' or '}'")
            return
        }
    }

    private mutating func array() throws {
        index += 1
        skipSpace()
        if current == UInt8(ascii: "]") { index += 1; return }
        while true {
            skipSpace()
            try value()
            skipSpace()
            if current == UInt8(ascii: ",") { index += 1; continue }
            try expect(UInt8(ascii: "]"), "',' or ']'")
            return
        }
    }

    private mutating func string() throws {
        index += 1
        while let c = current {
            index += 1
            if c == UInt8(ascii: "\"") { return }
            if c == UInt8(ascii: "\\") { index += 1 } else if c < 0x20 {
                index -= 1
                throw Failure(expected: "no line break or control character inside a string (use \\n)")
            }
        }
        throw Failure(expected: "the closing '\"' of the string")
    }

    private mutating func literal(_ word: String) throws {
        for c in word.utf8 {
            guard current == c else { throw Failure(expected: "a value (object, list, string, number, true, false or null)") }
            index += 1
        }
    }

    private mutating func number() {
        while let c = current, (0x30...0x39).contains(c) || c == UInt8(ascii: "-") || c == UInt8(ascii: "+")
            || c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E") { index += 1 }
    }
}
