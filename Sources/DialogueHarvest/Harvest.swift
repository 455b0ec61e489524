import Foundation

/// What a session produced, ready to share: per step what was recorded, scores with their
/// aggregates, the agreements ledger (carried forward across a series of meetings),
/// planned against actual time, and the follow-up meeting. Its JSON form is canonical.
public struct Harvest: Sendable, Codable, Equatable {
    public static let currentFormatVersion = 1

    public var formatVersion: Int
    public var engineVersion: String
    public var session: SessionInfo
    public var participants: [HarvestPerson]
    public var steps: [HarvestStep]
    /// Every agreement: made here, and carried forward from reviewed harvests.
    public var agreements: [Agreement]
    public var followUp: FollowUp?
}

/// Which meeting a harvest is of.
public struct SessionInfo: Sendable, Codable, Equatable {
    public var id: String
    public var title: String
    public var language: String
    public var location: String
    public var timeZone: String
    public var plannedStart: Date
    public var plannedEnd: Date
    public var startedAt: Date?
    public var endedAt: Date?
    public var planDigest: String
    public var methods: [PinnedMethod]
}

/// A participant as a harvest names them.
public struct HarvestPerson: Sendable, Codable, Equatable {
    public var name: String
    public var roles: [String]
    public var organisation: String?
}

/// One step's outcome.
public struct HarvestStep: Sendable, Codable, Equatable {
    /// How a step ended.
    public enum Status: String, Sendable, Codable {
        case done, skipped, extended, unfinished, notReached = "not-reached"
    }

    public var id: String
    public var item: Int
    public var method: String?
    public var phase: String
    public var name: String
    public var kind: String
    public var status: Status
    public var plannedSeconds: Int
    public var actualSeconds: Int
    public var extendedSeconds: Int
    public var records: [HarvestRecord]
    public var scores: [ScoreSummary]
}

/// One thing recorded: a note, idea, concern, worry level or score.
public struct HarvestRecord: Sendable, Codable, Equatable {
    public var id: Int
    public var type: Capture.Kind
    public var capture: String?
    /// Who said it or whom it is about; nil for the group.
    public var person: String?
    public var group: String?
    public var text: String
    public var value: Double?
    public var item: String?
    public var visibility: Scale.Visibility
    public var at: Date
    public var edited: Bool

    public init(
        id: Int, type: Capture.Kind, capture: String?, person: String?, group: String?, text: String,
        value: Double?, item: String?, visibility: Scale.Visibility, at: Date, edited: Bool
    ) {
        self.id = id
        self.type = type
        self.capture = capture
        self.person = person
        self.group = group
        self.text = text
        self.value = value
        self.item = item
        self.visibility = visibility
        self.at = at
        self.edited = edited
    }
}

/// The aggregate of the scores one item received.
public struct ScoreSummary: Sendable, Codable, Equatable {
    public var item: String
    public var count: Int
    public var mean: Double
    public var median: Double
    /// Population standard deviation.
    public var spread: Double
    public var minimum: Double
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
        var data = try JSONWriter.data(harvest, pretty: true)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// Writes `harvest` to `path`, owner-only, replacing the file atomically.
    public static func write(_ harvest: Harvest, to path: String) throws {
        try PrivateFile.replace(try data(harvest), at: path)
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
    public init() {}

    public func agreements(at path: String) -> Result<[Agreement], ReviewSourceFailure> {
        HarvestFile.read(path).map(\.agreements).mapError { ReviewSourceFailure($0.rendered()) }
    }
}
