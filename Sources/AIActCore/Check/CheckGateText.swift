import Foundation

/// The wording of the gate's lead time, evidence keys, approval and folder notices, in Dutch
/// and English.
extension CheckText {
    private func tr(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    private func days(_ n: Int) -> String {
        tr(n == 1 ? "1 dag" : "\(n) dagen", n == 1 ? "1 day" : "\(n) days")
    }

    private func obligationName(_ o: Assessment.ObligationItem) -> String {
        "\(o.id) (\(o.title), \(cite(o.articles)))"
    }

    // MARK: Lead time

    /// `due-soon`: evidence is due (lead time reached) for an obligation not yet in force.
    public func dueSoon(_ o: Assessment.ObligationItem, daysLeft: Int, leadTime: Int, reference: String?, path: String?) -> String {
        let missing: String
        if let reference {
            missing = tr("het bewijs \(reference) bestaat niet (gezocht: \(path ?? reference)). Voeg het document toe of corrigeer het pad.",
                         "its evidence \(reference) does not exist (looked for \(path ?? reference)). Add the document or correct the path.")
        } else {
            missing = tr("er is geen bewijs. Voeg onder `evidence` \"\(o.id)\": \"pad/naar/document\" (of een URL) toe.",
                         "there is no evidence. Add \"\(o.id)\": \"path/to/document\" (or a URL) under `evidence`.")
        }
        return tr("Verplichting \(obligationName(o)) geldt vanaf \(date(o.appliesFrom)), over \(days(daysLeft)); met een voorlooptijd van \(days(leadTime)) (--lead-time) is het bewijs nu nodig, maar \(missing)",
                  "Obligation \(obligationName(o)) applies from \(date(o.appliesFrom)), in \(days(daysLeft)); with a lead time of \(days(leadTime)) (--lead-time) its evidence is due now, but \(missing)")
    }

    /// Notice: an obligation comes into force soon.
    public func upcoming(_ o: Assessment.ObligationItem, daysLeft: Int) -> String {
        tr("Verplichting \(obligationName(o)) geldt vanaf \(date(o.appliesFrom)), over \(days(daysLeft)). `--require-evidence --lead-time DAGEN` eist het bewijs vooraf.",
           "Obligation \(obligationName(o)) applies from \(date(o.appliesFrom)), in \(days(daysLeft)). `--require-evidence --lead-time DAYS` requires its evidence in advance.")
    }

    // MARK: Evidence keys

    /// `unknown-evidence`: a key that is no obligation id.
    public func unknownEvidenceKey(_ rawKey: String, suggestions: [String], sharedFile: String?) -> String {
        let key = Inert.line(rawKey)
        let near = suggestions.map { "\"\($0)\"" }
        let hint = near.isEmpty ? "" : tr(" Bedoelt u \(near.joined(separator: " of "))?", " Did you mean \(near.joined(separator: " or "))?")
        let place = sharedFile.map { " (in \(Inert.line($0)))" } ?? ""
        return tr("Bewijssleutel \"\(key)\"\(place) is geen verplichting-id; dit bewijs telt voor geen enkele verplichting.\(hint) Corrigeer de sleutel; `aiact obligations` toont alle ids (een id zonder rol, zoals ai-literacy, geldt voor elke rol).",
                  "Evidence key \"\(key)\"\(place) is no obligation id, so this evidence counts for no obligation.\(hint) Correct the key; `aiact obligations` lists every id (an id without its role, such as ai-literacy, covers every role).")
    }

    /// Notice: evidence for an obligation that does not apply to this system.
    public func evidenceNotApplicable(_ rawKey: String) -> String {
        let key = Inert.line(rawKey)
        return tr("Bewijs onder \"\(key)\": die verplichting geldt niet voor dit systeem (volgens de huidige classificatie); het is niet nodig.",
           "Evidence under \"\(key)\": that obligation does not apply to this system (under its current classification); it is not needed.")
    }

    /// Notice: the shared evidence file used.
    public func sharedEvidenceUsed(_ rawFile: String, count: Int) -> String {
        let file = Inert.line(rawFile)
        return tr("Gedeeld bewijs uit \(file) gebruikt voor \(count == 1 ? "1 verplichting" : "\(count) verplichtingen").",
           "Shared evidence from \(file) used for \(count == 1 ? "1 obligation" : "\(count) obligations").")
    }

    /// `invalid` on a shared evidence file.
    public func invalidSharedEvidence(_ message: String) -> String {
        tr("Gedeeld bewijsbestand niet te gebruiken: \(message). Verwacht: {\"evidence\": {\"verplichting-id\": \"pad/of/URL\"}}.",
           "Shared evidence file cannot be used: \(message). Expected: {\"evidence\": {\"obligation-id\": \"path/or/URL\"}}.")
    }

    // MARK: Approval

    public func approvalHolds(_ approval: Approval, categories: [String]) -> String {
        let on = approval.approvedOn.map { tr(" op \(Inert.line(date($0)))", " on \(Inert.line(date($0)))") } ?? ""
        let gate = categories.isEmpty ? "" : tr(" --fail-on \(categories.joined(separator: ", ")) is daarmee voldaan.",
                                                " This satisfies --fail-on \(categories.joined(separator: ", ")).")
        return tr("Classificatie goedgekeurd door \(Inert.line(approval.approvedBy))\(on) (regels \(Inert.line(approval.rulesVersion ?? "?"))).\(gate)",
                  "Classification approved by \(Inert.line(approval.approvedBy))\(on) (rules \(Inert.line(approval.rulesVersion ?? "?"))).\(gate)")
    }

    public func approvalVoid(_ approval: Approval, file: String) -> String {
        let on = approval.approvedOn.map { tr(" op \(Inert.line(date($0)))", " on \(Inert.line(date($0)))") } ?? ""
        return tr("De goedkeuring door \(Inert.line(approval.approvedBy))\(on) geldt niet meer: de classificatie is veranderd. Beoordeel de nieuwe en keur haar goed met `aiact check --approve NAAM \(file)`.",
                  "The approval by \(Inert.line(approval.approvedBy))\(on) no longer holds: the classification changed. Review the new one and approve it with `aiact check --approve NAME \(file)`.")
    }

    public func approved(_ r: Recorded) -> String {
        tr("Goedgekeurd en vastgelegd in `recorded`: \(classification(r)) (regels \(r.rulesVersion ?? "?")), door \(Inert.line(r.approvedBy ?? "?")) op \(r.approvedOn.map(date) ?? "?").",
           "Approved and recorded in `recorded`: \(classification(r)) (rules \(r.rulesVersion ?? "?")), by \(Inert.line(r.approvedBy ?? "?")) on \(r.approvedOn.map(date) ?? "?").")
    }

    public var approvalRemoved: String {
        tr("De eerdere goedkeuring is verwijderd: zij gold voor de vorige classificatie.",
           "The earlier approval was removed: it was for the previous classification.")
    }

    public var notApprovedIncomplete: String {
        tr("Niet goedgekeurd: de antwoorden zijn onvolledig.", "Not approved: the answers are incomplete.")
    }

    public var notApprovedInvalid: String {
        tr("Niet goedgekeurd: het bestand is geen geldige systeembeschrijving.", "Not approved: the file is not a valid system description.")
    }

    // MARK: Review date

    public func reviewOverdue(_ rawDate: String) -> String {
        let due = Inert.line(date(rawDate))
        return tr("De volgende herbeoordeling was gepland op \(due) en is verstreken. Beoordeel het systeem opnieuw en werk `audit.nextReview` bij.",
           "The next review was due on \(due) and has passed. Review the system again and update `audit.nextReview`.")
    }

    // MARK: Folders

    /// Notice: descriptions in subfolders that were not checked.
    public func subfoldersNotChecked(_ files: [String]) -> String {
        let shown = files.prefix(5).joined(separator: ", ") + (files.count > 5 ? ", …" : "")
        return tr("\(files.count == 1 ? "1 beschrijving" : "\(files.count) beschrijvingen") in submappen niet gecontroleerd (\(shown)); gebruik --recursive",
                  "\(files.count == 1 ? "1 description" : "\(files.count) descriptions") in subfolders not checked (\(shown)); use --recursive")
    }

    /// Progress on a terminal.
    public func progress(_ done: Int, of total: Int) -> String {
        tr("controleren: \(done)/\(total)", "checking: \(done)/\(total)")
    }
}
