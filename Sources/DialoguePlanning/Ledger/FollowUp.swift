import Foundation

/// The follow-up meeting agreed at the end.
public struct FollowUp: Sendable, Codable, Equatable {
    /// YYYY-MM-DD.
    public var date: String
    /// HH:MM, local to the session's time zone.
    public var time: String?
    public var minutes: Int
    public var note: String

    public init(date: String, time: String? = nil, minutes: Int, note: String) {
        self.date = date
        self.time = time
        self.minutes = minutes
        self.note = note
    }
}
