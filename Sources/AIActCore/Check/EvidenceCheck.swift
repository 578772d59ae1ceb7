import Foundation

/// Evidence for obligations: which obligations have an evidence entry, and whether it is found.
///
/// A reference is a URL (`scheme://…`, counted as present: aiact does not use the network) or a
/// path relative to the description's folder (absolute paths are taken as they are).
public enum EvidenceCheck {
    /// An obligation in force without evidence that is found.
    public struct Gap: Equatable, Sendable {
        public var obligationId: String
        /// The reference given, or nil when there is no entry.
        public var reference: String?
        /// The path that was looked for (for a file that does not exist).
        public var resolvedPath: String?
    }

    /// Whether a reference is a URL rather than a path.
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

    /// The status of every evidence entry that belongs to an obligation of the assessment.
    public static func status(evidence: [String: String]?, obligations: [Assessment.ObligationItem], folder: String,
                              fileExists: (String) -> Bool) -> EvidenceStatus {
        var entries: [String: (reference: String, found: Bool)] = [:]
        for obligation in obligations {
            guard let reference = evidence?[obligation.id] else { continue }
            entries[obligation.id] = (reference, found(reference, folder: folder, fileExists: fileExists))
        }
        return EvidenceStatus(entries: entries)
    }

    /// The obligations in force that lack found evidence, in the assessment's order.
    public static func gaps(evidence: [String: String]?, obligations: [Assessment.ObligationItem], folder: String,
                            fileExists: (String) -> Bool) -> [Gap] {
        obligations.filter(\.inForce).compactMap { obligation in
            guard let reference = evidence?[obligation.id],
                  !reference.trimmingCharacters(in: .whitespaces).isEmpty else {
                return Gap(obligationId: obligation.id, reference: nil, resolvedPath: nil)
            }
            if found(reference, folder: folder, fileExists: fileExists) { return nil }
            return Gap(obligationId: obligation.id, reference: reference, resolvedPath: resolve(reference, folder: folder))
        }
    }

    static func found(_ reference: String, folder: String, fileExists: (String) -> Bool) -> Bool {
        if reference.trimmingCharacters(in: .whitespaces).isEmpty { return false }
        return isURL(reference) || fileExists(resolve(reference, folder: folder))
    }
}
