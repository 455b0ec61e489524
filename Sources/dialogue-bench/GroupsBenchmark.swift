import DialogueKit
import Foundation

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

    static func golf(_ groups: Int, _ size: Int, _ rounds: Int, seconds: Double, known: String) -> Instance {
        Instance(name: "golf-\(groups)-\(size)-\(rounds)",
                 problem: GroupProblem(people: people(groups * size), sizes: Array(repeating: size, count: groups),
                                       rounds: rounds, seed: 1, maxIterations: 50_000_000, timeLimit: seconds, patience: 1_000_000),
                 known: known)
    }

    static var instances: [Instance] {
        var list: [Instance] = []
        for rounds in [6, 8, 9] { list.append(golf(8, 4, rounds, seconds: 1, known: "zero")) }
        list.append(golf(8, 4, 10, seconds: 60, known: "zero (the maximum)"))
        for rounds in [4, 5] { list.append(golf(6, 5, rounds, seconds: 1, known: "zero")) }
        list.append(golf(6, 5, 6, seconds: 1, known: "open"))
        list.append(golf(5, 3, 7, seconds: 1, known: "zero (Kirkman)"))
        // café-200: 25 tables of 8, hosts stay, 4 rounds, 10 organisations of 20.
        let cafe = people(200, organisations: 10)
        var hosts: [String: Int] = [:]
        for table in 0..<25 { hosts[cafe[table].name] = table }
        list.append(Instance(name: "cafe-200",
                             problem: GroupProblem(people: cafe, sizes: Array(repeating: 8, count: 25), rounds: 4,
                                                   fixed: hosts, mixBy: ["organisation"], rotation: true, seed: 1,
                                                   maxIterations: 5_000_000, timeLimit: 1),
                             known: "zero, full mixing"))
        list.append(Instance(name: "mix-270",
                             problem: GroupProblem(people: people(270, organisations: 9), sizes: Array(repeating: 6, count: 45),
                                                   rounds: 3, mixBy: ["organisation"], seed: 1, maxIterations: 5_000_000,
                                                   timeLimit: 1),
                             known: "zero, ≤1 per organisation per group"))
        list.append(Instance(name: "uneven-31",
                             problem: GroupProblem(people: people(31), sizes: Array(repeating: 4, count: 7) + [3], rounds: 8,
                                                   seed: 1, maxIterations: 50_000_000, timeLimit: 1),
                             known: "zero"))
        let bigSizes = GroupProblem.sizes(people: 1000, size: CountRange(min: 5, max: 6)) ?? []
        list.append(Instance(name: "big-1000",
                             problem: GroupProblem(people: people(1000, organisations: 20), sizes: bigSizes, rounds: 4,
                                                   mixBy: ["organisation"], seed: 1, maxIterations: 5_000_000, timeLimit: 1),
                             known: "zero, full mixing"))
        return list
    }

    /// Runs the instances whose name contains `filter`, each with seeds 1...`seeds`; with more
    /// than one seed, a summary line gives the median and worst time to zero repeats.
    static func run(filter: String?, seeds: Int = 1) -> Int32 {
        let former = DesignAndSearchGroupFormer()
        print("instance      people  groups×size      rounds  repeats  bound  max-met  mixing(max/best)  seconds  to-zero  method")
        for instance in instances where filter.map({ instance.name.contains($0) }) ?? true {
          var toZero: [Double] = []
          for seed in 1...max(1, seeds) {
            var problem = instance.problem
            problem.seed = UInt64(seed)
            do {
                let schedule = try former.form(problem)
                let quality = schedule.quality
                let sizes = Set(problem.sizes).sorted().map(String.init).joined(separator: "/")
                let shape = "\(problem.sizes.count)×\(sizes)"
                let mixing = quality.mixing.first.map { "\($0.maxSameInGroup)/\($0.bestPossible)" } ?? "-"
                let zero = quality.secondsToZeroRepeats.map { String(format: "%.3f", $0) } ?? "never"
                toZero.append(quality.secondsToZeroRepeats ?? .infinity)
                print(instance.name.padding(toLength: 14, withPad: " ", startingAt: 0)
                      + String(problem.people.count).padding(toLength: 8, withPad: " ", startingAt: 0)
                      + shape.padding(toLength: 17, withPad: " ", startingAt: 0)
                      + String(problem.rounds).padding(toLength: 8, withPad: " ", startingAt: 0)
                      + String(quality.repeats).padding(toLength: 9, withPad: " ", startingAt: 0)
                      + String(quality.repeatsLowerBound).padding(toLength: 7, withPad: " ", startingAt: 0)
                      + String(quality.maxMeetings).padding(toLength: 9, withPad: " ", startingAt: 0)
                      + mixing.padding(toLength: 18, withPad: " ", startingAt: 0)
                      + String(format: "%.3f", quality.seconds).padding(toLength: 9, withPad: " ", startingAt: 0)
                      + zero.padding(toLength: 9, withPad: " ", startingAt: 0)
                      + quality.method + " it=\(quality.iterations)" + (quality.violations.isEmpty ? "" : "  VIOLATIONS: \(quality.violations.count)"))
            } catch {
                print("\(instance.name): error: \(error)")
                return 1
            }
          }
          if toZero.count > 1 {
              let sorted = toZero.sorted()
              let format = { (value: Double) in value.isFinite ? String(format: "%.3f", value) : "never" }
              print("  \(instance.name) over \(sorted.count) seeds: to-zero median \(format(sorted[sorted.count / 2])), "
                    + "best \(format(sorted[0])), worst \(format(sorted[sorted.count - 1]))")
          }
        }
        return 0
    }
}
