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
