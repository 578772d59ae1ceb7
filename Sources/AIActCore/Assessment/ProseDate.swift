import Foundation

/// ISO dates (`YYYY-MM-DD`, as in JSON) in the words of a report: "2 december 2027",
/// "2 December 2027"; and the days between two dates. Pure: no clock, no time zone.
public enum ProseDate {
    static let months: [Language: [String]] = [
        .nl: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
              "oktober", "november", "december"],
        .en: ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"],
    ]

    /// The date in words, or the text as it is when it is not an ISO date.
    public static func format(_ iso: String, _ language: Language) -> String {
        guard let (y, m, d) = parse(iso), let names = months[language] else { return iso }
        return "\(d) \(names[m - 1]) \(y)"
    }

    /// Days from `from` to `to` (negative when `to` is earlier); nil when either is not a date.
    public static func days(from: String, to: String) -> Int? {
        guard let a = parse(from), let b = parse(to) else { return nil }
        return dayNumber(b) - dayNumber(a)
    }

    static func parse(_ iso: String) -> (Int, Int, Int)? {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        return (y, m, d)
    }

    /// Days since a fixed origin in the proleptic Gregorian calendar (civil-from-days inverse).
    static func dayNumber(_ date: (Int, Int, Int)) -> Int {
        let (y0, m, d) = date
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe
    }
}
