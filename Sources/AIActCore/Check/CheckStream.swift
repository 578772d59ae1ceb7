import Foundation

/// Why a check cannot run (exit 2). The wording, in Dutch and English, is here.
public enum CheckRunError: Error, Equatable, Sendable {
    case noSuchPath(String)
    case brokenLink(String, BoundedRead.Failure)
    case unreadableFolder(String, reason: String)
    /// A named file that cannot be read, or a file `--record` cannot write.
    case file(FileError)
    /// Nothing to check in any of these paths.
    case noDescriptions([String])
    case recordStandardInput

    public func message(_ language: Language) -> String {
        let nl = language == .nl
        switch self {
        case .noSuchPath(let path): return nl ? "\(Inert.line(path)): bestand of map bestaat niet" : "\(Inert.line(path)): no such file or folder"
        case .brokenLink(let path, let failure): return "\(Inert.line(path)): \(failure.message(language))"
        case .unreadableFolder(let path, let reason):
            return "\(Inert.line(path)): " + (nl ? "kan de map niet lezen: " : "cannot read the folder: ") + reason
        case .file(let error): return error.message
        case .noDescriptions(let paths): return paths.map { CheckText(language).noDescriptions($0) }.joined(separator: "\naiact: ")
        case .recordStandardInput:
            return nl ? "--record en --approve kunnen standaardinvoer (-) niet bijwerken; geef een bestand"
                : "--record and --approve cannot update standard input (-); name a file"
        }
    }
}

/// A check run over the paths named on the command line, one system description at a time, so
/// memory stays flat however many there are.
///
/// A folder stands for every `*.json` directly in it that is a system description (a JSON object
/// with an `answers` key); other JSON files are skipped, subfolders are not searched, hidden files
/// (`.name.json`) are ignored. A path that does not exist, a folder that cannot be listed or a
/// named file that cannot be read ends the run; a file in a folder that cannot be read is an
/// `invalid` finding.
public struct CheckStream {
    public var paths: [String]
    public var rules: RuleSet
    public var options: CheckOptions
    /// `--record`: write the computed classification into `recorded`.
    public var record: Bool
    public var fileSystem: any FileSystem
    /// A line for stderr (a skipped file, an answer's warning), without the `aiact: ` prefix.
    public var note: (String) -> Void
    /// Where the Markdown report keeps what comes after the inventory.
    public var spool: () -> any Spool
    /// Sees every result before the renderer does (the executable counts findings for the exit code).
    public var observe: (SystemCheckResult) -> Void = { _ in }
    /// `--recursive`: search subfolders too (not hidden ones, not build output or dependencies).
    public var recursive = false
    /// `--approve NAME`: record and approve.
    public var approver: String?
    /// Whether the run writes `recorded` (`--record` or `--approve`).
    public var writes: Bool { record || approver != nil }
    /// Before each candidate (index, total), and (total, total) at the end: for a progress line.
    public var progress: (Int, Int) -> Void = { _, _ in }

    public init(paths: [String], rules: RuleSet, options: CheckOptions, record: Bool, fileSystem: any FileSystem,
                note: @escaping (String) -> Void, spool: @escaping () -> any Spool = { MemorySpool() }) {
        self.paths = paths
        self.rules = rules
        self.options = options
        self.record = record
        self.fileSystem = fileSystem
        self.note = note
        self.spool = spool
    }

    /// A description to check.
    struct Candidate {
        var label: String
        var folder: String
        /// Named on the command line (a read error ends the run) rather than found in a folder.
        var named: Bool
        var writable: Bool
        /// The folder named on the command line it was found in (its own folder for a named file),
        /// and the subfolders below it: where a shared evidence file is looked for.
        var root: String?
        var subfolders: [String] = []
    }

    /// Folders never searched with `--recursive` (besides hidden ones): build output and dependencies.
    public static let skippedFolders: Set<String> = ["node_modules", "vendor", "Pods", "Carthage", "DerivedData", "build", "dist",
                                                      "target", "__pycache__", "venv", "bower_components", "third_party"]

    /// The subfolders of a folder that a recursive search enters, sorted; links are not followed
    /// (no cycles, no escaping the tree).
    func subfolders(of path: String) -> [String] {
        ((try? fileSystem.list(path)) ?? []).sorted().filter { name in
            guard !name.hasPrefix("."), !Self.skippedFolders.contains(name) else { return false }
            let full = (path as NSString).appendingPathComponent(name)
            return !fileSystem.isSymbolicLink(full) && fileSystem.kind(full) == .folder
        }
    }

