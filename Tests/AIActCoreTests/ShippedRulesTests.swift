import Foundation
import Testing
@testable import AIActCore
import EmbedGenerator

/// The shipped rules: they pass lint, and the embedded copy is the folder's.
@Suite struct ShippedRulesTests {
    @Test func shippedRulesPassLint() throws {
        let rules = try RulesLoader.load(from: DirectoryRulesSource(directory: TestSupport.shippedRulesFolder))
        let report = RulesLinter.lint(rules)
        #expect(report.errors.isEmpty, "\(report.errors.map(\.description).joined(separator: "\n"))")
        #expect(rules.steps.map(\.step) == [1, 2, 3, 4], "the guide's four steps, in order")
        // The path counts are pinned exactly by Golden/rules-lint/shipped.* (aiact rules lint).
    }

    @Test func embeddedRulesAreUpToDate() throws {
        let files = try EmbeddedRulesGenerator.readFolder(TestSupport.shippedRulesFolder)
        let expected = EmbeddedRulesGenerator.render(files: files)
        let path = TestSupport.packageRoot.appendingPathComponent(EmbeddedRulesGenerator.outputPath)
        let actual = try String(contentsOf: path, encoding: .utf8)
        #expect(actual == expected, "Sources/AIActCore/Generated/EmbeddedRules.swift is out of date: run `swift run aiact-embed`")
        #expect(EmbeddedRules.files == files, "the binary was built from other rules: run `swift run aiact-embed` and rebuild")
    }

    @Test func embeddedRulesLoad() throws {
        let rules = try RulesLoader.loadEmbedded()
        #expect(rules.origin == "embedded")
        #expect(!rules.obligations.isEmpty)
    }

    @Test func generatorPicksSafeDelimiters() {
        let quote = "\"", backslash = "\\"
        let tricky = "{" + quote + "a" + quote + ": " + quote + String(repeating: quote, count: 3) + "# and " + backslash + "# and " + backslash + "## end" + quote + "}"
        let source = EmbeddedRulesGenerator.render(files: ["x.json": tricky])
        #expect(source.contains("\"x.json\": ###\"\"\""))
    }

    @Test func generatorReadsCRLFFilesAsLF() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aiact-crlf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("{\r\n  \"a\": 1\r\n}\r\n".utf8).write(to: folder.appendingPathComponent("x.json"))
        try Data("ignored".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let files = try EmbeddedRulesGenerator.readFolder(folder)
        #expect(files == ["x.json": "{\n  \"a\": 1\n}\n"])
    }
}
