/// An exact search for a learning café with one host at every table who stays.
///
/// Travellers are alike to the repeat count, so a plan is a multiset of table sequences, one
/// per traveller: the table of each round. With the fewest table revisits every traveller
/// spreads visits evenly over the tables, which fixes how often travellers meet hosts again;
/// table sizes may trade places between rounds, so the traveller meetings of a round are fixed
/// too. What is left to choose is how many traveller pairs never meet: two travellers never
/// meet when their sequences differ in every round. The search minimises those pairs by branch
/// and bound over multisets, taking rounds and tables as interchangeable; it counts its nodes
/// and gives up past its budget, so the same problem gives the same answer on every machine.
struct CafeSequenceSearch {
    /// What the search found: a sequence per traveller, the pairs of them who never meet, and
    /// whether no multiset of sequences leaves fewer.
    struct Result {
        var sequences: [[Int]]
        var neverMeeting: Int
        var proven: Bool
        var nodes: Int
    }

    let rounds: Int
    let tables: Int
    let travellers: Int
    /// The travellers a table holds in a round: `seats`, or `seats` + 1 at `larger` tables.
    let seats: Int
    let larger: Int
    /// The sequences allowed: every table visited ⌊rounds/tables⌋ times or once more, in
    /// rounds' order; flat, `rounds` entries each.
    private let words: [Int]
    private let wordCount: Int
    /// Each sequence's class under swapping rounds and tables (nondecreasing).
    private let orbit: [Int]
    /// agreements[a * count + b]: the rounds in which sequences a and b name the same table,
    /// that is, how often two travellers on them meet.
    private let agreements: [UInt8]

    /// The most travellers searched: the search goes one traveller deeper at a time.
    static let mostTravellers = 200

    /// The search for travellers at tables holding `seats` of them (in some order every round)
    /// over `rounds` rounds, or nil when the café is too small to need it, too large for it
    /// (more than ``mostTravellers``) or has more than `limit` allowed sequences.
    init?(seats: [Int], rounds: Int, limit: Int = 2_000) {
        let travellers = seats.reduce(0, +)
        let fewest = seats.min() ?? 0
        guard seats.count >= 2, rounds >= 1, travellers >= 2, travellers <= Self.mostTravellers, fewest >= 0,
            (seats.max() ?? 0) - fewest <= 1
        else { return nil }
        self.rounds = rounds
        self.tables = seats.count
        self.travellers = travellers
        self.seats = fewest
        self.larger = seats.filter { $0 > fewest }.count
        let visits = [Int](repeating: rounds / seats.count, count: seats.count)
        let oneMore = [Bool](repeating: rounds % seats.count > 0, count: seats.count)
        guard let list = Self.sequences(rounds: rounds, fewest: visits, oneMore: oneMore, limit: limit) else {
            return nil
        }
        wordCount = list.count
        words = list.flatMap { $0 }
        orbit = Self.orbits(list, tables: seats.count, rounds: rounds)
        var agreements = [UInt8](repeating: 0, count: list.count * list.count)
        for a in list.indices {
            for b in list.indices {
                agreements[a * list.count + b] = UInt8((0..<rounds).filter { list[a][$0] == list[b][$0] }.count)
            }
        }
        self.agreements = agreements
    }

    /// Every sequence of `rounds` tables in which table j appears `fewest[j]` times, or once
    /// more where `oneMore[j]`; nil past `limit`.
    private static func sequences(rounds: Int, fewest: [Int], oneMore: [Bool], limit: Int) -> [[Int]]? {
        let tables = fewest.count
        let most = (0..<tables).map { fewest[$0] + (oneMore[$0] ? 1 : 0) }
        var used = [Int](repeating: 0, count: tables)
        var word = [Int](repeating: 0, count: rounds)
        var list: [[Int]] = []
        var overflow = false
        func extend(_ position: Int, _ stillNeeded: Int) {
            guard !overflow else { return }
            if position == rounds {
                list.append(word)
                overflow = list.count > limit
                return
            }
            for table in 0..<tables where used[table] < most[table] {
                let needed = stillNeeded - (used[table] < fewest[table] ? 1 : 0)
                guard needed <= rounds - position - 1 else { continue }
                used[table] += 1
                word[position] = table
                extend(position + 1, needed)
                used[table] -= 1
            }
        }
        extend(0, fewest.reduce(0, +))
        return overflow ? nil : list
    }

