import DialogueKit
import Dispatch
import Foundation

/// Wall-clock seconds since it was made, and the moment a search last improved its schedule:
/// when it first reached the final plan's value. Only benchmarks and `--timings` views read
/// the clock.
final class SearchTimer: @unchecked Sendable {
    private let start = DispatchTime.now().uptimeNanoseconds
    private let lock = NSLock()
    private var improved: Double?

    var seconds: Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }

    /// When the search last found a better schedule, nil when it never reported one.
    var secondsToFinal: Double? { lock.withLock { improved } }

    var watch: SearchWatch {
        SearchWatch(improved: { [self] _, _ in
            let now = seconds
            lock.withLock { improved = now }
        })
    }
}

/// The group-formation instances of the field, with what is known about each.
enum GroupsBenchmark {
    struct Instance {
        var name: String
        var problem: GroupProblem
        var known: String
    }

    static func people(_ count: Int, organisations: Int = 0) -> [GroupProblem.Person] {
        (0..<count).map { index in
            var attributes: [String: String] = [:]
            if organisations > 0 { attributes["organisation"] = "org-\(index % organisations + 1)" }
            return GroupProblem.Person(name: "p\(index + 1)", attributes: attributes)
        }
    }

    /// A social golfer instance with the standard budget, as `plan` and `groups` use it: the
    /// same figures on every machine.
    static func golf(_ groups: Int, _ size: Int, _ rounds: Int, known: String) -> Instance {
        Instance(
            name: "golf-\(groups)-\(size)-\(rounds)",
            problem: GroupProblem(
                people: people(groups * size), sizes: Array(repeating: size, count: groups),
                rounds: rounds, seed: 1),
            known: known)
    }

    static var instances: [Instance] {
        var list: [Instance] = []
        for rounds in [6, 8, 9] { list.append(golf(8, 4, rounds, known: "zero")) }
        list.append(golf(8, 4, 10, known: "zero (the maximum)"))
        for rounds in [4, 5] { list.append(golf(6, 5, rounds, known: "zero")) }
        list.append(golf(6, 5, 6, known: "open"))
        list.append(golf(5, 3, 7, known: "zero (Kirkman)"))
        list.append(golf(7, 3, 10, known: "zero (Kirkman triple system of 21)"))
        list.append(golf(9, 3, 13, known: "zero (affine space AG(3,3))"))
        list.append(golf(4, 4, 5, known: "zero (affine plane of order 4)"))
        list.append(golf(7, 4, 9, known: "zero (resolvable design of 28 in blocks of 4)"))
        list.append(golf(10, 4, 13, known: "zero (resolvable design of 40 in blocks of 4)"))
        list.append(golf(13, 4, 17, known: "zero (resolvable design of 52 in blocks of 4)"))
        list.append(golf(10, 5, 12, known: "open"))
        list.append(golf(7, 6, 8, known: "open"))
        list.append(golf(7, 7, 8, known: "zero (affine plane of order 7)"))
        list.append(golf(8, 8, 9, known: "zero (affine plane of order 8)"))
        list.append(golf(9, 9, 10, known: "zero (affine plane of order 9)"))
        // café-200: 25 tables of 8, hosts stay, 4 rounds, 10 organisations of 20.
        let cafe = people(200, organisations: 10)
        var hosts: [String: Int] = [:]
        for table in 0..<25 { hosts[cafe[table].name] = table }
        list.append(
            Instance(
                name: "cafe-200",
                problem: GroupProblem(
                    people: cafe, sizes: Array(repeating: 8, count: 25), rounds: 4,
                    fixed: hosts, mixBy: ["organisation"], rotation: true, seed: 1),
                known: "zero, full mixing"))
        for rounds in [8, 12, 25] {
            list.append(
                Instance(
                    name: "cafe-200-\(rounds)",
                    problem: GroupProblem(
                        people: cafe, sizes: Array(repeating: 8, count: 25), rounds: rounds,
                        fixed: hosts, mixBy: ["organisation"], rotation: true, seed: 1),
                    known: "zero repeats, 1 per organisation"))
        }
        // Everyday cafés with hosts, people of four organisations: the professionals example
        // (20 people, 4 tables, 3 rounds), and cafés with more rounds than tables.
        for (count, tables, rounds) in [(20, 4, 3), (12, 2, 3), (30, 6, 5), (30, 5, 6), (40, 6, 6)] {
            if let problem = hostedCafe(count, tables: tables, rounds: rounds) {
                list.append(
                    Instance(name: "cafe-\(count)-\(tables)-\(rounds)", problem: problem, known: "everyday café"))
            }
        }
        list.append(
            Instance(
                name: "mix-270",
                problem: GroupProblem(
                    people: people(270, organisations: 9), sizes: Array(repeating: 6, count: 45),
                    rounds: 3, mixBy: ["organisation"], seed: 1),
                known: "zero, ≤1 per organisation per group"))
        list.append(
            Instance(
                name: "uneven-31",
                problem: GroupProblem(
                    people: people(31), sizes: Array(repeating: 4, count: 7) + [3], rounds: 8,
                    seed: 1),
                known: "zero"))
        let bigSizes = GroupProblem.sizes(people: 1000, size: CountRange(min: 5, max: 6)) ?? []
        list.append(
            Instance(
                name: "big-1000",
                problem: GroupProblem(
                    people: people(1000, organisations: 20), sizes: bigSizes, rounds: 4,
                    mixBy: ["organisation"], seed: 1),
                known: "zero, full mixing"))
        for count in [10_000, 100_000] {
            let sizes = GroupProblem.sizes(people: count, size: CountRange(min: 5, max: 6)) ?? []
            list.append(
                Instance(
                    name: "big-\(count)",
                    problem: GroupProblem(
                        people: people(count, organisations: 20), sizes: sizes, rounds: 4,
                        mixBy: ["organisation"], seed: 1),
                    known: "zero, full mixing"))
        }
        return list
    }

