import DialogueKit
import Foundation
import Testing

let clockSetting = ["DIALOGUE_CLOCK": "sequence:2026-12-03T13:30:00Z:45"]

/// People and item for an agenda that uses `method`.
func methodAgenda(_ method: String) -> String {
    let people: String
    var item = #"{"type": "method", "method": "\#(method)"}"#
    switch method {
    case "good-future":
        people =
            #"[{"name": "Mila", "roles": ["family"]}, {"name": "Sem", "roles": ["family"]}, {"name": "Karin", "roles": ["initiator"]}, {"name": "Ruud", "roles": ["professional"]}, {"name": "Anouk", "roles": ["interviewer"]}, {"name": "Peter", "roles": ["note-taker"]}]"#
    case "taking-up-concerns":
        people = #"[{"name": "Tess", "roles": ["professional"]}, {"name": "Mo", "roles": ["recipient"]}]"#
        item = #"{"type": "method", "method": "taking-up-concerns", "parameters": {"concern": "Mo's absence"}}"#
    case "concern-of-leadership":
        people =
            #"[{"name": "Dina", "roles": ["director"]}, {"name": "Max", "roles": ["middle-manager"]}, {"name": "Olga", "roles": ["operational"]}, {"name": "Wout", "roles": ["observer"]}, {"name": "Nel", "roles": ["note-taker"]}]"#
    case "concerns-of-users-and-relatives":
        people =
            "["
            + (1...8).map {
                #"{"name": "P\#($0)", "roles": ["\#($0 % 3 == 0 ? "director" : "operational")"], "organisation": "O\#($0 % 3)"}"#
            }.joined(separator: ",") + "]"
    case "reflective-space-triad", "paired-listening":
        people =
            "[" + (1...6).map { #"{"name": "P\#($0)", "organisation": "O\#($0 % 2)"}"# }.joined(separator: ",") + "]"
    case "introduction-round":
        people =
            #"[{"name": "Fien", "tags": ["facilitator"]}, {"name": "A", "roles": ["participant"]}, {"name": "B", "roles": ["participant"]}]"#
    case "learning-cafe":
        people =
            "["
            + ([#"{"name": "Fien", "tags": ["facilitator"]}"#]
            + (1...12).map { #"{"name": "P\#($0)", "organisation": "O\#($0 % 4)"}"# }).joined(separator: ",") + "]"
        item =
            #"{"type": "method", "method": "learning-cafe", "parameters": {"questions": ["Q1?", "Q2?", "Q3?"], "rounds": 2}}"#
    case "puimala":
        people =
            "["
            + ([#"{"name": "Iris", "roles": ["interviewer"]}"#]
            + (1...9).map { #"{"name": "P\#($0)", "organisation": "Org \#($0 % 3)"}"# }).joined(separator: ",") + "]"
        item = #"{"type": "method", "method": "puimala", "parameters": {"practice": "home care at night"}}"#
    default:
        people = "[]"
    }
    return
        #"{"schemaVersion": 1, "title": "Test of \#(method)", "date": "2026-12-03", "start": "13:30", "timeZone": "Europe/Amsterdam", "participants": \#(people), "items": [\#(item)]}"#
}

func write(_ text: String, _ name: String, in folder: URL) throws -> String {
    let url = folder.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
}

func harvestJSON(_ session: String) throws -> [String: Any] {
    let run = try dialogue(["report", session, "--format", "json", "--private"])
    #expect(run.code == 0, "\(run.error)")
    var object = (try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]) ?? [:]
    // The session id is random per session (and starts every agreement id); everything else must match.
    guard let id = (object["session"] as? [String: Any])?["id"] as? String else { return object }
    let text = run.output.replacingOccurrences(of: id, with: "SESSION")
    object = (try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]) ?? [:]
    if var session = object["session"] as? [String: Any] {
        session["id"] = nil
        object["session"] = session
    }
    return object
}

@Suite struct SessionCLITests {
    @Test(arguments: [
        "good-future", "taking-up-concerns", "concern-of-leadership", "concerns-of-users-and-relatives",
        "reflective-space-triad", "paired-listening", "introduction-round", "learning-cafe", "puimala",
    ])
    func eachShippedMethodRunsEndToEnd(method: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let agendaPath = try write(methodAgenda(method), "agenda.json", in: folder)
        let session = folder.appendingPathComponent("session").path
        let script = "/start\n" + String(repeating: "note observed in this turn\n/next\n", count: 80) + "/end\n"
        let run = try dialogue(["run", agendaPath, "--session", session], input: script, environment: clockSetting)
        #expect(run.code == 0, "\(run.error)\n\(run.output)")
        #expect(run.output.contains("Harvest written to"))
        let harvest = try harvestJSON(session)
        let steps = harvest["steps"] as? [[String: Any]] ?? []
        let meeting = steps.filter { ($0["status"] as? String) != "not-reached" }
        #expect(!meeting.isEmpty)
        #expect(meeting.allSatisfy { ($0["status"] as? String) == "done" }, "\(meeting.map { $0["status"] ?? "" })")
        #expect(meeting.allSatisfy { !(($0["records"] as? [Any]) ?? []).isEmpty }, "every step has its notes")
        let permissions =
            try FileManager.default.attributesOfItem(atPath: session + "/harvest.json")[.posixPermissions] as? NSNumber
        #expect(permissions?.intValue == 0o600)
        let folderPermissions =
            try FileManager.default.attributesOfItem(atPath: session)[.posixPermissions] as? NSNumber
        #expect(folderPermissions?.intValue == 0o700)
    }

    @Test func goodFutureHarvestHoldsNotesAgreementsAndTheFollowUp() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let agendaPath = try write(methodAgenda("good-future"), "agenda.json", in: folder)
        let session = folder.appendingPathComponent("s").path
        let script = """
            /start
            /next
            We go to school every day and Sem plays football again
            /next
            /next
            /next
            Sem: I passed my exams
            /skip
            /skip
            /skip
            /+5
            /agree Ruud: ask the school for a flexible timetable /with Karin, Mila /by 2026-12-20
            /agree Mil: call grandma every Sunday
            /agree Zorro: help his mother with the diet
            /agree Ruud: help his mother with the diet /by 2026-02-30
            /score 3 nothing
            /next
            /followup 2027-02-03 14:00 same facilitators
            /end

            """
        let run = try dialogue(["run", agendaPath, "--session", session], input: script, environment: clockSetting)
        #expect(run.code == 0)
        #expect(run.output.contains("? This step records no scores."))
        #expect(run.output.contains("'Zorro' is not a participant."), "an unknown name is asked about, not recorded")
        #expect(run.output.contains("'2026-02-30' is not a day of the calendar."))
        let harvest = try harvestJSON(session)
        let agreements = harvest["agreements"] as? [[String: Any]] ?? []
        #expect(agreements.count == 2)
        #expect(agreements.first?["who"] as? [String] == ["Ruud"])
        #expect(agreements.first?["withWhom"] as? [String] == ["Karin", "Mila"])
        #expect(agreements.last?["who"] as? [String] == ["Mila"], "a unique beginning of a name is expanded")
        #expect((harvest["followUp"] as? [String: Any])?["date"] as? String == "2027-02-03")
        let steps = harvest["steps"] as? [[String: Any]] ?? []
        let family = steps.first { ($0["id"] as? String)?.hasSuffix("recall-family") == true }
        let records = family?["records"] as? [[String: Any]] ?? []
        #expect(records.map { $0["person"] as? String } == ["Mila", "Sem"], "notes go to the person speaking")
        #expect(steps.first { ($0["id"] as? String)?.hasSuffix(".plan") == true }?["status"] as? String == "extended")
        let markdown = try dialogue(["report", session, "--format", "md"])
        #expect(
            markdown.output.contains(
                "| Ruud | ask the school for a flexible timetable | Karin, Mila | 2026-12-20 | open |"))
        let html = try dialogue(["report", session, "--format", "html", "--anonymize"])
        #expect(html.code == 0 && !html.output.contains("Ruud") && html.output.contains("Professional 1"))
        // CSV: the language's separator unless one is chosen.
        let comma = try dialogue(["report", session, "--format", "csv"])
        #expect(comma.output.contains("\r\nexample-") == false)
        #expect(comma.output.contains(",Ruud,ask the school for a flexible timetable,\"Karin, Mila\",2026-12-20,open,"))
        let tab = try dialogue(["report", session, "--format", "csv", "--delimiter", "tab"])
        #expect(tab.output.contains("\tRuud\task the school for a flexible timetable\tKarin, Mila\t2026-12-20\topen\t"))
        let semicolon = try dialogue(["report", session, "--format", "csv", "--delimiter", ";"])
        #expect(semicolon.output.contains(";Ruud;ask the school for a flexible timetable;Karin, Mila;2026-12-20;open;"))
        let wrong = try dialogue(["report", session, "--format", "md", "--delimiter", ";"])
        #expect(wrong.code == 64 && wrong.error.contains("'--delimiter' goes with '--format csv'"))
        let unknown = try dialogue(["report", session, "--format", "csv", "--delimiter", ":"])
        #expect(unknown.code == 64)
    }

    @Test func unknownCommandsGetHelpNotACrash() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let agendaPath = try write(methodAgenda("introduction-round"), "agenda.json", in: folder)
        let run = try dialogue(
            ["run", agendaPath, "--session", folder.appendingPathComponent("s").path],
            input: "/start\n/nxet\n/worry\n/score x\n/agree nobody\n/review 1 maybe\nnext\n/help\n/quit\n",
            environment: clockSetting)
        #expect(run.code == 0)
        #expect(run.output.contains("? Unknown command '/nxet'; nothing recorded. Did you mean /next?"))
        #expect(run.output.contains("? This step records no worry levels."))
        #expect(run.output.contains("? An agreement needs who and what"))
        #expect(run.output.contains("? 'maybe' is not a status"))
        #expect(
            run.output.contains(
                "? Nothing recorded: commands start with '/'. Type /next for the command, or /note next"),
            "an old script's bare command word names the new form")
        #expect(run.output.contains("Commands start with /"))
        #expect(run.output.contains("Continue with: dialogue resume"))
    }

    @Test func runWithoutArgumentsRunsTheShippedExample() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try dialogue(
            ["run"], input: "/start\n/next\n/end\n",
            environment: clockSetting.merging(["DIALOGUE_SESSIONS": folder.path]) { $1 })
        #expect(run.code == 0, "\(run.error)")
        #expect(run.output.contains("Running the shipped example session"))
        #expect(
            run.output.contains(
                "Harvest written to \(folder.path)/2026-12-03-example-a-network-meeting-around-sem/harvest.json"))
    }

    @Test func aSessionFolderCannotBeReusedAndAChangedPlanIsRefused() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let agendaPath = try write(methodAgenda("introduction-round"), "agenda.json", in: folder)
        let session = folder.appendingPathComponent("s").path
        #expect(
            try dialogue(
                ["run", agendaPath, "--session", session], input: "/start\n/quit\n", environment: clockSetting
            )
            .code == 0)
        let again = try dialogue(["run", agendaPath, "--session", session], input: "", environment: clockSetting)
        #expect(again.code == 1 && again.error.contains("a session already exists here"))
        let planPath = session + "/plan.json"
        let changed = try String(contentsOfFile: planPath, encoding: .utf8).replacingOccurrences(
            of: "Test of introduction-round", with: "Changed")
        try changed.write(toFile: planPath, atomically: true, encoding: .utf8)
        let resume = try dialogue(["resume", session], input: "/end\n", environment: clockSetting)
        #expect(resume.code == 1 && resume.error.contains("no longer matches the plan"))
    }

    /// A session folder that cannot be written is refused by `resume` before anything is
    /// journaled: no `end`, no harvest. Root may write anywhere, so as root the session is
    /// handed to the unprivileged user 65534, who runs `resume` through setpriv.
    @Test func aReadOnlySessionFolderIsRefusedBeforeAnythingIsJournaled() throws {
        let folder = try temporaryFolder()
        let session = folder.appendingPathComponent("s").path
        defer {
            chmod(session, 0o700)
            try? FileManager.default.removeItem(at: folder)
        }
        let agendaPath = try write(methodAgenda("introduction-round"), "agenda.json", in: folder)
        let started = try dialogue(
            ["run", agendaPath, "--session", session], input: "/start\nA first note\n/quit\n",
            environment: clockSetting)
        #expect(started.code == 0, "\(started.error)")
        let journalPath = session + "/journal.jsonl"
        let journal = try Data(contentsOf: URL(fileURLWithPath: journalPath))
        var binary = productsFolder.appendingPathComponent("dialogue")
        var arguments = ["resume", session]
        if geteuid() == 0 {
            for path in [session, journalPath, session + "/plan.json"] { #expect(chown(path, 65534, 65534) == 0) }
            arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", binary.path] + arguments
            binary = URL(fileURLWithPath: "/usr/bin/setpriv")
        }
        #expect(chmod(session, 0o500) == 0)
        let resumed = try dialogue(arguments, input: "/end\ny\n", environment: clockSetting, binary: binary)
        #expect(resumed.code == 1)
        #expect(resumed.error.contains("the session folder cannot be written; nothing was changed"), "\(resumed.error)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: journalPath)) == journal)
        #expect(!FileManager.default.fileExists(atPath: session + "/harvest.json"))
    }

    /// Kills `dialogue` (SIGKILL) at many points of a scripted session, resumes, and checks
    /// that the harvest equals the one of an uninterrupted run.
    @Test func aKilledSessionResumesToTheSameHarvest() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let agendaPath = try write(methodAgenda("good-future"), "agenda.json", in: folder)
        let commands = [
            "/start", "We begin", "/next", "Things are good", "/next", "Mila on the second question", "/pause",
            "/resume", "/next", "/next", "/as Karin", "Karin adds a memory", "Karin again", "/skip", "/swap",
            "/next", "Karin speaks", "/extend 3", "/next", "Karin on her worry", "/next", "Ruud speaks", "/skip",
            "/agree Ruud: call the school /with Karin /by 2026-12-20", "/agree Mila: plan a family evening",
            "/withdraw 2", "/undo", "/next", "/followup 2027-02-03 14:00 two months later", "/end",
        ]
        let reference = folder.appendingPathComponent("reference").path
        let full = try dialogue(
            ["run", agendaPath, "--session", reference], input: commands.joined(separator: "\n") + "\n",
            environment: clockSetting)
        #expect(full.code == 0, "\(full.error)")
        let expected = try harvestJSON(reference)
        #expect(((expected["agreements"] as? [Any]) ?? []).count == 2)
        // What the kills must not change: the question of each interview note, the records
        // attributed with /as, the role swap, the undone record.
        let steps = expected["steps"] as? [[String: Any]] ?? []
        func step(_ suffix: String) -> [String: Any]? {
            steps.first { ($0["id"] as? String)?.hasSuffix(suffix) == true }
        }
        let family = step("recall-family")?["records"] as? [[String: Any]] ?? []
        // Record 2 (Mila's first answer) is withdrawn; Karin's two records of Sem's turn go to her.
        #expect(family.map { $0["person"] as? String } == ["Mila", "Karin", "Karin"], "\(family)")
        #expect(
            family.map { ($0["question"] as? String)?.prefix(12) } == ["What did you", "A year has p", "A year has p"])
        let professionals = step("recall-professionals")
        #expect(
            (professionals?["roles"] as? [String: [String]])?["interviewer"] == ["Peter"],
            "the swap hands the interview over")
        #expect((professionals?["roles"] as? [String: [String]])?["note-taker"] == ["Anouk"])
        let planning = step(".plan")?["records"] as? [[String: Any]] ?? []
        #expect(planning.count == 1, "/withdraw 2 and /undo leave one agreement's record: \(planning)")

        try expectKillsResumeToTheSameHarvest(agenda: agendaPath, commands: commands, expected: expected, in: folder)
    }

    /// Records for a table in a café round go to the table (`/as Table 2`), and the choice
    /// survives a kill; a new round starts without it.
    @Test func groupAttributionSurvivesAKill() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let agendaPath = try write(methodAgenda("learning-cafe"), "agenda.json", in: folder)
        let commands = [
            "/start", "/next", "/as Table 2", "Prices matter", "Ask the neighbours", "/next", "Round two note",
            "/as Table 1", "Table one in round two", "/next", "/end",
        ]
        let reference = folder.appendingPathComponent("reference").path
        let full = try dialogue(
            ["run", agendaPath, "--session", reference], input: commands.joined(separator: "\n") + "\n",
            environment: clockSetting)
        #expect(full.code == 0, "\(full.error)")
        let expected = try harvestJSON(reference)
        let steps = expected["steps"] as? [[String: Any]] ?? []
        let rounds = steps.first { ($0["id"] as? String)?.hasSuffix("rounds") == true }?["records"] as? [[String: Any]]
        #expect(
            rounds?.map { $0["group"] as? String } == ["Table 2", "Table 2", nil, "Table 1"],
            "\(rounds ?? [])")
        try expectKillsResumeToTheSameHarvest(agenda: agendaPath, commands: commands, expected: expected, in: folder)
    }

    /// `-o` never replaces a file without `--force` and never writes inside a session folder.
    @Test func exportsNeverOverwriteOrLandInASession() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let agendaPath = try write(methodAgenda("good-future"), "agenda.json", in: folder)
        let session = folder.appendingPathComponent("s").path
        let run = try dialogue(
            ["run", agendaPath, "--session", session], input: "/start\n/end\n", environment: clockSetting)
        #expect(run.code == 0, "\(run.error)")
        let journal = try String(contentsOfFile: session + "/journal.jsonl", encoding: .utf8)
        let inside = try dialogue(["report", session, "--format", "md", "-o", session + "/journal.jsonl", "--force"])
        #expect(inside.code == 1 && inside.error.contains("inside a session folder"), "\(inside.error)")
        #expect(try String(contentsOfFile: session + "/journal.jsonl", encoding: .utf8) == journal)
        let out = folder.appendingPathComponent("harvest.md").path
        #expect(try dialogue(["report", session, "-o", out]).code == 0)
        let again = try dialogue(["report", session, "-o", out])
        #expect(again.code == 1 && again.error.contains("add --force to replace it"), "\(again.error)")
        #expect(try dialogue(["report", session, "-o", out, "--force"]).code == 0)
        let plan = try dialogue(["plan", agendaPath, "-o", agendaPath])
        #expect(plan.code == 1 && plan.error.contains("the file exists"), "\(plan.error)")
        let calendar = try dialogue(["report", session, "--format", "ics"])
        #expect(calendar.code == 1 && calendar.error.contains("there is nothing for a calendar"), "\(calendar.error)")
    }

    /// A refused command leaves nothing behind: the harvest is the one without it (the state
    /// changes in place and is put back from the journal on a refusal).
    @Test func aRefusedCommandLeavesNoTrace() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let agendaPath = try write(methodAgenda("good-future"), "agenda.json", in: folder)
        let plain = ["/start", "/next", "Mila speaks", "/next", "/pause", "/resume", "Mila again", "/end"]
        var refused = plain
        refused.insert(contentsOf: ["/resume", "/again", "/swap", "/extend 99"], at: 3)
        var harvests: [NSDictionary] = []
        for (name, commands) in [("plain", plain), ("refused", refused)] {
            let session = folder.appendingPathComponent(name).path
            let run = try dialogue(
                ["run", agendaPath, "--session", session], input: commands.joined(separator: "\n") + "\n",
                environment: ["DIALOGUE_CLOCK": "sequence:2026-12-03T13:30:00Z:0"])
            #expect(run.code == 0, "\(run.error)")
            harvests.append(try harvestJSON(session) as NSDictionary)
            if name == "refused" { #expect(run.output.contains("? Nothing recorded: the session is not paused")) }
        }
        #expect(harvests[0] == harvests[1])
    }

    /// `report` warns about a torn last line in the same words as `resume`, and changes nothing.
    @Test func reportAndResumeWarnAlikeAboutATornLine() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let agendaPath = try write(methodAgenda("good-future"), "agenda.json", in: folder)
        let session = folder.appendingPathComponent("s").path
        let run = try dialogue(
            ["run", agendaPath, "--session", session], input: "/start\nA note\n/quit\n", environment: clockSetting)
        #expect(run.code == 0)
        let handle = try #require(FileHandle(forWritingAtPath: session + "/journal.jsonl"))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"at":"2026-12-03T13:33:00.000Z","event":{"note":{"text":"half"#.utf8))
        try handle.close()
        let report = try dialogue(["report", session])
        #expect(report.code == 0 && report.output.contains("A note"))
        #expect(report.error.contains("the last line was torn"), "\(report.error)")
        #expect(report.error.contains("it is left out ('dialogue resume' sets it aside)"))
        #expect(!FileManager.default.fileExists(atPath: session + "/journal.torn"))
        let resumed = try dialogue(["resume", session], input: "/quit\n", environment: clockSetting)
        #expect(resumed.error.contains("the last line was torn"), "\(resumed.error)")
        #expect(resumed.error.contains("it is set aside in \(session)/journal.torn"), "\(resumed.error)")
    }

    /// A write the disk refuses (here: a file size limit) is cut away before the error is
    /// shown, so the refused note never comes back on resume.
    @Test func aRefusedWriteNeverReplays() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let agendaPath = try write(methodAgenda("good-future"), "agenda.json", in: folder)
        let session = folder.appendingPathComponent("s").path
        #expect(
            try dialogue(
                ["run", agendaPath, "--session", session], input: "/start\n/quit\n", environment: clockSetting
            ).code == 0)
        let journal = session + "/journal.jsonl"
        let size = try FileManager.default.attributesOfItem(atPath: journal)[.size] as? Int ?? 0
        // sh counts the limit in blocks of 512 bytes; the next line does not fit in what is left.
        let blocks = size / 512 + 1
        let binary = productsFolder.appendingPathComponent("dialogue").path
        let limited = try dialogue(
            ["-c", "trap '' XFSZ; ulimit -f \(blocks); exec \"$0\" resume \"$1\"", binary, session],
            input: String(repeating: "A long note that does not fit. ", count: 40) + "\n", environment: clockSetting,
            binary: URL(fileURLWithPath: "/bin/sh"))
        #expect(limited.code == 1 && limited.error.contains("the event was not recorded"), "\(limited.error)")
        #expect(try FileManager.default.attributesOfItem(atPath: journal)[.size] as? Int == size, "cut back")
        let resumed = try dialogue(["resume", session], input: "/end\n", environment: clockSetting)
        #expect(resumed.code == 0, "\(resumed.error)")
        #expect(!(try String(contentsOfFile: session + "/harvest.json", encoding: .utf8)).contains("does not fit"))
    }

    /// Kill -9 at 100 random moments (random delays, random input, from before the folder
    /// exists to after the end): every folder resumes or starts again, and the harvest is
    /// the uninterrupted run's, 100 of 100.
    @Test func randomKillsNeverLoseOrStick() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let agendaPath = try write(methodAgenda("good-future"), "agenda.json", in: folder)
        // Every command makes exactly one event, so the journal says how far a run got.
        let commands = [
            "/start", "Welcome note", "/next", "Mila on the first question", "/next", "Mila again", "/next",
            "/as Karin", "Karin adds", "/next", "/end",
        ]
        func harvest(_ session: String) throws -> NSDictionary {
            let text = try String(contentsOfFile: session + "/harvest.json", encoding: .utf8)
            let id = try #require(try Journal.read(at: session + "/journal.jsonl").header.sessionID)
            let object = try JSONSerialization.jsonObject(with: Data(text.replacingOccurrences(of: id, with: "S").utf8))
            return try #require(object as? NSDictionary)
        }
        let reference = folder.appendingPathComponent("reference").path
        let full = try dialogue(
            ["run", agendaPath, "--session", reference], input: commands.joined(separator: "\n") + "\n",
            environment: clockSetting)
        #expect(full.code == 0, "\(full.error)")
        let expected = try harvest(reference)
        var random = SplitMix64(seed: 2026)
        var outcomes: [String: Int] = [:]
        for trial in 0..<100 {
            let session = folder.appendingPathComponent("k\(trial)").path
            let (process, input) = try startRun(agendaPath, session: session)
            let typed = Int(random.next() % UInt64(commands.count + 1))
            input.fileHandleForWriting.write(Data(commands.prefix(typed).map { $0 + "\n" }.joined().utf8))
            if random.next() % 6 == 0 {
                // Early: anywhere from before the folder exists to the header's write.
                usleep(useconds_t(random.next() % 150_000))
            } else {
                // Later: once the journal holds a random number of the typed events, and a moment more.
                let target = 1 + Int(random.next() % UInt64(typed + 1))
                let deadline = Date().addingTimeInterval(10)
                while Date() < deadline {
                    let lines =
                        (try? String(contentsOfFile: session + "/journal.jsonl", encoding: .utf8))?.split(
                            separator: "\n"
                        ).count ?? 0
                    if lines >= target || !process.isRunning { break }
                    usleep(2_000)
                }
                usleep(useconds_t(random.next() % 4_000))
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let recorded: Int
            if let journal = try? Journal.read(at: session + "/journal.jsonl") {
                recorded = journal.entries.count
                let rest = commands.dropFirst(recorded).map { $0 + "\n" }.joined()
                let resumed = try dialogue(["resume", session], input: rest, environment: clockSetting)
                #expect(resumed.code == 0, "trial \(trial): \(resumed.error)")
                outcomes[
                    recorded == 0 ? "header only" : recorded == commands.count ? "ended" : "resumed", default: 0] += 1
            } else {
                // Killed before the journal was complete: the folder is no session, and run may reuse it.
                let again = try dialogue(
                    ["run", agendaPath, "--session", session], input: commands.joined(separator: "\n") + "\n",
                    environment: clockSetting)
                #expect(again.code == 0, "trial \(trial): \(again.error)")
                outcomes["started again", default: 0] += 1
            }
            #expect(try harvest(session) == expected, "trial \(trial): the harvest differs")
        }
        print("random kills: \(outcomes.sorted { $0.key < $1.key })")
    }

    /// `dialogue run` started on `agenda` into `session`, reading what is written to the pipe.
    func startRun(_ agenda: String, session: String) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = productsFolder.appendingPathComponent("dialogue")
        process.arguments = ["run", agenda, "--session", session]
        var environment = ProcessInfo.processInfo.environment
        for (key, value) in clockSetting { environment[key] = value }
        process.environment = environment
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return (process, input)
    }

    /// Kills `dialogue run` after every other command, resumes with the rest, and expects
    /// the harvest of the uninterrupted run.
    func expectKillsResumeToTheSameHarvest(
        agenda agendaPath: String, commands: [String], expected: [String: Any], in folder: URL
    ) throws {
        for cut in stride(from: 1, to: commands.count - 1, by: 2) {
            let session = folder.appendingPathComponent("killed-\(cut)").path
            let journalPath = session + "/journal.jsonl"
            let (process, input) = try startRun(agendaPath, session: session)
            input.fileHandleForWriting.write(Data((commands.prefix(cut).joined(separator: "\n") + "\n").utf8))
            // Wait until the journal holds the header and `cut` events, then kill without warning.
            let deadline = Date().addingTimeInterval(20)
            while Date() < deadline {
                let lines =
                    (try? String(contentsOfFile: journalPath, encoding: .utf8))?.split(separator: "\n").count ?? 0
                if lines >= cut + 1 { break }
                usleep(5_000)
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal)
            let rest = commands.dropFirst(cut).joined(separator: "\n") + "\n"
            let resumed = try dialogue(["resume", session], input: rest, environment: clockSetting)
            #expect(resumed.code == 0, "cut \(cut): \(resumed.error)")
            let harvest = try harvestJSON(session)
            #expect(NSDictionary(dictionary: harvest).isEqual(to: expected), "cut \(cut): the harvest differs")
        }
    }
}

