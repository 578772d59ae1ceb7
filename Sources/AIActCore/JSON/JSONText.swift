import Foundation

extension JSONReader {
    /// Whether a text that may not be JSON contains `word`: in its UTF-8, or, for a text that is
    /// UTF-16 or UTF-32 (which the reader refuses), in its decoded form. Used to tell a broken
    /// system description (reported) from another file that is not JSON (skipped).
    public static func mentions(_ word: String, in data: Data) -> Bool {
        let bytes = Array(data)
        let foreign = bytes.withUnsafeBufferPointer { foreignEncoding($0) }
        guard let foreign else { return String(decoding: bytes, as: UTF8.self).contains(word) }
        let encoding: String.Encoding
        switch foreign {
        case "UTF-16BE": encoding = .utf16BigEndian
        case "UTF-16LE": encoding = .utf16LittleEndian
        case "UTF-32BE": encoding = .utf32BigEndian
        default: encoding = .utf32LittleEndian
        }
        // A byte-order mark decodes to U+FEFF, which does not hide the word.
        return String(data: data, encoding: encoding)?.contains(word) ?? false
    }
}
