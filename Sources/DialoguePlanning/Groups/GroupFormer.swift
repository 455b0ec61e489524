import Foundation

/// Forms groups for every round of a step. The planner uses one for every subgroup,
/// pair, triad and table step; a developer may plug in another strategy.
public protocol GroupFormer: Sendable {
    func form(_ problem: GroupProblem) throws -> GroupSchedule
}

/// The default strategy: a zero-repeat construction from design theory where one fits,
/// refined by person↔slot swaps for mixing; otherwise tabu local search with restarts.
/// Objectives in order: hard constraints, table revisits (rotation), repeated encounters, mixing.
public struct DesignAndSearchGroupFormer: GroupFormer {
    /// The default strategy.
    public init() {}

    /// Groups for every round of `problem`, with their quality, or why it cannot be solved.
    public func form(_ problem: GroupProblem) throws -> GroupSchedule {
        let model = try GroupModel(problem)
        var search = LocalSearch(model: model, problem: problem)
        let result = search.run()
        return model.schedule(result, problem: problem)
    }
}

/// A small, fast, seedable random number generator (SplitMix64), so that the same
/// seed gives the same groups on every machine.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose numbers follow from `seed` alone.
    public init(seed: UInt64) {
        state = seed &+ 0x9E37_79B9_7F4A_7C15
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in 0..<bound (bound > 0).
    public mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }
}

/// The validated problem in index form: people as 0..<n, groups as 0..<g, attribute values
/// as small integers, constraints as lookup tables.
struct GroupModel {
    let n: Int
    let groups: Int
    let rounds: Int
    let sizes: [Int]
    let names: [String]
    /// Fixed group of each person, or -1.
    let fixedGroup: [Int]
    /// How many people are fixed to each group.
    let fixedPerGroup: [Int]
    /// How many people are not fixed to a group (a rotation's travellers).
    let movers: Int
    /// Unit (keep-together set) of each person; units of one person are their own.
    let unitOf: [Int]
    let units: [[Int]]
    /// apart[p*n+q]: p and q must not share a group.
    let apart: FlagTable
    let apartPairs: [(Int, Int)]
    /// value[k][p]: index of person p's value for mixed attribute k (-1 when missing).
    let values: [[Int]]
    let valueCounts: [[Int]]
    let mixAttributes: [String]
    let rotation: Bool

    init(_ problem: GroupProblem) throws {
        try Self.checkShape(problem)
        let people = problem.people
        n = people.count
        groups = problem.sizes.count
        rounds = problem.rounds
        sizes = problem.sizes
        names = people.map(\.name)
        rotation = problem.rotation
        let index = try Self.positions(of: people)
        func lookup(_ name: String, _ what: String) throws -> Int {
            guard let position = index[name] else {
                throw GroupFormationError("\(what) names '\(name)', who is not among the people")
            }
            return position
        }
        var fixed = try Self.fixedGroups(problem, lookup: lookup)
        (units, unitOf) = try Self.units(problem, lookup: lookup)
        let largestGroup = problem.sizes.max() ?? 0
        for unit in units where unit.count > 1 {
            if unit.count > largestGroup {
                throw GroupFormationError(
                    "\(unit.count) people are kept together (\(unit.map { people[$0].name }.joined(separator: ", "))) but the largest group holds \(largestGroup)"
                )
            }
            let fixedGroups = Set(unit.map { fixed[$0] }.filter { $0 >= 0 })
            if fixedGroups.count > 1 {
                throw GroupFormationError("people kept together are fixed to different groups")
            }
            if let group = fixedGroups.first {
                for member in unit { fixed[member] = group }
            }
        }
        fixedGroup = fixed
        var perGroup = [Int](repeating: 0, count: problem.sizes.count)
        for group in fixed where group >= 0 { perGroup[group] += 1 }
        fixedPerGroup = perGroup
        movers = fixed.filter { $0 < 0 }.count
        (apart, apartPairs) = try Self.apart(problem, names: names, unitOf: unitOf, fixed: fixed, lookup: lookup)
        mixAttributes = problem.mixBy
        (values, valueCounts) = Self.codes(problem)
    }

