import Foundation
import Testing

/// Dutch output cites the regulation the Dutch way ("artikel 26, lid 8", "bijlage III, punt 4,
/// onder a") and says "ingebouwd", never the contract's notation ("Art. 26(8)", "Annex III(4)(a)")
/// or "(embedded)". Scans every Dutch golden file (every command × format over the scenario and
/// check fixtures): text, Markdown, HTML, XML and workflow commands whole; JSON documents string by
/// string, leaving out the machine-readable fields, where the notation is the contract.
/// Text that comes from the input files (a system's name, a remark) is the user's and passes as it is.
@Suite struct DutchOutputTests {
    /// JSON keys whose values are references in the contract's notation, or ids.
    static let machineReadable: Set<String> = ["articles", "ref", "refs", "basis", "dateBasis", "id", "ruleId", "source"]

    /// Golden files left out, with the reason.
    static let exempt: [String: String] = [
        // The JSON Schema is one bilingual document, the same in every language.
        "init/schema.nl.txt": "bilingual schema",
        // Lint speaks to rule authors and quotes the rules' source text as it is written in the file.
        "rules-lint/shipped.nl.txt": "quotes rules data",
        "rules-lint/shipped.nl.json": "quotes rules data",
    ]

    /// English citation forms, "(embedded)", and plurals in brackets ("verplichting(en)", "rol(len)").
    static let patterns = [#"\bArt\. ?[0-9]"#, #"\bAnnex [IVX]"#, #"\(embedded\)"#, #"\bArticle [0-9]"#,
                           #"\p{L}\((en|len|s|n)\)"#]
        .map { try! NSRegularExpression(pattern: $0) }

    /// The user's text in the input fixtures (scenarios, check fixtures, examples) that has one of
    /// the patterns, whitespace collapsed.
    static let userStrings: [String] = {
        var out: Set<String> = []
        let roots = ["Tests/AIActCoreTests/Fixtures/scenarios", "Tests/AIActCLITests/Fixtures", "Examples"]
        for root in roots {
            let base = CLIRunner.packageRoot.appendingPathComponent(root)
            guard let walker = FileManager.default.enumerator(atPath: base.path) else { continue }
            while let path = walker.nextObject() as? String {
                guard path.hasSuffix(".json"), let data = FileManager.default.contents(atPath: base.appendingPathComponent(path).path),
                      let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
                userText(in: object) { out.insert(collapse($0)) }
            }
        }
        return out.filter { s in patterns.contains { $0.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil } }
    }()

    /// The strings a user writes in a description: under `system`, `remarks` and `audit` (the
    /// fixtures' expectations, also in these files, are no input).
    static func userText(in value: Any, _ body: (String) -> Void) {
        if let a = value as? [Any] {
            for v in a { userText(in: v, body) }
        } else if let d = value as? [String: Any] {
            for (k, v) in d {
                if ["system", "remarks", "audit"].contains(k) { strings(in: v, body) } else { userText(in: v, body) }
            }
        }
    }

    static func strings(in value: Any, key: String? = nil, skipping: Set<String> = [], _ body: (String) -> Void) {
        if let s = value as? String {
            if key.map({ !skipping.contains($0) }) ?? true { body(s) }
        } else if let a = value as? [Any] {
            for v in a { strings(in: v, key: key, skipping: skipping, body) }
        } else if let d = value as? [String: Any] {
            for (k, v) in d { strings(in: v, key: k, skipping: skipping, body) }
        }
    }

    static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Undoes the escaping of the formats, so that user text can be recognised.
    static func plain(_ s: String) -> String {
        var t = s
        for (entity, c) in [("&quot;", "\""), ("&#39;", "'"), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")] {
            t = t.replacingOccurrences(of: entity, with: c)
        }
        t = t.replacingOccurrences(of: #"\\([\\`*_{}\[\]()#+\-.!|<>~])"#, with: "$1", options: .regularExpression)
        return collapse(t)
    }

    /// The English notations in a text, each with some context, unless the whole user string
    /// around it is there.
    static func offences(in raw: String) -> [String] {
        let text = plain(raw)
        var found: [String] = []
        let ns = text as NSString
        for pattern in patterns {
            for m in pattern.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
                let fromUser = userStrings.contains { user in
                    let u = user as NSString
                    var search = NSRange(location: 0, length: u.length)
                    while true {
                        let hit = u.range(of: ns.substring(with: m.range), options: [], range: search)
                        if hit.location == NSNotFound { return false }
                        let start = m.range.location - hit.location
                        if start >= 0, start + u.length <= ns.length, ns.substring(with: NSRange(location: start, length: u.length)) == user {
                            return true
                        }
                        search = NSRange(location: hit.location + 1, length: u.length - hit.location - 1)
                    }
                }
                if !fromUser {
                    let lo = max(0, m.range.location - 40), hi = min(ns.length, m.range.location + m.range.length + 40)
                    found.append(ns.substring(with: NSRange(location: lo, length: hi - lo)))
                }
            }
        }
        return found
    }

    /// The Dutch golden files, relative to the golden folder.
    static var dutchFiles: [String] {
        var files: [String] = []
        if let walker = FileManager.default.enumerator(atPath: GoldenTests.folder.path) {
            while let path = walker.nextObject() as? String {
                if path.contains(".nl.") && !path.hasSuffix("/") { files.append(path) }
            }
        }
        return files.sorted()
    }

    @Test func dutchOutputCitesTheDutchWay() throws {
        let files = Self.dutchFiles.filter { Self.exempt[$0] == nil }
        #expect(files.count > 300, "too few Dutch golden files found (\(files.count)): is the folder right?")
        var problems: [String] = []
        for file in files {
            let url = GoldenTests.folder.appendingPathComponent(file)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            // The first line is the command; then stdout, stderr and the exit status, each after a `────` line.
            var sections: [String] = []
            var current: [Substring] = []
            for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst() {
                if line.hasPrefix("──── ") || line.hasPrefix("$ ") {
                    sections.append(current.joined(separator: "\n"))
                    current = []
                } else {
                    current.append(line)
                }
            }
            sections.append(current.joined(separator: "\n"))
            for section in sections where !section.isEmpty {
                var hits: [String] = []
                if let data = section.data(using: .utf8),
                   let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
                   !(object is String) {
                    Self.strings(in: object, skipping: Self.machineReadable) { hits += Self.offences(in: $0) }
                } else {
                    hits = Self.offences(in: section)
                }
                if let first = hits.first { problems.append("\(file) (\(hits.count)×): …\(first)…") }
            }
        }
        let listed = problems.joined(separator: "\n")
        #expect(problems.isEmpty, "English citation forms or bracket plurals in Dutch output, in \(problems.count) outputs:\n\(listed)")
    }

    /// The scan finds what it looks for, and lets user text pass.
    @Test func scanFindsEnglishForms() {
        #expect(!Self.offences(in: "Verboden AI-praktijk (Art. 5(1)(c)): stop").isEmpty)
        #expect(!Self.offences(in: "| Grondslag | Annex III(4)(a) |").isEmpty)
        #expect(!Self.offences(in: "Regels 1 (embedded)").isEmpty)
        #expect(!Self.offences(in: "3 verplichting(en); Welke rol(len)").isEmpty)
        #expect(Self.offences(in: "Verboden AI-praktijk (artikel 5, lid 1, onder c): bijlage III, punt 4, onder a (ingebouwd)").isEmpty)
        #expect(Self.userStrings.contains("Employee scheduling tool, Annex III point unclear"))
        #expect(Self.offences(in: "beoordeling: Employee scheduling tool,\n    Annex III point unclear").isEmpty)
    }
}

