import Foundation

/// One defect (or warning) in a rules set, with its file and place.
public struct LintFinding: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }
    public var severity: Severity
    public var file: String
    public var place: String
    public var message: String

    public var description: String {
        "\(file)\(place.isEmpty ? "" : ": \(place)"): \(severity == .warning ? "warning: " : "")\(message)"
    }
}

/// What lint found, with the figures it measured.
public struct LintReport: Sendable {
    public var findings: [LintFinding]
    /// Paths from start to end, per step, in step order.
    public var pathsPerStep: [(step: Int, paths: Double)]
    public var questions: Int
    public var options: Int
    public var facts: Int
    public var derivations: Int
    public var obligations: Int
    public var notes: Int

    /// Answers that change nothing on some path (only when asked for: `informational`).
    public var information: [LintInformation] = []

    public var errors: [LintFinding] { findings.filter { $0.severity == .error } }
    public var warnings: [LintFinding] { findings.filter { $0.severity == .warning } }
    /// Every combination of per-step paths: the number of distinct routes through the four steps.
    public var totalPaths: Double { pathsPerStep.reduce(1) { $0 * max($1.paths, 1) } }
}

/// Checks a decoded rules set for defects: dangling ids, cycles, unreachable questions, routes that
/// do not end, missing translations, article references outside the contract's notation, facts that
/// are tested but never set, and more. Pure; no I/O.
public struct RulesLinter {
    let rules: RuleSet
    var findings: [LintFinding] = []

    let language: Language

    /// Indexes built once, so that every check is linear in the size of the rules (issue 9: every
    /// command lints a `--rules` folder first, and a 20,000-question chain must lint in seconds).
    let allQuestions: [(step: Step, question: Question)]
    /// Question id → how many questions carry it, over all steps.
    let questionCounts: [String: Int]
    /// Question id → the step (its position in `rules.steps`) that first holds it.
    let questionStep: [String: Int]
    /// Per step position: question id → the first question with it.
    let stepQuestions: [[String: Question]]

    /// Lints a rules set; the findings are worded in `language`. With `informational`, the report
    /// also lists the answers that change nothing on some path (`aiact rules lint`; the other
    /// commands only need the defects).
    public static func lint(_ rules: RuleSet, language: Language = .en, informational: Bool = false) -> LintReport {
        var linter = RulesLinter(rules: rules, language: language)
        var report = linter.run()
        if informational && report.errors.isEmpty { report.information = linter.information() }
        return report
    }

    init(rules: RuleSet, language: Language) {
        self.rules = rules
        self.language = language
        allQuestions = rules.allQuestions
        var counts: [String: Int] = [:]
        var firstStep: [String: Int] = [:]
        var perStep: [[String: Question]] = []
        for (index, step) in rules.steps.enumerated() {
            var byId: [String: Question] = [:]
            for q in step.questions {
                counts[q.id, default: 0] += 1
                if firstStep[q.id] == nil { firstStep[q.id] = index }
                if byId[q.id] == nil { byId[q.id] = q }
            }
            perStep.append(byId)
        }
        questionCounts = counts
        questionStep = firstStep
        stepQuestions = perStep
    }

    /// The question with this id anywhere in the rules, and its step.
    func anyQuestion(_ id: String) -> (step: Step, question: Question)? {
        guard let index = questionStep[id], let q = stepQuestions[index][id] else { return nil }
        return (rules.steps[index], q)
    }

    func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    private var manifestFile: String { RulesLoader.manifestFile }
    private var factsFile: String { rules.manifest.files.facts }
    private var obligationsFile: String { rules.manifest.files.obligations }
    private var notesFile: String { rules.manifest.files.notes }

    mutating func error(_ file: String, _ place: String, _ message: String) {
        findings.append(.init(severity: .error, file: file, place: place, message: message))
    }

    mutating func warning(_ file: String, _ place: String, _ message: String) {
        findings.append(.init(severity: .warning, file: file, place: place, message: message))
    }

