// Slot swaps: exchanging two people's places in every round, for mixing and keep-apart.
extension LocalSearch {
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
        return Self.clamped(total + Self.weighted(apartDelta, Self.hardWeight))
    }

    /// Improves mixing and keep-apart by slot swaps, a tabu search over them: a conflicted
    /// person swaps places with the partner that helps most (or hurts least), neither may move
    /// again for a few swaps, and the best schedule seen is kept. Ends at the target, after
    /// ``slotStallLimit`` swaps without a better schedule, at the budget or the caller's cutoff.
    /// Partners are everyone movable, or a seeded sample of ``partnerSample`` in a crowd.
    mutating func improveBySlotSwaps() -> (iterations: Int, cutShort: Bool) {
        guard !model.mixAttributes.isEmpty || hasApart else { return (0, false) }
        let movablePeople = (0..<n).filter(movable)
        guard movablePeople.count >= 2 else { return (0, false) }
        var conflicted = conflictedPeople(movablePeople)
        guard !conflicted.isEmpty else { return (0, false) }
        var tabuUntil = [Int](repeating: 0, count: n)
        let hosts = tableHosts()
        var bestCost = cost
        var bestState = snapshot()
        var sinceBest = 0
        var iteration = 0
        let stallLimit = max(Self.slotStallLimit, 2 * movablePeople.count)
        while iteration < maxIterations, !atTarget, sinceBest < stallLimit {
            if iteration & 31 == 0, cutOff() {
                if cost > bestCost { load(bestState) }
                return (iteration, true)
            }
            iteration += 1
            // Every fourth move in a café, a host in conflict trades tables instead.
            if let hosts, iteration & 3 == 0, let (u, v) = bestTableSwap(hosts, tabuUntil, iteration, bestCost) {
                applyTableSwap(u, v)
                let tenure = 3 + rng.below(5)
                tabuUntil[hosts[u]] = iteration + tenure
                tabuUntil[hosts[v]] = iteration + tenure
                // The travellers of both tables may be in conflict now (stale ones drop out
                // when picked).
                for round in 0..<roundCount {
                    for list in [round * groups + u, round * groups + v] {
                        for i in 0..<slotCount[list] {
                            let x = slots[list * width + i]
                            if movable(x), inConflict(round, x) { conflicted.append(x) }
                        }
                    }
                }
                sinceBest += 1
                if cost < bestCost {
                    bestCost = cost
                    bestState = snapshot()
                    sinceBest = 0
                    noteBest(at: movesBefore + iteration)
                }
                continue
            }
            if conflicted.isEmpty { conflicted = conflictedPeople(movablePeople) }
            guard !conflicted.isEmpty else { break }
            let pick = rng.below(conflicted.count)
            let p = conflicted[pick]
            guard (0..<roundCount).contains(where: { inConflict($0, p) }) else {
                conflicted.swapAt(pick, conflicted.count - 1)
                conflicted.removeLast()
                continue
            }
            var bestDelta = Int64.max
            var bestQ = -1
            let sampled = movablePeople.count > Self.partnerSample
            for index in 0..<(sampled ? Self.partnerSample : movablePeople.count) {
                let q = sampled ? movablePeople[rng.below(movablePeople.count)] : movablePeople[index]
                if q == p { continue }
                let delta = slotSwapDelta(p, q)
                // A tabu partner only for a new best schedule.
                if tabuUntil[q] > iteration, cost + delta >= bestCost { continue }
                if delta < bestDelta || (delta == bestDelta && rng.below(4) == 0) {
                    bestDelta = delta
                    bestQ = q
                }
            }
            sinceBest += 1
            guard bestQ >= 0 else { continue }
            for round in 0..<roundCount where groupOf[round * n + p] != groupOf[round * n + bestQ] {
                applyRoundSwap(round, p, bestQ)
            }
            let tenure = 5 + rng.below(10)
            tabuUntil[p] = iteration + tenure
            tabuUntil[bestQ] = iteration + tenure
            conflicted.append(bestQ)
            if cost < bestCost {
                bestCost = cost
                bestState = snapshot()
                sinceBest = 0
                noteBest(at: movesBefore + iteration)
            }
        }
        if cost > bestCost { load(bestState) }
        return (iteration, false)
    }

    /// The host of each table when every table has one fixed person and nobody travels with
    /// another (a café), else nil.
    private func tableHosts() -> [Int]? {
        guard rotation, groups >= 2, model.fixedPerGroup.allSatisfy({ $0 == 1 }) else { return nil }
        var hosts = [Int](repeating: -1, count: groups)
        for person in 0..<n where fixedGroup[person] >= 0 { hosts[fixedGroup[person]] = person }
        return hosts.allSatisfy { $0 >= 0 } ? hosts : nil
    }

    /// The best trade of tables for a host in conflict (the hosts stay, the travellers of two
    /// tables change places in every round): a tabu host only for a new best schedule. Tables
    /// trade only when they hold as many people in every round. Repeats and revisits stay
    /// as they are: every traveller meets the two hosts as often as before, the other way round.
    private mutating func bestTableSwap(_ hosts: [Int], _ tabuUntil: [Int], _ iteration: Int, _ bestCost: Int64)
        -> (Int, Int)?
    {
        // The first table in conflict from a random one on, so that a crowd's tables are not
        // all scanned at every trade.
        let start = rng.below(groups)
        var found: Int?
        for step in 0..<groups {
            let table = (start + step) % groups
            if (0..<roundCount).contains(where: { inConflict($0, hosts[table]) }) {
                found = table
                break
            }
        }
        guard let u = found else { return nil }
        var best: (delta: Int64, table: Int)?
        for v in 0..<groups where v != u {
            guard (0..<roundCount).allSatisfy({ slotCount[$0 * groups + u] == slotCount[$0 * groups + v] }) else {
                continue
            }
            let delta = slotSwapDelta(hosts[u], hosts[v])
            if tabuUntil[hosts[v]] > iteration, cost + delta >= bestCost { continue }
            if best.map({ delta < $0.delta || (delta == $0.delta && rng.below(4) == 0) }) ?? true {
                best = (delta, v)
            }
        }
        return best.map { (u, $0.table) }
    }

    /// Trades the travellers of tables u and v in every round.
    private mutating func applyTableSwap(_ u: Int, _ v: Int) {
        for round in 0..<roundCount {
            let (listU, listV) = (round * groups + u, round * groups + v)
            let travellersU = (0..<slotCount[listU]).map { slots[listU * width + $0] }.filter { fixedGroup[$0] < 0 }
            let travellersV = (0..<slotCount[listV]).map { slots[listV * width + $0] }.filter { fixedGroup[$0] < 0 }
            for (p, q) in zip(travellersU, travellersV) { applyRoundSwap(round, p, q) }
        }
    }

    /// Swaps without a better schedule before the slot search ends (at least twice the
    /// movable people).
    static let slotStallLimit = 2_000
    /// The partners a conflicted person tries (in a slot or a round swap) in a crowd larger
    /// than this.
    static let partnerSample = 1_000

    /// The movable people in a conflict in some round.
    private func conflictedPeople(_ movablePeople: [Int]) -> [Int] {
        movablePeople.filter { p in (0..<roundCount).contains { inConflict($0, p) } }
    }
}
