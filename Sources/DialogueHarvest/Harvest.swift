import Foundation

/// What a session produced, ready to share: per step what was recorded, scores with their
/// aggregates, the agreements ledger (carried forward across a series of meetings),
/// planned against actual time, and the follow-up meeting. Its JSON form is canonical.
public struct Harvest: Sendable, Codable, Equatable {
    /// The newest harvest format this engine reads and writes.
    public static let currentFormatVersion = 1

    /// The format the harvest was written in.
    public var formatVersion: Int
    /// The engine that wrote it.
    public var engineVersion: String
    /// Which meeting it is of.
    public var session: SessionInfo
    /// Who took part.
    public var participants: [HarvestPerson]
    /// Every step with what it recorded, in plan order.
    public var steps: [HarvestStep]
    /// Every agreement: made here, and carried forward from reviewed harvests.
    public var agreements: [Agreement]
    /// The follow-up meeting, when one was agreed.
    public var followUp: FollowUp?
    /// Whom an export is for: everyone (private records left out) or the facilitator (all of
    /// it, said on every page). Nil in the session's own complete record.
    public var audience: Audience?

    /// Whom an export of a harvest is for.
    public enum Audience: String, Sendable, Codable {
        /// Shared with the participants: no private record.
        case everyone
        /// The facilitator's copy, private records included.
        case facilitator
    }
}

/// Which meeting a harvest is of.
public struct SessionInfo: Sendable, Codable, Equatable {
    /// A stable id.
    public var id: String
    /// The meeting's title.
    public var title: String
    /// The language of the session's texts.
    public var language: String
    /// Where it was held.
    public var location: String
    /// The time zone of its times of day.
    public var timeZone: String
    /// When the plan had it start.
    public var plannedStart: Date
    /// When the plan had it end.
    public var plannedEnd: Date
    /// When it started; nil if it never did.
    public var startedAt: Date?
    /// When it ended; nil if it did not.
    public var endedAt: Date?
    /// The digest of the plan it ran.
    public var planDigest: String
    /// The methods used, pinned by version and digest.
    public var methods: [PinnedMethod]
}

/// A participant as a harvest names them.
public struct HarvestPerson: Sendable, Codable, Equatable {
    /// The name as recorded.
    public var name: String
    /// The roles the person held.
    public var roles: [String]
    /// Their organisation, if given.
    public var organisation: String?

    /// A person with every part given.
    public init(name: String, roles: [String], organisation: String?) {
        self.name = name
        self.roles = roles
        self.organisation = organisation
    }
}

/// One step's outcome.
public struct HarvestStep: Sendable, Codable, Equatable {
    /// How a step ended.
    public enum Status: String, Sendable, Codable {
        case done, skipped, extended, unfinished, notReached = "not-reached"
    }

    /// A stable id.
    public var id: String
    /// The agenda item the step belongs to.
    public var item: Int
    /// The method's id, nil for a free item.
    public var method: String?
    /// The phase's name.
    public var phase: String
    /// The name as recorded.
    public var name: String
    /// The step kind.
    public var kind: String
    /// How the step ended.
    public var status: Status
    /// The time the plan gave it.
    public var plannedSeconds: Int
    /// The time it took.
    public var actualSeconds: Int
    /// The time added during the meeting.
    public var extendedSeconds: Int
    /// Who held each role in the step, after any role swap made in the meeting.
    public var roles: [String: [String]]?
    /// What was recorded, in order.
    public var records: HarvestRecords
    /// The aggregates of its scores, best first.
    public var scores: [ScoreSummary]
    /// For a step gone through more than once in a loop, or in a loop over themes: which pass
    /// this is (1 for the first). Each pass is a step of its own, with its time and records.
    public var round: Int? = nil
    /// The theme of this pass, in a loop over themes.
    public var theme: String? = nil
    /// The points the step worked through, as the meeting left them (reworded, added, given to
    /// a group); nil for a step without a list.
    public var items: [HarvestItem]? = nil
}

extension HarvestStep {
    /// Its name as a harvest shows it in `language`: with its round and theme when it is one
    /// pass of a loop ("One theme at the table — round 2: Visiting hours").
    public func displayName(in language: String) -> String {
        guard let round else { return name }
        return name + " — " + Phrasebook.text("round", in: language) + " \(round)" + (theme.map { ": \($0)" } ?? "")
    }
}

/// A point of a step's list as the meeting left it.
public struct HarvestItem: Sendable, Codable, Equatable {
    /// Its words.
    public var text: String
    /// Its earlier words, oldest first, when the meeting reworded it.
    public var wordings: [String]? = nil
    /// The meeting added it to the list.
    public var added: Bool? = nil
    /// The group or table that works it out, when the points were divided.
    public var group: String? = nil
}

