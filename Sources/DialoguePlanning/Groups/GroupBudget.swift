/// How much searching group formation may do, counted in moves and restarts, never in time:
/// one model for the planner, `dialogue groups` and the benchmark, so that what the benchmark
/// shows is what a user gets. The moves grow with the people and rounds of the problem
/// (`movesPerPlace` for each person in each round, within `minimumMoves`…`maximumMoves`);
/// restarts without a better schedule end the search after `patience` of them. `effort`
/// multiplies both: 0 allows constructions and no search, 4 four times the standard.
public struct GroupBudget: Sendable, Hashable {
    /// The standard budget.
    public static let standard = GroupBudget(effort: 1)

    /// Moves for each person in each round.
    public static let movesPerPlace = 500
    /// The fewest moves a search with effort 1 gets.
    public static let minimumMoves = 20_000
    /// The most moves a search with effort 1 gets.
    public static let maximumMoves = 500_000
    /// Restarts without improvement a search with effort 1 allows.
    public static let standardPatience = 8

    /// The multiplier of the standard budget.
    public var effort: Int

    /// A budget of `effort` times the standard one.
    public init(effort: Int) { self.effort = max(0, effort) }

    /// The moves for `people` people over `rounds` rounds.
    public func moves(people: Int, rounds: Int) -> Int {
        let standard = min(Self.maximumMoves, max(Self.minimumMoves, people * rounds * Self.movesPerPlace))
        return standard.multipliedReportingOverflow(by: effort).overflow ? .max : standard * effort
    }

    /// The restarts without improvement the search allows.
    public var patience: Int { Self.standardPatience * effort }
}
