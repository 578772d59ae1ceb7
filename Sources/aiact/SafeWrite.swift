import AIActCore
import Foundation

/// Replacing a file so it is never lost, never exposed and never the wrong one (issue 9).
///
/// - Only a regular file or a new path is written: a folder, a FIFO, a device or a socket is refused.
/// - A symbolic link is written through: its target is replaced, the link stays.
/// - The temporary file is created exclusively (`O_EXCL | O_NOFOLLOW`, mode 0600) with a random name
///   in the target's folder, so a planted file or link cannot redirect the write; a signal removes it.
/// - The replaced file keeps its mode, and its owner and group where the process may set them;
///   a new file gets 0666 minus the umask.
/// - With the bytes that were read (`original`), the file on disk is compared with them just
///   before the rename; when they differ the write is refused, so an edit made meanwhile is kept.
enum SafeWrite {
    /// Where a write to a path goes.
    struct Target {
        /// The file that is replaced or created (symbolic links resolved).
        var path: String
        /// Its status when it exists.
        var existing: stat?
    }

    /// The file a write to PATH replaces or creates, or an error saying why it may not be written.
    static func target(_ path: String, language: Language) throws -> Target {
        func refuse(_ problem: WriteProblem) -> CLIError { .usage("\(Inert.line(path)): " + problem.message(language)) }
        var info = stat()
        if lstat(path, &info) != 0 {
            if errno == ENOENT { return Target(path: path, existing: nil) }
            throw refuse(.cannotWrite(reason: String(cString: strerror(errno))))
        }
        var resolved = path
        if info.st_mode & S_IFMT == S_IFLNK {
            if let broken = BoundedRead.brokenLink(path) { throw refuse(.brokenLink(broken)) }
            guard let real = realpath(path, nil) else { throw refuse(.cannotFollowLink(reason: String(cString: strerror(errno)))) }
            resolved = String(cString: real)
            free(real)
            guard stat(resolved, &info) == 0 else { throw refuse(.cannotWrite(reason: String(cString: strerror(errno)))) }
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return Target(path: resolved, existing: info)
        case S_IFDIR: throw refuse(.folder)
        default: throw refuse(.notRegularFile)
        }
    }

    /// Writes DATA to PATH atomically. With ORIGINAL, refuses when the file no longer holds it.
    static func write(_ data: Data, to path: String, original: Data? = nil, language: Language) throws {
        func refuse(_ problem: WriteProblem) -> CLIError { .usage("\(Inert.line(path)): " + problem.message(language)) }
        func failure(_ reason: String) -> CLIError { refuse(.cannotWrite(reason: reason)) }
        let target = try self.target(path, language: language)
        let folder = (target.path as NSString).deletingLastPathComponent
        let name = (target.path as NSString).lastPathComponent
        // Created and registered with the signals held back, so a signal in between cannot leave it.
        let (fd, temp) = try SignalCleanup.holdingSignals {
            let created = try createTemporary(folder: folder.isEmpty ? "." : folder, name: name, failure: failure)
            SignalCleanup.register(created.1)
            return created
        }
        var closed = false
        func discard() {
            if !closed { _ = close(fd); closed = true }
            _ = unlink(temp)
            SignalCleanup.clear()
        }

        var bytes = [UInt8](data)
        if let e = StandardStreams.writeAll(&bytes, to: fd) {
            discard()
            throw failure(String(cString: strerror(e)))
        }
        applyModeAndOwner(fd, existing: target.existing)
        if fsync(fd) != 0 || close(fd) != 0 {
            let e = errno
            closed = true
            discard()
            throw failure(String(cString: strerror(e)))
        }
        closed = true

        if let original {
            let current = try? BoundedRead.file(target.path, limit: max(BoundedRead.descriptionLimit, original.count))
            guard current == original else {
                discard()
                throw refuse(.changedSinceRead)
            }
        }
        guard rename(temp, target.path) == 0 else {
            let e = errno
            discard()
            throw failure(String(cString: strerror(e)))
        }
        SignalCleanup.clear()
        syncFolder(folder.isEmpty ? "." : folder)
    }

    /// `.NAME.RANDOM.tmp` in FOLDER, created exclusively, never through a link.
    static func createTemporary(folder: String, name: String, failure: (String) -> CLIError) throws -> (Int32, String) {
        for _ in 0..<100 {
            let random = String(UInt64.random(in: .min ... .max), radix: 36)
            let temp = (folder as NSString).appendingPathComponent(".\(name).\(random).tmp")
            let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if fd >= 0 { return (fd, temp) }
            if errno != EEXIST { throw failure(String(cString: strerror(errno))) }
        }
        throw failure(String(cString: strerror(EEXIST)))
    }

    /// The replaced file's owner, group and mode; a new file's mode from the umask.
    static func applyModeAndOwner(_ fd: Int32, existing: stat?) {
        guard let existing else {
            let mask = umask(0)
            umask(mask)
            _ = fchmod(fd, 0o666 & ~mask)
            return
        }
        // Owner first: changing it may clear the set-id bits the mode then restores.
        if existing.st_uid != geteuid() || existing.st_gid != getegid() {
            if fchown(fd, existing.st_uid, existing.st_gid) != 0 {
                _ = fchown(fd, uid_t.max, existing.st_gid)
            }
        }
        _ = fchmod(fd, existing.st_mode & 0o7777)
    }

    /// Makes the rename durable (best effort).
    static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        _ = close(fd)
    }
}
