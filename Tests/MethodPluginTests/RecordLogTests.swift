import DialogueKit
import Foundation
import Testing

/// The compact record log behaves exactly as a list of records, and a harvest built on it
/// exports as one built on lists.
@Suite struct RecordLogTests {
    /// 5,000 random appends, edits, withdrawals and score checks, applied to the log and to a
    /// plain list side by side (seeded, so any failure repeats).
    @Test func theLogBehavesAsAList() throws {
        var random = SeededGenerator(seed: 7)
        var log = RecordLog()
        var list: [SessionRecord] = []
        let steps = ["1.round", "2.ideas", "2.score"]
        let people = ["Mila", "Sem", "Karin", nil]
        let start = Date(timeIntervalSinceReferenceDate: 800_000_000)
        for id in 1...5_000 {
            switch random.next() % 10 {
            case 0 where !list.isEmpty:
                let index = Int(random.next() % UInt64(list.count))
                list[index].text = "edited \(id) — é ✓"
                list[index].edited = true
                log[index].text = "edited \(id) — é ✓"
                log[index].edited = true
            case 1 where !list.isEmpty:
                let index = Int(random.next() % UInt64(list.count))
                list[index].withdrawn = true
                log[index].withdrawn = true
            default:
                let isScore = random.next() % 4 == 0
                let record = SessionRecord(
                    id: id, step: steps[Int(random.next() % 3)], turn: Int(random.next() % 5),
                    prompt: random.next() % 2 == 0 ? "q1" : nil, group: random.next() % 3 == 0 ? "Table 2" : nil,
                    type: isScore ? .score : .note, capture: "said", person: people[Int(random.next() % 4)],
                    text: String(repeating: "word ", count: Int(random.next() % 9)) + "\(id)",
                    value: isScore ? Double(random.next() % 10) / 2 : nil, item: isScore ? "point \(id % 7)" : nil,
                    visibility: random.next() % 5 == 0 ? .private : .shared,
                    at: start.addingTimeInterval(Double(id) * 1.5))
                list.append(record)
                log.append(record)
            }
        }
        #expect(Array(log) == list)
        #expect(log.count == list.count)
        for id in [1, 2, 777, 4_999, 5_000, 6_000] {
            #expect(log.record(id: id) == list.first { $0.id == id })
        }
        for step in steps {
            #expect(log.inStep(step) == list.filter { $0.step == step })
            #expect(
                log.activePositionsByStep()[step] ?? []
                    == list.indices.filter { list[$0].step == step && !list[$0].withdrawn })
            for person in ["Mila", "Sem"] {
                for item in (0..<7).map({ "point \($0)" }) {
                    let expected = list.contains {
                        !$0.withdrawn && $0.step == step && $0.type == .score && $0.item == item && $0.person == person
                    }
                    #expect(log.hasScore(of: item, by: person, in: step) == expected)
                }
            }
        }
        #expect(log.activeCount == list.filter { !$0.withdrawn }.count)
        #expect(log.lastActive == list.last { !$0.withdrawn })
        #expect(log.count(of: .score, before: 2_500) == list.filter { $0.type == .score && $0.id < 2_500 }.count)
        let decoded = try JSONDecoder().decode(RecordLog.self, from: JSONEncoder().encode(log))
        #expect(decoded == log && Array(decoded) == list)
    }

    /// The harvest's JSON is written record by record, and is byte for byte what the one JSON
    /// writer makes of the whole harvest, and reads back to the same harvest.
    @Test func theStreamedJSONIsTheCanonicalForm() throws {
        for harvest in [try HarvestTests().endedHarvest(), Harvest.example] {
            var whole = try JSONWriter.data(harvest, pretty: true)
            whole.append(UInt8(ascii: "\n"))
            let streamed = try HarvestFile.data(harvest)
            #expect(streamed == whole)
            let read = try HarvestFile.read(SourceText(file: "harvest.json", bytes: Array(streamed))).get()
            #expect(read == harvest)
        }
    }

    /// A replacement that fails halfway leaves the old file as it was and no temporary file.
    @Test func aFailedReplacementLeavesTheOldFileAndNoTemporary() throws {
        let folder = temporaryPath("replace")
        defer { removeTemporaryFolder(containing: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/harvest.md"
        try PrivateFile.replace(Data("old\n".utf8), at: path)
        struct Halfway: Error {}
        #expect(throws: Halfway.self) {
            try PrivateFile.replace(at: path) { sink in
                for line in 0..<100_000 { try sink.write("line \(line) of a long export\n") }
                throw Halfway()
            }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["harvest.md"])
    }

    /// A file sink writes what a sink in memory gathers, past its block size.
    @Test func aFileSinkWritesWhatMemoryGathers() throws {
        let path = temporaryPath("sink.txt")
        defer { removeTemporaryFolder(containing: path) }
        let lines = (1...60_000).map { "line \($0): what was said in this turn\n" }
        let memory = try ByteSink.collect { sink in for line in lines { try sink.write(line) } }
        try PrivateFile.writeNew(to: path) { sink in for line in lines { try sink.write(line) } }
        let onDisk = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(memory.count > 2 << 20 && onDisk == memory)
    }
}
