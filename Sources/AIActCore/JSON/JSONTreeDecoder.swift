/// A `Decoder` over a `JSONDocument`, so the `Decodable` model types read from the one reader.
///
/// One decoder object serves a whole decode: it moves to the node being decoded and back, and
/// containers remember their own node, so decoding allocates little beyond the values made.
/// Coding paths are not tracked while decoding; they are derived from the node when an error
/// needs one (every node knows its parent). Decoding is recursive in the depth of the value,
/// which `JSONReader.maximumDepth` bounds.
public final class JSONTreeDecoder: Decoder {
    public let document: JSONDocument
    var node: Int
    /// Name lookup tables for objects with many members (built when first asked).
    private var tables: [Int: [String: Int]] = [:]
    /// Whether the model's types are read by the direct readings of JSONTreeDecoder+Model.swift
    /// (always, except in the test that compares them with the types' own `init(from:)`).
    let readsModelDirectly: Bool

    public var userInfo: [CodingUserInfoKey: Any] { [:] }
    public var codingPath: [CodingKey] { document.codingPath(of: node) }

    init(document: JSONDocument, node: Int, readsModelDirectly: Bool = true) {
        self.document = document
        self.node = node
        self.readsModelDirectly = readsModelDirectly
    }

    /// Decodes the document's root value as `T`.
    public static func decode<T: Decodable>(_ type: T.Type, from document: JSONDocument) throws -> T {
        try JSONTreeDecoder(document: document, node: document.root).decode(type, at: document.root)
    }

    public func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        try require(.object, node, [String: String].self)
        return KeyedDecodingContainer(KeyedContainer<Key>(decoder: self, object: node))
    }

    public func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        try require(.array, node, [String].self)
        return UnkeyedContainer(decoder: self, array: node)
    }

    public func singleValueContainer() throws -> SingleValueDecodingContainer {
        SingleContainer(decoder: self, node: node)
    }

    // MARK: Values

    func decode<T: Decodable>(_ type: T.Type, at node: Int) throws -> T {
        // The common leaf types directly, without a round through `init(from:)`.
        if T.self == String.self { return unsafeBitCast(try string(node), to: T.self) }
        if T.self == [String].self { return unsafeBitCast(try strings(node), to: T.self) }
        if T.self == [String: String].self { return unsafeBitCast(try stringTable(node), to: T.self) }
        if T.self == Bool.self { return unsafeBitCast(try bool(node), to: T.self) }
        if T.self == Int.self { return unsafeBitCast(try integer(node, Int.self), to: T.self) }
        // The model's types, read directly (see JSONTreeDecoder+Model.swift).
        if readsModelDirectly, let value = try model(type, at: node) { return value }
        let saved = self.node
        self.node = node
        defer { self.node = saved }
        return try T(from: self)
    }

    func require(_ kind: JSONDocument.Kind, _ node: Int, _ type: Any.Type) throws {
        let found = document.kind(node)
        guard found == kind else {
            if found == .null {
                throw DecodingError.valueNotFound(type, .init(codingPath: document.codingPath(of: node),
                                                              debugDescription: "found null"))
            }
            // A fixed text: `try?` probes (a string or a list?) throw this often, so it must be cheap.
            throw DecodingError.typeMismatch(type, .init(codingPath: document.codingPath(of: node),
                                                         debugDescription: "a value of another kind"))
        }
    }

    func string(_ node: Int) throws -> String {
        guard let s = document.string(node) else {
            try require(.string, node, String.self)
            return ""
        }
        return s
    }

    func strings(_ node: Int) throws -> [String] {
        try require(.array, node, [String].self)
        var out: [String] = []
        out.reserveCapacity(document.count(node))
        var i = node + 1
        for _ in 0..<document.count(node) {
            out.append(try string(i))
            i = Int(document.nodes[i].next)
        }
        return out
    }

    func stringTable(_ node: Int) throws -> [String: String] {
        try require(.object, node, [String: String].self)
        var out: [String: String] = [:]
        out.reserveCapacity(document.count(node))
        var k = node + 1
        for _ in 0..<document.count(node) {
            out[try string(k)] = try string(k + 1)
            k = Int(document.nodes[k + 1].next)
        }
        return out
    }

    func bool(_ node: Int) throws -> Bool {
        guard let b = document.bool(node) else {
            try require(.true, node, Bool.self)
            return false
        }
        return b
    }

    func integer<T: FixedWidthInteger>(_ node: Int, _ type: T.Type) throws -> T {
        try require(.number, node, T.self)
        guard document.isIntegerLiteral(node) else {
            throw DecodingError.dataCorrupted(.init(codingPath: document.codingPath(of: node),
                                                    debugDescription: "expected a whole number"))
        }
        let range = document.byteRange(node)
        var value: T = 0
        var negative = false
        var overflow = false
        for i in range {
            let c = document.bytes[i]
            if c == UInt8(ascii: "-") { negative = true; continue }
            let digit = T(c - 0x30)
            var o1 = false, o2 = false
            (value, o1) = value.multipliedReportingOverflow(by: 10)
            (value, o2) = negative ? value.subtractingReportingOverflow(digit) : value.addingReportingOverflow(digit)
            overflow = overflow || o1 || o2
        }
        guard !overflow else {
            throw DecodingError.dataCorrupted(.init(codingPath: document.codingPath(of: node),
                                                    debugDescription: "number out of range"))
        }
        return value
    }

    func double(_ node: Int) throws -> Double {
        try require(.number, node, Double.self)
        guard let value = Double(document.rawText(node)), value.isFinite else {
            throw DecodingError.dataCorrupted(.init(codingPath: document.codingPath(of: node),
                                                    debugDescription: "number out of range"))
        }
        return value
    }

    /// The value of `key` in `object`, if it has that key.
    func lookup(_ object: Int, _ key: String) -> Int? {
        let count = document.count(object)
        if count <= 16 { return document.member(object, key) }
        if let table = tables[object] { return table[key] }
        var table: [String: Int] = [:]
        table.reserveCapacity(count)
        for member in document.members(object) { table[member.key] = member.value }
        tables[object] = table
        return table[key]
    }
}

