import AIActCore

/// Help and usage texts, in Dutch and English.
enum Help {
    static func text(_ language: Language, nl: String, en: String) -> String { language == .nl ? nl : en }

    static func main(_ l: Language) -> String {
        text(l, nl: """
        aiact \(AIActInfo.version): wat betekent de AI-verordening (Verordening (EU) 2024/1689, zoals gewijzigd
        bij Verordening (EU) 2026/1744) voor uw systeem? Volgt de vier stappen van de AI-verordening Gids:
        1 risico, 2 AI, 3 rol, 4 verplichtingen.

        Gebruik: aiact [COMMANDO] [OPTIES]

        Commando's:
          wizard [--answers BESTAND] [--save BESTAND]   vragenlijst stap voor stap (standaard in een terminal)
          assess BESTAND|-                              beoordeling uit een antwoordbestand
          check BESTAND_OF_MAP...                       CI-controle van systeembeschrijvingen
          questions                                     alle vragen met opties en bronnen
          obligations                                   de hele catalogus van verplichtingen
          init                                          sjabloon voor een systeembeschrijving
          rules lint                                    controleert de regels
          rules graph [--format mermaid|dot]            de beslisbomen als diagram

        Opties: --format text|json|markdown  --lang nl|en  --date JJJJ-MM-DD  --rules MAP  --no-color
                --help  --version
        Meer: aiact COMMANDO --help

        Exitcodes: 0 klaar; 1 bevindingen (check, rules lint); 2 gebruiks- of invoerfout;
        3 antwoorden onvolledig (assess); 130 onderbroken (wizard).
        Geen juridisch advies: de wettekst van de AI-verordening blijft altijd leidend.

        """, en: """
        aiact \(AIActInfo.version): what the EU AI Act (Regulation (EU) 2024/1689 as amended by Regulation
        (EU) 2026/1744) means for your system. Follows the four steps of the Dutch government's guide:
        1 risk, 2 AI, 3 role, 4 obligations.

        Usage: aiact [COMMAND] [OPTIONS]

        Commands:
          wizard [--answers FILE] [--save FILE]   the questionnaire, step by step (default on a terminal)
          assess FILE|-                           the assessment from an answer file
          check FILE_OR_DIR...                    CI gate over system descriptions
          questions                               every question with its options and sources
          obligations                             the whole obligations catalogue
          init                                    a template system description
          rules lint                              checks the rules
          rules graph [--format mermaid|dot]      the decision trees as a diagram

        Options: --format text|json|markdown  --lang nl|en  --date YYYY-MM-DD  --rules DIR  --no-color
                 --help  --version
        More: aiact COMMAND --help

        Exit codes: 0 done; 1 findings (check, rules lint); 2 usage or input error;
        3 answers incomplete (assess); 130 interrupted (wizard).
        Not legal advice: the text of the AI Act always prevails.

        """)
    }

    static let commonOptions = (
        nl: """
          --format text|json|markdown  uitvoerformaat (standaard text)
          --lang nl|en                 taal (anders AIACT_LANG, dan de locale, dan nl)
          --date JJJJ-MM-DD            de dag van de beoordeling (standaard vandaag): bepaalt wat al geldt
          --rules MAP                  regels uit MAP in plaats van de ingebouwde
          --no-color                   geen kleur (ook met NO_COLOR)
        """,
        en: """
          --format text|json|markdown  output format (default text)
          --lang nl|en                 language (else AIACT_LANG, then the locale, then nl)
          --date YYYY-MM-DD            the day the assessment is made for (default today): decides what is in force
          --rules DIR                  use the rules in DIR instead of the embedded ones
          --no-color                   no colour (also with NO_COLOR)
        """)

    static func command(_ name: String, _ l: Language) -> String {
        let body: (nl: String, en: String)
        switch name {
        case "wizard": body = WizardCommand.help
        case "assess": body = AssessCommand.help
        case "check": body = CheckCommand.help
        case "questions": body = QuestionsCommand.help
        case "obligations": body = ObligationsCommand.help
        case "init": body = InitCommand.help
        case "rules lint": body = RulesCommand.lintHelp
        case "rules graph": body = RulesCommand.graphHelp
        default: return main(l)
        }
        let options = l == .nl ? commonOptions.nl : commonOptions.en
        return text(l, nl: body.nl, en: body.en) + "\n" + text(l, nl: "Algemene opties:\n", en: "Common options:\n") + options + "\n"
    }
}
