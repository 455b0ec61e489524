import Foundation

/// What group formation is asked to solve: people with attributes, how many groups of
/// which sizes, over how many rounds, with which people fixed or kept together or apart,
/// and what to mix. Everything random is driven by `seed`.
public struct GroupProblem: Sendable {
    /// One person to place.
    public struct Person: Sendable, Hashable {
        /// The person's name, as it will appear in the groups.
        public var name: String
        /// Attributes such as organisation, role, "family"/"professional", language.
        public var attributes: [String: String]

        /// A person called `name` with `attributes`.
        public init(name: String, attributes: [String: String] = [:]) {
            self.name = name
            self.attributes = attributes
        }
    }

    /// The most people one problem may hold.
    public static let maximumPeople = 100_000

    /// Everyone to place, each once per round.
    public var people: [Person]
    /// Group sizes for every round; they add up to the number of people.
    public var sizes: [Int]
    /// How many rounds of groups.
    public var rounds: Int
    /// People who stay in one group (by index) in every round: table hosts, a facilitator per group.
    public var fixed: [String: Int]
    /// Sets of people who are always in the same group (a client with their support person).
    public var keepTogether: [[String]]
    /// Sets of people of whom no two share a group.
    public var keepApart: [[String]]
    /// Attributes to spread across groups, most important first.
    public var mixBy: [String]
    /// Groups are tables with an identity: travellers should visit a different table each round.
    public var rotation: Bool
    /// The seed of every random choice.
    public var seed: UInt64
    /// Search effort: how many local-search moves at most. The result depends on the seed
    /// and this budget only, never on the machine's speed.
    public var maxIterations: Int
    /// An optional safety net from the caller (a time cap, a cancel button). When it stops
    /// the search, the quality report says so in ``GroupQuality/cutShort``.
    public var watch: SearchWatch?
    /// Restarts without a better schedule before the search settles for the best it has.
    public var patience: Int

    /// A problem with every part given; by default nobody fixed, kept together or apart, nothing
    /// mixed, seed 1, and the moves and patience of `budget` (the standard one) for its size.
    public init(
        people: [Person], sizes: [Int], rounds: Int, fixed: [String: Int] = [:],
        keepTogether: [[String]] = [], keepApart: [[String]] = [], mixBy: [String] = [],
        rotation: Bool = false, seed: UInt64 = 1, budget: GroupBudget = .standard, maxIterations: Int? = nil,
        watch: SearchWatch? = nil, patience: Int? = nil
    ) {
        self.people = people
        self.sizes = sizes
        self.rounds = rounds
        self.fixed = fixed
        self.keepTogether = keepTogether
        self.keepApart = keepApart
        self.mixBy = mixBy
        self.rotation = rotation
        self.seed = seed
        self.maxIterations = maxIterations ?? budget.moves(people: people.count, rounds: rounds)
        self.watch = watch
        self.patience = patience ?? budget.patience
    }

    /// Sizes for `people` in groups of `size` (min…max): as few groups as the maximum allows,
    /// sizes as equal as possible. Nil when no such split exists.
    public static func sizes(people: Int, size: CountRange, groups: Int? = nil) -> [Int]? {
        guard people > 0 else { return nil }
        let upper = size.max ?? max(size.min, people)
        guard upper >= 1 else { return nil }
        let count = groups ?? Int((Double(people) / Double(upper)).rounded(.up))
        guard count >= 1, count <= people else { return nil }
        let base = people / count
        let extra = people % count
        let sizes = (0..<count).map { $0 < extra ? base + 1 : base }
        guard sizes.allSatisfy({ size.contains($0) }) else { return nil }
        return sizes
    }
}

/// Why a group problem cannot be solved as asked.
public struct GroupFormationError: Error, CustomStringConvertible, Equatable {
    /// What cannot be done, and what to change.
    public var message: String
    /// The message.
    public var description: String { message }

    /// An error saying `message`.
    public init(_ message: String) {
        self.message = message
    }
}