    mutating func run() -> LintReport {
        let declared = checkFacts()
        let setBy = factsSet()
        checkManifest(declared: declared)
        var paths: [(Int, Double)] = []
        var previousStep = 0
        var stepNumbers: [Int: String] = [:]
        for (index, step) in rules.steps.enumerated() {
            let file = rules.stepFiles[index]
            if let other = stepNumbers[step.step] {
                error(file, "step", t("dubbel stapnummer \(step.step) (ook in \(other))", "duplicate step number \(step.step) (also in \(other))"))
            } else {
                stepNumbers[step.step] = file
            }
            if step.step != previousStep + 1 {
                error(file, "step", t("stappen moeten op volgorde 1, 2, 3, … genummerd zijn; gevonden: \(step.step) na \(previousStep)", "steps must be numbered 1, 2, 3, … in order; found \(step.step) after \(previousStep)"))
            }
            previousStep = step.step
            checkStep(step, index: index, file: file, declared: declared)
            paths.append((step.step, checkGraph(step, index: index, file: file)))
        }
        checkDerivations(declared: declared)
        checkObligations(declared: declared)
        checkNotes(declared: declared)
        checkFactsAreSet(declared: declared, setBy: setBy)
        checkGuidanceAndWording()
        let options = allQuestions.reduce(0) { $0 + $1.question.options.count }
        return LintReport(findings: findings, pathsPerStep: paths, questions: allQuestions.count,
                          options: options, facts: rules.facts.facts.count, derivations: rules.facts.derivations.count,
                          obligations: rules.obligations.count, notes: rules.notes.count)
    }

    // MARK: - Manifest and facts

    mutating func checkManifest(declared: Set<String>) {
        let m = rules.manifest
        if m.version.trimmingCharacters(in: .whitespaces).isEmpty { error(manifestFile, "version", t("lege regelversie", "empty rules version")) }
        checkDate(m.checkedOn, manifestFile, "checkedOn")
        checkText(m.legalBasis, manifestFile, "legalBasis")
        checkText(m.disclaimer, manifestFile, "disclaimer")
        for (code, name) in (m.seeds ?? [:]).sorted(by: { $0.key < $1.key }) { checkText(name, manifestFile, "seeds.\(code)") }
        checkCondition(m.scope.appliesWhen, manifestFile, "scope.appliesWhen", declared: declared)
        var ids: Set<String> = []
        for reason in m.scope.reasons {
            let place = "scope.reasons[\(reason.id)]"
            if !ids.insert(reason.id).inserted { error(manifestFile, place, t("dubbele reden-id \"\(reason.id)\"", "duplicate reason id \"\(reason.id)\"")) }
            checkCondition(reason.when, manifestFile, place + ".when", declared: declared)
            checkText(reason.text, manifestFile, place + ".text")
            checkRefs(reason.articles ?? [], manifestFile, place + ".articles")
        }
    }

    mutating func checkFacts() -> Set<String> {
        var declared: Set<String> = []
        let valid = try! NSRegularExpression(pattern: "^[a-z0-9][a-z0-9.:-]*$")
        for fact in rules.facts.facts {
            let place = "facts[\(fact.id)]"
            if !declared.insert(fact.id).inserted { error(factsFile, place, t("dubbele feit-id \"\(fact.id)\"", "duplicate fact id \"\(fact.id)\"")) }
            if valid.firstMatch(in: fact.id, range: NSRange(fact.id.startIndex..., in: fact.id)) == nil
                && !fact.id.hasPrefix(Vocabulary.riskCategoryPrefix) && !fact.id.hasPrefix(Vocabulary.systemTypePrefix) {
                error(factsFile, place, t("feit-ids bestaan uit kleine letters, cijfers, '-', '.', ':'", "fact ids use lowercase letters, digits, '-', '.', ':'"))
            }
            for (prefix, vocabulary) in [(Vocabulary.systemTypePrefix, Vocabulary.systemTypes),
                                         (Vocabulary.riskCategoryPrefix, Vocabulary.riskCategories),
                                         (Vocabulary.rolePrefix, Vocabulary.roles)] where fact.id.hasPrefix(prefix) {
                let value = String(fact.id.dropFirst(prefix.count))
                if !vocabulary.contains(value) {
                    error(factsFile, place, t("\"\(value)\" staat niet in de vaste woordenlijst voor \(prefix.dropLast()): \(vocabulary.joined(separator: ", "))", "\"\(value)\" is not in the contract's vocabulary for \(prefix.dropLast()): \(vocabulary.joined(separator: ", "))"))
                }
            }
            checkText(fact.text, factsFile, place + ".text")
            checkSources(fact.sources, factsFile, place, required: false)
        }
        return declared
    }

