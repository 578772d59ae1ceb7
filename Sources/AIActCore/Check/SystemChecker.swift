import Foundation

/// Checks one system description against the rules: pure logic, given the file's bytes.
public enum SystemChecker {
    /// What a JSON file found in a folder is.
    public enum Kind: Equatable, Sendable {
        /// A JSON object with an `answers` key.
        case description
        /// Valid JSON that is not a system description (e.g. package.json): skipped.
        case otherJSON
        /// Not valid JSON; `mentionsAnswers` when the text contains `answers` (then it is probably
        /// a broken description and is reported, not skipped).
        case invalidJSON(mentionsAnswers: Bool)
    }

    public static func kind(of data: Data) -> Kind {
        guard let document = try? JSONReader.parse(Array(data)) else {
            return .invalidJSON(mentionsAnswers: JSONReader.mentions("answers", in: data))
        }
        guard document.member(document.root, "answers") != nil else { return .otherJSON }
        return .description
    }

    /// Checks a description. `folder` is the description's folder (evidence paths are relative to it).
    public static func check(data: Data, file: String, folder: String, rules: RuleSet, options: CheckOptions) -> SystemCheckResult {
        let text = CheckText(options.language)
        var result = SystemCheckResult(file: file, description: nil, assessment: nil, findings: [], notices: [],
                                       evidence: nil, drift: nil)
        func invalid(_ message: String) -> SystemCheckResult {
            result.findings = [CheckFinding(id: CheckFinding.invalid, message: message)]
            return result
        }

        let description: AnswerFile
        do {
            description = try AnswerFile.decode(data, file: file)
        } catch let error as RulesError {
            switch error {
            case .invalidJSON(_, let reason): return invalid(text.invalidJSON(reason.text(options.language)))
            case .invalidContent(_, let path, let expected):
                return invalid(text.invalidContent(path: path, expected: expected.text(options.language)))
            default: return invalid(error.message(options.language))
            }
        } catch {
            return invalid("\(error)")
        }
        result.description = description

        let assessment: Assessment
        do {
            assessment = try Assessor.assess(description, rules: rules, date: options.date, language: options.language)
        } catch let error as Assessor.InvalidAnswers {
            return invalid(text.invalidAnswers(error.problems))
        } catch let error as EngineError {
            return invalid(text.rulesFailed(error.description))
        } catch {
            return invalid("\(error)")
        }
        result.assessment = assessment
        result.findings = findings(assessment, description: description, file: file, folder: folder, options: options,
                                   drift: &result.drift, notices: &result.notices)
        result.evidence = EvidenceCheck.status(evidence: description.evidence, obligations: assessment.obligations,
                                               folder: folder, files: options.evidenceFiles)
        return result
    }

    /// The findings of a valid description, in the order of `CheckFinding.ids`.
    static func findings(_ a: Assessment, description: AnswerFile, file: String, folder: String, options: CheckOptions,
                         drift: inout DriftCheck.Outcome?, notices: inout [String]) -> [CheckFinding] {
        let text = CheckText(options.language)
        var findings: [CheckFinding] = []
        func bases(_ category: String) -> [String] {
            var seen: [String] = []
            for g in a.grounds where g.category == category && !seen.contains(g.basis) { seen.append(g.basis) }
            return seen
        }
        if a.riskCategories.contains("prohibited") {
            findings.append(CheckFinding(id: CheckFinding.prohibited, message: text.prohibited(bases: bases("prohibited"))))
        }
        for category in options.failOn where category != "prohibited" && a.riskCategories.contains(category) {
            findings.append(CheckFinding(id: category, message: text.failOn(category: category, bases: bases(category))))
        }
        if !a.complete {
            findings.append(CheckFinding(id: CheckFinding.incomplete, message: text.incomplete(a.missing, file: file)))
        } else {
            let outcome = DriftCheck.compare(recorded: description.recorded, computed: Recorded(a))
            drift = outcome
            switch outcome {
            case .unchanged: break
            case .otherRulesVersion(let recorded, let current):
                notices.append(text.otherRulesVersion(recorded: recorded, current: current, file: file))
            case .notRecorded(let computed):
                findings.append(CheckFinding(id: CheckFinding.drift, message: text.notRecorded(computed, file: file)))
            case .changed(let changes, let recorded, let computed):
                findings.append(CheckFinding(id: CheckFinding.drift,
                                             message: text.changed(changes, recorded: recorded, computed: computed, file: file)))
            }
        }
        for item in a.review {
            findings.append(CheckFinding(id: CheckFinding.needsReview, message: text.needsReview(item)))
        }
        if options.requireEvidence && a.complete {
            let gaps = EvidenceCheck.gaps(evidence: description.evidence, obligations: a.obligations, folder: folder,
                                          files: options.evidenceFiles)
            for gap in gaps {
                guard let obligation = a.obligations.first(where: { $0.id == gap.obligationId }) else { continue }
                let message = EvidenceCheck.problem(gap, obligation: obligation, language: options.language)
                    ?? gap.reference.map { text.evidenceNotFound(obligation, reference: Inert.line($0), path: Inert.line(gap.resolvedPath ?? $0)) }
                    ?? text.noEvidence(obligation)
                findings.append(CheckFinding(id: CheckFinding.missingEvidence, message: message))
            }
        }
        return findings
    }
}
