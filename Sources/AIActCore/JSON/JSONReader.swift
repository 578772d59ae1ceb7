import Foundation

/// The one JSON reader of aiact: descriptions, answer files, rules and the `--record` splice
/// all go through it, so a file that one command accepts every other command accepts too.
///
/// What it accepts (RFC 8259, strictly):
/// - **Encoding**: UTF-8, with or without a byte-order mark (the mark is kept in the bytes, so an
///   edit writes it back). UTF-16 and UTF-32 (with or without a mark) are refused with a message
///   that says so, everywhere; invalid UTF-8 (overlong forms, encoded surrogates, stray bytes)
///   is refused with its place.
/// - **Strings**: no raw control characters (U+0000–U+001F), only the escapes `\" \\ \/ \b \f \n
///   \r \t \uXXXX`, and `\u` surrogates only as a high–low pair.
/// - **Numbers**: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, nothing else (`01`, `1.`,
///   `.5`, `+1`, `1.2.3`, `NaN` are errors).
/// - **Nesting**: at most `maximumDepth` (512) levels of objects and lists.
/// - **Keys**: a key appears at most once per object; a repeat is an error naming both places.
/// - **Size**: at most `maximumSize` bytes (offsets are kept as 32-bit numbers).
///
/// The reader is iterative (its stack is a list, not the call stack), so no input can overflow
/// the stack; and it does one pass over the bytes, recording each value's byte range.
public enum JSONReader {
    /// The deepest nesting of objects and lists accepted.
    public static let maximumDepth = 512
    /// The largest text accepted, in bytes.
    public static let maximumSize = Int(Int32.max) - 1

    /// Parses a text; throws `JSONError` with the place of the first problem.
    /// `rejectingDuplicateKeys: false` is for the embedded rules alone, which tests parse with the
    /// check (so they have no repeated key): it spares that work at every start.
    public static func parse(_ bytes: [UInt8], rejectingDuplicateKeys: Bool = true) throws(JSONError) -> JSONDocument {
        let nodes = try bytes.withUnsafeBufferPointer { (buffer) throws(JSONError) -> [JSONDocument.Node] in
            var parser = Parser(buffer: buffer, rejectingDuplicateKeys: rejectingDuplicateKeys)
            try parser.run()
            return parser.nodes
        }
        return JSONDocument(bytes: bytes, nodes: nodes)
    }

    /// Parses a text given as a string (its UTF-8).
    public static func parse(_ text: String) throws(JSONError) -> JSONDocument {
        try parse(Array(text.utf8))
    }