    /// Numbers each sequence's class under permuting rounds and relabelling tables, classes
    /// numbered in order of their first sequence. With too many permutations to try, every
    /// sequence is a class of its own.
    private static func orbits(_ list: [[Int]], tables: Int, rounds: Int) -> [Int] {
        guard rounds <= 8 else { return Array(list.indices) }
        let factorial = (1...max(1, rounds)).reduce(1, *)
        guard factorial * list.count <= 2_000_000 else { return Array(list.indices) }
        var permutations: [[Int]] = [Array(0..<rounds)]
        for k in 1..<max(1, rounds) {
            permutations = permutations.flatMap { permutation in
                (0...k).map { place -> [Int] in
                    var next = Array(permutation.prefix(k))
                    next.insert(k, at: place)
                    return next + permutation.dropFirst(k)
                }
            }
        }
        var key: [[Int]: Int] = [:]
        return list.map { word in
            var best: [Int]?
            for permutation in permutations {
                // Tables are renamed in order of first appearance.
                var renamed = [Int](repeating: -1, count: tables)
                var named = 0
                let image = permutation.map { position -> Int in
                    let table = word[position]
                    if renamed[table] < 0 {
                        renamed[table] = named
                        named += 1
                    }
                    return renamed[table]
                }
                if best.map({ image.lexicographicallyPrecedes($0) }) ?? true { best = image }
            }
            let canonical = best ?? word
            if let known = key[canonical] { return known }
            key[canonical] = key.count
            return key.count - 1
        }
    }

    /// The multiset with the fewest never-meeting pairs, found within `work` (nodes times the
    /// sequences each node weighs, so that long sequence lists get fewer nodes); proven
    /// when the search ran to its end or reached `atLeast`, a bound known beforehand.
    /// `spare` is the traveller meetings less the traveller pairs: the never-meeting pairs
    /// of a plan are its wasted meetings (every meeting of a pair after its first) less that.
    func run(work: Int, atLeast: Int, spare: Int) -> Result? {
        let budget = max(1, work / max(1, wordCount))
        var state = State(search: self, budget: budget, atLeast: max(0, atLeast), spare: spare)
        state.solve()
        guard let best = state.best else { return nil }
        let sequences = best.map { word in Array(words[(word * rounds)..<((word + 1) * rounds)]) }
        let proven = !state.outOfBudget || state.bestCost <= state.atLeast
        return Result(sequences: sequences, neverMeeting: state.bestCost, proven: proven, nodes: state.nodes)
    }

    /// The branch and bound: travellers take sequences in nondecreasing order, the first one the
    /// first sequence of its class (any plan can be turned into one that holds it), the rest
    /// from that class or later ones. Two bounds prune: never-meeting pairs only grow, and so do
    /// wasted meetings; each traveller still to come adds at least the least any sequence left
    /// would add to either.
    private struct State {
        let search: CafeSequenceSearch
        let budget: Int
        let atLeast: Int
        let spare: Int
        var taken: [Int]  // round * tables + table: travellers seated
        var largerTaken: [Int]  // per round: tables holding one more than `seats`
        var apartFrom: [Int]  // per sequence: chosen travellers it would never meet
        var wasteWith: [Int]  // per sequence: meetings after the first it would have with those chosen
        var chosen: [Int] = []
        var best: [Int]?
        var bestCost = Int.max
        var nodes = 0
        var outOfBudget = false

        init(search: CafeSequenceSearch, budget: Int, atLeast: Int, spare: Int) {
            self.search = search
            self.budget = budget
            self.atLeast = atLeast
            self.spare = spare
            taken = [Int](repeating: 0, count: search.rounds * search.tables)
            largerTaken = [Int](repeating: 0, count: search.rounds)
            apartFrom = [Int](repeating: 0, count: search.wordCount)
            wasteWith = [Int](repeating: 0, count: search.wordCount)
        }

        var done: Bool { outOfBudget || bestCost <= atLeast }

        func fits(_ word: Int) -> Bool {
            let rounds = search.rounds
            for round in 0..<rounds {
                let seated = taken[round * search.tables + search.words[word * rounds + round]]
                if seated > search.seats || (seated == search.seats && largerTaken[round] == search.larger) {
                    return false
                }
            }
            return true
        }

