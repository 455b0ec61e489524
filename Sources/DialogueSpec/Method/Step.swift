/// One step of a phase: a stretch of the dialogue with one behaviour (its `kind`),
/// its timing, who speaks to whom while who listens and how, the questions asked and
/// what is recorded.
public struct Step: Sendable, Hashable, Codable {
    /// Whether a step happens before, during or after the meeting itself.
    public enum When: String, Sendable, Hashable, Codable, CaseIterable {
        case before, during, after
    }

    /// Its id, unique within the method.
    public var id: String
    /// Its name, as people see it.
    public var name: LocalizedText
    /// Guidance for the facilitator.
    public var description: LocalizedText?
    /// The behaviour that runs the step (`interview`, `round`, `pairs`…).
    public var kind: String
    /// Before, during or after the meeting; only steps during it use the time budget.
    public var when: When
    /// How long it takes; nil for steps outside the meeting.
    public var duration: StepDuration?
    /// Who speaks: role ids, role-group ids, or `all`.
    public var speakers: [String]
    /// Whom the speakers address.
    public var addressed: [String]
    /// Who listens, and how.
    public var listeners: Listening?
    /// Who writes down what is said.
    public var recorder: [String]
    /// What the step repeats per: participant, subgroup or round.
    public var repeating: Repetition?
    /// How people are split up for it.
    public var grouping: Grouping?
    /// How people move between tables over rounds.
    public var rotation: Rotation?
    /// The questions and instructions, in order.
    public var prompts: [Prompt]
    /// What the step records.
    public var captures: [Capture]
    /// Pairs of roles that hand their roles over to each other at this step.
    public var swaps: [RoleSwap]
    /// A loop back to an earlier step, with the question that decides it.
    public var loop: Loop?
    /// Where it comes from.
    public var provenance: Provenance?
    /// Notes for the facilitator.
    public var notes: LocalizedText?

    /// Whether the step is part of the meeting's time budget.
    public var isInMeeting: Bool { when == .during }

    /// The keys of the spec format.
    enum CodingKeys: String, CodingKey {
        case id, name, description, kind, when, duration, speakers, addressed, listeners, recorder, grouping, rotation
        case prompts, captures, loop, provenance, notes
        case repeating = "repeat"
        case swaps = "swap"
    }
}

/// Reserved words that may stand where a role or role group is named.
public enum Audience {
    /// Everyone present.
    public static let all = "all"
    /// Everyone not speaking and not addressed.
    public static let others = "others"
    /// Both reserved words.
    public static let reserved = [all, others]
}

/// How long a step lasts, in minutes: a default, a range the planner may scale within,
/// and what the minutes count (the whole step, each speaker, each round, each group).
public struct StepDuration: Sendable, Hashable, Codable {
    /// What one duration unit is multiplied by.
    public enum Unit: String, Sendable, Hashable, Codable, CaseIterable {
        case step, speaker, round, group
    }

    /// The minutes the step takes when the budget allows.
    public var defaultMinutes: Double
    /// The fewest minutes the planner may give it.
    public var minMinutes: Double
    /// The most minutes the planner may give it.
    public var maxMinutes: Double
    /// What one duration counts: the step, each speaker, round or group.
    public var per: Unit

    /// The keys of the spec format.
    enum CodingKeys: String, CodingKey {
        case per
        case defaultMinutes = "default"
        case minMinutes = "min"
        case maxMinutes = "max"
    }

    /// A duration with every part given.
    public init(defaultMinutes: Double, minMinutes: Double, maxMinutes: Double, per: Unit) {
        self.defaultMinutes = defaultMinutes
        self.minMinutes = minMinutes
        self.maxMinutes = maxMinutes
        self.per = per
    }
}

/// How the listeners listen.
public struct Listening: Sendable, Hashable, Codable {
    /// The listening rule that makes a step dialogical.
    public enum Mode: String, Sendable, Hashable, Codable, CaseIterable {
        /// Listen in silence, no comments.
        case silent
        /// Listen without interrupting; comments wait.
        case noInterruption = "no-interruption"
        /// Listen while others reflect on what they heard, without being addressed or looked at.
        case reflecting = "not-addressed"
        /// Open dialogue: everyone may respond.
        case open
        /// The listeners only ask questions: no ideas or objections of their own (the idea dialogue).
        case questionsOnly = "questions-only"
    }

    /// Who listens: role ids, role-group ids, `all` or `others`.
    public var who: [String]
    /// How they listen.
    public var mode: Mode
}

/// A step that repeats: per participant of some role groups (in the method's
/// role-group order), per role group, per subgroup, or for a number of rounds.
public struct Repetition: Sendable, Hashable, Codable {
    /// What a step repeats over.
    public enum Per: String, Sendable, Hashable, Codable, CaseIterable {
        case participant
        case roleGroup = "role-group"
        case subgroup
        case round
    }

    /// What the step repeats per.
    public var per: Per
    /// Role groups or roles whose members are iterated; empty means everyone.
    public var of: [String]
    /// How many times, as a number or a `{parameter}`.
    public var count: CountValue?
}

/// A count written either as a number or as a `{parameter}` placeholder (an integer
/// parameter, or a text-list parameter counting its items: one table per question).
public enum CountValue: Sendable, Hashable, Codable {
    case literal(Int)
    case parameter(String)

    /// Reads the spec format.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Int.self) {
            self = .literal(value)
        } else {
            let text = try container.decode(String.self)
            self = .parameter(String(text.dropFirst().dropLast()))
        }
    }

    /// Writes the spec format.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .literal(let value): try container.encode(value)
        case .parameter(let name): try container.encode("{\(name)}")
        }
    }
}

