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
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        for (index, paragraph) in text.components(separatedBy: "\n").enumerated() {
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
}