    /// The descriptions found in subfolders (for the notice without `--recursive`), at most `limit`.
    func descriptionsInSubfolders(of path: String, depth: Int = 0, limit: Int = 1000) -> [String] {
        guard depth < 32 else { return [] }
        var found: [String] = []
        for sub in subfolders(of: path) {
            let folder = (path as NSString).appendingPathComponent(sub)
            for name in ((try? fileSystem.list(folder)) ?? []).sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
                let file = (folder as NSString).appendingPathComponent(name)
                guard fileSystem.kind(file) == .file, let data = try? fileSystem.read(file) else { continue }
                if case .description = SystemChecker.kind(of: data) { found.append(file) }
                if found.count >= limit { return found }
            }
            found += descriptionsInSubfolders(of: folder, depth: depth + 1, limit: limit - found.count)
            if found.count >= limit { return found }
        }
        return found
    }

    /// The candidate files directly in a folder (and, when recursive, in its subfolders).
    func scan(_ path: String, root: String, subpath: [String], add: (Candidate) -> Void) throws(CheckRunError) {
        let names: [String]
        do { names = try fileSystem.list(path) } catch { throw .unreadableFolder(path, reason: error.message) }
        for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
            add(Candidate(label: (path as NSString).appendingPathComponent(name), folder: path, named: false, writable: true,
                          root: root, subfolders: subpath))
        }
        guard recursive, subpath.count < 32 else { return }
        for sub in subfolders(of: path) {
            try scan((path as NSString).appendingPathComponent(sub), root: root, subpath: subpath + [sub], add: add)
        }
    }

    /// The candidates, per path; checks every path before anything is read, so a mistyped path
    /// fails before any output.
    func candidates(notices: inout [String]) throws(CheckRunError) -> [(path: String, folder: Bool, candidates: [Candidate])] {
        if writes && paths.contains("-") { throw .recordStandardInput }
        var seen: Set<String> = []
        var out: [(String, Bool, [Candidate])] = []
        for path in paths {
            var group: [Candidate] = []
            func add(_ c: Candidate) {
                let key = c.writable ? URL(fileURLWithPath: c.label).standardizedFileURL.path : c.label
                if seen.insert(key).inserted { group.append(c) }
            }
            if path == "-" {
                add(Candidate(label: "<stdin>", folder: fileSystem.currentDirectory, named: true, writable: false))
                out.append((path, false, group))
                continue
            }
            let kind = fileSystem.kind(path)
            switch kind {
            case .brokenLink(let failure): throw .brokenLink(path, failure)
            case .missing: throw .noSuchPath(path)
            case .file, .other:
                add(Candidate(label: path, folder: Self.folder(of: path), named: true, writable: true, root: Self.folder(of: path)))
            case .folder:
                try scan(path, root: path, subpath: [], add: add)
                if !recursive {
                    let nested = descriptionsInSubfolders(of: path)
                    if !nested.isEmpty { notices.append(CheckText(options.language).subfoldersNotChecked(nested.map(Inert.line))) }
                }
            }
            out.append((path, kind == .folder, group))
        }
        return out
    }

    /// Checks every description in order; `body` sees each result once, and nothing is kept.
    /// Returns the notices about the run as a whole (also given to `note` before the first result).
    @discardableResult
    public func forEach(_ body: (SystemCheckResult) throws -> Void) throws -> [String] {
        let text = CheckText(options.language, rules: rules)
        var notices: [String] = []
        let groups = try candidates(notices: &notices)
        for notice in notices { note("\(text.note): \(notice)") }
        let total = groups.reduce(0) { $0 + $1.candidates.count }
        var shared = SharedEvidenceFiles(fileSystem: fileSystem, rules: rules, language: options.language)
        var checked = 0, index = 0
        func emit(_ result: SystemCheckResult) throws {
            observe(result)
            try body(result)
        }
        var emptyFolders: [String] = []
        for (path, isFolder, group) in groups {
            var found = 0
            for candidate in group {
                progress(index, total)
                index += 1
                guard let result = try check(candidate, text: text, shared: &shared, problem: emit) else { continue }
                found += 1
                for warning in result.assessment?.warnings ?? [] {
                    note("\(Inert.line(candidate.label)): \(text.warning): \(warning)")
                }
                try emit(result)
            }
            if found == 0 && isFolder { emptyFolders.append(path) }
            checked += found
        }
        progress(total, total)
        // Said once: when nothing at all was found, the error names every path.
        guard checked > 0 else { throw CheckRunError.noDescriptions(paths) }
        for path in emptyFolders { note(text.noDescriptions(path)) }
        return notices
    }

    /// One candidate: nil when it is skipped (not a description, or not a file to read).
    func check(_ candidate: Candidate, text: CheckText, shared sharedFiles: inout SharedEvidenceFiles,
               problem: (SystemCheckResult) throws -> Void) throws -> SystemCheckResult? {
        let label = candidate.label
        if !candidate.named {
            switch fileSystem.kind(label) {
            case .brokenLink(let failure):
                note("\(Inert.line(label)): \(failure.message(options.language)); \(text.skipped)")
                return nil
            case .folder, .missing: return nil
            case .other:
                note("\(Inert.line(label)): \(text.notRegular)")
                return nil
            case .file: break
            }
        }
        let data: Data
        do {
            data = try fileSystem.read(candidate.writable ? label : "-")
        } catch {
            if candidate.named { throw CheckRunError.file(error) }
            return .invalid(file: label, message: error.message)
        }
        if !candidate.named {
            switch SystemChecker.kind(of: data) {
            case .description: break
            case .otherJSON: return nil
            case .invalidJSON(let mentionsAnswers):
                guard mentionsAnswers else {
                    note("\(Inert.line(label)): \(text.skippedInvalid)")
                    return nil
                }
            }
        }
        var problems: [SystemCheckResult] = []
        let shared = sharedFiles.lookup(root: candidate.root, subfolders: candidate.subfolders, problems: &problems)
        for p in problems { try problem(p) }
        var result = SystemChecker.check(data: data, file: label, folder: candidate.folder, rules: rules, options: options, shared: shared)
        if writes { try recordClassification(&result, data: data, candidate: candidate, text: text, shared: shared) }
        return result
    }

    /// `--record`: writes the computed classification into the file when it changed, then checks
    /// the file again. Incomplete or invalid descriptions are not recorded (a notice says so;
    /// their findings stand).
    func recordClassification(_ result: inout SystemCheckResult, data: Data, candidate: Candidate, text: CheckText,
                              shared: SharedEvidence?) throws {
        guard let recorded = result.recordable else {
            if approver != nil {
                result.notices.append(result.assessment == nil ? text.notApprovedInvalid : text.notApprovedIncomplete)
            } else {
                result.notices.append(result.assessment == nil ? text.notRecordedInvalid : text.notRecordedIncomplete)
            }
            return
        }
        guard candidate.writable else {
            result.notices.append(text.notRecordedStdin)
            return
        }
        let updated: Data
        var removedApproval = false
        do {
            if let approver {
                updated = try ApprovalSplice.approve(recorded, by: approver, on: options.date, into: data)
            } else {
                let spliced = try RecordedSplice.record(recorded, into: data)
                // A changed `recorded` is no longer what was approved: the approval goes.
                if spliced != data, result.description?.recorded?.approvedBy != nil {
                    updated = try ApprovalSplice.removeApproval(from: spliced)
                    removedApproval = true
                } else {
                    updated = spliced
                }
            }
        } catch let error as JSONSpliceError {
            result.findings.append(CheckFinding(id: CheckFinding.invalid, message: text.cannotRecord(error),
                                                location: FindingLocator(data: data, file: candidate.label).locate(["recorded"])))
            return
        }
        guard updated != data else {
            result.notices.append(text.recordUnchanged)
            return
        }
        do { try fileSystem.write(updated, to: candidate.label, replacing: data) } catch { throw CheckRunError.file(error) }
        result = SystemChecker.check(data: updated, file: candidate.label, folder: candidate.folder, rules: rules, options: options,
                                     shared: shared)
        if let approver {
            var approved = recorded
            approved.approvedBy = approver
            approved.approvedOn = options.date
            result.notices.append(text.approved(approved))
        } else {
            result.notices.append(text.recorded(recorded))
            if removedApproval { result.notices.append(text.approvalRemoved) }
        }
        result.wasRecorded = true
    }

    public static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }
}