/// How people are split up for a step.
public struct Grouping: Sendable, Hashable, Codable {
    /// The shape of the groups.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case plenary, pairs, triads, subgroups, tables
    }

    /// The kind.
    public var type: Kind
    /// How many people a group holds.
    public var size: CountRange
    /// The number of groups, when the method fixes it (one table per question).
    public var count: CountValue?
    /// The fewest groups, when the method asks for at least so many ("two or more subgroups").
    public var minGroups: Int? = nil
    /// Roles inside each group (presenter, interviewer, observers).
    public var roles: [GroupRole]
    /// Each group names someone who reports back.
    public var rapporteur: Bool
    /// Participant attributes to spread across groups (organisation, role).
    public var mixBy: [String]
    /// A participant attribute whose holders stay together (Puimala: one perspective per group).
    public var groupBy: String?
    /// The facilitator divides the step's items over its groups during the meeting: each
    /// group works out the points it was given (1Gezin1Plan, worksheet 3).
    public var divideItems: Bool? = nil
}

/// A role taken inside each small group, e.g. one presenter per triad.
public struct GroupRole: Sendable, Hashable, Codable {
    /// The role given inside each group.
    public var role: String
    /// How many in each group hold it.
    public var count: CountRange
}

/// People move between groups over rounds while some stay (café table hosts).
public struct Rotation: Sendable, Hashable, Codable {
    /// How many rounds, as a number or a `{parameter}`.
    public var rounds: CountValue
    /// Roles that stay put.
    public var stay: [String]
    /// A text-list parameter holding one question per table.
    public var topics: String?

    /// A rotation with every part given.
    public init(rounds: CountValue, stay: [String], topics: String?) {
        self.rounds = rounds
        self.stay = stay
        self.topics = topics
    }

    enum CodingKeys: String, CodingKey { case rounds, stay, topics }

    /// Reads the spec format, where `topics` names its parameter as `"{questions}"`.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rounds = try container.decode(CountValue.self, forKey: .rounds)
        stay = try container.decode([String].self, forKey: .stay)
        switch try container.decodeIfPresent(CountValue.self, forKey: .topics) {
        case .parameter(let name)?: topics = name
        case .literal?:
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: container.codingPath + [CodingKeys.topics],
                    debugDescription: "topics names a text-list parameter, e.g. \"{questions}\""))
        case nil: topics = nil
        }
    }

    /// Writes the spec format, `topics` as `"{questions}"`.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rounds, forKey: .rounds)
        try container.encode(stay, forKey: .stay)
        try container.encodeIfPresent(topics.map(CountValue.parameter), forKey: .topics)
    }
}

/// A question or instruction, possibly addressed to some role groups only.
public struct Prompt: Sendable, Hashable, Codable {
    /// Its id, unique within the method.
    public var id: String
    /// Role groups or roles this prompt is for; empty means everyone in the step.
    public var to: [String]
    /// The question or instruction, with `{parameter}` placeholders.
    public var text: LocalizedText
    /// Where it comes from.
    public var provenance: Provenance?
}

/// Something a step records: notes, ideas, concerns, a worry level, a score, an agreement.
public struct Capture: Sendable, Hashable, Codable {
    /// The kind of record.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case note, idea, concern
        case worryLevel = "worry-level"
        case score, agreement
    }

    /// What one record belongs to.
    public enum Per: String, Sendable, Hashable, Codable, CaseIterable {
        case person, group, step, item
    }

    /// Its id, unique within the method.
    public var id: String
    /// The kind.
    public var type: Kind
    /// Its label; by default the capture kind's name.
    public var label: LocalizedText?
    /// The scale for worry levels and scores.
    public var scale: String?
    /// What the step repeats per.
    public var per: Per
    /// For scores and records per item: the id of an earlier capture whose records are the items.
    public var itemsFrom: String?
    /// For scores and records per item: the items, declared beforehand (a list, or a text-list
    /// parameter the agenda sets).
    public var items: ScoreItems?
    /// Who may see what it records.
    public var visibility: Scale.Visibility
    /// A console word (one per language) that records into this capture, for a step that
    /// keeps several notes apart: `/challenge …`, `/solution …`.
    public var command: LocalizedText? = nil
}

/// The items a capture declares (the points scored, or the points records are linked to):
/// a list in the spec, or a text-list parameter (`"{themes}"`) whose value the agenda gives.
public enum ScoreItems: Sendable, Hashable, Codable {
    /// Items written in the spec.
    case listed([LocalizedText])
    /// The items are the value of this text-list parameter.
    case parameter(String)
}

/// Two roles that trade places (observers take over the earlier roles).
public struct RoleSwap: Sendable, Hashable, Codable {
    /// The two roles that trade places.
    public var between: [String]
}

/// A loop back to an earlier step, taken while the facilitator answers the question yes,
/// at most `max` times (taking up concerns: rethink and anticipate again).
public struct Loop: Sendable, Hashable, Codable {
    /// The step the loop goes back to.
    public var to: String
    /// The question that decides whether to go back.
    public var question: LocalizedText
    /// How often it may go back at most.
    public var max: Int?
    /// What the rounds are about: a capture whose records are themes participants brought in,
    /// or a `{text-list parameter}`. Each round then takes the next theme and is labelled with it.
    public var over: String? = nil
    /// How many passes through the loop the planner gives time to (1 when absent): three
    /// themes of ten minutes take thirty.
    public var rounds: Int? = nil
}
