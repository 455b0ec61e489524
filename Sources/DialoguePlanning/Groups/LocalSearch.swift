/// The search behind ``DesignAndSearchGroupFormer``: state, incremental costs and moves.
///
/// Two move kinds share one state:
/// - a *round swap* exchanges two people's groups in one round (tabu search on conflicts,
///   in the manner of Dotú & Van Hentenryck's social golfer search);
/// - a *slot swap* exchanges two people's places in every round at once; on a zero-repeat
///   construction it keeps zero repeats and only changes mixing and keep-apart.
struct LocalSearch {
    struct Outcome {
        var assignment: [[Int]]
        var method: String
        var iterations: Int
        var movesToZero: Int?
        var cutShort: Bool
        /// The search's revisit count of the assignment (see ``GroupModel/revisitsLowerBound``).
        var revisits: Int
        /// The fewest repeats any schedule with the fewest revisits can have, when an exhaustive
        /// search proved it.
        var provenRepeats: Int? = nil
    }

    let model: GroupModel
    let watch: SearchWatch?
    let maxIterations: Int
    let patience: Int
    var rng: SeededGenerator

    // State, flat arrays indexed by round r, person p, group g.
    var groupOf: [Int]  // r*n + p
    var slots: [Int]  // ((r*groups + g) * width) + i: members of each group
    var slotCount: [Int]  // r*groups + g
    let width: Int  // the largest group size
    let apart: FlagTable  // copy of the model's, for the hot loops
    var meet: CountTable  // p*n + q
    var mixCount: [[Int]]  // per attribute: (r*groups + g)*values + v
    var visits: CountTable  // p*groups + g, rotation only
    // With at most 64 people, the meeting counts are mirrored in bit rows so that a swap is
    // priced with four population counts: bit x of metOnce[p] is set when p met x at least
    // once, of metTwice[p] when at least twice; groupBits holds each group's members.
    let useBits: Bool
    var metOnce: [UInt64]  // p
    var metTwice: [UInt64]  // p
    var groupBits: [UInt64]  // r*groups + g

    // Cost parts.
    var repeats = 0
    var apartHits = 0
    var revisits = 0
    var mixPenalty: [Int]  // per mix attribute: Σ over groups and values of crowding

    /// What one more person of a value adds to a group that already holds `count` of it:
    /// count·(count + 1)/2, so a group's penalty for c of one value is C(c + 1, 3). Pairs alone
    /// would score four of one organisation in one group the same as the same pairs spread
    /// over groups of two; this makes the search spread them.
    static func crowding(_ count: Int) -> Int { count * (count + 1) / 2 }

    /// Weights of the cost parts, far enough apart that one swap's change in a lower part never
    /// outweighs a unit of a higher one, and small enough that a swap's change (at most twice
    /// the largest group, 200,000 people) times its weight stays below 2^62.
    static let hardWeight: Int64 = 1 << 44
    static let revisitWeight: Int64 = 1 << 36
    static let repeatWeight: Int64 = 1 << 24

    /// The café search's work for each move of the budget: a node weighs as many units as there
    /// are sequences to try, and costs a small fraction of a move.
    static let cafeWorkPerMove = 256

    // The model's fields used in the hot loops, held here so that no loop copies the model.
    let n: Int
    let groups: Int
    let fixedGroup: [Int]
    let values: [[Int]]
    let valueCount: [Int]
    let mixAttributeCount: Int
    let rotation: Bool
    /// The repeats the search aims at: the model's bound, or the proven fewest once known.
    var repeatsBound: Int
    let revisitsBound: Int
    let targetMix: [Int]
    let isMovable: [Bool]
    let roundCount: Int
    let hasApart: Bool

    /// Moves made before the running phase began, so that phases can report the move at
    /// which zero repeats were first reached.
    var movesBefore = 0
    var movesToZero: Int?
    /// The fewest repeats any schedule of this search has had (with no broken keep-apart).
    var lowestRepeats = Int.max
    /// The lowest ``cost`` any schedule of this search has had, kept only for a watch.
    var lowestCost = Int64.max

