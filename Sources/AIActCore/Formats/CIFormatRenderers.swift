import Foundation

/// The CI formats as renderers of the check stream: they need every finding before they can
/// close their document (SARIF's run, JUnit's counts), so they collect the results first.
struct CollectedCheck {
    var results: [SystemCheckResult] = []
    var summary: CheckSummary
    var baseDirectory: String

    init(_ stream: CheckStream) throws {
        var tally = CheckTally()
        var results: [SystemCheckResult] = []
        let notices = try stream.forEach { result in
            tally.add(result)
            var kept = result
            // Keep what the CI formats read; the full assessment is not needed.
            kept.assessment = nil
            kept.evidence = nil
            if kept.description != nil { kept.description?.answers = [:] }
            results.append(kept)
        }
        self.results = results
        summary = tally.summary(rules: stream.rules, date: stream.options.date, record: stream.writes, notices: notices)
        baseDirectory = stream.fileSystem.currentDirectory
    }
}

struct CheckSARIF: Renderer {
    func render(_ stream: CheckStream, _ context: RenderContext, to out: (String) -> Void) throws {
        let run = try CollectedCheck(stream)
        out(SARIFRenderer(language: context.language, baseDirectory: run.baseDirectory).render(run.results, summary: run.summary))
    }
}

struct CheckCodeQuality: Renderer {
    func render(_ stream: CheckStream, _ context: RenderContext, to out: (String) -> Void) throws {
        let run = try CollectedCheck(stream)
        out(CodeQualityRenderer(language: context.language, baseDirectory: run.baseDirectory).render(run.results, summary: run.summary))
    }
}

struct CheckJUnit: Renderer {
    func render(_ stream: CheckStream, _ context: RenderContext, to out: (String) -> Void) throws {
        let run = try CollectedCheck(stream)
        out(JUnitRenderer(language: context.language, baseDirectory: run.baseDirectory).render(run.results, summary: run.summary))
    }
}

struct CheckGitHubCommands: Renderer {
    func render(_ stream: CheckStream, _ context: RenderContext, to out: (String) -> Void) throws {
        let run = try CollectedCheck(stream)
        out(GitHubCommandsRenderer(language: context.language, baseDirectory: run.baseDirectory).render(run.results, summary: run.summary))
    }
}

struct AssessmentHTML: Renderer {
    func render(_ report: AssessmentReport, _ context: RenderContext, to out: (String) -> Void) {
        let language = Language(rawValue: report.assessment.language) ?? context.language
        out(HTMLReport(rules: context.rules, language: language).render(report.assessment, evidence: report.evidence))
    }
}

struct CheckHTML: Renderer {
    func render(_ stream: CheckStream, _ context: RenderContext, to out: (String) -> Void) throws {
        var tally = CheckTally()
        var results: [SystemCheckResult] = []
        let notices = try stream.forEach { result in
            tally.add(result)
            results.append(result)
        }
        let summary = tally.summary(rules: stream.rules, date: stream.options.date, record: stream.writes, notices: notices)
        out(HTMLReport(rules: context.rules, language: context.language).render(results, summary: summary))
    }
}
