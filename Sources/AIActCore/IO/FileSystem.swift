import Foundation

/// What a path is, as far as a check run needs to know.
public enum PathKind: Equatable, Sendable {
    case missing
    /// A regular file (or a link to one).
    case file
    case folder
    /// A FIFO, a device or a socket: reading it could block, so it is not read.
    case other
    /// A symbolic link to nothing, or to itself.
    case brokenLink(BoundedRead.Failure)
}

/// A file-system operation that failed; the message names the path and says why, in the run's language.
public struct FileError: Error, Equatable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// The file system as the library sees it: small enough to fake in a test. The executable's
/// implementation reads within bounds and writes atomically.
public protocol FileSystem: Sendable {
    func kind(_ path: String) -> PathKind
    /// Whether the path itself is a symbolic link (a recursive search does not follow them).
    func isSymbolicLink(_ path: String) -> Bool
    /// The names in a folder (not sorted).
    func list(_ folder: String) throws(FileError) -> [String]
    /// The bytes of a file; `-` is standard input.
    func read(_ path: String) throws(FileError) -> Data
    /// Replaces a file atomically; refused when it no longer holds `original` (an edit made meanwhile).
    func write(_ data: Data, to path: String, replacing original: Data) throws(FileError)
    /// The folder relative paths start from.
    var currentDirectory: String { get }
}

extension FileSystem {
    /// Whether something exists at a path (for evidence files).
    public func exists(_ path: String) -> Bool {
        switch kind(path) {
        case .missing, .brokenLink: return false
        case .file, .folder, .other: return true
        }
    }
}

/// Somewhere to put output that must come later (the Markdown check report's per-system reports,
/// which follow the inventory), so it need not be held in memory.
public protocol Spool: AnyObject {
    func append(_ text: String)
    /// Everything appended, in pieces, in order.
    func drain(_ out: (String) -> Void)
}

/// A spool in memory (tests, small runs).
public final class MemorySpool: Spool {
    private var parts: [String] = []
    public init() {}
    public func append(_ text: String) { parts.append(text) }
    public func drain(_ out: (String) -> Void) { parts.forEach(out) }
}
