import Foundation

/// Stable JSON: sorted keys, pretty-printed, no escaped slashes.
public enum JSONOutput {
    public static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding our own value types cannot fail.
        let data = (try? encoder.encode(value)) ?? Data("null".utf8)
        return Inert.json(String(decoding: data, as: UTF8.self)) + "\n"
    }
}