    /// Fact → where it is set (options and derivations), for the order and never-set checks.
    func factsSet() -> [String: [String]] {
        var setBy: [String: [String]] = [:]
        for (_, question) in allQuestions {
            for option in question.options { for f in option.sets ?? [] { setBy[f, default: []].append("option:\(question.id).\(option.id)") } }
        }
        for d in rules.facts.derivations { for f in d.sets { setBy[f, default: []].append("derivation:\(d.id)") } }
        return setBy
    }

    mutating func checkFactsAreSet(declared: Set<String>, setBy: [String: [String]]) {
        var tested: [String: String] = [:]
        func note(_ c: Condition?, _ place: String) { for f in c?.facts ?? [] where tested[f] == nil { tested[f] = place } }
        note(rules.manifest.scope.appliesWhen, "\(manifestFile): scope.appliesWhen")
        for step in rules.steps {
            note(step.start.conditions.first, "step \(step.step) start")
            for c in step.start.conditions { note(c, "step \(step.step) start") }
            for q in step.questions {
                for c in q.next?.conditions ?? [] { note(c, "question \(q.id)") }
                for o in q.options { for c in o.next?.conditions ?? [] { note(c, "question \(q.id)") } }
            }
        }
        for d in rules.facts.derivations { note(d.when, "derivation \(d.id)") }
        for o in rules.obligations {
            note(o.when, "obligation \(o.id)")
            for b in o.appliesFrom { note(b.when, "obligation \(o.id)") }
        }
        for (name, branches) in rules.schedules { for b in branches { note(b.when, "schedule \(name)") } }
        for n in rules.notes { note(n.when, "note \(n.id)") }
        for (fact, place) in tested.sorted(by: { $0.key < $1.key }) where declared.contains(fact) && setBy[fact] == nil {
            error(factsFile, "facts[\(fact)]", t("feit wordt getest (eerst in \(place)) maar geen optie of afleiding zet het", "fact is tested (first in \(place)) but no option or derivation sets it"))
        }
        for fact in rules.facts.facts where tested[fact.id] == nil && setBy[fact.id] == nil {
            if !fact.id.hasPrefix(Vocabulary.riskCategoryPrefix) && !fact.id.hasPrefix(Vocabulary.systemTypePrefix) && !fact.id.hasPrefix(Vocabulary.rolePrefix) {
                warning(factsFile, "facts[\(fact.id)]", t("gedeclareerd maar nergens gezet of getest", "declared but neither set nor tested"))
            }
        }
    }

