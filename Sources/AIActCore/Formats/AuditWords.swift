import Foundation

/// The words of the audit record (issue 12) in the reports, in Dutch and English.
public struct AuditWords: Sendable {
    public let language: Language
    public init(_ language: Language) { self.language = language }
    private func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    public var vendor: String { t("Leverancier", "Vendor") }
    public var version: String { t("Versie van het systeem", "System version") }
    public var assessedBy: String { t("Beoordeeld door", "Assessed by") }
    public var approvedBy: String { t("Goedgekeurd door", "Approved by") }
    public var nextReview: String { t("Volgende herbeoordeling", "Next review") }
    public var remark: String { t("Toelichting", "Remark") }
    public var notApproved: String { t("niet goedgekeurd", "not approved") }

    /// "A. Jansen, 20 november 2026".
    public func personAndDate(_ person: String?, _ date: String?) -> String {
        let who = person ?? "?"
        guard let date else { return who }
        let shown = ISODate.isValid(date) ? "\(ProseDate.format(date, language)) (\(date))" : date
        return "\(who), \(shown)"
    }

    /// The approval line: who, when, under which rules, and whether it still holds.
    public func approval(_ audit: Assessment.Audit) -> String {
        let base = personAndDate(audit.approvedBy, audit.approvedOn)
        let rules = audit.approvedRulesVersion.map { t("; regels \($0)", "; rules \($0)") } ?? ""
        switch audit.approvalHolds {
        case true?: return base + rules + t("; geldt voor de huidige classificatie", "; holds for the current classification")
        case false?: return base + rules + t("; geldt niet meer: de classificatie is veranderd", "; no longer holds: the classification changed")
        case nil: return base + rules
        }
    }

    public func review(_ date: String, today: String) -> String {
        let shown = ISODate.isValid(date) ? "\(ProseDate.format(date, language)) (\(date))" : date
        if let days = ISODay.days(from: today, to: date), days < 0 { return shown + t(" — verstreken", " — overdue") }
        return shown
    }
}