    /// Refuses a problem whose rounds, groups and places do not fit together.
    private static func checkShape(_ problem: GroupProblem) throws {
        let n = problem.people.count
        let rounds = problem.rounds
        guard n > 0 else { throw GroupFormationError("there is nobody to place in groups") }
        guard rounds >= 1 else { throw GroupFormationError("the number of rounds must be 1 or more, not \(rounds)") }
        guard rounds <= 100 else { throw GroupFormationError("\(rounds) rounds is more than the 100 supported") }
        guard !problem.sizes.isEmpty else { throw GroupFormationError("there must be at least one group") }
        guard problem.sizes.allSatisfy({ $0 >= 1 }) else {
            throw GroupFormationError("every group needs at least one place")
        }
        let total = problem.sizes.reduce(0, +)
        guard total == n else {
            throw GroupFormationError("the groups hold \(total) places but there are \(n) people")
        }
        guard n <= GroupProblem.maximumPeople else {
            throw GroupFormationError("\(n) people is more than the \(GroupProblem.maximumPeople) supported")
        }
    }

    /// Name → position; a name given twice is refused.
    private static func positions(of people: [GroupProblem.Person]) throws -> [String: Int] {
        var index: [String: Int] = [:]
        for (position, person) in people.enumerated() {
            guard index[person.name] == nil else {
                throw GroupFormationError("'\(person.name)' appears twice; names must be unique")
            }
            index[person.name] = position
        }
        return index
    }

    /// Each person's fixed group (-1 for none), checked against the groups and their sizes.
    private static func fixedGroups(_ problem: GroupProblem, lookup: (String, String) throws -> Int) throws -> [Int] {
        let groups = problem.sizes.count
        var fixed = [Int](repeating: -1, count: problem.people.count)
        var perGroup = [Int](repeating: 0, count: groups)
        for (name, group) in problem.fixed.sorted(by: { $0.key < $1.key }) {
            let person = try lookup(name, "a fixed place")
            guard group >= 0, group < groups else {
                throw GroupFormationError(
                    "'\(name)' is fixed to group \(group + 1), but there are only \(groups) groups")
            }
            fixed[person] = group
            perGroup[group] += 1
        }
        for group in 0..<groups where perGroup[group] > problem.sizes[group] {
            throw GroupFormationError(
                "\(perGroup[group]) people are fixed to group \(group + 1), which holds \(problem.sizes[group])")
        }
        return fixed
    }

    /// The keep-together units (overlapping sets joined) and each person's unit.
    private static func units(_ problem: GroupProblem, lookup: (String, String) throws -> Int) throws
        -> (units: [[Int]], unitOf: [Int])
    {
        let n = problem.people.count
        var parent = Array(0..<n)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        for set in problem.keepTogether {
            let members = try set.map { try lookup($0, "keep-together") }
            for member in members.dropFirst() { parent[root(member)] = root(members[0]) }
        }
        var unitIndex: [Int: Int] = [:]
        var units: [[Int]] = []
        var unitOf = [Int](repeating: 0, count: n)
        for person in 0..<n {
            let r = root(person)
            if let existing = unitIndex[r] {
                units[existing].append(person)
                unitOf[person] = existing
            } else {
                unitIndex[r] = units.count
                unitOf[person] = units.count
                units.append([person])
            }
        }
        return (units, unitOf)
    }

    /// The keep-apart table and its pairs; a pair also kept together or fixed together is refused.
    private static func apart(
        _ problem: GroupProblem, names: [String], unitOf: [Int], fixed: [Int],
        lookup: (String, String) throws -> Int
    ) throws -> (apart: FlagTable, pairs: [(Int, Int)]) {
        let n = names.count
        var apart = FlagTable(count: n * n)
        var pairs: [(Int, Int)] = []
        let groups = problem.sizes.count
        for set in problem.keepApart {
            let members = try set.map { try lookup($0, "keep-apart") }
            if Set(members).count > groups {
                throw GroupFormationError(
                    "\(Set(members).count) people are kept apart but there are only \(groups) groups; "
                        + "keep apart at most \(groups), or form more groups")
            }
            for i in members.indices {
                for j in members.indices where i < j {
                    let (p, q) = (members[i], members[j])
                    if unitOf[p] == unitOf[q] {
                        throw GroupFormationError(
                            "'\(names[p])' and '\(names[q])' are both kept together and kept apart")
                    }
                    if fixed[p] >= 0, fixed[p] == fixed[q] {
                        throw GroupFormationError(
                            "'\(names[p])' and '\(names[q])' are kept apart but fixed to the same group")
                    }
                    if !apart[p * n + q] {
                        apart[p * n + q] = true
                        apart[q * n + p] = true
                        pairs.append((p, q))
                    }
                }
            }
        }
        return (apart, pairs)
    }

