import Foundation

/// One of the guide's four steps: a decision tree of questions.
public struct Step: Decodable, Hashable, Sendable {
    public var step: Int
    public var id: String
    public var title: LocalizedText
    public var intro: LocalizedText?
    public var sources: [Source]?
    public var start: Route
    public var questions: [Question]

    public func question(_ id: String) -> Question? { questions.first { $0.id == id } }
}