/// The groups of every round, by person name, with a report on their quality.
public struct GroupSchedule: Sendable, Codable, Equatable {
    /// Rounds, each a list of groups, each a list of names as in the input.
    public var rounds: [[[String]]]
    /// How good the groups are, with the bounds.
    public var quality: GroupQuality
}

/// How good a schedule is, measured, with the bounds that say how good it could be.
public struct GroupQuality: Sendable, Codable, Equatable {
    /// Pairs meeting more than once, counted as Σ max(0, meetings − 1) over pairs.
    public var repeats: Int
    /// The most times any pair met.
    public var maxMeetings: Int
    /// A lower bound on `repeats` from counting: n·max(0, w(s−1)−(n−1))/2 for equal sizes.
    public var repeatsLowerBound: Int
    /// The most rounds with zero repeats that counting allows: ⌊(n−1)/(s−1)⌋.
    public var zeroRepeatRoundsBound: Int
    /// Per mixed attribute: the largest share of one value in any group (0…1), and a lower bound on the most of one value per group.
    public var mixing: [MixingReport]
    /// Travellers who sat at the same table twice (rotation only).
    public var tableRevisits: Int
    /// Broken hard constraints (should be zero), each described.
    public var violations: [String]
    /// Constraints that shape the result: fixed people, kept together, kept apart.
    public var binding: [String]
    /// How the schedule was found ("finite-field construction GF(8)", "local search").
    public var method: String
    /// Local-search moves made.
    public var iterations: Int
    /// The move at which the schedule first had zero repeats (nil if never).
    public var movesToZeroRepeats: Int?
    /// True when the caller's ``SearchWatch``, not success or the move budget, ended the
    /// search: such a schedule may differ from run to run and is not final.
    public var cutShort: Bool
    /// True when `repeatsLowerBound` holds for schedules whose table revisits are at their
    /// minimum (a rotation's first objective: a new table every round while rounds ≤ tables),
    /// and this schedule is one.
    public var boundAssumesFewestRevisits: Bool = false
    /// True when `repeatsLowerBound` was proven by an exhaustive search (of a café's table
    /// sequences) rather than by counting alone.
    public var boundProvenBySearch: Bool = false
    /// True when no schedule can be better: no broken constraint, table revisits at their
    /// minimum and repeats at their proven lower bound.
    public var optimal: Bool = false

    /// A value with every part given.
    public init(
        repeats: Int, maxMeetings: Int, repeatsLowerBound: Int, zeroRepeatRoundsBound: Int, mixing: [MixingReport],
        tableRevisits: Int, violations: [String], binding: [String], method: String, iterations: Int,
        movesToZeroRepeats: Int?, cutShort: Bool
    ) {
        self.repeats = repeats
        self.maxMeetings = maxMeetings
        self.repeatsLowerBound = repeatsLowerBound
        self.zeroRepeatRoundsBound = zeroRepeatRoundsBound
        self.mixing = mixing
        self.tableRevisits = tableRevisits
        self.violations = violations
        self.binding = binding
        self.method = method
        self.iterations = iterations
        self.movesToZeroRepeats = movesToZeroRepeats
        self.cutShort = cutShort
    }

    enum CodingKeys: String, CodingKey {
        case repeats, maxMeetings, repeatsLowerBound, zeroRepeatRoundsBound, mixing, tableRevisits, violations
        case binding, method, iterations, movesToZeroRepeats, cutShort, boundAssumesFewestRevisits, optimal
        case boundProvenBySearch
        /// Written by engines before 0.2.0, which timed the search: read and set aside.
        case seconds, secondsToZeroRepeats, stoppedByTime
    }

