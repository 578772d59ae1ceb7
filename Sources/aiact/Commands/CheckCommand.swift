import AIActCore
import Foundation

/// `aiact check FILE_OR_DIR...`: the CI gate over system descriptions (issue 5).
///
/// A folder stands for every `*.json` directly in it that is a system description (a JSON object
/// with an `answers` key); other JSON files are skipped, subfolders only with `--recursive`, hidden
/// files (`.name.json`) are ignored. Exit 0 without findings, 1 with any, 2 when it cannot run.
enum CheckCommand {
    /// A description to check: where it came from and its bytes (or why they could not be read).
    struct Input {
        var label: String
        var folder: String
        var content: Result<Data, CLIError>
        /// Whether `--record` may write it (not standard input).
        var writable: Bool
        /// The folder named on the command line it was found in (its own folder for a named file),
        /// and the subfolders below it: where a shared evidence file is looked for.
        var root: String? = nil
        var subfolders: [String] = []
    }

    static func run(_ inv: Invocation) throws -> ExitCode {
        let l = inv.language
        let paths = inv.arguments.positionals
        let format = inv.format
        let failOn = inv.arguments.categories
        let approver = try approverName(inv)
        let record = inv.arguments.has("record") || approver != nil
        if record && paths.contains("-") {
            throw CLIError.usage(Help.text(l, nl: "--record en --approve kunnen standaardinvoer (-) niet bijwerken; geef een bestand",
                                           en: "--record and --approve cannot update standard input (-); name a file"))
        }
        let requireEvidence = inv.arguments.has("require-evidence")
        let leadTime = try leadTimeDays(inv, requireEvidence: requireEvidence)
        let rules = try inv.loadRules()
        var runNotices: [String] = []
        let inputs = try collect(paths, inv: inv, recursive: inv.arguments.has("recursive"), notices: &runNotices)
        guard !inputs.isEmpty else {
            throw CLIError.usage(paths.map { CheckText(l).noDescriptions($0) }.joined(separator: "\naiact: "))
        }
        for notice in runNotices { inv.console.err("aiact: \(Help.text(l, nl: "let op", en: "note")): \(notice)\n") }

        let options = CheckOptions(date: inv.date, language: l, requireEvidence: requireEvidence,
                                   failOn: failOn, leadTime: leadTime, evidenceFiles: .live)
        var results: [SystemCheckResult] = []
        var recordedFiles: [String] = []
        var sharedFiles = SharedEvidenceFiles(language: l)
        let progress = Progress(console: inv.console, environment: inv.environment, total: inputs.count, language: l)
        for (index, input) in inputs.enumerated() {
            progress.show(index)
            var result: SystemCheckResult
            switch input.content {
            case .failure(let error):
                result = .invalid(file: input.label, message: error.message)
            case .success(let data):
                let shared = sharedFiles.lookup(for: input, rules: rules, options: options, problems: &results)
                result = SystemChecker.check(data: data, file: input.label, folder: input.folder, rules: rules, options: options,
                                             shared: shared)
                if record, try recordClassification(&result, data: data, input: input, rules: rules, options: options,
                                                    approver: approver, shared: shared) {
                    recordedFiles.append(input.label)
                }
            }
            for warning in result.assessment?.warnings ?? [] {
                inv.console.err("aiact: \(Inert.line(input.label)): \(Help.text(l, nl: "waarschuwing", en: "warning")): \(Inert.text(warning))\n")
            }
            results.append(result)
        }
        progress.finish()

        let report = CheckReport(results: results, rules: rules, date: inv.date, recorded: record ? recordedFiles : nil,
                                 notices: runNotices)
        switch format {
        case .json: inv.console.out(JSONOutput.encode(report))
        case .text: inv.console.out(CheckTextRenderer(style: inv.style, language: l).render(results, report: report))
        default: inv.console.out(CheckMarkdownRenderer(rules: rules, language: l).render(results, report: report))
        }
        return report.summary.findings > 0 ? .findings : .ok
    }

