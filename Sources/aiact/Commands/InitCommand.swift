import AIActCore
import Foundation

/// `aiact init`: a template system description on stdout (issue 5); `--schema` prints the JSON
/// Schema the template refers to. JSON holds no comments, so the guidance goes to stderr.
enum InitCommand {
    static func run(_ inv: Invocation) throws -> ExitCode {
        let format = inv.format
        if inv.arguments.has("schema") {
            inv.console.out(try schema(inv))
            return .ok
        }
        inv.console.out(InitText.template)
        if format == .text { inv.console.err(InitText.guidance(inv.language)) }
        return .ok
    }

    /// The schema shipped with the rules in use.
    static func schema(_ inv: Invocation) throws -> String {
        let source = try inv.usage { try RulesFolder.source(inv.rulesDirectory, fileSystem: LocalFileSystem(language: inv.language)) }
        guard let data = try? source.read(InitText.schemaFile) else {
            throw CLIError.usage(UsageError.other(InitText.noSchema(origin: source.origin)), inv.language)
        }
        let text = String(decoding: data, as: UTF8.self)
        return text.hasSuffix("\n") ? text : text + "\n"
    }
}
