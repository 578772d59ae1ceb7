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

/// Finds the place of a key in a description's text, with the project's one JSON reader. A key
/// that cannot be found falls back to the narrowest enclosing key that can, and finally to the
/// file's start (line 1, column 1, pointer `""`); a text that is not valid JSON points at the place
/// where it breaks. Columns count Unicode scalars (as `JSONLocation` does).
public struct FindingLocator: Sendable {
    public let file: String
    let document: JSONDocument?
    /// Where the text stops being JSON, if it does.
    public let syntaxError: JSONLocation?

    public init(data: Data, file: String) {
        self.file = file
        do {
            document = try JSONReader.parse(Array(data))
            syntaxError = nil
        } catch {
            document = nil
            syntaxError = error.location
        }
    }

    /// The file's start.
    public var start: FindingLocation { FindingLocation(file: file, line: 1, column: 1, pointer: "") }

    /// Where the text breaks (for a syntax error), else the file's start.
    public var syntaxErrorOrStart: FindingLocation {
        guard let at = syntaxError else { return start }
        return FindingLocation(file: file, line: at.line, column: at.column, pointer: "")
    }

    /// The location of the key at this path of object keys (e.g. `["answers", "role"]`).
    public func locate(_ path: [String]) -> FindingLocation {
        guard let document, !path.isEmpty else { return start }
        var object = document.root
        var found: JSONDocument.Member?
        var tokens: [String] = []
        for key in path {
            // The last of repeated keys is the one a decoder keeps (the reader refuses repeats anyway).
            guard let member = document.members(object).last(where: { $0.key == key }) else { break }
            found = member
            tokens.append(key)
            guard document.kind(member.value) == .object else { break }
            object = member.value
        }
        guard let member = found else { return start }
        let from = document.location(ofByte: member.keyStart)
        let to = document.location(ofByte: member.keyEnd)
        return FindingLocation(file: file, line: from.line, column: from.column, endLine: to.line, endColumn: to.column,
                               pointer: FindingLocation.pointer(tokens))
    }
}
