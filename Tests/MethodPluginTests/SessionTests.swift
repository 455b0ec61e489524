import DialogueKit
import Foundation
import Testing

/// A plan made from JSON agenda text with the built-in methods.
func makePlan(_ agendaText: String, library: MethodLibrary = library) throws -> SessionPlan {
    try Toolkit.standard.planner(library).plan(agenda(agendaText))
}

let t0 = Date(timeIntervalSince1970: 1_796_290_200)  // 2026-12-03 13:30 UTC

/// Applies events one minute apart (or at the given offsets), failing the test on a refusal.
struct Driver {
    let plan: SessionPlan
    var state = SessionState()
    var clock: TimeInterval = 0

    init(_ plan: SessionPlan) {
        self.plan = plan
    }

    mutating func apply(_ event: SessionEvent, after seconds: TimeInterval = 60) throws {
        clock += seconds
        state = try state.applying(
            JournalEntry(seq: state.sequence, at: t0.addingTimeInterval(clock), event: event), plan: plan)
    }

    func refuses(_ event: SessionEvent) -> SessionError? {
        do {
            _ = try state.applying(
                JournalEntry(seq: state.sequence, at: t0.addingTimeInterval(clock + 1), event: event), plan: plan)
            return nil
        } catch let error as SessionError {
            return error
        } catch {
            return SessionError("refusal.list", "\(error)")
        }
    }
}

/// A journal line without its seal (`,"crc":"…"}` at the end), as the object was written.
func unsealed(_ line: String) -> String {
    guard line.count > 18, line.dropLast(18).hasSuffix("}") == false, line.hasSuffix("\"}") else { return line }
    return String(line.dropLast(18)) + "}"
}

/// `object` sealed as a journal writes it: its CRC-32C appended as the last key.
func sealed(_ object: String) -> String {
    let crc = String(CRC32C.checksum(Array(object.utf8)), radix: 16)
    return String(object.dropLast()) + #","crc":""# + String(repeating: "0", count: 8 - crc.count) + crc + #""}"#
}

func temporaryPath(_ name: String) -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dialogue-session-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder.appendingPathComponent(name).path
}

func removeTemporaryFolder(containing path: String) {
    try? FileManager.default.removeItem(at: URL(fileURLWithPath: path).deletingLastPathComponent())
}

@Suite struct SessionStateTests {
    /// Going back to a step and on again books each stretch to the step it was spent in: the
    /// steps' times add up to the meeting's, and the step's deadline counts what it already ran.
    @Test func timeAfterGoingBackIsBookedToEachStep() throws {
        let plan = try makePlan(goodFutureAgenda())
        var driver = Driver(plan)
        try driver.apply(.start)  // welcome from 60 s
        try driver.apply(.next, after: 120)  // welcome ran 120 s; recall-family from 180 s
        try driver.apply(.back, after: 60)  // recall-family ran 60 s; welcome again from 240 s
        let welcome = try #require(driver.state.currentStep(in: plan))
        #expect(welcome.stepID == "welcome")
        let deadline = try #require(driver.state.deadline(in: plan))
        #expect(deadline == t0.addingTimeInterval(240 + Double(welcome.seconds) - 120), "the 120 s it ran still count")
        try driver.apply(.next, after: 30)  // welcome 150 s in all; recall-family again from 270 s
        try driver.apply(.end, after: 90)  // recall-family 150 s in all
        let harvest = HarvestBuilder.harvest(plan: plan, state: driver.state, sessionID: "s1")
        let times = Dictionary(grouping: harvest.steps, by: { String($0.id.split(separator: ".").last ?? "") })
            .mapValues { $0.map(\.actualSeconds) }
        #expect(times["welcome"] == [150] && times["recall-family"] == [150], "\(times)")
        #expect(harvest.steps.map(\.actualSeconds).reduce(0, +) == 300)
    }

