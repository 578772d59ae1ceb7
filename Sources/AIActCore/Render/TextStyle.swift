import Foundation

/// How text output looks: colour or not, and the width to wrap to.
public struct TextStyle: Sendable {
    public var color: Bool
    public var width: Int

    public init(color: Bool = false, width: Int = 80) {
        self.color = color
        self.width = max(40, width)
    }

    public static let plain = TextStyle()

    public func bold(_ s: String) -> String { color ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
    public func dim(_ s: String) -> String { color ? "\u{1B}[2m\(s)\u{1B}[0m" : s }
    public func red(_ s: String) -> String { color ? "\u{1B}[31m\(s)\u{1B}[0m" : s }
    public func green(_ s: String) -> String { color ? "\u{1B}[32m\(s)\u{1B}[0m" : s }
    public func yellow(_ s: String) -> String { color ? "\u{1B}[33m\(s)\u{1B}[0m" : s }
    public func cyan(_ s: String) -> String { color ? "\u{1B}[36m\(s)\u{1B}[0m" : s }

    /// Wraps text to the width, with an indent for every line (and `first` for the first line).
    /// Widths count characters; colour codes in `first` are not expected.
    public func wrap(_ text: String, indent: Int = 0, first: String? = nil) -> String {
        // Most texts split into the same paragraphs and words at their bytes as at their
        // characters: wrapped as bytes (the same result, without breaking all of it into characters).
        let bytes = Array(text.utf8)
        if Self.splitsAtBytes(bytes) { return wrapBytes(bytes, indent: indent, first: first) }
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        // Paragraphs at each "\n" character (a "\r\n" is one character and does not split, as with
        // Foundation's `components(separatedBy:)`, whose first call costs more than an assessment).
        for (index, paragraph) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = index == 0 ? (first ?? pad) : pad
            var length = line.count
            var lineHasWord = false
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                let wordLength = word.count
                if lineHasWord && length + 1 + wordLength > width {
                    lines.append(line)
                    line = pad
                    length = indent
                    lineHasWord = false
                }
                if lineHasWord { line += " "; length += 1 }
                line += word
                length += wordLength
                lineHasWord = true
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// Whether every "\n" and " " of a text is a character of its own, so that splitting at the
    /// bytes gives the characters' paragraphs and words: no CR (a "\r\n" is one character; a line
    /// feed is otherwise always one), and no space next to a non-ASCII character that could join
    /// it (a combining mark after it, a prepended mark before it): the neighbours of a space are
    /// ASCII, letters below U+0300 or punctuation U+2010–U+2027.
    static func splitsAtBytes(_ b: [UInt8]) -> Bool {
        @inline(__always) func plain(_ scalar: UInt32) -> Bool { scalar < 0x300 || (0x2010...0x2027).contains(scalar) }
        for i in b.indices {
            let c = b[i]
            if c == 0x0D { return false }
            guard c == 0x20 else { continue }
            if i + 1 < b.count && b[i + 1] >= 0x80 {
                var iterator = b[(i + 1)...].makeIterator()
                var decoder = UTF8()
                guard case .scalarValue(let next) = decoder.decode(&iterator), plain(next.value) else { return false }
            }
            if i > 0 && b[i - 1] >= 0x80 {
                var start = i - 1
                while start > 0 && b[start] & 0xC0 == 0x80 { start -= 1 }
                var iterator = b[start..<i].makeIterator()
                var decoder = UTF8()
                guard case .scalarValue(let previous) = decoder.decode(&iterator), plain(previous.value) else { return false }
            }
        }
        return true
    }

    /// `wrap` for a text that `splitsAtBytes`: words of ASCII are counted in bytes (one
    /// character each), others in characters.
    private func wrapBytes(_ b: [UInt8], indent: Int, first: String?) -> String {
        let pad = [UInt8](repeating: 0x20, count: indent)
        var out: [UInt8] = []
        out.reserveCapacity(b.count + b.count / 8 + 16)
        var start = 0
        var paragraph = 0
        while true {
            var end = start
            while end < b.count && b[end] != 0x0A { end += 1 }
            if paragraph > 0 { out.append(0x0A) }
            var length: Int
            if paragraph == 0, let first {
                out.append(contentsOf: first.utf8)
                length = first.count
            } else {
                out.append(contentsOf: pad)
                length = indent
            }
            var lineHasWord = false
            var i = start
            while i < end {
                if b[i] == 0x20 { i += 1; continue }
                var j = i
                var ascii = true
                while j < end && b[j] != 0x20 { ascii = ascii && b[j] < 0x80; j += 1 }
                let wordLength = ascii ? j - i : String(decoding: b[i..<j], as: UTF8.self).count
                if lineHasWord && length + 1 + wordLength > width {
                    out.append(0x0A)
                    out.append(contentsOf: pad)
                    length = indent
                    lineHasWord = false
                }
                if lineHasWord { out.append(0x20); length += 1 }
                out.append(contentsOf: b[i..<j])
                length += wordLength
                lineHasWord = true
                i = j
            }
            paragraph += 1
            guard end < b.count else { break }
            start = end + 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