    init(model: GroupModel, problem: GroupProblem) {
        self.model = model
        watch = problem.watch
        maxIterations = problem.maxIterations
        patience = problem.patience
        rng = SeededGenerator(seed: problem.seed)
        groupOf = []
        slots = []
        slotCount = []
        width = model.sizes.max() ?? 1
        apart = model.apart
        n = model.n
        groups = model.groups
        fixedGroup = model.fixedGroup
        values = model.values
        valueCount = model.valueCounts.map(\.count)
        mixAttributeCount = model.mixAttributes.count
        rotation = model.rotation
        repeatsBound = model.repeatsLowerBoundWithFewestRevisits
        revisitsBound = model.revisitsLowerBound
        targetMix = (0..<model.mixAttributes.count).map(model.mixingLowerBound)
        roundCount = model.rounds
        hasApart = !model.apartPairs.isEmpty
        isMovable = (0..<model.n).map { model.fixedGroup[$0] < 0 && model.units[model.unitOf[$0]].count == 1 }
        meet = CountTable(count: 0)
        mixCount = []
        visits = CountTable(count: 0)
        useBits = model.n <= 64
        metOnce = []
        metTwice = []
        groupBits = []
        mixPenalty = Array(repeating: 0, count: model.mixAttributes.count)
    }

    /// The most a cost or a swap's change may be: 2^61, so that a cost plus a change never
    /// overflows.
    static let costLimit = Int64.max / 4

    /// `count` times `weight`, held within ±``costLimit``.
    static func weighted(_ count: Int, _ weight: Int64) -> Int64 {
        let (product, overflow) = Int64(count).multipliedReportingOverflow(by: weight)
        return overflow ? (count < 0 ? -costLimit : costLimit) : clamped(product)
    }

    /// `value` held within ±``costLimit``.
    static func clamped(_ value: Int64) -> Int64 { max(-costLimit, min(costLimit, value)) }

    /// The weighted sum of the cost parts, in the order of the objectives: broken keep-apart,
    /// table revisits, repeats, mixing. Saturates at 2^61 instead of overflowing on huge
    /// problems, so that a cost plus a swap's change never overflows either.
    var cost: Int64 {
        var total: Int64 = 0
        func add(_ count: Int, _ weight: Int64) {
            let (part, overflow) = Int64(count).multipliedReportingOverflow(by: weight)
            let (sum, overflowAgain) = total.addingReportingOverflow(part)
            total = overflow || overflowAgain ? Self.costLimit : min(sum, Self.costLimit)
        }
        add(apartHits, Self.hardWeight)
        add(revisits, Self.revisitWeight)
        add(repeats, Self.repeatWeight)
        for (k, penalty) in mixPenalty.enumerated() { add(penalty, Int64(mixPenalty.count - k)) }
        return total
    }

    /// The cost parts above mixing: broken keep-apart, table revisits and repeats, weighted.
    var hardCost: Int64 {
        Self.clamped(
            Self.weighted(apartHits, Self.hardWeight) + Self.weighted(revisits, Self.revisitWeight)
                + Self.weighted(repeats, Self.repeatWeight))
    }

    /// Whether the goals above mixing are met: no broken keep-apart, revisits and repeats at
    /// their bounds.
    var hardGoalsMet: Bool { apartHits == 0 && revisits <= revisitsBound && repeats <= repeatsBound }

    var atTarget: Bool {
        apartHits == 0 && revisits <= revisitsBound && repeats <= repeatsBound && mixPenalty == targetMix
    }

    /// Asks the caller's safety net, if any, whether to stop now.
    func cutOff() -> Bool { watch?.shouldStop() ?? false }

    /// Notes the first move at which the schedule has zero repeats and no broken keep-apart,
    /// and tells the caller's watch each time the schedule is better than every one before.
    mutating func noteZero(at move: Int) {
        noteBest(at: move)
        guard apartHits == 0, repeats < lowestRepeats else { return }
        lowestRepeats = repeats
        if repeats == 0 { movesToZero = move }
    }

    /// Tells the caller's watch, if any, when the schedule is better than every one before it
    /// in the whole objective (keep-apart, revisits, repeats, then mixing).
    mutating func noteBest(at move: Int) {
        guard let watch else { return }
        let current = cost
        guard current < lowestCost else { return }
        lowestCost = current
        watch.improved(repeats, move)
    }

    // MARK: - Run

