import EmbedGenerator
import Foundation

// Regenerates Sources/AIActCore/Generated/EmbeddedRules.swift from Rules/.
// Usage: swift run aiact-embed [PACKAGE_ROOT]   (default: the current directory)
let root = URL(fileURLWithPath: CommandLine.arguments.dropFirst().first ?? FileManager.default.currentDirectoryPath)
do {
    let files = try EmbeddedRulesGenerator.readFolder(root.appendingPathComponent("Rules"))
    let output = root.appendingPathComponent(EmbeddedRulesGenerator.outputPath)
    try Data(EmbeddedRulesGenerator.render(files: files).utf8).write(to: output, options: .atomic)
    print("wrote \(EmbeddedRulesGenerator.outputPath) (\(files.count) files)")
} catch {
    FileHandle.standardError.write(Data("aiact-embed: \(error)\n".utf8))
    exit(2)
}
