import Foundation

/// Writes or removes the approval in a description's `recorded` by editing its JSON text, like
/// `RecordedSplice` (everything else stays as it was).
public enum ApprovalSplice {
    static let keys = ["approvedBy", "approvedOn"]

    /// The text with `recorded` set to this classification, approved by `name` on `date`.
    public static func approve(_ recorded: Recorded, by name: String, on date: String, into data: Data) throws -> Data {
        var bytes = Array(try RecordedSplice.record(recorded.classificationOnly, into: data))
        let style = RecordedSplice.Style(bytes)
        for (key, value) in [("approvedBy", name), ("approvedOn", date)] {
            let (document, layout) = try recordedLayout(bytes)
            let literal = JSONLiteral.string(value)
            if let existing = layout.member(named: key) {
                if !literal.sameValue(as: existing.value, in: document) {
                    bytes.replaceSubrange(existing.valueStart..<existing.valueEnd, with: Array(literal.json.utf8))
                }
            } else {
                RecordedSplice.insert(member: key, valueText: literal.json, into: layout, after: layout.members.last,
                                      bytes: &bytes, style: style)
            }
        }
        return Data(bytes)
    }

    /// The text without `recorded.approvedBy` and `recorded.approvedOn` (unchanged when absent).
    public static func removeApproval(from data: Data) throws -> Data {
        var bytes = Array(data)
        for key in keys {
            let document = try RecordedSplice.parse(bytes)
            guard let recorded = document.member(document.root, "recorded"), document.kind(recorded) == .object else {
                return Data(bytes)
            }
            let layout = RecordedSplice.Layout(document, recorded)
            guard let index = layout.members.firstIndex(where: { $0.key == key }) else { continue }
            let members = layout.members
            let range: Range<Int>
            if index > 0 {
                range = members[index - 1].valueEnd..<members[index].valueEnd
            } else if members.count > 1 {
                range = members[0].keyStart..<members[1].keyStart
            } else {
                range = layout.open + 1..<layout.close
            }
            bytes.removeSubrange(range)
        }
        return Data(bytes)
    }

    static func recordedLayout(_ bytes: [UInt8]) throws -> (JSONDocument, RecordedSplice.Layout) {
        let document = try RecordedSplice.parse(bytes)
        guard document.kind(document.root) == .object, let recorded = document.member(document.root, "recorded"),
              document.kind(recorded) == .object else {
            throw JSONSpliceError.notAnObject
        }
        return (document, RecordedSplice.Layout(document, recorded))
    }
}
