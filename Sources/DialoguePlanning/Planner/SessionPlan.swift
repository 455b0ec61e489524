import Foundation

/// A compiled agenda: every step with its start and end, roles filled by named people,
/// speaking orders, groups and tables, prompts in the session language. It is what a
/// facilitator prints and what the session runtime runs.
public struct SessionPlan: Sendable, Codable, Equatable {
    /// The plan format this engine writes and reads: 2 writes a circle of everyone as
    /// `"everyone"` and the others listening as a rule; format 1 plans still read.
    public static let currentFormatVersion = 2

    /// The plan format it was written in.
    public var formatVersion: Int
    /// The engine that made it.
    public var engineVersion: String
    /// The title, as shown to people.
    public var title: String
    /// The language of its texts.
    public var language: String
    /// When it starts.
    public var start: Date
    /// When it ends.
    public var end: Date
    /// The meeting's time zone.
    public var timeZone: String
    /// Where it is held.
    public var location: String
    /// The time budget it was fitted into, if any.
    public var budgetMinutes: Double?
    /// The seed it was planned with.
    public var seed: UInt64
    /// Everyone taking part.
    public var participants: [Participant]
    /// The methods used, pinned by version and content digest.
    public var methods: [PinnedMethod]
    /// The dialogical spaces to arrange.
    public var spaces: PlanSpaces
    /// The items in order, with their steps and times.
    public var items: [PlanItem] {
        didSet { stepIndex = PlanStepIndex() }
    }
    /// What the planner noticed but did not refuse.
    public var warnings: [String]
    /// The steps worked out once, shared by the plan's copies until its items change.
    var stepIndex = PlanStepIndex()

    enum CodingKeys: String, CodingKey {
        case formatVersion, engineVersion, title, language, start, end, timeZone, location, budgetMinutes, seed
        case participants, methods, spaces, items, warnings
    }

    /// All steps of the meeting in order (before and after steps included).
    public var steps: [PlanStep] { stepIndex.steps(of: items) }

    /// The steps a live session walks through: everything in the meeting, in order. Worked out
    /// once per plan, so walking a step is O(1).
    public var meetingSteps: [PlanStep] { stepIndex.meetingSteps(of: items) }

    /// A short fingerprint of the plan's content, pinned into journals.
    public var digest: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        let data = (try? encoder.encode(self)) ?? Data()
        return Digest.fnv1a(Array(data))
    }
}

extension SessionPlan {
    /// Reads a plan of any format; circles of everyone get the plan's participants, shared.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        formatVersion = try container.decode(Int.self, forKey: .formatVersion)
        engineVersion = try container.decode(String.self, forKey: .engineVersion)
        title = try container.decode(String.self, forKey: .title)
        language = try container.decode(String.self, forKey: .language)
        start = try container.decode(Date.self, forKey: .start)
        end = try container.decode(Date.self, forKey: .end)
        timeZone = try container.decode(String.self, forKey: .timeZone)
        location = try container.decode(String.self, forKey: .location)
        budgetMinutes = try container.decodeIfPresent(Double.self, forKey: .budgetMinutes)
        seed = try container.decode(UInt64.self, forKey: .seed)
        participants = try container.decode([Participant].self, forKey: .participants)
        methods = try container.decode([PinnedMethod].self, forKey: .methods)
        spaces = try container.decode(PlanSpaces.self, forKey: .spaces)
        var items = try container.decode([PlanItem].self, forKey: .items)
        let everyone = participants.map(\.name)
        for item in items.indices {
            for step in items[item].steps.indices {
                for turn in items[item].steps[step].turns.indices {
                    for circle in items[item].steps[step].turns[turn].circles.indices
                    where items[item].steps[step].turns[turn].circles[circle].membersAreEveryone {
                        items[item].steps[step].turns[turn].circles[circle].members = everyone
                        items[item].steps[step].turns[turn].circles[circle].membersAreEveryone = true
                    }
                }
            }
        }
        self.items = items
        warnings = try container.decode([String].self, forKey: .warnings)
    }
}

/// A plan's steps, flattened once and shared by the plan's copies; a plan whose items change
/// gets a new, empty index. It holds nothing of its own, so any two are equal.
final class PlanStepIndex: @unchecked Sendable, Equatable {
    private let lock = NSLock()
    private var all: [PlanStep]?
    private var meeting: [PlanStep]?