    /// Reads what ``encode(to:)`` writes, and plans of engines before 0.2.0, whose timings
    /// are set aside (a plan holds no durations).
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        repeats = try container.decode(Int.self, forKey: .repeats)
        maxMeetings = try container.decode(Int.self, forKey: .maxMeetings)
        repeatsLowerBound = try container.decode(Int.self, forKey: .repeatsLowerBound)
        zeroRepeatRoundsBound = try container.decode(Int.self, forKey: .zeroRepeatRoundsBound)
        mixing = try container.decode([MixingReport].self, forKey: .mixing)
        tableRevisits = try container.decode(Int.self, forKey: .tableRevisits)
        violations = try container.decode([String].self, forKey: .violations)
        binding = try container.decode([String].self, forKey: .binding)
        method = try container.decode(String.self, forKey: .method)
        iterations = try container.decode(Int.self, forKey: .iterations)
        movesToZeroRepeats = try container.decodeIfPresent(Int.self, forKey: .movesToZeroRepeats)
        let stoppedByTime = try container.decodeIfPresent(Bool.self, forKey: .stoppedByTime)
        cutShort = try container.decodeIfPresent(Bool.self, forKey: .cutShort) ?? stoppedByTime ?? false
        boundAssumesFewestRevisits =
            try container.decodeIfPresent(Bool.self, forKey: .boundAssumesFewestRevisits) ?? false
        optimal = try container.decodeIfPresent(Bool.self, forKey: .optimal) ?? false
        boundProvenBySearch = try container.decodeIfPresent(Bool.self, forKey: .boundProvenBySearch) ?? false
        _ = try container.decodeIfPresent(Double.self, forKey: .seconds)
        _ = try container.decodeIfPresent(Double.self, forKey: .secondsToZeroRepeats)
    }

    /// Writes the report without any timing: plans hold no durations.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(repeats, forKey: .repeats)
        try container.encode(maxMeetings, forKey: .maxMeetings)
        try container.encode(repeatsLowerBound, forKey: .repeatsLowerBound)
        try container.encode(zeroRepeatRoundsBound, forKey: .zeroRepeatRoundsBound)
        try container.encode(mixing, forKey: .mixing)
        try container.encode(tableRevisits, forKey: .tableRevisits)
        try container.encode(violations, forKey: .violations)
        try container.encode(binding, forKey: .binding)
        try container.encode(method, forKey: .method)
        try container.encode(iterations, forKey: .iterations)
        try container.encodeIfPresent(movesToZeroRepeats, forKey: .movesToZeroRepeats)
        try container.encode(cutShort, forKey: .cutShort)
        try container.encode(boundAssumesFewestRevisits, forKey: .boundAssumesFewestRevisits)
        try container.encode(optimal, forKey: .optimal)
        try container.encode(boundProvenBySearch, forKey: .boundProvenBySearch)
    }
}

/// A caller's view into a running group search: a safety net that may stop it early and a
/// signal each time the schedule is better than every one before it. The search asks
/// `shouldStop` every few dozen moves; the library itself never reads a clock.
public struct SearchWatch: Sendable {
    /// Asked every few dozen moves; true stops the search with the best schedule so far.
    public var shouldStop: @Sendable () -> Bool
    /// Told the repeats and the move count each time the search reaches a schedule better than
    /// every one before it: fewer broken keep-apart, revisits or repeats, or at those a better
    /// mixing. The last call is the moment the final plan's value was first reached.
    public var improved: @Sendable (_ repeats: Int, _ moves: Int) -> Void

    /// A value with every part given.
    public init(
        shouldStop: @escaping @Sendable () -> Bool = { false },
        improved: @escaping @Sendable (_ repeats: Int, _ moves: Int) -> Void = { _, _ in }
    ) {
        self.shouldStop = shouldStop
        self.improved = improved
    }
}

/// How well one attribute is spread.
public struct MixingReport: Sendable, Codable, Equatable {
    /// The attribute mixed, such as organisation.
    public var attribute: String
    /// The most people sharing one value in any group, over all rounds.
    public var maxSameInGroup: Int
    /// A lower bound on that maximum: ⌈largest value count / groups⌉, the fixed people of one
    /// value in one group, and in a rotation whose travellers have the fewest revisits the
    /// travellers who must sit at tables where a host holds their value (over as many rounds as
    /// tables, every traveller meets every host). Other constraints can force more.
    public var bestPossible: Int
    /// The largest share of one value in any group (0…1).
    public var largestShare: Double
    /// Pairs in a group sharing the value, summed over groups and rounds.
    public var samePairs: Int
}
