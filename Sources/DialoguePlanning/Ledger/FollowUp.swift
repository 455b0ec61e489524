import Foundation

/// The follow-up meeting agreed at the end.
public struct FollowUp: Sendable, Codable, Equatable {
    /// YYYY-MM-DD.
    public var date: String
    /// HH:MM, local to the session's time zone.
    public var time: String?
    /// How long the follow-up meeting lasts.
    public var minutes: Int
    /// What it is for.
    public var note: String

    /// A follow-up on `date` (at `time`), `minutes` long, for `note`.
    public init(date: String, time: String? = nil, minutes: Int, note: String) {
        self.date = date
        self.time = time
        self.minutes = minutes
        self.note = note
    }
}
