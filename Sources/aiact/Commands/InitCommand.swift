import AIActCore
import Foundation

/// `aiact init`: a template system description on stdout (issue 5); `--schema` prints the JSON
/// Schema the template refers to. JSON holds no comments, so the guidance goes to stderr.
enum InitCommand {
    /// The schema's file name in the rules, and the `$schema` reference the template uses:
    /// relative, so it works offline and matches the rules version the description is checked with.
    static let schemaFile = "answers.schema.json"
    static let schemaReference = "./answers.schema.json"

    static func run(_ inv: Invocation) throws -> ExitCode {
        let format = inv.format
        if inv.arguments.has("schema") {
            inv.console.out(try schema(inv))
            return .ok
        }
        inv.console.out(template)
        if format == .text { inv.console.err(guidance(inv.language)) }
        return .ok
    }

    /// The template, with keys in the contract's order.
    static let template = """
    {
      "$schema": "\(schemaReference)",
      "system": {
        "name": "",
        "organisation": "",
        "description": "",
        "intendedPurpose": ""
      },
      "answers": {},
      "evidence": {}
    }

    """

    /// The schema shipped with the rules in use.
    static func schema(_ inv: Invocation) throws -> String {
        let source: RulesSource
        if let directory = inv.rulesDirectory {
            try Invocation.requireFolder(directory, language: inv.language)
            source = DirectoryRulesSource(path: directory)
        } else {
            source = EmbeddedRulesSource()
        }
        guard let data = try? source.read(schemaFile) else {
            throw CLIError.usage(Help.text(inv.language, nl: "de regels (\(source.origin)) bevatten geen \(schemaFile)",
                                           en: "the rules (\(source.origin)) contain no \(schemaFile)"))
        }
        let text = String(decoding: data, as: UTF8.self)
        return text.hasSuffix("\n") ? text : text + "\n"
    }

    static func guidance(_ l: Language) -> String {
        Help.text(l, nl: """
        aiact: sjabloon voor een systeembeschrijving op stdout. Zo verder:
          1. bewaar het:              aiact init > ai-systems/mijn-systeem.json
          2. het schema ernaast:      aiact init --schema > ai-systems/answers.schema.json
          3. vul "system" in (naam, organisatie, omschrijving, beoogd doel), en dan de antwoorden:
                                      aiact wizard --answers ai-systems/mijn-systeem.json --save ai-systems/mijn-systeem.json
             of met de hand:          aiact questions  (alle vraag- en optie-ids)
          4. leg de classificatie vast: aiact check --record ai-systems/mijn-systeem.json
          5. in CI:                   aiact check ai-systems/
          "evidence" koppelt een verplichting-id aan een document (pad relatief aan de beschrijving) of URL.

        """, en: """
        aiact: template system description on stdout. Next:
          1. save it:                 aiact init > ai-systems/my-system.json
          2. the schema beside it:    aiact init --schema > ai-systems/answers.schema.json
          3. fill in "system" (name, organisation, description, intended purpose), then the answers:
                                      aiact wizard --answers ai-systems/my-system.json --save ai-systems/my-system.json
             or by hand:              aiact questions  (every question and option id)
          4. accept the classification: aiact check --record ai-systems/my-system.json
          5. in CI:                   aiact check ai-systems/
          "evidence" maps an obligation id to a document (path relative to the description) or a URL.

        """)
    }
}
