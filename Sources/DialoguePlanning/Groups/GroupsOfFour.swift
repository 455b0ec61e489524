/// Groups of four for 4q people, q = 2^k, with more rounds than the affine construction gives.
///
/// People are the slots (a, x): a column a ∈ {0, 1, 2, 3} and an element x of GF(q). With column
/// labels c_a (distinct field elements, c_0 = 0) three kinds of rounds together meet every pair
/// at most once:
/// - **Transversal rounds**, one for each t ∈ GF(q) except 0 and 1: group y holds (y + c_a·t, a)
///   for the four columns. Two columns a, b meet with difference (c_a + c_b)·t, a different one
///   each round, so the q − 2 rounds leave the differences 0 and c_a + c_b between them.
/// - **Three pairing rounds**, one for each way to pair the four columns: for a pair (a, b) and
///   s = c_a + c_b, a group holds (y, a), (y + s, a), (y, b), (y + s, b). This meets the two
///   differences the transversal rounds left between a and b, and the difference s inside each.
/// - **Coset rounds**: inside a column the differences not yet used are covered by 2-dimensional
///   subspaces {0, u, v, u + v} of GF(q) over GF(2); each round groups every column into the
///   cosets of one such subspace. For even k the labels are GF(4) and the subspaces x·GF(4)
///   cover every difference (a resolvable 2-(4q, 4, 1) design: 21 rounds for 64 people). For
///   odd k one difference per column stays unused, so each person has one partner never met:
///   10 rounds for 32 people and 42 for 128, the most any schedule can have.
enum GroupsOfFour {
    /// The schedule for `groups` = q groups of four, or nil when q is not a power of two ≥ 4.
    static func schedule(groups: Int) -> SlotSchedule? {
        guard groups >= 4, groups & (groups - 1) == 0, let field = GaloisField(order: groups) else { return nil }
        let q = groups
        // Column labels: GF(4) inside GF(q) when it is there (even k), else 0, 1, α, α² with α = 2,
        // the field's generator as a polynomial, which for odd k never satisfies 1 + α + α² = 0.
        let omega = cubeRootOfUnity(field)
        let labels = omega.map { [0, 1, $0, field.product($0, $0)] } ?? [0, 1, 2, field.product(2, 2)]
        var rounds: [[Int]] = []
        func slot(_ column: Int, _ x: Int) -> Int { column * q + x }

        for t in 2..<q {
            var row = [Int](repeating: 0, count: 4 * q)
            for column in 0..<4 {
                let shift = field.product(labels[column], t)
                for x in 0..<q { row[slot(column, x)] = field.sum(x, shift) }
            }
            rounds.append(row)
        }
        for pairing in [[(0, 1), (2, 3)], [(0, 2), (1, 3)], [(0, 3), (1, 2)]] {
            var row = [Int](repeating: -1, count: 4 * q)
            var group = 0
            for (a, b) in pairing {
                let s = field.sum(labels[a], labels[b])
                for y in 0..<q where row[slot(a, y)] == -1 {
                    let partner = field.sum(y, s)
                    for member in [slot(a, y), slot(a, partner), slot(b, y), slot(b, partner)] { row[member] = group }
                    group += 1
                }
            }
            rounds.append(row)
        }
        let subspaces = (0..<4).map { column in
            let used = (0..<4).filter { $0 != column }.map { field.sum(labels[column], labels[$0]) }
            return cosetSubspaces(field, omega: omega, avoiding: used)
        }
        for index in 0..<(subspaces.map(\.count).min() ?? 0) {
            var row = [Int](repeating: -1, count: 4 * q)
            var group = 0
            for column in 0..<4 {
                let (u, v) = subspaces[column][index]
                for y in 0..<q where row[slot(column, y)] == -1 {
                    for offset in [0, u, v, field.sum(u, v)] { row[slot(column, field.sum(y, offset))] = group }
                    group += 1
                }
            }
            rounds.append(row)
        }
        return SlotSchedule(
            groupOfSlot: rounds, groups: q, classes: 4,
            description: "groups-of-four construction over GF(\(q))")
    }

    /// An element ω ≠ 1 with ω³ = 1: there is one exactly when GF(4) ⊂ GF(q), that is for even k.
    static func cubeRootOfUnity(_ field: GaloisField) -> Int? {
        (2..<field.order).first { field.product(field.product($0, $0), $0) == 1 }
    }

    /// Disjoint 2-dimensional subspaces, each as two generators, whose nonzero elements avoid
    /// `avoiding` (three differences the pairing rounds already cover). For even k: the lines
    /// x·GF(4) other than GF(4) itself, all of them. For odd k: a depth-first exact cover of
    /// the differences left, less the one that must stay unused; past a node budget (q ≥ 128) it
    /// keeps the largest partial cover, so the schedule has fewer rounds but stays valid.
    static func cosetSubspaces(_ field: GaloisField, omega: Int?, avoiding: [Int]) -> [(Int, Int)] {
        let q = field.order
        let excluded = Set(avoiding)
        if let omega {
            var seen = Set([0]).union(excluded)
            var result: [(Int, Int)] = []
            for x in 1..<q where !seen.contains(x) {
                let line = [x, field.product(omega, x), field.product(field.product(omega, omega), x)]
                seen.formUnion(line)
                result.append((line[0], line[1]))
            }
            return result
        }
        let unused = avoiding.reduce(0) { field.sum($0, $1) }
        var left = Set(1..<q).subtracting(excluded).subtracting([unused])
        var chosen: [(Int, Int)] = []
        var best: [(Int, Int)] = []
        var nodes = 0
        func cover() -> Bool {
            if chosen.count > best.count { best = chosen }
            guard let u = left.min() else { return true }
            nodes += 1
            if nodes > 100_000 { return false }
            for v in left.sorted() where v > u {
                let w = field.sum(u, v)
                guard w > v, left.contains(w) else { continue }
                left.subtract([u, v, w])
                chosen.append((u, v))
                if cover() { return true }
                chosen.removeLast()
                left.formUnion([u, v, w])
            }
            return false
        }
        return cover() ? chosen : best
    }
}