private struct KeyedContainer<K: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: JSONTreeDecoder
    let object: Int

    var codingPath: [CodingKey] { decoder.document.codingPath(of: object) }

    var allKeys: [K] {
        let document = decoder.document
        var out: [K] = []
        var k = object + 1
        for _ in 0..<document.count(object) {
            if let key = K(stringValue: document.string(k) ?? "") { out.append(key) }
            k = Int(document.nodes[k + 1].next)
        }
        return out
    }

    func contains(_ key: K) -> Bool { decoder.lookup(object, key.stringValue) != nil }

    func value(_ key: K) throws -> Int {
        guard let v = decoder.lookup(object, key.stringValue) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "missing key `\(key.stringValue)`"))
        }
        return v
    }

    func decodeNil(forKey key: K) throws -> Bool { decoder.document.isNull(try value(key)) }
    func decode(_ type: Bool.Type, forKey key: K) throws -> Bool { try decoder.bool(try value(key)) }
    func decode(_ type: String.Type, forKey key: K) throws -> String { try decoder.string(try value(key)) }
    func decode(_ type: Double.Type, forKey key: K) throws -> Double { try decoder.double(try value(key)) }
    func decode(_ type: Float.Type, forKey key: K) throws -> Float { Float(try decoder.double(try value(key))) }
    func decode(_ type: Int.Type, forKey key: K) throws -> Int { try decoder.integer(try value(key), type) }
    func decode(_ type: Int8.Type, forKey key: K) throws -> Int8 { try decoder.integer(try value(key), type) }
    func decode(_ type: Int16.Type, forKey key: K) throws -> Int16 { try decoder.integer(try value(key), type) }
    func decode(_ type: Int32.Type, forKey key: K) throws -> Int32 { try decoder.integer(try value(key), type) }
    func decode(_ type: Int64.Type, forKey key: K) throws -> Int64 { try decoder.integer(try value(key), type) }
    func decode(_ type: UInt.Type, forKey key: K) throws -> UInt { try decoder.integer(try value(key), type) }
    func decode(_ type: UInt8.Type, forKey key: K) throws -> UInt8 { try decoder.integer(try value(key), type) }
    func decode(_ type: UInt16.Type, forKey key: K) throws -> UInt16 { try decoder.integer(try value(key), type) }
    func decode(_ type: UInt32.Type, forKey key: K) throws -> UInt32 { try decoder.integer(try value(key), type) }
    func decode(_ type: UInt64.Type, forKey key: K) throws -> UInt64 { try decoder.integer(try value(key), type) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: K) throws -> T { try decoder.decode(type, at: try value(key)) }

    func decodeIfPresent(_ type: String.Type, forKey key: K) throws -> String? {
        guard let v = decoder.lookup(object, key.stringValue), !decoder.document.isNull(v) else { return nil }
        return try decoder.string(v)
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: K) throws -> Bool? {
        guard let v = decoder.lookup(object, key.stringValue), !decoder.document.isNull(v) else { return nil }
        return try decoder.bool(v)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: K) throws -> T? {
        guard let v = decoder.lookup(object, key.stringValue), !decoder.document.isNull(v) else { return nil }
        return try decoder.decode(type, at: v)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: K) throws -> KeyedDecodingContainer<NestedKey> {
        let v = try value(key)
        try decoder.require(.object, v, [String: String].self)
        return KeyedDecodingContainer(KeyedContainer<NestedKey>(decoder: decoder, object: v))
    }

    func nestedUnkeyedContainer(forKey key: K) throws -> UnkeyedDecodingContainer {
        let v = try value(key)
        try decoder.require(.array, v, [String].self)
        return UnkeyedContainer(decoder: decoder, array: v)
    }

    func superDecoder() throws -> Decoder {
        JSONTreeDecoder(document: decoder.document, node: try value(K(stringValue: "super") ?? { throw DecodingError.keyNotFound(
            JSONCodingKey(string: "super"), .init(codingPath: codingPath, debugDescription: "missing key `super`")) }()))
    }

    func superDecoder(forKey key: K) throws -> Decoder {
        JSONTreeDecoder(document: decoder.document, node: try value(key))
    }
}

