import Foundation

/// A finite field GF(q), q = p^k, with full addition and multiplication tables
/// (elements are the integers 0..<q; 0 and 1 are the field's zero and one).
struct GaloisField {
    let order: Int
    let add: [Int]
    let multiply: [Int]

    /// The field of `order` elements, if `order` is a prime power up to 1024.
    init?(order: Int) {
        guard order >= 2, order <= 1024, let (prime, power) = GaloisField.primePower(order) else { return nil }
        self.order = order
        var add = [Int](repeating: 0, count: order * order)
        var multiply = [Int](repeating: 0, count: order * order)
        if power == 1 {
            for a in 0..<order {
                for b in 0..<order {
                    add[a * order + b] = (a + b) % order
                    multiply[a * order + b] = (a * b) % order
                }
            }
        } else {
            // Polynomials over Z_p of degree < power, as base-p digits; reduce by a monic irreducible.
            guard let modulus = GaloisField.irreducible(prime: prime, degree: power) else { return nil }
            func number(_ coefficients: [Int]) -> Int {
                coefficients.reversed().reduce(0) { $0 * prime + $1 }
            }
            let polynomials = (0..<order).map { GaloisField.digits($0, prime: prime, count: power) }
            for a in 0..<order {
                let da = polynomials[a]
                for b in 0..<order {
                    let db = polynomials[b]
                    add[a * order + b] = number(zip(da, db).map { ($0 + $1) % prime })
                    var product = [Int](repeating: 0, count: 2 * power - 1)
                    for i in 0..<power where da[i] != 0 {
                        for j in 0..<power { product[i + j] = (product[i + j] + da[i] * db[j]) % prime }
                    }
                    for degree in stride(from: 2 * power - 2, through: power, by: -1) where product[degree] != 0 {
                        let factor = product[degree]
                        for i in 0...power {
                            let index = degree - power + i
                            product[index] = ((product[index] - factor * modulus[i]) % prime + prime) % prime
                        }
                    }
                    multiply[a * order + b] = number(Array(product.prefix(power)))
                }
            }
        }
        self.add = add
        self.multiply = multiply
    }

    func sum(_ a: Int, _ b: Int) -> Int { add[a * order + b] }
    func product(_ a: Int, _ b: Int) -> Int { multiply[a * order + b] }

    static func primePower(_ n: Int) -> (Int, Int)? {
        var prime = 2
        while prime * prime <= n, n % prime != 0 { prime += 1 }
        if n % prime != 0 { prime = n }
        var value = n
        var power = 0
        while value % prime == 0 {
            value /= prime
            power += 1
        }
        return value == 1 ? (prime, power) : nil
    }

    /// Coefficients (constant first, leading 1 last) of a monic irreducible polynomial.
    static func irreducible(prime: Int, degree: Int) -> [Int]? {
        for index in 0..<integerPower(prime, degree) {
            let coefficients = monic(index, prime: prime, degree: degree)
            if coefficients[0] == 0 { continue }
            if isIrreducible(coefficients, prime: prime) { return coefficients }
        }
        return nil
    }

    /// The lowest `count` base-`prime` digits of `x`, least significant first: a polynomial
    /// over Z_p, constant coefficient first.
    private static func digits(_ x: Int, prime: Int, count: Int) -> [Int] {
        var value = x
        return (0..<count).map { _ in
            defer { value /= prime }
            return value % prime
        }
    }

    /// The `index`-th monic polynomial of `degree` over Z_p, constant coefficient first.
    private static func monic(_ index: Int, prime: Int, degree: Int) -> [Int] {
        digits(index, prime: prime, count: degree) + [1]
    }

    private static func integerPower(_ base: Int, _ exponent: Int) -> Int {
        (0..<exponent).reduce(1) { product, _ in product * base }
    }

    /// Trial division by every monic polynomial of degree 1…deg/2.
    private static func isIrreducible(_ polynomial: [Int], prime: Int) -> Bool {
        let degree = polynomial.count - 1
        guard degree > 1 else { return true }
        for divisorDegree in 1...(degree / 2) {
            for index in 0..<integerPower(prime, divisorDegree) {
                let divisor = monic(index, prime: prime, degree: divisorDegree)
                var remainder = polynomial
                for shift in stride(from: degree - divisorDegree, through: 0, by: -1) {
                    let factor = remainder[shift + divisorDegree]
                    if factor == 0 { continue }
                    for i in 0...divisorDegree {
                        remainder[shift + i] = ((remainder[shift + i] - factor * divisor[i]) % prime + prime) % prime
                    }
                }
                if remainder.allSatisfy({ $0 == 0 }) { return false }
            }
        }
        return true
    }
}

