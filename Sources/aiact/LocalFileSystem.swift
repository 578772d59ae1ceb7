import AIActCore
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real file system for the library's check run: bounded reads and safe atomic writes (`FileIO`).
struct LocalFileSystem: FileSystem {
    var language: Language

    func kind(_ path: String) -> PathKind {
        if let broken = BoundedRead.brokenLink(path) { return .brokenLink(broken) }
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file
        default: return .other
        }
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

/// A spool in a temporary file that is unlinked at once (nothing is left behind, whatever ends
/// the run); each piece is stored with its length, so it comes back whole. In memory when no
/// temporary file can be made.
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
        var data = Data(text.utf8)
        var count = UInt64(data.count).littleEndian
        data.insert(contentsOf: withUnsafeBytes(of: &count) { Data($0) }, at: 0)
        handle.write(data)
    }

    func drain(_ out: (String) -> Void) {
        guard let handle else { return memory.drain(out) }
        handle.seek(toFileOffset: 0)
        while case let head = handle.readData(ofLength: 8), head.count == 8 {
            let count = head.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }.littleEndian
            out(String(decoding: handle.readData(ofLength: Int(count)), as: UTF8.self))
        }
    }
}
