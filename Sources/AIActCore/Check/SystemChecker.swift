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

    /// Checks a description. `folder` is the description's folder (evidence paths are relative to
    /// it); `shared` is the organisation's shared evidence that applies to it, if any.
    public static func check(data: Data, file: String, folder: String, rules: RuleSet, options: CheckOptions,
                             shared: SharedEvidence? = nil) -> SystemCheckResult {
        let text = CheckText(options.language, rules: rules)
        let locator = FindingLocator(data: data, file: file)
        var result = SystemCheckResult(file: file, description: nil, assessment: nil, findings: [], notices: [],
                                       evidence: nil, drift: nil)
        func invalid(_ message: String, at location: FindingLocation) -> SystemCheckResult {
            result.findings = [CheckFinding(id: CheckFinding.invalid, message: message, location: location)]
            return result
        }

        let description: AnswerFile
        do {
            description = try AnswerFile.decode(data, file: file)
        } catch let error as RulesError {
            switch error {
            case .invalidJSON(_, let reason): return invalid(text.invalidJSON(reason.text(options.language)), at: locator.syntaxErrorOrStart)
            case .invalidContent(_, let path, let expected):
                return invalid(text.invalidContent(path: path, expected: expected.text(options.language)),
                               at: locator.locate(keyPath(path)))
            default: return invalid(error.message(options.language), at: locator.start)
            }
        } catch {
            return invalid("\(error)", at: locator.start)
        }
        result.description = description

        let assessment: Assessment
        do {
            assessment = try Assessor.assess(description, rules: rules, date: options.date, language: options.language)
        } catch let error as Assessor.InvalidAnswers {
            let first = error.problems.first.map { locator.locate(["answers", $0.questionId]) } ?? locator.locate(["answers"])
            return invalid(text.invalidAnswers(error.problems), at: first)
        } catch let error as EngineError {
            return invalid(text.rulesFailed(error.message(options.language)), at: locator.locate(["answers"]))
        } catch {
            return invalid("\(error)", at: locator.start)
        }
        result.assessment = assessment
        let entries = EvidenceKeys.entries(description.evidence, locator: locator, folder: folder, shared: false)
            + (shared?.entries ?? [])
        result.findings = findings(assessment, description: description, file: file, options: options, rules: rules,
                                   locator: locator, entries: entries, shared: shared,
                                   drift: &result.drift, notices: &result.notices)
        result.approval = Approval.of(description.recorded, drift: result.drift)
        var status: [String: (reference: String, found: Bool)] = [:]
        for obligation in assessment.obligations {
            guard let entry = EvidenceKeys.entry(for: obligation, in: entries) else { continue }
            status[obligation.id] = (entry.reference, EvidenceCheck.verdict(entry.reference, folder: entry.folder, files: options.evidenceFiles).found)
        }
        result.evidence = EvidenceStatus(entries: status)
        return result
    }

    /// Object keys from a decoding path (`recorded.roles[0]` → `recorded`, `roles`).
    static func keyPath(_ path: String) -> [String] {
        path.split(separator: ".").map { part in
            String(part.prefix { $0 != "[" })
        }.filter { !$0.isEmpty }
    }

    /// The findings of a valid description, in the order of `CheckFinding.ids`.
    static func findings(_ a: Assessment, description: AnswerFile, file: String, options: CheckOptions, rules: RuleSet,
                         locator: FindingLocator, entries: [EvidenceKeys.Entry], shared: SharedEvidence?,
                         drift: inout DriftCheck.Outcome?, notices: inout [String]) -> [CheckFinding] {
        let text = CheckText(options.language, rules: rules)
        var findings: [CheckFinding] = []
        func bases(_ category: String) -> [String] {
            var seen: [String] = []
            for g in a.grounds where g.category == category && !seen.contains(g.basis) { seen.append(g.basis) }
            return seen
        }
        if a.complete {
            drift = DriftCheck.compare(recorded: description.recorded, computed: Recorded(a))
        }
        let approval = Approval.of(description.recorded, drift: drift)
        let start = locator.start
        if a.riskCategories.contains("prohibited") {
            findings.append(CheckFinding(id: CheckFinding.prohibited, message: text.prohibited(bases: bases("prohibited")), location: start))
        }
        let gated = options.failOn.filter { $0 != "prohibited" && a.riskCategories.contains($0) }
        if let approval, approval.valid {
            notices.append(text.approvalHolds(approval, categories: gated))
        } else {
            if let approval { notices.append(text.approvalVoid(approval, file: file)) }
            for category in gated {
                findings.append(CheckFinding(id: category, message: text.failOn(category: category, bases: bases(category)),
                                             location: description.recorded == nil ? start : locator.locate(["recorded"])))
            }
        }
        if !a.complete {
            let at = a.missing.first.map { _ in locator.locate(["answers"]) } ?? start
            findings.append(CheckFinding(id: CheckFinding.incomplete, message: text.incomplete(a.missing, file: file), location: at))
        } else if let outcome = drift {
            let at = description.recorded == nil ? start : locator.locate(["recorded"])
            switch outcome {
            case .unchanged: break
            case .otherRulesVersion(let recorded, let current):
                notices.append(text.otherRulesVersion(recorded: recorded, current: current, file: file))
            case .notRecorded(let computed):
                findings.append(CheckFinding(id: CheckFinding.drift, message: text.notRecorded(computed, file: file), location: at))
            case .changed(let changes, let recorded, let computed):
                findings.append(CheckFinding(id: CheckFinding.drift,
                                             message: text.changed(changes, recorded: recorded, computed: computed, file: file),
                                             location: at))
            }
        }
        for item in a.review {
            findings.append(CheckFinding(id: CheckFinding.needsReview, message: text.needsReview(item),
                                         location: locator.locate(["answers", item.questionId])))
        }

        // Evidence: obligations in force (and, with a lead time, those due soon) need found evidence.
        var usedShared = Set<String>()
        if a.complete {
            for obligation in a.obligations {
                let entry = EvidenceKeys.entry(for: obligation, in: entries)
                let verdict = entry.map { EvidenceCheck.verdict($0.reference, folder: $0.folder, files: options.evidenceFiles) }
                let found = verdict?.found ?? false
                if found, let entry, entry.shared { usedShared.insert(obligation.id) }
                let daysLeft = ISODay.days(from: options.date, to: obligation.appliesFrom)
                let reference = entry.flatMap { $0.reference.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0.reference }
                let at = entry?.location ?? locator.locate(["evidence"])
                if obligation.inForce {
                    guard options.requireEvidence, !found else { continue }
                    // A reference that is there but not evidence (a folder, outside the repository,
                    // not http(s)) says which; a missing file says where it was looked for.
                    let message = reference.map { reference in
                        verdict.flatMap { EvidenceCheck.problem(reference: reference, verdict: $0, obligation: obligation, language: options.language) }
                            ?? text.evidenceNotFound(obligation, reference: Inert.line(reference),
                                                     path: Inert.line(EvidenceCheck.resolve(reference, folder: entry!.folder)))
                    } ?? text.noEvidence(obligation)
                    findings.append(CheckFinding(id: CheckFinding.missingEvidence, message: message, location: at, obligation: obligation.id))
                } else if let daysLeft, daysLeft > 0 {
                    if options.requireEvidence, let lead = options.leadTime {
                        guard daysLeft <= lead, !found else { continue }
                        findings.append(CheckFinding(id: CheckFinding.dueSoon,
                                                     message: text.dueSoon(obligation, daysLeft: daysLeft, leadTime: lead, reference: reference,
                                                                           path: reference.map { EvidenceCheck.resolve($0, folder: entry!.folder) }),
                                                     location: at, obligation: obligation.id))
                    } else if daysLeft <= CheckOptions.upcomingWindow {
                        notices.append(text.upcoming(obligation, daysLeft: daysLeft))
                    }
                }
            }
            // Keys: unknown ones are findings; ones for obligations that do not apply are notices.
            for entry in entries where !entry.shared {
                if !EvidenceKeys.isKnown(entry.key, rules: rules) {
                    findings.append(CheckFinding(id: CheckFinding.unknownEvidence,
                                                 message: text.unknownEvidenceKey(entry.key, suggestions: EvidenceKeys.suggestions(for: entry.key, rules: rules),
                                                                                  sharedFile: nil),
                                                 location: entry.location))
                } else if !a.obligations.contains(where: { EvidenceKeys.covers(entry.key, obligationId: $0.id, role: $0.role) }) {
                    notices.append(text.evidenceNotApplicable(entry.key))
                }
            }
            if let shared, !usedShared.isEmpty { notices.append(text.sharedEvidenceUsed(shared.file, count: usedShared.count)) }
        }
        if let next = description.audit?.nextReview, let days = ISODay.days(from: options.date, to: next), days < 0 {
            notices.append(text.reviewOverdue(next))
        }
        return findings
    }
}
