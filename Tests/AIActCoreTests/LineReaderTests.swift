import Foundation
import Testing
@testable import AIActCore

/// The wizard's bounded line reader (issue 9): a line past the bound is dropped up to its newline
/// without being held, and reported as too long; lines around it are read as usual.
@Suite struct LineReaderTests {
    /// Bytes handed out at most `chunk` at a time (as a pipe or a terminal would).
    struct Chunked: ByteSource {
        var bytes: [UInt8]
        var chunk: Int
        var offset = 0
        mutating func fill(_ buffer: UnsafeMutableRawBufferPointer) -> Int {
            let count = min(chunk, buffer.count, bytes.count - offset)
            buffer.copyBytes(from: bytes[offset..<offset + count])
            offset += count
            return count
        }
    }

    /// `size` bytes of `x`, made as they are read (never held), then the tail.
    struct Huge: ByteSource {
        var size: Int
        var tail: [UInt8]
        var produced = 0
        mutating func fill(_ buffer: UnsafeMutableRawBufferPointer) -> Int {
            if produced < size {
                let count = min(buffer.count, size - produced)
                for i in 0..<count { buffer[i] = UInt8(ascii: "x") }
                produced += count
                return count
            }
            let offset = produced - size
            let count = min(buffer.count, tail.count - offset)
            buffer.copyBytes(from: tail[offset..<offset + count])
            produced += count
            return count
        }
    }

    func lines(_ text: String, limit: Int = InputLine.limit, chunk: Int) -> [InputLine] {
        var reader = LineReader(source: Chunked(bytes: Array(text.utf8), chunk: chunk), limit: limit)
        var out: [InputLine] = []
        while true {
            let line = reader.next()
            out.append(line)
            if line == .end { break }
        }
        #expect(reader.next() == .end, "the end stays the end")
        return out
    }

    static let chunks = [1, 2, 3, 7, 64 << 10]

    @Test(arguments: chunks) func linesEndingsAndTheLastLine(chunk: Int) {
        #expect(lines("", chunk: chunk) == [.end])
        #expect(lines("\n", chunk: chunk) == [.text(""), .end])
        #expect(lines("a\nbc\r\n\nd", chunk: chunk) == [.text("a"), .text("bc"), .text(""), .text("d"), .end])
        #expect(lines("café\n", chunk: chunk) == [.text("café"), .end])
    }

    @Test(arguments: chunks) func theBoundIsInclusiveAndALineEndingDoesNotCount(chunk: Int) {
        #expect(lines("12345678\n1\n", limit: 8, chunk: chunk) == [.text("12345678"), .text("1"), .end])
        #expect(lines("12345678\r\n", limit: 8, chunk: chunk) == [.text("12345678"), .end])
        #expect(lines("123456789\n1\n", limit: 8, chunk: chunk) == [.tooLong, .text("1"), .end])
        #expect(lines("123456789\r\n1\n", limit: 8, chunk: chunk) == [.tooLong, .text("1"), .end])
        #expect(lines("1234567\r\r\n", limit: 8, chunk: chunk) == [.text("1234567\r"), .end])
    }

    @Test(arguments: chunks) func aTooLongLastLineWithoutNewlineIsTooLongThenTheEnd(chunk: Int) {
        #expect(lines("1\n" + String(repeating: "y", count: 40), limit: 8, chunk: chunk) == [.text("1"), .tooLong, .end])
    }

    @Test func aFiftyMegabyteLineIsNeverHeld() {
        var reader = LineReader(source: Huge(size: 50 << 20, tail: Array("\n3\n2\n".utf8)))
        #expect(reader.next() == .tooLong)
        #expect(reader.peakLineBytes <= InputLine.limit + 1)
        #expect(reader.next() == .text("3"))
        #expect(reader.next() == .text("2"))
        #expect(reader.next() == .end)
    }

    @Test func theDefaultBoundIs64KiB() {
        #expect(InputLine.limit == 65_536)
        let fits = String(repeating: "z", count: InputLine.limit)
        #expect(lines(fits + "\n", chunk: 4096) == [.text(fits), .end])
        #expect(lines(fits + "z\n", chunk: 4096) == [.tooLong, .end])
    }
}
