import Foundation

/// Zero-repeat schedules from resolvable designs beyond the affine plane: the lines of an
/// affine space AG(n, q) by direction (27 people in triples over 13 rounds, 81 over 40), and
/// parallel classes found among the lines of a projective space or a unital: PG(3, 2) gives
/// Kirkman's fifteen schoolgirls (15 in triples, 7 rounds), the Hermitian unital of order 3
/// gives 28 people in groups of four over 9 rounds. Groups of four for 3q + 1 people come
/// first from a 1-rotational design (`rotationalClassesOfFour`). Every search here is
/// deterministic and bounded by nodes, so a shape either always or never gets its design.
enum ResolvableDesigns {
    /// The schedule for `groups` groups of `size` over `rounds` rounds from a design, or nil
    /// when no design here has that shape and that many rounds.
    static func schedule(groups: Int, size: Int, rounds: Int) -> SlotSchedule? {
        let points = groups * size
        if size == 4, let classes = rotationalClassesOfFour(points: points, rounds: rounds) {
            return schedule(
                classes, groups: groups, size: size,
                description: "1-rotational design over Z_\((points - 1) / 3) × 3 + ∞")
        }
        guard size >= 2, rounds >= 1, points <= 64 || affineSpace(points: points, size: size) != nil else { return nil }
        if let space = affineSpace(points: points, size: size), let classes = affineClasses(space, rounds: rounds) {
            return schedule(
                classes, groups: groups, size: size, description: "affine space AG(\(space.dimension),\(size))")
        }
        for design in candidates(points: points, size: size) {
            guard let classes = parallelClasses(of: design.blocks, points: points, count: rounds) else { continue }
            return schedule(classes, groups: groups, size: size, description: design.name)
        }
        if let classes = cyclicClasses(points: points, size: size, rounds: rounds) {
            return schedule(
                classes, groups: groups, size: size, description: "cyclic design on Z_\(groups) × \(size) levels")
        }
        if let base = baseRoundClasses(points: points, size: size, rounds: rounds) {
            return schedule(
                base.classes, groups: groups, size: size,
                description: "base round over Z_\(base.m) × \(points / base.m) levels")
        }
        return nil
    }

    /// A design's blocks, named for the quality report.
    struct Design {
        var name: String
        var blocks: [[Int]]
    }

    /// The designs with `points` points and blocks of `size`.
    static func candidates(points: Int, size: Int) -> [Design] {
        var designs: [Design] = []
        if let q = GaloisField(order: size - 1).map(\.order), points == (q * q + 1) * (q + 1),
            let space = projectiveLines(q)
        {
            designs.append(Design(name: "lines of PG(3,\(q))", blocks: space))
        }
        if size >= 3, let field = GaloisField(order: size - 1), points == field.order * field.order * field.order + 1,
            let unital = hermitianUnital(field)
        {
            designs.append(Design(name: "Hermitian unital of order \(field.order)", blocks: unital))
        }
        return designs
    }

    /// Rounds as slot rows: the slot of point p is p, its group in a round the number of its
    /// block in that round's class.
    private static func schedule(_ classes: [[[Int]]], groups: Int, size: Int, description: String) -> SlotSchedule {
        let rows = classes.map { blocks -> [Int] in
            var row = [Int](repeating: 0, count: groups * size)
            for (group, block) in blocks.enumerated() {
                for point in block { row[point] = group }
            }
            return row
        }
        return SlotSchedule(groupOfSlot: rows, groups: groups, classes: size, description: description)
    }

    // MARK: - Affine spaces

    /// GF(q) and the dimension n with q^n = `points`, for n ≥ 3 (planes are the finite-field
    /// construction's).
    static func affineSpace(points: Int, size: Int) -> (field: GaloisField, dimension: Int)? {
        guard let field = GaloisField(order: size) else { return nil }
        var power = size * size
        var dimension = 2
        while power < points {
            power *= size
            dimension += 1
        }
        return power == points && dimension >= 3 && points <= 1 << 20 ? (field, dimension) : nil
    }

