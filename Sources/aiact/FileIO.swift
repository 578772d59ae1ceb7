import AIActCore
import Foundation

/// Reading inputs within a bound (writing: `SafeWrite`).
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
}
