import Foundation

/// The rules a command uses: the embedded ones, or `--rules DIR`.
public enum RulesFolder {
    /// Where the rules' files are read from; a `--rules` path must be a folder.
    public static func source(_ directory: String?, fileSystem: any FileSystem) throws(UsageError) -> any RulesSource {
        guard let directory else { return EmbeddedRulesSource() }
        switch fileSystem.kind(directory) {
        case .folder: return DirectoryRulesSource(path: directory)
        case .missing, .brokenLink:
            throw .other(LocalizedText(nl: "--rules: \(directory): map bestaat niet", en: "--rules: \(directory): no such folder"))
        case .file, .other:
            throw .other(LocalizedText(nl: "--rules: \(directory): geen map; verwacht de map met rules.json",
                                       en: "--rules: \(directory): not a folder; expected the folder that holds rules.json"))
        }
    }

    /// The rules, loaded; a folder's rules are linted first and refused with their defects
    /// (unless `refuseDefects` is false, for `rules lint` itself). Throws `UsageError` or `RulesError`.
    public static func load(_ directory: String?, fileSystem: any FileSystem, language: Language, refuseDefects: Bool = true) throws -> RuleSet {
        let source = try source(directory, fileSystem: fileSystem)
        // The embedded rules are read once per process (and not checked again: tests check them).
        let rules = directory == nil ? try RulesLoader.loadEmbedded() : try RulesLoader.load(from: source)
        if let directory, refuseDefects {
            let errors = RulesLinter.lint(rules, language: language).errors
            guard errors.isEmpty else { throw RulesError.invalidRules(origin: directory, findings: errors.map(\.description)) }
        }
        return rules
    }
}
