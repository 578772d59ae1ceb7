import Foundation

/// A parsed JSON text: the bytes as read and a flat list of its values ("nodes") in document
/// order, each with the byte range it occupies. Object members are a key node (a string)
/// followed by the value's nodes. Nothing is copied out of the text until it is asked for, so a
/// parse is one pass over the bytes, and every value, key and error has a place in the file.
///
/// Made by `JSONReader.parse`; read by `JSONTreeDecoder` (for `Decodable` types), by
/// `RecordedSplice` (to edit the text in place) and by anything that needs a line and column.
public struct JSONDocument: Sendable {
    /// The kind of a value.
    public enum Kind: UInt8, Sendable {
        case object, array, string, number, `true`, `false`, null
    }

    struct Node {
        var kind: Kind
        /// Strings: `hasEscapes` (bit 0), `nonASCII` (bit 1). Numbers: `isInteger` (bit 0).
        var flags: UInt8
        /// Offset of the value's first byte (the opening quote or bracket).
        var start: Int32
        /// Offset just after the value's last byte.
        var end: Int32
        /// Objects: number of members; arrays: number of elements.
        var count: Int32
        /// Index of the first node after this value (and everything inside it).
        var next: Int32
        /// Index of the object or array that holds this node; -1 for the root.
        var parent: Int32
    }

    static let hasEscapes: UInt8 = 1
    static let nonASCII: UInt8 = 2
    static let isInteger: UInt8 = 1

    /// The text as read (a byte-order mark included, so offsets are offsets in the file).
    public let bytes: [UInt8]
    let nodes: [Node]

    /// The root value.
    public var root: Int { 0 }

    // MARK: Values

    public func kind(_ node: Int) -> Kind { nodes[node].kind }

    /// The bytes a value occupies (quotes and brackets included).
    public func byteRange(_ node: Int) -> Range<Int> { Int(nodes[node].start)..<Int(nodes[node].end) }

    /// Elements of an array, members of an object.
    public func count(_ node: Int) -> Int { Int(nodes[node].count) }

    /// The value's text exactly as it is in the file.
    public func rawText(_ node: Int) -> String {
        String(decoding: bytes[byteRange(node)], as: UTF8.self)
    }

    /// The elements of an array (node indices), in order.
    public func elements(_ array: Int) -> [Int] {
        guard nodes[array].kind == .array else { return [] }
        var out: [Int] = []
        out.reserveCapacity(Int(nodes[array].count))
        var i = array + 1
        for _ in 0..<nodes[array].count {
            out.append(i)
            i = Int(nodes[i].next)
        }
        return out
    }

    /// One `"key": value` member of an object.
    public struct Member: Sendable {
        public var key: String
        /// The key node (a string).
        public var keyNode: Int
        /// The value node.
        public var value: Int
        /// Offset of the key's opening quote, and just after its closing quote.
        public var keyStart: Int, keyEnd: Int
        /// Offset of the value's first byte, and just after its last.
        public var valueStart: Int, valueEnd: Int
    }

    /// The members of an object, in the file's order.
    public func members(_ object: Int) -> [Member] {
        guard nodes[object].kind == .object else { return [] }
        var out: [Member] = []
        out.reserveCapacity(Int(nodes[object].count))
        var k = object + 1
        for _ in 0..<nodes[object].count {
            let v = k + 1
            out.append(Member(key: string(k) ?? "", keyNode: k, value: v,
                              keyStart: Int(nodes[k].start), keyEnd: Int(nodes[k].end),
                              valueStart: Int(nodes[v].start), valueEnd: Int(nodes[v].end)))
            k = Int(nodes[v].next)
        }
        return out
    }

    /// The value of `key` in an object, if it has that key.
    public func member(_ object: Int, _ key: String) -> Int? {
        guard nodes[object].kind == .object else { return nil }
        var key = key
        return key.withUTF8 { utf8 in member(object, utf8) }
    }

    /// The value of the key whose UTF-8 is `key` in an object (which `object` is).
    private func member(_ object: Int, _ key: UnsafeBufferPointer<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { b in
            nodes.withUnsafeBufferPointer { n in
                var k = object + 1
                for _ in 0..<n[object].count {
                    let node = n[k]
                    if node.flags & Self.hasEscapes == 0 {
                        // The key's bytes between its quotes are its UTF-8.
                        if Int(node.end - node.start) - 2 == key.count
                            && (key.isEmpty || memcmp(b.baseAddress! + Int(node.start) + 1, key.baseAddress!, key.count) == 0) {
                            return k + 1
                        }
                    } else if Self.decodeString(node, b) == String(decoding: key, as: UTF8.self) {
                        return k + 1
                    }
                    k = Int(n[k + 1].next)
                }
                return nil
            }
        }
    }

    /// A string value (or key), unescaped; nil for other kinds.
    public func string(_ node: Int) -> String? {
        let n = nodes[node]
        guard n.kind == .string else { return nil }
        return bytes.withUnsafeBufferPointer { Self.decodeString(n, $0) }
    }

    /// A boolean value; nil for other kinds.
    public func bool(_ node: Int) -> Bool? {
        switch nodes[node].kind {
        case .true: return true
        case .false: return false
        default: return nil
        }
    }

    /// Whether a value is `null`.
    public func isNull(_ node: Int) -> Bool { nodes[node].kind == .null }

    /// Whether a number is written without fraction or exponent (`12`, `-3`).
    func isIntegerLiteral(_ node: Int) -> Bool { nodes[node].kind == .number && nodes[node].flags & Self.isInteger != 0 }

