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
            return nl ? "--record kan standaardinvoer (-) niet bijwerken; geef een bestand" : "--record cannot update standard input (-); name a file"
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
    }

    /// The candidates, per path; checks every path before anything is read, so a mistyped path
    /// fails before any output.
    func candidates() throws(CheckRunError) -> [(path: String, folder: Bool, candidates: [Candidate])] {
        if record && paths.contains("-") { throw .recordStandardInput }
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
            case .file, .other: add(Candidate(label: path, folder: Self.folder(of: path), named: true, writable: true))
            case .folder:
                let names: [String]
                do { names = try fileSystem.list(path) } catch { throw .unreadableFolder(path, reason: error.message) }
                for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
                    add(Candidate(label: (path as NSString).appendingPathComponent(name), folder: path, named: false, writable: true))
                }
            }
            out.append((path, kind == .folder, group))
        }
        return out
    }

    /// Checks every description in order; `body` sees each result once, and nothing is kept.
    public func forEach(_ body: (SystemCheckResult) throws -> Void) throws {
        let text = CheckText(options.language)
        var checked = 0
        for (path, isFolder, group) in try candidates() {
            var found = 0
            for candidate in group {
                guard let result = try check(candidate, text: text) else { continue }
                found += 1
                for warning in result.assessment?.warnings ?? [] {
                    note("\(Inert.line(candidate.label)): \(text.warning): \(warning)")
                }
                observe(result)
                try body(result)
            }
            if found == 0 && isFolder { note(text.noDescriptions(path)) }
            checked += found
        }
        guard checked > 0 else { throw CheckRunError.noDescriptions(paths) }
    }

    /// One candidate: nil when it is skipped (not a description, or not a file to read).
    func check(_ candidate: Candidate, text: CheckText) throws -> SystemCheckResult? {
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
        var result = SystemChecker.check(data: data, file: label, folder: candidate.folder, rules: rules, options: options)
        if record { try recordClassification(&result, data: data, candidate: candidate, text: text) }
        return result
    }

    /// `--record`: writes the computed classification into the file when it changed, then checks
    /// the file again. Incomplete or invalid descriptions are not recorded (a notice says so;
    /// their findings stand).
    func recordClassification(_ result: inout SystemCheckResult, data: Data, candidate: Candidate, text: CheckText) throws {
        guard let recorded = result.recordable else {
            result.notices.append(result.assessment == nil ? text.notRecordedInvalid : text.notRecordedIncomplete)
            return
        }
        guard candidate.writable else {
            result.notices.append(text.notRecordedStdin)
            return
        }
        let updated: Data
        do {
            updated = try RecordedSplice.record(recorded, into: data)
        } catch let error as JSONSpliceError {
            result.findings.append(CheckFinding(id: CheckFinding.invalid, message: text.cannotRecord(error)))
            return
        }
        guard updated != data else {
            result.notices.append(text.recordUnchanged)
            return
        }
        do { try fileSystem.write(updated, to: candidate.label, replacing: data) } catch { throw CheckRunError.file(error) }
        result = SystemChecker.check(data: updated, file: candidate.label, folder: candidate.folder, rules: rules, options: options)
        result.notices.append(text.recorded(recorded))
        result.wasRecorded = true
    }

    public static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }
}
