import AIActCore
import Foundation

/// The shared evidence files (`aiact-evidence.json`) of a check run: found once per folder, the
/// nearest one from a description's folder up to the folder named on the command line. A file
/// that cannot be used, or keys in it that are no obligation id, become one entry in the report.
struct SharedEvidenceFiles {
    let language: Language
    private var cache: [String: SharedEvidence?] = [:]

    init(language: Language) { self.language = language }

    mutating func lookup(for input: CheckCommand.Input, rules: RuleSet, options: CheckOptions,
                         problems: inout [SystemCheckResult]) -> SharedEvidence? {
        guard let root = input.root else { return nil }
        var components = input.subfolders
        while true {
            let folder = components.reduce(root) { ($0 as NSString).appendingPathComponent($1) }
            if let shared = load(folder, rules: rules, problems: &problems) { return shared }
            if components.isEmpty { return nil }
            components.removeLast()
        }
    }

    private mutating func load(_ folder: String, rules: RuleSet, problems: inout [SystemCheckResult]) -> SharedEvidence? {
        if let cached = cache[folder] { return cached }
        let file = (folder as NSString).appendingPathComponent(SharedEvidence.fileName)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), !isDirectory.boolValue else {
            cache[folder] = .some(nil)
            return nil
        }
        let text = CheckText(language)
        let data: Data
        do {
            data = try FileIO.read(file, language: language)
        } catch let error as CLIError {
            problems.append(.invalid(file: file, message: text.invalidSharedEvidence(error.message)))
            cache[folder] = .some(nil)
            return nil
        } catch {
            cache[folder] = .some(nil)
            return nil
        }
        switch SharedEvidence.read(data, file: file, folder: folder, language: language) {
        case .failure(let error):
            var result = SystemCheckResult.invalid(file: file, message: text.invalidSharedEvidence(error.message))
            result.findings[0].location = FindingLocator(data: data, file: file).start
            problems.append(result)
            cache[folder] = .some(nil)
            return nil
        case .success(let shared):
            let unknown = shared.entries.filter { !EvidenceKeys.isKnown($0.key, rules: rules) }
            if !unknown.isEmpty {
                var result = SystemCheckResult.invalid(file: file, message: "")
                result.findings = unknown.map { entry in
                    CheckFinding(id: CheckFinding.unknownEvidence,
                                 message: text.unknownEvidenceKey(entry.key, suggestions: EvidenceKeys.suggestions(for: entry.key, rules: rules),
                                                                  sharedFile: file),
                                 location: entry.location)
                }
                problems.append(result)
            }
            cache[folder] = .some(shared)
            return shared
        }
    }
}

/// `check` over many files on a terminal: `checking: 12/40` on stderr, rewritten in place, gone
/// when done. Never in CI logs or pipes (stderr not a terminal, or `CI` set), never for a few files.
struct Progress {
    let console: Console
    let enabled: Bool
    let total: Int
    let text: CheckText

    static let minimumFiles = 10

    init(console: Console, environment: [String: String], total: Int, language: Language) {
        self.console = console
        self.total = total
        self.text = CheckText(language)
        let ci = environment["CI"].map { !$0.isEmpty && $0 != "false" } ?? false
        enabled = console.stderrIsTerminal && !ci && environment["TERM"] != "dumb" && total >= Progress.minimumFiles
    }

    func show(_ index: Int) {
        guard enabled else { return }
        console.err("\r" + text.progress(index + 1, of: total) + "\u{1B}[K")
    }

    func finish() {
        guard enabled else { return }
        console.err("\r\u{1B}[K")
    }
}