    mutating func run() -> Outcome {
        let rounds = model.rounds
        let largest = model.sizes.max() ?? 1
        let smallest = model.sizes.min() ?? 1
        let fixedCount = model.fixedGroup.filter { $0 >= 0 }.count
        let fixedPerGroupOK = Set(model.fixedGroup.filter { $0 >= 0 }).count == fixedCount
        let singles = model.units.allSatisfy { $0.count == 1 }
        var method = "local search"
        var iterations = 0
        var cutShort = false

        var fromConstruction = false
        if singles, fixedPerGroupOK, largest - smallest <= 1,
            let construction = SlotSchedule.best(
                groups: groups, classes: largest, rounds: rounds,
                hostsStay: fixedCount > 0),
            let placed = place(on: construction), validSizes(placed)
        {
            load(placed)
            method = construction.description
            fromConstruction = true
            noteZero(at: 0)
            let result = improveBySlotSwaps()
            iterations += result.iterations
            cutShort = result.cutShort
            if atTarget || cutShort {
                return Outcome(
                    assignment: snapshot(), method: method + " + slot swaps", iterations: iterations,
                    movesToZero: movesToZero, cutShort: cutShort, revisits: revisits)
            }
            // Only mixing left: mixing first (every round spread, then repeats removed by swaps
            // that keep it), else one tabu search over round swaps from the construction, never
            // a restart from a random start, which would throw away its repeats.
            if hardGoalsMet {
                let first = mixingFirst(budget: maxIterations - iterations)
                iterations += first.iterations
                if atTarget || first.cutShort {
                    return Outcome(
                        assignment: snapshot(), method: method + " + slot swaps + mixing first", iterations: iterations,
                        movesToZero: movesToZero, cutShort: first.cutShort, revisits: revisits)
                }
                let result = tabuSearch(budget: maxIterations - iterations)
                iterations += result.iterations
                return Outcome(
                    assignment: snapshot(), method: method + " + slot swaps + tabu search", iterations: iterations,
                    movesToZero: movesToZero, cutShort: result.cutShort, revisits: revisits)
            }
        }
        // A café: the exact search over travellers' table sequences, kept when it proves its plan
        // the best or its plan beats the construction's.
        var provenRepeats: Int?
        var started = fromConstruction
        if let cafe = cafeSequences(
            work: maxIterations.multipliedReportingOverflow(by: Self.cafeWorkPerMove).partialValue)
        {
            let before = started ? snapshot() : nil
            let beforeCost = started ? hardCost : .max
            load(cafe.assignment)
            if hardCost > beforeCost, let before { load(before) } else { method = cafe.method }
            started = true
            if let proven = cafe.provenRepeats {
                provenRepeats = proven
                repeatsBound = max(repeatsBound, proven)
            }
            noteZero(at: iterations)
            if apartHits == 0, revisits <= revisitsBound, repeats <= repeatsBound {
                let swaps = improveBySlotSwaps()
                iterations += swaps.iterations
                var cutShort = swaps.cutShort
                method += " + slot swaps"
                if !atTarget, !cutShort {
                    let result = tabuSearch(budget: maxIterations - iterations)
                    iterations += result.iterations
                    cutShort = result.cutShort
                    method += " + tabu search"
                }
                return Outcome(
                    assignment: snapshot(), method: method, iterations: iterations, movesToZero: movesToZero,
                    cutShort: cutShort, revisits: revisits, provenRepeats: provenRepeats)
            }
        }
        // Tabu search over rounds: from the construction or café plan when there is one, else
        // from the best partial construction, then from random starts.
        if !started {
            load(initialAssignment(usePrefix: singles && fixedPerGroupOK))
        }
        noteZero(at: iterations)
        var bestAssignment = snapshot()
        var bestCost = cost
        var bestHardCost = hardCost
        var restarts = 0
        var fruitlessRestarts = 0
        while iterations < maxIterations, !atTarget {
            movesBefore = iterations
            let result = tabuSearch(budget: maxIterations - iterations)
            iterations += result.iterations
            if cost < bestCost {
                bestCost = cost
                bestAssignment = snapshot()
            }
            // Patience counts restarts that found no fewer broken constraints, revisits or
            // repeats: mixing is settled by slot swaps below, which keep all three.
            if hardCost < bestHardCost {
                bestHardCost = hardCost
                fruitlessRestarts = 0
            } else {
                fruitlessRestarts += 1
                if fruitlessRestarts > patience { break }
            }
            if result.cutShort {
                cutShort = true
                break
            }
            if atTarget || iterations >= maxIterations { break }
            restarts += 1
            load(initialAssignment(usePrefix: false))
        }
        load(bestAssignment)
        if singles, !atTarget, !cutShort, iterations < maxIterations {
            let result = improveBySlotSwaps()
            iterations += result.iterations
            cutShort = result.cutShort
        }
        let search = restarts > 0 ? "tabu search (\(restarts) restarts)" : "tabu search"
        method = started ? method + " + slot swaps + " + search : search
        return Outcome(
            assignment: snapshot(), method: method, iterations: iterations,
            movesToZero: movesToZero, cutShort: cutShort, revisits: revisits, provenRepeats: provenRepeats)
    }
}
