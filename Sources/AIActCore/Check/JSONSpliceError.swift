import Foundation

/// Why the `recorded` member could not be written into a description's text.
public enum JSONSpliceError: Error, Equatable, Sendable {
    case notAnObject
    case malformed(at: Int)
    case duplicateKey(String)
}