    /// Per mixed attribute: each person's value as a small integer (-1 when missing), and how
    /// many people hold each value.
    private static func codes(_ problem: GroupProblem) -> (values: [[Int]], counts: [[Int]]) {
        var values: [[Int]] = []
        var counts: [[Int]] = []
        for attribute in problem.mixBy {
            var codes: [String: Int] = [:]
            var row = [Int](repeating: -1, count: problem.people.count)
            var count: [Int] = []
            for (position, person) in problem.people.enumerated() {
                guard let value = person.attributes[attribute], !value.isEmpty else { continue }
                if let code = codes[value] {
                    row[position] = code
                    count[code] += 1
                } else {
                    codes[value] = count.count
                    row[position] = count.count
                    count.append(1)
                }
            }
            values.append(row)
            counts.append(count)
        }
        return (values, counts)
    }

    // MARK: - Bounds

    /// Σ max(0, meetings − 1) can be no lower than this: the largest of three counts, each
    /// true of every schedule.
    var repeatsLowerBound: Int {
        max(countingBound, carryOverBound(newTables: false), fixedPeopleBound)
    }

    /// The lower bound on repeats among schedules whose table revisits are at their minimum
    /// (the first objective of a rotation). Over no more rounds than tables every traveller then
    /// sits at a new table in every round, so movers come from other tables only. In a café with
    /// one host at every table, the fewest revisits also fix how often travellers meet hosts
    /// again (``hostRepeatsWithFewestRevisits``), on top of what travellers force among
    /// themselves. ``CafeSequenceSearch`` may prove more.
    var repeatsLowerBoundWithFewestRevisits: Int {
        guard rotation, rounds > 1 else { return repeatsLowerBound }
        if cafeSeats != nil {
            return max(repeatsLowerBound, hostRepeatsWithFewestRevisits + travellerRepeatsLowerBound)
        }
        return revisitsForced ? repeatsLowerBound : max(repeatsLowerBound, carryOverBound(newTables: true))
    }

    /// Travellers at each table in every round, for a learning café: a rotation with one host at
    /// every table who stays and travellers who move alone. Nil for any other problem.
    var cafeSeats: [Int]? {
        guard rotation, groups >= 2, fixedPerGroup.allSatisfy({ $0 == 1 }), units.allSatisfy({ $0.count == 1 })
        else { return nil }
        return sizes.map { $0 - 1 }
    }

    /// True when some mover must sit at a table twice: there are more rounds than tables.
    var revisitsForced: Bool { rounds > groups }

    /// In a café with the fewest revisits, each traveller meets a host again once for every
    /// round past as many as there are tables.
    var hostRepeatsWithFewestRevisits: Int { movers * max(0, rounds - groups) }

    /// Traveller meetings over all rounds of a café, a constant: a table of s people holds
    /// (s − 1)(s − 2)/2 traveller pairs a round.
    var travellerMeetings: Int { rounds * sizes.reduce(0) { $0 + ($1 - 1) * ($1 - 2) / 2 } }

    /// Traveller pairs of a café, whether they meet or not.
    var travellerPairs: Int { movers * (movers - 1) / 2 }

    /// Repeats among a café's travellers can be no lower than this: meetings beyond the pairs
    /// there are, and pairs carried over from one round to the next.
    var travellerRepeatsLowerBound: Int {
        let carried =
            revisitsForced ? carryOverBound(newTables: false, countFixed: false) : carryOverBound(newTables: true)
        return max(0, travellerMeetings - travellerPairs, carried)
    }

    /// A café's repeats with the fewest revisits when `neverMeeting` traveller pairs never meet:
    /// every traveller meeting after a pair's first is a repeat, and so is every host meeting
    /// after the first.
    func cafeRepeats(neverMeeting: Int) -> Int {
        hostRepeatsWithFewestRevisits + travellerMeetings - travellerPairs + neverMeeting
    }

