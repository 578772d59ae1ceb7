import Foundation

// The temporary file being written, if any, for the signal handlers to remove. A signal handler
// may only call async-signal-safe functions (unlink, signal, raise, write, _exit), so the path is
// kept in a buffer allocated in advance; `pendingTempActive` says whether it holds a path.
nonisolated(unsafe) private var pendingTempPath: UnsafeMutablePointer<CChar>?
nonisolated(unsafe) private var pendingTempActive: sig_atomic_t = 0
private let pendingTempCapacity = Int(PATH_MAX) + 1

private func handleTerminatingSignal(_ number: Int32) {
    SignalCleanup.removePendingTempFile()
    // End the way the signal would have ended the process.
    _ = signal(number, SIG_DFL)
    _ = raise(number)
}

/// Removing the temporary file of an atomic write when a signal ends the process (issue 9).
///
/// Every command installs this for SIGINT, SIGTERM and SIGHUP (unless the parent ignores them;
/// blocked ones are unblocked):
/// the handler removes the temporary file, if one is being written, and ends the process as the
/// signal would have. The wizard replaces the SIGINT and SIGHUP handlers with its own
/// (`InterruptHandler`), which removes the file too.
enum SignalCleanup {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    static func install() {
        if pendingTempPath == nil {
            let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: pendingTempCapacity)
            buffer.initialize(repeating: 0, count: pendingTempCapacity)
            pendingTempPath = buffer
        }
        for s in signals {
            let previous = signal(s, handleTerminatingSignal)
            if let previous, unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                _ = signal(s, SIG_IGN)
            } else {
                unblock(s)
            }
        }
    }

    /// A parent may have started us with the signal blocked (a thread of a test runner or a
    /// supervisor blocks them): a handled signal must arrive, or `kill -TERM` would do nothing.
    static func unblock(_ signals: Int32...) { mask(SIG_UNBLOCK, signals) }

    /// Runs BODY with SIGINT, SIGTERM and SIGHUP held back; one that came meanwhile arrives after.
    static func holdingSignals<T>(_ body: () throws -> T) rethrows -> T {
        var previous = mask(SIG_BLOCK, signals)
        defer { sigprocmask(SIG_SETMASK, &previous, nil) }
        return try body()
    }

    @discardableResult static func mask(_ how: Int32, _ signals: [Int32]) -> sigset_t {
        var set = sigset_t(), previous = sigset_t()
        sigemptyset(&set)
        for s in signals { sigaddset(&set, s) }
        sigprocmask(how, &set, &previous)
        return previous
    }

    /// From now until `clear`, a signal removes PATH.
    static func register(_ path: String) {
        guard let buffer = pendingTempPath else { return }
        pendingTempActive = 0
        let bytes = Array(path.utf8CString)
        guard bytes.count <= pendingTempCapacity else { return }
        bytes.withUnsafeBufferPointer { source in
            buffer.update(from: source.baseAddress!, count: bytes.count)
        }
        pendingTempActive = 1
    }

    static func clear() { pendingTempActive = 0 }

    /// Async-signal-safe: unlinks the registered file, if any.
    static func removePendingTempFile() {
        if pendingTempActive == 1, let buffer = pendingTempPath {
            _ = unlink(buffer)
            pendingTempActive = 0
        }
    }
}