    /// The value of four hex digits at `i` (the reader has checked them).
    static func hex4(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt16 {
        var v: UInt16 = 0
        for k in 0..<4 { v = v << 4 | UInt16(hexValue(b[i + k])) }
        return v
    }

    @inline(__always)
    static func hexValue(_ c: UInt8) -> UInt8 {
        switch c {
        case 0x30...0x39: return c - 0x30
        case 0x41...0x46: return c - 0x41 + 10
        case 0x61...0x66: return c - 0x61 + 10
        default: return 0xFF
        }
    }

    /// The encoding of a text that is not UTF-8, judged from its first bytes (byte-order mark,
    /// or the pattern of zero bytes that RFC 4627 describes); nil when it may be UTF-8.
    static func foreignEncoding(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        let n = b.count
        if n >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF { return "UTF-32BE" }
        if n >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0 { return "UTF-32LE" }
        if n >= 2 && b[0] == 0xFE && b[1] == 0xFF { return "UTF-16BE" }
        if n >= 2 && b[0] == 0xFF && b[1] == 0xFE { return "UTF-16LE" }
        if n >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0 { return "UTF-32BE" }
        if n >= 4 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0 { return "UTF-32LE" }
        if n >= 2 && b[0] == 0 && b[1] != 0 { return "UTF-16BE" }
        if n >= 2 && b[0] != 0 && b[1] == 0 { return "UTF-16LE" }
        return nil
    }

    private struct Parser {
        let b: UnsafeBufferPointer<UInt8>
        var i = 0
        var nodes: [JSONDocument.Node] = []
        /// The open objects and arrays (node indices).
        var stack: [Int32] = []
        /// Scratch space for `checkDuplicates`.
        var keys: [Int] = []

        /// Whether an object with a repeated key is an error (always, but for the embedded rules).
        let rejectingDuplicateKeys: Bool

        init(buffer: UnsafeBufferPointer<UInt8>, rejectingDuplicateKeys: Bool) {
            b = buffer
            self.rejectingDuplicateKeys = rejectingDuplicateKeys
            nodes.reserveCapacity(max(16, buffer.count / 12))
        }

        func fail(_ kind: JSONError.Kind, at offset: Int) -> JSONError {
            JSONError(kind, at: JSONLocation.of(offset, in: b))
        }

        /// What is at `offset`, for a syntax error.
        func found(at offset: Int) -> JSONError.Found {
            guard offset < b.count else { return .endOfText }
            let c = b[offset]
            if c == UInt8(ascii: "/"), offset + 1 < b.count, b[offset + 1] == UInt8(ascii: "/") || b[offset + 1] == UInt8(ascii: "*") {
                return .comment
            }
            if c < 0x80 { return .character(UInt32(c)) }
            var iterator = UnsafeBufferPointer(rebasing: b[offset..<min(b.count, offset + 4)]).makeIterator()
            var decoder = UTF8()
            if case .scalarValue(let scalar) = decoder.decode(&iterator) { return .character(scalar.value) }
            return .byte(c)
        }

        func syntax(_ expected: JSONError.Expectation, at offset: Int) -> JSONError {
            fail(.expected(expected, found: found(at: offset)), at: offset)
        }

        @inline(__always)
        mutating func skipSpace() {
            while i < b.count {
                let c = b[i]
                guard c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 else { return }
                i += 1
            }
        }

        @inline(__always)
        mutating func add(_ kind: JSONDocument.Kind, flags: UInt8, start: Int, end: Int) {
            let index = Int32(nodes.count)
            nodes.append(JSONDocument.Node(kind: kind, flags: flags, start: Int32(start), end: Int32(end),
                                           count: 0, next: index + 1, parent: stack.last ?? -1))
        }

        mutating func run() throws(JSONError) {
            guard b.count <= JSONReader.maximumSize else { throw fail(.tooLarge(limit: JSONReader.maximumSize), at: 0) }
            if let encoding = JSONReader.foreignEncoding(b) { throw fail(.notUTF8(encoding: encoding), at: 0) }
            if b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF { i = 3 }
            skipSpace()
            guard i < b.count else { throw fail(.empty, at: i) }

            // States: expecting a value; expecting a key (after `{` or `,` in an object); after a value.
            var expectingKey = false
            var afterComma = false
            var comma = 0
            while true {
                if expectingKey {
                    // A key, `:` and then a value.
                    guard i < b.count, b[i] == UInt8(ascii: "\"") else {
                        if afterComma && i < b.count && b[i] == UInt8(ascii: "}") {
                            throw fail(.expected(.key, found: .trailingComma), at: comma)
                        }
                        throw syntax(.key, at: i)
                    }
                    nodes[Int(stack[stack.count - 1])].count += 1
                    try string()
                    skipSpace()
                    guard i < b.count, b[i] == UInt8(ascii: ":") else { throw syntax(.colon, at: i) }
                    i += 1
                    skipSpace()
                    expectingKey = false
                    afterComma = false
                }

                // A value.
                guard i < b.count else { throw syntax(.value, at: i) }
                if let top = stack.last, nodes[Int(top)].kind == .array { nodes[Int(top)].count += 1 }
                let c = b[i]
                switch c {
                case UInt8(ascii: "\""):
                    try string()
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    guard stack.count < JSONReader.maximumDepth else {
                        throw fail(.tooDeep(limit: JSONReader.maximumDepth), at: i)
                    }
                    let isObject = c == UInt8(ascii: "{")
                    add(isObject ? .object : .array, flags: 0, start: i, end: i + 1)
                    stack.append(Int32(nodes.count - 1))
                    i += 1
                    skipSpace()
                    if i < b.count && b[i] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                        close()
                    } else if isObject {
                        expectingKey = true
                        continue
                    } else {
                        if i < b.count && b[i] == UInt8(ascii: ",") { throw syntax(.value, at: i) }
                        continue
                    }
                case UInt8(ascii: "-"), 0x30...0x39:
                    try number()
                case UInt8(ascii: "t"): try literal(.true, [0x74, 0x72, 0x75, 0x65])
                case UInt8(ascii: "f"): try literal(.false, [0x66, 0x61, 0x6C, 0x73, 0x65])
                case UInt8(ascii: "n"): try literal(.null, [0x6E, 0x75, 0x6C, 0x6C])
                default:
                    if afterComma && (c == UInt8(ascii: "]")) { throw fail(.expected(.value, found: .trailingComma), at: comma) }
                    throw syntax(.value, at: i)
                }
                afterComma = false

                // After a value: `,` or the end of the enclosing object or array.
                while true {
                    skipSpace()
                    guard let top = stack.last else {
                        guard i == b.count else { throw syntax(.end, at: i) }
                        return
                    }
                    let isObject = nodes[Int(top)].kind == .object
                    guard i < b.count else { throw syntax(isObject ? .commaOrCloseBrace : .commaOrCloseBracket, at: i) }
                    let c = b[i]
                    if c == UInt8(ascii: ",") {
                        comma = i
                        i += 1
                        skipSpace()
                        afterComma = true
                        expectingKey = isObject
                        break
                    }
                    guard c == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) else {
                        throw syntax(isObject ? .commaOrCloseBrace : .commaOrCloseBracket, at: i)
                    }
                    if isObject && rejectingDuplicateKeys { try checkDuplicates(Int(top)) }
                    close()
                }
            }
        }

