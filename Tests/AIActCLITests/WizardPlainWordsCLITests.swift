import Foundation
import Testing

/// The wizard's `w` (why this question) and `?` (explanation) speak in the question and option
/// texts, never in ids: the shipped rules are walked along the paths of several scenario fixtures,
/// with `w` and `?` typed at every question, and nothing the wizard prints may contain a question,
/// option or fact id of those rules.
@Suite struct WizardPlainWordsCLITests {
    static let scenarios = [
        "09-bank-credit-scoring-deployer",     // deployer of a high-risk system: the role-shift questions
        "13-government-chatbot-deployer",      // transparency and GPAI
        "31-legacy-public-authority",          // placed-before, significant-change, public-authority-use
        "41-realtime-rbi-law-enforcement-exception",
        "67-gpai-modifier-above-one-third-compute",
    ]

    /// Every id with a hyphen or a colon of the shipped rules' questions, options and facts (a
    /// one-word id such as `yes` is an ordinary word in the text, and so are a few hyphenated ones).
    static func ids() throws -> Set<String> {
        var ids: Set<String> = []
        let rules = CLIRunner.packageRoot.appendingPathComponent("Rules")
        for file in try FileManager.default.contentsOfDirectory(atPath: rules.path) where file.hasPrefix("step") {
            let step = try CLIRunner.json(try String(contentsOf: rules.appendingPathComponent(file), encoding: .utf8))
            for question in try #require(step["questions"] as? [[String: Any]]) {
                ids.insert(try #require(question["id"] as? String))
                for option in try #require(question["options"] as? [[String: Any]]) {
                    ids.insert(try #require(option["id"] as? String))
                }
            }
        }
        let facts = try CLIRunner.json(try String(contentsOf: rules.appendingPathComponent("facts.json"), encoding: .utf8))
        for fact in try #require(facts["facts"] as? [[String: Any]]) { ids.insert(try #require(fact["id"] as? String)) }
        // Ids that are also words of the texts ("an open-source licence", "pre-market research").
        let words: Set<String> = ["open-source", "pre-market"]
        return ids.filter { ($0.contains("-") || $0.contains(":")) && !words.contains($0) }
    }

    @Test(arguments: ["en", "nl"]) func whyAndHelpUseNoIds(language: String) throws {
        let ids = try Self.ids()
        #expect(ids.contains("prohibited-practices") && ids.contains("high-risk:full"), "the ids were not read")
        for scenario in Self.scenarios {
            let fixture = CLIRunner.packageRoot.appendingPathComponent("Tests/AIActCoreTests/Fixtures/scenarios/\(scenario).json")
            let date = try #require(try CLIRunner.json(try String(contentsOf: fixture, encoding: .utf8))["date"] as? String)
            let assessed = try CLIRunner.run(["assess", fixture.path, "--format", "json", "--lang", "en", "--date", date])
            #expect(assessed.status == 0, "\(scenario): \(assessed.stderr)")
            let trace = try #require(try CLIRunner.json(assessed.stdout)["trace"] as? [[String: Any]])
            // The answers in the order asked, as option ids (the wizard takes an option id for its number).
            var input = ""
            for entry in trace {
                let answer = entry["answer"]
                let typed = (answer as? [String])?.joined(separator: ",") ?? (answer as? String) ?? ""
                input += "w\n?\n\(typed)\n"
            }
            try CLIRunner.withTemporaryDirectory { folder in
                let r = try CLIRunner.run(["wizard", "--lang", language, "--date", date, "--format", "json",
                                           "--save", folder.appendingPathComponent("a.json").path], stdin: input, in: folder)
                #expect(r.status == 0, "\(scenario): \(r.stderr.suffix(2000))")
                // The prompts' echo of what was typed ("> …") and the closing commands name files, not ids.
                let printed = r.stderr.components(separatedBy: "\n").filter { !$0.hasPrefix("> ") && !$0.contains("aiact ") }
                #expect(printed.filter { $0.contains("?") }.count >= trace.count, "\(scenario): the questions were not shown")
                for line in printed {
                    let words = line.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == ":") })
                    let found = words.map(String.init).filter { ids.contains($0) }
                    #expect(found.isEmpty, "\(scenario) (\(language)): an id in the wizard's words: \(found) in\n\(line)")
                }
            }
        }
    }
}
