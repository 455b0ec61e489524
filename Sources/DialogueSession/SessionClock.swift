import Foundation

/// Where "now" comes from. Sessions take their time from a clock so that tests, demos and
/// replays are exact; deadlines are absolute instants, so a resumed session shows the
/// right remaining time.
public protocol SessionClock: Sendable {
    /// The time of the event with sequence number `sequence` (the system clock ignores it).
    func now(sequence: Int) -> Date
}

/// The machine's clock.
public struct SystemClock: SessionClock {
    /// The machine's clock.
    public init() {}
    /// The wall-clock time, whatever the event.
    public func now(sequence: Int) -> Date { Date() }
}

/// A clock for scripts and tests: event `n` happens at `start + n × interval`, whatever
/// the wall clock says, so a session killed and resumed gets the same times.
public struct SequenceClock: SessionClock {
    /// When event 0 happens.
    public let start: Date
    /// Seconds between one event and the next.
    public let interval: TimeInterval

    /// A clock whose event `n` happens at `start + n × interval`.
    public init(start: Date, interval: TimeInterval) {
        self.start = start
        self.interval = interval
    }

    /// `start` plus `sequence` intervals.
    public func now(sequence: Int) -> Date { start.addingTimeInterval(Double(sequence) * interval) }

    /// Parses `sequence:2026-12-03T13:30:00Z:60` (the `DIALOGUE_CLOCK` setting).
    public init?(setting: String) {
        guard setting.hasPrefix("sequence:") else { return nil }
        let body = setting.dropFirst("sequence:".count)
        guard let colon = body.lastIndex(of: ":"), let seconds = Double(body[body.index(after: colon)...]),
            let start = ISO8601DateFormatter().date(from: String(body[..<colon]))
        else { return nil }
        self.init(start: start, interval: seconds)
    }
}