    mutating func checkDerivations(declared: Set<String>) {
        var ids: Set<String> = []
        var available: Set<String> = []
        for (_, q) in allQuestions { for o in q.options { available.formUnion(o.sets ?? []) } }
        let laterSets: [String: Int] = rules.facts.derivations.enumerated().reduce(into: [:]) { acc, item in
            for f in item.element.sets where acc[f] == nil { acc[f] = item.offset }
        }
        for (index, d) in rules.facts.derivations.enumerated() {
            let place = "derivations[\(d.id)]"
            if !ids.insert(d.id).inserted { error(factsFile, place, t("dubbele afleiding-id \"\(d.id)\"", "duplicate derivation id \"\(d.id)\"")) }
            checkCondition(d.when, factsFile, place + ".when", declared: declared)
            for f in d.when.facts.sorted() where declared.contains(f) && !available.contains(f) {
                if let setter = laterSets[f], setter >= index {
                    error(factsFile, place + ".when", t("test \"\(f)\", dat alleen deze of een latere afleiding zet (\(rules.facts.derivations[setter].id)): een cyclus; zet de afleiding erna", "tests \"\(f)\", which only this or a later derivation sets (\(rules.facts.derivations[setter].id)): a cycle; move the derivation after it"))
                }
            }
            if d.sets.isEmpty { error(factsFile, place + ".sets", t("een afleiding moet ten minste één feit zetten", "a derivation must set at least one fact")) }
            for f in d.sets where !declared.contains(f) { error(factsFile, place + ".sets", t("zet niet-gedeclareerd feit \"\(f)\"", "sets undeclared fact \"\(f)\"")) }
            available.formUnion(d.sets)
            for (i, g) in (d.grounds ?? []).enumerated() {
                checkGround(g, factsFile, place + ".grounds[\(i)]", declared: declared, needsText: true)
            }
            if let shift = d.roleShift {
                if !Vocabulary.roles.contains(shift.to) { error(factsFile, place + ".roleShift.to", t("\"\(shift.to)\" is geen rol: \(Vocabulary.roles.joined(separator: ", "))", "\"\(shift.to)\" is not a role: \(Vocabulary.roles.joined(separator: ", "))")) }
                checkRef(shift.basis, factsFile, place + ".roleShift.basis")
                checkText(shift.text, factsFile, place + ".roleShift.text")
                if !d.sets.contains(Vocabulary.rolePrefix + shift.to) {
                    error(factsFile, place + ".sets", t("een rolwisseling naar \(shift.to) moet \"\(Vocabulary.rolePrefix)\(shift.to)\" zetten", "a role shift to \(shift.to) must set \"\(Vocabulary.rolePrefix)\(shift.to)\""))
                }
            }
            if let q = d.qualifier {
                if !Vocabulary.riskCategories.contains(q.category) {
                    error(factsFile, place + ".qualifier.category", t("\"\(q.category)\" is geen risicocategorie: \(Vocabulary.riskCategories.joined(separator: ", "))", "\"\(q.category)\" is not a risk category: \(Vocabulary.riskCategories.joined(separator: ", "))"))
                }
                checkText(q.text, factsFile, place + ".qualifier.text")
            }
            checkSources(d.sources, factsFile, place, required: d.grounds != nil || d.roleShift != nil || d.qualifier != nil)
        }
    }

    // MARK: - Steps

