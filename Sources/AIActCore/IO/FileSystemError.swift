import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Plain-language descriptions of file-system errors (a folder that cannot be listed, …), in
/// Dutch and English. In Dutch the system's own English words follow in parentheses, as in
/// `BoundedRead.Failure`, so the message can still be searched for.
public enum FileSystemError {
    /// The reason, after "PATH: " (and "cannot read the folder: " where a listing failed).
    public static func describe(_ error: Error, language: Language = .en) -> String {
        let nl = language == .nl
        let ns = error as NSError
        if ns.domain == NSCocoaErrorDomain {
            switch ns.code {
            case NSFileReadNoSuchFileError, NSFileNoSuchFileError: return nl ? "bestand of map bestaat niet (no such file)" : "no such file"
            case NSFileReadNoPermissionError: return nl ? "geen toegang (permission denied)" : "permission denied"
            case NSFileReadCorruptFileError: return nl ? "niet leesbaar als bestand (not readable as a file)" : "not readable as a file"
            default: break
            }
        }
        // On Linux the underlying error may be a Swift error rather than an NSError: bridge it.
        if let underlying = (ns.userInfo[NSUnderlyingErrorKey] as? Error).map({ $0 as NSError }), underlying.domain == NSPOSIXErrorDomain {
            return describe(errno: Int32(underlying.code), language: language)
        }
        if ns.domain == NSPOSIXErrorDomain { return describe(errno: Int32(ns.code), language: language) }
        return nl ? "onbekende fout (\(ns.localizedDescription))" : ns.localizedDescription
    }

    /// The reason for an `errno` value.
    public static func describe(errno code: Int32, language: Language) -> String {
        let english = String(cString: strerror(code)).lowercased()
        guard language == .nl else { return english }
        let dutch: String
        switch code {
        case ENOENT: dutch = "bestand of map bestaat niet"
        case EACCES, EPERM: dutch = "geen toegang"
        case ENOTDIR: dutch = "is geen map"
        case ELOOP: dutch = "is een lus van symbolische koppelingen"
        case ENAMETOOLONG: dutch = "de naam is te lang"
        case EIO: dutch = "invoer-/uitvoerfout"
        case EMFILE, ENFILE: dutch = "te veel open bestanden"
        case ENOMEM: dutch = "niet genoeg geheugen"
        default: dutch = "systeemfout"
        }
        return "\(dutch) (\(english))"
    }
}
