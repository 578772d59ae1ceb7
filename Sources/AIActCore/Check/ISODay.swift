import Foundation

/// Days as numbers, for lead times: `YYYY-MM-DD` to a day count and back (proleptic Gregorian,
/// no time zones: a date in the rules and `--date` are both calendar days).
public enum ISODay {
    /// The day number of a date (days since 1970-01-01), or nil when it is no valid date.
    public static func number(_ text: String) -> Int? {
        guard ISODate.isValid(text) else { return nil }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        let (y0, m, d) = (parts[0], parts[1], parts[2])
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date of a day number.
    public static func date(_ number: Int) -> String {
        let z = number + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return String(format: "%04d-%02d-%02d", y, m, d)
    }

    /// Days from `from` to `to` (negative when `to` is earlier), or nil when either is no date.
    public static func days(from: String, to: String) -> Int? {
        guard let a = number(from), let b = number(to) else { return nil }
        return b - a
    }
}
