import Foundation

/// An option a command takes, with its type and its help in Dutch and English.
public struct OptionSpec: Sendable {
    /// What the option's value is; the parser checks it before the command runs.
    public enum Value: Sendable, Equatable {
        /// A flag: no value.
        case none
        /// A file or folder path.
        case path
        /// `YYYY-MM-DD`, a real calendar day.
        case date
        /// `nl` or `en`.
        case language
        /// One of the command's output formats (see `RendererTable`).
        case format
        /// Risk categories, comma-separated and repeatable (`--fail-on`).
        case categories
        /// A whole number of days from 0 to 3650 (`--lead-time`).
        case days
        /// A name: one line, not empty, at most 200 characters (`--approve NAME`).
        case text
    }

    public var name: String
    public var value: Value
    /// The value's name in help (`BESTAND`/`FILE`); nil for a flag or where the values are listed.
    public var placeholder: LocalizedText?
    public var help: LocalizedText
    /// Another option this one only works with (`--lead-time` needs `--require-evidence`).
    public var requires: String?

    public init(_ name: String, _ value: Value = .none, placeholder: LocalizedText? = nil, requires: String? = nil,
                help: LocalizedText) {
        self.name = name
        self.value = value
        self.placeholder = placeholder
        self.requires = requires
        self.help = help
    }

    public var takesValue: Bool { value != .none }
}

/// A command: its name, arguments, options and help, in Dutch and English.
public struct CommandSpec: Sendable {
    /// How many positional arguments the command takes.
    public enum Arity: Sendable { case none, one, oneOrMore }

    /// `assess`, or `rules lint` for a subcommand.
    public var name: String
    /// The arguments as help shows them (`BESTAND|-`), empty for none.
    public var arguments: LocalizedText
    public var arity: Arity
    /// What the command says when the arguments do not fit `arity`.
    public var argumentsError: LocalizedText
    /// One line for `aiact --help` and the README.
    public var summary: LocalizedText
    /// The paragraphs of `aiact COMMAND --help` between the usage line and the options.
    public var description: LocalizedText
    /// The command's own options (`--format` included when it has formats).
    public var options: [OptionSpec]
    /// What it prints; its formats come from `RendererTable`.
    public var output: OutputKind
    /// After the options: exit codes, examples.
    public var footer: LocalizedText

    /// The output formats, the default first.
    public var formats: [OutputFormat] { RendererTable.formats(for: output) }
    public var defaultFormat: OutputFormat { formats[0] }
}

/// The commands and options of aiact, described once: the parser, `--help`, `aiact help COMMAND`,
/// suggestions for a mistyped word and the README's command table all come from here.
public enum CommandTable {
    private static func t(_ nl: String, _ en: String) -> LocalizedText { LocalizedText(nl: nl, en: en) }

    // MARK: Options

    static let file = t("BESTAND", "FILE")
    static let folder = t("MAP", "DIR")

    /// The options every command takes (shown under "common options").
    public static let common: [OptionSpec] = [
        OptionSpec("lang", .language, help: t("taal (anders AIACT_LANG, dan de locale, dan nl)",
                                              "language (else AIACT_LANG, then the locale, then nl)")),
        OptionSpec("date", .date, placeholder: t("JJJJ-MM-DD", "YYYY-MM-DD"),
                   help: t("de dag van de beoordeling (standaard vandaag): bepaalt wat al geldt",
                           "the day the assessment is made for (default today): decides what is in force")),
        OptionSpec("rules", .path, placeholder: folder,
                   help: t("regels uit MAP in plaats van de ingebouwde", "use the rules in DIR instead of the embedded ones")),
        OptionSpec("no-color", help: t("geen kleur (ook met NO_COLOR)", "no colour (also with NO_COLOR)")),
    ]

    /// Flags every command takes that print something else instead (`-h` is `--help`).
    public static let global: [OptionSpec] = [
        OptionSpec("help", help: t("deze hulp", "this help")),
        OptionSpec("version", help: t("de versie van aiact", "the version of aiact")),
    ]

    /// `--format`; help says "output format (default …)", then `more`.
    static func format(_ more: LocalizedText? = nil) -> OptionSpec {
        OptionSpec("format", .format, help: more ?? t("", ""))
    }

    // MARK: Commands

    public static let commands: [CommandSpec] = [wizard, assess, check, questions, obligations, initCommand, rulesLint, rulesGraph]

