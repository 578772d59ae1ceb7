import AIActCore

/// A short "when" summary under the wizard's assessment: how many obligations are in force on
/// the assessment date and how many start on each later date.
enum WizardTimeline {
    static func render(_ assessment: Assessment, text: WizardText, style: TextStyle) -> String {
        guard assessment.complete, !assessment.obligations.isEmpty else { return "" }
        var lines = ["", style.bold(text.timeline)]
        lines.append(style.wrap(text.inForceNow(assessment.assessedOn, assessment.obligationsInForce.count), indent: 4, first: "  - "))
        let later = Dictionary(grouping: assessment.obligations(.upcoming), by: \.appliesFrom)
        for date in later.keys.sorted() {
            lines.append(style.wrap(text.comingOn(date, later[date]?.count ?? 0), indent: 4, first: "  - "))
        }
        if assessment.summary.conditional > 0 {
            lines.append(style.wrap(text.conditionalCount(assessment.summary.conditional), indent: 4, first: "  - "))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