    /// Counting: with group size s a person meets s−1 others per round (at least the
    /// smallest group's), and only n−1 people exist.
    private var countingBound: Int {
        let smallest = sizes.min() ?? 1
        let perPerson = max(0, rounds * (smallest - 1) - (n - 1))
        return (n * perPerson + 1) / 2
    }

    /// Carry-over: repeats are the pairs of each round after the first who met before, at least
    /// those who met in the round just before. A group of the later round keeps its fixed people
    /// and takes its movers from the earlier round's groups (at most as many from each as it had
    /// movers), so pairs are forced once movers outnumber the groups they can come from;
    /// spreading them as evenly as possible forces the fewest. Group sizes may trade places
    /// between rounds, so each size is priced at its cheapest group, with every source as large
    /// as the largest group. With `newTables`, movers never come from the group they are in;
    /// without `countFixed`, only pairs of movers count.
    private func carryOverBound(newTables: Bool, countFixed: Bool = true) -> Int {
        guard rounds > 1 else { return 0 }
        let largest = sizes.max() ?? 0
        var priced: [Int: Int] = [:]  // size → the cheapest group's forced pairs
        var seen: [[Int]: Int] = [:]  // (fixed people, size) → forced pairs
        func forced(group: Int, size: Int) -> Int {
            if let known = seen[[fixedPerGroup[group], size]] { return known }
            var together = [Int](repeating: 0, count: groups)
            var room = fixedPerGroup.map { largest - $0 }
            together[group] = countFixed ? fixedPerGroup[group] : 0
            if newTables { room[group] = 0 }
            var pairs = 0
            for _ in 0..<max(0, size - fixedPerGroup[group]) {
                var source = -1
                for candidate in 0..<groups where room[candidate] > 0 {
                    if source < 0 || together[candidate] < together[source] { source = candidate }
                    if together[candidate] == 0 { break }
                }
                guard source >= 0 else { break }
                pairs += together[source]
                together[source] += 1
                room[source] -= 1
            }
            seen[[fixedPerGroup[group], size]] = pairs
            return pairs
        }
        var perRound = 0
        for size in sizes {
            if let known = priced[size] {
                perRound += known
                continue
            }
            var cheapest = Int.max
            var profiles = Set<Int>()
            for group in 0..<groups where profiles.insert(fixedPerGroup[group]).inserted {
                cheapest = min(cheapest, forced(group: group, size: size))
            }
            priced[size] = cheapest
            perRound += cheapest
        }
        return perRound * (rounds - 1)
    }

    /// Fixed people: a person who moves meets the fixed people of each group it visits, so past
    /// as many visits as there are groups without a repeat it meets some of them again; and
    /// people kept together meet in every round.
    private var fixedPeopleBound: Int {
        var total = 0
        if fixedPerGroup.contains(where: { $0 > 0 }) {
            // One mover's cheapest visits: each visit to a group costs its fixed people times the
            // visits already made there; groups without fixed people cost nothing.
            var visits = [Int](repeating: 0, count: groups)
            var perMover = 0
            for _ in 0..<rounds {
                guard
                    let group = (0..<groups).min(by: { visits[$0] * fixedPerGroup[$0] < visits[$1] * fixedPerGroup[$1] }
                    )
                else { break }
                perMover += visits[group] * fixedPerGroup[group]
                visits[group] += 1
            }
            total = perMover * movers
        }
        let kept = units.reduce(0) { $0 + $1.count * ($1.count - 1) / 2 }
        return max(total, kept * (rounds - 1))
    }

    /// The search's revisit count (a traveller's k-th visit to a table adds k − 1) can be no
    /// lower than this: past as many rounds as tables, every traveller sits at some table
    /// again, fewest when the visits are spread evenly.
    var revisitsLowerBound: Int {
        guard rotation, groups > 0 else { return 0 }
        let (base, extra) = (rounds / groups, rounds % groups)
        let perTraveller = extra * (base + 1) * base / 2 + (groups - extra) * base * (base - 1) / 2
        return movers * perTraveller
    }

    var zeroRepeatRoundsBound: Int {
        let largest = sizes.max() ?? 1
        return largest <= 1 ? rounds : (n - 1) / (largest - 1)
    }