    /// `--approve NAME`: who approves (one line, not empty).
    static func approverName(_ inv: Invocation) throws -> String? {
        guard let raw = inv.arguments.value("approve") else { return nil }
        let name = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 200, !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw CLIError.usage(Help.text(inv.language, nl: "--approve: verwacht de naam van wie goedkeurt (één regel, hoogstens 200 tekens)",
                                           en: "--approve: expected the name of the person who approves (one line, at most 200 characters)"))
        }
        return name
    }

    /// `--lead-time DAYS`: a whole number of days from 0 to 3650, only with `--require-evidence`.
    static func leadTimeDays(_ inv: Invocation, requireEvidence: Bool) throws -> Int? {
        guard let raw = inv.arguments.value("lead-time") else { return nil }
        guard let days = Int(raw), (0...3650).contains(days), raw.allSatisfy(\.isASCII) else {
            throw CLIError.usage(Help.text(inv.language, nl: "--lead-time: \"\(raw)\" is geen aantal dagen; verwacht een geheel getal van 0 tot 3650, bijvoorbeeld 90",
                                           en: "--lead-time: \"\(raw)\" is not a number of days; expected a whole number from 0 to 3650, e.g. 90"))
        }
        guard requireEvidence else {
            throw CLIError.usage(Help.text(inv.language, nl: "--lead-time hoort bij --require-evidence (bewijs DAGEN voordat een verplichting geldt)",
                                           en: "--lead-time goes with --require-evidence (evidence DAYS before an obligation applies)"))
        }
        return days
    }

    /// Folders never searched with `--recursive` (besides hidden ones): build output and
    /// dependencies.
    static let skippedFolders: Set<String> = ["node_modules", "vendor", "Pods", "Carthage", "DerivedData", "build", "dist",
                                               "target", "__pycache__", "venv", "bower_components", "third_party"]

    /// The subfolders of a folder that a recursive search enters, sorted.
    static func subfolders(of path: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.sorted().filter { name in
            guard !name.hasPrefix("."), !skippedFolders.contains(name) else { return false }
            var isDirectory: ObjCBool = false
            let full = (path as NSString).appendingPathComponent(name)
            // Symbolic links to folders are not followed (no cycles, no escaping the tree).
            let attributes = try? FileManager.default.attributesOfItem(atPath: full)
            guard attributes?[.type] as? FileAttributeType != .typeSymbolicLink else { return false }
            return FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }

    /// The descriptions found in subfolders (for the notice without `--recursive`), at most `limit`.
    static func descriptionsInSubfolders(of path: String, depth: Int = 0, limit: Int = 1000) -> [String] {
        guard depth < 32 else { return [] }
        var found: [String] = []
        for sub in subfolders(of: path) {
            let folder = (path as NSString).appendingPathComponent(sub)
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
            for name in names where name.hasSuffix(".json") && !name.hasPrefix(".") {
                let file = (folder as NSString).appendingPathComponent(name)
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                if case .description = SystemChecker.kind(of: data) { found.append(file) }
                if found.count >= limit { return found }
            }
            found += descriptionsInSubfolders(of: folder, depth: depth + 1, limit: limit - found.count)
            if found.count >= limit { return found }
        }
        return found
    }

    /// The descriptions the arguments stand for. A path that does not exist, a folder that cannot
    /// be listed or a named file that cannot be read ends the command (exit 2); a file found in a
    /// folder that cannot be read becomes an `invalid` finding.
    static func collect(_ paths: [String], inv: Invocation, recursive: Bool, notices: inout [String]) throws -> [Input] {
        let l = inv.language
        var inputs: [Input] = []
        var seen: Set<String> = []
        func add(_ input: Input) {
            let key = input.writable ? URL(fileURLWithPath: input.label).standardizedFileURL.path : input.label
            if seen.insert(key).inserted { inputs.append(input) }
        }
        for path in paths {
            if path == "-" {
                add(Input(label: "<stdin>", folder: FileManager.default.currentDirectoryPath, content: .success(try FileIO.read("-", language: inv.language)), writable: false))
                continue
            }
            var isDirectory: ObjCBool = false
            if let broken = BoundedRead.brokenLink(path) { throw CLIError.usage("\(Inert.line(path)): \(broken.message(l))") }
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CLIError.usage(Help.text(l, nl: "\(path): bestand of map bestaat niet", en: "\(path): no such file or folder"))
            }
            guard isDirectory.boolValue else {
                add(Input(label: path, folder: folder(of: path), content: .success(try FileIO.read(path, language: inv.language)), writable: true,
                          root: folder(of: path)))
                continue
            }
            var found = 0
            try scan(path, root: path, subfolders: [], inv: inv, recursive: recursive, found: &found, add: add)
            if found == 0 { inv.console.err("aiact: \(CheckText(l).noDescriptions(path))\n") }
            if !recursive {
                let nested = descriptionsInSubfolders(of: path)
                if !nested.isEmpty { notices.append(CheckText(l).subfoldersNotChecked(nested.map(Inert.line))) }
            }
        }
        return inputs
    }

    /// The descriptions directly in a folder (and, when recursive, in its subfolders).
    static func scan(_ path: String, root: String, subfolders subpath: [String], inv: Invocation, recursive: Bool,
                     found: inout Int, add: (Input) -> Void) throws {
        let l = inv.language
        do {
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: path)
            } catch {
                throw CLIError.usage("\(path): \(Help.text(l, nl: "kan de map niet lezen", en: "cannot read the folder")): \(FileSystemError.describe(error))")
            }
            for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
                let file = (path as NSString).appendingPathComponent(name)
                // A link to nothing, or to a FIFO or device (which could block the run), is skipped with a note.
                if let broken = BoundedRead.brokenLink(file) {
                    inv.console.err("aiact: \(Inert.line(file)): \(broken.message(l)); " + Help.text(l, nl: "overgeslagen\n", en: "skipped\n"))
                    continue
                }
                var info = stat()
                guard stat(file, &info) == 0, info.st_mode & S_IFMT != S_IFDIR else { continue }
                guard info.st_mode & S_IFMT == S_IFREG else {
                    inv.console.err("aiact: \(Inert.line(file)): " + Help.text(l, nl: "geen gewoon bestand (FIFO, apparaat of socket); overgeslagen\n",
                                                                               en: "not a regular file (a FIFO, a device or a socket); skipped\n"))
                    continue
                }
                let content: Result<Data, CLIError>
                do { content = .success(try FileIO.read(file, language: inv.language)) } catch let error as CLIError { content = .failure(error) }
                if case .success(let data) = content {
                    switch SystemChecker.kind(of: data) {
                    case .description: break
                    case .otherJSON: continue
                    case .invalidJSON(let mentionsAnswers):
                        guard mentionsAnswers else {
                            inv.console.err("aiact: \(file): " + Help.text(l, nl: "overgeslagen: geen geldige JSON en geen \"answers\"\n",
                                                                            en: "skipped: not valid JSON and no \"answers\"\n"))
                            continue
                        }
                    }
                }
                found += 1
                add(Input(label: file, folder: path, content: content, writable: true, root: root, subfolders: subpath))
            }
        }
        guard recursive, subpath.count < 32 else { return }
        for sub in subfolders(of: path) {
            try scan((path as NSString).appendingPathComponent(sub), root: root, subfolders: subpath + [sub], inv: inv,
                     recursive: true, found: &found, add: add)
        }
    }

    static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// `--record`: writes the computed classification into the file when it changed, then checks the
    /// file again. Returns whether the file was written. Incomplete or invalid descriptions are not
    /// recorded (a notice says so; their findings stand).
    static func recordClassification(_ result: inout SystemCheckResult, data: Data, input: Input, rules: RuleSet,
                                     options: CheckOptions, approver: String?, shared: SharedEvidence?) throws -> Bool {
        let text = CheckText(options.language)
        guard let recorded = result.recordable else {
            if approver != nil {
                result.notices.append(result.assessment == nil ? text.notApprovedInvalid : text.notApprovedIncomplete)
            } else {
                result.notices.append(result.assessment == nil ? text.notRecordedInvalid : text.notRecordedIncomplete)
            }
            return false
        }
        guard input.writable else {
            result.notices.append(text.notRecordedStdin)
            return false
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
                                             location: FindingLocator(data: data, file: input.label).locate(["recorded"])))
            return false
        }
        guard updated != data else {
            result.notices.append(text.recordUnchanged)
            return false
        }
        try FileIO.writeAtomically(updated, to: input.label, original: data, language: options.language)
        result = SystemChecker.check(data: updated, file: input.label, folder: input.folder, rules: rules, options: options,
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
        return true
    }
}
