import Foundation
import Testing

/// The examples in README.md and docs/*.md show real output: every `console` block that runs an
/// aiact command on a file of the repository is run, and each line it shows must appear in the
/// output, in order ("…" stands for lines left out). The README's example answer file is the one
/// in Examples/.
@Suite struct DocumentedExamplesTests {
    struct Example {
        let document: String
        let arguments: [String]
        let shown: [String]
    }

    static func documents() throws -> [String] {
        let docs = try FileManager.default.contentsOfDirectory(atPath: CLIRunner.packageRoot.appendingPathComponent("docs").path)
        return ["README.md"] + docs.filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
    }

    /// The console blocks whose command is `aiact …` on files that exist in the repository, without
    /// pipes or redirections (those need a set-up the block does not show).
    static func examples() throws -> [Example] {
        var found: [Example] = []
        for document in try documents() {
            let text = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent(document), encoding: .utf8)
            var lines = text.components(separatedBy: "\n")[...]
            while let start = lines.firstIndex(of: "```console") {
                lines = lines[(start + 1)...]
                guard let end = lines.firstIndex(of: "```") else { break }
                let block = Array(lines[..<end])
                lines = lines[(end + 1)...]
                guard let command = block.first, command.hasPrefix("$ aiact "),
                      !command.contains("|"), !command.contains(">"), !command.contains("<") else { continue }
                let arguments = command.dropFirst("$ aiact ".count).split(separator: " ").map(String.init)
                let files = arguments.filter { $0.contains("/") || $0.hasSuffix(".json") }
                guard !files.isEmpty, files.allSatisfy({
                    FileManager.default.fileExists(atPath: CLIRunner.packageRoot.appendingPathComponent($0).path)
                }) else { continue }
                found.append(Example(document: document, arguments: arguments, shown: Array(block.dropFirst())))
            }
        }
        return found
    }

    @Test func readmeShowsTheExampleFile() throws {
        let readme = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let example = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("Examples/cv-screening.json"), encoding: .utf8)
        let marker = "Example (`Examples/cv-screening.json`"
        let after = try #require(readme.range(of: marker)).upperBound
        let open = try #require(readme.range(of: "```json\n", range: after..<readme.endIndex)).upperBound
        let close = try #require(readme.range(of: "\n```", range: open..<readme.endIndex)).lowerBound
        #expect(String(readme[open..<close]) + "\n" == example, "README.md's example differs from Examples/cv-screening.json")
    }

    @Test func consoleExamplesShowRealOutput() throws {
        let examples = try Self.examples()
        // The README's assess example at least; a change in how blocks are found must not make this vacuous.
        #expect(examples.contains { $0.document == "README.md" && $0.arguments.first == "assess" })
        for example in examples {
            let result = try CLIRunner.run(example.arguments, in: CLIRunner.packageRoot)
            let output = (result.stdout + result.stderr).components(separatedBy: "\n")
            var position = output.startIndex
            for line in example.shown where line.trimmingCharacters(in: .whitespaces) != "…" {
                guard let found = output[position...].firstIndex(of: line) else {
                    Issue.record("\(example.document): `aiact \(example.arguments.joined(separator: " "))` does not print, at this point, the line:\n\(line)\nIts output:\n\(output.joined(separator: "\n"))")
                    break
                }
                position = found + 1
            }
        }
    }
}