    /// A lower bound on the search's mixing penalty for attribute k (`LocalSearch.crowding`
    /// summed over each group's people of one value): each value spread evenly over the groups
    /// of every round.
    func mixingLowerBound(_ k: Int) -> Int {
        func penalty(_ c: Int) -> Int { (0..<max(0, c)).reduce(0) { $0 + LocalSearch.crowding($1) } }
        return valueCounts[k].reduce(0) { total, count in
            let base = count / groups
            let extra = count % groups
            return total + extra * penalty(base + 1) + (groups - extra) * penalty(base)
        } * rounds
    }

    /// A lower bound on the most people sharing value k in one group: each value spread evenly
    /// over the groups, and at least the fixed people of one value who share a group. In a
    /// rotation whose travellers have the fewest revisits (`fewestRevisits`), also the
    /// travellers forced to tables where a fixed person holds their value: a traveller sees
    /// ⌊rounds/groups⌋ or ⌈rounds/groups⌉ of every group (or as many new ones as there are rounds),
    /// and the visits that cannot go to other tables fill those tables' rounds at least evenly.
    func bestPossibleSame(_ k: Int, fewestRevisits: Bool) -> Int {
        let largest = valueCounts[k].max() ?? 0
        var bound = (largest + groups - 1) / groups
        var fixedOfValue = [[Int]](repeating: [Int](repeating: 0, count: groups), count: valueCounts[k].count)
        var travellersOfValue = [Int](repeating: 0, count: valueCounts[k].count)
        for person in 0..<n where values[k][person] >= 0 {
            if fixedGroup[person] >= 0 {
                fixedOfValue[values[k][person]][fixedGroup[person]] += 1
            } else {
                travellersOfValue[values[k][person]] += 1
            }
        }
        for fixed in fixedOfValue { bound = max(bound, fixed.max() ?? 0) }
        guard rotation, fewestRevisits, groups > 0 else { return bound }
        let (base, extra) = (rounds / groups, rounds % groups)
        for (value, travellers) in travellersOfValue.enumerated() where travellers > 0 {
            let tables = fixedOfValue[value].filter { $0 > 0 }.count
            guard tables > 0 else { continue }
            // The visits of one traveller to tables with a fixed person of this value.
            let forced = tables * base + max(0, extra - (groups - tables))
            guard forced > 0 else { continue }
            let crowd = (travellers * forced + tables * rounds - 1) / (tables * rounds)
            let fewestFixed = fixedOfValue[value].filter { $0 > 0 }.min() ?? 1
            bound = max(bound, fewestFixed + crowd)
        }
        return bound
    }

    // MARK: - Report

    func schedule(_ outcome: LocalSearch.Outcome, problem: GroupProblem) -> GroupSchedule {
        var rounds: [[[String]]] = []
        for round in outcome.assignment {
            var members = Array(repeating: [String](), count: groups)
            for person in 0..<n { members[round[person]].append(names[person]) }
            rounds.append(members)
        }
        var quality = GroupQualityCounter.measure(
            rounds: rounds, people: problem.people, mixBy: problem.mixBy,
            fixed: problem.fixed, keepTogether: problem.keepTogether,
            keepApart: problem.keepApart, rotation: problem.rotation)
        // The bound for the fewest revisits holds only for schedules that have them.
        let fewestRevisits = rotation && outcome.revisits <= revisitsLowerBound
        let unconditional = repeatsLowerBound
        let counted = repeatsLowerBoundWithFewestRevisits
        let conditional = max(counted, outcome.provenRepeats ?? 0)
        quality.repeatsLowerBound = fewestRevisits ? conditional : unconditional
        quality.boundAssumesFewestRevisits = fewestRevisits && conditional > unconditional
        quality.boundProvenBySearch = fewestRevisits && conditional > counted
        quality.optimal =
            quality.violations.isEmpty && outcome.revisits <= revisitsLowerBound
            && quality.repeats <= quality.repeatsLowerBound
        quality.zeroRepeatRoundsBound = zeroRepeatRoundsBound
        for index in quality.mixing.indices {
            if let k = mixAttributes.firstIndex(of: quality.mixing[index].attribute) {
                quality.mixing[index].bestPossible = bestPossibleSame(k, fewestRevisits: fewestRevisits)
            }
        }
        quality.method = outcome.method
        quality.iterations = outcome.iterations
        quality.movesToZeroRepeats = outcome.movesToZero
        quality.cutShort = outcome.cutShort
        var binding: [String] = []
        if !problem.fixed.isEmpty { binding.append("\(problem.fixed.count) people fixed to their group") }
        if !problem.keepTogether.isEmpty { binding.append("\(problem.keepTogether.count) sets kept together") }
        if !problem.keepApart.isEmpty { binding.append("\(problem.keepApart.count) sets kept apart") }
        if problem.rounds > zeroRepeatRoundsBound {
            binding.append("\(problem.rounds) rounds exceed the \(zeroRepeatRoundsBound) that allow zero repeats")
        }
        quality.binding = binding
        return GroupSchedule(rounds: rounds, quality: quality)
    }
}

