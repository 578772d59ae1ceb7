import Foundation
@testable import AIActCore
import EmbedGenerator

/// Paths and helpers shared by the core tests.
enum TestSupport {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let miniRulesFolder = fixtures.appendingPathComponent("mini-rules")
    static let shippedRulesFolder = packageRoot.appendingPathComponent("Rules")

    /// The mini rules set's files, for in-memory variants.
    static func miniFiles() throws -> [String: String] {
        try EmbeddedRulesGenerator.readFolder(miniRulesFolder)
    }

    static func miniRules() throws -> RuleSet {
        try RulesLoader.load(from: DirectoryRulesSource(directory: miniRulesFolder))
    }

    /// Loads a rules set from in-memory files.
    static func rules(_ files: [String: String]) throws -> RuleSet {
        try RulesLoader.load(from: EmbeddedRulesSource(files: files))
    }

    /// Edits one JSON file of a set through a closure over its parsed object.
    static func edit(_ files: [String: String], _ name: String, _ change: (inout [String: Any]) -> Void) throws -> [String: String] {
        var object = try JSONSerialization.jsonObject(with: Data(files[name]!.utf8)) as! [String: Any]
        change(&object)
        var copy = files
        copy[name] = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        return copy
    }
}
