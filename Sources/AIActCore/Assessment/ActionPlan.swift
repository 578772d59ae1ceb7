import Foundation

/// The assessment as an action plan: a summary of at most eight lines (what it is, who you are,
/// what applies now, what comes next and by when, what applies only if something happens, what is
/// left to review) and the obligations grouped by status. Pure; the renderers style and escape it.
public struct ActionPlan: Sendable {
    /// One line of the summary: a label and its value (plain text, not yet made inert).
    public struct Line: Sendable, Hashable {
        public enum Kind: String, Sendable { case classification, roles, now, next, later, conditional, review }
        public var kind: Kind
        public var label: String
        public var value: String
    }

    /// Obligations of one status; upcoming ones per date, conditional ones per condition.
    public struct Group: Sendable {
        public var status: Evaluation.Status
        /// The date of an upcoming group.
        public var date: String?
        /// The condition of a conditional group.
        public var condition: String?
        /// "In force now", "From 2 December 2027 (in 366 days)", "Only if …".
        public var heading: String
        public var items: [Assessment.ObligationItem]
    }

    public var lines: [Line]
    public var groups: [Group]

    public static let maxLines = 8

    public init(_ a: Assessment, rules: RuleSet) {
        let (lines, groups) = Self.build(a, rules: rules)
        self.lines = Array(lines.prefix(Self.maxLines))
        self.groups = groups
    }

    static func build(_ a: Assessment, rules: RuleSet) -> ([Line], [Group]) {
        let lang = Language(rawValue: a.language) ?? .nl
        let w = PlanWords(lang)
        let labels = VocabularyLabels(rules: rules, language: lang)
        var lines: [Line] = []
        var groups: [Group] = []
        guard a.complete else { return ([], []) }

        // 1. Classification with its grounds.
        lines.append(.init(kind: .classification, label: w.classification, value: Self.classification(a, labels: labels, lang: lang, w: w)))
        // 2. Roles (with the role shifts that made them).
        if !a.roles.isEmpty {
            var value = a.roles.map(labels.role).joined(separator: ", ")
            if !a.roleShifts.isEmpty {
                value += " (" + a.roleShifts.map { Citation.text($0.basis, lang) }.joined(separator: "; ") + ")"
            }
            lines.append(.init(kind: .roles, label: a.roles.count == 1 ? w.role : w.roles, value: value))
        }
        guard a.aiAct.applies else {
            if !a.review.isEmpty { lines.append(.init(kind: .review, label: w.review, value: w.reviewCount(a.review.count))) }
            return (lines, [])
        }
        let inForce = a.obligations(.inForce)
        let upcoming = a.obligations(.upcoming)
        let conditional = a.obligations(.conditional)
        // 3. What applies now.
        lines.append(.init(kind: .now, label: w.now, value: w.obligations(inForce.count)))
        // 4. The next deadline: date, days left, what it is.
        let dates = Array(Set(upcoming.map(\.appliesFrom))).sorted()
        if let next = dates.first {
            let items = upcoming.filter { $0.appliesFrom == next }
            lines.append(.init(kind: .next, label: w.next,
                               value: "\(w.dateWithDays(next, from: a.assessedOn)): \(Self.what(items, w: w))"))
            // 5. The later dates, in one line.
            let later = dates.dropFirst().map { date in
                "\(ProseDate.format(date, lang)) (\(w.obligations(upcoming.filter { $0.appliesFrom == date }.count)))"
            }
            if !later.isEmpty { lines.append(.init(kind: .later, label: w.later, value: later.joined(separator: "; "))) }
        }
        // 6. What applies only if something happens.
        if !conditional.isEmpty {
            let conditions = Array(Set(conditional.compactMap(\.condition)))
            var value = w.obligations(conditional.count)
            if conditions.count == 1 {
                // The event, without what follows from it ("; the obligation then applies …").
                let event = conditions[0].components(separatedBy: "; ").first ?? conditions[0]
                value += ": " + Self.lowerFirst(event.hasSuffix(".") ? String(event.dropLast()) : event)
            }
            lines.append(.init(kind: .conditional, label: w.conditional, value: value))
        }
        // 7. Questions left for review.
        if !a.review.isEmpty { lines.append(.init(kind: .review, label: w.review, value: w.reviewCount(a.review.count))) }

        if !inForce.isEmpty { groups.append(.init(status: .inForce, heading: w.inForceHeading(a.assessedOn), items: inForce)) }
        for date in dates {
            groups.append(.init(status: .upcoming, date: date, heading: w.upcomingHeading(date, from: a.assessedOn),
                                items: upcoming.filter { $0.appliesFrom == date }))
        }
        var seen: [String] = []
        for o in conditional where !seen.contains(o.condition ?? "") { seen.append(o.condition ?? "") }
        for condition in seen {
            groups.append(.init(status: .conditional, condition: condition, heading: condition.isEmpty ? w.conditional : condition,
                                items: conditional.filter { ($0.condition ?? "") == condition }))
        }
        return (lines, groups)
    }

