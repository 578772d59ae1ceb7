import Foundation

/// One answer file read for `assess` or the wizard: decoded and assessed, with messages that name
/// the file (`<stdin>` for `-`).
public enum AnswerInput {
    public static func label(_ path: String) -> String { path == "-" ? "<stdin>" : path }

    public static func decode(_ data: Data, path: String, language: Language) throws(UsageError) -> AnswerFile {
        do { return try AnswerFile.decode(data, file: label(path)) } catch let error as RulesError {
            throw .message(error.message(language))
        } catch { throw .message("\(label(path)): \(error)") }
    }

    /// Validates and evaluates; answer problems become one message listing them all.
    public static func assess(_ file: AnswerFile, label: String, rules: RuleSet, date: String, language: Language) throws(UsageError) -> Assessment {
        do { return try Assessor.assess(file, rules: rules, date: date, language: language) } catch let invalid as Assessor.InvalidAnswers {
            throw .invalidAnswers(file: label, problems: invalid.problems.map(\.description))
        } catch let error as EngineError {
            throw .rules(origin: rules.origin, error)
        } catch { throw .message("\(label): \(error)") }
    }
}
