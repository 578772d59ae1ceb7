import Foundation

/// Where in a description a finding is: the file, the 1-based line and column of the key it is
/// about, and the JSON pointer (RFC 6901) of that key's value. `endLine`/`endColumn` close the
/// key's text (the region CI systems underline).
public struct FindingLocation: Codable, Hashable, Sendable {
    public var file: String
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int
    /// `""` for the whole file, `/answers/role`, `/recorded`, `/evidence/ai-literacy`.
    public var pointer: String

    public init(file: String, line: Int, column: Int, endLine: Int? = nil, endColumn: Int? = nil, pointer: String) {
        self.file = file
        self.line = line
        self.column = column
        self.endLine = endLine ?? line
        self.endColumn = endColumn ?? column
        self.pointer = pointer
    }

    enum CodingKeys: String, CodingKey { case file, line, column, endLine, endColumn, pointer }

    /// A JSON pointer from its reference tokens (`~` and `/` escaped as `~0` and `~1`).
    public static func pointer(_ tokens: [String]) -> String {
        tokens.map { "/" + $0.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1") }.joined()
    }
}

/// Finds the place of a key in a description's text. A key that cannot be found (or a text that
/// is not a JSON object) falls back to the narrowest enclosing key that can, and finally to the
/// file's start (line 1, column 1, pointer `""`).
public struct FindingLocator: Sendable {
    public let file: String
    let bytes: [UInt8]

    public init(data: Data, file: String) {
        self.file = file
        self.bytes = Array(data)
    }

    /// The file's start.
    public var start: FindingLocation { FindingLocation(file: file, line: 1, column: 1, pointer: "") }

    /// The location of the key at this path of object keys (e.g. `["answers", "role"]`).
    public func locate(_ path: [String]) -> FindingLocation {
        guard !path.isEmpty, var layout = try? JSONObjectLayout.read(bytes) else { return start }
        var found: JSONObjectLayout.Member?
        var tokens: [String] = []
        for (index, key) in path.enumerated() {
            guard let member = layout.members(named: key).last else { break }
            found = member
            tokens.append(key)
            guard index < path.count - 1 else { break }
            guard bytes.indices.contains(member.valueStart), bytes[member.valueStart] == UInt8(ascii: "{"),
                  let inner = try? JSONObjectLayout.read(bytes, at: member.valueStart) else { break }
            layout = inner
        }
        guard let member = found else { return start }
        let (line, column) = position(of: member.keyStart)
        let (endLine, endColumn) = position(of: member.keyEnd)
        return FindingLocation(file: file, line: line, column: column, endLine: endLine, endColumn: endColumn,
                               pointer: FindingLocation.pointer(tokens))
    }

    /// 1-based line and column (in UTF-16 code units, SARIF's default) of a byte offset.
    func position(of offset: Int) -> (Int, Int) {
        var line = 1
        var lineStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let end = min(offset, bytes.count)
        var index = lineStart
        while index < end {
            if bytes[index] == 0x0A { line += 1; lineStart = index + 1 }
            index += 1
        }
        let prefix = String(decoding: bytes[lineStart..<end], as: UTF8.self)
        return (line, prefix.utf16.count + 1)
    }
}