    /// The first `rounds` parallel classes of AG(n, q): one per direction, its lines the cosets.
    static func affineClasses(_ space: (field: GaloisField, dimension: Int), rounds: Int) -> [[[Int]]]? {
        let q = space.field.order
        let n = space.dimension
        let count = Int(pow(Double(q), Double(n)))
        let directions = (1..<count).filter { firstNonzero(digits($0, q, n)) == 1 }
        guard directions.count >= rounds else { return nil }
        return directions.prefix(rounds).map { direction in
            let d = digits(direction, q, n)
            var lineOf = [Int](repeating: -1, count: count)
            var lines: [[Int]] = []
            for point in 0..<count where lineOf[point] < 0 {
                let p = digits(point, q, n)
                let line = (0..<q).map { t in
                    number(zip(p, d).map { space.field.sum($0, space.field.product(t, $1)) }, q)
                }
                for member in line { lineOf[member] = lines.count }
                lines.append(line.sorted())
            }
            return lines
        }
    }

    // MARK: - Projective spaces and unitals

    /// The lines of PG(3, q), each as its q + 1 points (normalised vectors of GF(q)^4).
    static func projectiveLines(_ q: Int) -> [[Int]]? {
        guard let field = GaloisField(order: q) else { return nil }
        let vectors = (1..<(q * q * q * q)).filter { firstNonzero(digits($0, q, 4)) == 1 }
        var index: [Int: Int] = [:]
        for (position, vector) in vectors.enumerated() { index[vector] = position }
        var seen = Set<[Int]>()
        var lines: [[Int]] = []
        for first in 0..<vectors.count {
            for second in (first + 1)..<vectors.count {
                let u = digits(vectors[first], q, 4)
                let v = digits(vectors[second], q, 4)
                var members = Set<Int>()
                for a in 0..<q {
                    for b in 0..<q where a != 0 || b != 0 {
                        let w = zip(u, v).map { field.sum(field.product(a, $0), field.product(b, $1)) }
                        if let point = index[number(normalised(w, field), q)] { members.insert(point) }
                    }
                }
                let line = members.sorted()
                if seen.insert(line).inserted { lines.append(line) }
            }
        }
        return lines
    }

    /// The blocks of the Hermitian unital in PG(2, q²): the points with x^(q+1) + y^(q+1) +
    /// z^(q+1) = 0, met by the secant lines in q + 1 points each. `field` is GF(q).
    static func hermitianUnital(_ base: GaloisField) -> [[Int]]? {
        let q = base.order
        guard let field = GaloisField(order: q * q) else { return nil }
        let order = field.order
        func power(_ x: Int, _ exponent: Int) -> Int {
            var result = 1
            for _ in 0..<exponent { result = field.product(result, x) }
            return result
        }
        let all = (1..<(order * order * order)).filter { firstNonzero(digits($0, order, 3)) == 1 }
        let onCurve = all.filter { vector in
            digits(vector, order, 3).reduce(0) { field.sum($0, power($1, q + 1)) } == 0
        }
        var blocks: [[Int]] = []
        for line in all {
            let l = digits(line, order, 3)
            let members = onCurve.indices.filter { point in
                let p = digits(onCurve[point], order, 3)
                return zip(l, p).reduce(0) { field.sum($0, field.product($1.0, $1.1)) } == 0
            }
            if members.count == q + 1 { blocks.append(members) }
        }
        return blocks
    }

    // MARK: - Cyclic designs on levels

