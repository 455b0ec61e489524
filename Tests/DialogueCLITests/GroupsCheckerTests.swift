import Foundation
import Testing

/// `dialogue groups --format json` checked from the outside: every pair counted by brute force
/// on the names it prints, and the same groups from a debug and a release build.
@Suite struct GroupsCheckerTests {
    /// A CSV of `count` people named P1…, of `organisations` organisations in turn (none: a
    /// file of names only, which `groups` does not mix).
    func crowd(_ count: Int, organisations: Int, in folder: URL) throws -> String {
        guard organisations > 0 else {
            return try write("name\n" + (1...count).map { "P\($0)\n" }.joined(), "names-\(count).csv", in: folder)
        }
        let rows = (1...count).map { "P\($0),Org\($0 % organisations)" }.joined(separator: "\n")
        return try write("name,organisation\n" + rows + "\n", "people-\(count).csv", in: folder)
    }

    /// The rounds and quality of a `groups` run in JSON.
    func run(_ arguments: [String]) throws -> (rounds: [[[String]]], quality: [String: Any]) {
        let run = try dialogue(["groups"] + arguments + ["--format", "json"])
        #expect(run.code == 0, "\(run.error)")
        let object = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        return (object?["rounds"] as? [[[String]]] ?? [], object?["quality"] as? [String: Any] ?? [:])
    }

    /// Σ max(0, meetings − 1) over every pair of names, pair by pair over every round.
    func repeatsByBruteForce(_ rounds: [[[String]]]) -> (repeats: Int, most: Int) {
        let names = Set(rounds.flatMap { $0.flatMap { $0 } }).sorted()
        var repeats = 0
        var most = 0
        for i in names.indices {
            for j in names.indices where i < j {
                let met = rounds.filter { round in
                    round.contains { $0.contains(names[i]) && $0.contains(names[j]) }
                }.count
                repeats += max(0, met - 1)
                most = max(most, met)
            }
        }
        return (repeats, most)
    }

    @Test(arguments: [
        ["--size", "3", "--rounds", "10"],  // 21 people: Kirkman triples
        ["--size", "5", "--rounds", "4"],  // 30 people: the search
        ["--groups", "4", "--rounds", "3", "--hosts", "P1,P2,P3,P4"],  // 20 people: a café
    ])
    func theJSONHoldsWhatItsQualitySays(shape: [String]) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let count = shape.contains("3") && shape.contains("10") ? 21 : shape.contains("--hosts") ? 20 : 30
        let file = try crowd(count, organisations: shape.contains("--hosts") ? 4 : 0, in: folder)
        let result = try run([file] + shape)
        let brute = repeatsByBruteForce(result.rounds)
        #expect(result.quality["repeats"] as? Int == brute.repeats)
        #expect(result.quality["maxMeetings"] as? Int == brute.most)
        #expect((result.quality["repeatsLowerBound"] as? Int ?? .max) <= brute.repeats)
        for round in result.rounds { #expect(round.flatMap { $0 }.count == count) }
        if shape.contains("--hosts") {
            for round in result.rounds {
                for (table, host) in ["P1", "P2", "P3", "P4"].enumerated() { #expect(round[table].contains(host)) }
            }
            // No traveller at a table twice.
            for name in (5...count).map({ "P\($0)" }) {
                let tables = result.rounds.compactMap { round in round.firstIndex { $0.contains(name) } }
                #expect(Set(tables).count == tables.count, "\(name) sits at \(tables)")
            }
            #expect(result.quality["optimal"] as? Bool == true)
            #expect(brute.repeats == 8)
        } else {
            #expect(brute.repeats == 0)
        }
    }

    /// FNV-1a over `round,group,name` lines: a short fingerprint of a schedule.
    func fingerprint(_ rounds: [[[String]]]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for (r, round) in rounds.enumerated() {
            for (g, group) in round.enumerated() {
                for name in group {
                    for byte in "\(r + 1),\(g + 1),\(name)\n".utf8 {
                        hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
                    }
                }
            }
        }
        return String(hash, radix: 16)
    }

    /// The groups a release build forms for these problems, as fingerprints: this debug build
    /// must form exactly the same (the search counts moves, never time). To refresh after a
    /// deliberate change of the search, run the same commands on a release build.
    @Test(arguments: [
        (["--size", "5", "--rounds", "4", "--seed", "3"], 30, "7aa9262f738ba1f7"),
        (["--groups", "3", "--rounds", "3", "--hosts", "P1,P2,P3", "--by", "organisation"], 17, "280c8aed71a102a8"),
        (["--size", "4-5", "--rounds", "3", "--seed", "7", "--by", "organisation"], 37, "74a2975168b662e6"),
    ])
    func debugAndReleaseFormTheSameGroups(shape: [String], count: Int, expected: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try crowd(count, organisations: shape.contains("--by") ? 3 : 0, in: folder)
        let result = try run([file] + shape)
        #expect(fingerprint(result.rounds) == expected)
    }
}
