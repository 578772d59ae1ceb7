import Foundation

/// What evidence may be, and the file-system facts needed to tell (issue 9).
///
/// Evidence for an obligation is either an `http://` or `https://` URL (counted as present: aiact
/// does not use the network) or a **regular file inside the description's repository**: the
/// nearest folder, from the description's folder upwards, that holds `.git` (a folder, or the file
/// a worktree or submodule has), else the description's folder itself. A path is relative to the
/// description's folder; absolute paths are taken as they are; symbolic links and `..` are resolved
/// before the repository test. A folder, a FIFO or device, a path that leaves the repository, and
/// any other `scheme://` reference are findings, each with its own message.
public struct EvidenceFiles: Sendable {
    public enum Kind: Sendable, Equatable { case regularFile, folder, other, missing }

    /// The kind of the file at a path (symbolic links followed) and its canonical absolute path
    /// (links, `.` and `..` resolved), nil when nothing is there.
    public var inspect: @Sendable (String) -> (kind: Kind, canonical: String?)
    /// The canonical repository root of a description's folder (see above).
    public var repositoryRoot: @Sendable (String) -> String

    public init(inspect: @escaping @Sendable (String) -> (kind: Kind, canonical: String?),
                repositoryRoot: @escaping @Sendable (String) -> String) {
        self.inspect = inspect
        self.repositoryRoot = repositoryRoot
    }
}

/// Evidence for obligations: which obligations have an evidence entry, and whether it is found.
public enum EvidenceCheck {
    /// What an evidence reference turned out to be.
    public enum Verdict: Equatable, Sendable {
        /// An http(s) URL.
        case webURL
        /// A regular file inside the repository (its canonical path).
        case file(String)
        /// An empty reference.
        case empty
        /// A `scheme://` reference whose scheme is not http or https.
        case notWebURL
        /// Nothing at the path (as resolved against the description's folder).
        case missing(String)
        case folder(String)
        /// A FIFO, a device or a socket.
        case notRegularFile(String)
        /// The path resolves to a place outside the repository root.
        case outsideRepository(path: String, root: String)

        public var found: Bool {
            switch self {
            case .webURL, .file: return true
            default: return false
            }
        }
    }

    /// An obligation in force without evidence that is found.
    public struct Gap: Equatable, Sendable {
        public var obligationId: String
        /// The reference given, or nil when there is no entry.
        public var reference: String?
        /// The path that was looked for (for a file reference).
        public var resolvedPath: String?
        /// What the reference turned out to be (nil when there is no entry).
        public var verdict: Verdict? = nil
    }

    /// Whether a reference looks like a URL (`scheme://…`) rather than a path; only http(s) URLs
    /// count as evidence (`Inert.isWebURL`).
    public static func isURL(_ reference: String) -> Bool {
        guard let range = reference.range(of: "://") else { return false }
        let scheme = reference[..<range.lowerBound]
        guard let first = scheme.first, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
    }

    /// The path a file reference stands for, relative to the description's folder.
    public static func resolve(_ reference: String, folder: String) -> String {
        if reference.hasPrefix("/") { return reference }
        let base = folder.isEmpty ? "." : folder
        return (base as NSString).appendingPathComponent(reference)
    }

    /// What REFERENCE is, for a description in FOLDER.
    public static func verdict(_ reference: String, folder: String, files: EvidenceFiles) -> Verdict {
        if reference.trimmingCharacters(in: .whitespaces).isEmpty { return .empty }
        if Inert.isWebURL(reference) { return .webURL }
        if isURL(reference) { return .notWebURL }
        let path = resolve(reference, folder: folder)
        let (kind, canonical) = files.inspect(path)
        switch kind {
        case .missing: return .missing(path)
        case .folder: return .folder(path)
        case .other: return .notRegularFile(path)
        case .regularFile:
            let root = files.repositoryRoot(folder.isEmpty ? "." : folder)
            guard let canonical, inside(canonical, root: root) else { return .outsideRepository(path: path, root: root) }
            return .file(canonical)
        }
    }

    static func inside(_ path: String, root: String) -> Bool {
        if root == "/" { return path.hasPrefix("/") }
        return path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    /// The status of every evidence entry that belongs to an obligation of the assessment.
    public static func status(evidence: [String: String]?, obligations: [Assessment.ObligationItem], folder: String,
                              files: EvidenceFiles) -> EvidenceStatus {
        var entries: [String: (reference: String, found: Bool)] = [:]
        for obligation in obligations {
            guard let reference = evidence?[obligation.id] else { continue }
            entries[obligation.id] = (reference, verdict(reference, folder: folder, files: files).found)
        }
        return EvidenceStatus(entries: entries)
    }

    /// The obligations in force that lack found evidence, in the assessment's order.
    public static func gaps(evidence: [String: String]?, obligations: [Assessment.ObligationItem], folder: String,
                            files: EvidenceFiles) -> [Gap] {
        obligations.filter(\.inForce).compactMap { obligation in
            guard let reference = evidence?[obligation.id] else {
                return Gap(obligationId: obligation.id, reference: nil, resolvedPath: nil)
            }
            let verdict = verdict(reference, folder: folder, files: files)
            switch verdict {
            case .webURL, .file: return nil
            case .empty: return Gap(obligationId: obligation.id, reference: nil, resolvedPath: nil, verdict: verdict)
            case .notWebURL: return Gap(obligationId: obligation.id, reference: reference, resolvedPath: nil, verdict: verdict)
            case .missing(let p), .folder(let p), .notRegularFile(let p), .outsideRepository(let p, _):
                return Gap(obligationId: obligation.id, reference: reference, resolvedPath: p, verdict: verdict)
            }
        }
    }

    /// The finding's message for a gap whose reference is there but does not count (nil for a
    /// missing entry or a missing file: `CheckText.noEvidence` and `evidenceNotFound` say those).
    public static func problem(_ gap: Gap, obligation o: Assessment.ObligationItem, language: Language) -> String? {
        guard let verdict = gap.verdict, let reference = gap.reference else { return nil }
        return problem(reference: reference, verdict: verdict, obligation: o, language: language)
    }

    /// The same for a reference and what it turned out to be.
    public static func problem(reference: String, verdict: Verdict, obligation o: Assessment.ObligationItem, language: Language) -> String? {
        let reference = Inert.line(reference)
        let nl = language == .nl
        let lead = nl ? "Bewijs voor verplichting \(o.id) (\(o.title), \(o.articles.joined(separator: ", "))): \(reference)"
                      : "Evidence for obligation \(o.id) (\(o.title), \(o.articles.joined(separator: ", "))): \(reference)"
        let rule = nl ? "Bewijs is een bestand (een document) in de repository van de beschrijving, of een http(s)-URL."
                      : "Evidence is a file (a document) in the description's repository, or an http(s) URL."
        switch verdict {
        case .notWebURL:
            return lead + (nl ? " is geen http(s)-URL. " : " is not an http(s) URL. ") + rule
        case .folder(let path):
            return lead + (nl ? " is een map (\(Inert.line(path))), geen document. " : " is a folder (\(Inert.line(path))), not a document. ") + rule
        case .notRegularFile(let path):
            return lead + (nl ? " is geen gewoon bestand (\(Inert.line(path)): een FIFO, apparaat of socket). "
                              : " is not a regular file (\(Inert.line(path)): a FIFO, a device or a socket). ") + rule
        case .outsideRepository(_, let root):
            return lead + (nl ? " ligt buiten de repository (\(Inert.line(root))). " : " leads outside the repository (\(Inert.line(root))). ") + rule
        case .webURL, .file, .empty, .missing: return nil
        }
    }
}
