import Foundation

/// A facilitator's plan for one meeting: when and where, for whom, within what time,
/// and the items in order (method uses, breaks, free items, reviews of earlier harvests).
public struct Agenda: Sendable, Codable {
    /// The newest agenda format this engine reads.
    public static let currentSchemaVersion = 1
    /// The most items one meeting's agenda may hold.
    public static let maxItems = 500
    /// The most people one meeting is planned for.
    public static let maxParticipants = 100_000

    /// The meeting's title.
    public var title: String
    /// The language its texts are given in (`en`, `nl`).
    public var language: String
    /// The meeting's start, an absolute instant.
    public var start: Date
    /// The IANA time zone the meeting is held in (for printing times and calendar files).
    public var timeZone: String
    /// Where it is held.
    public var location: String
    /// The time available for the meeting, in minutes; nil means no limit.
    public var budgetMinutes: Double?
    /// The unit step lengths are planned in, in minutes (1: whole minutes).
    public var timeUnitMinutes: Double = 1
    /// The units an agenda may ask for, in minutes.
    public static let timeUnits: [Double] = [0.5, 1, 2, 5, 10, 15]
    /// The seed of speaking orders and groups: the same seed gives the same plan.
    public var seed: UInt64
    /// Everyone taking part.
    public var participants: [Participant]
    /// The dialogical spaces as the facilitator plans them.
    public var spaces: AgendaSpaces
    /// The items in order.
    public var items: [AgendaItem]
    /// Folders of JSON methods the agenda uses, resolved against the agenda's folder.
    public var methodFolders: [String] = []
    /// Items that must start at a set time (item index → instant), e.g. a film or a guest.
    public var fixedStarts: [Int: Date] = [:]
    /// Where each item starts in the agenda file (line, column), for the planner's messages.
    public var itemPlaces: [FilePlace] = []
}

/// A place in a file: its 1-based line and column.
public struct FilePlace: Sendable, Codable, Hashable {
    /// The line.
    public var line: Int
    /// The column, in characters.
    public var column: Int

    /// The place at `line` and `column`.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// The meeting's dialogical spaces and practicalities, as the facilitator plans them.
public struct AgendaSpaces: Sendable, Codable, Hashable {
    /// The room and its arrangement.
    public var physical: String?
    /// How time is given (its pace, pauses).
    public var time: String?
    /// Who is invited and in what roles.
    public var social: String?
    /// The attitude asked of everyone.
    public var mental: String?
    /// How people speak and listen.
    public var discursive: String?
    /// "in-person", "remote" or "hybrid".
    public var setting: String
    /// What to bring.
    public var materials: [String]

    /// Spaces with every part given; by default in person, with nothing to bring.
    public init(
        physical: String? = nil, time: String? = nil, social: String? = nil, mental: String? = nil,
        discursive: String? = nil, setting: String = "in-person", materials: [String] = []
    ) {
        self.physical = physical
        self.time = time
        self.social = social
        self.mental = mental
        self.discursive = discursive
        self.setting = setting
        self.materials = materials
    }
}

/// One item of an agenda.
public enum AgendaItem: Sendable, Codable, Hashable {
    case method(MethodUse)
    case pause(minutes: Double, title: String?)
    case free(title: String, minutes: Double, notes: String?)
    /// A walk through the open agreements of an earlier harvest (the follow-up).
    case review(harvest: String, minutes: Double, title: String?)
}

/// A method used in an agenda, with the facilitator's choices.
public struct MethodUse: Sendable, Codable, Hashable {
    /// The id of the method used.
    public var method: String
    /// Which versions of it the agenda accepts.
    public var version: VersionRequirement?
    /// A title for the item instead of the method's name.
    public var title: String?
    /// The method's parameters, filled in.
    public var parameters: [String: ParameterValue]
    /// Step id → minutes, overriding the method's default (and fixing the step's length).
    public var durations: [String: Double]
    /// Role id → names, taking precedence over the participants' own roles.
    public var roles: [String: [String]]
    /// Names of people who take part in this item; empty means everyone.
    public var participants: [String]
    /// The harvest of an earlier meeting whose agreements this item reviews (a follow-up
    /// meeting), resolved against the agenda's folder.
    public var review: String? = nil
}

/// Which versions of a method an agenda accepts: `1.2.0` exactly, `>=1.2.0`,
/// `^1.2.0` (same major) or `~1.2.0` (same minor).
public struct VersionRequirement: Sendable, Codable, Hashable, CustomStringConvertible {
    /// How a version is compared with the requirement.
    public enum Kind: String, Sendable, Codable, Hashable { case exact, atLeast, caret, tilde }
    /// How the version is matched.
    public var kind: Kind
    /// The version matched against.
    public var version: SemanticVersion

    /// A requirement as written (`1.2.0`, `>=1.2.0`, `^1.2.0`, `~1.2.0`); nil otherwise.
    public init?(_ text: String) {
        var body = Substring(text.trimmingWhitespace())
        if body.hasPrefix(">=") {
            kind = .atLeast
            body = body.dropFirst(2)
        } else if body.hasPrefix("^") {
            kind = .caret
            body = body.dropFirst()
        } else if body.hasPrefix("~") {
            kind = .tilde
            body = body.dropFirst()
        } else {
            kind = .exact
        }
        guard let version = SemanticVersion(String(body).trimmingWhitespace()) else { return nil }
        self.version = version
    }

    /// Whether `candidate` meets the requirement.
    public func accepts(_ candidate: SemanticVersion) -> Bool {
        switch kind {
        case .exact: return candidate == version
        case .atLeast: return candidate >= version
        case .caret: return candidate.major == version.major && candidate >= version
        case .tilde: return candidate.major == version.major && candidate.minor == version.minor && candidate >= version
        }
    }

    /// The requirement as written.
    public var description: String {
        switch kind {
        case .exact: return version.description
        case .atLeast: return ">=\(version)"
        case .caret: return "^\(version)"
        case .tilde: return "~\(version)"
        }
    }
}
