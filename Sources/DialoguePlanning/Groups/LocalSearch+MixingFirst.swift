// Mixing first: spread every round's values evenly, then remove repeats and revisits by swaps
// that keep the mixing.
extension LocalSearch {
    /// Searches from the other end when a schedule has its hard goals but not its mixing: each
    /// round's mixed values are first spread by round swaps that lower mixing (breaking ties
    /// towards fewer repeats), then a tabu search removes the repeats and revisits this made,
    /// swapping only people who share every mixed value, so that no swap changes the mixing.
    /// Keeps the result when it is better, else restores the schedule it began with.
    ///
    /// In a large rotation (café-200 over 8 rounds) this reaches one per organisation with zero
    /// repeats, where swaps that keep zero repeats throughout stop at two.
    mutating func mixingFirst(budget: Int) -> (iterations: Int, cutShort: Bool) {
        guard mixAttributeCount > 0, budget > 0, mixPenalty != targetMix else { return (0, false) }
        let before = snapshot()
        let beforeCost = cost
        let beforeMix = mixPenalty
        var iterations = spreadMixing(budget: budget)
        guard mixPenalty.lexicographicallyPrecedes(beforeMix) else {
            load(before)
            return (iterations, false)
        }
        let result = tabuSearch(budget: budget - iterations, keepingMixing: true)
        iterations += result.iterations
        if cost >= beforeCost { load(before) }
        return (iterations, result.cutShort)
    }

    /// Round swaps that lower mixing, round by round: each crowded person in turn takes the
    /// partner that lowers mixing most (fewest new repeats, revisits and broken keep-apart among
    /// equals; partners sampled in a crowd), until a pass over the round's crowded people lowers
    /// nothing or the budget is spent. Returns the swaps made.
    private mutating func spreadMixing(budget: Int) -> Int {
        let movablePeople = (0..<n).filter(movable)
        let sampled = movablePeople.count > Self.partnerSample
        var moves = 0
        for round in 0..<roundCount {
            var lowered = true
            while lowered, moves < budget {
                lowered = false
                var crowded = movablePeople.filter { isCrowded(round, $0) }
                crowded.shuffle(using: &rng)
                for p in crowded where moves < budget && isCrowded(round, p) {
                    let a = groupOf[round * n + p]
                    var best: (q: Int, mix: Int64, rest: Int64)?
                    var ties = 0
                    for index in 0..<(sampled ? Self.partnerSample : movablePeople.count) {
                        let q = sampled ? movablePeople[rng.below(movablePeople.count)] : movablePeople[index]
                        let b = groupOf[round * n + q]
                        if b == a { continue }
                        let mix = mixDelta(round, p, a, q, b)
                        guard mix < 0 else { continue }
                        let rest = roundSwapDelta(round, p, q) - mix
                        if let current = best, (mix, rest) > (current.mix, current.rest) { continue }
                        if let current = best, (mix, rest) == (current.mix, current.rest) {
                            ties += 1
                            if rng.below(ties) != 0 { continue }
                        } else {
                            ties = 1
                        }
                        best = (q, mix, rest)
                    }
                    guard let move = best else { continue }
                    applyRoundSwap(round, p, move.q)
                    moves += 1
                    lowered = true
                }
            }
        }
        return moves
    }

    /// Whether p shares a mixed value with someone of its group in `round`.
    private func isCrowded(_ round: Int, _ p: Int) -> Bool {
        let group = groupOf[round * n + p]
        for k in 0..<mixAttributeCount {
            let value = values[k][p]
            if value >= 0, mixCount[k][(round * groups + group) * valueCount[k] + value] >= 2 { return true }
        }
        return false
    }

    /// For each movable person, the movable people who share every mixed value with them
    /// (themselves included): the partners of a swap that keeps the mixing.
    func mixingPeers() -> [[Int]] {
        var keyOf: [[Int]: Int] = [:]
        var members: [[Int]] = []
        var peersOf = [[Int]](repeating: [], count: n)
        var keys = [Int](repeating: -1, count: n)
        for p in 0..<n where movable(p) {
            let values = (0..<mixAttributeCount).map { self.values[$0][p] }
            let key: Int
            if let known = keyOf[values] {
                key = known
            } else {
                key = members.count
                keyOf[values] = key
                members.append([])
            }
            members[key].append(p)
            keys[p] = key
        }
        for p in 0..<n where keys[p] >= 0 { peersOf[p] = members[keys[p]] }
        return peersOf
    }
}
