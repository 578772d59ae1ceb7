import Foundation
import Testing
@testable import AIActCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder that cannot be listed (and other file-system errors) is explained in the run's
/// language: Dutch in Dutch, with the system's English words in parentheses.
@Suite struct FileSystemErrorTests {
    /// The error FileManager really gives when listing PATH.
    func listingError(_ path: String) throws -> Error {
        do {
            _ = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            return error
        }
        Issue.record("listing \(path) did not fail")
        throw CancellationError()
    }

    @Test func aMissingFolderIsSaidInDutch() throws {
        let error = try listingError("/nonexistent-\(UUID().uuidString)")
        #expect(FileSystemError.describe(error, language: .nl) == "bestand of map bestaat niet (no such file)")
        #expect(FileSystemError.describe(error, language: .en) == "no such file")
    }

    @Test func aFileListedAsAFolderIsSaidInDutch() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("aiact-fse-\(UUID().uuidString)")
        try Data("x".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let error = try listingError(file.path)
        #expect(FileSystemError.describe(error, language: .nl) == "is geen map (not a directory)")
        #expect(FileSystemError.describe(error, language: .en) == "not a directory")
    }

    @Test func permissionDeniedIsSaidInDutch() {
        // Tests may run as root, who can list any folder: the error is built as FileManager builds it.
        let posix = NSError(domain: NSPOSIXErrorDomain, code: Int(EACCES))
        let cocoa = NSError(domain: NSCocoaErrorDomain, code: NSFileReadNoPermissionError, userInfo: [NSUnderlyingErrorKey: posix])
        #expect(FileSystemError.describe(cocoa, language: .nl) == "geen toegang (permission denied)")
        #expect(FileSystemError.describe(cocoa, language: .en) == "permission denied")
        let other = NSError(domain: NSCocoaErrorDomain, code: NSFileReadUnknownError, userInfo: [NSUnderlyingErrorKey: posix])
        #expect(FileSystemError.describe(other, language: .nl) == "geen toegang (permission denied)")
    }

    @Test func everyErrnoHasDutchWords() {
        for code in [ENOENT, EACCES, ENOTDIR, ELOOP, ENAMETOOLONG, EIO, EMFILE, EXDEV] {
            let english = String(cString: strerror(code)).lowercased()
            let dutch = FileSystemError.describe(errno: code, language: .nl)
            #expect(dutch.hasSuffix(" (\(english))"), "\(dutch)")
            #expect(!dutch.hasPrefix(english), "Dutch words first: \(dutch)")
            #expect(FileSystemError.describe(errno: code, language: .en) == english)
        }
    }

    @Test func aFolderThatCannotBeListedStopsTheCheckInDutch() throws {
        let error = try listingError("/nonexistent-\(UUID().uuidString)")
        let run = CheckRunError.unreadableFolder("systems", reason: FileSystemError.describe(error, language: .nl))
        #expect(run.message(.nl) == "systems: kan de map niet lezen: bestand of map bestaat niet (no such file)")
    }
}
