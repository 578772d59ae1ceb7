import AIActCore
import Foundation

/// Standard input for the wizard's `LineReader`: read(2), retried after a signal; an error ends it.
struct StandardInput: ByteSource {
    mutating func fill(_ buffer: UnsafeMutableRawBufferPointer) -> Int {
        while true {
            let count = read(STDIN_FILENO, buffer.baseAddress, buffer.count)
            if count >= 0 { return count }
            guard errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK else { return 0 }
            var p = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            if errno != EINTR { _ = poll(&p, 1, -1) }
        }
    }
}
