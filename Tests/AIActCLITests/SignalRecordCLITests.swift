import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// SIGTERM in the middle of `check --record` over a large folder (issue 9): the process ends by
/// the signal, the temporary file being written is removed, and every description is either as it
/// was, byte for byte, or fully recorded; never half written.
@Suite(.serialized) struct SignalRecordCLITests {
    let rules = CLIRunner.miniRules.path

    /// Description `i`: complete for the mini rules, without `recorded`. Everything before the
    /// system's name is the same in every file, so the recorded text of one gives that of all.
    func description(_ i: Int) -> String {
        """
        {
          "answers": {
            "uses": ["recruitment", "chat"],
            "exception": "no",
            "is-ai": "yes",
            "role": "provider"
          },
          "system": {
            "name": "System \(i)"
          }
        }

        """
    }

    /// Watches a folder for new files named `*.tmp` (inotify on Linux, else by listing it).
    final class TempWatch {
        let folder: URL
        #if os(Linux)
        let fd: Int32
        #endif
        private(set) var seen = 0

        init(_ folder: URL) throws {
            self.folder = folder
            #if os(Linux)
            fd = inotify_init1(Int32(O_CLOEXEC))
            guard fd >= 0, inotify_add_watch(fd, folder.path, 0x100 /* IN_CREATE */) >= 0 else {
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
            #endif
        }

        deinit {
            #if os(Linux)
            close(fd)
            #endif
        }

        /// Waits until the COUNT-th temporary file is created (true), or the deadline passes or
        /// `stillRunning` turns false (false).
        func waitForTemp(number count: Int, until deadline: Date, stillRunning: () -> Bool) -> Bool {
            #if os(Linux)
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while Date() < deadline {
                var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                if poll(&p, 1, 50) <= 0 {
                    if !stillRunning() { return false }
                    continue
                }
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                guard n > 0 else { continue }
                var offset = 0
                while offset + 16 <= n {
                    let length = buffer.withUnsafeBytes { Int($0.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)) }
                    let name = String(decoding: buffer[(offset + 16)..<(offset + 16 + length)].prefix { $0 != 0 }, as: UTF8.self)
                    offset += 16 + length
                    if name.hasSuffix(".tmp") {
                        seen += 1
                        if seen >= count { return true }
                    }
                }
            }
            return false
            #else
            var names = Set<String>()
            while Date() < deadline && stillRunning() {
                let temps = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".tmp") }
                names.formUnion(temps)
                seen = names.count
                if seen >= count && !temps.isEmpty { return true }
            }
            return false
            #endif
        }
    }

    /// The text `check --record` makes of description I (from one reference run): the original
    /// with the same block inserted at the same offset.
    func recordedText(_ i: Int, reference: (original: [UInt8], recorded: [UInt8])) -> [UInt8] {
        let (o, r) = reference
        let common = zip(o, r).prefix { $0 == $1 }.count
        let inserted = r[common..<(common + r.count - o.count)]
        let original = Array(description(i).utf8)
        return Array(original[..<common]) + inserted + original[common...]
    }

    @Test func sigtermDuringRecordLeavesNoTempFileAndNoHalfWrittenDescription() throws {
        // One description recorded in full, as the reference for all.
        let referenceDir = try CLIRunner.temporaryDirectory()
        let referenceFile = referenceDir.appendingPathComponent("s0.json")
        try description(0).write(to: referenceFile, atomically: true, encoding: .utf8)
        let done = try CLIRunner.run(["check", "--record", "--rules", rules, "--date", "2026-11-22", referenceFile.path])
        #expect(done.status == 0, "\(done.stderr)")
        let reference = (Array(description(0).utf8), Array(try Data(contentsOf: referenceFile)))
        #expect(reference.0 != reference.1)

        var count = 2_000
        for attempt in 1...3 {
            let dir = try CLIRunner.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: dir) }
            for i in 1...count { try description(i).write(to: dir.appendingPathComponent("s\(i).json"), atomically: false, encoding: .utf8) }

            let watch = try TempWatch(dir)
            let process = Process()
            process.executableURL = CLIRunner.executable
            process.arguments = ["check", "--record", "--rules", rules, "--date", "2026-11-22", dir.path]
            process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try CLIRunner.launch(process)
            // Some descriptions recorded, one being written: the signal arrives while its temporary
            // file exists (it is created, then written and synced before the rename).
            let target = Int.random(in: 20...80)
            let caught = watch.waitForTemp(number: target, until: Date().addingTimeInterval(60)) { process.isRunning }
            if caught { kill(process.processIdentifier, SIGTERM) }
            let stopBy = Date().addingTimeInterval(30)
            while process.isRunning && Date() < stopBy { Thread.sleep(forTimeInterval: 0.02) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            guard caught else {
                // It finished (or never wrote) before the signal could be sent: a larger folder.
                count *= 4
                if attempt == 3 { Issue.record("no temporary file was seen during \(count / 4) descriptions") }
                continue
            }

            #expect(process.terminationReason == .uncaughtSignal, "ended by the signal, as SIGTERM ends a process")
            #expect(process.terminationStatus == SIGTERM)
            let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            #expect(names.filter { $0.hasSuffix(".tmp") } == [], "no temporary file left")
            #expect(names.filter { $0.hasSuffix(".json") }.count == count)

            var recorded: [String] = []
            for i in 1...count {
                let file = dir.appendingPathComponent("s\(i).json")
                let bytes = Array(try Data(contentsOf: file))
                if bytes == Array(description(i).utf8) { continue }
                #expect(bytes == recordedText(i, reference: reference), "s\(i).json is neither as it was nor fully recorded")
                recorded.append(file.path)
            }
            #expect(recorded.count >= target - 1, "\(recorded.count) recorded before the signal, \(target - 1) expected")
            #expect(recorded.count < count, "the signal stopped the run")
            // What was recorded is a description `check` accepts, with the classification it computes.
            let check = try CLIRunner.run(["check", "--rules", rules, "--date", "2026-11-22", "--format", "json"] + recorded)
            #expect(check.status == 0, "\(check.stderr)\n\(check.stdout.prefix(2000))")
            return
        }
    }
}
