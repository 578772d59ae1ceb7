import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A child process run with posix_spawn and reaped with wait4, so its own peak memory is known.
enum MeasuredRun {
    struct Result {
        var status: Int32
        var stderr: String
        /// The child's peak resident set size (ru_maxrss), in KiB.
        var maxRSSKiB: Int
    }

    /// Runs aiact with stdin from the file INPUT; stdout and stderr go to files in DIR.
    static func run(_ arguments: [String], stdin input: URL, in dir: URL) throws -> Result {
        let errFile = dir.appendingPathComponent("stderr-\(UUID().uuidString).txt")
        let outFile = dir.appendingPathComponent("stdout-\(UUID().uuidString).txt")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input.path, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let executable = CLIRunner.executable.path
        let argv = ([executable] + arguments).map { $0.withCString { strdup($0) } } + [nil]
        let envp = ["PATH=/usr/bin:/bin", "LANG=C.UTF-8", "HOME=\(NSTemporaryDirectory())", "COLUMNS=1000"]
            .map { $0.withCString { strdup($0) } } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        var attempt = 0
        while true {
            let failed = posix_spawn(&pid, executable, &actions, nil, argv, envp)
            if failed == 0 { break }
            // A binary another test's child still holds open for writing: retry briefly.
            guard failed == ETXTBSY, attempt < 50 else { throw POSIXError(POSIXErrorCode(rawValue: failed) ?? .EIO) }
            attempt += 1
            Thread.sleep(forTimeInterval: 0.02)
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let stderr = try String(contentsOf: errFile, encoding: .utf8)
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Result(status: exit, stderr: stderr, maxRSSKiB: Int(usage.ru_maxrss))
    }
}

/// The wizard reads typed input within a bound (issue 9): a 50 MB line is dropped, said to be too
/// long, and asked again, without the process holding it.
@Suite struct BoundedInputCLITests {
    let rules = CLIRunner.miniRules.path

    /// Writes LEADING bytes of `x` then TAIL to a file, a megabyte at a time.
    func input(_ dir: URL, name: String, leading: Int, tail: String) throws -> URL {
        let url = dir.appendingPathComponent(name)
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        let megabyte = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
        for _ in 0..<(leading >> 20) { try handle.write(contentsOf: megabyte) }
        try handle.write(contentsOf: Data(repeating: UInt8(ascii: "x"), count: leading & ((1 << 20) - 1)))
        try handle.write(contentsOf: Data(tail.utf8))
        try handle.close()
        return url
    }

    @Test func aFiftyMegabyteLineIsSkippedSaidToBeTooLongAndAskedAgain() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let huge = try input(dir, name: "huge.txt", leading: 50 << 20, tail: "\n3\n2\n")
        let small = try input(dir, name: "small.txt", leading: 0, tail: "3\n2\n")
        let args = ["wizard", "--rules", rules, "--date", "2026-11-22", "--no-color"]

        for (language, message) in [
            ("en", "That line is too long (more than 64 KiB) and was skipped. Please try again; nothing was lost."),
            ("nl", "Die regel is te lang (meer dan 64 KiB) en is overgeslagen. Probeer het opnieuw; er is niets verloren gegaan."),
        ] {
            let bigFile = dir.appendingPathComponent("big-\(language).json"), smallFile = dir.appendingPathComponent("small-\(language).json")
            let big = try MeasuredRun.run(args + ["--lang", language, "--save", bigFile.path], stdin: huge, in: dir)
            let plain = try MeasuredRun.run(args + ["--lang", language, "--save", smallFile.path], stdin: small, in: dir)
            #expect(big.status == 0, "\(big.stderr.prefix(2000))")
            #expect(plain.status == 0, "\(plain.stderr.prefix(2000))")
            #expect(big.stderr.components(separatedBy: message).count == 2, "the message, once: \(big.stderr.prefix(3000))")
            #expect(!plain.stderr.contains(message))
            #expect(big.stderr.utf8.count < plain.stderr.utf8.count + 2_000, "nothing of the line is echoed")
            #expect(try Data(contentsOf: bigFile) == Data(contentsOf: smallFile), "the answers after the long line count")
            // The line is never held: the run's peak memory is that of the same run without it.
            #expect(big.maxRSSKiB - plain.maxRSSKiB < 16 << 10, "peak \(big.maxRSSKiB) KiB against \(plain.maxRSSKiB) KiB")
        }
    }
}