    mutating func checkStep(_ step: Step, index: Int, file: String, declared: Set<String>) {
        checkText(step.title, file, "title")
        if let intro = step.intro { checkText(intro, file, "intro") }
        checkRoute(step.start, in: index, file, "start", declared: declared)
        for question in step.questions {
            let place = "questions[\(question.id)]"
            if (questionCounts[question.id] ?? 0) > 1 {
                error(file, place, t("dubbele vraag-id \"\(question.id)\" (vraag-ids zijn uniek over alle stappen)", "duplicate question id \"\(question.id)\" (question ids are unique across all steps)"))
            }
            if question.id == Route.end { error(file, place, t("\"end\" is gereserveerd voor routes", "\"end\" is reserved for routes")) }
            checkText(question.text, file, place + ".text")
            if let help = question.help { checkText(help, file, place + ".help") }
            if let why = question.why { checkText(why, file, place + ".why") }
            for (i, variant) in (question.variants ?? []).enumerated() {
                let vplace = place + ".variants[\(i)]"
                checkCondition(variant.when, file, vplace + ".when", declared: declared)
                checkText(variant.text, file, vplace + ".text")
                if let help = variant.help { checkText(help, file, vplace + ".help") }
            }
            checkSources(question.sources, file, place, required: true)
            if question.options.count < 2 { error(file, place + ".options", t("een vraag heeft ten minste twee opties nodig", "a question needs at least two options")) }
            var optionIds: Set<String> = []
            for option in question.options {
                let oplace = place + ".options[\(option.id)]"
                if !optionIds.insert(option.id).inserted { error(file, oplace, t("dubbele optie-id \"\(option.id)\"", "duplicate option id \"\(option.id)\"")) }
                checkText(option.text, file, oplace + ".text")
                if let help = option.help { checkText(help, file, oplace + ".help") }
                if let reason = option.reviewReason { checkText(reason, file, oplace + ".reviewReason") }
                checkRefs(option.refs ?? [], file, oplace + ".refs")
                for f in option.sets ?? [] where !declared.contains(f) { error(file, oplace + ".sets", t("zet niet-gedeclareerd feit \"\(f)\"", "sets undeclared fact \"\(f)\"")) }
                for (i, g) in (option.grounds ?? []).enumerated() {
                    checkGround(g, file, oplace + ".grounds[\(i)]", declared: declared, needsText: false)
                }
                checkSources(option.sources, file, oplace, required: false)
                if option.isUnsure && !question.isJudgement {
                    warning(file, oplace, t("een optie \"weet ik niet zeker\" bij een vraag die niet als \"judgement\" is gemarkeerd", "a \"not sure\" option on a question not marked \"judgement\""))
                }
                switch question.kind {
                case .multi:
                    if option.next != nil { error(file, oplace + ".next", t("opties van een meerkeuzevraag kunnen niet routeren; routeer op de vraag met voorwaarden", "options of a multiple-choice question cannot route; route on the question with conditions")) }
                case .single:
                    if option.next == nil && question.next == nil { error(file, oplace, t("geen route: geef de optie of de vraag een \"next\"", "no route: give the option or the question a \"next\"")) }
                    if option.isExclusive { warning(file, oplace, t("\"exclusive\" betekent niets bij een vraag met één antwoord", "\"exclusive\" has no meaning on a single-choice question")) }
                }
                if let next = option.next { checkRoute(next, in: index, file, oplace + ".next", declared: declared) }
            }
            if question.kind == .multi && question.next == nil { error(file, place, t("een meerkeuzevraag heeft een \"next\" nodig", "a multiple-choice question needs a \"next\"")) }
            if let next = question.next { checkRoute(next, in: index, file, place + ".next", declared: declared) }
            if question.isJudgement && !question.options.contains(where: \.isUnsure) {
                error(file, place, t("een beoordelingsvraag moet een optie \"weet ik niet zeker\" bieden (\"unsure\": true)", "a judgement question must offer a \"not sure\" option (\"unsure\": true)"))
            }
        }
    }

    mutating func checkRoute(_ route: Route, in stepIndex: Int, _ file: String, _ place: String, declared: Set<String>) {
        if case .branches(let branches) = route {
            if branches.isEmpty { error(file, place, t("een lege lijst van takken", "an empty list of branches")) }
            if let last = branches.last, last.when != nil {
                error(file, place, t("de laatste tak mag geen \"when\" hebben, zodat de route altijd uitkomt", "the last branch must have no \"when\", so the route always resolves"))
            }
            for (i, b) in branches.enumerated() {
                if let c = b.when { checkCondition(c, file, place + "[\(i)].when", declared: declared) }
                if i < branches.count - 1 && b.when == nil { warning(file, place + "[\(i)]", t("een tak zonder \"when\" vóór de laatste: de takken erna worden nooit genomen", "a branch without \"when\" before the last: the branches after it are never taken")) }
            }
        }
        for target in route.targets where target != Route.end && stepQuestions[stepIndex][target] == nil {
            let elsewhere = anyQuestion(target).map {
                t(" (die staat in stap \($0.step.step); routes blijven binnen een stap)", " (it is in step \($0.step.step); routes stay within a step)")
            } ?? ""
            error(file, place, t("route naar onbekende vraag \"\(target)\"\(elsewhere)", "route to unknown question \"\(target)\"\(elsewhere)"))
        }
    }

