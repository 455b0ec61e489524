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
    let apart: [Bool]  // copy of the model's, for the hot loops
    var meet: [UInt16]  // p*n + q
    var mixCount: [[Int]]  // per attribute: (r*groups + g)*values + v
    var visits: [Int]  // p*groups + g, rotation only
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

    static let hardWeight: Int64 = 1 << 52
    static let repeatWeight: Int64 = 1 << 40
    static let revisitWeight: Int64 = 1 << 28

    // The model's fields used in the hot loops, held here so that no loop copies the model.
    let n: Int
    let groups: Int
    let fixedGroup: [Int]
    let values: [[Int]]
    let valueCount: [Int]
    let mixAttributeCount: Int
    let rotation: Bool
    let repeatsBound: Int
    let targetMix: [Int]
    let isMovable: [Bool]
    let roundCount: Int
    let hasApart: Bool

    /// Moves made before the running phase began, so that phases can report the move at
    /// which zero repeats were first reached.
    var movesBefore = 0
    var movesToZero: Int?

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
        repeatsBound = model.repeatsLowerBound
        targetMix = (0..<model.mixAttributes.count).map(model.mixingLowerBound)
        roundCount = model.rounds
        hasApart = !model.apartPairs.isEmpty
        isMovable = (0..<model.n).map { model.fixedGroup[$0] < 0 && model.units[model.unitOf[$0]].count == 1 }
        meet = []
        mixCount = []
        visits = []
        useBits = model.n <= 64
        metOnce = []
        metTwice = []
        groupBits = []
        mixPenalty = Array(repeating: 0, count: model.mixAttributes.count)
    }

    var cost: Int64 {
        var total =
            Int64(apartHits) * Self.hardWeight + Int64(repeats) * Self.repeatWeight
            + Int64(revisits) * Self.revisitWeight
        for (k, penalty) in mixPenalty.enumerated() { total += Int64(penalty * (mixPenalty.count - k)) }
        return total
    }

    var atTarget: Bool {
        apartHits == 0 && repeats <= repeatsBound && revisits == 0 && mixPenalty == targetMix
    }

    /// Asks the caller's safety net, if any, whether to stop now.
    func cutOff() -> Bool { watch?.shouldStop() ?? false }

    /// Notes the first move at which the schedule has zero repeats and no broken keep-apart.
    mutating func noteZero(at move: Int) {
        guard movesToZero == nil, repeats == 0, apartHits == 0 else { return }
        movesToZero = move
        watch?.reachedZeroRepeats(move)
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
                    movesToZero: movesToZero, cutShort: cutShort)
            }
        }
        // Tabu search over rounds: from the construction when there is one, else from the best
        // partial construction, then from random starts.
        if !fromConstruction {
            load(initialAssignment(usePrefix: singles && fixedPerGroupOK))
        }
        noteZero(at: iterations)
        var bestAssignment = snapshot()
        var bestCost = cost
        var restarts = 0
        var fruitlessRestarts = 0
        while iterations < maxIterations, !atTarget {
            movesBefore = iterations
            let result = tabuSearch(budget: maxIterations - iterations)
            iterations += result.iterations
            if cost < bestCost {
                bestCost = cost
                bestAssignment = snapshot()
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
        if singles, !atTarget, !cutShort, iterations < maxIterations, repeats <= model.repeatsLowerBound {
            let result = improveBySlotSwaps()
            iterations += result.iterations
            cutShort = result.cutShort
        }
        let search = restarts > 0 ? "tabu search (\(restarts) restarts)" : "tabu search"
        method = fromConstruction ? method + " + slot swaps + " + search : search
        return Outcome(
            assignment: snapshot(), method: method, iterations: iterations,
            movesToZero: movesToZero, cutShort: cutShort)
    }

    // MARK: - Building states

    /// The better of two placements on a construction: people grouped by their first mixed
    /// value (a class of one value puts at most one of it in each group) or interleaved by
    /// it (values spread when they do not fill classes). Nil when fixed people do not fit.
    mutating func place(on construction: SlotSchedule) -> [[Int]]? {
        guard let grouped = place(on: construction, order: peopleByValue()) else { return nil }
        // Costs can be compared only for a construction that covers every round.
        guard !values.isEmpty, construction.rounds == roundCount,
            let interleaved = place(on: construction, order: peopleInterleaved())
        else { return grouped }
        load(grouped)
        let groupedCost = cost
        load(interleaved)
        return cost < groupedCost ? interleaved : grouped
    }

    /// Puts people on a construction's slots: fixed people on class-0 slots of their group,
    /// then the rest in `order`, class by class. Slots left over are dropped from the last class
    /// first, never two that share a group in some round.
    mutating func place(on construction: SlotSchedule, order: [Int]) -> [[Int]]? {
        let slots = construction.groups * construction.classes
        let spare = slots - n
        guard spare >= 0, spare <= construction.groups else { return nil }
        var personOfSlot = [Int](repeating: -1, count: slots)
        var used = [Bool](repeating: false, count: n)
        for person in 0..<n where model.fixedGroup[person] >= 0 {
            let slot = construction.slot(0, model.fixedGroup[person])
            guard personOfSlot[slot] == -1 else { return nil }
            personOfSlot[slot] = person
            used[person] = true
        }
        // Dropped slots must never share a group, or a group would lose two people in one round.
        var dropped: [Int] = []
        for a in stride(from: construction.classes - 1, through: 0, by: -1) {
            for b in stride(from: construction.groups - 1, through: 0, by: -1) where dropped.count < spare {
                let slot = construction.slot(a, b)
                if personOfSlot[slot] == -1, !dropped.contains(where: { construction.meet(slot, $0) }) {
                    dropped.append(slot)
                }
            }
        }
        guard dropped.count == spare else { return nil }
        let droppedSlots = Set(dropped)
        var queue = order.filter { !used[$0] }
        for slot in 0..<slots where personOfSlot[slot] == -1 && !droppedSlots.contains(slot) {
            guard !queue.isEmpty else { return nil }
            personOfSlot[slot] = queue.removeFirst()
        }
        var assignment = Array(repeating: [Int](repeating: 0, count: n), count: construction.rounds)
        for round in 0..<construction.rounds {
            for slot in 0..<slots where personOfSlot[slot] >= 0 {
                assignment[round][personOfSlot[slot]] = construction.groupOfSlot[round][slot]
            }
        }
        return assignment
    }

    /// People grouped by the value of the first mixed attribute (largest value first, a seeded
    /// shuffle inside each). Slots are filled class by class and every group takes one slot
    /// of each class, so a class filled with one value puts at most one of it in each group.
    mutating func peopleByValue() -> [Int] {
        var order = Array(0..<n)
        order.shuffle(using: &rng)
        guard let values = model.values.first else { return order }
        var buckets: [Int: [Int]] = [:]
        for person in order { buckets[values[person], default: []].append(person) }
        let lists = buckets.sorted {
            $0.value.count > $1.value.count || ($0.value.count == $1.value.count && $0.key < $1.key)
        }
        return lists.flatMap(\.value)
    }

    /// People alternating over the values of the first mixed attribute (largest value first).
    mutating func peopleInterleaved() -> [Int] {
        var order = Array(0..<n)
        order.shuffle(using: &rng)
        guard let first = values.first else { return order }
        var buckets: [Int: [Int]] = [:]
        for person in order { buckets[first[person], default: []].append(person) }
        var lists = buckets.sorted {
            $0.value.count > $1.value.count || ($0.value.count == $1.value.count && $0.key < $1.key)
        }
        .map(\.value)
        var result: [Int] = []
        while result.count < n {
            for index in lists.indices where !lists[index].isEmpty { result.append(lists[index].removeFirst()) }
        }
        return result
    }

    func validSizes(_ assignment: [[Int]]) -> Bool {
        let smallest = model.sizes.min() ?? 1
        let largest = model.sizes.max() ?? 1
        for round in assignment {
            var counts = [Int](repeating: 0, count: groups)
            for group in round { counts[group] += 1 }
            if counts.contains(where: { $0 < smallest || $0 > largest }) { return false }
        }
        return true
    }

    /// A feasible start: fixed people and kept-together units first, then everyone else at
    /// random, filling each group to its size. With `usePrefix`, rounds a construction covers
    /// come from it.
    mutating func initialAssignment(usePrefix: Bool) -> [[Int]] {
        var assignment = Array(repeating: [Int](repeating: -1, count: n), count: model.rounds)
        var prefixRounds = 0
        if usePrefix, (model.sizes.max() ?? 1) - (model.sizes.min() ?? 1) <= 1 {
            for rounds in stride(from: model.rounds - 1, through: 1, by: -1) {
                if let construction = SlotSchedule.best(
                    groups: groups, classes: model.sizes.max() ?? 1, rounds: rounds,
                    hostsStay: model.fixedGroup.contains { $0 >= 0 }),
                    let placed = place(on: construction), validSizes(placed)
                {
                    for round in 0..<rounds { assignment[round] = placed[round] }
                    prefixRounds = rounds
                    break
                }
            }
        }
        let greedy = model.n <= 256 && model.units.allSatisfy { $0.count == 1 }
        var met = greedy ? [UInt16](repeating: 0, count: n * n) : []
        if greedy {
            for round in 0..<prefixRounds { record(assignment[round], into: &met) }
        }
        for round in prefixRounds..<model.rounds {
            if greedy {
                assignment[round] = freedomRound(met: met)
                record(assignment[round], into: &met)
                continue
            }
            var room = model.sizes
            var row = [Int](repeating: -1, count: n)
            for person in 0..<n where model.fixedGroup[person] >= 0 {
                row[person] = model.fixedGroup[person]
                room[model.fixedGroup[person]] -= 1
            }
            let units = model.units.indices.filter { model.units[$0].count > 1 && row[model.units[$0][0]] == -1 }
                .sorted { model.units[$0].count > model.units[$1].count }
            for unit in units {
                let size = model.units[unit].count
                let candidates = (0..<groups).filter { room[$0] >= size }
                guard !candidates.isEmpty else { continue }
                let group = candidates[rng.below(candidates.count)]
                for member in model.units[unit] { row[member] = group }
                room[group] -= size
            }
            var free = (0..<n).filter { row[$0] == -1 }
            free.shuffle(using: &rng)
            var group = 0
            for person in free {
                while group < groups, room[group] == 0 { group += 1 }
                if group == groups { group = (0..<groups).first { room[$0] > 0 } ?? 0 }
                row[person] = group
                room[group] -= 1
            }
            assignment[round] = row
        }
        return assignment
    }

    /// Adds one round's encounters to a meeting matrix.
    func record(_ row: [Int], into met: inout [UInt16]) {
        var lists = Array(repeating: [Int](), count: groups)
        for person in 0..<n { lists[row[person]].append(person) }
        for list in lists {
            for i in list.indices {
                for j in list.indices where i != j { met[list[i] * n + list[j]] += 1 }
            }
        }
    }

    /// One round built greedily on the idea of freedom (Triska & Musliu): fill each group
    /// with the pair of unplaced people who have not met and who leave the most unplaced
    /// people compatible with both; a last single seat takes the most compatible person.
    mutating func freedomRound(met: [UInt16]) -> [Int] {
        var row = [Int](repeating: -1, count: n)
        var room = model.sizes
        for person in 0..<n where model.fixedGroup[person] >= 0 {
            row[person] = model.fixedGroup[person]
            room[model.fixedGroup[person]] -= 1
        }
        var unplaced = (0..<n).filter { row[$0] == -1 }
        unplaced.shuffle(using: &rng)
        for group in 0..<groups {
            var inGroup = (0..<n).filter { row[$0] == group }
            while room[group] > 0, !unplaced.isEmpty {
                var bestScore = Int.min
                var choice: [Int] = []
                var ties = 0
                if room[group] >= 2, unplaced.count >= 2 {
                    for i in unplaced.indices {
                        let p = unplaced[i]
                        let clashP = inGroup.reduce(0) { $0 + Int(met[p * n + $1]) }
                        for j in unplaced.indices where j > i {
                            let q = unplaced[j]
                            let clash = clashP + Int(met[p * n + q]) + inGroup.reduce(0) { $0 + Int(met[q * n + $1]) }
                            var freedom = 0
                            for x in unplaced where x != p && x != q && met[x * n + p] == 0 && met[x * n + q] == 0 {
                                freedom += 1
                            }
                            let score = -clash * 10_000 + freedom
                            if score > bestScore {
                                bestScore = score
                                choice = [p, q]
                                ties = 1
                            } else if score == bestScore {
                                ties += 1
                                if rng.below(ties) == 0 { choice = [p, q] }
                            }
                        }
                    }
                } else {
                    for p in unplaced {
                        let clash = inGroup.reduce(0) { $0 + Int(met[p * n + $1]) }
                        let score = -clash
                        if score > bestScore {
                            bestScore = score
                            choice = [p]
                            ties = 1
                        } else if score == bestScore {
                            ties += 1
                            if rng.below(ties) == 0 { choice = [p] }
                        }
                    }
                }
                for person in choice {
                    row[person] = group
                    room[group] -= 1
                    inGroup.append(person)
                    unplaced.removeAll { $0 == person }
                }
            }
        }
        return row
    }

    func snapshot() -> [[Int]] {
        (0..<model.rounds).map { round in Array(groupOf[(round * n)..<((round + 1) * n)]) }
    }

    /// Loads an assignment and computes every count and cost from scratch.
    mutating func load(_ assignment: [[Int]]) {
        let rounds = model.rounds
        groupOf = assignment.flatMap { $0 }
        slots = [Int](repeating: -1, count: rounds * groups * width)
        slotCount = [Int](repeating: 0, count: rounds * groups)
        for round in 0..<rounds {
            for person in 0..<n {
                let list = round * groups + groupOf[round * n + person]
                slots[list * width + slotCount[list]] = person
                slotCount[list] += 1
            }
        }
        meet = [UInt16](repeating: 0, count: n * n)
        repeats = 0
        apartHits = 0
        for list in 0..<(rounds * groups) {
            let base = list * width
            for i in 0..<slotCount[list] {
                for j in (i + 1)..<max(i + 1, slotCount[list]) {
                    let (p, q) = (slots[base + i], slots[base + j])
                    if meet[p * n + q] >= 1 { repeats += 1 }
                    meet[p * n + q] += 1
                    meet[q * n + p] += 1
                    if model.apart[p * n + q] { apartHits += 1 }
                }
            }
        }
        if useBits {
            metOnce = [UInt64](repeating: 0, count: n)
            metTwice = [UInt64](repeating: 0, count: n)
            for p in 0..<n {
                for x in 0..<n {
                    if meet[p * n + x] >= 1 { metOnce[p] |= 1 << UInt64(x) }
                    if meet[p * n + x] >= 2 { metTwice[p] |= 1 << UInt64(x) }
                }
            }
            groupBits = [UInt64](repeating: 0, count: rounds * groups)
            for round in 0..<rounds {
                for person in 0..<n { groupBits[round * groups + groupOf[round * n + person]] |= 1 << UInt64(person) }
            }
        }
        mixCount = []
        for k in model.mixAttributes.indices {
            let valueCount = model.valueCounts[k].count
            var counts = [Int](repeating: 0, count: rounds * groups * max(1, valueCount))
            var penalty = 0
            for round in 0..<rounds {
                for person in 0..<n {
                    let value = model.values[k][person]
                    guard value >= 0 else { continue }
                    let index = (round * groups + groupOf[round * n + person]) * valueCount + value
                    penalty += Self.crowding(counts[index])
                    counts[index] += 1
                }
            }
            mixCount.append(counts)
            mixPenalty[k] = penalty
        }
        revisits = 0
        if model.rotation {
            visits = [Int](repeating: 0, count: n * groups)
            for round in 0..<rounds {
                for person in 0..<n where model.fixedGroup[person] < 0 {
                    let index = person * groups + groupOf[round * n + person]
                    revisits += visits[index]
                    visits[index] += 1
                }
            }
        }
    }

    // MARK: - Round swaps

    /// Cost change of exchanging p and q (in different groups) in `round`. The hottest code
    /// of the search: the meeting counts are read through buffers, and keep-apart, table
    /// visits and mixing are looked at only when the problem has them.
    func roundSwapDelta(_ round: Int, _ p: Int, _ q: Int) -> Int64 {
        let a = groupOf[round * n + p]
        let b = groupOf[round * n + q]
        let listA = round * groups + a
        let listB = round * groups + b
        let countA = slotCount[listA]
        let countB = slotCount[listB]
        let baseA = listA * width
        let baseB = listB * width
        let rowP = p * n
        let rowQ = q * n
        var repeatDelta = 0
        if useBits {
            // p leaves its second meetings in a and brings its earlier ones to b; q the reverse.
            let membersA = groupBits[listA] & ~(1 << UInt64(p))
            let membersB = groupBits[listB] & ~(1 << UInt64(q))
            repeatDelta =
                (metOnce[q] & membersA).nonzeroBitCount - (metTwice[p] & membersA).nonzeroBitCount
                + (metOnce[p] & membersB).nonzeroBitCount - (metTwice[q] & membersB).nonzeroBitCount
        } else {
            meet.withUnsafeBufferPointer { met in
                slots.withUnsafeBufferPointer { members in
                    for i in 0..<countA {
                        let x = members[baseA + i]
                        if x == p { continue }
                        if met[rowP + x] >= 2 { repeatDelta -= 1 }
                        if met[rowQ + x] >= 1 { repeatDelta += 1 }
                    }
                    for i in 0..<countB {
                        let x = members[baseB + i]
                        if x == q { continue }
                        if met[rowQ + x] >= 2 { repeatDelta -= 1 }
                        if met[rowP + x] >= 1 { repeatDelta += 1 }
                    }
                }
            }
        }
        var total = Int64(repeatDelta) * Self.repeatWeight
        if hasApart {
            var apartDelta = 0
            for i in 0..<countA {
                let x = slots[baseA + i]
                if x == p { continue }
                if apart[rowP + x] { apartDelta -= 1 }
                if apart[rowQ + x] { apartDelta += 1 }
            }
            for i in 0..<countB {
                let x = slots[baseB + i]
                if x == q { continue }
                if apart[rowQ + x] { apartDelta -= 1 }
                if apart[rowP + x] { apartDelta += 1 }
            }
            total += Int64(apartDelta) * Self.hardWeight
        }
        if rotation {
            var revisitDelta = 0
            if fixedGroup[p] < 0 {
                revisitDelta += visits[p * groups + b] - (visits[p * groups + a] - 1)
            }
            if fixedGroup[q] < 0 {
                revisitDelta += visits[q * groups + a] - (visits[q * groups + b] - 1)
            }
            total += Int64(revisitDelta) * Self.revisitWeight
        }
        if mixAttributeCount > 0 { total += mixDelta(round, p, a, q, b) }
        return total
    }

    func mixDelta(_ round: Int, _ p: Int, _ a: Int, _ q: Int, _ b: Int) -> Int64 {
        var total: Int64 = 0
        for k in 0..<mixAttributeCount {
            let vp = values[k][p]
            let vq = values[k][q]
            if vp == vq { continue }
            let valueCount = valueCount[k]
            let baseA = (round * groups + a) * valueCount
            let baseB = (round * groups + b) * valueCount
            var delta = 0
            if vp >= 0 { delta += Self.crowding(mixCount[k][baseB + vp]) - Self.crowding(mixCount[k][baseA + vp] - 1) }
            if vq >= 0 { delta += Self.crowding(mixCount[k][baseA + vq]) - Self.crowding(mixCount[k][baseB + vq] - 1) }
            total += Int64(delta * (mixAttributeCount - k))
        }
        return total
    }

    mutating func applyRoundSwap(_ round: Int, _ p: Int, _ q: Int) {
        let a = groupOf[round * n + p]
        let b = groupOf[round * n + q]
        let listA = round * groups + a
        let listB = round * groups + b
        for i in 0..<slotCount[listA] {
            let x = slots[listA * width + i]
            if x == p { continue }
            leave(p, x)
            join(q, x)
        }
        for i in 0..<slotCount[listB] {
            let x = slots[listB * width + i]
            if x == q { continue }
            leave(q, x)
            join(p, x)
        }
        for k in 0..<mixAttributeCount {
            let valueCount = valueCount[k]
            let vp = values[k][p]
            let vq = values[k][q]
            if vp == vq { continue }
            let baseA = (round * groups + a) * valueCount
            let baseB = (round * groups + b) * valueCount
            if vp >= 0 {
                mixCount[k][baseA + vp] -= 1
                mixPenalty[k] -= Self.crowding(mixCount[k][baseA + vp])
                mixPenalty[k] += Self.crowding(mixCount[k][baseB + vp])
                mixCount[k][baseB + vp] += 1
            }
            if vq >= 0 {
                mixCount[k][baseB + vq] -= 1
                mixPenalty[k] -= Self.crowding(mixCount[k][baseB + vq])
                mixPenalty[k] += Self.crowding(mixCount[k][baseA + vq])
                mixCount[k][baseA + vq] += 1
            }
        }
        if rotation {
            if fixedGroup[p] < 0 {
                visits[p * groups + a] -= 1
                revisits -= visits[p * groups + a]
                revisits += visits[p * groups + b]
                visits[p * groups + b] += 1
            }
            if fixedGroup[q] < 0 {
                visits[q * groups + b] -= 1
                revisits -= visits[q * groups + b]
                revisits += visits[q * groups + a]
                visits[q * groups + a] += 1
            }
        }
        groupOf[round * n + p] = b
        groupOf[round * n + q] = a
        if useBits {
            let both: UInt64 = (1 << UInt64(p)) | (1 << UInt64(q))
            groupBits[listA] ^= both
            groupBits[listB] ^= both
        }
        for i in 0..<slotCount[listA] where slots[listA * width + i] == p { slots[listA * width + i] = q }
        for i in 0..<slotCount[listB] where slots[listB * width + i] == q { slots[listB * width + i] = p }
    }

    private mutating func leave(_ p: Int, _ x: Int) {
        if meet[p * n + x] >= 2 { repeats -= 1 }
        meet[p * n + x] -= 1
        meet[x * n + p] -= 1
        if apart[p * n + x] { apartHits -= 1 }
        if useBits, meet[p * n + x] <= 1 {
            let keep = meet[p * n + x] == 1
            metTwice[p] &= ~(1 << UInt64(x))
            metTwice[x] &= ~(1 << UInt64(p))
            if !keep {
                metOnce[p] &= ~(1 << UInt64(x))
                metOnce[x] &= ~(1 << UInt64(p))
            }
        }
    }

    private mutating func join(_ p: Int, _ x: Int) {
        if meet[p * n + x] >= 1 { repeats += 1 }
        meet[p * n + x] += 1
        meet[x * n + p] += 1
        if apart[p * n + x] { apartHits += 1 }
        if useBits, meet[p * n + x] <= 2 {
            metOnce[p] |= 1 << UInt64(x)
            metOnce[x] |= 1 << UInt64(p)
            if meet[p * n + x] == 2 {
                metTwice[p] |= 1 << UInt64(x)
                metTwice[x] |= 1 << UInt64(p)
            }
        }
    }

    /// Whether p breaks a hard goal in `round`: a keep-apart, a repeat while repeats are above
    /// their bound, or a second visit to a table.
    func inHardConflict(_ round: Int, _ p: Int) -> Bool {
        let group = groupOf[round * n + p]
        let list = round * groups + group
        let repeatsMatter = repeats > repeatsBound
        if useBits, !hasApart, !rotation {
            return repeatsMatter && metTwice[p] & groupBits[list] != 0
        }
        for i in 0..<slotCount[list] {
            let x = slots[list * width + i]
            if x != p, (repeatsMatter && meet[p * n + x] >= 2) || apart[p * n + x] { return true }
        }
        return rotation && fixedGroup[p] < 0 && visits[p * groups + group] >= 2
    }

    /// Whether p is part of something worth moving in `round`.
    func inConflict(_ round: Int, _ p: Int) -> Bool {
        let group = groupOf[round * n + p]
        let list = round * groups + group
        for i in 0..<slotCount[list] {
            let x = slots[list * width + i]
            if x != p, meet[p * n + x] >= 2 || apart[p * n + x] { return true }
        }
        if rotation, fixedGroup[p] < 0, visits[p * groups + group] >= 2 { return true }
        for k in 0..<mixAttributeCount {
            let value = values[k][p]
            if value >= 0, mixCount[k][(round * groups + group) * valueCount[k] + value] >= 2 { return true }
        }
        return false
    }

    func movable(_ p: Int) -> Bool { isMovable[p] }

    /// Tabu search with conflict-directed round swaps, until the target, the budget, a
    /// stall (for a restart) or the caller's cutoff.
    mutating func tabuSearch(budget: Int) -> (iterations: Int, cutShort: Bool) {
        let rounds = model.rounds
        var tabu = [Int32](repeating: 0, count: rounds * n * groups)
        var bestCost = cost
        var bestState = snapshot()
        var sinceImprovement = 0
        // Frequent small perturbations from the best state, many of them before a restart:
        // measured on golf-6-5-5 over five seeds, this beat long stalls and long tenures.
        let stallLimit = 30
        let tenureBase = 3
        let tenureSpread = 5
        let perturbMax = 200
        let fullNeighbourhood = n <= 64 && rounds * n <= 1_500
        var iteration = 0
        var perturbations = 0
        let movablePeople = (0..<n).filter(movable)
        guard !movablePeople.isEmpty else { return (0, false) }
        while iteration < budget {
            if atTarget { break }
            if iteration & 63 == 0, cutOff() {
                load(bestState)
                return (iteration, true)
            }
            iteration += 1
            // Candidates: people in hard conflict (all of them on small instances, a sample on
            // large ones); failing those, people in a soft conflict (a mixed value shared).
            var candidates: [(Int, Int)] = []
            if fullNeighbourhood {
                for round in 0..<rounds {
                    for p in movablePeople where inHardConflict(round, p) { candidates.append((round, p)) }
                }
                if candidates.isEmpty { candidates = sampleConflicts(movablePeople, hard: false, tries: 192) }
            } else {
                candidates = sampleConflicts(movablePeople, hard: true, tries: 96)
                if candidates.isEmpty {
                    // Soft conflicts are common on large instances: scan, keep at most 24.
                    for round in 0..<rounds {
                        for p in movablePeople where inConflict(round, p) { candidates.append((round, p)) }
                    }
                    if candidates.count > 24 {
                        candidates.shuffle(using: &rng)
                        candidates = Array(candidates.prefix(24))
                    }
                }
            }
            if candidates.isEmpty { break }
            let current = cost
            var bestMove: (round: Int, p: Int, q: Int)? = nil
            var bestDelta = Int64.max
            var ties = 0
            for (round, p) in candidates {
                let a = groupOf[round * n + p]
                for q in movablePeople {
                    let b = groupOf[round * n + q]
                    if b == a { continue }
                    let delta = roundSwapDelta(round, p, q)
                    let isTabu =
                        Int(tabu[(round * n + p) * groups + b]) > iteration
                        || Int(tabu[(round * n + q) * groups + a]) > iteration
                    if isTabu, current + delta >= bestCost { continue }
                    if delta < bestDelta {
                        bestDelta = delta
                        bestMove = (round, p, q)
                        ties = 1
                    } else if delta == bestDelta {
                        ties += 1
                        if rng.below(ties) == 0 { bestMove = (round, p, q) }
                    }
                }
            }
            guard let move = bestMove else { continue }
            let a = groupOf[move.round * n + move.p]
            let b = groupOf[move.round * n + move.q]
            applyRoundSwap(move.round, move.p, move.q)
            let tenure = Int32(iteration + tenureBase + rng.below(tenureSpread))
            tabu[(move.round * n + move.p) * groups + a] = tenure
            tabu[(move.round * n + move.q) * groups + b] = tenure
            noteZero(at: movesBefore + iteration)
            if cost < bestCost {
                bestCost = cost
                bestState = snapshot()
                sinceImprovement = 0
            } else {
                sinceImprovement += 1
            }
            if sinceImprovement > stallLimit {
                perturbations += 1
                // Hard goals met and only mixing left: a short budget; otherwise the long one.
                let softOnly = apartHits == 0 && repeats <= repeatsBound && revisits == 0
                if perturbations > (softOnly ? 10 : perturbMax) { break }  // the caller restarts or settles
                load(bestState)
                for _ in 0..<(2 + rng.below(max(2, n / 8))) {
                    let round = rng.below(rounds)
                    let p = movablePeople[rng.below(movablePeople.count)]
                    let q = movablePeople[rng.below(movablePeople.count)]
                    if groupOf[round * n + p] != groupOf[round * n + q] { applyRoundSwap(round, p, q) }
                }
                sinceImprovement = 0
            }
        }
        if cost > bestCost { load(bestState) }
        return (iteration, false)
    }

    /// Up to 12 (round, person) pairs drawn at random in at most `tries` draws, each in a hard
    /// conflict (`hard`) or in any conflict.
    mutating func sampleConflicts(_ movablePeople: [Int], hard: Bool, tries: Int) -> [(Int, Int)] {
        var found: [(Int, Int)] = []
        var draws = 0
        while found.count < 12, draws < tries {
            draws += 1
            let round = rng.below(roundCount)
            let p = movablePeople[rng.below(movablePeople.count)]
            if hard ? inHardConflict(round, p) : inConflict(round, p) { found.append((round, p)) }
        }
        return found
    }

    // MARK: - Slot swaps

    /// Cost change of exchanging p's and q's places in every round (repeats and table
    /// visits are unchanged by construction; mixing and keep-apart may change).
    func slotSwapDelta(_ p: Int, _ q: Int) -> Int64 {
        var apartDelta = 0
        var total: Int64 = 0
        for round in 0..<roundCount {
            let a = groupOf[round * n + p]
            let b = groupOf[round * n + q]
            if a == b { continue }
            if hasApart {
                let listA = round * groups + a
                let listB = round * groups + b
                for i in 0..<slotCount[listA] {
                    let x = slots[listA * width + i]
                    if x == p { continue }
                    if apart[p * n + x] { apartDelta -= 1 }
                    if apart[q * n + x] { apartDelta += 1 }
                }
                for i in 0..<slotCount[listB] {
                    let x = slots[listB * width + i]
                    if x == q { continue }
                    if apart[q * n + x] { apartDelta -= 1 }
                    if apart[p * n + x] { apartDelta += 1 }
                }
            }
            total += mixDelta(round, p, a, q, b)
        }
        return total + Int64(apartDelta) * Self.hardWeight
    }

    /// Improves mixing and keep-apart by slot swaps: greedy with a little randomness,
    /// until no conflicted person can improve, the target, the budget or the caller's cutoff.
    mutating func improveBySlotSwaps() -> (iterations: Int, cutShort: Bool) {
        guard !model.mixAttributes.isEmpty || hasApart else { return (0, false) }
        let movablePeople = (0..<n).filter(movable)
        guard movablePeople.count >= 2 else { return (0, false) }
        var iteration = 0
        var fruitless = 0
        while iteration < maxIterations, !atTarget {
            if iteration & 31 == 0, cutOff() { return (iteration, true) }
            iteration += 1
            let p = movablePeople[rng.below(movablePeople.count)]
            let conflicted = (0..<roundCount).contains { inConflict($0, p) }
            if !conflicted {
                fruitless += 1
                if fruitless > 8 * n { break }
                continue
            }
            var bestDelta: Int64 = 0
            var bestQ = -1
            for q in movablePeople where q != p {
                let delta = slotSwapDelta(p, q)
                if delta < bestDelta || (delta == bestDelta && bestQ >= 0 && rng.below(4) == 0) {
                    bestDelta = delta
                    bestQ = q
                }
            }
            if bestQ >= 0, bestDelta < 0 {
                for round in 0..<roundCount where groupOf[round * n + p] != groupOf[round * n + bestQ] {
                    applyRoundSwap(round, p, bestQ)
                }
                fruitless = 0
            } else {
                fruitless += 1
                if fruitless > 8 * n { break }
            }
        }
        return (iteration, false)
    }
}
