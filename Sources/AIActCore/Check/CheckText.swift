import Foundation

/// The wording of `aiact check`: finding messages, notices and report labels, in Dutch and English.
/// Every finding message says what is wrong and what to do about it.
public struct CheckText: Sendable {
    public let language: Language
    /// The vocabulary's words (system types, risk categories, roles) when the rules are known;
    /// without them the ids are shown.
    let labels: VocabularyLabels?
    public init(_ language: Language, rules: RuleSet? = nil) {
        self.language = language
        labels = rules.map { VocabularyLabels(rules: $0, language: language) }
    }

    private func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    private func list(_ values: [String]?, _ word: (String) -> String = { $0 }) -> String {
        guard let values else { return t("(niet vastgelegd)", "(not recorded)") }
        return values.isEmpty ? t("(geen)", "(none)") : values.map(word).joined(separator: ", ")
    }

    func systemType(_ v: String) -> String { labels?.systemType(v) ?? v }
    func category(_ v: String) -> String { labels?.category(v) ?? v }
    func role(_ v: String) -> String { labels?.role(v) ?? v }

    /// Article references in the language's citation style ("artikel 26, lid 8").
    func cite(_ refs: [String]) -> String { Citation.list(refs, language) }

    /// A date in words ("2 december 2027"); anything that is no ISO date stays as it is.
    func date(_ iso: String) -> String { ProseDate.format(iso, language) }

    /// `AI-systeem · Hoog risico · Aanbieder` (the vocabulary's words; ids without rules).
    public func classification(_ r: Recorded) -> String {
        [r.systemType.map(systemType) ?? "?", list(r.riskCategories, category), list(r.roles, role)].joined(separator: " · ")
    }

    // MARK: Findings

    public func prohibited(bases: [String]) -> String {
        let refs = cite(bases.isEmpty ? ["Art. 5"] : bases)
        return t("Verboden AI-praktijk (\(refs)): dit systeem mag in de EU niet in de handel worden gebracht, in gebruik worden gesteld of worden gebruikt. Stop dit gebruik of pas het systeem aan zodat het niet meer onder artikel 5 valt, en werk daarna de antwoorden bij.",
                 "Prohibited AI practice (\(refs)): this system may not be placed on the market, put into service or used in the EU. Stop this use or change the system so that it no longer falls under Art. 5, then update the answers.")
    }

    public func failOn(category: String, bases: [String]) -> String {
        let refs = bases.isEmpty ? "" : " (\(cite(bases)))"
        let name = self.category(category)
        return t("\(name)\(refs): deze pipeline vraagt hiervoor het akkoord van een persoon (--fail-on \(category)). Laat de beoordeling controleren en aftekenen zoals uw organisatie dat voorschrijft; de persoon die akkoord geeft legt dat vast met `aiact check --approve NAAM BESTAND`.",
                 "\(name)\(refs): this pipeline requires a person's sign-off for it (--fail-on \(category)). Have the assessment reviewed and signed off as your organisation prescribes; the person who signs off records it with `aiact check --approve NAME FILE`.")
    }

    public func incomplete(_ missing: [Assessment.MissingItem], file: String) -> String {
        let questions = missing.map { m in
            let options = m.options.map(\.id).joined(separator: ", ")
            let kind = m.kind == "multi" ? t("lijst uit", "a list of") : t("één van", "one of")
            return "\(m.questionId) (\(m.question); \(kind): \(options))"
        }.joined(separator: "; ")
        return t("De antwoorden zijn onvolledig; eerstvolgende onbeantwoorde vraag: \(questions). Vul het antwoord aan onder `answers`, of gebruik `aiact wizard --answers \(file) --save \(file)`.",
                 "The answers are incomplete; next unanswered question: \(questions). Add the answer under `answers`, or run `aiact wizard --answers \(file) --save \(file)`.")
    }

    public func notRecorded(_ computed: Recorded, file: String) -> String {
        t("Er is nog geen vastgelegde classificatie (`recorded`). Berekend: \(classification(computed)) (regels \(computed.rulesVersion ?? "?")). Beoordeel de uitkomst en leg haar vast met `aiact check --record \(file)`.",
          "No accepted classification (`recorded`) yet. Computed: \(classification(computed)) (rules \(computed.rulesVersion ?? "?")). Review the result and accept it with `aiact check --record \(file)`.")
    }