    /// Runs the instances whose name contains `filter`, each with seeds 1...`seeds`; with more
    /// than one seed, a summary line gives on how many seeds the plan had zero repeats and the
    /// median and worst time to the first plan at the final value.
    static func run(filter: String?, seeds: Int = 1) -> Int32 {
        let former = DesignAndSearchGroupFormer()
        print(
            "instance      people  groups×size      rounds  repeats  bound  by        optimal  max-met  mixing(max/bound (pairs))  seconds  to-final  method"
        )
        for instance in instances where filter.map({ instance.name.contains($0) }) ?? true {
            var toFinal: [Double] = []
            var zero = 0
            for seed in 1...max(1, seeds) {
                var problem = instance.problem
                problem.seed = UInt64(seed)
                let timer = SearchTimer()
                problem.watch = timer.watch
                do {
                    let schedule = try former.form(problem)
                    let seconds = timer.seconds
                    let quality = schedule.quality
                    let sizes = Set(problem.sizes).sorted().map(String.init).joined(separator: "/")
                    let shape = "\(problem.sizes.count)×\(sizes)"
                    let mixing =
                        quality.mixing.first.map { "\($0.maxSameInGroup)/\($0.bestPossible) (\($0.samePairs))" } ?? "-"
                    let final = timer.secondsToFinal ?? seconds
                    toFinal.append(final)
                    if quality.repeats == 0 { zero += 1 }
                    let columns: [(String, Int)] = [
                        (instance.name, 14), (String(problem.people.count), 8), (shape, 17),
                        (String(problem.rounds), 8), (String(quality.repeats), 9),
                        (String(quality.repeatsLowerBound), 7),
                        (quality.boundProvenBySearch ? "search" : "counting", 10), (quality.optimal ? "yes" : "no", 9),
                        (String(quality.maxMeetings), 9), (mixing, 27), (String(format: "%.3f", seconds), 9),
                        (String(format: "%.3f", final), 10),
                    ]
                    var line = columns.map { $0.0.padding(toLength: $0.1, withPad: " ", startingAt: 0) }.joined()
                    line += quality.method + " moves=\(quality.iterations)"
                    if !quality.violations.isEmpty { line += "  VIOLATIONS: \(quality.violations.count)" }
                    print(line)
                } catch {
                    print("\(instance.name): error: \(error)")
                    return 1
                }
            }
            if toFinal.count > 1 {
                let sorted = toFinal.sorted()
                print(
                    "  \(instance.name) over \(sorted.count) seeds: zero repeats on \(zero); to-final median "
                        + String(format: "%.3f", sorted[sorted.count / 2]) + ", worst "
                        + String(format: "%.3f", sorted[sorted.count - 1]))
            }
        }
        return 0
    }

