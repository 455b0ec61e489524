/// The search behind ``ResolvableDesigns/cyclicClasses(points:size:rounds:budget:)``: points
/// are (x, level) with x in Z_m, stored as level·m + x. A pair's *difference* is its level
/// (or levels) and the distance of its x's; a design covers every difference once. The search
/// picks the transversal blocks (first point (0, 0), in increasing order), then the base class
/// block by block, each block starting at the lowest point not yet covered.
struct LevelDesignSearch {
    let m: Int
    let k: Int
    let budget: Int
    /// The fixed classes' transversal blocks, as the offset of each level (level 0's is 0).
    private(set) var transversals: [[Int]] = []
    /// The base class: m blocks of k points that cover every point once.
    private(set) var base: [[Int]] = []
    private var used: [Bool]
    private var covered: [Bool]
    private var nodes = 0

    init(m: Int, k: Int, budget: Int) {
        self.m = m
        self.k = k
        self.budget = budget
        used = [Bool](repeating: false, count: k * m + k * k * m)
        covered = [Bool](repeating: false, count: k * m)
    }

    /// The index of the difference of points p and q.
    private func difference(_ p: Int, _ q: Int) -> Int {
        let (first, second) = p < q ? (p, q) : (q, p)
        let (i, x) = (first / m, first % m)
        let (j, y) = (second / m, second % m)
        let distance = (y - x + m) % m
        if i == j { return i * m + min(distance, m - distance) }
        return k * m + (i * k + j) * m + distance
    }

    /// The differences `point` adds to `block`, or nil when one is taken or comes twice.
    private func differences(adding point: Int, to block: [Int]) -> [Int]? {
        var found: [Int] = []
        for member in block {
            let key = difference(member, point)
            guard !used[key], !found.contains(key) else { return nil }
            found.append(key)
        }
        return found
    }

    private mutating func mark(_ keys: [Int], _ on: Bool) {
        for key in keys { used[key] = on }
    }

    /// Whether a design was found within the budget.
    mutating func run() -> Bool {
        chooseTransversals(from: 0)
    }

    private mutating func chooseTransversals(from first: Int) -> Bool {
        if transversals.count == (m - 1) / (k - 1) { return chooseBlock(extending: []) }
        // m^(k − 1) offset tuples; the node budget ends the loop long before a huge count.
        var combinations = 1
        for _ in 1..<k {
            let (product, overflow) = combinations.multipliedReportingOverflow(by: m)
            combinations = overflow ? Int.max : product
        }
        for code in first..<combinations {
            nodes += 1
            if nodes > budget { return false }
            var offsets = [0]
            var rest = code
            for _ in 1..<k {
                offsets.append(rest % m)
                rest /= m
            }
            var block: [Int] = []
            var keys: [Int] = []
            var fits = true
            for (level, offset) in offsets.enumerated() {
                let point = level * m + offset
                guard let added = differences(adding: point, to: block) else {
                    fits = false
                    break
                }
                keys += added
                block.append(point)
            }
            guard fits else { continue }
            mark(keys, true)
            transversals.append(offsets)
            if chooseTransversals(from: code + 1) { return true }
            transversals.removeLast()
            mark(keys, false)
        }
        return false
    }

    /// Completes `block` (empty: starts the next block of the base class at the lowest free point).
    private mutating func chooseBlock(extending block: [Int]) -> Bool {
        nodes += 1
        if nodes > budget { return false }
        if block.count == k {
            for point in block { covered[point] = true }
            base.append(block)
            if chooseBlock(extending: []) { return true }
            base.removeLast()
            for point in block { covered[point] = false }
            return false
        }
        if block.isEmpty {
            guard let lowest = covered.firstIndex(of: false) else { return true }
            return chooseBlock(extending: [lowest])
        }
        let last = block[block.count - 1]
        for point in (last + 1)..<(k * m) where !covered[point] {
            guard let keys = differences(adding: point, to: block) else { continue }
            mark(keys, true)
            if chooseBlock(extending: block + [point]) { return true }
            mark(keys, false)
            if nodes > budget { return false }
        }
        return false
    }
}