    @Test func walksTurnsAndStepsForwardAndBack() throws {
        let plan = try makePlan(goodFutureAgenda())
        var driver = Driver(plan)
        #expect(driver.refuses(.next)?.message == "the session has not started")
        try driver.apply(.start)
        #expect(driver.state.currentStep(in: plan)?.stepID == "welcome")
        try driver.apply(.next)
        #expect(driver.state.currentStep(in: plan)?.stepID == "recall-family")
        #expect(driver.state.turn == 0 && driver.state.question == 0)
        // An interview walks question by question, then person by person.
        try driver.apply(.next)
        try driver.apply(.next)
        #expect(driver.state.turn == 0 && driver.state.question == 2)
        try driver.apply(.next)
        #expect(driver.state.turn == 1 && driver.state.question == 0)
        try driver.apply(.back)
        #expect(driver.state.turn == 0 && driver.state.question == 2, "back goes to the last question before")
        try driver.apply(.next)
        #expect(driver.state.turn == 1)
        try driver.apply(.skip)
        #expect(driver.state.currentStep(in: plan)?.stepID == "swap-facilitators")
        #expect(
            driver.state.logs["3.recall-family"]?.status == .skipped
                || driver.state.logs["1.recall-family"]?.status == .skipped)
        try driver.apply(.back)
        #expect(driver.state.currentStep(in: plan)?.stepID == "recall-family")
    }

    @Test func deadlinesAreAbsoluteAndPausesAreAccounted() throws {
        let plan = try makePlan(goodFutureAgenda())
        var driver = Driver(plan)
        try driver.apply(.start, after: 0)
        let welcome = try #require(driver.state.currentStep(in: plan))
        let start = t0
        #expect(
            driver.state.remainingSeconds(in: plan, now: start.addingTimeInterval(60)) == Double(welcome.seconds - 60))
        try driver.apply(.pause, after: 120)
        // While paused the clock stands still.
        #expect(
            driver.state.remainingSeconds(in: plan, now: start.addingTimeInterval(600)) == Double(welcome.seconds - 120)
        )
        try driver.apply(.resume, after: 300)
        #expect(
            driver.state.remainingSeconds(in: plan, now: start.addingTimeInterval(480)) == Double(welcome.seconds - 180)
        )
        try driver.apply(.extend(seconds: 300), after: 0)
        #expect(
            driver.state.remainingSeconds(in: plan, now: start.addingTimeInterval(480))
                == Double(welcome.seconds - 180 + 300))
        #expect(driver.refuses(.resume)?.message == "the session is not paused")
    }

    @Test func recordsAreCheckedAgainstTheStep() throws {
        let plan = try makePlan(goodFutureAgenda())
        var driver = Driver(plan)
        try driver.apply(.start)
        try driver.apply(.note(text: "Welcome all", person: nil))
        #expect(driver.refuses(.note(text: "  ", person: nil)) != nil)
        #expect(
            driver.refuses(.agreement(who: ["Ruud"], what: "x", withWhom: [], byWhen: nil))?.message
                == "this step does not record agreements")
        #expect(driver.refuses(.score(item: "a", value: 3, person: nil))?.message == "this step does not record scores")
        try driver.apply(.edit(record: 1, text: "Welcome everyone"))
        #expect(driver.state.records.first?.text == "Welcome everyone" && driver.state.records.first?.edited == true)
        try driver.apply(.withdraw(record: 1))
        #expect(driver.refuses(.edit(record: 1, text: "x"))?.message == "there is no record #1")
        // Jump to the planning step and agree.
        while driver.state.currentStep(in: plan)?.stepID != "plan" { try driver.apply(.skip) }
        try driver.apply(.agreement(who: ["Ruud"], what: "Call the school", withWhom: ["Karin"], byWhen: "2026-12-20"))
        #expect(driver.state.agreements.count == 1)
        #expect(
            driver.refuses(.agreement(who: ["Ruud"], what: "x", withWhom: [], byWhen: "2026-13-45"))?.message
                == "'2026-13-45' is not a date")
        try driver.apply(.end)
        #expect(driver.refuses(.next)?.message == "the session has ended")
    }

    @Test func worryLevelsArePrivateAndOnTheScale() throws {
        let text = goodFutureAgenda(
            people: #"[{"name": "Tess", "roles": ["professional"]}, {"name": "Mo", "roles": ["recipient"]}]"#,
            item: #"{"type": "method", "method": "taking-up-concerns", "parameters": {"concern": "school"}}"#)
        // Worry rating is a preparation step in the method; a meeting step records it in a custom plan below.
        let plan = try makePlan(text)
        #expect(plan.steps.first { $0.stepID == "rate-worry" }?.captures.first?.visibility == .private)
        #expect(plan.steps.first { $0.stepID == "rate-worry" }?.captures.first?.scale?.levels.count == 4)
    }

    @Test func scoresAggregateWithMeanMedianSpreadAndRank() {
        func record(_ item: String, _ value: Double) -> HarvestRecord {
            HarvestRecord(
                id: 0, type: .score, capture: nil, person: nil, group: nil, text: "", value: value,
                item: item, visibility: .shared, at: t0, edited: false)
        }
        let summaries = HarvestBuilder.scores([
            record("a", 6), record("a", 8), record("a", 7), record("b", 9), record("b", 3),
        ])
        #expect(summaries.map(\.item) == ["a", "b"])
        #expect(summaries[0].mean == 7 && summaries[0].median == 7 && summaries[0].rank == 1)
        #expect(abs(summaries[0].spread - (2.0 / 3).squareRoot()) < 1e-9)
        #expect(summaries[1].mean == 6 && summaries[1].median == 6 && summaries[1].spread == 3)
    }
}

