import AIActCore
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `aiact wizard` end to end on the mini rules, driven through stdin one answer per line:
/// full runs, invalid input, going back, quitting and resuming, end of input, the saved file,
/// and colour on a pseudo-terminal.
@Suite struct WizardCLITests {
    let rules = CLIRunner.miniRules.path
    let date = "2026-11-22"

    /// A terminal so wide that no message is wrapped, so tests can look for whole sentences.
    static let wide = ["COLUMNS": "1000"]

    /// Runs the wizard in a fresh folder, saving to `answers.json` there (unless `save` is false).
    func wizard(_ input: String, _ extra: [String] = [], in folder: URL? = nil, save: Bool = true,
                environment: [String: String] = wide) throws -> (CLIRunner.Result, URL) {
        let dir = try folder ?? CLIRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("answers.json")
        var args = ["wizard", "--rules", rules, "--date", date, "--lang", "en"]
        if save { args += ["--save", file.path] }
        let result = try CLIRunner.run(args + extra, stdin: input, environment: environment, in: dir)
        return (result, file)
    }

    func saved(_ file: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: file)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func answers(_ file: URL) throws -> [String: Any] {
        try #require(try saved(file)["answers"] as? [String: Any])
    }

    /// The parts of an assessment that must match between the wizard and `assess`.
    func essence(_ json: [String: Any]) -> String {
        let obligations = (json["obligations"] as? [[String: Any]] ?? []).map { "\($0["id"] ?? "")@\($0["appliesFrom"] ?? "")" }
        let trace = (json["trace"] as? [[String: Any]] ?? []).map { "\($0["questionId"] ?? "")=\($0["answer"] ?? "")" }
        return "\(json["riskCategories"] ?? "") | \(json["roles"] ?? "") | \(obligations) | \(trace)"
    }

    func assessJSON(_ file: URL) throws -> [String: Any] {
        let r = try CLIRunner.run(["assess", file.path, "--rules", rules, "--date", date, "--format", "json", "--lang", "en"])
        #expect(r.status == 0, "\(r.stderr)")
        return try CLIRunner.json(r.stdout)
    }

    // MARK: Full runs

    struct Scenario: Sendable, CustomTestStringConvertible {
        var name: String
        var input: String
        var answers: [String: String]
        var categories: [String]
        var roles: [String]
        var testDescription: String { name }
    }

    static let scenarios: [Scenario] = [
        Scenario(name: "high-risk provider", input: "1\n2\n1\n1\n",
                 answers: ["uses": "[recruitment]", "exception": "no", "is-ai": "yes", "role": "provider"],
                 categories: ["high-risk"], roles: ["provider"]),
        Scenario(name: "high-risk deployer under its own name", input: "1\n2\n1\n2\n1\n",
                 answers: ["uses": "[recruitment]", "exception": "no", "is-ai": "yes", "role": "deployer", "own-name": "yes"],
                 categories: ["high-risk"], roles: ["provider", "deployer"]),
        Scenario(name: "chatbot deployer", input: "2\n1\n2\n",
                 answers: ["uses": "[chat]", "is-ai": "yes", "role": "deployer"],
                 categories: ["transparency"], roles: ["deployer"]),
        Scenario(name: "several uses, not sure about the exception", input: "1 2\n3\n1\n1\n",
                 answers: ["uses": "[recruitment, chat]", "exception": "not-sure", "is-ai": "yes", "role": "provider"],
                 categories: ["high-risk", "transparency"], roles: ["provider"]),
        Scenario(name: "not AI", input: "3\n2\n",
                 answers: ["uses": "[none]", "is-ai": "no"], categories: ["minimal"], roles: []),
    ]

    /// Answers as short strings (`yes`, `[a, b]`), for comparing with a scenario.
    func flatten(_ answers: [String: Any]) -> [String: String] {
        answers.mapValues { value in
            if let list = value as? [String] { return "[\(list.joined(separator: ", "))]" }
            return "\(value)"
        }
    }

