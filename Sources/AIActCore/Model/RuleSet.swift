import Foundation

/// A complete, decoded rules set: the manifest and every part it names.
public struct RuleSet: Sendable {
    /// The newest rules format this engine reads.
    public static let supportedFormatVersion = 1

    public var manifest: Manifest
    public var facts: FactsFile
    public var steps: [Step]
    public var obligations: [Obligation]
    /// The shared date schedules (already resolved into each obligation's `appliesFrom`).
    public var schedules: [String: [DatedBranch]]
    public var notes: [Note]
    /// Where the rules came from: `embedded` or a folder path.
    public var origin: String
    /// The file each step was read from, in step order (for messages).
    public var stepFiles: [String]

    public var version: String { manifest.version }

    /// The question with this id, and its step.
    public func question(_ id: String) -> (step: Step, question: Question)? {
        for step in steps { if let q = step.question(id) { return (step, q) } }
        return nil
    }

    /// Every question in step order.
    public var allQuestions: [(step: Step, question: Question)] {
        steps.flatMap { step in step.questions.map { (step, $0) } }
    }
}

/// The contract's fixed vocabularies.
public enum Vocabulary {
    public static let systemTypes = ["gpai-model", "gpai-system", "ai-system", "not-ai"]
    public static let riskCategories = ["prohibited", "high-risk", "transparency", "gpai", "gpai-systemic-risk"]
    public static let roles = ["provider", "deployer", "importer", "distributor", "authorised-representative"]
    /// Obligation categories: the risk categories, `minimal`, and `all` (whatever the category).
    public static let obligationCategories = riskCategories + ["minimal", "all"]

    public static let systemTypePrefix = "systemType:"
    public static let riskCategoryPrefix = "riskCategory:"
    public static let rolePrefix = "role:"
}