@Suite struct PreparationCLITests {
    /// Taking up concerns, prepared step by step: the private worry zone, the loop back to
    /// anticipating, the conversation and the reflection afterwards.
    @Test func takingUpConcernsIsWalkedWithItsPreparation() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let agendaPath = try write(methodAgenda("taking-up-concerns"), "agenda.json", in: folder)
        let session = folder.appendingPathComponent("s").path
        let script = """
            /start
            /worry 7
            /worry 3 growing, my own means are running out
            /next
            I need their help to understand the absences
            /next
            /next
            /next
            He may feel blamed
            /next
            /next
            /again
            /next
            /next
            /again
            /next
            /next
            /again
            /next
            /next
            /again
            /next
            /next
            /next
            /next
            /next
            /agree Tess, Mo: meet again in two weeks /by 2026-12-17
            /next
            It went better than I anticipated
            /end

            """
        let run = try dialogue(
            ["run", agendaPath, "--session", session, "--preparation"], input: script, environment: clockSetting)
        #expect(run.code == 0, "\(run.error)")
        #expect(run.output.contains("? 7 is not on the scale Zones of concern"), "\(run.output)")
        #expect(run.output.contains("the loop was taken 3 times, its maximum"))
        let harvest = try harvestJSON(session)
        let steps = harvest["steps"] as? [[String: Any]] ?? []
        let worry =
            steps.first { ($0["id"] as? String)?.hasSuffix("rate-worry") == true }?["records"] as? [[String: Any]]
        #expect(worry?.first?["value"] as? Double == 3)
        #expect(worry?.first?["visibility"] as? String == "private")
        #expect(worry?.first?["text"] as? String == "Grey zone: growing, my own means are running out")
        #expect(
            ((harvest["agreements"] as? [[String: Any]]) ?? []).first?["who"] as? [String] == ["Tess", "Mo"],
            "\(run.output)")
        let reflection = steps.first { ($0["id"] as? String)?.hasSuffix("reflect-afterwards") == true }
        #expect(reflection?["status"] as? String == "done")
        // The worry zone is private: only the facilitator's copy holds it, and says so.
        let shared = try dialogue(["report", session, "--format", "md"])
        #expect(shared.code == 0 && !shared.output.contains("Grey zone"))
        let copy = try dialogue(["report", session, "--format", "md", "--private"])
        #expect(copy.output.contains("Grey zone: growing") && copy.output.contains("private"))
        #expect(copy.output.contains("Facilitator's copy: it holds private records."))
    }
}

/// A small seeded generator (SplitMix64), so the random kills are the same on every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
