import AIActCore
import Foundation

extension EvidenceFiles {
    /// The real file system: `stat` and `realpath` for a path, and the nearest folder holding
    /// `.git` (a folder, or the file of a worktree or submodule) for the repository root.
    static let live = EvidenceFiles(
        inspect: { path in
            var info = stat()
            guard stat(path, &info) == 0 else { return (.missing, nil) }
            let kind: EvidenceFiles.Kind
            switch info.st_mode & S_IFMT {
            case S_IFREG: kind = .regularFile
            case S_IFDIR: kind = .folder
            default: kind = .other
            }
            return (kind, canonical(path))
        },
        repositoryRoot: { folder in
            guard let start = canonical(folder) else { return folder }
            var current = start
            while true {
                if access((current as NSString).appendingPathComponent(".git"), F_OK) == 0 { return current }
                let parent = (current as NSString).deletingLastPathComponent
                if parent == current || parent.isEmpty { return start }
                current = parent
            }
        })

    static func canonical(_ path: String) -> String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        return String(cString: real)
    }
}
