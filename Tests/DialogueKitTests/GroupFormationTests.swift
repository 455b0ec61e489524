import DialogueKit
import Foundation
import Testing

@Suite struct GroupFormationTests {
    let former = DesignAndSearchGroupFormer()

    func people(_ count: Int, organisations: Int = 0) -> [GroupProblem.Person] {
        (0..<count).map { index in
            GroupProblem.Person(
                name: "p\(index)",
                attributes: organisations > 0 ? ["organisation": "o\(index % organisations)"] : [:])
        }
    }

    /// Repeats by brute force: every pair, every round.
    func bruteRepeats(_ rounds: [[[String]]], names: [String]) -> (repeats: Int, maxMet: Int) {
        var repeats = 0
        var maxMet = 0
        for i in names.indices {
            for j in names.indices where i < j {
                var met = 0
                for round in rounds where round.contains(where: { $0.contains(names[i]) && $0.contains(names[j]) }) {
                    _ = round
                    met += 1
                }
                repeats += max(0, met - 1)
                maxMet = max(maxMet, met)
            }
        }
        return (repeats, maxMet)
    }

    func checkShape(_ schedule: GroupSchedule, _ problem: GroupProblem) {
        #expect(schedule.rounds.count == problem.rounds)
        for round in schedule.rounds {
            #expect(round.flatMap { $0 }.sorted() == problem.people.map(\.name).sorted())
            #expect(round.map(\.count).sorted() == problem.sizes.sorted())
        }
    }

    @Test(arguments: [
        (12, 3, 4, UInt64(1)), (10, 2, 5, UInt64(2)), (9, 3, 3, UInt64(3)), (14, 4, 6, UInt64(4)), (7, 3, 2, UInt64(5)),
    ])
    func qualityReportMatchesABruteForceCount(count: Int, groups: Int, rounds: Int, seed: UInt64) throws {
        let sizes = GroupProblem.sizes(people: count, size: CountRange(min: 1, max: nil), groups: groups) ?? []
        let problem = GroupProblem(
            people: people(count, organisations: 3), sizes: sizes, rounds: rounds,
            mixBy: ["organisation"], seed: seed, maxIterations: 3_000)
        let schedule = try former.form(problem)
        checkShape(schedule, problem)
        let brute = bruteRepeats(schedule.rounds, names: problem.people.map(\.name))
        #expect(schedule.quality.repeats == brute.repeats)
        #expect(schedule.quality.maxMeetings == brute.maxMet)
        #expect(schedule.quality.repeats >= schedule.quality.repeatsLowerBound)
        // Mixing: recount the largest same-organisation count per group.
        var largest = 0
        for round in schedule.rounds {
            for group in round {
                var counts: [String: Int] = [:]
                for name in group {
                    counts[problem.people.first { $0.name == name }?.attributes["organisation"] ?? "", default: 0] += 1
                }
                largest = max(largest, counts.values.max() ?? 0)
            }
        }
        #expect(schedule.quality.mixing.first?.maxSameInGroup == largest)
    }

    /// Constructions alone (no search move allowed) give zero repeats, counted by brute force:
    /// affine planes, groups of four, and the resolvable designs (Kirkman's fifteen schoolgirls
    /// from PG(3,2), 27 and 81 in triples from AG(3,3) and AG(4,3), 28 in fours from the
    /// Hermitian unital, 40, 52 and 76 in fours from the 1-rotational design, Kirkman's 21 in
    /// triples from the cyclic design on Z_7 × 3 levels, 30 in fives over 5 and 6 rounds and
    /// 42 in sixes over 6 rounds from a base round).
    @Test(arguments: [
        (4, 4, 5), (8, 4, 9), (5, 5, 6), (7, 3, 7), (9, 3, 10), (25, 8, 4), (5, 3, 7), (9, 3, 13), (27, 3, 40),
        (7, 4, 9), (10, 4, 13), (13, 4, 17), (19, 4, 25), (7, 3, 10), (6, 5, 6), (6, 5, 5), (7, 6, 6),
    ])
    func constructionsGiveZeroRepeats(groups: Int, size: Int, rounds: Int) throws {
        let problem = GroupProblem(
            people: people(groups * size), sizes: Array(repeating: size, count: groups),
            rounds: rounds, maxIterations: 0)
        let schedule = try former.form(problem)
        checkShape(schedule, problem)
        #expect(schedule.quality.repeats == 0, "\(schedule.quality.method)")
        #expect(bruteRepeats(schedule.rounds, names: problem.people.map(\.name)).repeats == 0)
    }

