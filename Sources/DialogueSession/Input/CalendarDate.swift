import Foundation

/// A date typed in a meeting, read as a real calendar day: ISO (2026-12-17), Dutch and
/// European forms (17-12-2026, 17/12/2026, 17.12.2026) and a few words relative to the
/// meeting's day (today, tomorrow, next week, in 3 weeks; vandaag, morgen, volgende week,
/// over 3 weken). Anything else is refused with the forms it takes, never kept as text.
public struct CalendarDate: Sendable, Equatable, Comparable {
    /// The year.
    public var year: Int
    /// The month, 1–12.
    public var month: Int
    /// The day of the month.
    public var day: Int

    /// A date, or nil when it is not a day of the Gregorian calendar (2026-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Timestamp.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// A date the calendar arithmetic produced, valid by construction.
    private init(civilYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// 1970-01-01, for when no other day is known.
    public static let epoch = CalendarDate(civilYear: 1970, month: 1, day: 1)

    /// The date as ISO 8601 text: 2026-12-17.
    public var iso: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Reads ISO text such as 2026-12-17; nil for anything else.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The date `days` later (earlier when negative).
    public func adding(days: Int) -> CalendarDate {
        let date = Timestamp.civil(fromDays: Timestamp.daysSinceEpoch(year: year, month: month, day: day) + days)
        return CalendarDate(civilYear: date.year, month: date.month, day: date.day)
    }

    /// Orders dates in time.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Why a typed date was not understood, with the forms that are.
    public struct Problem: Error, Equatable, Sendable {
        /// What was typed.
        public var typed: String
        /// Whether the text looked like a date but names no calendar day (31-02-2027).
        public var notACalendarDay: Bool
    }

    /// Reads `text` typed in a meeting held on `today`.
    public static func parse(_ text: String, today: CalendarDate) -> Result<CalendarDate, Problem> {
        let typed = text.trimmingWhitespace()
        let folded = typed.lowercased()
        if let relative = relative(folded, today: today) { return .success(relative) }
        if let iso = CalendarDate(iso: typed) { return .success(iso) }
        // Day first: 17-12-2026, 17/12/2026, 17.12.2026 (a two-digit year is 20xx).
        let parts = typed.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        if parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigit) }),
            let first = Int(parts[0]), let second = Int(parts[1]), var year = Int(parts[2])
        {
            if parts[0].count == 4 {
                return CalendarDate(year: first, month: second, day: year).map { .success($0) }
                    ?? .failure(Problem(typed: typed, notACalendarDay: true))
            }
            if parts[2].count == 2 { year += 2000 }
            guard parts[2].count == 4 || parts[2].count == 2 else {
                return .failure(Problem(typed: typed, notACalendarDay: false))
            }
            return CalendarDate(year: year, month: second, day: first).map { .success($0) }
                ?? .failure(Problem(typed: typed, notACalendarDay: true))
        }
        return .failure(Problem(typed: typed, notACalendarDay: false))
    }

    /// Words for days relative to `today`, in English and Dutch.
    private static func relative(_ text: String, today: CalendarDate) -> CalendarDate? {
        switch text {
        case "today", "vandaag": return today
        case "tomorrow", "morgen": return today.adding(days: 1)
        case "next week", "volgende week": return today.adding(days: 7)
        case "in two weeks", "over twee weken": return today.adding(days: 14)
        default: break
        }
        // "in 3 days", "in 2 weeks", "over 3 dagen", "over 2 weken".
        let words = text.split(separator: " ")
        guard words.count == 3, words[0] == "in" || words[0] == "over", let count = Int(words[1]),
            (1...366).contains(count)
        else { return nil }
        switch words[2] {
        case "day", "days", "dag", "dagen": return today.adding(days: count)
        case "week", "weeks", "weken": return count <= 52 ? today.adding(days: 7 * count) : nil
        default: return nil
        }
    }
}

extension Character {
    /// Whether the character is one of the ASCII digits 0–9.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