    func steps(of items: [PlanItem]) -> [PlanStep] {
        lock.lock()
        defer { lock.unlock() }
        if let all { return all }
        let steps = items.flatMap(\.steps)
        all = steps
        return steps
    }

    func meetingSteps(of items: [PlanItem]) -> [PlanStep] {
        if let meeting = lock.withLock({ meeting }) { return meeting }
        let steps = self.steps(of: items).filter { $0.when == .during }
        lock.withLock { meeting = steps }
        return steps
    }

    static func == (lhs: PlanStepIndex, rhs: PlanStepIndex) -> Bool { true }
}

/// A method as used by a plan: its id, version and a digest of its spec, so a session can
/// tell when a method changed under it.
public struct PinnedMethod: Sendable, Codable, Equatable {
    /// The id it has in its spec.
    public var id: String
    /// The method's version.
    public var version: String
    /// Its name in the session's language.
    public var name: String
    /// A digest of the method's spec.
    public var digest: String
}

/// The dialogical spaces of the meeting: the facilitator's own plan and what each method asks.
public struct PlanSpaces: Sendable, Codable, Equatable {
    /// In person, remote or hybrid.
    public var setting: String
    /// Space name (physical, time, social, mental, discursive) → what to arrange.
    public var checklist: [SpaceNote]
    /// What to bring, from the agenda and every method.
    public var materials: [String]
}

/// One thing to arrange for one dialogical space, and who asks for it.
public struct SpaceNote: Sendable, Codable, Equatable {
    /// The space it is for.
    public var space: String
    /// The text, in the session's language.
    public var text: String
    /// "agenda" or the method's name.
    public var from: String
}

/// One agenda item in the plan.
public struct PlanItem: Sendable, Codable, Equatable {
    /// What kind of item this is.
    public enum Kind: String, Sendable, Codable { case method, pause, free, review }

    /// The item's place in the agenda.
    public var index: Int
    /// What kind of item it is.
    public var kind: Kind
    /// The title, as shown to people.
    public var title: String
    /// The method's id; nil for items that are not a method.
    public var methodID: String?
    /// When it starts.
    public var start: Date
    /// When it ends.
    public var end: Date
    /// The facilitator's notes for it.
    public var notes: String?
    /// Its steps in order.
    public var steps: [PlanStep]
    /// For a review: the agreements to walk through.
    public var review: [Agreement]
    /// For a review: the harvest file reviewed.
    public var reviewedHarvest: String?
    /// The method's role and role-group names in the session's language, by id (for the run sheet).
    public var roleNames: [String: String]?
}

/// One step of the plan, ready to run: timing, people, turns, prompts and captures.
public struct PlanStep: Sendable, Codable, Equatable {
    /// Unique in the plan, e.g. `2.recall-family`.
    public var id: String
    /// The item the step belongs to.
    public var itemIndex: Int
    /// The method's id; nil for items that are not a method.
    public var methodID: String?
    /// The phase's name.
    public var phase: String
    /// The step's id in its method.
    public var stepID: String
    /// The step kind.
    public var kind: String
    /// Its name in the session's language.
    public var name: String
    /// Guidance for the facilitator.
    public var guidance: String?
    /// The phase's frame, such as `future-recall`.
    public var frame: String?
    /// Before, during or after the meeting.
    public var when: Step.When
    /// When it starts.
    public var start: Date
    /// When it ends.
    public var end: Date
    /// The time it was given.
    public var seconds: Int
    /// The least time it may have.
    public var minSeconds: Int
    /// The most time it may have.
    public var maxSeconds: Int
    /// The step was shortened to its minimum to fit the budget.
    public var atMinimum: Bool
    /// Role id → names of the people holding it for this step's method.
    public var roles: [String: [String]]
    /// Who speaks, to whom, who listens, turn by turn.
    public var turns: [Turn]
    /// The questions, resolved in the session's language.
    public var prompts: [ResolvedPrompt]
    /// What the step records.
    public var captures: [PlanCapture]
    /// Groups per round, when the step works in groups.
    public var groups: [[[String]]]
    /// How good its groups are, when it has groups.
    public var groupQuality: GroupQuality?
    /// The role pairs that swap at this step.
    public var swaps: [[String]]
    /// The loop back to an earlier step, if any.
    public var loop: PlanLoop?
    /// How the listeners listen.
    public var listening: String?
    /// For a step before or after the meeting that is walked as part of it (`--preparation`):
    /// when it really belongs. What is recorded there stays private.
    public var walkedFrom: Step.When?
    /// The facilitator divides the step's items over its groups during the meeting.
    public var dividesItems: Bool? = nil
    /// For a step in a loop that the plan gives several passes: how many. ``seconds`` is one
    /// pass; the step's ``start`` to ``end`` holds them all.
    public var passes: Int? = nil
}