    /// A learning café of `count` people of four organisations at `tables` tables as even as
    /// possible, the first person of each table its host who stays; nil when the tables
    /// cannot hold two each.
    static func hostedCafe(_ count: Int, tables: Int, rounds: Int) -> GroupProblem? {
        let crowd = people(count, organisations: 4)
        guard let sizes = GroupProblem.sizes(people: count, size: CountRange(min: 2, max: nil), groups: tables)
        else { return nil }
        var hosts: [String: Int] = [:]
        for table in 0..<tables { hosts[crowd[table].name] = table }
        return GroupProblem(
            people: crowd, sizes: sizes, rounds: rounds, fixed: hosts, mixBy: ["organisation"], rotation: true,
            seed: 1)
    }

    /// Learning cafés with hosts: every number of `people` (12 to 40 by default), 2 to 6 tables
    /// and 2 to 6 rounds, people of four organisations, one host per table who stays. Prints each
    /// instance whose plan is above its lower bound, then how many met the bound and the times.
    static func cafeGrid(people: ClosedRange<Int> = 12...40) -> Int32 {
        let former = DesignAndSearchGroupFormer()
        var met = 0
        var bySearch = 0
        var total = 0
        var times: [Double] = []
        var worst = ("", 0.0)
        print(
            "café with hosts: \(people.lowerBound)–\(people.upperBound) people, 2–6 tables, 2–6 rounds, 4 organisations"
        )
        print("instance         repeats  bound  by        revisits  max-met  mixing(max/best)  seconds  method")
        for count in people {
            for tables in 2...6 {
                for rounds in 2...6 {
                    guard let problem = hostedCafe(count, tables: tables, rounds: rounds) else { continue }
                    let timer = SearchTimer()
                    guard let schedule = try? former.form(problem) else {
                        print("cafe-\(count)-\(tables)-\(rounds): error")
                        return 1
                    }
                    let seconds = timer.seconds
                    let quality = schedule.quality
                    total += 1
                    times.append(seconds)
                    if seconds > worst.1 { worst = ("cafe-\(count)-\(tables)-\(rounds)", seconds) }
                    if quality.boundProvenBySearch { bySearch += 1 }
                    if quality.optimal {
                        met += 1
                        continue
                    }
                    let mixing = quality.mixing.first.map { "\($0.maxSameInGroup)/\($0.bestPossible)" } ?? "-"
                    let columns: [(String, Int)] = [
                        ("cafe-\(count)-\(tables)-\(rounds)", 17), (String(quality.repeats), 9),
                        (String(quality.repeatsLowerBound), 7),
                        (quality.boundProvenBySearch ? "search" : "counting", 10), (String(quality.tableRevisits), 10),
                        (String(quality.maxMeetings), 9), (mixing, 18), (String(format: "%.3f", seconds), 9),
                        (quality.method, 0),
                    ]
                    print(
                        columns.map { $0.1 == 0 ? $0.0 : $0.0.padding(toLength: $0.1, withPad: " ", startingAt: 0) }
                            .joined())
                }
            }
        }
        times.sort()
        print(
            "  \(met) of \(total) plans are optimal (revisits and repeats at their lower bounds; \(bySearch) bounds "
                + "proven by the café search beyond counting); time median "
                + String(format: "%.3f", times[times.count / 2]) + " s, worst "
                + String(format: "%.3f", worst.1) + " s (\(worst.0))")
        return 0
    }
}
