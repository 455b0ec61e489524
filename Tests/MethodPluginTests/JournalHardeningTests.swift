import DialogueKit
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A journal that tells damage, strangers and half-finished starts apart, and a session
/// folder that stays the owner's.
@Suite struct JournalHardeningTests {
    /// A fresh folder with a journal of three events.
    func journalFolder() throws -> (folder: String, path: String, plan: SessionPlan) {
        let plan = try makePlan(goodFutureAgenda())
        let folder = temporaryPath("session")
        try PrivateFile.makeFolder(folder)
        let path = folder + "/journal.jsonl"
        let journal = try Journal.create(at: path, plan: plan, sessionID: "s1", now: t0)
        try journal.append(JournalEntry(seq: 0, at: t0, event: .start))
        try journal.append(JournalEntry(seq: 1, at: t0, event: .note(text: "kept", person: nil)))
        try journal.append(JournalEntry(seq: 2, at: t0, event: .next))
        return (folder, path, plan)
    }

    func lines(_ path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    func refusal(_ path: String) -> String? {
        do {
            _ = try Journal.read(at: path)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func everyLineIsSealedWithItsSession() throws {
        let (folder, path, _) = try journalFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let written = try lines(path)
        #expect(written.allSatisfy { $0.hasSuffix("\"}") && $0.contains(#","crc":""#) })
        #expect(written.dropFirst().allSatisfy { $0.contains(#""session":"s1""#) })
        // One changed character breaks the seal.
        var damaged = written
        damaged[2] = damaged[2].replacingOccurrences(of: "kept", with: "kapt")
        try (damaged.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        #expect(refusal(path)?.contains("line 3 does not match its checksum") == true, "\(refusal(path) ?? "")")
        // A well-sealed line of another session is refused, not replayed.
        var stranger = written
        stranger[2] = sealed(
            unsealed(written[2]).replacingOccurrences(of: #""session":"s1""#, with: #""session":"s2""#))
        try (stranger.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        #expect(refusal(path)?.contains("line 3 belongs to another session (s2)") == true, "\(refusal(path) ?? "")")
    }

    @Test func aCompleteLastLineThatDoesNotReadIsAnErrorNotCut() throws {
        let (folder, path, _) = try journalFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var written = try lines(path)
        written.append(sealed(#"{"at":"2026-12-03T13:31:00.000Z","event":{"teleport":{}},"seq":3,"session":"s1"}"#))
        let text = written.joined(separator: "\n") + "\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try Journal.open(at: path)
            Issue.record("a journal with a line it cannot read was opened")
        } catch let error as JournalError {
            #expect(error.message.contains("line 5 is not a journal event: column"), "\(error)")
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text, "nothing was cut")
        #expect(!FileManager.default.fileExists(atPath: folder + "/journal.torn"))
    }

    @Test func tornLinesAreKeptInNumberedFilesBeforeTheCut() throws {
        let (folder, path, _) = try journalFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (number, half) in ["first half", "second half"].enumerated() {
            let handle = try #require(FileHandle(forWritingAtPath: path))
            handle.seekToEndOfFile()
            handle.write(Data(#"{"at":"2026-12-03T13:31:00.000Z","event":{"note":{"text":"\#(half)"#.utf8))
            try handle.close()
            // A report only warns; it changes nothing.
            #expect(try Journal.read(at: path).tornLine?.contains(half) == true)
            #expect(try Journal.read(at: path).tornFile == nil)
            let journal = try Journal.open(at: path)
            let kept = folder + (number == 0 ? "/journal.torn" : "/journal.torn.2")
            #expect(journal.tornFile == kept)
            #expect(try String(contentsOfFile: kept, encoding: .utf8).contains(half))
            #expect(journal.entries.count == 3)
        }
        #expect(try String(contentsOfFile: folder + "/journal.torn", encoding: .utf8).contains("first half"))
    }

    /// A journal longer than one block of reading (8 MiB): every event read in order, a damaged
    /// line in a later block named by its own line number, a torn tail still set aside.
    @Test func aLongJournalIsReadBlockByBlock() throws {
        let (folder, path, _) = try journalFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let encoder = JSONWriter.encoder()
        var bytes = Data()
        let count = 60_000
        for seq in 3..<(3 + count) {
            let text = "note \(seq) " + String(repeating: "x", count: 100)
            bytes.append(
                try Journal.line(
                    JournalEntry(seq: seq, at: t0, event: .note(text: text, person: nil)), session: "s1",
                    encoder: encoder))
        }
        #expect(bytes.count > 8 << 20)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(bytes)
        handle.write(Data(#"{"at":"2026-12-03T13:31:00.000Z","event":{"note":{"text":"cut"#.utf8))
        try handle.close()
        let journal = try Journal.read(at: path)
        #expect(journal.entries.count == 3 + count)
        #expect(journal.entries.last?.seq == 2 + count)
        #expect(journal.tornLine?.contains("cut") == true)
        #expect(try journal.replay().records.count == 1 + count)
        // One damaged line far into the file is refused at its own number.
        var text = try String(contentsOfFile: path, encoding: .utf8)
        let damaged = try #require(text.range(of: "note 55000 "))
        text.replaceSubrange(damaged, with: "note 55OOO ")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(refusal(path)?.contains("line 55002 does not match its checksum") == true, "\(refusal(path) ?? "")")
    }

    @Test func aStartCutOffBeforeItsHeaderLeavesNoSession() throws {
        let plan = try makePlan(goodFutureAgenda())
        let folder = temporaryPath("session")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try PrivateFile.makeFolder(folder)
        // What a kill during the header write leaves: half a header under the temporary name.
        try Data(#"{"createdAt":"2026-12-03T13:30:00.000Z","engineVer"#.utf8).write(
            to: URL(fileURLWithPath: folder + "/journal.jsonl.new"))
        let store = SessionStore(environment: [:])
        do {
            _ = try store.open(folder)
            Issue.record("a session that never started was opened")
        } catch let error as JournalError {
            #expect(error.message.contains("this session never started"), "\(error)")
        }
        let journal = try store.start(plan, in: folder, sessionID: "s1", now: t0)
        #expect(journal.entries.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder + "/journal.jsonl.new"))
        #expect(try Journal.read(at: folder + "/journal.jsonl").header.sessionID == "s1")
    }

    @Test func thePlanBesideTheJournalIsChecked() throws {
        let plan = try makePlan(goodFutureAgenda())
        let folder = temporaryPath("session")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try PrivateFile.makeFolder(folder)
        let store = SessionStore(environment: [:])
        do { _ = try store.start(plan, in: folder, sessionID: "s1", now: t0) }
        // Missing: written again from the journal.
        try FileManager.default.removeItem(atPath: folder + "/plan.json")
        do { _ = try store.open(folder) }
        #expect(try PlanFile.read(folder + "/plan.json").get().digest == plan.digest)
        // Garbage: refused, with what to do.
        try Data("not a plan".utf8).write(to: URL(fileURLWithPath: folder + "/plan.json"))
        #expect(throws: JournalError.self) { try store.open(folder) }
    }

    @Test func sessionFoldersAreTheOwnersOnly() throws {
        let base = temporaryPath("base")
        defer { try? FileManager.default.removeItem(atPath: base) }
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        chmod(base, 0o777)
        try PrivateFile.makeFolder(base)
        var status = stat()
        #expect(lstat(base, &status) == 0 && status.st_mode & 0o777 == 0o700)
        let link = base + "-link"
        defer { unlink(link) }
        #expect(symlink(base, link) == 0)
        #expect(throws: PrivateFile.Failure.self) { try PrivateFile.makeFolder(link) }
        // A journal reached through a symbolic link is not followed.
        let (folder, path, _) = try journalFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let linked = base + "/journal.jsonl"
        #expect(symlink(path, linked) == 0)
        #expect(refusal(linked)?.contains("symbolic link") == true, "\(refusal(linked) ?? "")")
        // XDG: an empty or relative XDG_DATA_HOME is as if unset.
        for value in ["", "relative/data"] {
            let store = SessionStore(environment: ["XDG_DATA_HOME": value, "HOME": "/home/someone"])
            #expect(store.baseFolder.hasPrefix("/"), "\(value): \(store.baseFolder)")
        }
    }
}
