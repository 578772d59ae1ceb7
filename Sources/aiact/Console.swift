import AIActCore
import Foundation

/// The terminal policy in one place: where output goes, whether it is a terminal, colour, width.
struct Console: Sendable {
    var out: @Sendable (String) -> Void
    var err: @Sendable (String) -> Void
    var stdinIsTerminal: Bool
    var stdoutIsTerminal: Bool
    var stderrIsTerminal: Bool
    var terminalWidth: @Sendable () -> Int?

    static let standard = Console(
        out: { StandardStreams.emit($0, to: STDOUT_FILENO) },
        err: { StandardStreams.emit($0, to: STDERR_FILENO) },
        stdinIsTerminal: isatty(STDIN_FILENO) == 1,
        stdoutIsTerminal: isatty(STDOUT_FILENO) == 1,
        stderrIsTerminal: isatty(STDERR_FILENO) == 1,
        terminalWidth: {
            var size = winsize()
            for fd in [STDOUT_FILENO, STDERR_FILENO, STDIN_FILENO] where ioctl(fd, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 {
                return Int(size.ws_col)
            }
            return nil
        })

    /// Colour for stdout (or stderr) by the one policy (`TerminalPolicy`).
    func useColor(noColorFlag: Bool, environment: [String: String], forStderr: Bool = false) -> Bool {
        TerminalPolicy.useColor(noColorFlag: noColorFlag, environment: environment, isTerminal: forStderr ? stderrIsTerminal : stdoutIsTerminal)
    }

    func width(environment: [String: String]) -> Int { TerminalPolicy.width(measured: terminalWidth(), environment: environment) }
}

/// Writing to stdout and stderr with write(2), and what a failed write means (issue 9).
///
/// A broken pipe (`aiact questions | head -1` with SIGPIPE ignored) ends the process quietly with
/// status 141, as if SIGPIPE had ended it, the way other Unix tools stop. Any other failure
/// (`>/dev/full`, a closed stream) prints a message on stderr, if stderr still works, and ends
/// with exit code 2: the output is incomplete, so the command cannot report success.
enum StandardStreams {
    /// The status a broken pipe ends with: 128 + SIGPIPE, what a shell reports for a process
    /// ended by SIGPIPE.
    static let brokenPipeStatus: Int32 = 141

    /// The language of the message for a failed write; set once the command line is parsed.
    nonisolated(unsafe) static var language: Language = .nl

    /// Makes sure descriptors 0, 1 and 2 are open before any file is opened, so a file opened
    /// later cannot become "stdout" when aiact was started with `>&-`. A closed stream is
    /// replaced by /dev/null opened read-only: reads see the end of input, writes still fail.
    static func reserve() {
        for fd in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            let opened = open("/dev/null", O_RDONLY)
            if opened >= 0 && opened != fd {
                _ = dup2(opened, fd)
                _ = close(opened)
            }
        }
    }

    /// Writes all of TEXT to FD, retrying after signals and on a non-blocking descriptor.
    static func emit(_ text: String, to fd: Int32) {
        var bytes = Array(text.utf8)
        if let errorNumber = writeAll(&bytes, to: fd) { fail(fd: fd, errorNumber: errorNumber) }
    }

    /// The errno of the failure, or nil when every byte was written.
    static func writeAll(_ bytes: inout [UInt8], to fd: Int32) -> Int32? {
        bytes.withUnsafeBytes { buffer -> Int32? in
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, base + offset, buffer.count - offset)
                if written >= 0 { offset += written; continue }
                let e = errno
                if e == EINTR { continue }
                if e == EAGAIN || e == EWOULDBLOCK {
                    var p = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&p, 1, -1)
                    continue
                }
                return e
            }
            return nil
        }
    }

    static func fail(fd: Int32, errorNumber: Int32) -> Never {
        if errorNumber == EPIPE { _exit(brokenPipeStatus) }
        if fd != STDERR_FILENO {
            var bytes = Array(WriteProblem.standardOutput(reason: String(cString: strerror(errorNumber)), language).utf8)
            _ = writeAll(&bytes, to: STDERR_FILENO)
        }
        _exit(ExitCode.usage.rawValue)
    }
}