/// Zero-repeat schedules from design theory, on abstract slots.
///
/// Slots are pairs (a, b): `a` one of `s` seat classes, `b` one of `g` groups. In round r
/// slot (a, b) sits in group b + m_r·x_a. Over GF(q) (g = q a prime power, s ≤ q) two slots
/// of different classes share a group in exactly one of the q rounds (an affine
/// resolvable design), slots of one class never meet; when s divides q a last round
/// groups each class within itself. For other g the same formula over Z_g with carefully
/// chosen multipliers gives fewer rounds. Class 0 has x_0 = 0, so its slots never move:
/// table hosts sit there. Groups of four for a power-of-two number of groups go further
/// without hosts (`GroupsOfFour`).
struct SlotSchedule {
    /// For each round, the group of each slot (slot index = a·g + b).
    var groupOfSlot: [[Int]]
    let groups: Int
    let classes: Int
    let description: String

    var rounds: Int { groupOfSlot.count }
    func slot(_ a: Int, _ b: Int) -> Int { a * groups + b }

    /// Whether two slots share a group in some round.
    func meet(_ first: Int, _ second: Int) -> Bool {
        groupOfSlot.contains { $0[first] == $0[second] }
    }

    /// The best construction for `groups` groups of `classes` people over `rounds` rounds,
    /// or nil when none reaches that many rounds. `hostsStay` forbids the within-class round.
    static func best(groups: Int, classes: Int, rounds: Int, hostsStay: Bool) -> SlotSchedule? {
        guard groups >= 1, classes >= 1, rounds >= 1 else { return nil }
        if classes == 1 {
            return SlotSchedule(
                groupOfSlot: Array(repeating: Array(0..<groups), count: rounds), groups: groups,
                classes: 1, description: "one person per group")
        }
        // Past `groups` rounds the affine design needs a round that groups each class within
        // itself; groups of four take pairing rounds (two of a class per group) first instead.
        if classes == 4, !hostsStay, rounds > groups, var schedule = GroupsOfFour.schedule(groups: groups),
            schedule.rounds >= rounds
        {
            schedule.groupOfSlot.removeLast(schedule.rounds - rounds)
            return schedule
        }
        if let field = GaloisField(order: groups), classes <= groups {
            let withinRound = !hostsStay && groups % classes == 0
            let available = groups + (withinRound ? 1 : 0)
            if rounds <= available {
                var schedule: [[Int]] = []
                for round in 0..<min(rounds, groups) {
                    var row = [Int](repeating: 0, count: groups * classes)
                    for a in 0..<classes {
                        let shift = field.product(round, a)
                        for b in 0..<groups { row[a * groups + b] = field.sum(b, shift) }
                    }
                    schedule.append(row)
                }
                if rounds > groups {
                    // Each class (groups members) splits into groups/classes groups of `classes`.
                    var row = [Int](repeating: 0, count: groups * classes)
                    let perClass = groups / classes
                    for a in 0..<classes {
                        for b in 0..<groups { row[a * groups + b] = a * perClass + b / classes }
                    }
                    schedule.append(row)
                }
                return SlotSchedule(
                    groupOfSlot: schedule, groups: groups, classes: classes,
                    description: "finite-field construction GF(\(groups))")
            }
        }
        // Hosts stay and tables hold more travellers than there are other tables: travellers
        // move in q − 1 cohorts (class a moves by x_a = 1 + (a − 1) mod (q − 1)), so each table
        // takes its travellers evenly from all the others in every round, cohorts never meet
        // twice, and only the pairs of one cohort at one table sit together again, as few as
        // the pigeonhole allows.
        if hostsStay, classes > groups, groups >= 2, rounds <= groups, let field = GaloisField(order: groups) {
            let schedule = (0..<rounds).map { round -> [Int] in
                var row = [Int](repeating: 0, count: groups * classes)
                for a in 0..<classes {
                    let cohort = a == 0 ? 0 : 1 + (a - 1) % (groups - 1)
                    let shift = field.product(round, cohort)
                    for b in 0..<groups { row[a * groups + b] = field.sum(b, shift) }
                }
                return row
            }
            return SlotSchedule(
                groupOfSlot: schedule, groups: groups, classes: classes,
                description: "finite-field rotation GF(\(groups)) in \(groups - 1) cohorts")
        }
        // Without hosts, a resolvable design of that shape: affine spaces, PG(3, q), unitals.
        if !hostsStay, let design = ResolvableDesigns.schedule(groups: groups, size: classes, rounds: rounds) {
            return design
        }
        // Z_g with greedily chosen multipliers: rounds r, r' never reunite slots of classes a ≠ a'
        // when (m_r − m_r')·(a − a') ≢ 0 (mod g) for all class differences.
        var multipliers: [Int] = []
        for candidate in 0..<groups where multipliers.count < rounds {
            let fits = multipliers.allSatisfy { chosen in
                (1..<classes).allSatisfy { difference in ((candidate - chosen) * difference) % groups != 0 }
            }
            if fits { multipliers.append(candidate) }
        }
        guard multipliers.count >= rounds else {
            if let rows = differenceRows(groups: groups, classes: classes, rounds: rounds) { return rows }
            return hostsStay ? rotation(groups: groups, classes: classes, rounds: rounds) : nil
        }
        let schedule = multipliers.map { multiplier -> [Int] in
            var row = [Int](repeating: 0, count: groups * classes)
            for a in 0..<classes {
                for b in 0..<groups { row[a * groups + b] = (b + multiplier * a) % groups }
            }
            return row
        }
        return SlotSchedule(
            groupOfSlot: schedule, groups: groups, classes: classes,
            description: "cyclic construction over Z_\(groups)")
    }

