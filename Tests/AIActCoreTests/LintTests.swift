import Foundation
import Testing
@testable import AIActCore

/// Lint on the mini rules and on broken variants: each defect class must be caught.
@Suite struct LintTests {
    @Test func miniRulesAreClean() throws {
        let report = RulesLinter.lint(try TestSupport.miniRules())
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.pathsPerStep.map(\.paths) == [2, 3])
        #expect(report.totalPaths == 6)
    }

    func lint(_ name: String, _ change: (inout [String: Any]) -> Void) throws -> [String] {
        let files = try TestSupport.edit(try TestSupport.miniFiles(), name, change)
        return RulesLinter.lint(try TestSupport.rules(files)).errors.map(\.description)
    }

    func questions(_ o: inout [String: Any], _ change: (inout [[String: Any]]) -> Void) {
        var list = o["questions"] as! [[String: Any]]
        change(&list)
        o["questions"] = list
    }

    @Test func danglingRouteIsCaught() throws {
        let errors = try lint("step2.json") { o in questions(&o) { $0[2]["next"] = "nowhere" } }
        #expect(errors.contains { $0.contains("route to unknown question \"nowhere\"") })
    }

    @Test func routeIntoAnotherStepIsCaught() throws {
        let errors = try lint("step2.json") { o in questions(&o) { $0[2]["next"] = "uses" } }
        #expect(errors.contains { $0.contains("routes stay within a step") })
    }

    @Test func cycleIsCaught() throws {
        let errors = try lint("step2.json") { o in questions(&o) { $0[2]["next"] = "is-ai" } }
        #expect(errors.contains { $0.contains("cycle: is-ai → role → own-name → is-ai") })
        let files = try TestSupport.edit(try TestSupport.miniFiles(), "step2.json") { o in questions(&o) { $0[2]["next"] = "is-ai" } }
        let dutch = RulesLinter.lint(try TestSupport.rules(files), language: .nl).errors.map(\.description)
        #expect(dutch.contains { $0.contains("cyclus: is-ai → role → own-name → is-ai") })
    }

    @Test func derivationCycleIsCaught() throws {
        let errors = try lint("facts.json") { o in
            var d = o["derivations"] as! [[String: Any]]
            d[0]["when"] = ["fact": "riskCategory:high-risk"]
            o["derivations"] = d
        }
        #expect(errors.contains { $0.contains("derivations[scope].when") && $0.contains("a cycle") })
    }

    @Test func missingTranslationIsCaught() throws {
        let errors = try lint("step1.json") { o in questions(&o) { $0[0]["text"] = ["nl": "Waarvoor?"] } }
        #expect(errors.contains { $0.contains("questions[uses].text") && $0.contains("missing translation \"en\"") })
        let empty = try lint("obligations.json") { o in
            var list = o["obligations"] as! [[String: Any]]
            list[0]["summary"] = ["nl": "", "en": "Support AI literacy."]
            o["obligations"] = list
        }
        #expect(empty.contains { $0.contains("obligations[literacy].summary") && $0.contains("\"nl\"") })
    }

    @Test func unreachableQuestionIsCaught() throws {
        let errors = try lint("step2.json") { o in
            questions(&o) { list in
                var options = list[1]["options"] as! [[String: Any]]
                options[1]["next"] = "end"
                list[1]["options"] = options
            }
        }
        #expect(errors.contains { $0.contains("questions[own-name]") && $0.contains("unreachable") })
    }

    @Test func undeclaredFactAndUnknownAnswerAreCaught() throws {
        let errors = try lint("notes.json") { o in
            o["notes"] = [["id": "x", "when": ["all": [["fact": "ghost"], ["answer": "uses", "in": ["telepathy"]]]],
                           "text": ["nl": "x", "en": "x"], "articles": ["Art. 4"]]]
        }
        #expect(errors.contains { $0.contains("undeclared fact \"ghost\"") })
        #expect(errors.contains { $0.contains("unknown option \"telepathy\"") })
    }

    @Test func obligationWithoutValidArticleIsCaught() throws {
        let errors = try lint("obligations.json") { o in
            var list = o["obligations"] as! [[String: Any]]
            list[0]["articles"] = [String]()
            list[1]["articles"] = ["Article 9"]
            o["obligations"] = list
        }
        #expect(errors.contains { $0.contains("obligations[literacy].articles") && $0.contains("at least one article") })
        #expect(errors.contains { $0.contains("\"Article 9\" is not an article reference") })
    }

    @Test func factTestedButNeverSetIsCaught() throws {
        let errors = try lint("facts.json") { o in
            var facts = o["facts"] as! [[String: Any]]
            facts.append(["id": "lonely", "text": ["nl": "x", "en": "x"]])
            o["facts"] = facts
            var d = o["derivations"] as! [[String: Any]]
            d[0]["when"] = ["all": [["fact": "ai"], ["not": ["fact": "lonely"]]]]
            o["derivations"] = d
        }
        #expect(errors.contains { $0.contains("facts[lonely]") && $0.contains("no option or derivation sets it") })
    }

    @Test func judgementWithoutNotSureAndBadVocabularyAreCaught() throws {
        let errors = try lint("step1.json") { o in
            questions(&o) { list in
                var options = list[1]["options"] as! [[String: Any]]
                options.removeLast()
                list[1]["options"] = options
            }
        }
        #expect(errors.contains { $0.contains("must offer a \"not sure\" option") })
        let vocab = try lint("facts.json") { o in
            var facts = o["facts"] as! [[String: Any]]
            facts.append(["id": "riskCategory:scary", "text": ["nl": "x", "en": "x"]])
            o["facts"] = facts
        }
        #expect(vocab.contains { $0.contains("\"scary\" is not in the contract's vocabulary") })
    }

    @Test func lastBranchMustBeUnconditional() throws {
        let errors = try lint("step1.json") { o in
            questions(&o) { $0[0]["next"] = [["when": ["fact": "annex-iii"], "goto": "exception"]] }
        }
        #expect(errors.contains { $0.contains("the last branch must have no \"when\"") })
    }

    @Test func decodingErrorsNameFileAndPath() throws {
        var files = try TestSupport.miniFiles()
        files["step1.json"] = files["step1.json"]!.replacingOccurrences(of: "\"kind\": \"multi\"", with: "\"kind\": \"several\"")
        #expect(throws: RulesError.self) { try TestSupport.rules(files) }
        do {
            _ = try TestSupport.rules(files)
        } catch let error as RulesError {
            #expect(error.description.contains("step1.json"))
            #expect(error.description.contains("questions[0].kind"))
        }
    }

    @Test func newerFormatIsRefused() throws {
        let files = try TestSupport.edit(try TestSupport.miniFiles(), "rules.json") { $0["formatVersion"] = 99 }
        do {
            _ = try TestSupport.rules(files)
            Issue.record("a newer format must be refused")
        } catch let error as RulesError {
            #expect(error.description.contains("supports (up to 1)"))
        }
    }

    @Test func schedulesAreSharedAndUnknownOnesRefused() throws {
        let files = try TestSupport.edit(try TestSupport.miniFiles(), "obligations.json") { o in
            o["schedules"] = ["later": [["date": "2031-01-01", "basis": "Art. 113"]]]
            var list = o["obligations"] as! [[String: Any]]
            list[0].removeValue(forKey: "appliesFrom")
            list[0]["schedule"] = "later"
            o["obligations"] = list
        }
        let rules = try TestSupport.rules(files)
        #expect(rules.obligations[0].appliesFrom.map(\.date) == ["2031-01-01"])
        #expect(RulesLinter.lint(rules).errors.isEmpty)
        let unknown = files.merging(["obligations.json": files["obligations.json"]!.replacingOccurrences(of: "\"schedule\":\"later\"", with: "\"schedule\":\"sooner\"")]) { $1 }
        do {
            _ = try TestSupport.rules(unknown)
            Issue.record("an unknown schedule must be refused")
        } catch let error as RulesError {
            #expect(error.description.contains("unknown schedule \"sooner\"; defined: later"))
        }
    }

    @Test func articleNotation() {
        for ok in ["Art. 9", "Art. 4a", "Art. 26(1)", "Art. 6(1a)", "Art. 5(1)(f)", "Art. 5(1)(ba)", "Art. 5(1)(h)(iii)",
                   "Art. 113(c)(i)", "Annex III", "Annex III(4)(a)", "Annex III(2)", "Annex I(11)", "Annex I Section B"] {
            #expect(ArticleRef.isValid(ok), "\(ok)")
        }
        for bad in ["Article 9", "art. 9", "Art 9", "Annex 3", "Annex III(4)(a)(x)", "Art. 5(1)(h)(iii)(a)", ""] {
            #expect(!ArticleRef.isValid(bad), "\(bad)")
        }
    }

    // MARK: Answers that change nothing on some path (issue 11): information, not warnings

    func information(_ files: [String: String], language: Language = .en) throws -> LintReport {
        RulesLinter.lint(try TestSupport.rules(files), language: language, informational: true)
    }

    @Test func miniRulesHaveNothingToReport() throws {
        let report = try information(try TestSupport.miniFiles())
        #expect(report.information.isEmpty, "\(report.information)")
        #expect(RulesLinter.lint(try TestSupport.miniRules()).information.isEmpty, "only on request")
    }

    /// (a) Two options with the same facts, grounds, route and review, told apart by no condition.
    @Test func optionsWithTheSameEffectAreReported() throws {
        let files = try TestSupport.edit(try TestSupport.miniFiles(), "step1.json") { o in
            questions(&o) { $0[1]["options"] = ($0[1]["options"] as! [[String: Any]]) + [["id": "no-either", "text": ["nl": "Ook nee", "en": "No either"]]] }
        }
        let report = try information(files)
        let same = report.information.filter { $0.kind == .sameEffect }
        #expect(same.map(\.question) == ["exception"] && same.first?.options == ["no", "no-either"], "\(report.information)")
        #expect(same.first?.description == "step1.json: questions[exception]: answers no and no-either lead to the same assessment (the same facts, grounds, route and review)")
        #expect(report.warnings.isEmpty && report.errors.isEmpty, "information is neither a warning nor a defect")
        let dutch = try information(files, language: .nl).information.first { $0.kind == .sameEffect }
        #expect(dutch?.message == "de antwoorden no en no-either leiden tot dezelfde beoordeling (dezelfde feiten, gronden, route en controle)")
        // "Not sure" is reviewed, so it differs from "no"; a condition on one answer tells them apart.
        let told = try TestSupport.edit(files, "notes.json") { o in
            var notes = o["notes"] as! [[String: Any]]
            notes.append(["id": "said-no", "when": ["answer": "exception", "in": ["no"]], "text": ["nl": "Nee.", "en": "No."], "articles": ["Art. 6(3)"]])
            o["notes"] = notes
        }
        #expect(try information(told).information.filter { $0.kind == .sameEffect }.isEmpty)
    }

    /// (b) A fact an option sets that no condition, derivation, obligation or note reads.
    @Test func aFactNothingReadsIsReported() throws {
        var files = try TestSupport.edit(try TestSupport.miniFiles(), "facts.json") { o in
            o["facts"] = (o["facts"] as! [[String: Any]]) + [["id": "unused", "text": ["nl": "Ongebruikt", "en": "Unused"]]]
        }
        files = try TestSupport.edit(files, "step1.json") { o in
            questions(&o) { var options = $0[1]["options"] as! [[String: Any]]; options[1]["sets"] = ["unused"]; $0[1]["options"] = options }
        }
        let unread = try information(files).information.filter { $0.kind == .unreadFact }
        #expect(unread.map(\.description) == ["step1.json: questions[exception]: answer no sets fact unused, which nothing reads"], "\(unread)")
        // A fact read only by a derivation whose facts nothing reads is not read either.
        files = try TestSupport.edit(files, "facts.json") { o in
            o["facts"] = (o["facts"] as! [[String: Any]]) + [["id": "unused-too", "text": ["nl": "Ook ongebruikt", "en": "Unused too"]]]
            o["derivations"] = (o["derivations"] as! [[String: Any]]) + [["id": "dead", "when": ["fact": "unused"], "sets": ["unused-too"]]]
        }
        #expect(try information(files).information.filter { $0.kind == .unreadFact }.map(\.facts) == [["unused"]])
    }

    /// (c) own-name matters only for a high-risk system (its fact feeds the Art. 25(1)(a) shift):
    /// routed there without that, it is reported with the missing context.
    @Test func aQuestionAskedOutsideTheContextItsAnswersNeedIsReported() throws {
        let files = try TestSupport.edit(try TestSupport.miniFiles(), "step2.json") { o in
            questions(&o) { var options = $0[1]["options"] as! [[String: Any]]; options[1]["next"] = "own-name"; $0[1]["options"] = options }
        }
        let context = try information(files).information.filter { $0.kind == .context }
        #expect(context.map(\.question) == ["own-name"] && context.first?.missing == ["riskCategory:high-risk"], "\(context)")
        #expect(context.first?.message == "its answers matter only when riskCategory:high-risk holds; the route to it does not ensure riskCategory:high-risk")
        let dutch = try information(files, language: .nl).information.first { $0.kind == .context }
        #expect(dutch?.message == "de antwoorden doen er alleen toe als riskCategory:high-risk gezet is; de route naar de vraag waarborgt riskCategory:high-risk niet")
    }

    /// The shipped rules ask no question outside the context its answers need and set no fact that
    /// nothing reads; what remains is information on answers kept for their legal distinction.
    @Test func shippedRulesAskNothingOutsideItsContext() throws {
        let rules = try RulesLoader.load(from: DirectoryRulesSource(directory: TestSupport.shippedRulesFolder))
        let report = RulesLinter.lint(rules, informational: true)
        let gaps = report.information.filter { $0.kind != .sameEffect }
        #expect(gaps.isEmpty, "\(gaps.map(\.description).joined(separator: "\n"))")
        #expect(report.information.contains { $0.question == "territorial" && $0.options == ["eu-market", "eu-deployer", "output-in-eu"] })
        #expect(report.warnings.count == 1, "only the draft guidance: \(report.warnings)")
    }

    /// Before issue 11, public-authority-use was asked after a significant change too, where the
    /// 2030 deadline of Art. 111(2) can no longer matter: the report finds it.
    @Test func theOldPublicAuthorityRouteIsReported() throws {
        var rules = try RulesLoader.load(from: DirectoryRulesSource(directory: TestSupport.shippedRulesFolder))
        let step = try #require(rules.steps.firstIndex { $0.questions.contains { $0.id == "significant-change" } })
        let q = try #require(rules.steps[step].questions.firstIndex { $0.id == "significant-change" })
        for i in rules.steps[step].questions[q].options.indices { rules.steps[step].questions[q].options[i].next = nil }
        rules.steps[step].questions[q].next = .goto("public-authority-use")
        let context = RulesLinter.lint(rules, informational: true).information.filter { $0.kind == .context }
        #expect(context.map(\.question) == ["public-authority-use"] && context.first?.missing == ["legacy:transitional"], "\(context)")
    }

    // MARK: Scale and hostile rules (issue 9)

    /// Step 2 of the mini rules with a chain of COUNT extra questions before `role`:
    /// is-ai → chain-0 → … → chain-(COUNT-1) → role.
    static func chainFiles(_ count: Int, cycle: Bool = false) throws -> [String: String] {
        var files = try TestSupport.miniFiles()
        var step = try JSONSerialization.jsonObject(with: Data(files["step2.json"]!.utf8)) as! [String: Any]
        var questions = step["questions"] as! [[String: Any]]
        var first = questions[0]
        var options = first["options"] as! [[String: Any]]
        options[0]["next"] = "chain-0"
        first["options"] = options
        questions[0] = first
        let chain: [[String: Any]] = (0..<count).map { i in
            let next = i == count - 1 ? (cycle ? "chain-0" : "role") : "chain-\(i + 1)"
            return ["id": "chain-\(i)", "kind": "single", "text": ["nl": "Vraag \(i)?", "en": "Question \(i)?"],
                    "sources": [["ref": "Art. 3(1)"]],
                    "options": [["id": "a", "text": ["nl": "A", "en": "A"], "next": next],
                                ["id": "b", "text": ["nl": "B", "en": "B"], "next": next]]]
        }
        questions.insert(contentsOf: chain, at: 1)
        step["questions"] = questions
        files["step2.json"] = String(decoding: try JSONSerialization.data(withJSONObject: step), as: UTF8.self)
        return files
    }

    @Test func aLongChainLintsIterativelyInLinearTime() throws {
        let rules = try TestSupport.rules(try Self.chainFiles(20_000))
        let clock = ContinuousClock()
        let start = clock.now
        var linter = RulesLinter(rules: rules, language: .en)
        let report = linter.run()
        let elapsed = clock.now - start
        #expect(report.errors.isEmpty, "\(report.errors.prefix(3))")
        #expect(report.questions == 20_005)
        // The informational report (rules lint only) is one more linear pass: each chain
        // question's two answers do the same.
        let informationStart = clock.now
        let information = linter.information()
        let informationElapsed = clock.now - informationStart
        #expect(information.filter { $0.kind == .sameEffect && $0.question.hasPrefix("chain-") }.count == 20_000)
        #expect(informationElapsed < .seconds(10), "the informational report on 20,000 questions took \(informationElapsed)")
        // Quadratic lint took 5.6 s for 5,000 questions; linear is well under a second per 20,000.
        #expect(elapsed < .seconds(10), "lint of 20,000 questions took \(elapsed)")
    }

    /// `aiact questions` says for each question when it is asked: from one pass over the routes,
    /// not one pass per question (20,000 questions took over two minutes that way).
    @Test func aLongChainIsCataloguedInLinearTime() throws {
        let rules = try TestSupport.rules(try Self.chainFiles(20_000))
        let clock = ContinuousClock()
        let start = clock.now
        let items = Catalogue.questions(rules, .en)
        let elapsed = clock.now - start
        #expect(items.count == 20_005)
        #expect(items.first { $0.id == "chain-7" }?.askedWhen == "chain-6 = a; or chain-6 = b")
        #expect(elapsed < .seconds(10), "the catalogue of 20,000 questions took \(elapsed)")
    }

    @Test func aLongCycleIsFoundWithoutRecursion() throws {
        let rules = try TestSupport.rules(try Self.chainFiles(20_000, cycle: true))
        let errors = RulesLinter.lint(rules).errors.map(\.description)
        #expect(errors.contains { $0.contains("cycle: chain-0 → chain-1 → ") && $0.hasSuffix("chain-19999 → chain-0") })
        #expect(errors.contains { $0.contains("questions[role]: unreachable") })
    }

    @Test func twoStepsWithOneNumberAreAFinding() throws {
        let files = try TestSupport.edit(try TestSupport.miniFiles(), "step2.json") { $0["step"] = 1 }
        let errors = RulesLinter.lint(try TestSupport.rules(files)).errors.map(\.description)
        #expect(errors.contains("step2.json: step: duplicate step number 1 (also in step1.json)"), "\(errors)")
    }
}