    /// "High-risk AI system: Annex III(4)(a) recruitment or selection of persons".
    static func classification(_ a: Assessment, labels: VocabularyLabels, lang: Language, w: PlanWords) -> String {
        guard a.aiAct.applies else {
            return a.systemType == "not-ai" ? labels.systemType("not-ai") + " (" + w.actDoesNotApply + ")" : w.actDoesNotApply
        }
        let parts = a.riskCategories.map { category -> String in
            var label = labels.category(category)
            if let q = a.qualifier(of: category) { label += " (\(q))" }
            let grounds = a.grounds.filter { $0.category == category }
            guard !grounds.isEmpty else { return label }
            return label + ": " + grounds.map { g in
                let short = shortText(g.text)
                let basis = Citation.text(g.basis, lang)
                if short.isEmpty { return basis }
                // A Dutch citation has commas of its own: the words go in brackets.
                return lang == .nl ? "\(basis) (\(lowerFirst(short)))" : "\(basis) \(lowerFirst(short))"
            }.joined(separator: "; ")
        }
        return parts.joined(separator: " · ")
    }

    /// What falls due: one title, or the first two titles and how many more.
    static func what(_ items: [Assessment.ObligationItem], w: PlanWords) -> String {
        let titles = items.map(\.title)
        switch titles.count {
        case 0: return ""
        case 1: return titles[0]
        case 2: return "\(titles[0]); \(titles[1])"
        default: return "\(titles[0]); \(titles[1]) \(w.andMore(titles.count - 2))"
        }
    }

    /// The head of a ground's text: up to its first comma, semicolon or bracket, at most 60 characters.
    static func shortText(_ text: String) -> String {
        var head = text.prefix { !",;(:".contains($0) }.trimmingCharacters(in: .whitespaces)
        if head.count > 60 {
            let cut = head.prefix(60)
            head = (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
        }
        return head
    }

    static func lowerFirst(_ text: String) -> String {
        guard let first = text.first, first.isUppercase,
              text.dropFirst().first.map({ !$0.isUppercase }) ?? true else { return text }
        return first.lowercased() + text.dropFirst()
    }
}

/// The fixed words of the action plan.
public struct PlanWords: Sendable {
    public let language: Language
    public init(_ language: Language) { self.language = language }
    func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    public var summary: String { t("Samenvatting", "Summary") }
    public var classification: String { t("Classificatie", "Classification") }
    public var role: String { t("Rol", "Role") }
    public var roles: String { t("Rollen", "Roles") }
    public var now: String { t("Nu van kracht", "In force now") }
    public var next: String { t("Eerstvolgende termijn", "Next deadline") }
    public var later: String { t("Daarna", "After that") }
    public var conditional: String { t("Alleen als iets gebeurt", "Only if something happens") }
    public var review: String { t("Nog te beoordelen", "Left for review") }
    public var actDoesNotApply: String { t("de AI-verordening is niet van toepassing", "the AI Act does not apply") }

    public func obligations(_ n: Int) -> String {
        n == 1 ? t("1 verplichting", "1 obligation") : t("\(n) verplichtingen", "\(n) obligations")
    }
    public func reviewCount(_ n: Int) -> String {
        n == 1 ? t("1 vraag beantwoord met 'weet ik niet zeker'", "1 question answered 'not sure'")
               : t("\(n) vragen beantwoord met 'weet ik niet zeker'", "\(n) questions answered 'not sure'")
    }
    public func andMore(_ n: Int) -> String { t("en \(n) meer", "and \(n) more") }

    /// "in 366 days", "tomorrow", "today"; "366 days ago" for a date already past.
    public func days(_ n: Int) -> String {
        switch n {
        case 0: return t("vandaag", "today")
        case 1: return t("morgen", "tomorrow")
        case 2...: return t("over \(n) dagen", "in \(n) days")
        case -1: return t("gisteren", "yesterday")
        default: return t("\(-n) dagen geleden", "\(-n) days ago")
        }
    }

    /// "2 December 2027 (in 366 days)".
    public func dateWithDays(_ date: String, from: String) -> String {
        let prose = ProseDate.format(date, language)
        guard let n = ProseDate.days(from: from, to: date) else { return prose }
        return "\(prose) (\(days(n)))"
    }

    public func inForceHeading(_ date: String) -> String {
        t("Nu van kracht (op \(ProseDate.format(date, language)))", "In force now (on \(ProseDate.format(date, language)))")
    }
    public func upcomingHeading(_ date: String, from: String) -> String {
        t("Vanaf \(dateWithDays(date, from: from))", "From \(dateWithDays(date, from: from))")
    }
}