    /// The first `rounds` parallel classes of a resolvable design whose points are Z_m × k
    /// levels (`points` = k·m, m odd) and which Z_m turns into itself: (m − 1)/(k − 1) fixed
    /// classes, each the translates of one transversal block {(0, 0), (a₁, 1), …}, and the m
    /// translates of one base class. Every pair's difference (within a level, or between two
    /// levels) must be covered exactly once; a depth-first search bounded by nodes looks for the
    /// transversals and the base class, so a shape always or never gets its design. Kirkman's
    /// 21 people in triples over 10 rounds comes this way.
    static func cyclicClasses(points: Int, size k: Int, rounds: Int, budget: Int = 300_000) -> [[[Int]]]? {
        guard k >= 3, points % k == 0 else { return nil }
        let m = points / k
        guard m % 2 == 1, m >= k, (m - 1) % (k - 1) == 0, rounds <= m + (m - 1) / (k - 1) else { return nil }
        var search = LevelDesignSearch(m: m, k: k, budget: budget)
        guard search.run() else { return nil }
        let orbit = (0..<m).map { shift in
            search.base.map { block in block.map { point in (point / m) * m + (point % m + shift) % m } }
        }
        let fixed = search.transversals.map { offsets in
            (0..<m).map { x in offsets.enumerated().map { level, offset in level * m + (x + offset) % m } }
        }
        return Array((orbit + fixed).prefix(rounds)).map { $0.map { $0.sorted() } }
    }

    // MARK: - Parallel classes

    /// `count` parallel classes of `blocks` on `points` points (each class a partition of the
    /// points, no two points together twice), found by depth-first search over the lowest
    /// uncovered point, within a budget of nodes; nil when none is found within it.
    static func parallelClasses(of blocks: [[Int]], points: Int, count: Int, budget: Int = 2_000_000) -> [[[Int]]]? {
        guard points <= 64, let size = blocks.first?.count, size > 0, points % size == 0 else { return nil }
        let masks = blocks.map { $0.reduce(UInt64(0)) { $0 | (1 << UInt64($1)) } }
        let containing = (0..<points).map { point in blocks.indices.filter { masks[$0] & (1 << UInt64(point)) != 0 } }
        let all: UInt64 = points == 64 ? ~0 : (1 << UInt64(points)) - 1
        var met = [UInt64](repeating: 0, count: points)
        var used = [Bool](repeating: false, count: blocks.count)
        var chosen: [Int] = []
        var nodes = 0
        let perClass = points / size

        func fits(_ block: Int, covered: UInt64) -> Bool {
            guard !used[block], masks[block] & covered == 0 else { return false }
            return blocks[block].allSatisfy { met[$0] & masks[block] == 0 }
        }
        func place(_ block: Int, _ on: Bool) {
            used[block] = on
            for point in blocks[block] {
                if on { met[point] |= masks[block] & ~(1 << UInt64(point)) } else { met[point] &= ~masks[block] }
            }
        }
        func search(covered: UInt64) -> Bool {
            if chosen.count == count * perClass { return true }
            nodes += 1
            if nodes > budget { return false }
            let open = covered == all ? 0 : covered
            let point = (~open & all).trailingZeroBitCount
            for block in containing[point] where fits(block, covered: open) {
                place(block, true)
                chosen.append(block)
                if search(covered: open | masks[block]) { return true }
                chosen.removeLast()
                place(block, false)
                if nodes > budget { return false }
            }
            return false
        }
        guard search(covered: 0) else { return nil }
        return stride(from: 0, to: chosen.count, by: perClass).map { start in
            chosen[start..<(start + perClass)].map { blocks[$0] }
        }
    }

    // MARK: - Vectors over GF(q)

    private static func digits(_ value: Int, _ q: Int, _ count: Int) -> [Int] {
        var value = value
        return (0..<count).map { _ in
            defer { value /= q }
            return value % q
        }
    }

    private static func number(_ digits: [Int], _ q: Int) -> Int {
        digits.reversed().reduce(0) { $0 * q + $1 }
    }

    private static func firstNonzero(_ digits: [Int]) -> Int {
        digits.last { $0 != 0 } ?? 0
    }

    /// `vector` scaled so that its last nonzero coordinate (the first in ``firstNonzero``) is 1.
    private static func normalised(_ vector: [Int], _ field: GaloisField) -> [Int] {
        guard let lead = vector.last(where: { $0 != 0 }) else { return vector }
        guard let inverse = (1..<field.order).first(where: { field.product($0, lead) == 1 }) else { return vector }
        return vector.map { field.product($0, inverse) }
    }
}
