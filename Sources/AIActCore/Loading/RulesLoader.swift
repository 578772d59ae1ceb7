import Foundation

/// Reads and decodes a rules set from a source. Decoding only: `RulesLinter` checks the content.
public enum RulesLoader {
    public static let manifestFile = "rules.json"

    /// Loads the rules set; throws `RulesError` naming the file and the place on any problem.
    public static func load(from source: RulesSource) throws -> RuleSet {
        try load(from: source, rejectingDuplicateKeys: true)
    }

    /// `rejectingDuplicateKeys: false` only for the shipped embedded rules (see `loadEmbedded`).
    static func load(from source: RulesSource, rejectingDuplicateKeys: Bool) throws -> RuleSet {
        let manifestName = label(source, manifestFile)
        func parse(_ name: String) throws -> JSONDocument {
            try JSONDecoding.parse(try source.bytes(name), file: label(source, name), rejectingDuplicateKeys: rejectingDuplicateKeys)
        }
        let manifestDocument = try parse(manifestFile)
        // Check the format version before anything else, so a newer format gets a clear refusal.
        let formatVersion = try JSONDecoding.read(manifestDocument, file: manifestName) { decoder, root in
            try decoder.integer(try decoder.fields(root).required("formatVersion"), Int.self)
        }
        guard formatVersion <= RuleSet.supportedFormatVersion else {
            throw RulesError.unsupportedFormat(file: manifestName, found: formatVersion,
                                               supported: RuleSet.supportedFormatVersion)
        }
        let manifest = try JSONDecoding.decode(Manifest.self, from: manifestDocument, file: manifestName)
        func part<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
            try JSONDecoding.decode(type, from: try parse(name), file: label(source, name))
        }
        let facts = try part(FactsFile.self, manifest.files.facts)
        let steps = try manifest.files.steps.map { try part(Step.self, $0) }
        let obligationsFile = try part(ObligationsFile.self, manifest.files.obligations)
        let schedules = obligationsFile.schedules ?? [:]
        let obligations = try obligationsFile.obligations.enumerated().map { index, obligation in
            var resolved = obligation
            if let name = obligation.schedule {
                guard let branches = schedules[name] else {
                    throw RulesError.invalidContent(
                        file: label(source, manifest.files.obligations), path: "obligations[\(index)].schedule",
                        expected: LocalizedText(
                            nl: "onbekend schema \"\(name)\"; gedefinieerd: \(schedules.keys.sorted().joined(separator: ", "))",
                            en: "unknown schedule \"\(name)\"; defined: \(schedules.keys.sorted().joined(separator: ", "))"))
                }
                resolved.appliesFrom = branches
            }
            return resolved
        }
        let notes = try part(NotesFile.self, manifest.files.notes).notes
        return RuleSet(manifest: manifest, facts: facts, steps: steps, obligations: obligations,
                       schedules: schedules, notes: notes, origin: source.origin, stepFiles: manifest.files.steps)
    }

    /// The embedded rules set, read once per process: every call gives the same value. Being a
    /// static, it is never freed, which also spares the process freeing it just before it exits.
    public static func loadEmbedded() throws -> RuleSet {
        try embedded.get()
    }

    private static let embedded: Result<RuleSet, RulesError> = {
        do {
            // The shipped files are parsed with every check by tests (ShippedRulesTests,
            // DirectDecodingTests), so they have no repeated key; the check is spared at start-up.
            return .success(try load(from: EmbeddedRulesSource(), rejectingDuplicateKeys: false))
        } catch let error as RulesError {
            return .failure(error)
        } catch {
            return .failure(.unreadable(file: "embedded", reason: LocalizedText(nl: "\(error)", en: "\(error)")))
        }
    }()

    /// The version of the embedded rules (`RuleSet.version`), read from their manifest alone:
    /// `aiact --version` needs nothing else. Nil when the manifest does not read (never for the
    /// shipped rules, which a test loads).
    public static func embeddedVersion() -> String? {
        guard let text = EmbeddedRules.files[manifestFile], let document = try? JSONReader.parse(text),
              let version = document.member(document.root, "version") else { return nil }
        return document.string(version)
    }

    static func label(_ source: RulesSource, _ name: String) -> String {
        source.origin == "embedded" ? "embedded rules/\(name)" : (source.origin as NSString).appendingPathComponent(name)
    }
}