/// The shared evidence files (`aiact-evidence.json`) of a check run: found once per folder, the
/// nearest one from a description's folder up to the folder named on the command line. A file
/// that cannot be used, or keys in it that are no obligation id, become one entry in the report.
struct SharedEvidenceFiles {
    let fileSystem: any FileSystem
    let rules: RuleSet
    let language: Language
    private var cache: [String: SharedEvidence?] = [:]

    init(fileSystem: any FileSystem, rules: RuleSet, language: Language) {
        self.fileSystem = fileSystem
        self.rules = rules
        self.language = language
    }

    mutating func lookup(root: String?, subfolders: [String], problems: inout [SystemCheckResult]) -> SharedEvidence? {
        guard let root else { return nil }
        var components = subfolders
        while true {
            let folder = components.reduce(root) { ($0 as NSString).appendingPathComponent($1) }
            if let shared = load(folder, problems: &problems) { return shared }
            if components.isEmpty { return nil }
            components.removeLast()
        }
    }

    private mutating func load(_ folder: String, problems: inout [SystemCheckResult]) -> SharedEvidence? {
        if let cached = cache[folder] { return cached }
        cache[folder] = .some(nil)
        let file = (folder as NSString).appendingPathComponent(SharedEvidence.fileName)
        guard fileSystem.kind(file) == .file else { return nil }
        let text = CheckText(language)
        let data: Data
        do { data = try fileSystem.read(file) } catch {
            problems.append(.invalid(file: file, message: text.invalidSharedEvidence(error.message)))
            return nil
        }
        switch SharedEvidence.read(data, file: file, folder: folder, language: language) {
        case .failure(let error):
            var result = SystemCheckResult.invalid(file: file, message: text.invalidSharedEvidence(error.message))
            result.findings[0].location = FindingLocator(data: data, file: file).start
            problems.append(result)
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