@Suite struct JournalTests {
    @Test func journalReplaysToTheSameStateAndIsOwnerOnly() throws {
        let plan = try makePlan(goodFutureAgenda())
        let path = temporaryPath("journal.jsonl")
        defer { removeTemporaryFolder(containing: path) }
        var driver = Driver(plan)
        do {
            let journal = try Journal.create(at: path, plan: plan, sessionID: "test", now: t0)
            for event in [SessionEvent.start, .note(text: "hello", person: "Mila"), .next, .pause, .resume, .next] {
                let entry = JournalEntry(
                    seq: driver.state.sequence, at: t0.addingTimeInterval(Double(driver.state.sequence)), event: event)
                driver.state = try driver.state.applying(entry, plan: plan)
                try journal.append(entry)
            }
        }
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let reopened = try Journal.open(at: path)
        #expect(try reopened.replay() == driver.state)
        #expect(reopened.header.planDigest == plan.digest)
    }

    @Test func aTornLastLineIsSetAsideAndTheSessionContinues() throws {
        let plan = try makePlan(goodFutureAgenda())
        let path = temporaryPath("journal.jsonl")
        defer { removeTemporaryFolder(containing: path) }
        do {
            let journal = try Journal.create(at: path, plan: plan, sessionID: "test", now: t0)
            try journal.append(JournalEntry(seq: 0, at: t0, event: .start))
            try journal.append(JournalEntry(seq: 1, at: t0, event: .note(text: "kept", person: nil)))
        }
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"at":"2026-12-03T13:31:00.000Z","event":{"note":{"text":"half"#.utf8))
        try handle.close()
        let journal = try Journal.open(at: path)
        #expect(journal.entries.count == 2)
        #expect(journal.tornLine?.contains("half") == true)
        #expect(try journal.replay().records.map(\.text) == ["kept"])
        try journal.append(JournalEntry(seq: 2, at: t0, event: .next))
        let again = try Journal.read(at: path)
        #expect(again.entries.count == 3 && again.tornLine == nil)
        let torn = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("journal.torn").path
        #expect(FileManager.default.fileExists(atPath: torn))
    }

    @Test func aSecondConsoleIsLockedOut() throws {
        let plan = try makePlan(goodFutureAgenda())
        let path = temporaryPath("journal.jsonl")
        defer { removeTemporaryFolder(containing: path) }
        let first = try Journal.create(at: path, plan: plan, sessionID: "test", now: t0)
        #expect(throws: JournalError.self) { try Journal.open(at: path) }
        do {
            _ = try Journal.open(at: path)
        } catch let error as JournalError {
            #expect(error.message == "another console is running this session")
        }
        // Reading for a report does not need the lock.
        #expect(try Journal.read(at: path).entries.isEmpty)
        _ = first
    }

    @Test func aJournalFromANewerEngineIsRefused() throws {
        let plan = try makePlan(goodFutureAgenda())
        let path = temporaryPath("journal.jsonl")
        defer { removeTemporaryFolder(containing: path) }
        do { _ = try Journal.create(at: path, plan: plan, sessionID: "test", now: t0) }
        let header = unsealed(try String(contentsOfFile: path, encoding: .utf8).trimmingCharacters(in: .newlines))
        for (from, to) in [
            ("\"formatVersion\":2,\"methods\"", "\"formatVersion\":99,\"methods\""),
            ("\"engineVersion\":\"\(DialogueKitVersion.current)\"", "\"engineVersion\":\"9.0.0\""),
        ] {
            let edited = header.replacingOccurrences(of: from, with: to)
            #expect(edited != header, "\(from)")
            try (sealed(edited) + "\n").write(toFile: path, atomically: true, encoding: .utf8)
            do {
                _ = try Journal.open(at: path)
                Issue.record("a newer journal opened")
            } catch let error as JournalError {
                #expect(
                    error.message.contains("this is DialogueKit \(DialogueKitVersion.current)")
                        && (error.message.contains("journal format 99") || error.message.contains("DialogueKit 9.0.0")),
                    "\(error)")
            }
        }
    }
}

@Suite struct HarvestTests {
    func endedHarvest() throws -> Harvest {
        let plan = try makePlan(goodFutureAgenda(language: "nl"))
        var driver = Driver(plan)
        try driver.apply(.start)
        try driver.apply(.next)
        try driver.apply(.note(text: "Mila is blij dat Sem weer naar school gaat", person: "Mila"))
        while driver.state.currentStep(in: plan)?.stepID != "plan" { try driver.apply(.skip) }
        try driver.apply(
            .agreement(
                who: ["Ruud"], what: "Belt met Karin over \"rooster\"; daarna Mila", withWhom: ["Karin", "Mila"],
                byWhen: "2026-12-20"))
        try driver.apply(.next)
        try driver.apply(.followUp(date: "2027-02-03", time: "14:00", note: "Zelfde facilitatoren, twee maanden later"))
        try driver.apply(.end)
        return HarvestBuilder.harvest(plan: plan, state: driver.state, sessionID: "s1")
    }

