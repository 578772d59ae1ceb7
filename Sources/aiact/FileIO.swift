import AIActCore
import Foundation

/// Reading inputs within a bound and writing files atomically.
enum FileIO {
    /// The bytes of FILE, or of stdin for `-`, at most LIMIT (16 MiB for a description). A FIFO,
    /// `/dev/stdin` or a process substitution `<(…)` is read as a stream within the same bound.
    static func read(_ path: String, language: Language, limit: Int = BoundedRead.descriptionLimit) throws -> Data {
        do {
            if path == "-" { return try BoundedRead.stream(STDIN_FILENO, limit: limit) }
            return try BoundedRead.file(path, limit: limit)
        } catch {
            let label = path == "-" ? "<stdin>" : Inert.line(path)
            throw CLIError(message: "\(label): \(error.message(language))", code: .usage)
        }
    }

    /// Writes through a temporary file in the same folder and a rename, so a reader never sees half
    /// a file (see `SafeWrite`). With ORIGINAL, the bytes the caller read: the write is refused when
    /// the file no longer holds them, so an edit made in between is never lost.
    static func writeAtomically(_ data: Data, to path: String, original: Data? = nil, language: Language = .en) throws {
        try SafeWrite.write(data, to: path, original: original, language: language)
    }
}
