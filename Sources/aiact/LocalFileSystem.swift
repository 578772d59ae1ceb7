import AIActCore
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        do { return try FileManager.default.contentsOfDirectory(atPath: folder) } catch { throw FileError(FileSystemError.describe(error)) }
    }

    func read(_ path: String) throws(FileError) -> Data {
        do { return try FileIO.read(path, language: language) } catch { throw FileError((error as? CLIError)?.message ?? "\(error)") }
    }

    func write(_ data: Data, to path: String, replacing original: Data) throws(FileError) {
        do { try FileIO.writeAtomically(data, to: path, original: original, language: language) } catch {
            throw FileError((error as? CLIError)?.message ?? "\(error)")
        }
    }

    var currentDirectory: String { FileManager.default.currentDirectoryPath }
}

/// A spool in a temporary file, unlinked at once (nothing is left behind, whatever ends the run);
/// each piece is stored after its length, so it comes back whole. In memory without a temporary file.
final class FileSpool: Spool {
    private let handle: FileHandle?
    private let memory = MemorySpool()

    init() {
        var template = Array(((NSTemporaryDirectory() as NSString).appendingPathComponent("aiact-spool-XXXXXX")).utf8CString)
        let fd = mkstemp(&template)
        if fd >= 0 { unlink(template) }
        handle = fd >= 0 ? FileHandle(fileDescriptor: fd, closeOnDealloc: true) : nil
    }

    func append(_ text: String) {
        guard let handle else { return memory.append(text) }
        let body = Data(text.utf8)
        handle.write(withUnsafeBytes(of: UInt64(body.count).littleEndian) { Data($0) } + body)
    }

    func drain(_ out: (String) -> Void) {
        guard let handle else { return memory.drain(out) }
        handle.seek(toFileOffset: 0)
        while case let head = handle.readData(ofLength: 8), head.count == 8 {
            out(String(decoding: handle.readData(ofLength: Int(head.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }.littleEndian)), as: UTF8.self))
        }
    }
}
