import Foundation

// The messages Ctrl-C prints, prepared in advance: a signal handler may only call
// async-signal-safe functions (write, _exit), so it cannot build a string or take a lock.
// Both buffers are allocated before the handler is installed and never freed; `interruptState`
// only ever changes from 0 to 1 on the main thread, after the first save.
nonisolated(unsafe) private var interruptBase: UnsafeMutablePointer<(UnsafeMutablePointer<CChar>, Int)>?
nonisolated(unsafe) private var interruptState: Int32 = 0

private func handleInterrupt(_ signal: Int32) {
    SignalCleanup.removePendingTempFile()
    if let base = interruptBase {
        let (bytes, count) = base[Int(interruptState)]
        _ = write(STDERR_FILENO, bytes, count)
    }
    _exit(130)
}

/// Ctrl-C (SIGINT) or a closed terminal (SIGHUP) in the wizard: a short message saying where the
/// answers are, and exit code 130. A temporary file being written is removed first.
///
/// Answers are saved after every answer, so the handler has nothing to save: it writes one of two
/// prepared messages (before and after the first save) and exits.
enum InterruptHandler {
    /// Prepares the messages and installs the handler for SIGINT and SIGHUP.
    static func install(beforeSave: String, afterSave: String) {
        let buffers = [beforeSave, afterSave].map { text in (text.withCString { strdup($0)! }, text.utf8.count) }
        let base = UnsafeMutablePointer<(UnsafeMutablePointer<CChar>, Int)>.allocate(capacity: 2)
        base.initialize(from: buffers, count: 2)
        interruptState = 0
        interruptBase = base
        signal(SIGINT, handleInterrupt)
        signal(SIGHUP, handleInterrupt)
        // A parent may have started us with SIGINT blocked (test runners do); Ctrl-C must work here.
        SignalCleanup.unblock(SIGINT, SIGHUP)
    }

    /// From now on Ctrl-C says the answers are saved.
    static func markSaved() { interruptState = 1 }
}