    /// What `aiact` alone does (a row of the README's table; the main help says it in its list).
    public static let bare = t("in een terminal: de wizard (als `aiact wizard`); anders het gebruik, exitcode 2",
                               "on a terminal: the wizard (same as `aiact wizard`); otherwise prints usage and exits 2")

    public static let wizard = CommandSpec(
        name: "wizard", arguments: t("", ""), arity: .none,
        argumentsError: t("wizard neemt geen bestand als argument; gebruik --answers BESTAND om verder te gaan met antwoorden",
                          "wizard takes no file argument; use --answers FILE to continue from answers"),
        summary: t("de vragenlijst, stap voor stap (standaard in een terminal)",
                   "the questionnaire, step by step (default on a terminal)"),
        description: t("""
            Loopt de vier stappen van de AI-verordening Gids door (1 risico, 2 AI, 3 rol, 4 verplichtingen),
            één vraag tegelijk, en toont aan het eind de beoordeling. Zonder argumenten doet `aiact` in een
            terminal hetzelfde.
            """, """
            Walks the four steps of the Dutch government's AI Act guide (1 risk, 2 AI, 3 role,
            4 obligations), one question at a time, and ends with the assessment. Without arguments,
            `aiact` does the same in a terminal.
            """),
        options: [
            OptionSpec("answers", .path, placeholder: file,
                       help: t("begin met de antwoorden uit BESTAND (alleen wat ontbreekt wordt gevraagd)",
                               "start from the answers in FILE (only what is missing is asked)")),
            OptionSpec("save", .path, placeholder: file,
                       help: t("bewaar de antwoorden hier, na elk antwoord (standaard: BESTAND van --answers, anders aiact-answers.json in de huidige map)",
                               "save the answers here after every answer (default: the --answers FILE, else aiact-answers.json in the current folder)")),
            format(t("van de beoordeling aan het eind", "of the assessment at the end")),
        ],
        output: .assessment,
        footer: t("""
            Toetsen: nummer = antwoord (meerkeuze: nummers, 1,3 of 1 3) · ? = uitleg en bronnen · w = waarom
            deze vraag · b = vorige vraag, b N = naar vraag N · l = uw antwoorden · q = stoppen.
            Zonder terminal op stdin leest de wizard één antwoord per regel (vragen naar stderr, de
            beoordeling naar stdout).
            Exitcodes: 0 klaar; 2 ongeldig antwoordbestand of gebruiksfout; 130 onderbroken (q, Ctrl-C,
            einde invoer): de antwoorden tot dan toe zijn bewaard, verder met --answers.
            """, """
            Keys: number = answer (multiple choice: numbers, 1,3 or 1 3) · ? = explanation and sources · w =
            why this question · b = previous question, b N = to question N · l = your answers · q = quit.
            With no terminal on stdin the wizard reads one answer per line (questions to stderr, the
            assessment to stdout).
            Exit codes: 0 done; 2 invalid answer file or usage error; 130 interrupted (q, Ctrl-C, end of
            input): the answers given so far are saved; continue with --answers.
            """))

    public static let assess = CommandSpec(
        name: "assess", arguments: t("BESTAND|-", "FILE|-"), arity: .one,
        argumentsError: t("assess verwacht één antwoordbestand (of - voor standaardinvoer)",
                          "assess expects one answer file (or - for standard input)"),
        summary: t("beoordeling uit een antwoordbestand (- = standaardinvoer)", "the assessment from an answer file (- = standard input)"),
        description: t("""
            Leest een antwoordbestand (- = standaardinvoer) en drukt de beoordeling af: classificatie,
            gronden, rollen, verplichtingen met artikelen en datum, aandachtspunten.
            """, """
            Reads an answer file (- = standard input) and prints the assessment: classification, grounds,
            roles, obligations with articles and dates, notes.
            """),
        options: [format(t("markdown: het rapport om te archiveren, met de status van het bewijs; html: één afdrukbaar document met tijdlijn (naar PDF met scripts/html-to-pdf.sh)",
                           "markdown: the report to file, with the status of the evidence; html: one printable document with a timeline (to PDF with scripts/html-to-pdf.sh)"))],
        output: .assessment,
        footer: t("""
            Exitcodes: 0 klaar; 2 bestand onleesbaar of ongeldig; 3 antwoorden onvolledig (de eerstvolgende
            onbeantwoorde vraag staat met haar opties op stderr).
            """, """
            Exit codes: 0 done; 2 file unreadable or invalid; 3 answers incomplete (the next unanswered
            question and its options go to stderr).
            """))

