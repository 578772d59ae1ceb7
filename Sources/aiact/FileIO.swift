import Foundation

/// Reading inputs and writing files atomically.
enum FileIO {
    /// The bytes of FILE, or of stdin for `-`.
    static func read(_ path: String, language: Language) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        let nl = language == .nl
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError(message: nl ? "\(path): bestand bestaat niet (no such file)" : "\(path): no such file", code: .usage)
        }
        if isDirectory.boolValue {
            throw CLIError(message: nl ? "\(path): is een map, verwacht een bestand" : "\(path): is a folder, expected a file", code: .usage)
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = FileSystemErrorText.describe(error)
            throw CLIError(message: nl ? "\(path): kan het bestand niet lezen: \(reason)" : "\(path): cannot read the file: \(reason)", code: .usage)
        }
    }

    /// Writes through a temporary file in the same folder and a rename, so a reader never sees half a file.
    static func writeAtomically(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let temp = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temp)
            if rename(temp.path, url.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temp)
                throw CLIError(message: "\(path): cannot write the file: \(reason)", code: .usage)
            }
        } catch let error as CLIError {
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw CLIError(message: "\(path): cannot write the file: \(FileSystemErrorText.describe(error))", code: .usage)
        }
    }
}

import AIActCore

enum FileSystemErrorText {
    static func describe(_ error: Error) -> String { FileSystemError.describe(error) }
}
