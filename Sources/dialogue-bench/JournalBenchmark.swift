import DialogueKit
import Foundation

/// Journal append with fsync against a raw write+fsync of the same bytes, and replay of
/// a journal of a million events.
enum JournalBenchmark {
    static func plan() throws -> SessionPlan {
        let text = """
            {"schemaVersion": 1, "title": "Benchmark", "date": "2026-12-03", "start": "10:00", "timeZone": "UTC",
             "participants": [{"name": "Mila", "roles": ["family"]}, {"name": "Ruud", "roles": ["professional"]},
                              {"name": "Anouk", "roles": ["interviewer"]}, {"name": "Peter", "roles": ["note-taker"]}],
             "items": [{"type": "method", "method": "good-future"}]}
            """
        guard let agenda = AgendaReader.read(SourceText(file: "bench.json", bytes: Array(text.utf8))).agenda else {
            throw PlanRefusal(problems: [])
        }
        return try Toolkit.standard.planner(Toolkit.standard.library()).plan(agenda)
    }

    /// A journal of `events` events (the start, then notes and ideas of four people), written
    /// as the engine writes it but in blocks, without a flush per event.
    static func writeJournal(at path: String, plan: SessionPlan, events: Int) throws {
        let start = plan.start
        do {
            let journal = try Journal.create(at: path, plan: plan, sessionID: "bench", now: start)
            try journal.append(JournalEntry(seq: 0, at: start, event: .start))
        }
        guard let handle = FileHandle(forWritingAtPath: path) else { return }
        handle.seekToEndOfFile()
        let encoder = JSONWriter.encoder()
        let speakers = ["Mila", "Ruud", "Anouk", "Peter"]
        var buffer = Data()
        for seq in 1..<max(1, events) {
            let event: SessionEvent =
                seq % 3 == 0
                ? .idea(text: "Idea \(seq): one more thing to try", person: speakers[seq % 4])
                : .note(text: "Note \(seq): what was said in this turn", person: speakers[seq % 4])
            buffer.append(
                try Journal.line(
                    JournalEntry(seq: seq, at: start.addingTimeInterval(Double(seq) / 100), event: event),
                    session: "bench", encoder: encoder))
            if buffer.count > 1 << 22 {
                handle.write(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        handle.write(buffer)
        try handle.close()
    }

    static func percentile(_ values: [Double], _ fraction: Double) -> Double {
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
    }

    static func run(events: Int, replayEvents: Int) -> Int32 {
        do {
            let plan = try plan()
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "dialogue-bench-journal-\(getpid())")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let start = plan.start
            // Appends through the journal.
            let journal = try Journal.create(
                at: folder.appendingPathComponent("journal.jsonl").path, plan: plan,
                sessionID: "bench", now: start)
            try journal.append(JournalEntry(seq: 0, at: start, event: .start))
            var journalTimes: [Double] = []
            var lines: [Data] = []
            let encoder = JSONWriter.encoder()
            for seq in 1...events {
                let entry = JournalEntry(
                    seq: seq, at: start.addingTimeInterval(Double(seq)),
                    event: .note(text: "Note number \(seq): what was said in this turn", person: "Mila"))
                let begin = DispatchTime.now().uptimeNanoseconds
                try journal.append(entry)
                journalTimes.append(Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e6)
                lines.append(try Journal.line(entry, session: "bench", encoder: encoder))
            }
            // The same bytes, written and flushed by hand.
            let rawPath = folder.appendingPathComponent("raw.jsonl").path
            let descriptor = open(rawPath, O_WRONLY | O_CREAT | O_APPEND, 0o600)
            var rawTimes: [Double] = []
            for line in lines {
                let begin = DispatchTime.now().uptimeNanoseconds
                _ = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
                fsync(descriptor)
                rawTimes.append(Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e6)
            }
            close(descriptor)
            let journalP50 = percentile(journalTimes, 0.5)
            let journalP99 = percentile(journalTimes, 0.99)
            let rawP50 = percentile(rawTimes, 0.5)
            let rawP99 = percentile(rawTimes, 0.99)
            print(
                String(
                    format:
                        "append %d events: journal p50 %.3f ms, p99 %.3f ms; raw write+fsync p50 %.3f ms, p99 %.3f ms; p50 ratio %.2f×",
                    events, journalP50, journalP99, rawP50, rawP99, journalP50 / rawP50))

            // Replay: a journal of a million events, written directly.
            let bigPath = folder.appendingPathComponent("big.jsonl").path
            try writeJournal(at: bigPath, plan: plan, events: replayEvents)
            let size = (try FileManager.default.attributesOfItem(atPath: bigPath)[.size] as? NSNumber)?.intValue ?? 0
            var best = Double.infinity
            var records = 0
            for _ in 0..<3 {
                let begin = Date()
                let reopened = try Journal.read(at: bigPath)
                let read = Date().timeIntervalSince(begin)
                let state = try reopened.replay()
                best = min(best, Date().timeIntervalSince(begin))
                print(
                    String(
                        format: "  read and decode %.3f s, apply %.3f s", read, Date().timeIntervalSince(begin) - read))
                records = state.records.count
            }
            print(
                String(
                    format: "replay %d events (%.1f MB): %.3f s best of 3 (read, decode and apply), %d records",
                    replayEvents, Double(size) / 1_048_576, best, records))
            return 0
        } catch {
            print("journal benchmark failed: \(error)")
            return 1
        }
    }
}