        mutating func take(_ word: Int, _ step: Int) {
            let rounds = search.rounds
            for round in 0..<rounds {
                let cell = round * search.tables + search.words[word * rounds + round]
                if step < 0, taken[cell] == search.seats + 1 { largerTaken[round] -= 1 }
                taken[cell] += step
                if step > 0, taken[cell] == search.seats + 1 { largerTaken[round] += 1 }
            }
            let row = word * search.wordCount
            for other in 0..<search.wordCount {
                let agreed = Int(search.agreements[row + other])
                if agreed == 0 {
                    apartFrom[other] += step
                } else if agreed > 1 {
                    wasteWith[other] += step * (agreed - 1)
                }
            }
            if step > 0 { chosen.append(word) } else { chosen.removeLast() }
        }

        mutating func solve() {
            var firstOfClass: [Int] = []
            for word in 0..<search.wordCount where search.orbit[word] == firstOfClass.count {
                firstOfClass.append(word)
            }
            for (kind, word) in firstOfClass.enumerated() {
                guard !done else { return }
                guard fits(word) else { continue }
                take(word, 1)
                extend(from: kind, apart: 0, waste: 0)
                take(word, -1)
            }
        }

        /// The least the travellers still to come can add to `cost` (never-meeting pairs or wasted
        /// meetings with those chosen): the cheapest sequences first, each taken as often as the
        /// seats of its tables allow.
        func cheapest(_ left: Int, _ cost: KeyPath<State, [Int]>, _ candidates: [Int], _ most: Int) -> Int {
            let costs = self[keyPath: cost]
            let rounds = search.rounds
            var total = 0
            var needed = left
            for word in candidates.sorted(by: { costs[$0] < costs[$1] }) {
                var room = needed
                for round in 0..<rounds {
                    room = min(room, most - taken[round * search.tables + search.words[word * rounds + round]])
                }
                let count = max(0, room)
                total += count * costs[word]
                needed -= count
                if needed == 0 { break }
            }
            return needed > 0 ? Int.max / 4 : total
        }

        private mutating func extend(from kind: Int, apart: Int, waste: Int) {
            nodes += 1
            if nodes > budget {
                outOfBudget = true
                return
            }
            let left = search.travellers - chosen.count
            if left == 0 {
                if apart < bestCost {
                    bestCost = apart
                    best = chosen
                }
                return
            }
            let last = chosen.count > 1 ? (chosen.last ?? 0) : 0
            var candidates: [Int] = []
            var leastApart = Int.max
            var leastWaste = Int.max
            let rounds = search.rounds
            var covered = [Bool](repeating: false, count: taken.count)
            for word in last..<search.wordCount where search.orbit[word] >= kind && fits(word) {
                candidates.append(word)
                leastApart = min(leastApart, apartFrom[word])
                leastWaste = min(leastWaste, wasteWith[word])
                for round in 0..<rounds { covered[round * search.tables + search.words[word * rounds + round]] = true }
            }
            // A table short of people in some round that no sequence left can reach stays short.
            guard !candidates.isEmpty, taken.indices.allSatisfy({ taken[$0] >= search.seats || covered[$0] })
            else { return }
            func bound(_ apart: Int, _ waste: Int, _ left: Int) -> Int {
                max(apart + left * leastApart, waste + left * leastWaste - spare)
            }
            // Travellers still to come also meet one another: at least the pairs the seats left
            // at tables short of people hold, at most those of every seat left. Pairs past the
            // most they can meet never meet; meetings past the pairs are wasted.
            let most = search.seats + (search.larger > 0 ? 1 : 0)
            var (fewestAmong, mostAmong) = (0, 0)
            for cell in taken.indices {
                let (short, open) = (max(0, search.seats - taken[cell]), max(0, most - taken[cell]))
                fewestAmong += short * (short - 1) / 2
                mostAmong += open * (open - 1) / 2
            }
            let pairsAmong = left * (left - 1) / 2
            let atNode = max(
                apart + cheapest(left, \.apartFrom, candidates, most) + max(0, pairsAmong - mostAmong),
                waste + cheapest(left, \.wasteWith, candidates, most) + max(0, fewestAmong - pairsAmong) - spare)
            guard atNode < bestCost else { return }
            candidates.sort {
                (apartFrom[$0] + wasteWith[$0], $0) < (apartFrom[$1] + wasteWith[$1], $1)
            }
            for word in candidates {
                guard !done else { return }
                let (nextApart, nextWaste) = (apart + apartFrom[word], waste + wasteWith[word])
                guard bound(nextApart, nextWaste, left - 1) < bestCost else { continue }
                take(word, 1)
                extend(from: kind, apart: nextApart, waste: nextWaste)
                take(word, -1)
            }
        }
    }
}