    /// Zero repeats over Z_g without multipliers: slot (a, b) sits in group b + π_a(r) in round
    /// r, for rows π_a of Z_g with π_0 = 0 (hosts stay), π_a(0) = 0, each row taking a new value
    /// in every round (a new table for every traveller) and the difference of every two rows
    /// taking a new value in every round (two classes never reunite). Found by a depth-first
    /// search bounded by nodes, so a shape always or never gets it: 6 tables of 1 host and 4
    /// travellers over 5 rounds come this way, where Z_6 has too few multipliers.
    static func differenceRows(groups: Int, classes: Int, rounds: Int, budget: Int = 200_000) -> SlotSchedule? {
        guard groups >= 2, classes >= 2, rounds >= 2, rounds <= groups else { return nil }
        var rows = [[Int]](repeating: [Int](repeating: 0, count: rounds), count: classes)
        var nodes = 0
        func fits(_ a: Int, _ r: Int) -> Bool {
            let value = rows[a][r]
            for earlier in 0..<r where rows[a][earlier] == value { return false }
            for other in 1..<a {
                let difference = (value - rows[other][r] + groups) % groups
                for earlier in 0..<r where (rows[a][earlier] - rows[other][earlier] + groups) % groups == difference {
                    return false
                }
            }
            return true
        }
        func search(_ a: Int, _ r: Int) -> Bool {
            if a == classes { return true }
            if r == rounds { return search(a + 1, 1) }
            nodes += 1
            guard nodes <= budget else { return false }
            for value in 1..<groups {
                rows[a][r] = value
                if fits(a, r), search(a, r + 1) { return true }
                if nodes > budget { return false }
            }
            return false
        }
        guard search(1, 1) else { return nil }
        let schedule = (0..<rounds).map { round -> [Int] in
            var row = [Int](repeating: 0, count: groups * classes)
            for a in 0..<classes {
                for b in 0..<groups { row[a * groups + b] = (b + rows[a][round]) % groups }
            }
            return row
        }
        return SlotSchedule(
            groupOfSlot: schedule, groups: groups, classes: classes,
            description: "difference rows over Z_\(groups)")
    }

    /// A start for a café that no zero-repeat construction fits: class a of travellers moves by
    /// a step coprime to the number of tables (the steps taken in turn, 1 and −1 first), so
    /// every traveller sits at a new table in every round while rounds ≤ tables. Travellers
    /// may meet again; the search goes on from here. Nil past as many rounds as tables.
    static func rotation(groups: Int, classes: Int, rounds: Int) -> SlotSchedule? {
        guard groups >= 2, rounds <= groups else { return nil }
        func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
        let units = (1..<groups).filter { gcd($0, groups) == 1 }
        let steps =
            units.isEmpty
            ? [1] : units.sorted { (min($0, groups - $0), $0) < (min($1, groups - $1), $1) }
        let schedule = (0..<rounds).map { round -> [Int] in
            var row = [Int](repeating: 0, count: groups * classes)
            for a in 0..<classes {
                let step = a == 0 ? 0 : steps[(a - 1) % steps.count]
                for b in 0..<groups { row[a * groups + b] = (b + round * step) % groups }
            }
            return row
        }
        return SlotSchedule(
            groupOfSlot: schedule, groups: groups, classes: classes,
            description: "cyclic rotation over Z_\(groups)")
    }
}