/// One thing recorded: a note, idea, concern, worry level or score.
public struct HarvestRecord: Sendable, Codable, Equatable {
    /// The record's number in the session.
    public var id: Int
    /// What kind of record it is.
    public var type: Capture.Kind
    /// The id of the capture it answers, if any.
    public var capture: String?
    /// Who said it or whom it is about; nil for the group.
    public var person: String?
    /// The group it was recorded in, if any.
    public var group: String?
    /// The question it answers, when the turn asked one at a time or had one.
    public var question: String?
    /// What was said or written.
    public var text: String
    /// A worry level or score, when it is one.
    public var value: Double?
    /// The item it is about: the one scored, or the point the records were about.
    public var item: String?
    /// Who may see it; private records stay out of shared exports.
    public var visibility: Scale.Visibility
    /// When it was recorded.
    public var at: Date
    /// Whether it was edited after it was recorded.
    public var edited: Bool
    /// The name of its capture, for a step that keeps several notes apart (Challenge, Solution).
    public var label: String? = nil

    /// A record with every part given.
    public init(
        id: Int, type: Capture.Kind, capture: String?, person: String?, group: String?, question: String? = nil,
        text: String, value: Double?, item: String?, visibility: Scale.Visibility, at: Date, edited: Bool,
        label: String? = nil
    ) {
        self.id = id
        self.type = type
        self.capture = capture
        self.person = person
        self.group = group
        self.question = question
        self.text = text
        self.value = value
        self.item = item
        self.visibility = visibility
        self.at = at
        self.edited = edited
        self.label = label
    }
}

/// The aggregate of the scores one item received.
public struct ScoreSummary: Sendable, Codable, Equatable {
    /// The item scored.
    public var item: String
    /// How many scores it received.
    public var count: Int
    /// The mean score.
    public var mean: Double
    /// The median score.
    public var median: Double
    /// Population standard deviation.
    public var spread: Double
    /// The lowest score.
    public var minimum: Double
    /// The highest score.
    public var maximum: Double
    /// 1 for the highest mean.
    public var rank: Int
}

/// Reading harvest files handed back to the engine (for a follow-up's review).
public enum HarvestFile {
    /// The largest harvest file read back (64 MiB).
    public static let maxBytes = 64 << 20

    /// The harvest as the JSON text the reader takes back, ending in a newline.
    public static func data(_ harvest: Harvest) throws -> Data {
        try ByteSink.collect { try HarvestJSON.write(harvest, to: $0) }
    }

    /// Writes the harvest's JSON text to `sink` as it is made.
    public static func write(_ harvest: Harvest, to sink: ByteSink) throws {
        try HarvestJSON.write(harvest, to: sink)
    }

    /// Writes `harvest` to `path`, owner-only, replacing the file atomically.
    public static func write(_ harvest: Harvest, to path: String) throws {
        try PrivateFile.replace(at: path) { try HarvestJSON.write(harvest, to: $0) }
    }

    /// The harvest at `path`, or why it cannot be read, located in the file.
    public static func read(_ path: String) -> Result<Harvest, Diagnostic> {
        SpecFile.read(path, maxBytes: maxBytes).flatMap(read)
    }

    /// The harvest in `source`, read strictly; a harvest of a newer format is refused.
    public static func read(_ source: SourceText) -> Result<Harvest, Diagnostic> {
        let decoder = StrictDecoder(what: "a harvest", hint: "name the harvest.json that 'dialogue run' wrote")
        return decoder.decode(Harvest.self, from: source, limits: JSONParser.Limits(maxBytes: maxBytes)).flatMap {
            harvest in
            guard harvest.formatVersion <= Harvest.currentFormatVersion else {
                return .failure(
                    source.diagnostic(
                        .error, "newer-format",
                        "written by a newer DialogueKit (harvest format \(harvest.formatVersion))",
                        at: 0, path: .root, hint: "update DialogueKit"))
            }
            return .success(harvest)
        }
    }
}

/// Reads the agreements of an earlier meeting from its harvest file, for a follow-up's review.
public struct HarvestReviews: ReviewSource {
    /// A record with every part given.
    public init() {}

    /// The agreements of the harvest at `path`, or why it cannot be read.
    public func agreements(at path: String) -> Result<[Agreement], ReviewSourceFailure> {
        HarvestFile.read(path).map(\.agreements).mapError { ReviewSourceFailure($0.rendered()) }
    }
}
