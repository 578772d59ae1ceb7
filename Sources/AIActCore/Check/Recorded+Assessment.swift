import Foundation

extension Recorded {
    /// The classification of an assessment as `check --record` writes it.
    public init(_ assessment: Assessment) {
        self.init(rulesVersion: assessment.rules.version, systemType: assessment.systemType,
                  riskCategories: assessment.riskCategories, roles: assessment.roles)
    }
}
