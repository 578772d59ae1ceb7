import Foundation

/// Where the members of one JSON object sit in a text: byte offsets of each key and value, so a
/// member can be replaced or inserted without re-encoding the rest of the file (which would lose
/// its key order, indentation and formatting).
struct JSONObjectLayout {
    /// One `"key": value` member of the object.
    struct Member {
        var key: String
        /// Offset of the key's opening quote.
        var keyStart: Int
        /// Offset just after the key's closing quote.
        var keyEnd: Int
        /// Offset of the value's first byte.
        var valueStart: Int
        /// Offset just after the value's last byte.
        var valueEnd: Int
    }

    /// Offset of `{`.
    var open: Int
    /// Offset of `}`.
    var close: Int
    var members: [Member]

    /// The members with this key (more than one means the object repeats a key).
    func members(named key: String) -> [Member] { members.filter { $0.key == key } }

    /// Reads the object that starts at `start` (after optional whitespace and a byte-order mark).
    static func read(_ bytes: [UInt8], at start: Int = 0) throws -> JSONObjectLayout {
        var scanner = JSONScanner(bytes: bytes, index: start)
        if start == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { scanner.index = 3 }
        scanner.skipSpace()
        guard scanner.current == UInt8(ascii: "{") else { throw JSONSpliceError.notAnObject }
        let open = scanner.index
        scanner.index += 1
        var members: [Member] = []
        scanner.skipSpace()
        if scanner.current == UInt8(ascii: "}") {
            return JSONObjectLayout(open: open, close: scanner.index, members: [])
        }
        while true {
            scanner.skipSpace()
            guard scanner.current == UInt8(ascii: "\"") else { throw JSONSpliceError.malformed(at: scanner.index) }
            let keyStart = scanner.index
            try scanner.skipString()
            let keyEnd = scanner.index
            let key = try decodeString(Array(bytes[keyStart..<keyEnd]))
            scanner.skipSpace()
            guard scanner.current == UInt8(ascii: ":") else { throw JSONSpliceError.malformed(at: scanner.index) }
            scanner.index += 1
            scanner.skipSpace()
            let valueStart = scanner.index
            try scanner.skipValue()
            members.append(Member(key: key, keyStart: keyStart, keyEnd: keyEnd, valueStart: valueStart, valueEnd: scanner.index))
            scanner.skipSpace()
            if scanner.current == UInt8(ascii: ",") { scanner.index += 1; continue }
            guard scanner.current == UInt8(ascii: "}") else { throw JSONSpliceError.malformed(at: scanner.index) }
            return JSONObjectLayout(open: open, close: scanner.index, members: members)
        }
    }

    /// A JSON string literal (quotes included) as a Swift string.
    static func decodeString(_ literal: [UInt8]) throws -> String {
        guard let value = try? JSONSerialization.jsonObject(with: Data(literal), options: [.fragmentsAllowed]) as? String else {
            throw JSONSpliceError.malformed(at: 0)
        }
        return value
    }
}
