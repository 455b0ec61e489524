// Building states: starts on a construction, feasible and freedom-based starts, snapshots and loading.
extension LocalSearch {
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
        var dropped = [Bool](repeating: false, count: slots)
        var droppedCount = 0
        var losing = [Bool](repeating: false, count: construction.rounds * construction.groups)
        for a in stride(from: construction.classes - 1, through: 0, by: -1) {
            for b in stride(from: construction.groups - 1, through: 0, by: -1) where droppedCount < spare {
                let slot = construction.slot(a, b)
                let groupsOfSlot = (0..<construction.rounds).map {
                    $0 * construction.groups + construction.groupOfSlot[$0][slot]
                }
                if personOfSlot[slot] == -1, !groupsOfSlot.contains(where: { losing[$0] }) {
                    dropped[slot] = true
                    droppedCount += 1
                    for group in groupsOfSlot { losing[group] = true }
                }
            }
        }
        guard droppedCount == spare else { return nil }
        let queue = order.filter { !used[$0] }
        var next = 0
        for slot in 0..<slots where personOfSlot[slot] == -1 && !dropped[slot] {
            guard next < queue.count else { return nil }
            personOfSlot[slot] = queue[next]
            next += 1
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

    /// For a café with nobody kept apart: the exact search over travellers' table sequences
    /// within `work` (see ``CafeSequenceSearch/run(work:atLeast:spare:)``), its plan (travellers
    /// in mixing order), the repeats it proved the fewest, if it did, and how it was found. Nil
    /// for other problems, a zero budget, or too many sequences to search.
    mutating func cafeSequences(work: Int) -> (assignment: [[Int]], provenRepeats: Int?, method: String)? {
        guard work > 0, model.apartPairs.isEmpty, let seats = model.cafeSeats,
            let search = CafeSequenceSearch(seats: seats, rounds: roundCount)
        else { return nil }
        // Never-meeting pairs are at least what the travellers' repeat bound forces (which holds
        // the pairs that meetings cannot reach).
        let spare = model.travellerMeetings - model.travellerPairs
        let atLeast = model.travellerRepeatsLowerBound - spare
        guard let result = search.run(work: work, atLeast: atLeast, spare: spare) else { return nil }
        let travellers = peopleInterleaved().filter { model.fixedGroup[$0] < 0 }
        var assignment = Array(repeating: [Int](repeating: 0, count: n), count: roundCount)
        for round in 0..<roundCount {
            for person in 0..<n where model.fixedGroup[person] >= 0 {
                assignment[round][person] = model.fixedGroup[person]
            }
            for (index, person) in travellers.enumerated() where index < result.sequences.count {
                assignment[round][person] = result.sequences[index][round]
            }
        }
        let proven = result.proven ? model.cafeRepeats(neverMeeting: result.neverMeeting) : nil
        let method =
            result.proven
            ? "exhaustive search of travellers' table sequences (\(result.nodes) nodes)"
            : "search of travellers' table sequences (\(result.nodes) nodes, not exhausted)"
        return (assignment, proven, method)
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
        meet = CountTable(count: n * n)
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
            visits = CountTable(count: n * groups)
            for round in 0..<rounds {
                for person in 0..<n where model.fixedGroup[person] < 0 {
                    let index = person * groups + groupOf[round * n + person]
                    revisits += Int(visits[index])
                    visits[index] += 1
                }
            }
        }
    }
}