extension PlanStep {
    /// Whether participants may write to this step from their phones: it scores items, or
    /// everyone writes points in silence.
    public var acceptsPhones: Bool {
        when == .during && walkedFrom == nil
            && (captures.contains { $0.type == .score }
                || (kind == "silent-writing" && captures.contains { $0.type == .idea || $0.type == .note }))
    }
}

/// A prompt in the session language with its parameters filled in.
public struct ResolvedPrompt: Sendable, Codable, Equatable {
    /// The id it has in its spec.
    public var id: String
    /// The text, in the session's language.
    public var text: String
    /// Role groups or roles it is meant for; empty for everyone.
    public var to: [String]
}

/// What a step records, with its scale resolved.
public struct PlanCapture: Sendable, Codable, Equatable {
    /// The id it has in its spec.
    public var id: String
    /// What kind of record it takes.
    public var type: Capture.Kind
    /// Its label in the session's language.
    public var label: String
    /// What one record belongs to.
    public var per: Capture.Per
    /// Who may see what it records.
    public var visibility: Scale.Visibility
    /// The scale of worry levels and scores.
    public var scale: PlanScale?
    /// For scores and records per item: the capture whose records are the items (`"2.points"`).
    public var itemsFrom: String?
    /// For scores and records per item: the items declared by the spec or the agenda, in the
    /// session's language.
    public var items: [String]?
    /// The console words that record into this capture, the session's language first.
    public var commands: [String]? = nil
}

/// A scale as a plan carries it.
public struct PlanScale: Sendable, Codable, Equatable {
    /// The id it has in its spec.
    public var id: String
    /// Its name in the session's language.
    public var name: String
    /// The lowest value.
    public var min: Double
    /// The highest value.
    public var max: Double
    /// Value → label, for ordinal scales.
    public var levels: [ScaleLevelText]
    /// Who may see what it records.
    public var visibility: Scale.Visibility

    /// Whether `value` is on the scale.
    public func accepts(_ value: Double) -> Bool {
        levels.isEmpty ? (value >= min && value <= max) : levels.contains { $0.value == value }
    }
}

/// A scale level's value and label in the session language.
public struct ScaleLevelText: Sendable, Codable, Equatable {
    /// The level's value.
    public var value: Double
    /// Its label in the session's language.
    public var label: String
}

/// A plan's reference to a capture of one agenda item, written `"2.points"`: the item's
/// step-id prefix and the capture's id.
public struct CaptureReference: Sendable, Equatable {
    /// The step-id prefix of the item, `"2."`.
    public var itemPrefix: String
    /// The capture's id in its method.
    public var capture: String

    /// The reference `text` names; nil for text without an item prefix.
    public init?(_ text: String?) {
        guard let text, let dot = text.firstIndex(of: ".") else { return nil }
        itemPrefix = String(text[...dot])
        capture = String(text[text.index(after: dot)...])
    }

    /// Whether the plan step `id` belongs to the referenced item.
    public func holds(step id: String) -> Bool { id.hasPrefix(itemPrefix) }
}

/// A loop as a plan carries it: the plan step to go back to.
public struct PlanLoop: Sendable, Codable, Equatable {
    /// The step the loop goes back to.
    public var to: String
    /// The question that decides whether to go back.
    public var question: String
    /// How often it may go back at most.
    public var max: Int
    /// For a loop over themes: the capture whose records are the themes (`"2.themes"`).
    public var themesFrom: String? = nil
    /// For a loop over themes: the themes the agenda or spec gives, in the session's language.
    public var themes: [String]? = nil
}

/// Stable short digests (FNV-1a, 64 bit) for pinning content.
public enum Digest {
    /// The 64-bit FNV-1a digest of `bytes` as 16 hex digits.
    public static func fnv1a(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let text = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}