    /// Cycles, unreachable questions and the number of paths from start to end: one iterative
    /// depth-first walk (no recursion, so a long chain cannot overflow the stack), each question
    /// visited once.
    mutating func checkGraph(_ step: Step, index: Int, file: String) -> Double {
        let byId = stepQuestions[index]
        func successors(_ q: Question) -> [String] {
            var targets: [String] = q.next?.targets ?? []
            if q.kind == .single { for o in q.options { targets += (o.next ?? q.next)?.targets ?? [] } }
            var seen: Set<String> = []
            return targets.filter { seen.insert($0).inserted && ($0 == Route.end || byId[$0] != nil) }
        }
        struct Frame { var id: String; var successors: [String]; var next = 0; var total: Double = 0 }
        var memo: [String: Double] = [Route.end: 1]
        var stack: [Frame] = []
        var position: [String: Int] = [:]
        var reported: Set<String> = []
        /// The number of paths from ROOT to the end.
        func count(_ root: String) -> Double {
            if let known = memo[root] { return known }
            guard let q = byId[root] else { return 0 }
            stack = [Frame(id: root, successors: successors(q))]
            position = [root: 0]
            var result: Double = 0
            while !stack.isEmpty {
                let top = stack.count - 1
                if stack[top].next < stack[top].successors.count {
                    let id = stack[top].successors[stack[top].next]
                    stack[top].next += 1
                    if let known = memo[id] { stack[top].total += known; continue }
                    if let at = position[id] {
                        let cycle = (stack[at...].map(\.id) + [id]).joined(separator: " → ")
                        if reported.insert(cycle).inserted { error(file, "questions[\(id)]", t("cyclus: \(cycle)", "cycle: \(cycle)")) }
                        continue
                    }
                    guard let q = byId[id] else { continue }
                    position[id] = stack.count
                    stack.append(Frame(id: id, successors: successors(q)))
                } else {
                    let done = stack.removeLast()
                    position[done.id] = nil
                    memo[done.id] = done.total
                    if stack.isEmpty { result = done.total } else { stack[stack.count - 1].total += done.total }
                }
            }
            return result
        }
        let starts = Array(Set(step.start.targets)).sorted()
        let paths = starts.filter { $0 == Route.end || byId[$0] != nil }.reduce(0) { $0 + count($1) }
        for q in step.questions where memo[q.id] == nil {
            error(file, "questions[\(q.id)]", t("onbereikbaar: geen route vanaf het begin van de stap komt hier", "unreachable: no route from the step's start leads here"))
        }
        return paths
    }

    // MARK: - Obligations and notes

    mutating func checkDates(_ branches: [DatedBranch], _ place: String, declared: Set<String>) {
        if branches.isEmpty { error(obligationsFile, place, t("heeft ten minste één datum nodig", "needs at least one date")) }
        if let last = branches.last, last.when != nil {
            error(obligationsFile, place, t("de laatste datumtak mag geen \"when\" hebben", "the last date branch must have no \"when\""))
        }
        for (i, b) in branches.enumerated() {
            let bplace = place + "[\(i)]"
            checkDate(b.date, obligationsFile, bplace + ".date")
            if let d = b.originalDate { checkDate(d, obligationsFile, bplace + ".originalDate") }
            if let basis = b.basis { checkRef(basis, obligationsFile, bplace + ".basis") }
            if let note = b.note { checkText(note, obligationsFile, bplace + ".note") }
            if let condition = b.condition {
                checkText(condition, obligationsFile, bplace + ".condition")
                if b.when == nil {
                    error(obligationsFile, bplace + ".condition", t("een datumtak met \"condition\" heeft een \"when\" nodig: anders is de verplichting altijd voorwaardelijk", "a date branch with a \"condition\" needs a \"when\": otherwise the obligation is always conditional"))
                }
            }
            if let c = b.when { checkCondition(c, obligationsFile, bplace + ".when", declared: declared) }
        }
    }

