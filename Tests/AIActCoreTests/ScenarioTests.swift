import Foundation
import Testing
@testable import AIActCore

/// One scenario: an answer file with the classification and obligations it must give.
struct Scenario: Decodable, CustomTestStringConvertible {
    struct Expect: Decodable {
        var complete: Bool?
        var systemType: String?
        var riskCategories: [String]?
        var grounds: [String]?
        var roles: [String]?
        var roleShifts: [String]?
        var articles: [String]?
        var absentArticles: [String]?
        var obligations: [String]?
        var absentObligations: [String]?
        var notes: [String]?
        var absentNotes: [String]?
        /// Note id → articles the note must not cite (the note must apply): what an obligation
        /// of the same assessment already says is not repeated in a note.
        var absentNoteArticles: [String: [String]]?
        var review: [String]?
        var inForce: [String: Bool]?
        /// Obligation id → `in-force`, `upcoming` or `conditional` on the scenario's date.
        var status: [String: String]?
        var aiActApplies: Bool?
        /// Each must be part of a link of the sources of an obligation or note that applies.
        var sourceLinks: [String]?
        /// Obligation id → its Algoritmekader requirement id (the obligation must apply).
        var algoritmekader: [String: String]?
        /// Obligation id → its category (the obligation must apply).
        var categories: [String: String]?
        /// Question ids that must be on the path (asked and answered).
        var asked: [String]?
        /// Question ids that must not be asked: their answers could not change this assessment.
        var notAsked: [String]?
        /// How many questions the path asks (its length through the four steps).
        var questionCount: Int?

        /// Every key an `expect` object may have; any other key fails the scenario (a misspelt
        /// expectation must not pass silently).
        static let keys: Set<String> = [
            "complete", "systemType", "riskCategories", "grounds", "roles", "roleShifts", "articles",
            "absentArticles", "obligations", "absentObligations", "notes", "absentNotes", "absentNoteArticles", "review",
            "inForce", "status", "aiActApplies", "sourceLinks", "algoritmekader", "categories",
            "asked", "notAsked", "questionCount",
        ]
    }

    var file: String = ""
    var description: String?
    /// The article(s) the scenario pins (a legal fix names the provision it implements).
    var article: String?
    var date: String?
    var answers: [String: AnswerValue]
    var expect: Expect
    /// Keys of the fixture (top level or in `expect`) that the test does not know.
    var unknownKeys: [String] = []

    enum CodingKeys: String, CodingKey { case description, article, date, answers, expect }
    static let topLevelKeys: Set<String> = ["system", "description", "article", "date", "answers", "expect"]

    init(file: String, answers: [String: AnswerValue], expect: Expect) {
        self.file = file
        self.answers = answers
        self.expect = expect
    }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        article = try c.decodeIfPresent(String.self, forKey: .article)
        date = try c.decodeIfPresent(String.self, forKey: .date)
        answers = try c.decode([String: AnswerValue].self, forKey: .answers)
        expect = try c.decode(Expect.self, forKey: .expect)
    }

    /// The keys of the fixture that are neither top-level keys nor `expect` keys the test reads.
    static func unknownKeys(in data: Data) throws -> [String] {
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { return ["(not an object)"] }
        var unknown = object.keys.filter { !topLevelKeys.contains($0) }.map { $0 }
        if let expect = object["expect"] as? [String: Any] {
            unknown += expect.keys.filter { !Expect.keys.contains($0) }.map { "expect." + $0 }
        } else {
            unknown.append("expect (not an object)")
        }
        return unknown.sorted()
    }

    var testDescription: String { file }

    static let folder = TestSupport.fixtures.appendingPathComponent("scenarios")

    static func all() -> [Scenario] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        return names.compactMap { name in
            guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)),
                  var scenario = try? JSONDecoder().decode(Scenario.self, from: data) else {
                return Scenario(file: name + " (does not decode)", answers: [:], expect: Expect())
            }
            scenario.file = name
            scenario.unknownKeys = (try? unknownKeys(in: data)) ?? ["(not JSON)"]
            return scenario
        }
    }
}

/// Runs every scenario in Fixtures/scenarios against the shipped rules (the folder, as `--rules Rules`).
@Suite struct ScenarioTests {
    static let rules: RuleSet? = try? RulesLoader.load(from: DirectoryRulesSource(directory: TestSupport.shippedRulesFolder))

    @Test func thereAreScenarios() {
        #expect(Scenario.all().count >= 20)
    }

