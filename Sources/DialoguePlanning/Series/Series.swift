import Foundation

/// A process of meetings that build on each other (the Pudasjärvi consultation: inventory →
/// what matters → the chosen theme → the final dialogue): its stages in order, and its
/// meetings, each an agenda held in a session folder, drawing on earlier meetings' results.
public struct Series: Sendable, Equatable {
    /// The newest series format this engine reads.
    public static let currentSchemaVersion = 1
    /// The most meetings one series holds.
    public static let maxMeetings = 200

    /// The series' title.
    public var title: String
    /// The language of its texts (`en`, `nl`).
    public var language: String
    /// What the process is for, in a sentence or two.
    public var purpose: String?
    /// The dialogue stages, in order.
    public var stages: [SeriesStage]
    /// The meetings, in the order they are held.
    public var meetings: [SeriesMeeting]
    /// The series file it was read from.
    public var file: String

    /// The meeting with `id`, if any.
    public func meeting(_ id: String) -> SeriesMeeting? { meetings.first { $0.id == id } }

    /// The meetings held before `id`, in order.
    public func meetings(before id: String) -> [SeriesMeeting] {
        Array(meetings.prefix { $0.id != id })
    }
}

/// One stage of a series: the question its meetings work on.
public struct SeriesStage: Sendable, Equatable {
    /// A stable id, used by the meetings.
    public var id: String
    /// The stage's name.
    public var name: String
    /// The question the stage's meetings work on, if it has one.
    public var question: String?
}

/// One meeting of a series: its agenda, where its session is kept, the stage and theme it
/// belongs to, and what it takes from earlier meetings.
public struct SeriesMeeting: Sendable, Equatable {
    /// A stable id, used by later meetings' inputs.
    public var id: String
    /// The stage it belongs to.
    public var stage: String
    /// The theme it works on, when the stage has several.
    public var theme: String?
    /// The agenda file, resolved against the series file's folder.
    public var agenda: String
    /// The session folder `dialogue series run` records it in, resolved against the series
    /// file's folder.
    public var session: String
    /// What it takes from earlier meetings.
    public var inputs: [SeriesInput]
    /// When it is held relative to an earlier meeting (a follow-up two months later); its
    /// agenda's time of day is kept.
    public var after: SeriesInterval?
    /// Where the meeting stands in the series file, for messages.
    public var place: FilePlace
}

/// Results of earlier meetings that become the starting list of a later meeting's step:
/// ideas to choose from, points to score, themes to loop over, agreements to review.
public struct SeriesInput: Sendable, Equatable {
    /// What is taken.
    public enum Kind: String, Sendable, CaseIterable {
        /// Ideas recorded.
        case ideas
        /// Notes recorded.
        case notes
        /// Concerns voiced.
        case concerns
        /// Points scored, best mean first.
        case points
        /// What small groups or tables recorded (ideas and notes with a group).
        case groupResults = "group-results"
        /// Agreements still open, with their history, reviewed by the item.
        case openAgreements = "open-agreements"
    }

    /// What is taken.
    public var take: Kind
    /// The meetings it is taken from, in order; empty means every earlier meeting.
    public var from: [String]
    /// Only records of this capture (e.g. `harvest-list`).
    public var capture: String?
    /// Only records of this step.
    public var step: String?
    /// At most this many (the best-scored points first).
    public var top: Int?
    /// The agenda item it goes into (1 is the first item).
    public var item: Int
    /// The item's parameter that receives the list; none for open agreements.
    public var parameter: String?
    /// Where the input stands in the series file, for messages.
    public var place: FilePlace
}

/// A meeting's date relative to an earlier meeting: that meeting's day plus a number of days,
/// weeks or months, in the later meeting's time zone.
public struct SeriesInterval: Sendable, Equatable {
    /// A calendar unit.
    public enum Unit: String, Sendable, CaseIterable {
        case days, weeks, months
    }

    /// The earlier meeting counted from.
    public var meeting: String
    /// How many units later.
    public var count: Int
    /// The unit.
    public var unit: Unit

    /// `start` moved to the day `count` units after `earlier`, at the same time of day in `zone`.
    public func date(from earlier: Date, keeping start: Date, in zone: TimeZone) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let component: Calendar.Component
        switch unit {
        case .days: component = .day
        case .weeks: component = .weekOfYear
        case .months: component = .month
        }
        guard let day = calendar.date(byAdding: component, value: count, to: earlier) else { return nil }
        let date = calendar.dateComponents([.year, .month, .day], from: day)
        let time = calendar.dateComponents([.hour, .minute, .second], from: start)
        var parts = DateComponents()
        (parts.year, parts.month, parts.day) = (date.year, date.month, date.day)
        (parts.hour, parts.minute, parts.second) = (time.hour, time.minute, time.second)
        return calendar.date(from: parts)
    }
}