    mutating func checkObligations(declared: Set<String>) {
        let usedSchedules = Set(rules.obligations.compactMap(\.schedule))
        for name in rules.schedules.keys.sorted() {
            checkDates(rules.schedules[name]!, "schedules[\(name)]", declared: declared)
            if !usedSchedules.contains(name) {
                warning(obligationsFile, "schedules[\(name)]", t("geen verplichting gebruikt dit schema", "no obligation uses this schedule"))
            }
        }
        var ids: Set<String> = []
        for o in rules.obligations {
            let place = "obligations[\(o.id)]"
            if !ids.insert(o.id).inserted { error(obligationsFile, place, t("dubbele verplichting-id \"\(o.id)\"", "duplicate obligation id \"\(o.id)\"")) }
            if !Vocabulary.roles.contains(o.role) { error(obligationsFile, place + ".role", t("\"\(o.role)\" is geen rol: \(Vocabulary.roles.joined(separator: ", "))", "\"\(o.role)\" is not a role: \(Vocabulary.roles.joined(separator: ", "))")) }
            if !Vocabulary.obligationCategories.contains(o.category) {
                error(obligationsFile, place + ".category", t("\"\(o.category)\" is geen categorie: \(Vocabulary.obligationCategories.joined(separator: ", "))", "\"\(o.category)\" is not a category: \(Vocabulary.obligationCategories.joined(separator: ", "))"))
            }
            checkText(o.title, obligationsFile, place + ".title")
            checkText(o.summary, obligationsFile, place + ".summary")
            if o.articles.isEmpty { error(obligationsFile, place + ".articles", t("een verplichting moet ten minste één artikel noemen", "an obligation must cite at least one article")) }
            checkRefs(o.articles, obligationsFile, place + ".articles")
            if let c = o.when { checkCondition(c, obligationsFile, place + ".when", declared: declared) }
            if o.schedule == nil { checkDates(o.appliesFrom, place + ".appliesFrom", declared: declared) }
            if let id = o.algoritmekader, id.range(of: #"^aia-[0-9]{2}$"#, options: .regularExpression) == nil {
                error(obligationsFile, place + ".algoritmekader", t("verwacht een Algoritmekader-id zoals \"aia-05\"", "expected an Algoritmekader id like \"aia-05\""))
            }
            checkSources(o.sources, obligationsFile, place, required: true)
        }
    }

    mutating func checkNotes(declared: Set<String>) {
        var ids: Set<String> = []
        for n in rules.notes {
            let place = "notes[\(n.id)]"
            if !ids.insert(n.id).inserted { error(notesFile, place, t("dubbele aandachtspunt-id \"\(n.id)\"", "duplicate note id \"\(n.id)\"")) }
            checkCondition(n.when, notesFile, place + ".when", declared: declared)
            checkText(n.text, notesFile, place + ".text")
            checkRefs(n.articles ?? [], notesFile, place + ".articles")
            if (n.articles ?? []).isEmpty && (n.sources ?? []).isEmpty {
                error(notesFile, place, t("een aandachtspunt heeft bronnen of artikelen nodig", "a note needs sources or articles"))
            }
            checkSources(n.sources, notesFile, place, required: false)
        }
    }

    // MARK: - Building blocks

    mutating func checkGround(_ g: Ground, _ file: String, _ place: String, declared: Set<String>, needsText: Bool) {
        if !Vocabulary.riskCategories.contains(g.category) {
            error(file, place + ".category", t("\"\(g.category)\" is geen risicocategorie: \(Vocabulary.riskCategories.joined(separator: ", "))", "\"\(g.category)\" is not a risk category: \(Vocabulary.riskCategories.joined(separator: ", "))"))
        }
        checkRef(g.basis, file, place + ".basis")
        if let text = g.text { checkText(text, file, place + ".text") } else if needsText { error(file, place, t("een grond heeft een tekst nodig", "a ground needs a text")) }
        if let c = g.when { checkCondition(c, file, place + ".when", declared: declared) }
    }

