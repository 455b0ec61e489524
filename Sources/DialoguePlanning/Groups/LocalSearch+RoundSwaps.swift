// Round swaps: their pricing and application, conflicts, and the tabu search over them.
extension LocalSearch {
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
            func count(_ met: (Int) -> UInt16) {
                for i in 0..<countA {
                    let x = slots[baseA + i]
                    if x == p { continue }
                    if met(rowP + x) >= 2 { repeatDelta -= 1 }
                    if met(rowQ + x) >= 1 { repeatDelta += 1 }
                }
                for i in 0..<countB {
                    let x = slots[baseB + i]
                    if x == q { continue }
                    if met(rowQ + x) >= 2 { repeatDelta -= 1 }
                    if met(rowP + x) >= 1 { repeatDelta += 1 }
                }
            }
            if meet.isDense {
                meet.dense.withUnsafeBufferPointer { met in count { met[$0] } }
            } else {
                count { meet[$0] }
            }
        }
        var total = Self.weighted(repeatDelta, Self.repeatWeight)
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
            total += Self.weighted(apartDelta, Self.hardWeight)
        }
        if rotation {
            var revisitDelta = 0
            if fixedGroup[p] < 0 {
                revisitDelta += Int(visits[p * groups + b]) - (Int(visits[p * groups + a]) - 1)
            }
            if fixedGroup[q] < 0 {
                revisitDelta += Int(visits[q * groups + a]) - (Int(visits[q * groups + b]) - 1)
            }
            total += Self.weighted(revisitDelta, Self.revisitWeight)
        }
        if mixAttributeCount > 0 { total += mixDelta(round, p, a, q, b) }
        return Self.clamped(total)
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
                revisits -= Int(visits[p * groups + a])
                revisits += Int(visits[p * groups + b])
                visits[p * groups + b] += 1
            }
            if fixedGroup[q] < 0 {
                visits[q * groups + b] -= 1
                revisits -= Int(visits[q * groups + b])
                revisits += Int(visits[q * groups + a])
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
    /// stall (for a restart) or the caller's cutoff. `keepingMixing` swaps only people who
    /// share every mixed value, and ends when the goals above mixing are met.
    mutating func tabuSearch(budget: Int, keepingMixing: Bool = false) -> (iterations: Int, cutShort: Bool) {
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
        let peers = keepingMixing ? mixingPeers() : []
        // Only mixing left: as many perturbations as half the movable people (10 to 200), so
        // a small café settles quickly and a large one keeps looking.
        let softPerturbMax = min(perturbMax, max(10, movablePeople.count / 2))
        while iteration < budget {
            if keepingMixing ? hardGoalsMet : atTarget { break }
            if iteration & 63 == 0, cutOff() {
                load(bestState)
                return (iteration, true)
            }
            iteration += 1
            let candidates = conflictCandidates(
                movablePeople, fullNeighbourhood: fullNeighbourhood, hardOnly: keepingMixing)
            if candidates.isEmpty { break }
            let bestMove = bestRoundSwap(
                candidates, movablePeople, peers: peers, tabu: tabu, iteration: iteration, bestCost: bestCost)
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
                let softOnly = apartHits == 0 && repeats <= repeatsBound && revisits <= revisitsBound
                if perturbations > (softOnly ? softPerturbMax : perturbMax) { break }  // the caller restarts or settles
                load(bestState)
                perturb(movablePeople, peers: peers)
                sinceImprovement = 0
            }
        }
        if cost > bestCost { load(bestState) }
        return (iteration, false)
    }

    /// The (round, person) pairs to move: people in hard conflict (all of them on small
    /// instances, a sample on large ones, a scan when the sample finds none); failing those,
    /// unless `hardOnly`, people in a soft conflict (a mixed value shared).
    private mutating func conflictCandidates(_ movablePeople: [Int], fullNeighbourhood: Bool, hardOnly: Bool)
        -> [(Int, Int)]
    {
        let rounds = model.rounds
        var candidates: [(Int, Int)] = []
        if fullNeighbourhood {
            for round in 0..<rounds {
                for p in movablePeople where inHardConflict(round, p) { candidates.append((round, p)) }
            }
            if candidates.isEmpty, !hardOnly { candidates = sampleConflicts(movablePeople, hard: false, tries: 192) }
        } else {
            candidates = sampleConflicts(movablePeople, hard: true, tries: 96)
            if candidates.isEmpty {
                // None drawn: scan, keep at most 24 (soft conflicts are common on large
                // instances; hard ones may be few once only swaps that keep mixing are made).
                for round in 0..<rounds {
                    for p in movablePeople where hardOnly ? inHardConflict(round, p) : inConflict(round, p) {
                        candidates.append((round, p))
                    }
                }
                if candidates.count > 24 {
                    candidates.shuffle(using: &rng)
                    candidates = Array(candidates.prefix(24))
                }
            }
        }
        return candidates
    }

    /// The best swap of two people in one round among `candidates`, ties broken at random;
    /// a tabu move only when it beats the best cost so far. In a crowd each candidate tries a
    /// seeded sample of ``partnerSample`` partners instead of everyone. With `peers`, a
    /// candidate's partners are its peers alone.
    private mutating func bestRoundSwap(
        _ candidates: [(Int, Int)], _ movablePeople: [Int], peers: [[Int]], tabu: [Int32], iteration: Int,
        bestCost: Int64
    ) -> (round: Int, p: Int, q: Int)? {
        let current = cost
        var bestMove: (round: Int, p: Int, q: Int)? = nil
        var bestDelta = Int64.max
        var ties = 0
        for (round, p) in candidates {
            let a = groupOf[round * n + p]
            let partners = peers.isEmpty ? movablePeople : peers[p]
            let sampled = partners.count > Self.partnerSample
            for index in 0..<(sampled ? Self.partnerSample : partners.count) {
                let q = sampled ? partners[rng.below(partners.count)] : partners[index]
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
        return bestMove
    }

    /// A few random round swaps, to leave a stalled search's best state; with `peers`, each
    /// between peers.
    private mutating func perturb(_ movablePeople: [Int], peers: [[Int]]) {
        let rounds = model.rounds
        for _ in 0..<(2 + rng.below(max(2, n / 8))) {
            let round = rng.below(rounds)
            let p = movablePeople[rng.below(movablePeople.count)]
            let partners = peers.isEmpty ? movablePeople : peers[p]
            let q = partners[rng.below(partners.count)]
            if groupOf[round * n + p] != groupOf[round * n + q] { applyRoundSwap(round, p, q) }
        }
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
}