        /// Closes the innermost open object or array at `i` (its closing bracket).
        mutating func close() {
            let top = Int(stack.removeLast())
            i += 1
            nodes[top].end = Int32(i)
            nodes[top].next = Int32(nodes.count)
        }

        mutating func literal(_ kind: JSONDocument.Kind, _ word: [UInt8]) throws(JSONError) {
            guard i + word.count <= b.count else { throw syntax(.value, at: i) }
            for k in 0..<word.count where b[i + k] != word[k] { throw syntax(.value, at: i) }
            add(kind, flags: 0, start: i, end: i + word.count)
            i += word.count
        }

        mutating func number() throws(JSONError) {
            let start = i
            var integer = true
            if b[i] == UInt8(ascii: "-") { i += 1 }
            @inline(__always) func digit(_ k: Int) -> Bool { k < b.count && b[k] >= 0x30 && b[k] <= 0x39 }
            guard digit(i) else { throw fail(.invalidNumber, at: start) }
            if b[i] == 0x30 { i += 1 } else { while digit(i) { i += 1 } }
            if i < b.count && b[i] == UInt8(ascii: ".") {
                integer = false
                i += 1
                guard digit(i) else { throw fail(.invalidNumber, at: start) }
                while digit(i) { i += 1 }
            }
            if i < b.count && (b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E")) {
                integer = false
                i += 1
                if i < b.count && (b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-")) { i += 1 }
                guard digit(i) else { throw fail(.invalidNumber, at: start) }
                while digit(i) { i += 1 }
            }
            // `01`, `1.2.3`, `1e5e5`, `12abc`: the number goes on where the grammar ends it.
            if i < b.count {
                let c = b[i]
                if (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: ".") || c == UInt8(ascii: "+") || c == UInt8(ascii: "-")
                    || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) {
                    throw fail(.invalidNumber, at: start)
                }
            }
            add(.number, flags: integer ? JSONDocument.isInteger : 0, start: start, end: i)
        }

