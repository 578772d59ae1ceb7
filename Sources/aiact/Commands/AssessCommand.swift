import AIActCore
import Foundation

/// `aiact assess FILE|-`: the assessment from an answer file.
enum AssessCommand {
    static func run(_ inv: Invocation) throws -> ExitCode {
        let path = inv.arguments.positionals[0]
        let rules = try inv.loadRules()
        let (file, label) = try readAnswerFile(path, inv: inv)
        let assessment = try inv.usage { try AnswerInput.assess(file, label: label, rules: rules, date: inv.date, language: inv.language) }
        for warning in assessment.warnings { inv.console.err("aiact: \(Inert.line(label)): \(CheckText(inv.language).warning): \(Inert.text(warning))\n") }
        let evidence = inv.format == .markdown || inv.format == .html ? EvidenceKeys.status(
            evidence: file.evidence, obligations: assessment.obligations, folder: path == "-" ? "." : CheckStream.folder(of: path),
            files: .live) : nil
        try inv.render(RendererTable.assessment, AssessmentReport(assessment, evidence: evidence), rules: rules)
        guard assessment.complete else {
            // The text and Markdown reports already list the next question with its options: it is
            // named once more on stderr, not listed twice. Beside JSON, stderr lists it for a person.
            let text = ReportText(inv.language)
            inv.console.err(Inert.terminal("aiact: " + (inv.format == .json ? text.missing(assessment, label: label) : text.shortMissing(assessment, label: label)) + "\n"))
            return .incomplete
        }
        return .ok
    }

    /// Reads and decodes an answer file; errors name the file and the place.
    static func readAnswerFile(_ path: String, inv: Invocation) throws -> (AnswerFile, String) {
        let data = try FileIO.read(path, language: inv.language)
        return (try inv.usage { try AnswerInput.decode(data, path: path, language: inv.language) }, AnswerInput.label(path))
    }
}