    @Test func harvestShowsPlannedAgainstActualAndSkippedSteps() throws {
        let harvest = try endedHarvest()
        #expect(harvest.steps.contains { $0.status == .skipped })
        #expect(harvest.steps.first { $0.name.hasPrefix("Doel") }?.status == .done)
        #expect(harvest.steps.first { $0.name.hasPrefix("Doel") }?.actualSeconds == 60)
        #expect(harvest.agreements.first?.id.isEmpty == false)
    }

    @Test func csvOpensInDutchExcel() throws {
        let text = String(decoding: try CSVAgreementsExporter().export(try endedHarvest()), as: UTF8.self)
        #expect(text.hasPrefix("\u{FEFF}id;Wie;Wat;Met wie;Wanneer;Status"))
        #expect(text.contains(";\"Belt met Karin over \"\"rooster\"\"; daarna Mila\";Karin, Mila;2026-12-20;open;"))
        #expect(text.hasSuffix("\r\n"))
    }

    @Test func iCalendarFollowsRFC5545() throws {
        let text = String(decoding: try ICalendarExporter().export(try endedHarvest()), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.first == "BEGIN:VCALENDAR" && lines.dropLast().last == "END:VCALENDAR")
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(text.contains("DTSTART:20270203T130000Z"))
        #expect(text.contains("DTSTART;VALUE=DATE:20261220"))
        #expect(text.contains("\\;"))
        #expect(text.components(separatedBy: "BEGIN:VEVENT").count == 3)
    }

    @Test func anonymizeReplacesNamesConsistentlyEverywhere() throws {
        let anonymous = HarvestBuilder.anonymized(try endedHarvest()).harvest
        let json = String(decoding: try JSONHarvestExporter().export(anonymous), as: UTF8.self)
        for name in ["Mila", "Ruud", "Karin", "Anouk", "Peter"] {
            #expect(!json.contains(name), "\(name) is still in the report")
        }
        #expect(anonymous.agreements.first?.who == ["Professional 1"])
        #expect(anonymous.agreements.first?.withWhom == ["Initiator 1", "Family 1"])
        #expect(
            json.contains("Family 1 is blij dat Sem weer naar school gaat")
                || json.contains("Family 1 is blij dat Family 2"))
    }