    mutating func checkCondition(_ c: Condition, _ file: String, _ place: String, declared: Set<String>) {
        for f in c.facts.sorted() where !declared.contains(f) {
            error(file, place, t("test niet-gedeclareerd feit \"\(f)\"", "tests undeclared fact \"\(f)\""))
        }
        for (q, options) in c.answerRefs {
            guard let question = anyQuestion(q)?.question else {
                error(file, place, t("test het antwoord op onbekende vraag \"\(q)\"", "tests the answer to unknown question \"\(q)\"")); continue
            }
            for o in options where question.option(o) == nil {
                error(file, place, t("test onbekende optie \"\(o)\" van vraag \"\(q)\"", "tests unknown option \"\(o)\" of question \"\(q)\""))
            }
        }
        for d in c.dates { checkDate(d, file, place) }
        func empty(_ c: Condition) -> Bool {
            switch c {
            case .all(let l), .any(let l): return l.isEmpty || l.contains(where: empty)
            case .not(let x): return empty(x)
            default: return false
            }
        }
        if empty(c) { error(file, place, t("een lege \"all\" of \"any\"", "an empty \"all\" or \"any\"")) }
    }

    mutating func checkText(_ text: LocalizedText, _ file: String, _ place: String) {
        for language in text.missingLanguages {
            error(file, place, t("vertaling \"\(language.rawValue)\" ontbreekt", "missing translation \"\(language.rawValue)\""))
        }
    }

    mutating func checkRefs(_ refs: [String], _ file: String, _ place: String) {
        for ref in refs { checkRef(ref, file, place) }
    }

    mutating func checkRef(_ ref: String, _ file: String, _ place: String) {
        if !ArticleRef.isValid(ref) {
            error(file, place, t("\"\(ref)\" is geen artikelverwijzing in de vaste notatie (bijvoorbeeld \"Art. 5(1)(a)\", \"Annex III(4)(a)\")", "\"\(ref)\" is not an article reference in the contract's notation (e.g. \"Art. 5(1)(a)\", \"Annex III(4)(a)\")"))
        }
    }

    mutating func checkSources(_ sources: [Source]?, _ file: String, _ place: String, required: Bool) {
        if required && (sources ?? []).isEmpty { error(file, place + ".sources", t("bronnen zijn verplicht", "sources are required")) }
        for (i, s) in (sources ?? []).enumerated() {
            let splace = place + ".sources[\(i)]"
            if s.ref == nil && s.seed == nil && s.text == nil { error(file, splace, t("een bron heeft een ref, een seed of een text nodig", "a source needs a ref, a seed or a text")) }
            if let ref = s.ref { checkRef(ref, file, splace + ".ref") }
            if let seed = s.seed, seed.range(of: #"^[0-9]{3}$"#, options: .regularExpression) == nil {
                error(file, splace + ".seed", t("een seed heet naar zijn eerste drie cijfers, bijvoorbeeld \"000\"", "a seed is named by its first three digits, e.g. \"000\""))
            } else if let seed = s.seed, let seeds = rules.manifest.seeds, seeds[seed] == nil {
                error(file, splace + ".seed", t("seed \"\(seed)\" heeft geen naam in rules.json `seeds`", "seed \"\(seed)\" is not named in rules.json `seeds`"))
            }
        }
    }

    mutating func checkDate(_ date: String, _ file: String, _ place: String) {
        if !ISODate.isValid(date) { error(file, place, t("\"\(date)\" is geen datum (JJJJ-MM-DD)", "\"\(date)\" is not a date (YYYY-MM-DD)")) }
    }
}

/// ISO 8601 calendar dates (`YYYY-MM-DD`).
public enum ISODate {
    public static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        // Digits only: `Int("+001")` would take a sign.
        guard text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || $0 == "-" }), text.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m) else { return false }
        let days = [31, (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return (1...days[m - 1]).contains(d)
    }

    /// Today in the local time zone.
    public static func today(_ now: Date = Date()) -> String {
        let c = Calendar(identifier: .gregorian).dateComponents(in: .current, from: now)
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }
}
