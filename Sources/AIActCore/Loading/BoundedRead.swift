import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading a file or a stream with an upper bound on its size (issue 9).
///
/// Every input aiact reads passes here: a description (16 MiB at most), a rules file (8 MiB), and
/// standard input, `/dev/stdin`, a FIFO or a process substitution `<(…)`, which are read as streams
/// within the same bound. Past the bound the read stops with `tooLarge`, so `< /dev/zero` costs at
/// most the bound in memory, not everything the machine has. Failures say what the path is: a
/// folder, a symbolic link to nothing, a loop of links.
public enum BoundedRead {
    /// The largest description (answer file) aiact reads: 16 MiB.
    public static let descriptionLimit = 16 << 20
    /// The largest file of a rules set aiact reads: 8 MiB (the whole shipped set is under 1 MiB).
    public static let rulesFileLimit = 8 << 20

    /// Why a read failed; `message` gives the text after "PATH: ".
    public enum Failure: Error, Equatable, Sendable {
        case noSuchFile
        /// A symbolic link whose target does not exist.
        case danglingLink(target: String)
        /// A chain of symbolic links that never ends in a file.
        case linkLoop
        case folder
        /// A socket or another kind of file that cannot be read as bytes.
        case notReadable
        case tooLarge(limit: Int)
        case permissionDenied
        /// A component of the path is a file, not a folder.
        case notAFolderOnTheWay
        case other(String)

        public func message(_ language: Language) -> String {
            let nl = language == .nl
            switch self {
            case .noSuchFile: return nl ? "bestand bestaat niet (no such file)" : "no such file"
            case .danglingLink(let target):
                let t = Inert.line(target)
                return nl ? "is een symbolische koppeling naar \(t), dat niet bestaat" : "is a symbolic link to \(t), which does not exist"
            case .linkLoop:
                return nl ? "is een lus van symbolische koppelingen" : "is a loop of symbolic links"
            case .folder: return nl ? "is een map, verwacht een bestand" : "is a folder, expected a file"
            case .notReadable:
                return nl ? "is geen bestand dat gelezen kan worden (bijvoorbeeld een socket)" : "is not a file that can be read (a socket, for instance)"
            case .tooLarge(let limit):
                let size = BoundedRead.size(limit)
                return nl ? "is groter dan \(size), de grens voor dit bestand" : "is larger than \(size), the limit for this file"
            case .permissionDenied: return nl ? "geen toegang (permission denied)" : "permission denied"
            case .notAFolderOnTheWay:
                return nl ? "een deel van het pad is een bestand, geen map" : "a part of the path is a file, not a folder"
            case .other(let reason): return nl ? "kan het bestand niet lezen: \(reason)" : "cannot read the file: \(reason)"
            }
        }
    }

    /// "16 MiB".
    public static func size(_ bytes: Int) -> String {
        bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }

    /// The bytes of the file at PATH, read as a stream when it is not a regular file, at most LIMIT.
    public static func file(_ path: String, limit: Int) throws(Failure) -> Data {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(opening: path, errno) }
        defer { _ = close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .other(String(cString: strerror(errno))) }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: throw .folder
        case S_IFREG where Int(info.st_size) > limit: throw .tooLarge(limit: limit)
        case S_IFSOCK: throw .notReadable
        default: break
        }
        return try stream(fd, limit: limit)
    }

    /// Everything readable from FD until its end, at most LIMIT bytes.
    public static func stream(_ fd: Int32, limit: Int) throws(Failure) -> Data {
        var data = Data()
        let chunk = 1 << 16
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, chunk) }
            if count == 0 { return data }
            if count < 0 {
                let e = errno
                if e == EINTR { continue }
                if e == EAGAIN || e == EWOULDBLOCK {
                    var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                    _ = poll(&p, 1, -1)
                    continue
                }
                if e == EISDIR { throw .folder }
                throw .other(String(cString: strerror(e)))
            }
            guard data.count + count <= limit else { throw .tooLarge(limit: limit) }
            data.append(contentsOf: buffer[0..<count])
        }
    }

    /// What an `open` error means for PATH, with the symbolic-link cases told apart.
    static func failure(opening path: String, _ e: Int32) -> Failure {
        switch e {
        case ENOENT:
            var info = stat()
            if lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK {
                return .danglingLink(target: linkTarget(path) ?? "?")
            }
            return .noSuchFile
        case ELOOP: return .linkLoop
        case EACCES, EPERM: return .permissionDenied
        case ENOTDIR: return .notAFolderOnTheWay
        case ENXIO, EOPNOTSUPP: return .notReadable
        case EISDIR: return .folder
        default: return .other(String(cString: strerror(e)))
        }
    }

    /// The target a symbolic link names (not resolved further).
    public static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Whether PATH is a symbolic link that leads nowhere: to a missing file (dangling) or to
    /// itself (a loop). Nil for anything else, including a link to a file.
    public static func brokenLink(_ path: String) -> Failure? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return nil }
        guard stat(path, &info) != 0 else { return nil }
        return errno == ELOOP ? .linkLoop : .danglingLink(target: linkTarget(path) ?? "?")
    }
}
