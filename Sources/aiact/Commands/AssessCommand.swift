import AIActCore
import Foundation

/// `aiact assess FILE|-`: the assessment from an answer file.
enum AssessCommand {
    static func run(_ inv: Invocation) throws -> ExitCode {
        let path = inv.arguments.positionals[0]
        let rules = try inv.loadRules()
        let (file, label) = try readAnswerFile(path, language: inv.language)
        let assessment = try assess(file, label: label, rules: rules, inv: inv)
        for warning in assessment.warnings { inv.console.err("aiact: \(Inert.line(label)): \(CheckText(inv.language).warning): \(Inert.text(warning))\n") }
        let evidence = inv.format == .markdown || inv.format == .html ? EvidenceKeys.status(
            evidence: file.evidence, obligations: assessment.obligations, folder: path == "-" ? "." : CheckStream.folder(of: path),
            files: .live) : nil
        try inv.render(RendererTable.assessment, AssessmentReport(assessment, evidence: evidence), rules: rules)
        guard assessment.complete else {
            // The text and Markdown reports already list the next question with its options: it is
            // named once more on stderr, not listed twice. Beside JSON, stderr lists it for a person.
            let text = ReportText(inv.language)
            inv.console.err("aiact: " + (inv.format == .json ? text.missing(assessment, label: label) : text.shortMissing(assessment, label: label)) + "\n")
            return .incomplete
        }
        return .ok
    }

    /// Reads and decodes an answer file; errors name the file and the place.
    static func readAnswerFile(_ path: String, language: Language) throws -> (AnswerFile, String) {
        let label = path == "-" ? "<stdin>" : path
        let data = try FileIO.read(path, language: language)
        do {
            return (try AnswerFile.decode(data, file: label), label)
        } catch let error as RulesError {
            throw CLIError.usage(error.message(language))
        }
    }

    /// Validates and evaluates; answer problems become one message listing them all.
    static func assess(_ file: AnswerFile, label: String, rules: RuleSet, inv: Invocation) throws -> Assessment {
        do {
            return try Assessor.assess(file, rules: rules, date: inv.date, language: inv.language)
        } catch let invalid as Assessor.InvalidAnswers {
            throw CLIError.usage(invalid.problems.map { "\(label): \($0)" }.joined(separator: "\naiact: "))
        } catch let error as EngineError {
            throw rulesError(error, rules: rules, inv: inv)
        }
    }

    /// The rules could not be walked (only a set that did not pass lint): a usage error naming them.
    static func rulesError(_ error: EngineError, rules: RuleSet, inv: Invocation) -> CLIError {
        CLIError.usage("rules \(rules.origin): \(error.description)")
    }
}