    @Test(arguments: scenarios) func fullRun(_ scenario: Scenario) throws {
        let (r, file) = try wizard(scenario.input, ["--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try CLIRunner.json(r.stdout)
        #expect(json["complete"] as? Bool == true)
        #expect(json["riskCategories"] as? [String] == scenario.categories)
        #expect(json["roles"] as? [String] == scenario.roles)
        #expect(flatten(try answers(file)) == scenario.answers)
        // The saved file gives the same assessment through `aiact assess`.
        #expect(essence(try assessJSON(file)) == essence(json))
        #expect(r.stderr.contains("Answers saved in \(file.path)"))
        #expect(r.stderr.contains("aiact assess \(file.path)"))
        #expect(r.stderr.contains("aiact check \(file.path)"))
    }

    @Test func textReportShowsClassificationObligationsAndTimeline() throws {
        let (r, _) = try wizard("1\n2\n1\n1\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("AI Act assessment"))
        #expect(r.stdout.contains("High risk"))
        #expect(r.stdout.contains("Annex III(4)(a)"))
        #expect(r.stdout.contains("Risk management (Art. 9)"))
        // The summary opens the report and ends the run.
        #expect(r.stdout.components(separatedBy: "In force now: 1 obligation").count == 3)
        #expect(r.stdout.components(separatedBy: "Next deadline: 2 December 2027 (in 375 days): Risk management").count == 3)
        #expect(!r.stdout.contains("What for?"), "questions go to stderr, not stdout")
        #expect(!r.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")
    }

    @Test func showsTheStepAndProgress() throws {
        let (r, _) = try wizard("1\n2\n1\n1\n")
        #expect(r.stderr.contains("Step 1 of 2: Risk"))
        #expect(r.stderr.contains("question 1 of at most 2"))
        #expect(r.stderr.contains("question 2 of 2"))
        #expect(r.stderr.contains("Step 2 of 2: AI"))
        #expect(r.stderr.contains("(more than one answer possible)"))
        #expect(r.stderr.contains("1) Recruitment"))
    }

    @Test func wrapsToEightyColumns() throws {
        let (r, _) = try wizard("?\nw\nmaybe\n1\n2\n1\n1\n", environment: ["COLUMNS": "80"])
        #expect(r.status == 0, "\(r.stderr)")
        // The wizard's own screens (the report's layout is TextRenderer's); links and commands stay whole.
        for line in r.stderr.components(separatedBy: "\n") where !line.contains("https://") && !line.contains("aiact ") {
            #expect(line.count <= 80, "too long: \(line)")
        }
    }

    @Test func speaksDutch() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let r = try CLIRunner.run(["wizard", "--rules", rules, "--save", dir.appendingPathComponent("a.json").path, "--lang", "nl"],
                                  stdin: "x\n3\n2\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("Stap 1 van 2: Risico"))
        #expect(r.stderr.contains("is geen antwoord of commando"))
        #expect(r.stderr.contains("Antwoorden bewaard in"))
        #expect(r.stdout.contains("AI-verordening: beoordeling"))
    }

    // MARK: Invalid input

    @Test func invalidInputIsExplainedAndAskedAgain() throws {
        let (r, file) = try wizard("maybe\n9\n1,3\n\n1\n1 2\n2\n1\n1\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("\"maybe\" is not an answer or a command"))
        #expect(r.stderr.contains("\"9\" is not one of the answers; choose from 1–3"))
        #expect(r.stderr.contains("Answer 3 cannot be combined with other answers"))
        #expect(r.stderr.contains("Nothing was typed"))
        #expect(r.stderr.contains("This question takes one answer (you gave 2)"))
        #expect(r.stderr.contains("nothing was lost"))
        #expect(flatten(try answers(file)) == ["uses": "[recruitment]", "exception": "no", "is-ai": "yes", "role": "provider"])
    }

    // MARK: Help and why

    @Test func helpShowsSourcesWithLinksAndWhyShowsTheRoute() throws {
        let (r, _) = try wizard("?\n3\n?\nw\n2\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("Explanation: What for?"))
        #expect(r.stderr.contains("Annex III(4)(a)"))
        #expect(r.stderr.contains("https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:32024R1689#anx_III"))
        #expect(r.stderr.contains("https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:32024R1689#art_50"))
        #expect(r.stderr.contains("Cannot be combined with other answers."))
        #expect(r.stderr.contains("Explanation: Is it AI?"))
        #expect(r.stderr.contains("Test guide, Stap 2"), "seed sections are sources too")
        #expect(r.stderr.contains("Why this question: Is it AI?"))
        #expect(r.stderr.contains("This is the first question of step 2 (AI)."))
        #expect(!r.stderr.contains("[annex-iii]"), "no ids in the plain words")
    }

    @Test func whyNamesThePreviousAnswer() throws {
        let (r, _) = try wizard("1\nw\nq\n")
        #expect(r.stderr.contains("Asked because you chose ‘Recruitment’ for ‘What for?’. And because: annex III."))
        #expect(!r.stderr.contains("uses"), "no question ids in the plain words")
    }

    @Test func helpMarksTheNotSureOption() throws {
        let (r, _) = try wizard("1\n?\nq\n")
        #expect(r.stderr.contains("the assessment takes the stricter outcome"))
    }

    // MARK: Going back

    @Test func backNavigationChangesThePath() throws {
        // High-risk deployer reaches "own name?"; going back to question 1 and choosing the chatbot
        // instead drops "exception" and "own name", and reuses the later answers that still apply.
        let (r, file) = try wizard("1\n2\n1\n2\nb 1\n2\n", ["--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("Own name?"))
        #expect(r.stderr.contains("Enter keeps the current answer: 1) Recruitment."))
        #expect(r.stderr.contains("Earlier answers that still apply:"))
        #expect(r.stderr.contains("Is it AI? → Yes (b 2 to change)"))
        #expect(r.stderr.contains("Left out of the file because they no longer apply: exception"))
        #expect(flatten(try answers(file)) == ["uses": "[chat]", "is-ai": "yes", "role": "deployer"])
        let json = try CLIRunner.json(r.stdout)
        #expect(json["riskCategories"] as? [String] == ["transparency"])
        #expect(essence(try assessJSON(file)) == essence(json))
    }

    @Test func backGoesToThePreviousQuestionAndEnterKeepsAnAnswer() throws {
        // Answer "exception" with yes, go back, change it to no; then go back twice and keep with Enter.
        let (r, file) = try wizard("1\n1\nb\n2\nb\nb\n\n1\n1\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(flatten(try answers(file)) == ["uses": "[recruitment]", "exception": "no", "is-ai": "yes", "role": "provider"])
        #expect(r.stderr.contains("1) Yes  ← current answer"))
        #expect(r.stderr.contains("2) No  ← current answer"))
        #expect(r.stderr.contains("Enter keeps the current answer: 1) Recruitment."))
    }

    @Test func listShowsTheAnswersAndBackRejectsUnknownNumbers() throws {
        let (r, _) = try wizard("1\n2\nl\nb 7\nb 0\nq\n")
        #expect(r.stderr.contains("Your answers so far (b N changes answer N):"))
        #expect(r.stderr.contains("1. [1 Risk] What for? → Recruitment"))
        #expect(r.stderr.contains("2. [1 Risk] Exception? → No"))
        #expect(r.stderr.contains("3. [2 AI] Is it AI? (being asked now)"))
        #expect(r.stderr.contains("There is no answered question 7; use b 1 to b 2"))
        #expect(r.stderr.contains("There is no answered question 0"))
        #expect(r.status == 130)
    }

    @Test func backOnTheFirstQuestionIsExplained() throws {
        let (r, _) = try wizard("b\nq\n")
        #expect(r.stderr.contains("This is the first question"))
        #expect(r.status == 130)
    }

    // MARK: Quit, resume, end of input

    @Test func quitAndResumeGivesTheSameResultAsAnUninterruptedRun() throws {
        let (whole, _) = try wizard("1\n2\n1\n2\n1\n", ["--format", "json"])
        #expect(whole.status == 0, "\(whole.stderr)")

        let (first, file) = try wizard("1\n2\nq\n")
        #expect(first.status == 130)
        #expect(first.stdout.isEmpty)
        #expect(first.stderr.contains("Stopped. Your answers so far are in \(file.path)."))
        #expect(first.stderr.contains("aiact wizard --answers \(file.path) --rules \(rules)"))
        #expect(flatten(try answers(file)) == ["uses": "[recruitment]", "exception": "no"])

        // Resume: no --save, so the answers go back into the same file.
        let dir = file.deletingLastPathComponent()
        let second = try CLIRunner.run(["wizard", "--answers", file.path, "--rules", rules, "--date", date, "--lang", "en", "--format", "json"],
                                       stdin: "1\n2\n1\n", environment: Self.wide, in: dir)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("Continuing with 2 answers"))
        #expect(!second.stderr.contains("What for?"), "answered questions are not asked again")
        #expect(essence(try CLIRunner.json(second.stdout)) == essence(try CLIRunner.json(whole.stdout)))
        #expect(flatten(try answers(file)).count == 5)
    }

    @Test func endOfInputMidwayExits130AndKeepsValidAnswers() throws {
        let (r, file) = try wizard("1\n2\n")
        #expect(r.status == 130)
        #expect(r.stderr.contains("End of input. Stopped."))
        #expect(r.stderr.contains("aiact wizard --answers \(file.path)"))
        // The saved file is a valid answer file: `assess` reads it and reports it incomplete (3), not invalid (2).
        let assess = try CLIRunner.run(["assess", file.path, "--rules", rules, "--lang", "en"])
        #expect(assess.status == 3, "\(assess.stderr)")
        #expect(assess.stderr.contains("is-ai"))
    }

    @Test func endOfInputBeforeAnyAnswerSavesNothing() throws {
        let (r, file) = try wizard("")
        #expect(r.status == 130)
        #expect(r.stderr.contains("No answers were given yet, so nothing was saved."))
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }

    @Test func ctrlCExits130AndSaysWhereTheAnswersAre() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("answers.json")
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = ["wizard", "--rules", rules, "--save", file.path, "--lang", "en"]
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "COLUMNS": "1000"]
        let input = Pipe(), err = Pipe()
        process.standardInput = input
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("1\n".utf8))
        // Wait for the first answer to be saved, then interrupt while the wizard waits for the next.
        let deadline = Date().addingTimeInterval(20)
        while !FileManager.default.fileExists(atPath: file.path) && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        Thread.sleep(forTimeInterval: 0.2)
        process.interrupt()
        let stopBy = Date().addingTimeInterval(20)
        while process.isRunning && Date() < stopBy { Thread.sleep(forTimeInterval: 0.05) }
        let stopped = !process.isRunning
        if !stopped { kill(process.processIdentifier, SIGKILL) }
        try? input.fileHandleForWriting.close()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(stopped, "the wizard did not stop on SIGINT")
        #expect(process.terminationStatus == 130)
        #expect(message.contains("Stopped. Your answers so far are in \(file.path)."))
        #expect(message.contains("aiact wizard --answers \(file.path)"))
        #expect(flatten(try answers(file)) == ["uses": "[recruitment]"])
    }

    // MARK: The answer file

    @Test func aContinuedFileKeepsItsLayoutByteForByte() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("system.json")
        // CRLF, tabs, keys in no particular order, unknown keys, values spaced unusually.
        let text = "{\r\n\t\"x-owner\": {\"team\": \"HR\"},\r\n\t\"answers\": {\r\n\t\t\"uses\": [ \"recruitment\" ],\r\n"
            + "\t\t\"role\": \"deployer\"\r\n\t},\r\n\t\"system\": {\"name\": \"CV ranker\", \"x-id\": 7},\r\n"
            + "\t\"recorded\": {\"riskCategories\": [\"high-risk\"]},\r\n\t\"$schema\": \"https://example.org/answers.schema.json\"\r\n}\r\n"
        try Data(text.utf8).write(to: file)
        // `b 1` and `1,2`: recruitment and chat (replaced in place); then exception no, is-ai yes and
        // own-name yes are appended in the order asked; role (deployer) is kept where it is.
        let r = try CLIRunner.run(["wizard", "--answers", file.path, "--rules", rules, "--lang", "en", "--date", date],
                                  stdin: "b 1\n1,2\n2\n1\n1\n", environment: Self.wide, in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("AI Act assessment: CV ranker"))
        let expected = "{\r\n\t\"x-owner\": {\"team\": \"HR\"},\r\n\t\"answers\": {\r\n\t\t\"uses\": [\"recruitment\", \"chat\"],\r\n"
            + "\t\t\"role\": \"deployer\",\r\n\t\t\"exception\": \"no\",\r\n\t\t\"is-ai\": \"yes\",\r\n\t\t\"own-name\": \"yes\"\r\n\t},\r\n"
            + "\t\"system\": {\"name\": \"CV ranker\", \"x-id\": 7},\r\n"
            + "\t\"recorded\": {\"riskCategories\": [\"high-risk\"]},\r\n\t\"$schema\": \"https://example.org/answers.schema.json\"\r\n}\r\n"
        #expect(String(decoding: try Data(contentsOf: file), as: UTF8.self) == expected)
    }

    @Test func anEditMadeDuringTheWizardIsKeptAndTheSaveRefused() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("a.json")
        try Data(#"{"answers": {}}"#.utf8).write(to: file)
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = ["wizard", "--answers", file.path, "--rules", rules, "--lang", "en", "--date", date]
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "COLUMNS": "1000"]
        let input = Pipe(), err = Pipe()
        process.standardInput = input
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("1\n".utf8))
        // Wait for the first save, then edit the file as another program would.
        let deadline = Date().addingTimeInterval(20)
        while (try? Data(contentsOf: file)) == Data(#"{"answers": {}}"#.utf8) && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        let edited = Data(#"{"answers": {"uses": ["recruitment"]}, "audit": {"assessedBy": "someone else"}}"#.utf8)
        try edited.write(to: file)
        input.fileHandleForWriting.write(Data("2\n".utf8))
        try input.fileHandleForWriting.close()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(message.contains("aiact: \(file.path): changed since aiact read it; not written, so that change is kept."), "\(message)")
        #expect(try Data(contentsOf: file) == edited)
    }

