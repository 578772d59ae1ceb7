import Foundation

/// Writes a classification into the `recorded` member of a system description by editing its JSON
/// text, so that everything else (key order, indentation, line endings, other members, extra keys
/// inside `recorded`) stays as it was and the change is a small, reviewable diff.
///
/// - No `recorded` yet: a new member is inserted after `answers`, in the file's own style
///   (one member per line with the file's indentation, or inline for a one-line file).
/// - `recorded` is an object: each of its four fields is replaced only when its value changes;
///   missing fields are inserted in the contract's order; other keys in it are kept.
/// - `recorded` is something else (e.g. `null`) or empty: its value is replaced by a new object.
public enum RecordedSplice {
    /// The four fields `check --record` writes, in the contract's order.
    static let fieldOrder = ["rulesVersion", "systemType", "riskCategories", "roles"]

    /// The description text with `recorded` set to this classification.
    public static func record(_ recorded: Recorded, into data: Data) throws -> Data {
        var bytes = Array(data)
        let style = Style(bytes)
        var document = try parse(bytes)
        guard document.kind(document.root) == .object else { throw JSONSpliceError.notAnObject }
        let top = Layout(document, document.root)
        let values = fields(recorded)

        guard let member = top.member(named: "recorded") else {
            // Insert a new member after `answers` (the contract's order), else at the end.
            let after = top.member(named: "answers") ?? top.members.last
            let indent = style.memberIndent(top, bytes)
            let block = style.objectBlock(values, indent: indent, multiline: style.isMultiline(top, bytes),
                                          colon: style.colon(top, bytes))
            insert(member: "recorded", valueText: block, into: top, after: after, bytes: &bytes, style: style)
            return Data(bytes)
        }

        if document.kind(member.value) == .object && document.count(member.value) > 0 {
            let valueStart = member.valueStart
            for (index, (key, value)) in values.enumerated() {
                // Re-read after each edit: offsets inside `recorded` move; its start does not.
                guard let node = document.node(startingAt: valueStart) else { throw JSONSpliceError.malformed(at: valueStart) }
                let layout = Layout(document, node)
                if let existing = layout.member(named: key) {
                    if !value.sameValue(as: existing.value, in: document) {
                        bytes.replaceSubrange(existing.valueStart..<existing.valueEnd, with: Array(value.json.utf8))
                    }
                } else {
                    let earlier = fieldOrder[..<index].reversed()
                    let after = earlier.lazy.compactMap { layout.member(named: $0) }.first
                    insert(member: key, valueText: value.json, into: layout, after: after, bytes: &bytes, style: style)
                }
                document = try parse(bytes)
            }
            return Data(bytes)
        }

        // `recorded` is null, empty or not an object: replace its value.
        let indent = style.lineIndent(of: member.keyStart, bytes)
        let multiline = style.isMultiline(top, bytes)
        let block = style.objectBlock(values, indent: indent, multiline: multiline, colon: style.colon(top, bytes))
        bytes.replaceSubrange(member.valueStart..<member.valueEnd, with: Array(block.utf8))
        return Data(bytes)
    }

    /// Parses with the project's one reader; its errors become splice errors.
    static func parse(_ bytes: [UInt8]) throws(JSONSpliceError) -> JSONDocument {
        do {
            return try JSONReader.parse(bytes)
        } catch {
            if case .duplicateKey(let key, _) = error.kind { throw .duplicateKey(key) }
            throw .malformed(at: error.location.byteOffset)
        }
    }

    /// Where an object and its members sit in the text.
    struct Layout {
        /// Offsets of `{` and `}`.
        var open: Int, close: Int
        var members: [JSONDocument.Member]

        init(_ document: JSONDocument, _ node: Int) {
            let range = document.byteRange(node)
            open = range.lowerBound
            close = range.upperBound - 1
            members = document.members(node)
        }

        func member(named key: String) -> JSONDocument.Member? { members.first { $0.key == key } }
    }