    /// Where no construction applies, the tabu search itself must reach zero: 24 people in
    /// 6 × 4 over 6 rounds, bounded by moves.
    @Test(arguments: [(6, 4, 6)])
    func theSearchReachesZeroRepeatsWithoutAConstruction(groups: Int, size: Int, rounds: Int) throws {
        let problem = GroupProblem(
            people: people(groups * size), sizes: Array(repeating: size, count: groups),
            rounds: rounds, seed: 1, maxIterations: 200_000, patience: 1_000)
        let schedule = try former.form(problem)
        checkShape(schedule, problem)
        #expect(schedule.quality.method.hasPrefix("tabu search"), "\(schedule.quality.method)")
        #expect(schedule.quality.repeats == 0)
        #expect(bruteRepeats(schedule.rounds, names: problem.people.map(\.name)).repeats == 0)
    }

    /// 32 people in groups of four over 10 rounds (the original social golfer problem), 64 over
    /// 21 and 128 over 42: each the most rounds counting allows. No search moves are allowed, so
    /// the construction alone must do it. Every pair meets at most once, and where people meet
    /// all but one other, the pairs never met pair everyone off.
    @Test(arguments: [(8, 10, 16), (16, 21, 0), (32, 42, 64)])
    func groupsOfFourReachTheMostRoundsPossible(groups: Int, rounds: Int, neverMet: Int) throws {
        let problem = GroupProblem(
            people: people(groups * 4), sizes: Array(repeating: 4, count: groups),
            rounds: rounds, maxIterations: 0)
        let schedule = try former.form(problem)
        checkShape(schedule, problem)
        #expect(schedule.quality.method.hasPrefix("groups-of-four construction"), "\(schedule.quality.method)")
        let met = meetings(schedule.rounds)
        let names = problem.people.map(\.name)
        #expect(met.values.max() == 1)
        #expect(schedule.quality.repeats == 0)
        #expect(names.count * (names.count - 1) / 2 - met.count == neverMet)
        for name in names {
            let unmet = names.filter { $0 != name && met[name < $0 ? "\(name) \($0)" : "\($0) \(name)"] == nil }
            #expect(unmet.count == (neverMet == 0 ? 0 : 1), "\(name) never meets \(unmet)")
        }
    }

    /// How often each pair of names ("a b", a < b) shares a group, counted round by round.
    func meetings(_ rounds: [[[String]]]) -> [String: Int] {
        var met: [String: Int] = [:]
        for round in rounds {
            for group in round {
                for first in group {
                    for second in group where first < second { met["\(first) \(second)", default: 0] += 1 }
                }
            }
        }
        return met
    }

    /// 3q + 1 people in groups of four over q rounds (40, 52, 88 and 112 people): every pair
    /// meets exactly once, counted by brute force, with no search move allowed.
    @Test(arguments: [13, 17, 29, 37])
    func theRotationalDesignMeetsEveryPairOnce(q: Int) throws {
        let count = 3 * q + 1
        let problem = GroupProblem(
            people: people(count), sizes: Array(repeating: 4, count: count / 4), rounds: q, maxIterations: 0)
        let schedule = try former.form(problem)
        checkShape(schedule, problem)
        #expect(schedule.quality.method.hasPrefix("1-rotational design over Z_\(q)"), "\(schedule.quality.method)")
        let met = meetings(schedule.rounds)
        #expect(met.count == count * (count - 1) / 2)
        #expect(met.values.allSatisfy { $0 == 1 })
    }

    /// 32 people from 4 organisations of 8 over 9 or 10 rounds: with no pair meeting twice,
    /// everyone meets at least 3 (or 6) colleagues, but never more than one in the same group.
    @Test(arguments: [9, 10])
    func organisationsStaySpreadWhenColleaguesMustMeet(rounds: Int) throws {
        let problem = GroupProblem(
            people: people(32, organisations: 4), sizes: Array(repeating: 4, count: 8),
            rounds: rounds, mixBy: ["organisation"], seed: 1, maxIterations: 2_000)
        let schedule = try former.form(problem)
        checkShape(schedule, problem)
        #expect(schedule.quality.repeats == 0)
        var largest = 0
        for round in schedule.rounds {
            for group in round {
                let organisations = group.compactMap { name in
                    problem.people.first { $0.name == name }?.attributes["organisation"]
                }
                largest = max(largest, Dictionary(grouping: organisations, by: { $0 }).values.map(\.count).max() ?? 0)
            }
        }
        #expect(largest == 2)
        #expect(schedule.quality.mixing.first?.maxSameInGroup == 2)
    }

