import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the built `aiact` binary as a subprocess, the way users and CI do.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// The signal that ended the process, if one did (then `status` is the signal's number).
        var signal: Int32? = nil
    }

    /// The package root (found from this file's path).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// This target's fixtures folder.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The small rules set used by engine tests.
    static let miniRules = packageRoot.appendingPathComponent("Tests/AIActCoreTests/Fixtures/mini-rules")

    /// The built executable, next to the test bundle.
    static var executable: URL {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("aiact"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("aiact"),
        ] + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent().appendingPathComponent("aiact") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    /// A child that exits before reading all of its stdin must not kill the test process:
    /// writes to its pipe then fail with EPIPE instead of raising SIGPIPE.
    private static let ignoreSIGPIPE: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

    /// Runs aiact with arguments, optional stdin, extra environment and working directory.
    /// The environment is a clean, fixed one (no colour, Dutch unless set), so tests do not depend on the machine.
    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
                    in directory: URL? = nil, executable: URL = CLIRunner.executable) throws -> Result {
        _ = ignoreSIGPIPE
        var env = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8"]
        for (k, v) in environment { env[k] = v }
        let out = Pipe(), err = Pipe(), input = Pipe()
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try launch(process)

        // stdin is written on its own thread (a child may read it only after writing a lot of output),
        // and a child that exits first only ends the writing (EPIPE), never the test process.
        final class Box: @unchecked Sendable { var data = Data() }
        let errBox = Box()
        let group = DispatchGroup()
        let writer = input.fileHandleForWriting
        let bytes = Array((stdin ?? "").utf8)
        group.enter()
        Thread.detachNewThread {
            writeAll(bytes, to: writer.fileDescriptor)
            try? writer.close()  // EOF for the child; fails only if already closed
            group.leave()
        }
        // Read both pipes before waiting, so large output cannot deadlock.
        group.enter()
        DispatchQueue.global().async {
            errBox.data = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errBox.data, as: UTF8.self),
                      signal: process.terminationReason == .uncaughtSignal ? process.terminationStatus : nil)
    }

    /// Starts a process; retries when the executable is briefly "busy" (ETXTBSY: a child forked
    /// concurrently by another test still holds a descriptor of a freshly written binary).
    static func launch(_ process: Process) throws {
        var attempt = 0
        while true {
            do {
                try process.run()
                return
            } catch let error as NSError where isTextFileBusy(error) && attempt < 50 {
                attempt += 1
                Thread.sleep(forTimeInterval: 0.02)
            }
        }
    }

    private static func isTextFileBusy(_ error: NSError) -> Bool {
        if error.domain == NSPOSIXErrorDomain && error.code == Int(ETXTBSY) { return true }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError { return isTextFileBusy(underlying) }
        return false
    }

    /// Writes all bytes to a descriptor; stops quietly when the reader is gone (EPIPE).
    static func writeAll(_ bytes: [UInt8], to fd: Int32) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBufferPointer { buffer in
                write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if n > 0 { offset += n } else if n < 0 && errno == EINTR { continue } else { return }
        }
    }

    /// Copies an executable so that no writable descriptor of it can leak into a child forked
    /// meanwhile by another test (which would make running the copy fail with "Text file busy"):
    /// a hard link where possible, else a copy written through a close-on-exec descriptor.
    static func copyExecutable(from source: URL, to target: URL) throws {
        if link(source.path, target.path) == 0 { return }
        let data = try Data(contentsOf: source)
        let fd = open(target.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o755)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        let bytes = [UInt8](data)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBufferPointer { write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { let code = errno; close(fd); throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO) }
            offset += n
        }
        guard close(fd) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }

    /// One folder per test process holding every temporary folder; removed when the process exits.
    static let temporaryRoot: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("aiact-\(getpid())")
        try? FileManager.default.removeItem(at: url)
        TemporaryRoot.path = url.path
        atexit {
            if let path = TemporaryRoot.path { try? FileManager.default.removeItem(atPath: path) }
        }
        return url
    }()

    /// A fresh temporary folder for a test (inside `temporaryRoot`, removed at exit).
    static func temporaryDirectory() throws -> URL {
        let url = temporaryRoot.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs `body` with a fresh temporary folder and removes the folder afterwards.
    static func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
        let url = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: url) }
        return try body(url)
    }

    /// Parses JSON output into a dictionary.
    static func json(_ text: String) throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw NSError(domain: "CLIRunner", code: 1, userInfo: [NSLocalizedDescriptionKey: "not a JSON object: \(text.prefix(200))"])
        }
        return object
    }
}

/// The temporary root's path, for the exit handler (which cannot capture context).
private enum TemporaryRoot {
    nonisolated(unsafe) static var path: String?
}
