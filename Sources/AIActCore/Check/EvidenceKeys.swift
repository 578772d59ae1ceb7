import Foundation

/// The evidence a description (or its organisation's shared evidence file) gives, and which
/// obligation each entry covers.
///
/// A key is an obligation id (`ai-literacy-provider`) or a duty id: an obligation id without its
/// role suffix (`ai-literacy`), which covers that duty for every role the system has (AI literacy
/// as provider and as deployer). The description's own entries come before shared ones.
public enum EvidenceKeys {
    /// One evidence entry: its key, the reference (path or URL), the folder a path is relative to
    /// and where the key is.
    public struct Entry: Sendable {
        public var key: String
        public var reference: String
        public var folder: String
        public var location: FindingLocation
        /// Whether it comes from a shared evidence file.
        public var shared: Bool

        public init(key: String, reference: String, folder: String, location: FindingLocation, shared: Bool) {
            self.key = key
            self.reference = reference
            self.folder = folder
            self.location = location
            self.shared = shared
        }
    }

    /// The duty id of an obligation: its id without the role suffix, or the id itself.
    public static func dutyId(_ obligationId: String, role: String) -> String {
        let suffix = "-" + role
        return obligationId.hasSuffix(suffix) && obligationId.count > suffix.count
            ? String(obligationId.dropLast(suffix.count)) : obligationId
    }

    /// Whether an evidence key covers an obligation.
    public static func covers(_ key: String, obligationId: String, role: String) -> Bool {
        key == obligationId || key == dutyId(obligationId, role: role)
    }

    /// Every key the rules know: obligation ids and the duty ids shared by more than one role or
    /// differing from the id.
    public static func knownKeys(_ rules: RuleSet) -> [String] {
        var keys: [String] = []
        for o in rules.obligations {
            if !keys.contains(o.id) { keys.append(o.id) }
            let duty = dutyId(o.id, role: o.role)
            if !keys.contains(duty) { keys.append(duty) }
        }
        return keys
    }

    /// Whether a key is an obligation id or duty id of the rules.
    public static func isKnown(_ key: String, rules: RuleSet) -> Bool {
        rules.obligations.contains { covers(key, obligationId: $0.id, role: $0.role) }
    }

    /// Known keys close to an unknown one, for "did you mean".
    public static func suggestions(for key: String, rules: RuleSet) -> [String] {
        AnswerValidation.suggestions(for: key, among: knownKeys(rules))
    }

    /// The entries of an `evidence` object, in the file's key order where it can be read.
    public static func entries(_ evidence: [String: String]?, locator: FindingLocator, folder: String, shared: Bool) -> [Entry] {
        guard let evidence else { return [] }
        let located = evidence.map { key, reference in
            Entry(key: key, reference: reference, folder: folder, location: locator.locate(["evidence", key]), shared: shared)
        }
        return located.sorted { ($0.location.line, $0.location.column, $0.key) < ($1.location.line, $1.location.column, $1.key) }
    }

    /// The entry that covers an obligation: an exact id before a duty id, own before shared.
    public static func entry(for obligation: Assessment.ObligationItem, in entries: [Entry]) -> Entry? {
        let candidates = entries.filter { covers($0.key, obligationId: obligation.id, role: obligation.role) }
        return candidates.first { !$0.shared && $0.key == obligation.id }
            ?? candidates.first { !$0.shared }
            ?? candidates.first { $0.key == obligation.id }
            ?? candidates.first
    }
}

/// An organisation's evidence that holds for all its systems, kept once in a file named
/// `aiact-evidence.json` beside the descriptions (or in a folder above them, up to the folder
/// named on the command line): `{"evidence": {"ai-literacy": "docs/ai-literacy-policy.pdf"}}`.
/// Paths in it are relative to its own folder. A description's own entry for an obligation wins.
public struct SharedEvidence: Sendable {
    public static let fileName = "aiact-evidence.json"

    /// The file as named in reports.
    public var file: String
    public var folder: String
    public var evidence: [String: String]
    public var locator: FindingLocator

    /// Reads a shared evidence file; a message (with the place) when it is not one.
    public static func read(_ data: Data, file: String, folder: String, language: Language) -> Result<SharedEvidence, SharedEvidenceError> {
        struct Shape: Decodable {
            var schema: String?
            var evidence: [String: String]
            enum CodingKeys: String, CodingKey { case schema = "$schema", evidence }
        }
        do {
            let shape = try JSONDecoding.decode(Shape.self, from: data, file: file)
            return .success(SharedEvidence(file: file, folder: folder, evidence: shape.evidence,
                                           locator: FindingLocator(data: data, file: file)))
        } catch let error as RulesError {
            return .failure(SharedEvidenceError(file: file, message: error.message(language)))
        } catch {
            return .failure(SharedEvidenceError(file: file, message: "\(error)"))
        }
    }

    public var entries: [EvidenceKeys.Entry] {
        EvidenceKeys.entries(evidence, locator: locator, folder: folder, shared: true)
    }
}

/// A shared evidence file that cannot be used.
public struct SharedEvidenceError: Error, Sendable {
    public var file: String
    public var message: String
}

extension EvidenceKeys {
    /// The evidence status of a description's own entries (for `assess`): per obligation the
    /// entry that covers it (an exact id first, then a duty id) and whether it is found.
    public static func status(evidence: [String: String]?, obligations: [Assessment.ObligationItem], folder: String,
                              files: EvidenceFiles) -> EvidenceStatus {
        var entries: [String: (reference: String, found: Bool)] = [:]
        for obligation in obligations {
            let reference = evidence?[obligation.id] ?? evidence?[dutyId(obligation.id, role: obligation.role)]
            guard let reference else { continue }
            entries[obligation.id] = (reference, EvidenceCheck.verdict(reference, folder: folder, files: files).found)
        }
        return EvidenceStatus(entries: entries)
    }
}
