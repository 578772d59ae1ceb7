import Foundation

/// What each finding id means, for the CI formats: a short and a full description, help (what to
/// do), and how severe it is in SARIF and GitLab Code Quality terms.
public struct FindingRule: Sendable {
    public var id: String
    public var short: LocalizedText
    public var full: LocalizedText
    public var help: LocalizedText
    /// SARIF `level`: `error` or `warning`.
    public var level: String
    /// GitLab Code Quality `severity`: `info`, `minor`, `major`, `critical` or `blocker`.
    public var severity: String
}

public enum FindingCatalog {
    private static func t(_ nl: String, _ en: String) -> LocalizedText { LocalizedText(nl: nl, en: en) }

    /// Every finding id, in the report order.
    public static let rules: [FindingRule] = [
        FindingRule(id: CheckFinding.invalid,
                    short: t("Ongeldige systeembeschrijving", "Invalid system description"),
                    full: t("Het bestand is geen geldige JSON, geen systeembeschrijving, of de antwoorden passen niet bij de vragen van aiact.",
                            "The file is not valid JSON, not a system description, or its answers do not fit aiact's questions."),
                    help: t("Corrigeer het bestand op de genoemde plaats; `aiact questions` toont alle vragen en opties.",
                            "Fix the file at the place named; `aiact questions` lists every question and option."),
                    level: "error", severity: "critical"),
        FindingRule(id: CheckFinding.prohibited,
                    short: t("Verboden AI-praktijk (artikel 5)", "Prohibited AI practice (Art. 5)"),
                    full: t("Volgens de antwoorden is dit een verboden AI-praktijk (artikel 5 van Verordening (EU) 2024/1689): het systeem mag in de EU niet in de handel worden gebracht, in gebruik worden gesteld of worden gebruikt.",
                            "By its answers this is a prohibited AI practice (Article 5 of Regulation (EU) 2024/1689): it may not be placed on the market, put into service or used in the EU."),
                    help: t("Stop dit gebruik of pas het systeem aan zodat het niet meer onder artikel 5 valt, en werk daarna de antwoorden bij.",
                            "Stop this use or change the system so that it no longer falls under Article 5, then update the answers."),
                    level: "error", severity: "blocker"),
        FindingRule(id: CheckFinding.incomplete,
                    short: t("Antwoorden onvolledig", "Answers incomplete"),
                    full: t("Een vraag op het pad van de beoordeling heeft nog geen antwoord; de classificatie is daardoor onbekend.",
                            "A question on the assessment's path has no answer yet, so the classification is unknown."),
                    help: t("Vul het antwoord aan onder `answers`, of gebruik `aiact wizard --answers BESTAND --save BESTAND`.",
                            "Add the answer under `answers`, or run `aiact wizard --answers FILE --save FILE`."),
                    level: "error", severity: "major"),
        FindingRule(id: CheckFinding.drift,
                    short: t("Classificatie wijkt af van de vastgelegde", "Classification differs from the recorded one"),
                    full: t("De berekende soort systeem, risicocategorieën of rollen wijken af van `recorded`, of er is nog niets vastgelegd.",
                            "The computed system type, risk categories or roles differ from `recorded`, or nothing is recorded yet."),
                    help: t("Beoordeel de nieuwe uitkomst (`aiact assess BESTAND`) en leg haar vast met `aiact check --record BESTAND`, of corrigeer de antwoorden.",
                            "Review the new result (`aiact assess FILE`) and accept it with `aiact check --record FILE`, or correct the answers."),
                    level: "error", severity: "major"),
        FindingRule(id: CheckFinding.needsReview,
                    short: t("Vraag beantwoord met 'weet ik niet zeker'", "Question answered 'not sure'"),
                    full: t("Een oordeelsvraag is beantwoord met 'weet ik niet zeker'; de beoordeling gaat uit van de strengere uitkomst.",
                            "A judgement question is answered 'not sure'; the assessment assumes the stricter result."),
                    help: t("Laat iemand die dit kan beoordelen de vraag beslissen en pas het antwoord aan.",
                            "Have someone who can judge it settle the question and change the answer."),
                    level: "warning", severity: "minor"),
        FindingRule(id: CheckFinding.missingEvidence,
                    short: t("Bewijs ontbreekt voor een geldende verplichting", "Evidence missing for an obligation in force"),
                    full: t("Een verplichting die op de controledatum geldt heeft geen bewijs onder `evidence`, of het genoemde bestand bestaat niet.",
                            "An obligation in force on the check date has no evidence under `evidence`, or the file named does not exist."),
                    help: t("Voeg onder `evidence` het verplichting-id met een pad (relatief aan de beschrijving) of URL toe, of corrigeer het pad.",
                            "Add the obligation id with a path (relative to the description) or URL under `evidence`, or correct the path."),
                    level: "error", severity: "major"),
        FindingRule(id: CheckFinding.dueSoon,
                    short: t("Bewijs binnenkort nodig", "Evidence due soon"),
                    full: t("Een verplichting gaat binnen de voorlooptijd (--lead-time) gelden en heeft nog geen bewijs.",
                            "An obligation applies within the lead time (--lead-time) and has no evidence yet."),
                    help: t("Voeg het bewijs toe vóór de datum waarop de verplichting gaat gelden.",
                            "Add the evidence before the date the obligation applies from."),
                    level: "warning", severity: "minor"),
        FindingRule(id: CheckFinding.unknownEvidence,
                    short: t("Onbekende bewijssleutel", "Unknown evidence key"),
                    full: t("Een sleutel onder `evidence` is geen verplichting-id, dus het bewijs telt voor geen enkele verplichting.",
                            "A key under `evidence` is no obligation id, so the evidence counts for no obligation."),
                    help: t("Corrigeer de sleutel (de melding noemt de dichtstbijzijnde ids); `aiact obligations` toont ze allemaal.",
                            "Correct the key (the message names the nearest ids); `aiact obligations` lists them all."),
                    level: "error", severity: "major"),
    ] + CheckFinding.failOnCategories.map { category in
        FindingRule(id: category,
                    short: t("Risicocategorie \(category) zonder goedkeuring", "Risk category \(category) without approval"),
                    full: t("Het systeem valt in de risicocategorie \(category) en deze pipeline vraagt daarvoor het akkoord van een persoon (--fail-on \(category)); de huidige classificatie is niet goedgekeurd.",
                            "The system is in the risk category \(category) and this pipeline requires a person's sign-off for it (--fail-on \(category)); the current classification is not approved."),
                    help: t("Laat de beoordeling controleren; wie akkoord geeft, legt dat vast met `aiact check --approve NAAM BESTAND`.",
                            "Have the assessment reviewed; whoever signs off records it with `aiact check --approve NAME FILE`."),
                    level: "error", severity: "major")
    }

