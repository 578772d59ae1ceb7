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
            let layout = try recordedLayout(bytes)
            if layout.members(named: key).count > 1 { throw JSONSpliceError.duplicateKey(key) }
            let literal = JSONLiteral.string(value)
            if let existing = layout.members(named: key).first {
                let old = Array(bytes[existing.valueStart..<existing.valueEnd])
                if !literal.sameValue(asJSON: old) {
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
            while true {
                let top = try JSONObjectLayout.read(bytes)
                guard let member = top.members(named: "recorded").first, bytes[member.valueStart] == UInt8(ascii: "{") else {
                    return Data(bytes)
                }
                let layout = try JSONObjectLayout.read(bytes, at: member.valueStart)
                guard let index = layout.members.firstIndex(where: { $0.key == key }) else { break }
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
        }
        return Data(bytes)
    }

    static func recordedLayout(_ bytes: [UInt8]) throws -> JSONObjectLayout {
        let top = try JSONObjectLayout.read(bytes)
        guard let member = top.members(named: "recorded").first, bytes[member.valueStart] == UInt8(ascii: "{") else {
            throw JSONSpliceError.notAnObject
        }
        return try JSONObjectLayout.read(bytes, at: member.valueStart)
    }
}
