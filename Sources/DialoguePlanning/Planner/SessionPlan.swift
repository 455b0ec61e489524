import Foundation

/// A compiled agenda: every step with its start and end, roles filled by named people,
/// speaking orders, groups and tables, prompts in the session language. It is what a
/// facilitator prints and what the session runtime runs.
public struct SessionPlan: Sendable, Codable, Equatable {
    /// The plan format this engine writes and reads.
    public static let currentFormatVersion = 1

    public var formatVersion: Int
    public var engineVersion: String
    public var title: String
    public var language: String
    public var start: Date
    public var end: Date
    public var timeZone: String
    public var location: String
    public var budgetMinutes: Double?
    public var seed: UInt64
    public var participants: [Participant]
    /// The methods used, pinned by version and content digest.
    public var methods: [PinnedMethod]
    public var spaces: PlanSpaces
    public var items: [PlanItem]
    public var warnings: [String]

    /// All steps of the meeting in order (before and after steps included).
    public var steps: [PlanStep] { items.flatMap(\.steps) }

    /// A short fingerprint of the plan's content, pinned into journals.
    public var digest: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        let data = (try? encoder.encode(self)) ?? Data()
        return Digest.fnv1a(Array(data))
    }
}

/// A method as used by a plan: its id, version and a digest of its spec, so a session can
/// tell when a method changed under it.
public struct PinnedMethod: Sendable, Codable, Equatable {
    public var id: String
    public var version: String
    public var name: String
    public var digest: String
}

/// The dialogical spaces of the meeting: the facilitator's own plan and what each method asks.
public struct PlanSpaces: Sendable, Codable, Equatable {
    public var setting: String
    /// Space name (physical, time, social, mental, discursive) → what to arrange.
    public var checklist: [SpaceNote]
    public var materials: [String]
}

/// One thing to arrange for one dialogical space, and who asks for it.
public struct SpaceNote: Sendable, Codable, Equatable {
    public var space: String
    public var text: String
    /// "agenda" or the method's name.
    public var from: String
}

/// One agenda item in the plan.
public struct PlanItem: Sendable, Codable, Equatable {
    /// What kind of item this is.
    public enum Kind: String, Sendable, Codable { case method, pause, free, review }

    public var index: Int
    public var kind: Kind
    public var title: String
    public var methodID: String?
    public var start: Date
    public var end: Date
    public var notes: String?
    public var steps: [PlanStep]
    /// For a review: the agreements to walk through.
    public var review: [Agreement]
    /// For a review: the harvest file reviewed.
    public var reviewedHarvest: String?
}

/// One step of the plan, ready to run: timing, people, turns, prompts and captures.
public struct PlanStep: Sendable, Codable, Equatable {
    /// Unique in the plan, e.g. `2.recall-family`.
    public var id: String
    public var itemIndex: Int
    public var methodID: String?
    public var phase: String
    public var stepID: String
    public var kind: String
    public var name: String
    public var guidance: String?
    public var frame: String?
    public var when: Step.When
    public var start: Date
    public var end: Date
    public var seconds: Int
    public var minSeconds: Int
    public var maxSeconds: Int
    /// The step was shortened to its minimum to fit the budget.
    public var atMinimum: Bool
    /// Role id → names of the people holding it for this step's method.
    public var roles: [String: [String]]
    public var turns: [Turn]
    public var prompts: [ResolvedPrompt]
    public var captures: [PlanCapture]
    /// Groups per round, when the step works in groups.
    public var groups: [[[String]]]
    public var groupQuality: GroupQuality?
    public var swaps: [[String]]
    public var loop: PlanLoop?
    public var listening: String?
}

/// A prompt in the session language with its parameters filled in.
public struct ResolvedPrompt: Sendable, Codable, Equatable {
    public var id: String
    public var text: String
    /// Role groups or roles it is meant for; empty for everyone.
    public var to: [String]
}

/// What a step records, with its scale resolved.
public struct PlanCapture: Sendable, Codable, Equatable {
    public var id: String
    public var type: Capture.Kind
    public var label: String
    public var per: Capture.Per
    public var visibility: Scale.Visibility
    public var scale: PlanScale?
    public var itemsFrom: String?
}

/// A scale as a plan carries it.
public struct PlanScale: Sendable, Codable, Equatable {
    public var id: String
    public var name: String
    public var min: Double
    public var max: Double
    /// Value → label, for ordinal scales.
    public var levels: [ScaleLevelText]
    public var visibility: Scale.Visibility

    public func accepts(_ value: Double) -> Bool {
        levels.isEmpty ? (value >= min && value <= max) : levels.contains { $0.value == value }
    }
}

/// A scale level's value and label in the session language.
public struct ScaleLevelText: Sendable, Codable, Equatable {
    public var value: Double
    public var label: String
}

/// A loop as a plan carries it: the plan step to go back to.
public struct PlanLoop: Sendable, Codable, Equatable {
    public var to: String
    public var question: String
    public var max: Int
}

/// Stable short digests (FNV-1a, 64 bit) for pinning content.
public enum Digest {
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