    public func changed(_ changes: [DriftCheck.Change], recorded: Recorded, computed: Recorded, file: String) -> String {
        let parts = changes.map { c -> String in
            let word: (String) -> String
            switch c.field {
            case .systemType: word = { self.systemType($0) }
            case .riskCategories: word = { self.category($0) }
            case .roles: word = { self.role($0) }
            }
            let computed: [String]? = c.computed
            return "\(fieldName(c.field)): \(list(c.recorded, word)) → \(list(computed, word))"
        }.joined(separator: "; ")
        let old = recorded.rulesVersion ?? "?", new = computed.rulesVersion ?? "?"
        let cause = recorded.rulesVersion == computed.rulesVersion
            ? t("Zelfde regelversie (\(new)): de antwoorden of de datum zijn veranderd.",
                "Same rules version (\(new)): the answers or the date changed.")
            : t("Vastgelegd met regels \(old), nu berekend met regels \(new): de regels zijn gewijzigd.",
                "Recorded under rules \(old), now computed under rules \(new): the rules changed.")
        return t("De classificatie wijkt af van de vastgelegde: \(parts). \(cause) Beoordeel de wijziging (gronden: `aiact assess \(file)`) en leg haar vast met `aiact check --record \(file)`, of corrigeer de antwoorden.",
                 "The classification differs from the recorded one: \(parts). \(cause) Review the change (grounds: `aiact assess \(file)`) and accept it with `aiact check --record \(file)`, or correct the answers.")
    }

    public func fieldName(_ field: DriftCheck.Field) -> String {
        switch field {
        case .systemType: return t("soort systeem", "system type")
        case .riskCategories: return t("risicocategorieën", "risk categories")
        case .roles: return t("rollen", "roles")
        }
    }

    public func needsReview(_ item: Assessment.ReviewItem) -> String {
        t("\(item.questionId) (\(item.question)): \(item.reason) Laat iemand die dit kan beoordelen de vraag beslissen en pas het antwoord aan.",
          "\(item.questionId) (\(item.question)): \(item.reason) Have someone who can judge this settle the question and change the answer.")
    }

    public func noEvidence(_ o: Assessment.ObligationItem) -> String {
        t("Verplichting \(o.id) (\(o.title), \(cite(o.articles))) geldt sinds \(date(o.appliesFrom)) en heeft geen bewijs. Voeg onder `evidence` \"\(o.id)\": \"pad/naar/document\" (of een URL) toe.",
          "Obligation \(o.id) (\(o.title), \(cite(o.articles))) is in force since \(date(o.appliesFrom)) and has no evidence. Add \"\(o.id)\": \"path/to/document\" (or a URL) under `evidence`.")
    }

    public func evidenceNotFound(_ o: Assessment.ObligationItem, reference: String, path: String) -> String {
        t("Bewijs voor verplichting \(o.id) (\(o.title), \(cite(o.articles))): \(reference) bestaat niet (gezocht: \(path)). Voeg het document toe of corrigeer het pad (relatief aan de map van de beschrijving).",
          "Evidence for obligation \(o.id) (\(o.title), \(cite(o.articles))): \(reference) does not exist (looked for \(path)). Add the document or correct the path (relative to the description's folder).")
    }

    public func invalidJSON(_ reason: String) -> String {
        t("Geen geldige JSON: \(reason). Herstel het bestand.", "Not valid JSON: \(reason). Correct the file.")
    }

    public func invalidContent(path: String, expected: String) -> String {
        let place = path.isEmpty ? "" : t("bij \(path): ", "at \(path): ")
        return t("Geen geldige systeembeschrijving: \(place)\(expected). Herstel het bestand (`aiact init` toont een sjabloon).",
                 "Not a valid system description: \(place)\(expected). Correct the file (`aiact init` prints a template).")
    }

    public func invalidAnswers(_ problems: [AnswerProblem]) -> String {
        let listed = problems.map(\.description).joined(separator: "; ")
        return t("Ongeldige antwoorden: \(listed). Herstel ze (`aiact questions` toont alle vragen en opties).",
                 "Invalid answers: \(listed). Correct them (`aiact questions` lists every question and option).")
    }

    public func rulesFailed(_ reason: String) -> String {
        t("De regels konden deze antwoorden niet verwerken: \(reason). Controleer de regels met `aiact rules lint`.",
          "The rules could not evaluate these answers: \(reason). Check the rules with `aiact rules lint`.")
    }

    public func cannotRecord(_ error: JSONSpliceError) -> String {
        switch error {
        case .duplicateKey(let key):
            return t("Kan niet vastleggen: de sleutel \"\(key)\" komt meer dan eens voor. Laat er één over.",
                     "Cannot record: the key \"\(key)\" appears more than once. Keep one.")
        case .notAnObject, .malformed:
            return t("Kan niet vastleggen: de JSON-tekst is niet te bewerken.", "Cannot record: the JSON text cannot be edited.")
        }
    }

