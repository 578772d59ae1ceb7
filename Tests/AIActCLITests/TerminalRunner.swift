import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs `aiact` on a pseudo-terminal, the way a person at a terminal does: stdin, stdout and
/// stderr are the terminal (the child's controlling terminal), of a fixed size.
///
/// The terminal does not echo the typed input and passes output bytes unchanged (no `\n` → `\r\n`),
/// so the screen text is exactly what the program wrote, in the order it wrote it.
enum TerminalRunner {
    struct Result {
        var status: Int32
        /// Everything written to the terminal (stdout and stderr, interleaved as written).
        var screen: String
    }

    enum Failure: Error, CustomStringConvertible {
        case system(String, Int32)
        var description: String {
            switch self { case .system(let call, let code): return "\(call) failed: \(String(cString: strerror(code)))" }
        }
    }

    static func run(_ arguments: [String], input: String, environment: [String: String] = [:], columns: UInt16 = 80,
                    rows: UInt16 = 24, in directory: URL, executable: URL = CLIRunner.executable) throws -> Result {
        let c = try CFunctions.shared()
        let master = c.posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0 else { throw Failure.system("posix_openpt", errno) }
        defer { close(master) }
        guard c.grantpt(master) == 0 else { throw Failure.system("grantpt", errno) }
        guard c.unlockpt(master) == 0 else { throw Failure.system("unlockpt", errno) }
        var name = [CChar](repeating: 0, count: 256)
        guard c.ptsname_r(master, &name, name.count) == 0 else { throw Failure.system("ptsname_r", errno) }
        let slavePath = String(cString: name)

        // Size, no echo, output unchanged: set on the slave before the child starts.
        let slave = open(slavePath, O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard slave >= 0 else { throw Failure.system("open \(slavePath)", errno) }
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard ioctl(slave, UInt(TIOCSWINSZ), &size) == 0 else { let e = errno; close(slave); throw Failure.system("TIOCSWINSZ", e) }
        var mode = termios()
        guard tcgetattr(slave, &mode) == 0 else { let e = errno; close(slave); throw Failure.system("tcgetattr", e) }
        mode.c_lflag &= ~tcflag_t(ECHO | ECHOE | ECHOK | ECHONL)
        mode.c_oflag &= ~tcflag_t(OPOST)
        guard tcsetattr(slave, TCSANOW, &mode) == 0 else { let e = errno; close(slave); throw Failure.system("tcsetattr", e) }

        // The child: a new session whose controlling terminal is the slave (opened after setsid).
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        guard c.addchdir(&actions, directory.path) == 0 else { throw Failure.system("posix_spawn_file_actions_addchdir_np", errno) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(CFunctions.spawnSetSID | Int32(POSIX_SPAWN_SETSIGDEF) | Int32(POSIX_SPAWN_SETSIGMASK)))
        var defaults = sigset_t()
        sigfillset(&defaults)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)

        var env = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8", "TERM": "xterm"]
        for (k, v) in environment { env[k] = v }
        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        let envp = env.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        var pid = pid_t()
        var spawned: Int32 = 0
        for _ in 0..<50 {  // a binary written concurrently can be briefly busy
            spawned = posix_spawn(&pid, executable.path, &actions, &attributes, argv, envp)
            if spawned != ETXTBSY { break }
            Thread.sleep(forTimeInterval: 0.02)
        }
        close(slave)
        guard spawned == 0 else { throw Failure.system("posix_spawn \(executable.path)", spawned) }

        // Type everything at once (the terminal queues it line by line), on its own thread.
        let bytes = Array(input.utf8)
        let typed = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            CLIRunner.writeAll(bytes, to: master)
            typed.signal()
        }
        // Read the screen until the terminal is closed (EIO once no process holds the slave).
        var screen = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if n > 0 { screen += buffer[0..<n]; continue }
            if n < 0 && errno == EINTR { continue }
            break
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        _ = typed.wait(timeout: .now() + 5)
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Result(status: exit, screen: String(decoding: screen, as: UTF8.self))
    }
}

/// C functions the Swift module for the C library does not import (they need feature macros),
/// looked up by name.
private struct CFunctions {
    typealias IntOfInt = @convention(c) (Int32) -> Int32
    typealias PtsnameR = @convention(c) (Int32, UnsafeMutablePointer<CChar>, Int) -> Int32
    typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32

    var posix_openpt: IntOfInt
    var grantpt: IntOfInt
    var unlockpt: IntOfInt
    var ptsname_r: PtsnameR
    var addchdir: AddChdir

    #if os(Linux)
    static let spawnSetSID: Int32 = 0x80  // glibc's POSIX_SPAWN_SETSID
    #else
    static let spawnSetSID: Int32 = 0x400  // Darwin's POSIX_SPAWN_SETSID
    #endif

    static func shared() throws -> CFunctions {
        let handle = dlopen(nil, RTLD_NOW)
        func find<T>(_ name: String, _ type: T.Type) throws -> T {
            guard let pointer = dlsym(handle, name) else { throw TerminalRunner.Failure.system("dlsym \(name)", ENOSYS) }
            return unsafeBitCast(pointer, to: type)
        }
        return CFunctions(posix_openpt: try find("posix_openpt", IntOfInt.self), grantpt: try find("grantpt", IntOfInt.self),
                          unlockpt: try find("unlockpt", IntOfInt.self), ptsname_r: try find("ptsname_r", PtsnameR.self),
                          addchdir: try find("posix_spawn_file_actions_addchdir_np", AddChdir.self))
    }
}
