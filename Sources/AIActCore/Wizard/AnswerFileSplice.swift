import Foundation

/// Writes the wizard's answers into the text of the answer file it continues, the way
/// `RecordedSplice` writes `recorded` (issue 11): the members that did not change, their order,
/// whitespace, indentation, line endings, unknown keys and every other top-level member stay byte
/// for byte. A changed answer has its value replaced in place; a new answer is appended to
/// `answers` in the object's own style; an answer no longer on the path is removed with its
/// separator. `remarks` and `system.name` (the wizard's other edits) are written the same way.
///
/// A new file (no text) is written as `JSONOutput` encodes it. So is a text the splice cannot
/// edit into the same answer file (checked by decoding the result), so a save is never wrong.
public enum AnswerFileSplice {
    typealias Style = RecordedSplice.Style
    typealias Layout = RecordedSplice.Layout

    /// The bytes to save for FILE: TEXT (the file as read or last saved) edited in place, or the
    /// encoding of FILE when there is no text. ORDER: question ids in the order they were asked,
    /// the order in which answers new to the file are appended (others follow, sorted).
    public static func text(of file: AnswerFile, editing text: Data?, order: [String] = []) -> Data {
        let encoded = { Data(JSONOutput.encode(file).utf8) }
        guard let text else { return encoded() }
        do {
            let spliced = try splice(file, into: text, order: order)
            // The edited text must say exactly what the wizard means to save; else the encoding.
            return try AnswerFile.decode(spliced, file: "") == file ? spliced : encoded()
        } catch {
            return encoded()
        }
    }

    static func splice(_ file: AnswerFile, into data: Data, order: [String]) throws -> Data {
        let old = try AnswerFile.decode(data, file: "")
        var bytes = Array(data)
        let style = Style(bytes)
        let rank = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let answerKeys = file.answers.keys.sorted { (rank[$0] ?? .max, $0) < (rank[$1] ?? .max, $1) }
        try sync("answers", answerKeys.map { ($0, literal(file.answers[$0]!)) }, removeOthers: true, before: nil,
                 bytes: &bytes, style: style)
        if let remarks = file.remarks, remarks != old.remarks {
            try sync("remarks", remarks.keys.sorted().map { ($0, JSONLiteral.string(remarks[$0]!)) }, removeOthers: true,
                     before: nil, bytes: &bytes, style: style)
        }
        if let name = file.system?.name, name != old.system?.name {
            try sync("system", [("name", .string(name))], removeOthers: false, before: "answers", bytes: &bytes, style: style)
        }
        return Data(bytes)
    }

    static func literal(_ value: AnswerValue) -> JSONLiteral {
        switch value {
        case .one(let id): return .string(id)
        case .many(let ids): return .strings(ids)
        }
    }

    /// A value's text, with what a terminal could act on escaped (as `JSONOutput` writes it).
    static func json(_ value: JSONLiteral) -> String { Inert.json(value.json) }