    public static let check = CommandSpec(
        name: "check", arguments: t("BESTAND_OF_MAP...", "FILE_OR_DIR..."), arity: .oneOrMore,
        argumentsError: t("check verwacht een of meer bestanden of mappen met systeembeschrijvingen",
                          "check expects one or more files or folders with system descriptions"),
        summary: t("CI-controle van systeembeschrijvingen; exitcode 1 bij elke bevinding",
                   "CI gate over system descriptions; exit 1 on any finding"),
        description: t("""
            CI-controle van systeembeschrijvingen (antwoordbestanden met `system`, `answers`, `recorded`,
            `evidence`). Een map staat voor elk *.json-bestand direct in die map met een sleutel "answers";
            andere JSON-bestanden (zoals package.json) worden overgeslagen; beschrijvingen in submappen
            worden genoemd en met --recursive ook gecontroleerd. - leest één beschrijving van
            standaardinvoer. Gedeeld bewijs voor alle systemen staat in aiact-evidence.json naast de
            beschrijvingen (of in een map erboven): {"evidence": {"ai-literacy": "docs/beleid.pdf"}}.

            Bevindingen (elk met bestand, regel en kolom, en wat te doen):
              prohibited        een verboden AI-praktijk (art. 5)
              incomplete        de antwoorden zijn onvolledig (met de ontbrekende vraag)
              drift             de berekende classificatie (soort, risicocategorieën, rollen) wijkt af van
                                `recorded`, of `recorded` ontbreekt; een andere regelversie met dezelfde
                                uitkomst is geen drift (wel vermeld)
              needs-review      een vraag is beantwoord met 'weet ik niet zeker'
              missing-evidence  (met --require-evidence) een verplichting die op --date geldt heeft geen
                                bewijs, of het bewijs is geen bestand in de repository van de
                                beschrijving (pad relatief aan haar map) en geen http- of https-URL
              due-soon          (met --lead-time) een verplichting gaat binnen DAGEN gelden en heeft
                                geen bewijs
              unknown-evidence  een sleutel onder `evidence` is geen verplichting-id (met suggestie)
              invalid           geen geldige JSON of ongeldige antwoorden (waar en waarom)
              CATEGORIE         (met --fail-on) het systeem valt in die risicocategorie en de huidige
                                classificatie is niet goedgekeurd (--approve)
            """, """
            CI gate over system descriptions (answer files with `system`, `answers`, `recorded`,
            `evidence`). A folder stands for every *.json file directly in it that has an "answers" key;
            other JSON files (such as package.json) are skipped; descriptions in subfolders are named,
            and checked with --recursive. - reads one description from standard input. Evidence shared
            by all systems goes in aiact-evidence.json beside the descriptions (or in a folder above):
            {"evidence": {"ai-literacy": "docs/policy.pdf"}}.

            Findings (each with its file, line and column, and what to do):
              prohibited        a prohibited AI practice (Art. 5)
              incomplete        the answers are incomplete (with the missing question)
              drift             the computed classification (type, risk categories, roles) differs from
                                `recorded`, or `recorded` is missing; another rules version with the same
                                result is not drift (it is mentioned)
              needs-review      a question is answered 'not sure'
              missing-evidence  (with --require-evidence) an obligation in force on --date has no
                                evidence, or the evidence is not a file in the description's
                                repository (path relative to its folder) nor an http or https URL
              due-soon          (with --lead-time) an obligation applies within DAYS and has no evidence
              unknown-evidence  a key under `evidence` is no obligation id (with a suggestion)
              invalid           not valid JSON or invalid answers (where and why)
              CATEGORY          (with --fail-on) the system is in that risk category and its current
                                classification is not approved (--approve)
            """),
        options: [
            OptionSpec("record", help: t("schrijft de berekende classificatie en regelversie in `recorded` (alleen dat deel van het bestand verandert; een goedkeuring die daarmee niet meer klopt, vervalt); niet bij onvolledige of ongeldige beschrijvingen",
                                         "writes the computed classification and rules version into `recorded` (only that part of the file changes; an approval it no longer matches is removed); not for incomplete or invalid descriptions")),
            OptionSpec("approve", .text, placeholder: t("NAAM", "NAME"),
                       help: t("als --record, en legt vast dat NAAM de classificatie op --date goedkeurt (`recorded.approvedBy`, `recorded.approvedOn`); drift maakt de goedkeuring ongeldig",
                               "like --record, and records that NAME approves the classification on --date (`recorded.approvedBy`, `recorded.approvedOn`); drift voids the approval")),
            OptionSpec("require-evidence", help: t("eist bewijs voor elke verplichting die op --date geldt",
                                                   "requires evidence for every obligation in force on --date")),
            OptionSpec("lead-time", .days, placeholder: t("DAGEN", "DAYS"), requires: "require-evidence",
                       help: t("(met --require-evidence) eist het bewijs DAGEN voordat een verplichting gaat gelden (due-soon); zonder deze optie worden verplichtingen die binnen 90 dagen gaan gelden als opmerking genoemd",
                               "(with --require-evidence) requires the evidence DAYS before an obligation applies (due-soon); without it, obligations that apply within 90 days are listed as notices")),
            OptionSpec("fail-on", .categories, placeholder: t("CATEGORIE", "CATEGORY"),
                       help: t("high-risk, transparency, gpai of gpai-systemic-risk is ook een bevinding (herhaalbaar of met komma's), tot een persoon de classificatie goedkeurt met --approve",
                               "high-risk, transparency, gpai or gpai-systemic-risk is a finding too (repeatable or comma-separated), until a person approves the classification with --approve")),
            OptionSpec("recursive", help: t("doorzoekt ook submappen (niet verborgen mappen, node_modules, vendor, build, dist, target en dergelijke)",
                                            "searches subfolders too (not hidden folders, node_modules, vendor, build, dist, target and the like)")),
            format(t("markdown: inventaris plus volledig rapport per systeem; sarif: GitHub code scanning (SARIF 2.1.0); codequality: GitLab Code Quality; junit: JUnit XML (een testcase per systeem); github: annotaties als GitHub-workflowcommando's; html: één afdrukbaar document (naar PDF met scripts/html-to-pdf.sh)",
                     "markdown: the inventory plus the full report per system; sarif: GitHub code scanning (SARIF 2.1.0); codequality: GitLab Code Quality; junit: JUnit XML (one test case per system); github: annotations as GitHub workflow commands; html: one printable document (to PDF with scripts/html-to-pdf.sh)")),
        ],
        output: .check,
        footer: t("""
            Exitcodes: 0 geen bevindingen; 1 bevindingen; 2 kan niet draaien (pad bestaat niet,
            gebruiksfout, geen systeembeschrijvingen gevonden, bestand niet te schrijven).
            """, """
            Exit codes: 0 no findings; 1 findings; 2 cannot run (no such path, usage error, no system
            descriptions found, a file cannot be written).
            """))

