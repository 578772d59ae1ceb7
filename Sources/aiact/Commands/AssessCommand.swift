import AIActCore
import Foundation

/// `aiact assess FILE|-`: the assessment from an answer file.
enum AssessCommand {
    static func run(_ inv: Invocation) throws -> ExitCode {
        let path = inv.arguments.positionals[0]
        let format = inv.format
        let rules = try inv.loadRules()
        let (file, label) = try readAnswerFile(path, language: inv.language)
        let assessment = try assess(file, label: label, rules: rules, inv: inv)
        for warning in assessment.warnings { inv.console.err("aiact: \(Inert.line(label)): warning: \(Inert.text(warning))\n") }
        let evidence = format == .markdown ? EvidenceCheck.status(
            evidence: file.evidence, obligations: assessment.obligations,
            folder: path == "-" ? "." : CheckCommand.folder(of: path),
            files: .live) : nil
        inv.console.out(Reports.render(assessment, rules: rules, format: format, style: inv.style, evidence: evidence))
        guard assessment.complete else {
            // The text and Markdown reports already list the next question with its options: it is
            // named once more on stderr, not listed twice. Beside JSON, stderr lists it for a person.
            inv.console.err(format == .json ? missingMessage(assessment, label: label, language: inv.language)
                                            : shortMissingMessage(assessment, label: label, language: inv.language))
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
            throw CLIError.usage("rules \(rules.origin): \(error.description)")
        }
    }

    static func shortMissingMessage(_ a: Assessment, label: String, language: Language) -> String {
        let ids = a.missing.map(\.questionId).joined(separator: ", ")
        return "aiact: " + Help.text(
            language,
            nl: "\(label): de antwoorden zijn onvolledig (eerstvolgende vraag: \(ids), hierboven met de opties); vul aan in het bestand of gebruik `aiact wizard --answers \(label)`.",
            en: "\(label): the answers are incomplete (next question: \(ids), listed above with its options); add it to the file or run `aiact wizard --answers \(label)`.") + "\n"
    }

    static func missingMessage(_ a: Assessment, label: String, language: Language) -> String {
        var lines = [Help.text(language, nl: "\(label): de antwoorden zijn onvolledig; eerstvolgende vraag:",
                               en: "\(label): the answers are incomplete; next question:")]
        for m in a.missing {
            let kind = m.kind == "multi" ? Help.text(language, nl: " (lijst van opties)", en: " (a list of options)") : ""
            lines.append("  \(m.questionId)\(kind): \(m.question)")
            for o in m.options { lines.append("    \(m.kind == "multi" ? "[\"\(o.id)\"]" : "\"\(o.id)\""): \(o.text)") }
        }
        lines.append(Help.text(language, nl: "Vul aan in het bestand of gebruik `aiact wizard --answers \(label)`.",
                               en: "Add it to the file or run `aiact wizard --answers \(label)`."))
        return "aiact: " + lines.joined(separator: "\n") + "\n"
    }
}

/// Renders an assessment in the chosen format.
enum Reports {
    static func render(_ a: Assessment, rules: RuleSet, format: OutputFormat, style: TextStyle, evidence: EvidenceStatus? = nil) -> String {
        switch format {
        case .json: return JSONOutput.encode(a)
        case .text: return TextRenderer(rules: rules, style: style).render(a)
        default: return MarkdownRenderer(rules: rules).render(a, evidence: evidence)
        }
    }
}
