import Foundation

/// Where the walk goes next: a question id of the same step, `end`, or conditional branches.
public enum Route: Decodable, Hashable, Sendable {
    /// The id that ends a step.
    public static let end = "end"

    case goto(String)
    case branches([Branch])

    /// One conditional branch of a route; the first whose `when` holds wins.
    public struct Branch: Decodable, Hashable, Sendable {
        public var when: Condition?
        public var goto: String
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let target = try? container.decode(String.self) {
            self = .goto(target)
        } else {
            self = .branches(try container.decode([Branch].self))
        }
    }

    /// Every target this route can lead to.
    public var targets: [String] {
        switch self {
        case .goto(let t): return [t]
        case .branches(let b): return b.map(\.goto)
        }
    }

    /// Every condition in the route.
    public var conditions: [Condition] {
        switch self {
        case .goto: return []
        case .branches(let b): return b.compactMap(\.when)
        }
    }
}