    /// The concern of leadership keeps the handbook's 20 minutes on a 40-minute budget, lets
    /// the observers speak in the plenaries but not the note-taker, and in part II the observers
    /// take over the earlier roles: the director's first, then the middle manager's.
    @Test func theLeadershipExerciseKeepsItsTimesAndObserversTakeOverTheRoles() throws {
        let people =
            #"[{"name": "Dina", "roles": ["director"]}, {"name": "Max", "roles": ["middle-manager"]}, {"name": "Olga", "roles": ["operational"]}, {"name": "Wout", "roles": ["observer"]}, {"name": "Zoe", "roles": ["observer"]}, {"name": "Nel", "roles": ["note-taker"]}]"#
        let plan = try makePlan(
            goodFutureAgenda(
                budget: "40", people: people, item: #"{"type": "method", "method": "concern-of-leadership"}"#))
        #expect(plan.meetingSteps.map(\.seconds).reduce(0, +) == 20 * 60)
        #expect(plan.warnings.contains { $0.contains("20 min before the budget") }, "\(plan.warnings)")
        let plenary = try #require(plan.meetingSteps.first { $0.stepID == "plenary-1" })
        let speakers = plenary.turns.flatMap(\.circles).flatMap(\.speakers)
        #expect(speakers.contains("Wout") && !speakers.contains("Nel"), "\(speakers)")
        var driver = Driver(plan)
        try driver.apply(.start)
        while driver.state.currentStep(in: plan)?.stepID != "swap" { try driver.apply(.next) }
        try driver.apply(.swapRoles)
        try driver.apply(.next)
        let step = try #require(driver.state.currentStep(in: plan))
        #expect(step.stepID == "ask-for-help")
        #expect(driver.state.currentTurn(in: plan)?.circles.first?.speakers == ["Wout"])
        let roles = driver.state.effectiveRoles(of: step, at: driver.state.position)
        #expect(roles["director"] == ["Wout"] && roles["middle-manager"] == ["Zoe"] && roles["operational"] == ["Olga"])
        #expect(roles["observer"] == ["Dina", "Max"])
    }

    /// "Two or more subgroups": six people who would fit one group of up to eight form two; the
    /// rapporteurs who wrote the flip charts exchange the results, each named, 4 minutes each.
    @Test func theConcernsOfUsersFormTwoOrMoreSubgroups() throws {
        let people =
            "["
            + (1...6).map { #"{"name": "P\#($0)", "roles": ["\#($0 % 3 == 0 ? "director" : "operational")"]}"# }
            .joined(separator: ",") + "]"
        let plan = try makePlan(
            goodFutureAgenda(
                people: people, item: #"{"type": "method", "method": "concerns-of-users-and-relatives"}"#))
        let part = try #require(plan.meetingSteps.first { $0.stepID == "voice-concerns" })
        #expect(part.groups.first?.map(\.count) == [3, 3])
        // Each subgroup's rapporteur writes its flip chart, then reports, 4 minutes each, named.
        let circles = try #require(part.turns.first?.circles)
        let rapporteurs = circles.compactMap(\.rapporteur)
        #expect(rapporteurs.count == 2 && circles.map(\.recorders) == rapporteurs.map { [$0] }, "\(circles)")
        let exchange = try #require(plan.meetingSteps.first { $0.stepID == "rapporteurs-exchange" })
        #expect(exchange.turns.map { $0.circles.first?.speakers ?? [] } == rapporteurs.map { [$0] })
        #expect(exchange.turns.map(\.seconds) == [240, 240] && exchange.turns.allSatisfy { $0.label.contains(":") })
    }

    /// The Good Future follow-up meeting reviews the agreements of the harvest its item names,
    /// person by person: the speaker's own agreements are on the console, a review is recorded
    /// in the turns, and the ledger carries status and history forward.
    @Test func theFollowUpMeetingReviewsTheAgreementsPersonByPerson() throws {
        let first = try endedHarvest()
        let path = temporaryPath("harvest.json")
        defer { removeTemporaryFolder(containing: path) }
        try JSONHarvestExporter().export(first).write(to: URL(fileURLWithPath: path))
        let item = #"{"type": "method", "method": "good-future-follow-up", "review": "\#(path)"}"#
        let plan = try makePlan(goodFutureAgenda(item: item))
        let agreement = try #require(first.agreements.first)
        #expect(plan.items.first?.review.map(\.id) == first.agreements.map(\.id))
        #expect(plan.items.first?.reviewedHarvest == path)
        var driver = Driver(plan)
        try driver.apply(.start)
        #expect(driver.refuses(.review(agreement: agreement.id, status: .done, note: "")) != nil)
        while driver.state.currentStep(in: plan)?.kind != AgreementReviewBehaviour().kind { try driver.apply(.next) }
        // The turn of whoever holds the agreement lists it on the console.
        while driver.state.currentTurn(in: plan)?.circles.first?.speakers.first.map(agreement.who.contains) != true {
            try driver.apply(.next)
        }
        let screen = SessionScreen(plan: plan, state: driver.state, now: plan.start, width: 100, height: 60)
            .lines(style: PlainText()).joined(separator: "\n")
        #expect(screen.contains("1. [open] \(NameList.joined(agreement.who)): \(agreement.what)"), "\(screen)")
        try driver.apply(.review(agreement: agreement.id, status: .partly, note: "Half of it is done"))
        while driver.state.currentStep(in: plan)?.stepID != "revise" { try driver.apply(.skip) }
        try driver.apply(.agreement(who: ["Mila"], what: "Plans the next meeting", withWhom: [], byWhen: nil))
        try driver.apply(.end)
        let second = HarvestBuilder.harvest(plan: plan, state: driver.state, sessionID: "s2")
        #expect(second.agreements.count == first.agreements.count + 1)
        #expect(second.agreements.first?.status == .partly)
        #expect(second.agreements.first?.history.first?.note == "Half of it is done")
        // Without a harvest to review, the plan says so.
        let bare = try makePlan(goodFutureAgenda(item: #"{"type": "method", "method": "good-future-follow-up"}"#))
        #expect(bare.warnings.contains { $0.contains("names no harvest") }, "\(bare.warnings)")
    }

    @Test func aFollowUpCarriesTheLedgerForward() throws {
        // Meeting 1 makes an agreement.
        let first = try endedHarvest()
        let path = temporaryPath("harvest.json")
        defer { removeTemporaryFolder(containing: path) }
        try JSONHarvestExporter().export(first).write(to: URL(fileURLWithPath: path))
        // Meeting 2 reviews it and makes a new one.
        let item =
            #"{"type": "review", "harvest": "\#(path)", "minutes": 15}, {"type": "method", "method": "good-future"}"#
        let plan = try makePlan(goodFutureAgenda(item: item))
        let agreementID = try #require(first.agreements.first?.id)
        #expect(plan.items.first?.review.map(\.id) == [agreementID])
        var driver = Driver(plan)
        try driver.apply(.start)
        #expect(driver.state.currentStep(in: plan)?.kind == "review")
        try driver.apply(.review(agreement: agreementID, status: .done, note: "Rooster is aangepast"))
        #expect(
            driver.refuses(.review(agreement: "nope", status: .done, note: ""))?.message
                == "there is no agreement 'nope' to review")
        while driver.state.currentStep(in: plan)?.stepID != "plan" { try driver.apply(.skip) }
        try driver.apply(.agreement(who: ["Mila"], what: "Plans the next meeting", withWhom: [], byWhen: nil))
        try driver.apply(.end)
        let second = HarvestBuilder.harvest(plan: plan, state: driver.state, sessionID: "s2")
        #expect(second.agreements.count == 2)
        #expect(second.agreements[0].status == .done)
        #expect(second.agreements[0].history.first?.note == "Rooster is aangepast")
        #expect(second.agreements[1].status == .open)
    }
}

@Suite struct JournalLineTests {
    static let events: [SessionEvent] = [
        .start, .next, .back, .skip, .pause, .resume, .end, .swapRoles, .extend(seconds: 300),
        .note(text: "a \"quoted\" note\nwith é", person: "Ann"), .note(text: "group", person: nil),
        .idea(text: "x", person: nil), .concern(text: "y", person: "Bo"),
        .worry(level: 3, person: "Ann", note: nil), .worry(level: 2.5, person: nil, note: "grey"),
        .score(item: "item", value: 7, person: "Bo"), .score(item: "i", value: 6.5, person: nil),
        .agreement(who: ["Ann", "Bo"], what: "w", withWhom: [], byWhen: nil),
        .agreement(who: ["Ann"], what: "w", withWhom: ["Cas"], byWhen: "2026-12-20"),
        .edit(record: 3, text: "t"), .withdraw(record: 4), .loop(again: true), .loop(again: false),
        .review(agreement: "abc-1", status: .notDone, note: "n"), .followUp(date: "2027-01-01", time: nil, note: ""),
        .followUp(date: "2027-01-01", time: "14:00", note: "n"),
    ]

    /// The strict reader reads back exactly what the journal's writer writes, for every event.
    @Test(arguments: events)
    func theStrictReaderReadsWhatTheWriterWrites(_ event: SessionEvent) throws {
        let entry = JournalEntry(seq: 42, at: Date(timeIntervalSince1970: 1_796_290_200.123), event: event)
        let line = try JSONWriter.data(entry)
        let read = StrictDecoder().read(
            JournalEntry.self, from: SourceText(file: "journal.jsonl", bytes: Array(line)))
        #expect(try read.get() == entry, "\(String(decoding: line, as: UTF8.self))")
    }

    @Test func timestampsRoundTripExactly() throws {
        for seconds in [0.0, 1_796_290_200.123, 951_782_400.5, 4_102_444_799.999, -86_400.25] {
            let date = Date(timeIntervalSince1970: seconds)
            let text = Timestamp.text(date)
            #expect(Timestamp.date(text)?.timeIntervalSince1970 == (seconds * 1000).rounded() / 1000, "\(text)")
        }
        #expect(Timestamp.text(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00.000Z")
    }
}
