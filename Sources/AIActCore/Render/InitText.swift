import Foundation

/// What `aiact init` prints: a template system description (valid JSON, so no comments) and, on
/// stderr, the guidance that would otherwise be comments.
public enum InitText {
    /// The schema's file name in the rules, and the `$schema` reference the template uses:
    /// relative, so it works offline and matches the rules version the description is checked with.
    public static let schemaFile = "answers.schema.json"
    public static let schemaReference = "./answers.schema.json"

    /// The template, with keys in the contract's order.
    public static let template = """
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

    public static func noSchema(origin: String) -> LocalizedText {
        LocalizedText(nl: "de regels (\(origin)) bevatten geen \(schemaFile)", en: "the rules (\(origin)) contain no \(schemaFile)")
    }

    public static func guidance(_ l: Language) -> String {
        l == .nl ? """
        aiact: sjabloon voor een systeembeschrijving op stdout. Zo verder:
          1. bewaar het:              aiact init > ai-systems/mijn-systeem.json
          2. het schema ernaast:      aiact init --schema > ai-systems/answers.schema.json
          3. vul "system" in (naam, organisatie, omschrijving, beoogd doel), en dan de antwoorden:
                                      aiact wizard --answers ai-systems/mijn-systeem.json --save ai-systems/mijn-systeem.json
             of met de hand:          aiact questions  (alle vraag- en optie-ids)
          4. leg de classificatie vast: aiact check --record ai-systems/mijn-systeem.json
          5. in CI:                   aiact check ai-systems/
          "evidence" koppelt een verplichting-id aan een document (pad relatief aan de beschrijving) of URL.

        """ : """
        aiact: template system description on stdout. Next:
          1. save it:                 aiact init > ai-systems/my-system.json
          2. the schema beside it:    aiact init --schema > ai-systems/answers.schema.json
          3. fill in "system" (name, organisation, description, intended purpose), then the answers:
                                      aiact wizard --answers ai-systems/my-system.json --save ai-systems/my-system.json
             or by hand:              aiact questions  (every question and option id)
          4. accept the classification: aiact check --record ai-systems/my-system.json
          5. in CI:                   aiact check ai-systems/
          "evidence" maps an obligation id to a document (path relative to the description) or a URL.

        """
    }
}
