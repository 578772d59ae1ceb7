import Foundation

/// What `aiact rules lint` reports: the findings and counts, or the one defect that kept the rules
/// from loading (a file that does not decode).
public struct LintOutput: Sendable {
    public var rules: RuleSet?
    public var report: LintReport?
    public var loadError: String?

    public init(rules: RuleSet, report: LintReport) {
        self.rules = rules
        self.report = report
    }

    /// Lints the rules, with the informational report on answers that change nothing.
    public init(rules: RuleSet, language: Language) {
        self.init(rules: rules, report: RulesLinter.lint(rules, language: language, informational: true))
    }

    public init(loadError: String) {
        self.loadError = loadError
    }

    /// Defects found (a load error is one).
    public var defects: Int { loadError != nil ? 1 : report?.errors.count ?? 0 }
}

/// `rules lint --format json`.
struct LintJSON: Renderer {
    struct Information: Encodable {
        var kind: LintInformation.Kind
        var file, question: String
        var options, facts, missing: [String]
        var message: String
    }

    struct Shape: Encodable {
        var errors: [String]
        var warnings: [String]
        /// Answers that change nothing on some path: information, not defects or warnings.
        var information: [Information]
        var pathsPerStep: [String: Double]
        var totalPaths: Double
        var questions, options, facts, derivations, obligations, notes: Int
    }

    /// JSON has no infinity: more paths than a Double holds are given as its largest value.
    static func finite(_ value: Double) -> Double { value.isFinite ? value : .greatestFiniteMagnitude }

    func render(_ lint: LintOutput, _ context: RenderContext, to out: (String) -> Void) {
        guard let report = lint.report else {
            out(JSONOutput.encode(Shape(errors: [lint.loadError ?? ""], warnings: [], information: [], pathsPerStep: [:], totalPaths: 0,
                                        questions: 0, options: 0, facts: 0, derivations: 0, obligations: 0, notes: 0)))
            return
        }
        out(JSONOutput.encode(Shape(
            errors: report.errors.map(\.description), warnings: report.warnings.map(\.description),
            information: report.information.map {
                Information(kind: $0.kind, file: $0.file, question: $0.question, options: $0.options, facts: $0.facts,
                            missing: $0.missing, message: $0.message)
            },
            // Two steps with one number are a lint error; the first one's count is kept here.
            pathsPerStep: Dictionary(report.pathsPerStep.map { ("\($0.step)", Self.finite($0.paths)) }, uniquingKeysWith: { first, _ in first }),
            totalPaths: Self.finite(report.totalPaths), questions: report.questions, options: report.options,
            facts: report.facts, derivations: report.derivations, obligations: report.obligations, notes: report.notes)))
    }
}

/// `rules lint` as text: the findings, the counts, the paths and the verdict.
struct LintText: Renderer {
    static func count(_ value: Double) -> String {
        value < 1e15 ? String(format: "%.0f", value) : String(format: "%.3g", value)
    }

    func render(_ lint: LintOutput, _ context: RenderContext, to out: (String) -> Void) {
        func t(_ nl: String, _ en: String) -> String { context.language == .nl ? nl : en }
        let style = context.style
        guard let report = lint.report, let rules = lint.rules else {
            out(Inert.text(lint.loadError ?? "") + "\n")
            out(t("1 gebrek gevonden.\n", "1 defect found.\n"))
            return
        }
        for finding in report.findings {
            let text = Inert.text(finding.description)
            out((finding.severity == .error ? style.red(text) : style.yellow(text)) + "\n")
        }
        if !report.information.isEmpty {
            let n = report.information.count
            out(t("Ter informatie (geen gebrek, geen waarschuwing): \(n == 1 ? "1 vraag of antwoord" : "\(n) vragen of antwoorden") die op een pad niets veranderen:\n",
                  "For information (not a defect, not a warning): \(n == 1 ? "1 question or answer" : "\(n) questions or answers") that change nothing on some path:\n"))
            for item in report.information { out("  " + Inert.text(item.description) + "\n") }
        }
        let count = Self.count
        let perStep = report.pathsPerStep.map { t("stap \($0.step): \(count($0.paths))", "step \($0.step): \(count($0.paths))") }
        let version = Inert.line(rules.version), origin = Inert.line(rules.origin)
        out(t("Regels \(version) (\(origin == "embedded" ? "ingebouwd" : origin)): \(report.questions) vragen, \(report.options) opties, \(report.facts) feiten, \(report.derivations) afleidingen, \(report.obligations) verplichtingen, \(report.notes) aandachtspunten.\n",
              "Rules \(version) (\(origin)): \(report.questions) questions, \(report.options) options, \(report.facts) facts, \(report.derivations) derivations, \(report.obligations) obligations, \(report.notes) notes.\n"))
        out(t("Paden opgesomd: \(count(report.totalPaths)) door alle stappen (\(perStep.joined(separator: ", "))).\n",
              "Paths enumerated: \(count(report.totalPaths)) through all steps (\(perStep.joined(separator: ", "))).\n"))
        if report.errors.isEmpty {
            let n = report.warnings.count
            let warnings = n == 0 ? "" : t(n == 1 ? " 1 waarschuwing." : " \(n) waarschuwingen.", n == 1 ? " 1 warning." : " \(n) warnings.")
            out(style.green(t("Geen gebreken.", "No defects.")) + warnings + "\n")
        } else {
            let n = report.errors.count
            out(style.red(t(n == 1 ? "1 gebrek gevonden." : "\(n) gebreken gevonden.", n == 1 ? "1 defect found." : "\(n) defects found.")) + "\n")
        }
    }
}
