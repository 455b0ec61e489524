/// Zero-repeat rounds as the translates of one base round over Z_m: the people are the pairs
/// (level, value) of `levels` levels × Z_m, and round x adds x to every value of the base
/// round's groups. Two people share a group in two rounds exactly when the base round covers
/// one difference twice, so the base round must cover each difference at most once: between
/// levels i < j each value d of Z_m (from (v, i) to (v + d, j)), within a level each ±d, and
/// within a level never m/2 (that pair would meet in two rounds m/2 apart). A depth-first
/// search bounded by nodes fills the groups in turn from the lowest person not yet placed.
/// 30 people in six groups of five over six rounds come this way (Z_6 × 5 levels).
struct BaseRoundSearch {
    let m: Int
    let levels: Int
    let size: Int
    let budget: Int
    private(set) var nodes = 0
    /// The base round's groups, each as people level·m + value; complete after `run` succeeds.
    private(set) var groups: [[Int]] = []
    private var placed: [Bool]
    private var covered: [Bool]

    /// A search for `levels` × Z_`m` in groups of `size` within `budget` nodes.
    init(m: Int, levels: Int, size: Int, budget: Int) {
        self.m = m
        self.levels = levels
        self.size = size
        self.budget = budget
        placed = [Bool](repeating: false, count: m * levels)
        covered = [Bool](repeating: false, count: (levels * levels + levels) * m)
    }

    /// Whether the difference counts alone leave room for a base round: each round holds
    /// C(size, 2) pairs per group, and there are m differences per two levels and ⌊(m − 1)/2⌋
    /// per level.
    var fits: Bool {
        let people = m * levels
        guard m >= 2, size >= 2, people % size == 0 else { return false }
        let needed = people / size * size * (size - 1) / 2
        return needed <= levels * (levels - 1) / 2 * m + levels * ((m - 1) / 2)
    }

    /// The difference two people cover, as an index into `covered`, or nil when they may not
    /// share a group of the base round at all.
    private func difference(_ p: Int, _ q: Int) -> Int? {
        let (first, second) = (min(p, q), max(p, q))
        let (i, j) = (first / m, second / m)
        let d = ((second % m - first % m) % m + m) % m
        if i != j { return (i * levels + j) * m + d }
        let upToSign = min(d, m - d)
        return 2 * upToSign == m ? nil : (levels * levels + i) * m + upToSign
    }

    /// Finds a base round; false when there is none or the budget ran out first.
    mutating func run() -> Bool {
        guard fits else { return false }
        return fill()
    }

    private mutating func fill() -> Bool {
        guard let first = placed.firstIndex(of: false) else { return true }
        placed[first] = true
        groups.append([first])
        if extend(after: first) { return true }
        groups.removeLast()
        placed[first] = false
        return false
    }

    private mutating func extend(after last: Int) -> Bool {
        nodes += 1
        guard nodes <= budget else { return false }
        guard let members = groups.last else { return false }
        if members.count == size { return fill() }
        var candidate = last + 1
        while candidate < placed.count {
            defer { candidate += 1 }
            guard !placed[candidate] else { continue }
            var keys: [Int] = []
            var fits = true
            for member in members {
                guard let key = difference(member, candidate), !covered[key], !keys.contains(key) else {
                    fits = false
                    break
                }
                keys.append(key)
            }
            guard fits else { continue }
            for key in keys { covered[key] = true }
            placed[candidate] = true
            groups[groups.count - 1].append(candidate)
            if extend(after: candidate) { return true }
            groups[groups.count - 1].removeLast()
            placed[candidate] = false
            for key in keys { covered[key] = false }
            if nodes > budget { return false }
        }
        return false
    }
}

extension ResolvableDesigns {
    /// The first `rounds` rounds developed from a base round over Z_m, for the smallest m of
    /// at least `rounds` that divides `points` and whose search succeeds within `budget` nodes
    /// (each m has its own budget); nil when none does.
    static func baseRoundClasses(points: Int, size: Int, rounds: Int, budget: Int = 100_000) -> (
        classes: [[[Int]]], m: Int
    )? {
        guard size >= 2, rounds >= 2, points % size == 0, (points - 1) >= rounds * (size - 1) else { return nil }
        for m in stride(from: rounds, through: points, by: 1) where points % m == 0 {
            var search = BaseRoundSearch(m: m, levels: points / m, size: size, budget: budget)
            guard search.run() else { continue }
            let classes = (0..<rounds).map { shift in
                search.groups.map { group in group.map { ($0 / m) * m + ($0 % m + shift) % m }.sorted() }
            }
            return (classes, m)
        }
        return nil
    }
}