        /// A string at `i` (its opening quote): checks escapes, control characters and UTF-8.
        mutating func string() throws(JSONError) {
            let start = i
            var flags: UInt8 = 0
            var j = i + 1
            let n = b.count
            let base = UnsafeRawPointer(b.baseAddress!)
            while true {
                // Eight bytes at a time while none of them is '"', '\\', a control character or non-ASCII;
                // then straight to the first one that is (the lowest byte the mask marks).
                while j &+ 8 <= n {
                    let w = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: j, as: UInt64.self))
                    let special = Self.specialBytes(w)
                    if special != 0 { j &+= special.trailingZeroBitCount &>> 3; break }
                    j &+= 8
                }
                guard j < n else { throw fail(.unterminatedString, at: start) }
                let c = b[j]
                if c == UInt8(ascii: "\"") { break }
                if c >= 0x20 && c < 0x80 && c != UInt8(ascii: "\\") { j += 1; continue }
                if c == UInt8(ascii: "\\") {
                    flags |= JSONDocument.hasEscapes
                    guard j + 1 < n else { throw fail(.unterminatedString, at: start) }
                    switch b[j + 1] {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                         UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                        j += 2
                    case UInt8(ascii: "u"):
                        guard let unit = hexEscape(at: j) else { throw fail(.invalidEscape, at: j) }
                        if unit >= 0xD800 && unit < 0xDC00 {
                            guard j + 7 < n, b[j + 6] == UInt8(ascii: "\\"), b[j + 7] == UInt8(ascii: "u"),
                                  let low = hexEscape(at: j + 6), low >= 0xDC00 && low < 0xE000 else {
                                throw fail(.loneSurrogate(unit), at: j)
                            }
                            j += 12
                        } else if unit >= 0xDC00 && unit < 0xE000 {
                            throw fail(.loneSurrogate(unit), at: j)
                        } else {
                            j += 6
                        }
                    default:
                        throw fail(.invalidEscape, at: j)
                    }
                    continue
                }
                if c < 0x20 { throw fail(.controlCharacter(c), at: j) }
                flags |= JSONDocument.nonASCII
                j = try utf8Sequence(at: j)
            }
            add(.string, flags: flags, start: start, end: j + 1)
            i = j + 1
        }

        /// The bytes of a word (its first byte lowest) that end the fast path of a string: `"`,
        /// `\\`, below 0x20, or 0x80 and above, as the high bit of each. A byte above a marked one
        /// may be marked without being one (a borrow), so only the lowest mark is exact; zero when
        /// the word has none.
        @inline(__always)
        static func specialBytes(_ w: UInt64) -> UInt64 {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let high: UInt64 = 0x8080_8080_8080_8080
            let quote = w ^ (ones &* 0x22)
            let backslash = w ^ (ones &* 0x5C)
            let zeroInQuote = (quote &- ones) & ~quote
            let zeroInBackslash = (backslash &- ones) & ~backslash
            let control = w &- (ones &* 0x20)
            return (zeroInQuote | zeroInBackslash | control | w) & high
        }

        /// The value of `\uXXXX` at `j` (the backslash), if it has four hex digits.
        func hexEscape(at j: Int) -> UInt16? {
            guard j + 5 < b.count else { return nil }
            var v: UInt16 = 0
            for k in 2...5 {
                let h = JSONReader.hexValue(b[j + k])
                guard h != 0xFF else { return nil }
                v = v << 4 | UInt16(h)
            }
            return v
        }

        /// Checks one multi-byte UTF-8 sequence at `j` (RFC 3629: no overlong forms, no
        /// surrogates, nothing above U+10FFFF); returns the offset after it.
        func utf8Sequence(at j: Int) throws(JSONError) -> Int {
            let c = b[j]
            let n = b.count
            @inline(__always) func cont(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
                k < n && b[k] >= low && b[k] <= high
            }
            switch c {
            case 0xC2...0xDF:
                if cont(j + 1) { return j + 2 }
            case 0xE0:
                if cont(j + 1, 0xA0), cont(j + 2) { return j + 3 }
            case 0xE1...0xEC, 0xEE, 0xEF:
                if cont(j + 1), cont(j + 2) { return j + 3 }
            case 0xED:
                if cont(j + 1, 0x80, 0x9F), cont(j + 2) { return j + 3 }
            case 0xF0:
                if cont(j + 1, 0x90), cont(j + 2), cont(j + 3) { return j + 4 }
            case 0xF1...0xF3:
                if cont(j + 1), cont(j + 2), cont(j + 3) { return j + 4 }
            case 0xF4:
                if cont(j + 1, 0x80, 0x8F), cont(j + 2), cont(j + 3) { return j + 4 }
            default: break
            }
            throw fail(.invalidUTF8, at: j)
        }

        /// Rejects an object (whose members are all parsed) that has a key twice.
        mutating func checkDuplicates(_ object: Int) throws(JSONError) {
            let count = Int(nodes[object].count)
            guard count > 1 else { return }
            // The key nodes, in a list kept from object to object (no allocation per object).
            keys.removeAll(keepingCapacity: true)
            var k = object + 1
            for _ in 0..<count {
                keys.append(k)
                k = Int(nodes[k + 1].next)
            }
            if count <= 16 {
                for a in 1..<count {
                    for p in 0..<a where sameKey(keys[p], keys[a]) { throw duplicate(first: keys[p], second: keys[a]) }
                }
                return
            }
            var seen: [String: Int] = [:]
            seen.reserveCapacity(count)
            for key in keys {
                let text = keyText(key)
                if let first = seen[text] { throw duplicate(first: first, second: key) }
                seen[text] = key
            }
        }

        func duplicate(first: Int, second: Int) -> JSONError {
            fail(.duplicateKey(keyText(second), first: JSONLocation.of(Int(nodes[first].start), in: b)),
                 at: Int(nodes[second].start))
        }

        func keyText(_ k: Int) -> String {
            JSONDocument.decodeString(nodes[k], b)
        }

        /// Whether two keys are the same string: the same bytes when neither is escaped nor
        /// non-ASCII; otherwise the same Swift string (so `é` and `e` + U+0301, which a Swift
        /// dictionary would merge, count as the same key too).
        func sameKey(_ x: Int, _ y: Int) -> Bool {
            let p = nodes[x], q = nodes[y]
            if (p.flags | q.flags) == 0 {
                let length = Int(p.end - p.start)
                guard length == Int(q.end - q.start) else { return false }
                return length == 2 || memcmp(b.baseAddress! + Int(p.start) + 1, b.baseAddress! + Int(q.start) + 1, length - 2) == 0
            }
            return keyText(x) == keyText(y)
        }
    }
}