    public static let questions = CommandSpec(
        name: "questions", arguments: t("", ""), arity: .none,
        argumentsError: t("questions neemt geen argumenten", "questions takes no arguments"),
        summary: t("alle vragen: id, stap, opties (met artikelen), wanneer gesteld, bronnen",
                   "every question: id, step, options (with articles), when it is asked, sources"),
        description: t("""
            Alle vragen van de vier stappen: id, stap, opties (met artikelen), wanneer de vraag wordt gesteld,
            en bronnen. Met --format json: de lijst voor andere hulpmiddelen.
            """, """
            Every question of the four steps: id, step, options (with articles), when it is asked, and
            sources. With --format json: the list for other tools.
            """),
        options: [format()], output: .questions, footer: t("", ""))

    public static let obligations = CommandSpec(
        name: "obligations", arguments: t("", ""), arity: .none,
        argumentsError: t("obligations neemt geen argumenten", "obligations takes no arguments"),
        summary: t("de catalogus van verplichtingen: id, rol, artikelen, datum, wanneer ze geldt",
                   "the obligations catalogue: id, role, articles, date, when it applies"),
        description: t("""
            De hele catalogus van verplichtingen: id, rol, artikelen, datum van toepassing (met de
            overgangsdata van art. 111 en de oorspronkelijke datum waar Verordening (EU) 2026/1744 die
            verschoof) en wanneer de verplichting geldt.
            """, """
            The whole obligations catalogue: id, role, articles, the date it applies from (with the
            transitional dates of Art. 111 and the original date where Regulation (EU) 2026/1744 moved
            it) and when it applies.
            """),
        options: [format()], output: .obligations, footer: t("", ""))