/// Counts a schedule's quality from its names alone, independent of how it was found.
public enum GroupQualityCounter {
    /// The quality of `rounds` of groups of `people`: repeats, mixing per attribute, broken
    /// constraints and table revisits, counted from the names.
    public static func measure(
        rounds: [[[String]]], people: [GroupProblem.Person], mixBy: [String],
        fixed: [String: Int], keepTogether: [[String]], keepApart: [[String]],
        rotation: Bool
    ) -> GroupQuality {
        // Names are numbered in order of first appearance; a pair is keyed by its two numbers.
        var number: [String: Int] = [:]
        for round in rounds {
            for group in round {
                for name in group where number[name] == nil { number[name] = number.count }
            }
        }
        let count = number.count
        var meetings: [Int: Int] = [:]
        var violations: [String] = []
        var tables: [String: [Int]] = [:]
        for (roundIndex, round) in rounds.enumerated() {
            for (groupIndex, group) in round.enumerated() {
                let numbers = group.map { number[$0] ?? 0 }
                for i in group.indices {
                    if rotation { tables[group[i], default: []].append(groupIndex) }
                    for j in group.indices where i < j {
                        let (p, q) = (min(numbers[i], numbers[j]), max(numbers[i], numbers[j]))
                        meetings[p * count + q, default: 0] += 1
                    }
                }
            }
            var groupOf: [String: Int] = [:]
            for (groupIndex, group) in round.enumerated() { for name in group { groupOf[name] = groupIndex } }
            for (name, group) in fixed.sorted(by: { $0.key < $1.key }) where groupOf[name] != group {
                violations.append("round \(roundIndex + 1): \(name) is not in group \(group + 1)")
            }
            for set in keepTogether where Set(set.compactMap { groupOf[$0] }).count > 1 {
                violations.append("round \(roundIndex + 1): \(set.joined(separator: ", ")) are split")
            }
            for set in keepApart {
                let placed = set.compactMap { groupOf[$0] }
                if Set(placed).count < placed.count {
                    violations.append("round \(roundIndex + 1): \(set.joined(separator: ", ")) share a group")
                }
            }
        }
        let repeats = meetings.values.reduce(0) { $0 + max(0, $1 - 1) }
        let maxMeetings = meetings.values.max() ?? 0
        var revisits = 0
        if rotation {
            let hosts = Set(fixed.keys)
            for (name, visited) in tables where !hosts.contains(name) {
                var counts: [Int: Int] = [:]
                for table in visited { counts[table, default: 0] += 1 }
                revisits += counts.values.reduce(0) { $0 + max(0, $1 - 1) }
            }
        }
        let attributes = Dictionary(people.map { ($0.name, $0.attributes) }, uniquingKeysWith: { first, _ in first })
        let mixing = mixBy.map { attribute -> MixingReport in
            var maxSame = 0
            var share = 0.0
            var pairs = 0
            for round in rounds {
                for group in round where !group.isEmpty {
                    var counts: [String: Int] = [:]
                    for name in group {
                        if let value = attributes[name]?[attribute], !value.isEmpty { counts[value, default: 0] += 1 }
                    }
                    let largest = counts.values.max() ?? 0
                    maxSame = max(maxSame, largest)
                    share = max(share, Double(largest) / Double(group.count))
                    pairs += counts.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
                }
            }
            return MixingReport(
                attribute: attribute, maxSameInGroup: maxSame, bestPossible: 0,
                largestShare: share, samePairs: pairs)
        }
        return GroupQuality(
            repeats: repeats, maxMeetings: maxMeetings, repeatsLowerBound: 0, zeroRepeatRoundsBound: 0,
            mixing: mixing, tableRevisits: revisits, violations: violations, binding: [],
            method: "", iterations: 0, movesToZeroRepeats: nil, cutShort: false)
    }
}
