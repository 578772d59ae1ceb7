import AIActCore
import Foundation

/// The real file system for the library: bounded reads and safe atomic writes (`FileIO`).
struct LocalFileSystem: FileSystem {
    var language: Language

    func kind(_ path: String) -> PathKind {
        if let broken = BoundedRead.brokenLink(path) { return .brokenLink(broken) }
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        let type = info.st_mode & S_IFMT
        return type == S_IFDIR ? .folder : type == S_IFREG ? .file : .other
    }

    func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
    }

    func list(_ folder: String) throws(FileError) -> [String] {
        do { return try FileManager.default.contentsOfDirectory(atPath: folder) } catch { throw FileError(FileSystemError.describe(error, language: language)) }
    }

    func read(_ path: String) throws(FileError) -> Data {
        do { return try FileIO.read(path, language: language) } catch { throw FileError((error as? CLIError)?.message ?? "\(error)") }
    }

    func write(_ data: Data, to path: String, replacing original: Data) throws(FileError) {
        do { try SafeWrite.write(data, to: path, original: original, language: language) } catch { throw FileError((error as? CLIError)?.message ?? "\(error)") }
    }

    var currentDirectory: String { FileManager.default.currentDirectoryPath }
}

/// A spool in a temporary file, unlinked at once (nothing is left behind, whatever ends the run);
/// each piece is stored after its length, so it comes back whole. When there is no temporary file,
/// or a write to it fails (a full disk), that piece and all later ones stay in memory instead.
final class FileSpool: Spool {
    private let fd: Int32
    /// Set when a write to the file failed: from then on pieces stay in memory, after the file's.
    private var spilled = false
    private let memory = MemorySpool()

    init() {
        var template = Array(((NSTemporaryDirectory() as NSString).appendingPathComponent("aiact-spool-XXXXXX")).utf8CString)
        fd = mkstemp(&template)
        if fd >= 0 { unlink(template) }
    }

    deinit { if fd >= 0 { close(fd) } }

    func append(_ text: String) {
        guard fd >= 0, !spilled else { return memory.append(text) }
        let end = lseek(fd, 0, SEEK_END)
        var bytes = withUnsafeBytes(of: UInt64(text.utf8.count).littleEndian, Array.init) + Array(text.utf8)
        if StandardStreams.writeAll(&bytes, to: fd) != nil {
            _ = ftruncate(fd, end)  // drop the half-written piece
            spilled = true
            memory.append(text)
        }
    }

    func drain(_ out: (String) -> Void) {
        if fd >= 0 { replay(out) }
        memory.drain(out)
    }

    /// The file's pieces in order, read with pread(2).
    private func replay(_ out: (String) -> Void) {
        var offset: off_t = 0
        func read(_ count: Int) -> [UInt8]? {
            var buffer = [UInt8](repeating: 0, count: count)
            var got = 0
            while got < count {
                let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + got, count - got, offset) }
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return nil }
                got += n
                offset += off_t(n)
            }
            return buffer
        }
        while let head = read(8) {
            let length = Int(head.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }.littleEndian)
            guard let body = read(length) else { return }
            out(String(decoding: body, as: UTF8.self))
        }
    }
}