    public static let initCommand = CommandSpec(
        name: "init", arguments: t("", ""), arity: .none,
        argumentsError: t("init verwacht geen bestand; het sjabloon gaat naar stdout (aiact init > BESTAND)",
                          "init takes no file; the template goes to stdout (aiact init > FILE)"),
        summary: t("sjabloon voor een systeembeschrijving (--schema: het JSON Schema)",
                   "a template system description (--schema: its JSON Schema)"),
        description: t("""
            Drukt een sjabloon voor een systeembeschrijving af (geldige JSON op stdout; uitleg op stderr):
            `$schema`, een blok `system` om in te vullen, een leeg `answers` en een leeg `evidence`.
            `$schema` verwijst naar ./answers.schema.json, naast de beschrijving: editors valideren en
            vullen dan aan.
            """, """
            Prints a template system description (valid JSON on stdout; guidance on stderr): `$schema`,
            a `system` block to fill in, an empty `answers` and an empty `evidence`. `$schema` points at
            ./answers.schema.json, next to the description, so editors validate and complete it.
            """),
        options: [
            OptionSpec("schema", help: t("drukt in plaats daarvan het JSON Schema af (uit de regels; met --rules uit MAP)",
                                         "prints the JSON Schema instead (from the rules; with --rules from DIR)")),
            format(t("met json blijft stderr stil", "with json stderr stays quiet")),
        ],
        output: .template,
        footer: t("""
            Daarna:
              aiact init > ai-systems/mijn-systeem.json
              aiact init --schema > ai-systems/answers.schema.json
              aiact wizard --answers ai-systems/mijn-systeem.json --save ai-systems/mijn-systeem.json
              aiact check --record ai-systems/mijn-systeem.json
            `aiact questions` toont alle vraag- en optie-ids.
            """, """
            Then:
              aiact init > ai-systems/my-system.json
              aiact init --schema > ai-systems/answers.schema.json
              aiact wizard --answers ai-systems/my-system.json --save ai-systems/my-system.json
              aiact check --record ai-systems/my-system.json
            `aiact questions` lists every question and option id.
            """))

    public static let rulesLint = CommandSpec(
        name: "rules lint", arguments: t("", ""), arity: .none,
        argumentsError: t("rules lint neemt geen argumenten", "rules lint takes no arguments"),
        summary: t("controleert de regels; exitcode 1 bij elk gebrek", "checks the rules; exit 1 on any defect"),
        description: t("""
            Controleert de regels: dubbele en loze ids, cycli, onbereikbare vragen, routes die niet eindigen,
            ontbrekende vertalingen, artikelverwijzingen buiten de notatie, feiten die getest maar nooit gezet
            worden. Telt alle paden door alle stappen.
            """, """
            Checks the rules: duplicate and dangling ids, cycles, unreachable questions, routes that do not
            end, missing translations, article references outside the notation, facts that are tested but
            never set. Counts every path through all steps.
            """),
        options: [format()], output: .lint,
        footer: t("Exitcodes: 0 geen gebreken; 1 gebreken gevonden; 2 map of bestand onleesbaar.",
                  "Exit codes: 0 no defects; 1 defects found; 2 folder or file unreadable."))

    public static let rulesGraph = CommandSpec(
        name: "rules graph", arguments: t("", ""), arity: .none,
        argumentsError: t("rules graph neemt geen argumenten", "rules graph takes no arguments"),
        summary: t("de beslisbomen als diagram: Mermaid (standaard) of Graphviz (--format dot)",
                   "the decision trees as Mermaid (default) or Graphviz (--format dot)"),
        description: t("De beslisbomen van de vier stappen als Mermaid-diagram (standaard) of Graphviz (dot).",
                       "The decision trees of the four steps as a Mermaid diagram (default) or Graphviz (dot)."),
        options: [format()], output: .graph, footer: t("", ""))

    /// The command named `name` (`rules lint` with a space).
    public static func command(_ name: String) -> CommandSpec? { commands.first { $0.name == name } }

    /// The options a command accepts (no command: what `aiact` alone accepts, the wizard's).
    public static func options(for command: CommandSpec?) -> [OptionSpec] {
        (command ?? wizard).options + common + global
    }

    /// Every option of every command (to know which take a value before the command is known).
    static var allOptions: [OptionSpec] { commands.flatMap(\.options) + common + global }
}
