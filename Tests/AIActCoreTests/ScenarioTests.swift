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
        var review: [String]?
        var inForce: [String: Bool]?
        /// Obligation id → `in-force`, `upcoming` or `conditional` on the scenario's date.
        var status: [String: String]?
        var aiActApplies: Bool?
    }

    var file: String = ""
    var description: String?
    var date: String?
    var answers: [String: AnswerValue]
    var expect: Expect

    enum CodingKeys: String, CodingKey { case description, date, answers, expect }

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
        #expect(e.unreached.isEmpty, "answers not on the path: \(e.unreached)")
    }
}
