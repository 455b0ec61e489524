/// Resolvable designs of 3q + 1 people in groups of four over q rounds (16, 40, 52, 76, 88 …
/// people: 5, 13, 17, 25, 29 … rounds), 1-rotational over Z_q.
///
/// The people are ∞ and the pairs (x, j) of Z_q × three levels. A base round holds the group
/// {∞, (0, 0), (0, 1), (0, 2)} and, for each of (q − 1)/4 chosen pairs {a, c} of nonzero
/// values and each level j, the group {(a, j), (−a, j), (c, j + 1), (−c, j + 1)}; round x adds
/// x to every value. Within a level such a group covers the differences ±2a and ±2c, and as
/// a and c run over the values up to sign once each, so do 2a and 2c (q is odd). From level j
/// to level j + 1 it covers ±(c − a) and ±(c + a); the search chooses the pairs so that these
/// too run over the nonzero values up to sign once each, and the difference 0 between levels
/// is the ∞ group's. So every two people share a group in exactly one of the q rounds.
extension ResolvableDesigns {
    /// The first `rounds` rounds of the design on `points` = 3q + 1 people, or nil when q is
    /// not 1 mod 4, `rounds` exceeds q, or the bounded search finds no pairs (it finds none
    /// when 3 divides q).
    static func rotationalClassesOfFour(points: Int, rounds: Int, budget: Int = 3_000_000) -> [[[Int]]]? {
        guard points >= 16, (points - 1) % 3 == 0 else { return nil }
        let q = (points - 1) / 3
        guard q % 4 == 1, q % 3 != 0, rounds >= 1, rounds <= q,
            let pairs = differencePairs(q: q, budget: budget)
        else { return nil }
        func point(_ value: Int, _ level: Int) -> Int { (level % 3) * q + ((value % q) + q) % q }
        return (0..<rounds).map { x in
            var blocks = [[3 * q, point(x, 0), point(x, 1), point(x, 2)]]
            for (a, c) in pairs {
                for level in 0..<3 {
                    blocks.append(
                        [point(x + a, level), point(x - a, level), point(x + c, level + 1), point(x - c, level + 1)]
                            .sorted())
                }
            }
            return blocks
        }
    }

    /// Pairs {a, c} that take each value 1…(q − 1)/2 once, with every ±(a + c) and ±(c − a)
    /// distinct: a depth-first search over the lowest value not yet taken, bounded by nodes.
    static func differencePairs(q: Int, budget: Int) -> [(Int, Int)]? {
        let half = (q - 1) / 2
        func upToSign(_ value: Int) -> Int {
            let residue = ((value % q) + q) % q
            return min(residue, q - residue)
        }
        var taken = [Bool](repeating: false, count: half + 1)
        var covered = [Bool](repeating: false, count: half + 1)
        var pairs: [(Int, Int)] = []
        var nodes = 0
        func search() -> Bool {
            guard pairs.count * 2 < half else { return true }
            nodes += 1
            guard nodes <= budget, let a = (1...half).first(where: { !taken[$0] }) else { return false }
            taken[a] = true
            for c in stride(from: a + 1, through: half, by: 1) where !taken[c] {
                let (sum, difference) = (upToSign(a + c), upToSign(c - a))
                guard sum != 0, sum != difference, !covered[sum], !covered[difference] else { continue }
                taken[c] = true
                covered[sum] = true
                covered[difference] = true
                pairs.append((a, c))
                if search() { return true }
                pairs.removeLast()
                taken[c] = false
                covered[sum] = false
                covered[difference] = false
                if nodes > budget { break }
            }
            taken[a] = false
            return false
        }
        return search() ? pairs : nil
    }
}
