import Foundation

/// Checks on what the rules cite and how they word it: guidance carries its status and date (a
/// draft is a warning), amending acts name valid provisions, the pending condition names declared
/// facts, and Dutch texts use the regulation's own terms.
extension RulesLinter {
    /// Words that mark a source as guidance (Commission guidelines and the like).
    static let guidanceMarkers = ["guideline", "guidance", "richtsnoer", "leidraad", "handreiking"]

    /// Spellings the Dutch text of the regulation does not use, with the term it does use.
    static let dutchTerms: [(avoid: String, use: String)] = [
        ("hoog-risico", "AI-systeem met een hoog risico"),
        ("hoogrisico", "AI-systeem met een hoog risico"),
        ("realtime biometrische", "biometrische identificatie op afstand in real time"),
        ("private entiteit", "particuliere entiteit die openbare diensten verleent"),
        ("melden dat zij met", "mensen informeren dat zij met een AI-systeem interageren"),
        ("kinderpornografisch", "materiaal van seksueel misbruik van kinderen"),
    ]

    mutating func checkGuidanceAndWording() {
        let manifest = RulesLoader.manifestFile
        for (file, place, sources) in everySource() {
            for (i, source) in sources.enumerated() {
                let at = "\(place).sources[\(i)]"
                if let status = source.status {
                    if status != "final" && status != "draft" {
                        error(file, at + ".status", t("\"\(status)\" is geen status: final, draft", "\"\(status)\" is not a status: final, draft"))
                    }
                    if status == "draft" {
                        warning(file, at, t("citeert een ontwerp (\(source.text ?? source.ref ?? "")): controleer of er een definitieve versie is",
                                            "cites a draft (\(source.text ?? source.ref ?? "")): check whether a final version exists"))
                    }
                    if source.date.map(ISODate.isValid) != true {
                        error(file, at + ".date", t("een bron met een status heeft een datum (JJJJ-MM-DD) nodig", "a source with a status needs a date (YYYY-MM-DD)"))
                    }
                } else if let text = source.text?.lowercased(), Self.guidanceMarkers.contains(where: text.contains) {
                    error(file, at, t("richtsnoeren en andere guidance vermelden hun status (final of draft) en datum",
                                      "guidelines and other guidance carry their status (final or draft) and date"))
                } else if source.date != nil {
                    error(file, at + ".date", t("een datum hoort bij een bron met een status", "a date belongs to a source with a status"))
                }
            }
        }
        for (i, act) in (rules.manifest.sourceUrls?.amending ?? []).enumerated() {
            let at = "sourceUrls.amending[\(i)]"
            if act.url.isEmpty { error(manifest, at + ".url", t("lege URL", "empty URL")) }
            for ref in act.provisions where !ArticleRef.isValid(ref) {
                error(manifest, at + ".provisions", t("\"\(ref)\" is geen artikelverwijzing", "\"\(ref)\" is not an article reference"))
            }
        }
        if let pending = rules.manifest.scope.pendingWhen {
            let declared = Set(rules.facts.facts.map(\.id))
            for fact in Self.facts(in: pending) where !declared.contains(fact) {
                error(manifest, "scope.pendingWhen", t("feit \"\(fact)\" is niet gedeclareerd", "fact \"\(fact)\" is not declared"))
            }
        }
        for (file, place, text) in everyDutchText() {
            let lower = text.lowercased()
            for term in Self.dutchTerms where lower.contains(term.avoid) {
                warning(file, place, t("\"\(term.avoid)\": de verordening zegt \"\(term.use)\"", "\"\(term.avoid)\": the regulation says \"\(term.use)\""))
            }
        }
    }

    static func facts(in condition: Condition) -> [String] {
        switch condition {
        case .fact(let f): return [f]
        case .all(let l), .any(let l): return l.flatMap(facts(in:))
        case .not(let c): return facts(in: c)
        case .answer, .onOrAfter, .always: return []
        }
    }

    /// Every list of sources in the rules, with its file and place.
    func everySource() -> [(String, String, [Source])] {
        var out: [(String, String, [Source])] = []
        for (index, step) in rules.steps.enumerated() {
            let file = rules.stepFiles[index]
            out.append((file, "sources", step.sources ?? []))
            for q in step.questions {
                out.append((file, "questions[\(q.id)]", q.sources ?? []))
                for o in q.options { out.append((file, "questions[\(q.id)].options[\(o.id)]", o.sources ?? [])) }
            }
        }
        for d in rules.facts.derivations { out.append((rules.manifest.files.facts, "derivations[\(d.id)]", d.sources ?? [])) }
        for o in rules.obligations { out.append((rules.manifest.files.obligations, "obligations[\(o.id)]", o.sources ?? [])) }
        for n in rules.notes { out.append((rules.manifest.files.notes, "notes[\(n.id)]", n.sources ?? [])) }
        return out
    }

    /// Every Dutch user-facing text in the rules, with its file and place.
    func everyDutchText() -> [(String, String, String)] {
        var out: [(String, String, String)] = []
        func add(_ file: String, _ place: String, _ text: LocalizedText?) { if let text { out.append((file, place, text.text(.nl))) } }
        for (index, step) in rules.steps.enumerated() {
            let file = rules.stepFiles[index]
            add(file, "title", step.title)
            add(file, "intro", step.intro)
            for q in step.questions {
                let p = "questions[\(q.id)]"
                add(file, p + ".text", q.text); add(file, p + ".help", q.help); add(file, p + ".why", q.why)
                for o in q.options {
                    add(file, p + ".options[\(o.id)].text", o.text); add(file, p + ".options[\(o.id)].help", o.help)
                    add(file, p + ".options[\(o.id)].reviewReason", o.reviewReason)
                    for g in o.grounds ?? [] { add(file, p + ".options[\(o.id)].grounds", g.text) }
                }
            }
        }
        let facts = rules.manifest.files.facts
        for f in rules.facts.facts { add(facts, "facts[\(f.id)]", f.text) }
        for d in rules.facts.derivations {
            for g in d.grounds ?? [] { add(facts, "derivations[\(d.id)].grounds", g.text) }
            if let shift = d.roleShift { add(facts, "derivations[\(d.id)].roleShift", shift.text) }
        }
        let obligations = rules.manifest.files.obligations
        for o in rules.obligations {
            add(obligations, "obligations[\(o.id)].title", o.title); add(obligations, "obligations[\(o.id)].summary", o.summary)
            for b in o.appliesFrom { add(obligations, "obligations[\(o.id)].appliesFrom", b.note) }
        }
        for n in rules.notes { add(rules.manifest.files.notes, "notes[\(n.id)]", n.text) }
        for r in rules.manifest.scope.reasons { add(RulesLoader.manifestFile, "scope.reasons[\(r.id)]", r.text) }
        return out
    }
}
