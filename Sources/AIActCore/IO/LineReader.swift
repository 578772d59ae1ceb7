/// Something bytes are read from, a chunk at a time: standard input in the executable, an array
/// in tests.
public protocol ByteSource {
    /// Reads at most `buffer.count` bytes into `buffer`; the number read, 0 at the end of input
    /// (or when the input fails: the reader then ends as at the end of input).
    mutating func fill(_ buffer: UnsafeMutableRawBufferPointer) -> Int
}

/// One typed line, as the wizard reads it.
public enum InputLine: Equatable, Sendable {
    /// A line without its line ending (`\n` or `\r\n`); the last line may lack one.
    case text(String)
    /// A line longer than the bound: its bytes up to the newline were read and dropped.
    case tooLong
    /// The end of input (Ctrl-D, a closed pipe, the end of a script): callers stop, never ask again.
    case end

    /// The longest line the wizard takes: 64 KiB (an answer is a few characters, a remark a few lines).
    public static let limit = 64 << 10

    /// The typed text; nil for a line too long and at the end of input.
    public var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }
}

/// Reads lines from a byte source with a bound on each line (issue 9), so a 50 MB line costs
/// the bound in memory, not 50 MB: past the bound the rest of the line is read and dropped up to
/// its newline, and the line is reported as `.tooLong`.
///
/// Memory is at most one chunk (`chunkSize`) plus `limit` bytes, whatever the input.
public struct LineReader<Source: ByteSource> {
    static var chunkSize: Int { 64 << 10 }

    /// The most bytes a line may have, without its line ending.
    public let limit: Int
    private var source: Source
    private var chunk: [UInt8]
    /// The unread bytes of `chunk` are `start..<filled`.
    private var start = 0, filled = 0
    private var ended = false
    /// The most bytes ever held for one line (for tests of the bound).
    private(set) var peakLineBytes = 0

    public init(source: Source, limit: Int = InputLine.limit) {
        self.source = source
        self.limit = limit
        chunk = [UInt8](repeating: 0, count: Self.chunkSize)
    }

    /// The next line, `.tooLong` for a line past the bound, or `.end`.
    public mutating func next() -> InputLine {
        var line: [UInt8] = []
        var tooLong = false
        var readAny = false
        while true {
            if start == filled {
                guard !ended else { break }
                let count = chunk.withUnsafeMutableBytes { source.fill($0) }
                start = 0
                filled = max(0, min(count, chunk.count))
                if filled == 0 { ended = true; break }
            }
            readAny = true
            let newline = chunk[start..<filled].firstIndex(of: 0x0A)
            let end = newline ?? filled
            if !tooLong {
                // One byte more than the limit is held, for a `\r` before the newline.
                if line.count + (end - start) > limit + 1 {
                    tooLong = true
                    line = []
                } else {
                    line.append(contentsOf: chunk[start..<end])
                }
                peakLineBytes = max(peakLineBytes, line.count)
            }
            start = newline.map { $0 + 1 } ?? filled
            if newline != nil { break }
        }
        guard readAny else { return .end }
        if tooLong { return .tooLong }
        if line.last == 0x0D { line.removeLast() }
        guard line.count <= limit else { return .tooLong }
        return .text(String(decoding: line, as: UTF8.self))
    }
}