    static func decodeString(_ n: Node, _ buffer: UnsafeBufferPointer<UInt8>) -> String {
        let start = Int(n.start) + 1, end = Int(n.end) - 1
        if n.flags & Self.hasEscapes == 0 {
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(end - start)
        var i = start
        while i < end {
            let b = buffer[i]
            guard b == UInt8(ascii: "\\") else { out.append(b); i += 1; continue }
            let e = buffer[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = UInt32(JSONReader.hex4(buffer, i))
                i += 4
                if scalar >= 0xD800 && scalar < 0xDC00 {
                    // The reader has checked that a low surrogate follows.
                    let low = UInt32(JSONReader.hex4(buffer, i + 2))
                    i += 6
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                appendUTF8(scalar, to: &out)
            default: out.append(e) // " \ /
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func appendUTF8(_ s: UInt32, to out: inout [UInt8]) {
        switch s {
        case ..<0x80: out.append(UInt8(s))
        case ..<0x800:
            out.append(UInt8(0xC0 | (s >> 6)))
            out.append(UInt8(0x80 | (s & 0x3F)))
        case ..<0x10000:
            out.append(UInt8(0xE0 | (s >> 12)))
            out.append(UInt8(0x80 | ((s >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (s & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (s >> 18)))
            out.append(UInt8(0x80 | ((s >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((s >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (s & 0x3F)))
        }
    }

    // MARK: Places

    /// Line, column and byte offset of a byte offset.
    public func location(ofByte offset: Int) -> JSONLocation { JSONLocation.of(offset, in: bytes) }

    /// Line, column and byte offset where a value (or key) starts.
    public func location(of node: Int) -> JSONLocation { location(ofByte: Int(nodes[node].start)) }

    /// The value (or key) whose first byte is at `offset`, if one is.
    public func node(startingAt offset: Int) -> Int? {
        var low = 0, high = nodes.count
        while low < high {
            let mid = (low + high) / 2
            if Int(nodes[mid].start) < offset { low = mid + 1 } else { high = mid }
        }
        return low < nodes.count && Int(nodes[low].start) == offset ? low : nil
    }

    /// The value a JSON Pointer (RFC 6901, e.g. `/answers/role`, `/steps/0`; `""` is the root)
    /// names, if the document has it.
    public func node(atPointer pointer: String) -> Int? {
        if pointer.isEmpty { return root }
        guard pointer.hasPrefix("/") else { return nil }
        var node = root
        for token in pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            let key = Self.unescapePointerToken(token)
            switch nodes[node].kind {
            case .object:
                guard let value = member(node, key) else { return nil }
                node = value
            case .array:
                guard let index = Int(key), index >= 0, index < nodes[node].count,
                      key == "0" || !key.hasPrefix("0") else { return nil }
                node = elements(node)[index]
            default: return nil
            }
        }
        return node
    }

    /// Where the value a JSON Pointer names starts (line, column, byte offset), if it exists.
    public func location(ofPointer pointer: String) -> JSONLocation? {
        node(atPointer: pointer).map { location(of: $0) }
    }

    /// The value a coding path names (object keys by name, array elements by index), or the
    /// deepest value on the path that exists, with how many path components were found.
    public func node(atPath path: [CodingKey]) -> (node: Int, matched: Int) {
        var node = root
        for (depth, key) in path.enumerated() {
            switch nodes[node].kind {
            case .object:
                guard let value = member(node, key.stringValue) else { return (node, depth) }
                node = value
            case .array:
                guard let index = key.intValue, index >= 0, index < nodes[node].count else { return (node, depth) }
                node = elements(node)[index]
            default: return (node, depth)
            }
        }
        return (node, path.count)
    }

    /// The coding path of a node (keys and indices from the root).
    func codingPath(of node: Int) -> [CodingKey] {
        var path: [CodingKey] = []
        var child = node
        var parent = Int(nodes[node].parent)
        while parent >= 0 {
            if nodes[parent].kind == .object {
                path.append(JSONCodingKey(string: string(child - 1) ?? ""))
            } else {
                var index = 0
                var i = parent + 1
                while i != child { i = Int(nodes[i].next); index += 1 }
                path.append(JSONCodingKey(index: index))
            }
            child = parent
            parent = Int(nodes[parent].parent)
        }
        return path.reversed()
    }

    static func unescapePointerToken(_ token: Substring) -> String {
        var out = ""
        var tilde = false
        for ch in token {
            if tilde {
                out.append(ch == "1" ? "/" : ch == "0" ? "~" : ch)
                tilde = false
            } else if ch == "~" {
                tilde = true
            } else {
                out.append(ch)
            }
        }
        if tilde { out.append("~") }
        return out
    }

    static func escapePointerToken(_ key: String) -> String {
        var out = ""
        for ch in key {
            switch ch {
            case "~": out += "~0"
            case "/": out += "~1"
            default: out.append(ch)
            }
        }
        return out
    }

    /// The JSON Pointer of a node (`/answers/role`).
    public func pointer(of node: Int) -> String {
        codingPath(of: node).map { key in
            "/" + (key.intValue.map(String.init) ?? Self.escapePointerToken(key.stringValue))
        }.joined()
    }
}

/// A coding key made from a JSON key or an array index.
struct JSONCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(string: String) { stringValue = string; intValue = nil }
    init(index: Int) { stringValue = "\(index)"; intValue = index }
    init?(stringValue: String) { self.init(string: stringValue) }
    init?(intValue: Int) { self.init(index: intValue) }
}
