import Foundation

/// A minimal JSON scanner that skips over values (the text is known to be valid JSON).
struct JSONScanner {
    let bytes: [UInt8]
    var index: Int

    var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func skipSpace() {
        while let c = current, c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { index += 1 }
    }

    mutating func skipString() throws {
        index += 1
        while let c = current {
            index += 1
            if c == UInt8(ascii: "\"") { return }
            if c == UInt8(ascii: "\\") { index += 1 }
        }
        throw JSONSpliceError.malformed(at: index)
    }

    /// Skips one value of any kind, nested objects and lists included.
    mutating func skipValue() throws {
        guard let c = current else { throw JSONSpliceError.malformed(at: index) }
        switch c {
        case UInt8(ascii: "\""):
            try skipString()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            while let c = current {
                if c == UInt8(ascii: "\"") { try skipString(); continue }
                if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") { depth += 1 }
                if c == UInt8(ascii: "}") || c == UInt8(ascii: "]") { depth -= 1 }
                index += 1
                if depth == 0 { return }
            }
            throw JSONSpliceError.malformed(at: index)
        default:
            // Numbers and the literals true, false, null: up to the next delimiter.
            let start = index
            while let c = current, c != UInt8(ascii: ","), c != UInt8(ascii: "}"), c != UInt8(ascii: "]"),
                  c != 0x20, c != 0x0A, c != 0x0D, c != 0x09 { index += 1 }
            if index == start { throw JSONSpliceError.malformed(at: index) }
        }
    }
}