    /// Makes the top-level object KEY hold ENTRIES: changed values replaced, missing ones appended,
    /// others removed when REMOVEOTHERS. A new member goes before BEFORE (else after `answers`, else last).
    static func sync(_ key: String, _ entries: [(String, JSONLiteral)], removeOthers: Bool, before: String?,
                     bytes: inout [UInt8], style: Style) throws {
        var document = try RecordedSplice.parse(bytes)
        guard document.kind(document.root) == .object else { throw JSONSpliceError.notAnObject }
        let top = Layout(document, document.root)
        let colon = style.colon(top, bytes)
        guard let member = top.member(named: key) else {
            guard !entries.isEmpty else { return }
            let block = block(entries, indent: style.memberIndent(top, bytes), multiline: style.isMultiline(top, bytes), colon: colon, style: style)
            var after = top.member(named: "answers") ?? top.members.last
            if let before, let index = top.members.firstIndex(where: { $0.key == before }) {
                after = index > 0 ? top.members[index - 1] : nil
            }
            RecordedSplice.insert(member: key, valueText: block, into: top, after: after, bytes: &bytes, style: style)
            return
        }
        guard document.kind(member.value) == .object, document.count(member.value) > 0 else {
            // Empty, null or not an object: the whole value, in the file's style.
            let block = block(entries, indent: style.lineIndent(of: member.keyStart, bytes), multiline: style.isMultiline(top, bytes),
                              colon: colon, style: style)
            bytes.replaceSubrange(member.valueStart..<member.valueEnd, with: Array(block.utf8))
            return
        }
        let start = member.valueStart
        func layout() throws -> Layout {
            document = try RecordedSplice.parse(bytes)
            guard let node = document.node(startingAt: start) else { throw JSONSpliceError.malformed(at: start) }
            return Layout(document, node)
        }
        // Replace and append first, remove after: the object is never empty on the way.
        for (name, value) in entries {
            let object = try layout()
            if let existing = object.member(named: name) {
                guard !value.sameValue(as: existing.value, in: document) else { continue }
                bytes.replaceSubrange(existing.valueStart..<existing.valueEnd, with: Array(json(value).utf8))
            } else if object.members.count > 1 {
                // Appended as the last member is: after the separator that precedes it.
                let (previous, last) = (object.members[object.members.count - 2], object.members[object.members.count - 1])
                let separator = Array(bytes[previous.valueEnd..<last.keyStart])
                let colon = Array(bytes[last.keyEnd..<last.valueStart])
                bytes.insert(contentsOf: separator + Array((JSONLiteral.string(name).json).utf8) + colon + Array(json(value).utf8), at: last.valueEnd)
            } else {
                RecordedSplice.insert(member: name, valueText: json(value), into: object, after: object.members.last,
                                      bytes: &bytes, style: style)
            }
        }
        guard removeOthers else { return }
        let wanted = Set(entries.map(\.0))
        while true {
            let object = try layout()
            guard let index = object.members.firstIndex(where: { !wanted.contains($0.key) }) else { return }
            remove(index, from: object, bytes: &bytes)
        }
    }

    /// Removes member INDEX with the separator before it (or, for the first, after it).
    static func remove(_ index: Int, from object: Layout, bytes: inout [UInt8]) {
        let members = object.members
        if index > 0 {
            bytes.removeSubrange(members[index - 1].valueEnd..<members[index].valueEnd)
        } else if members.count > 1 {
            bytes.removeSubrange(members[0].keyStart..<members[1].keyStart)
        } else {
            bytes.removeSubrange(object.open + 1..<object.close)
        }
    }

    /// A new object of ENTRIES: `{}` when there are none.
    static func block(_ entries: [(String, JSONLiteral)], indent: String, multiline: Bool, colon: String, style: Style) -> String {
        guard !entries.isEmpty else { return "{}" }
        return Inert.json(style.objectBlock(entries, indent: indent, multiline: multiline, colon: colon))
    }
}

/// What a wizard run saves, save after save: a continued file's text is edited, save after save
/// (a file the run starts is encoded, as before); a save is refused when the file no longer holds
/// what this run last saw there.
public struct WizardSaveText: Sendable {
    /// The text the next save edits; nil until there is one (a new file is encoded).
    public private(set) var text: Data?
    /// What the save path holds as far as this run knows (nil: not known, e.g. a file `--save` replaces).
    public private(set) var onDisk: Data?

    public init(start: WizardStart, plan: WizardPlan) {
        text = start.text
        onDisk = plan.savePath == plan.answersPath ? start.text : nil
    }

    /// The bytes to save for FILE (ORDER: the question ids as asked).
    public func bytes(for file: AnswerFile, order: [String]) -> Data { AnswerFileSplice.text(of: file, editing: text, order: order) }

    /// DATA is now in the file. A file this run started stays encoded as a new one, save after save.
    public mutating func saved(_ data: Data) {
        onDisk = data
        if text != nil { text = data }
    }
}