    @Test(arguments: Scenario.all())
    func scenario(_ s: Scenario) throws {
        let rules = try #require(Self.rules, "the shipped rules do not load")
        #expect(!s.file.contains("does not decode"), "\(s.file)")
        #expect(s.unknownKeys.isEmpty, "\(s.file): unknown keys \(s.unknownKeys) (known: \(Scenario.topLevelKeys.sorted()), expect: \(Scenario.Expect.keys.sorted()))")
        let cites = (s.article ?? "") + " " + (s.description ?? "")
        #expect(cites.contains("Art.") || cites.contains("Annex"), "\(s.file): a scenario names the article it pins (`article` or `description`)")
        let problems = AnswerValidation.problems(s.answers, rules: rules)
        #expect(problems.isEmpty, "\(problems)")
        let e = try Engine.evaluate(rules: rules, answers: s.answers, date: s.date ?? "2026-11-22")
        let x = s.expect
        let articles = Set(e.obligations.flatMap(\.obligation.articles))
        #expect(e.complete == (x.complete ?? true), "missing: \(e.missing.map(\.questionId))")
        if let v = x.systemType { #expect(e.systemType == v) }
        if let v = x.aiActApplies { #expect(e.aiActApplies == v) }
        if let v = x.riskCategories { #expect(Set(e.riskCategories) == Set(v)) }
        if let v = x.grounds { #expect(Set(e.grounds.map(\.ground.basis)) == Set(v)) }
        if let v = x.roles { #expect(Set(e.roles) == Set(v)) }
        if let v = x.roleShifts { #expect(Set(e.roleShifts.map(\.basis)) == Set(v)) }
        for a in x.articles ?? [] { #expect(articles.contains(a), "expected \(a) among \(articles.sorted())") }
        for a in x.absentArticles ?? [] { #expect(!articles.contains(a), "did not expect \(a)") }
        let ids = Set(e.obligations.map(\.obligation.id))
        for o in x.obligations ?? [] { #expect(ids.contains(o), "expected obligation \(o)") }
        for o in x.absentObligations ?? [] { #expect(!ids.contains(o), "did not expect obligation \(o)") }
        let notes = Set(e.notes.map(\.id))
        for n in x.notes ?? [] { #expect(notes.contains(n), "expected note \(n) among \(notes.sorted())") }
        for n in x.absentNotes ?? [] { #expect(!notes.contains(n), "did not expect note \(n)") }
        for (id, refs) in x.absentNoteArticles ?? [:] {
            let note = e.notes.first { $0.id == id }
            #expect(note != nil, "expected note \(id) among \(notes.sorted())")
            for ref in refs { #expect(note?.articles?.contains(ref) != true, "note \(id) cites \(ref)") }
        }
        // Art. 4 is one duty of the organisation, whatever the number of its roles.
        let literacy = e.obligations.filter { $0.obligation.articles.contains("Art. 4") }.map(\.obligation.id)
        #expect(literacy.count <= 1, "AI literacy (Art. 4) more than once: \(literacy)")
        // No duty twice: two obligations of one assessment never say the same.
        let summaries = Dictionary(grouping: e.obligations, by: { $0.obligation.summary.text(.en) }).filter { $0.value.count > 1 }
        #expect(summaries.isEmpty, "the same obligation text twice: \(summaries.values.map { $0.map(\.obligation.id) })")
        if let v = x.review { #expect(Set(e.review.map(\.questionId)) == Set(v)) }
        for (article, expected) in x.inForce ?? [:] {
            let citing = e.obligations.filter { $0.obligation.articles.contains(article) }
            #expect(!citing.isEmpty, "no obligation cites \(article)")
            for o in citing { #expect(o.inForce == expected, "\(o.obligation.id) inForce on \(e.date)") }
        }
        for (id, expected) in x.status ?? [:] {
            let status = e.obligations.first { $0.obligation.id == id }?.status.rawValue
            #expect(status == expected, "\(id) on \(e.date)")
        }
        let applied = Dictionary(e.obligations.map { ($0.obligation.id, $0.obligation) }, uniquingKeysWith: { a, _ in a })
        for (id, aia) in x.algoritmekader ?? [:] {
            #expect(applied[id] != nil, "expected obligation \(id)")
            if let o = applied[id] { #expect(o.algoritmekader == aia, "\(id): Algoritmekader \(o.algoritmekader ?? "none"), expected \(aia)") }
        }
        for (id, category) in x.categories ?? [:] {
            #expect(applied[id] != nil, "expected obligation \(id)")
            if let o = applied[id] { #expect(o.category == category, "\(id): category \(o.category), expected \(category)") }
        }
        if let wanted = x.sourceLinks {
            let sources = e.obligations.flatMap { $0.obligation.sources ?? [] } + e.notes.flatMap { $0.sources ?? [] }
            let urls = SourceLinks.items(sources, rules: rules, language: .nl).compactMap(\.url)
                + SourceLinks.items(sources, rules: rules, language: .en).compactMap(\.url)
            for link in wanted { #expect(urls.contains { $0.contains(link) }, "no source link contains \(link)") }
        }
        let askedIds = e.path.map(\.questionId) + e.missing.map(\.questionId)
        for q in x.asked ?? [] {
            #expect(rules.question(q) != nil, "\(s.file): `asked` names unknown question \(q)")
            #expect(askedIds.contains(q), "expected question \(q) to be asked; path: \(askedIds)")
        }
        for q in x.notAsked ?? [] {
            #expect(rules.question(q) != nil, "\(s.file): `notAsked` names unknown question \(q)")
            #expect(!askedIds.contains(q), "did not expect question \(q) to be asked; path: \(askedIds)")
        }
        if let n = x.questionCount { #expect(e.path.count == n, "\(e.path.count) questions asked: \(askedIds)") }
        #expect(e.unreached.isEmpty, "answers not on the path: \(e.unreached)")
    }
}

/// The wording of the shipped rules against the regulation's own text (issue 10, severity C):
/// the Dutch terms and citation style of the Dutch text, Art. 50(1) and Annex VI in English,
/// and guidance cited with its status.
@Suite struct RulesWordingTests {
    static let rules: RuleSet? = try? RulesLoader.load(from: DirectoryRulesSource(directory: TestSupport.shippedRulesFolder))

    @Test func dutchTextsUseTheRegulationsTerms() throws {
        let rules = try #require(Self.rules, "the shipped rules do not load")
        let terms = RulesLinter.lint(rules).warnings.filter { $0.message.contains("the regulation says") }
        #expect(terms.isEmpty, "\(terms.map(\.description).joined(separator: "\n"))")
    }

    /// "artikel 26, lid 8", not "art. 26(8)" or "Art. 26(8)", in Dutch text.
    @Test func dutchTextsCiteTheDutchWay() throws {
        let rules = try #require(Self.rules, "the shipped rules do not load")
        let linter = RulesLinter(rules: rules, language: .en)
        let offending = linter.everyDutchText().filter { _, _, text in
            ["art. ", "Art. ", "Annex "].contains { marker in
                var rest = Substring(text)
                while let r = rest.range(of: marker) {
                    if rest[r.upperBound...].first.map({ $0.isNumber || "IVX".contains($0) }) == true { return true }
                    rest = rest[r.upperBound...]
                }
                return false
            }
        }
        #expect(offending.isEmpty, "\(offending.map { "\($0.0) \($0.1): \($0.2)" }.joined(separator: "\n"))")
    }

    /// Art. 50(1): "obvious from the point of view of a natural person who is reasonably
    /// well-informed, observant and circumspect"; Annex VI: the provider carries out internal control.
    @Test func englishFollowsArt50And43() throws {
        let rules = try #require(Self.rules, "the shipped rules do not load")
        let interaction = try #require(rules.obligations.first { $0.id == "transparency-interaction" })
        #expect(interaction.summary.text(.en).contains("observant and circumspect"))
        #expect(interaction.summary.text(.nl).contains("normaal geïnformeerde en redelijk omzichtige en oplettende natuurlijke persoon"))
        let internalControl = try #require(rules.obligations.first { $0.id == "hr-conformity-internal-control" })
        #expect(internalControl.summary.text(.en).contains("carry out the conformity assessment"))
        #expect(!internalControl.summary.text(.en).contains("have the conformity assessment carried out"))
    }

    /// Commission guidance carries its status and date; a draft is a lint warning, guidance without
    /// a status an error.
    @Test func guidanceCarriesItsStatus() throws {
        let rules = try #require(Self.rules, "the shipped rules do not load")
        let drafts = RulesLinter.lint(rules).warnings.filter { $0.message.contains("cites a draft") }
        #expect(drafts.map(\.place).contains { $0.hasPrefix("notes[art6-3-exception-check]") }, "the draft Art. 6(5) guidelines are cited and warned about")
        let guidance = rules.allQuestions.flatMap { $0.question.sources ?? [] }.filter { $0.text?.lowercased().contains("guidelines") == true }
        #expect(!guidance.isEmpty && guidance.allSatisfy { $0.status == "final" && $0.date == "2025-07-18" }, "the GPAI guidelines of 18 July 2025 are cited as final")
        var edited = rules
        edited.notes[0].sources = [Source(text: "European Commission, guidelines on something")]
        let errors = RulesLinter.lint(edited).errors
        #expect(errors.contains { $0.message.contains("status (final or draft) and date") }, "\(errors)")
        edited.notes[0].sources = [Source(text: "European Commission, guidelines on something", status: "draft", date: "2026-01-01")]
        #expect(RulesLinter.lint(edited).warnings.contains { $0.place.hasPrefix("notes[\(edited.notes[0].id)]") && $0.message.contains("cites a draft") })
    }
}