private struct UnkeyedContainer: UnkeyedDecodingContainer {
    let decoder: JSONTreeDecoder
    let array: Int
    let count: Int?
    var currentIndex = 0
    /// The node of the element at `currentIndex`.
    var cursor: Int

    init(decoder: JSONTreeDecoder, array: Int) {
        self.decoder = decoder
        self.array = array
        self.count = decoder.document.count(array)
        self.cursor = array + 1
    }

    var codingPath: [CodingKey] { decoder.document.codingPath(of: array) }
    var isAtEnd: Bool { currentIndex >= count! }

    mutating func next<T>(_ decode: (JSONTreeDecoder, Int) throws -> T) throws -> T {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(T.self, .init(codingPath: codingPath + [JSONCodingKey(index: currentIndex)],
                                                            debugDescription: "the list has no more elements"))
        }
        let value = try decode(decoder, cursor)
        cursor = Int(decoder.document.nodes[cursor].next)
        currentIndex += 1
        return value
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, decoder.document.isNull(cursor) else { return false }
        cursor += 1
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try next { try $0.bool($1) } }
    mutating func decode(_ type: String.Type) throws -> String { try next { try $0.string($1) } }
    mutating func decode(_ type: Double.Type) throws -> Double { try next { try $0.double($1) } }
    mutating func decode(_ type: Float.Type) throws -> Float { Float(try next { try $0.double($1) }) }
    mutating func decode(_ type: Int.Type) throws -> Int { try next { try $0.integer($1, type) } }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try next { try $0.integer($1, type) } }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try next { try $0.integer($1, type) } }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try next { try $0.integer($1, type) } }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try next { try $0.integer($1, type) } }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try next { try $0.integer($1, type) } }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next { try $0.integer($1, type) } }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next { try $0.integer($1, type) } }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next { try $0.integer($1, type) } }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next { try $0.integer($1, type) } }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next { try $0.decode(type, at: $1) } }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        return try next { decoder, node in
            try decoder.require(.object, node, [String: String].self)
            return KeyedDecodingContainer(KeyedContainer<NestedKey>(decoder: decoder, object: node))
        }
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
        return try next { decoder, node in
            try decoder.require(.array, node, [String].self)
            return UnkeyedContainer(decoder: decoder, array: node)
        }
    }

    mutating func superDecoder() throws -> Decoder {
        return try next { JSONTreeDecoder(document: $0.document, node: $1) }
    }
}

private struct SingleContainer: SingleValueDecodingContainer {
    let decoder: JSONTreeDecoder
    let node: Int

    var codingPath: [CodingKey] { decoder.document.codingPath(of: node) }

    func decodeNil() -> Bool { decoder.document.isNull(node) }
    func decode(_ type: Bool.Type) throws -> Bool { try decoder.bool(node) }
    func decode(_ type: String.Type) throws -> String { try decoder.string(node) }
    func decode(_ type: Double.Type) throws -> Double { try decoder.double(node) }
    func decode(_ type: Float.Type) throws -> Float { Float(try decoder.double(node)) }
    func decode(_ type: Int.Type) throws -> Int { try decoder.integer(node, type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try decoder.integer(node, type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try decoder.integer(node, type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try decoder.integer(node, type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try decoder.integer(node, type) }
    func decode(_ type: UInt.Type) throws -> UInt { try decoder.integer(node, type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try decoder.integer(node, type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try decoder.integer(node, type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try decoder.integer(node, type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try decoder.integer(node, type) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decode(type, at: node) }
}
