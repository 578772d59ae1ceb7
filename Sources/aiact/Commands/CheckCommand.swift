import AIActCore
import Foundation

/// `aiact check FILE_OR_DIR...`: the CI gate over system descriptions (issue 5).
///
/// A folder stands for every `*.json` directly in it that is a system description (a JSON object
/// with an `answers` key); other JSON files are skipped, subfolders are not searched, hidden files
/// (`.name.json`) are ignored. Exit 0 without findings, 1 with any, 2 when it cannot run.
enum CheckCommand {
    /// A description to check: where it came from and its bytes (or why they could not be read).
    struct Input {
        var label: String
        var folder: String
        var content: Result<Data, CLIError>
        /// Whether `--record` may write it (not standard input).
        var writable: Bool
    }

    static func run(_ inv: Invocation) throws -> ExitCode {
        let l = inv.language
        let paths = inv.arguments.positionals
        let format = inv.format
        let failOn = inv.arguments.categories
        let record = inv.arguments.has("record")
        if record && paths.contains("-") {
            throw CLIError.usage(Help.text(l, nl: "--record kan standaardinvoer (-) niet bijwerken; geef een bestand",
                                           en: "--record cannot update standard input (-); name a file"))
        }
        let rules = try inv.loadRules()
        let inputs = try collect(paths, inv: inv)
        guard !inputs.isEmpty else {
            throw CLIError.usage(paths.map { CheckText(l).noDescriptions($0) }.joined(separator: "\naiact: "))
        }

        let options = CheckOptions(date: inv.date, language: l, requireEvidence: inv.arguments.has("require-evidence"),
                                   failOn: failOn, evidenceFiles: .live)
        var results: [SystemCheckResult] = []
        var recordedFiles: [String] = []
        for input in inputs {
            var result: SystemCheckResult
            switch input.content {
            case .failure(let error):
                result = .invalid(file: input.label, message: error.message)
            case .success(let data):
                result = SystemChecker.check(data: data, file: input.label, folder: input.folder, rules: rules, options: options)
                if record, try recordClassification(&result, data: data, input: input, rules: rules, options: options) {
                    recordedFiles.append(input.label)
                }
            }
            for warning in result.assessment?.warnings ?? [] {
                inv.console.err("aiact: \(Inert.line(input.label)): \(Help.text(l, nl: "waarschuwing", en: "warning")): \(Inert.text(warning))\n")
            }
            results.append(result)
        }

        let report = CheckReport(results: results, rules: rules, date: inv.date, recorded: record ? recordedFiles : nil)
        switch format {
        case .json: inv.console.out(JSONOutput.encode(report))
        case .text: inv.console.out(CheckTextRenderer(style: inv.style, language: l).render(results, report: report))
        default: inv.console.out(CheckMarkdownRenderer(rules: rules, language: l).render(results, report: report))
        }
        return report.summary.findings > 0 ? .findings : .ok
    }

    /// The descriptions the arguments stand for. A path that does not exist, a folder that cannot
    /// be listed or a named file that cannot be read ends the command (exit 2); a file found in a
    /// folder that cannot be read becomes an `invalid` finding.
    static func collect(_ paths: [String], inv: Invocation) throws -> [Input] {
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
                add(Input(label: path, folder: folder(of: path), content: .success(try FileIO.read(path, language: inv.language)), writable: true))
                continue
            }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: path)
            } catch {
                throw CLIError.usage("\(path): \(Help.text(l, nl: "kan de map niet lezen", en: "cannot read the folder")): \(FileSystemError.describe(error))")
            }
            var found = 0
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
                add(Input(label: file, folder: path, content: content, writable: true))
            }
            if found == 0 { inv.console.err("aiact: \(CheckText(l).noDescriptions(path))\n") }
        }
        return inputs
    }

    static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// `--record`: writes the computed classification into the file when it changed, then checks the
    /// file again. Returns whether the file was written. Incomplete or invalid descriptions are not
    /// recorded (a notice says so; their findings stand).
    static func recordClassification(_ result: inout SystemCheckResult, data: Data, input: Input, rules: RuleSet,
                                     options: CheckOptions) throws -> Bool {
        let text = CheckText(options.language)
        guard let recorded = result.recordable else {
            result.notices.append(result.assessment == nil ? text.notRecordedInvalid : text.notRecordedIncomplete)
            return false
        }
        guard input.writable else {
            result.notices.append(text.notRecordedStdin)
            return false
        }
        let updated: Data
        do {
            updated = try RecordedSplice.record(recorded, into: data)
        } catch let error as JSONSpliceError {
            result.findings.append(CheckFinding(id: CheckFinding.invalid, message: text.cannotRecord(error)))
            return false
        }
        guard updated != data else {
            result.notices.append(text.recordUnchanged)
            return false
        }
        try FileIO.writeAtomically(updated, to: input.label, original: data, language: options.language)
        result = SystemChecker.check(data: updated, file: input.label, folder: input.folder, rules: rules, options: options)
        result.notices.append(text.recorded(recorded))
        return true
    }
}