    @Test func completeAnswersNeedNoInputAndUnreachedAnswersAreDropped() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("a.json")
        try #"{"answers": {"uses": ["chat"], "exception": "yes", "is-ai": "yes", "role": "provider"}}"#
            .write(to: file, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["wizard", "--answers", file.path, "--rules", rules, "--lang", "en"], stdin: "", environment: Self.wide, in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Transparency"))
        #expect(r.stderr.contains("no longer apply: exception"))
        #expect(flatten(try answers(file)) == ["uses": "[chat]", "is-ai": "yes", "role": "provider"])
    }

    @Test func defaultSaveFileIsInTheCurrentFolderAndNeverOverwritten() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let first = try CLIRunner.run(["wizard", "--rules", rules, "--lang", "en"], stdin: "3\n2\n", environment: Self.wide, in: dir)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("saved after every answer in aiact-answers.json"))
        let original = try Data(contentsOf: dir.appendingPathComponent("aiact-answers.json"))

        let second = try CLIRunner.run(["wizard", "--rules", rules, "--lang", "en"], stdin: "1\nq\n", environment: Self.wide, in: dir)
        #expect(second.status == 130)
        #expect(second.stderr.contains("aiact-answers.json already exists and is left alone"))
        #expect(second.stderr.contains("saved after every answer in aiact-answers-2.json"))
        #expect(try Data(contentsOf: dir.appendingPathComponent("aiact-answers.json")) == original)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("aiact-answers-2.json").path))
    }

    @Test func answersAndSaveToDifferentFiles() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let source = dir.appendingPathComponent("in.json"), target = dir.appendingPathComponent("out.json")
        try #"{"answers": {"uses": ["none"]}}"#.write(to: source, atomically: true, encoding: .utf8)
        let quit = try CLIRunner.run(["wizard", "--answers", source.path, "--save", target.path, "--rules", rules, "--lang", "en"], stdin: "q\n", environment: Self.wide)
        #expect(quit.status == 130)
        #expect(quit.stderr.contains("aiact wizard --answers \(source.path) --save \(target.path)"), "nothing new yet: resume from the source")
        let done = try CLIRunner.run(["wizard", "--answers", source.path, "--save", target.path, "--rules", rules, "--lang", "en"], stdin: "2\n", environment: Self.wide)
        #expect(done.status == 0, "\(done.stderr)")
        #expect(flatten(try answers(target)) == ["uses": "[none]", "is-ai": "no"])
        #expect(flatten(try answers(source)) == ["uses": "[none]"], "the source is left alone")
    }

    // MARK: Usage errors

    @Test func invalidAnswerFileExitsTwoNamingThePlace() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("bad.json")
        try #"{"answers": {"uses": "chat"}}"#.write(to: file, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["wizard", "--answers", file.path, "--rules", rules, "--lang", "en"], stdin: "1\n", environment: Self.wide)
        #expect(r.status == 2)
        #expect(r.stderr.contains("\(file.path): answers.uses"))
        #expect(r.stderr.contains("multiple-choice"))

        try "{\"answers\": {".write(to: file, atomically: true, encoding: .utf8)
        let syntax = try CLIRunner.run(["wizard", "--answers", file.path, "--rules", rules], stdin: "1\n", environment: Self.wide)
        #expect(syntax.status == 2)
        #expect(syntax.stderr.contains(file.path))

        // A file that does not exist is started (issue 11); in a folder that does not exist it cannot be.
        let missing = try CLIRunner.run(["wizard", "--answers", dir.appendingPathComponent("no/such/none.json").path, "--rules", rules, "--lang", "en"], environment: Self.wide)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no/such"))
    }

    @Test func otherUsageErrorsExitTwo() throws {
        let dir = try CLIRunner.temporaryDirectory()
        #expect(try CLIRunner.run(["wizard", "--answers", "-", "--rules", rules], stdin: "{}").status == 2)
        #expect(try CLIRunner.run(["wizard", "file.json", "--rules", rules]).status == 2)
        let noFolder = try CLIRunner.run(["wizard", "--save", dir.appendingPathComponent("no/such/a.json").path, "--rules", rules, "--lang", "en"], stdin: "1\n", environment: Self.wide)
        #expect(noFolder.status == 2)
        #expect(noFolder.stderr.contains("does not exist"))
        let help = try CLIRunner.run(["wizard", "--help", "--lang", "en"], environment: Self.wide)
        #expect(help.status == 0)
        #expect(help.stdout.contains("Usage: aiact wizard"))
    }

    // MARK: The shipped rules

    @Test func smokeTestOnTheEmbeddedRules() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("a.json")
        let r = try CLIRunner.run(["wizard", "--save", file.path, "--lang", "en"], stdin: "?\nw\nq\n", environment: Self.wide)
        #expect(r.status == 130, "\(r.stderr)")
        #expect(r.stderr.contains("Step 1 of"))
        #expect(r.stderr.contains("Explanation:"))
        #expect(r.stderr.contains("No answers were given yet"))
    }

    // MARK: A real terminal

    /// Runs `aiact` with no arguments on a pseudo-terminal, typing `input`; the screen is `stdout`.
    func onTerminal(_ input: String, environment: [String: String]) throws -> (CLIRunner.Result, URL) {
        let dir = try CLIRunner.temporaryDirectory()
        let r = try TerminalRunner.run(["--rules", rules, "--lang", "en", "--date", date], input: input,
                                       environment: environment, in: dir)
        return (CLIRunner.Result(status: r.status, stdout: r.screen, stderr: ""), dir.appendingPathComponent("aiact-answers.json"))
    }

    @Test func colourOnlyOnATerminalAndNotWithNoColor() throws {
        // On a terminal the wizard first asks for the system's name, and waits for Enter at the end.
        let input = "CV ranker\n1\n2\n1\n1\n\n"
        let (coloured, file) = try onTerminal(input, environment: [:])
        #expect(coloured.status == 0, "\(coloured.stdout)")
        #expect(coloured.stdout.contains("\u{1B}[1m"), "bold on a terminal")
        #expect(coloured.stdout.contains("Step 1 of 2: Risk"))
        #expect(coloured.stdout.contains("AI Act assessment: CV ranker"))
        let json = try saved(file)
        #expect((json["system"] as? [String: Any])?["name"] as? String == "CV ranker")
        #expect(flatten(try answers(file)) == ["uses": "[recruitment]", "exception": "no", "is-ai": "yes", "role": "provider"])

        let (plain, _) = try onTerminal(input, environment: ["NO_COLOR": "1"])
        #expect(plain.status == 0, "\(plain.stdout)")
        #expect(plain.stdout.contains("AI Act assessment: CV ranker"))
        #expect(!plain.stdout.contains("\u{1B}["), "no colour with NO_COLOR")
    }

    @Test func quitAtTheNamePromptQuits() throws {
        let (r, file) = try onTerminal("q\n", environment: [:])
        #expect(r.status == 130, "\(r.stdout)")
        #expect(r.stdout.contains("Stopped."))
        #expect(!FileManager.default.fileExists(atPath: file.path), "no system called \"q\" is saved")
    }
}