    // MARK: Notices (not findings)

    public func otherRulesVersion(recorded: String?, current: String, file: String) -> String {
        t("Vastgelegd met regels \(recorded ?? "(geen versie)"); de regels zijn nu \(current) en de classificatie is ongewijzigd. `aiact check --record \(file)` werkt de regelversie bij.",
          "Recorded under rules \(recorded ?? "(no version)"); the rules are now \(current) and the classification is unchanged. `aiact check --record \(file)` updates the rules version.")
    }

    public func recorded(_ r: Recorded) -> String {
        t("Vastgelegd in `recorded`: \(classification(r)) (regels \(r.rulesVersion ?? "?")).",
          "Recorded in `recorded`: \(classification(r)) (rules \(r.rulesVersion ?? "?")).")
    }

    public var recordUnchanged: String {
        t("`recorded` was al actueel; niets gewijzigd.", "`recorded` was already up to date; nothing changed.")
    }

    public var notRecordedIncomplete: String {
        t("Niet vastgelegd: de antwoorden zijn onvolledig.", "Not recorded: the answers are incomplete.")
    }

    public var notRecordedInvalid: String {
        t("Niet vastgelegd: het bestand is geen geldige systeembeschrijving.", "Not recorded: the file is not a valid system description.")
    }

    public var notRecordedStdin: String {
        t("Niet vastgelegd: standaardinvoer kan niet worden bijgewerkt.", "Not recorded: standard input cannot be updated.")
    }

    // MARK: Report labels

    public var noFindings: String { t("geen bevindingen", "no findings") }
    public var note: String { t("let op", "note") }
    public var inventoryTitle: String { t("AI-systemen", "AI systems") }
    public var reportTitle: String { t("AI-verordening: inventaris en controle van AI-systemen", "AI Act: inventory and check of AI systems") }
    public var findingsTitle: String { t("Bevindingen", "Findings") }
    public var file: String { t("Bestand", "File") }
    public var systemColumn: String { t("Systeem", "System") }
    public var typeColumn: String { t("Soort", "Type") }
    public var categoriesColumn: String { t("Risicocategorieën", "Risk categories") }
    public var rolesColumn: String { t("Rollen", "Roles") }
    public var findingsColumn: String { t("Open bevindingen", "Open findings") }
    public var invalidLabel: String { t("ongeldig", "invalid") }
    public var incompleteLabel: String { t("onvolledig", "incomplete") }

    public func checkedOn(date: String, rules: String, source: String) -> String {
        t("Gecontroleerd voor \(ProseDate.format(date, .nl)) met regels \(rules) (\(ReportText(.nl).source(source))).",
          "Checked for \(ProseDate.format(date, .en)) with rules \(rules) (\(ReportText(.en).source(source))).")
    }

    public func summary(systems: Int, withFindings: Int, counts: [(String, Int)]) -> String {
        let detail = counts.isEmpty ? "" : " (" + counts.map { "\($0.0) \($0.1)" }.joined(separator: ", ") + ")"
        return t("\(systems) \(systems == 1 ? "systeem" : "systemen") gecontroleerd, \(withFindings) met bevindingen\(detail).",
                 "\(systems) \(systems == 1 ? "system" : "systems") checked, \(withFindings) with findings\(detail).")
    }

    public var warning: String { t("waarschuwing", "warning") }
    public var skipped: String { t("overgeslagen", "skipped") }
    public var notRegular: String {
        t("geen gewoon bestand (FIFO, apparaat of socket); overgeslagen", "not a regular file (a FIFO, a device or a socket); skipped")
    }
    public var skippedInvalid: String {
        t("overgeslagen: geen geldige JSON en geen \"answers\"", "skipped: not valid JSON and no \"answers\"")
    }

    /// The progress line before file `index` of `total` (`\r`, rewritten in place), and the line
    /// cleared at the end (`index == total`); nil for a few files.
    public func progressLine(_ index: Int, of total: Int) -> String? {
        guard total >= 10 else { return nil }
        return index < total ? "\r" + progress(index + 1, of: total) + "\u{1B}[K" : "\r\u{1B}[K"
    }

    public func noDescriptions(_ path: String) -> String {
        t("\(path): geen systeembeschrijvingen gevonden (*.json met een sleutel \"answers\"; submappen alleen met --recursive)",
          "\(path): no system descriptions found (*.json with an \"answers\" key; subfolders only with --recursive)")
    }
}