    /// The fields of a classification as JSON values, in the contract's order.
    static func fields(_ r: Recorded) -> [(String, JSONLiteral)] {
        [
            ("rulesVersion", r.rulesVersion.map(JSONLiteral.string) ?? .null),
            ("systemType", r.systemType.map(JSONLiteral.string) ?? .null),
            ("riskCategories", .strings(r.riskCategories ?? [])),
            ("roles", .strings(r.roles ?? [])),
        ]
    }

    /// Inserts `"key": value` after a member (or before the first one), with the object's separator.
    static func insert(member key: String, valueText: String, into layout: Layout,
                               after: JSONDocument.Member?, bytes: inout [UInt8], style: Style) {
        let colon = style.colon(layout, bytes)
        let pair = JSONLiteral.string(key).json + colon + valueText
        guard let first = layout.members.first else {
            bytes.replaceSubrange(layout.open + 1..<layout.close, with: Array(pair.utf8))
            return
        }
        let separator = style.separator(layout, bytes)
        if let after {
            bytes.insert(contentsOf: Array((separator + pair).utf8), at: after.valueEnd)
        } else {
            bytes.insert(contentsOf: Array((pair + separator).utf8), at: first.keyStart)
        }
    }

    /// How the file is laid out: line endings, indentation, spacing.
    struct Style {
        let newline: String

        init(_ bytes: [UInt8]) {
            let crlf = zip(bytes, bytes.dropFirst()).contains { $0 == 0x0D && $1 == 0x0A }
            newline = crlf ? "\r\n" : "\n"
        }

        /// Members on their own lines (rather than `{"a": 1, "b": 2}` on one line).
        func isMultiline(_ layout: Layout, _ bytes: [UInt8]) -> Bool {
            guard let first = layout.members.first else { return false }
            return bytes[layout.open..<first.keyStart].contains(0x0A)
        }

        /// The whitespace before the byte at `offset` on its line (empty if other text precedes it).
        func lineIndent(of offset: Int, _ bytes: [UInt8]) -> String {
            var start = offset
            while start > 0, bytes[start - 1] == 0x20 || bytes[start - 1] == 0x09 { start -= 1 }
            guard start == 0 || bytes[start - 1] == 0x0A || bytes[start - 1] == 0x0D else { return "" }
            return String(decoding: bytes[start..<offset], as: UTF8.self)
        }

        /// The indentation of the object's members (for the top level: one indentation unit).
        func memberIndent(_ layout: Layout, _ bytes: [UInt8]) -> String {
            guard let first = layout.members.first else { return "  " }
            let indent = lineIndent(of: first.keyStart, bytes)
            return indent.isEmpty ? "  " : indent
        }

        /// What separates two members: copied from the object itself when it has two, else derived.
        func separator(_ layout: Layout, _ bytes: [UInt8]) -> String {
            if layout.members.count > 1 {
                return String(decoding: bytes[layout.members[0].valueEnd..<layout.members[1].keyStart], as: UTF8.self)
            }
            if isMultiline(layout, bytes) { return "," + newline + memberIndent(layout, bytes) }
            return colon(layout, bytes).hasSuffix(" ") ? ", " : ","
        }

        /// What separates a key from its value (`": "` unless the object writes it otherwise).
        func colon(_ layout: Layout, _ bytes: [UInt8]) -> String {
            guard let first = layout.members.first else { return ": " }
            return String(decoding: bytes[first.keyEnd..<first.valueStart], as: UTF8.self)
        }

        /// A new object: one member per line indented one unit deeper than `indent`, or inline.
        func objectBlock(_ fields: [(String, JSONLiteral)], indent: String, multiline: Bool, colon: String) -> String {
            let pairs = fields.map { JSONLiteral.string($0.0).json + colon + $0.1.json }
            guard multiline else { return "{" + pairs.joined(separator: colon.hasSuffix(" ") ? ", " : ",") + "}" }
            let unit = indent.isEmpty ? "  " : (indent.hasPrefix("\t") ? "\t" : String(repeating: " ", count: min(indent.count, 4)))
            let inner = indent + unit
            return "{" + newline + pairs.map { inner + $0 }.joined(separator: "," + newline) + newline + indent + "}"
        }
    }
}
