import Foundation

/// The decision trees as a Mermaid flowchart or a Graphviz digraph.
public struct RulesGraph {
    public enum Format: String, Sendable { case mermaid, dot }

    public let rules: RuleSet
    public let language: Language

    public init(rules: RuleSet, language: Language) {
        self.rules = rules
        self.language = language
    }

    struct Edge: Hashable { var from: String; var to: String; var label: String }

    private func node(_ id: String) -> String {
        "q_" + id.map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
    }

    private func edges(_ step: Step) -> [Edge] {
        let startNode = "s\(step.step)_start"
        let endNode = "s\(step.step)_end"
        func target(_ t: String) -> String { t == Route.end ? endNode : node(t) }
        func routeEdges(_ route: Route, from: String, label: String) -> [Edge] {
            switch route {
            case .goto(let t): return [Edge(from: from, to: target(t), label: label)]
            case .branches(let branches):
                return branches.map { b in
                    let condition = b.when.map { ConditionDescriber(rules: rules, language: language).describe($0) }
                    let parts = [label, condition].compactMap { $0 }.filter { !$0.isEmpty }
                    return Edge(from: from, to: target(b.goto), label: parts.joined(separator: ": "))
                }
            }
        }
        var out = routeEdges(step.start, from: startNode, label: "")
        for q in step.questions {
            if q.kind == .single {
                for o in q.options {
                    if let route = o.next ?? q.next { out += routeEdges(route, from: node(q.id), label: o.id) }
                }
            } else if let next = q.next {
                out += routeEdges(next, from: node(q.id), label: "")
            }
        }
        // Merge parallel edges into one with the labels joined.
        var merged: [Edge] = []
        for e in out {
            if let i = merged.firstIndex(where: { $0.from == e.from && $0.to == e.to }) {
                if !e.label.isEmpty { merged[i].label += merged[i].label.isEmpty ? e.label : ", " + e.label }
            } else {
                merged.append(e)
            }
        }
        return merged
    }

    public func render(_ format: Format) -> String {
        switch format {
        case .mermaid: return mermaid()
        case .dot: return dot()
        }
    }

    private func escape(_ s: String, limit: Int = 70) -> String {
        let short = s.count > limit ? String(s.prefix(limit - 1)) + "…" : s
        return short.replacingOccurrences(of: "\"", with: "'").replacingOccurrences(of: "\n", with: " ")
    }

    func mermaid() -> String {
        var lines = ["flowchart TD"]
        for (index, step) in rules.steps.enumerated() {
            lines.append("  subgraph step\(step.step)[\"\(step.step). \(escape(step.title.text(language)))\"]")
            lines.append("    s\(step.step)_start((\"start\"))")
            for q in step.questions {
                lines.append("    \(node(q.id))[\"\(q.id)<br/>\(escape(q.text.text(language)))\"]")
            }
            lines.append("    s\(step.step)_end((\"end\"))")
            for e in edges(step) {
                lines.append(e.label.isEmpty ? "    \(e.from) --> \(e.to)" : "    \(e.from) -->|\"\(escape(e.label, limit: 60))\"| \(e.to)")
            }
            lines.append("  end")
            if index + 1 < rules.steps.count {
                lines.append("  s\(step.step)_end --> s\(rules.steps[index + 1].step)_start")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func dot() -> String {
        var lines = ["digraph aiact {", "  rankdir=TB;", "  node [shape=box, fontname=\"Helvetica\"];"]
        for (index, step) in rules.steps.enumerated() {
            lines.append("  subgraph cluster_step\(step.step) {")
            lines.append("    label=\"\(step.step). \(escape(step.title.text(language)))\";")
            lines.append("    s\(step.step)_start [label=\"start\", shape=circle];")
            lines.append("    s\(step.step)_end [label=\"end\", shape=doublecircle];")
            for q in step.questions {
                lines.append("    \(node(q.id)) [label=\"\(q.id)\\n\(escape(q.text.text(language)))\"];")
            }
            for e in edges(step) {
                lines.append(e.label.isEmpty ? "    \(e.from) -> \(e.to);" : "    \(e.from) -> \(e.to) [label=\"\(escape(e.label, limit: 60))\"];")
            }
            lines.append("  }")
            if index + 1 < rules.steps.count {
                lines.append("  s\(step.step)_end -> s\(rules.steps[index + 1].step)_start;")
            }
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}
