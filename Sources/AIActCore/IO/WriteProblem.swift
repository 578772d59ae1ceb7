import Foundation

/// Why a file was not written, worded in Dutch and English in one place (the executable's safe
/// writer only detects these; see `SafeWrite`).
public enum WriteProblem: Error, Equatable, Sendable {
    /// The system call failed; the reason is `strerror`'s text.
    case cannotWrite(reason: String)
    /// A symbolic link could not be resolved.
    case cannotFollowLink(reason: String)
    /// A dangling or looping link.
    case brokenLink(BoundedRead.Failure)
    /// The path is a folder.
    case folder
    /// A FIFO, a device or a socket.
    case notRegularFile
    /// The file no longer holds what was read from it: someone edited it meanwhile.
    case changedSinceRead

    /// The whole message (a line) for a write to standard output that failed, with `strerror`'s reason.
    public static func standardOutput(reason: String, _ language: Language) -> String {
        language == .nl ? "aiact: kan niet naar standaarduitvoer schrijven: \(reason)\n" : "aiact: cannot write to standard output: \(reason)\n"
    }

    /// The message, after the file's name and a colon.
    public func message(_ language: Language) -> String {
        let nl = language == .nl
        switch self {
        case .cannotWrite(let reason):
            return (nl ? "kan het bestand niet schrijven: " : "cannot write the file: ") + reason
        case .cannotFollowLink(let reason):
            return (nl ? "kan de koppeling niet volgen: " : "cannot follow the link: ") + reason
        case .brokenLink(let failure):
            return failure.message(language) + (nl ? "; niet geschreven" : "; not written")
        case .folder:
            return nl ? "is een map, verwacht een bestand" : "is a folder, expected a file"
        case .notRegularFile:
            return nl
                ? "is geen gewoon bestand (maar bijvoorbeeld een FIFO, apparaat of socket); aiact schrijft alleen gewone bestanden"
                : "is not a regular file (but a FIFO, a device or a socket, for instance); aiact writes only regular files"
        case .changedSinceRead:
            return nl
                ? "is gewijzigd sinds aiact het las; niet geschreven, zodat die wijziging blijft. Draai het commando opnieuw."
                : "changed since aiact read it; not written, so that change is kept. Run the command again."
        }
    }
}
