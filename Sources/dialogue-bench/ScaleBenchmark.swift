import DialogueKit
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What grows with the size of a meeting, measured as a user meets it: the release `dialogue`
/// binary planning, running and reporting a round for 1,000 and 10,000 people, and reporting a
/// session of a million events, each command timed with its peak memory.
enum ScaleBenchmark {
    /// A round in which each person speaks once, then an open plenary.
    static let method = """
        {"schemaVersion": 1, "id": "everyone-speaks", "version": "1.0.0", "name": "Everyone speaks",
         "summary": "Each person speaks once.", "participants": {"min": 2},
         "roles": [{"id": "participant", "name": "Participant", "count": {"min": 1}}],
         "phases": [{"id": "main", "name": "Main", "steps": [
           {"id": "round", "name": "Round", "kind": "round", "duration": {"default": 1, "per": "speaker"},
            "repeat": {"per": "participant"}, "captures": [{"id": "said", "type": "note", "per": "person"}]},
           {"id": "together", "name": "Together", "kind": "plenary", "duration": {"default": 20},
            "captures": [{"id": "notes", "type": "note"}]}]}]}
        """

    /// One command's figures.
    struct Measured {
        var seconds: Double
        var peakMegabytes: Double
        var status: Int32
    }

    static func run(people sizes: [Int], events: Int) -> Int32 {
        guard
            let binary = Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("dialogue").path,
            FileManager.default.isExecutableFile(atPath: binary)
        else {
            print("build the CLI first: swift build -c release (the bench runs .build/release/dialogue)")
            return 1
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dialogue-bench-scale-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let methods = folder.appendingPathComponent("methods")
            try FileManager.default.createDirectory(at: methods, withIntermediateDirectories: true)
            try method.write(
                to: methods.appendingPathComponent("everyone-speaks.json"), atomically: true, encoding: .utf8)
            print("command | people or events | seconds | peak MB | output MB")
            for size in sizes where size >= 2 { try meeting(of: size, in: folder, binary: binary) }
            if events >= 2 { try millionEvents(events, in: folder, binary: binary) }
            return 0
        } catch {
            print("scale benchmark failed: \(error)")
            return 1
        }
    }

    /// Plan, run (a note for every tenth person, then each step) and report a round of `size`.
    static func meeting(of size: Int, in folder: URL, binary: String) throws {
        let base = folder.appendingPathComponent("people-\(size)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        let names = (1...size).map { "Person \($0)" }
        let people = names.map {
            #"{"name": "\#($0)", "roles": ["participant"], "organisation": "Org \#($0.count % 20)"}"#
        }
        let agenda = base.appendingPathComponent("agenda.json")
        try """
        {"schemaVersion": 1, "title": "Everyone", "date": "2026-12-03", "start": "09:00", "timeZone": "UTC",
         "methodFolders": ["../methods"], "participants": [\(people.joined(separator: ","))],
         "items": [{"type": "method", "method": "everyone-speaks"}]}
        """.write(to: agenda, atomically: true, encoding: .utf8)
        let plan = base.appendingPathComponent("plan.json").path
        report(
            "plan --format json", size, measure(binary, ["plan", agenda.path, "--format", "json", "-o", plan]), plan)

        var script = "/start\n"
        for (index, name) in names.enumerated() where index % 10 == 0 {
            script += "/as \(name)\nWhat \(name) said in the round.\n"
        }
        script += "/next\nWhat the group said together.\n/end\ny\n"
        let commands = base.appendingPathComponent("commands.txt")
        try script.write(to: commands, atomically: true, encoding: .utf8)
        let session = base.appendingPathComponent("session").path
        let run = measure(
            binary, ["run", plan, "--session", session], stdin: commands.path,
            environment: ["DIALOGUE_CLOCK": "sequence:2026-12-03T09:00:00Z:1"])
        report("run (\(size / 10) notes)", size, run, session + "/journal.jsonl")
        for format in ["md", "json"] {
            let output = base.appendingPathComponent("report.\(format)").path
            report(
                "report --format \(format)", size,
                measure(binary, ["report", session, "--format", format, "-o", output]), output)
        }
    }

    /// A session journal of `events` notes, reported in every format.
    static func millionEvents(_ events: Int, in folder: URL, binary: String) throws {
        let plan = try JournalBenchmark.plan()
        let session = folder.appendingPathComponent("million")
        try PrivateFile.makeFolder(session.path)
        try PrivateFile.replace(Data(try PlanFile.text(plan).utf8), at: SessionStore.planPath(session.path))
        try JournalBenchmark.writeJournal(at: SessionStore.journalPath(session.path), plan: plan, events: events)
        for format in ["md", "html", "json", "csv"] {
            let output = folder.appendingPathComponent("million.\(format)").path
            let result = measure(binary, ["report", session.path, "--format", format, "-o", output])
            report("report --format \(format)", events, result, output)
            try? FileManager.default.removeItem(atPath: output)
        }
    }

    static func report(_ command: String, _ size: Int, _ measured: Measured, _ output: String) {
        let bytes = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? NSNumber)?.doubleValue ?? 0
        print(
            String(
                format: "%@ | %d | %.2f | %.0f | %.1f%@", command, size, measured.seconds, measured.peakMegabytes,
                bytes / 1_048_576, measured.status == 0 ? "" : " (exit \(measured.status))"))
    }

    /// Runs `binary` with `arguments` (stdin from a file, stdout and stderr discarded) and
    /// measures its wall time and peak resident memory.
    static func measure(
        _ binary: String, _ arguments: [String], stdin: String = "/dev/null", environment: [String: String] = [:]
    ) -> Measured {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var variables = ProcessInfo.processInfo.environment
        for (key, value) in environment { variables[key] = value }
        let argv: [UnsafeMutablePointer<CChar>?] = ([binary] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        var pid: pid_t = 0
        let begin = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, binary, &actions, nil, argv, envp) == 0 else {
            return Measured(seconds: 0, peakMegabytes: 0, status: -1)
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e9
        #if canImport(Darwin)
            let peak = Double(usage.ru_maxrss) / 1_048_576
        #else
            let peak = Double(usage.ru_maxrss) / 1024
        #endif
        return Measured(seconds: seconds, peakMegabytes: peak, status: (status >> 8) & 0xFF)
    }
}