    /// The people a smaller crowd leaves out are slots that never share a group, so every round
    /// keeps its sizes. 30 people over 10 rounds: the two left out are a pair that never meets.
    @Test(arguments: [(31, 8), (31, 10), (30, 9), (30, 10)])
    func unevenTablesArePaddedAndTrimmed(count: Int, rounds: Int) throws {
        let sizes = Array(repeating: 4, count: count - 24) + Array(repeating: 3, count: 32 - count)
        let problem = GroupProblem(people: people(count), sizes: sizes, rounds: rounds, maxIterations: 0)
        let schedule = try former.form(problem)
        #expect(schedule.quality.repeats == 0, "\(schedule.quality.method)")
        for round in schedule.rounds { #expect(round.map(\.count).sorted() == sizes.sorted()) }
    }

    @Test func hostsStayAndTravellersMoveWithFullMixing() throws {
        // 7 tables of 6: GF(7) gives zero repeats with the hosts in the class that never moves;
        // the hosts are the 7 people of one organisation, so one organisation per class gives
        // every table one person of each organisation in every round.
        let crowd = people(42, organisations: 6)
        var hosts: [String: Int] = [:]
        for (table, host) in crowd.filter({ $0.attributes["organisation"] == "o0" }).enumerated() {
            hosts[host.name] = table
        }
        let problem = GroupProblem(
            people: crowd, sizes: Array(repeating: 6, count: 7), rounds: 4, fixed: hosts,
            mixBy: ["organisation"], rotation: true, maxIterations: 20_000)
        let schedule = try former.form(problem)
        for (round, tables) in schedule.rounds.enumerated() {
            for (name, table) in hosts { #expect(tables[table].contains(name), "round \(round)") }
        }
        #expect(schedule.quality.repeats == 0)
        #expect(schedule.quality.tableRevisits == 0)
        #expect(schedule.quality.mixing.first?.maxSameInGroup == 1)
        #expect(schedule.quality.violations.isEmpty)
    }

    /// 6 tables (no field of order 6, too few multipliers in Z_6) of one host and four
    /// travellers over 5 rounds, with no search move allowed: the difference rows alone give
    /// zero repeats, counted by brute force, and a new table for every traveller every round.
    @Test func differenceRowsSeatSixTablesWithoutRepeats() throws {
        let crowd = people(30)
        var hosts: [String: Int] = [:]
        for table in 0..<6 { hosts[crowd[table].name] = table }
        let problem = GroupProblem(
            people: crowd, sizes: Array(repeating: 5, count: 6), rounds: 5, fixed: hosts, rotation: true,
            maxIterations: 0)
        let schedule = try former.form(problem)
        checkShape(schedule, problem)
        #expect(schedule.quality.method.hasPrefix("difference rows over Z_6"), "\(schedule.quality.method)")
        #expect(bruteRepeats(schedule.rounds, names: crowd.map(\.name)).repeats == 0)
        for person in crowd.dropFirst(6) {
            let tables = schedule.rounds.compactMap { round in round.firstIndex { $0.contains(person.name) } }
            #expect(Set(tables).count == 5, "\(person.name) sits at \(tables)")
        }
        for tables in schedule.rounds {
            for (name, table) in hosts { #expect(tables[table].contains(name)) }
        }
    }

    @Test func hostsStayWhenNoConstructionFits() throws {
        // 10 tables: no field of order 10; difference rows give zero repeats, and mixing first
        // (every round spread, then repeats removed by swapping colleagues) one per organisation.
        let crowd = people(60, organisations: 6)
        var hosts: [String: Int] = [:]
        for table in 0..<10 { hosts[crowd[table].name] = table }
        let improvements = Counter()
        let problem = GroupProblem(
            people: crowd, sizes: Array(repeating: 6, count: 10), rounds: 4, fixed: hosts,
            mixBy: ["organisation"], rotation: true, maxIterations: 20_000,
            watch: SearchWatch(improved: { _, _ in _ = improvements.increment() }))
        let schedule = try former.form(problem)
        for tables in schedule.rounds {
            for (name, table) in hosts { #expect(tables[table].contains(name)) }
        }
        #expect(schedule.quality.repeats == 0)
        #expect(schedule.quality.tableRevisits == 0)
        #expect(schedule.quality.mixing.first?.maxSameInGroup == 1)
        #expect(schedule.quality.mixing.first?.samePairs == 0)
        #expect(schedule.quality.method.hasSuffix("mixing first"))
        // The watch hears of better mixing too, not only of fewer repeats (zero from the start):
        // two reports at least, so the count is above 2 once incremented here.
        #expect(improvements.increment() > 2)
    }

    @Test func keepTogetherAndKeepApartHold() throws {
        let crowd = people(16)
        let problem = GroupProblem(
            people: crowd, sizes: [4, 4, 4, 4], rounds: 3,
            keepTogether: [["p0", "p1"], ["p2", "p3"]], keepApart: [["p4", "p5", "p6"]],
            maxIterations: 5_000)
        let schedule = try former.form(problem)
        for round in schedule.rounds {
            #expect(round.contains { $0.contains("p0") && $0.contains("p1") })
            #expect(round.contains { $0.contains("p2") && $0.contains("p3") })
            #expect(!round.contains { Set($0).intersection(["p4", "p5", "p6"]).count > 1 })
        }
        #expect(schedule.quality.violations.isEmpty)
    }

    @Test func theSameSeedGivesTheSameGroups() throws {
        let problem = GroupProblem(
            people: people(30, organisations: 4), sizes: Array(repeating: 5, count: 6), rounds: 4,
            mixBy: ["organisation"], seed: 99, maxIterations: 2_000)
        let first = try former.form(problem)
        let second = try former.form(problem)
        #expect(first.rounds == second.rounds)
        var other = problem
        other.seed = 100
        #expect(try former.form(other).rounds != first.rounds)
    }

    /// A caller's safety net stops the search and the report says so. The net here counts
    /// the times it is asked, so the test is as deterministic as the search.
    @Test func aSafetyNetStopsTheSearchAndSaysSo() throws {
        let asked = Counter()
        let watch = SearchWatch(shouldStop: { asked.increment() > 10 })
        let problem = GroupProblem(
            people: people(30), sizes: Array(repeating: 5, count: 6), rounds: 7,
            maxIterations: 100_000_000, watch: watch, patience: 1_000_000)
        let schedule = try former.form(problem)
        #expect(schedule.quality.cutShort)
        #expect(schedule.quality.iterations < 2_000)
        #expect(schedule.quality.repeats >= schedule.quality.repeatsLowerBound)
        var unwatched = problem
        unwatched.watch = nil
        unwatched.maxIterations = schedule.quality.iterations
        #expect(try former.form(unwatched).quality.cutShort == false)
    }

    /// Zero repeats are reported by move, not by time: the same on every machine.
    @Test func theMoveToZeroRepeatsIsReported() throws {
        let problem = GroupProblem(
            people: people(24), sizes: Array(repeating: 4, count: 6), rounds: 6,
            seed: 1, maxIterations: 200_000, patience: 1_000)
        let first = try former.form(problem)
        let second = try former.form(problem)
        let moves = try #require(first.quality.movesToZeroRepeats)
        #expect(moves > 0 && moves <= first.quality.iterations)
        #expect(second.quality.movesToZeroRepeats == moves)
    }

    @Test(arguments: [
        (
            "more hosts than tables",
            GroupProblem(
                people: (0..<8).map { .init(name: "p\($0)") }, sizes: [4, 4], rounds: 2,
                fixed: ["p0": 0, "p1": 1, "p2": 2]), "only 2 groups"
        ),
        (
            "keep-together larger than a table",
            GroupProblem(
                people: (0..<8).map { .init(name: "p\($0)") }, sizes: [4, 4],
                rounds: 2, keepTogether: [["p0", "p1", "p2", "p3", "p4"]]),
            "largest group holds 4"
        ),
        (
            "zero rounds", GroupProblem(people: (0..<8).map { .init(name: "p\($0)") }, sizes: [4, 4], rounds: 0),
            "rounds"
        ),
        (
            "places do not add up",
            GroupProblem(people: (0..<8).map { .init(name: "p\($0)") }, sizes: [4, 3], rounds: 1),
            "7 places"
        ),
        (
            "unknown name",
            GroupProblem(
                people: (0..<8).map { .init(name: "p\($0)") }, sizes: [4, 4], rounds: 1,
                keepApart: [["p0", "zed"]]), "'zed'"
        ),
        (
            "more kept apart than groups",
            GroupProblem(
                people: (0..<8).map { .init(name: "p\($0)") }, sizes: [4, 4], rounds: 1,
                keepApart: [["p0", "p1", "p2"]]), "3 people are kept apart but there are only 2 groups"
        ),
        (
            "together and apart",
            GroupProblem(
                people: (0..<8).map { .init(name: "p\($0)") }, sizes: [4, 4], rounds: 1,
                keepTogether: [["p0", "p1"]], keepApart: [["p0", "p1"]]), "kept together and kept apart"
        ),
        (
            "duplicate names", GroupProblem(people: [.init(name: "a"), .init(name: "a")], sizes: [2], rounds: 1),
            "twice"
        ),
    ])
    func badInputIsAClearError(label: String, problem: GroupProblem, message: String) {
        #expect(throws: GroupFormationError.self) { try former.form(problem) }
        do {
            _ = try former.form(problem)
        } catch {
            #expect("\(error)".contains(message), "\(label): \(error)")
        }
    }

    @Test func sizesAreAsEqualAsPossible() {
        #expect(GroupProblem.sizes(people: 31, size: CountRange(min: 3, max: 4)) == [4, 4, 4, 4, 4, 4, 4, 3])
        #expect(GroupProblem.sizes(people: 1000, size: CountRange(min: 5, max: 6))?.count == 167)
        #expect(GroupProblem.sizes(people: 7, size: CountRange(min: 4, max: 8), groups: 2) == nil)
    }
}
