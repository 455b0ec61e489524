import Foundation

/// Times of day and durations as a facilitator reads them, in the meeting's time zone.
public struct MeetingClock: Sendable {
    /// The meeting's time zone.
    public let zone: TimeZone

    /// A clock in the zone `timeZone` (UTC when it is not known).
    public init(timeZone: String) {
        zone = TimeZone(identifier: timeZone) ?? TimeZone(secondsFromGMT: 0) ?? .current
    }

    private func components(_ date: Date) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    }

    /// "13:30".
    public func time(_ date: Date) -> String {
        let parts = components(date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    /// "2026-12-03".
    public func day(_ date: Date) -> String {
        let parts = components(date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// "12 min", "1½ min", "2 h 05 min"; in Dutch "2 uur 5 min", "2 uur".
    public static func duration(_ seconds: Int, in language: String = "en") -> String {
        let minutes = Double(seconds) / 60
        if minutes >= 90 {
            let whole = Int(minutes.rounded())
            if language == "nl" { return "\(whole / 60) uur" + (whole % 60 == 0 ? "" : " \(whole % 60) min") }
            return String(format: "%d h %02d min", whole / 60, whole % 60)
        }
        let half = (minutes * 2).rounded() / 2
        if half == half.rounded(.down) { return "\(Int(half)) min" }
        return half < 1 ? "½ min" : "\(Int(half))½ min"
    }
}