    public static func rule(_ id: String) -> FindingRule {
        rules.first { $0.id == id } ?? FindingRule(id: id, short: t(id, id), full: t(id, id), help: t(id, id), level: "error", severity: "major")
    }
}

/// Paths for CI systems: repository-relative (to the folder aiact runs in, the repository root in
/// CI), with `/` separators and no `./`.
public enum ReportPath {
    public static func relative(_ file: String, to base: String?) -> String {
        var path = file
        if let base, path.hasPrefix("/") {
            let root = base.hasSuffix("/") ? base : base + "/"
            if path.hasPrefix(root) { path = String(path.dropFirst(root.count)) }
        }
        while path.hasPrefix("./") { path = String(path.dropFirst(2)) }
        return path
    }

    /// A relative URI reference for SARIF's `artifactLocation.uri` (RFC 3986: each segment
    /// percent-encoded where needed).
    public static func uri(_ path: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~!$&'()*+,;=@/")
        // Only ASCII letters and digits count as unreserved.
        allowed = allowed.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }

    /// A stable fingerprint: FNV-1a (64 bit) of the parts, as 16 hex digits (the same on every
    /// run and machine, unlike Swift's seeded hashing).
    public static func fingerprint(_ parts: [String]) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in parts.joined(separator: "\u{1F}").utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100000001b3
        }
        return String(format: "%016llx", hash)
    }
}
