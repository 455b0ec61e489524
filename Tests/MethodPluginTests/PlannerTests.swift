import DialogueKit
import Foundation
import Testing

/// An agenda from JSON text (participants inline), read as a user's file would be.
func agenda(_ json: String, file: String = "/tmp/agenda.json") throws -> Agenda {
    let (agenda, diagnostics) = AgendaReader.read(SourceText(file: file, bytes: Array(json.utf8)))
    guard let agenda else {
        Issue.record("agenda did not read: \(diagnostics)")
        throw PlanRefusal(problems: [])
    }
    return agenda
}

/// People for a Good Future meeting: a family, a private network, professionals, two facilitators.
let goodFuturePeople = """
    [
      {"name": "Mila", "roles": ["family"], "organisation": "Family"},
      {"name": "Sem", "roles": ["family"], "organisation": "Family"},
      {"name": "Oma", "roles": ["private-network"]},
      {"name": "Karin", "roles": ["initiator"], "organisation": "School"},
      {"name": "Ruud", "roles": ["professional"], "organisation": "Municipality"},
      {"name": "Sanne", "roles": ["professional"], "organisation": "Mental health"},
      {"name": "Anouk", "roles": ["interviewer"], "tags": ["facilitator"]},
      {"name": "Peter", "roles": ["note-taker"], "tags": ["facilitator"]}
    ]
    """

func goodFutureAgenda(
    budget: String = "null", people: String = goodFuturePeople,
    item: String = #"{"type": "method", "method": "good-future"}"#,
    language: String = "en"
) -> String {
    """
    {"schemaVersion": 1, "title": "Network meeting", "language": "\(language)", "date": "2026-12-03", "start": "13:30",
     "timeZone": "Europe/Amsterdam", "budgetMinutes": \(budget), "seed": 5, "participants": \(people),
     "items": [\(item)]}
    """
}

let planner = Toolkit.standard.planner(library)

@Suite struct PlannerTests {
    func defaultMinutes(_ plan: SessionPlan) -> Double {
        Double(plan.steps.filter { $0.when == .during }.reduce(0) { $0 + $1.seconds }) / 60
    }

    @Test func interviewsFamilyFirstThenProfessionalsWithResolvedPrompts() throws {
        let plan = try planner.plan(agenda(goodFutureAgenda()))
        let family = try #require(plan.steps.first { $0.stepID == "recall-family" })
        #expect(family.turns.map(\.label) == ["Mila", "Sem", "Oma"])
        let professionals = try #require(plan.steps.first { $0.stepID == "recall-professionals" })
        #expect(professionals.turns.map(\.label) == ["Karin", "Ruud", "Sanne"])
        let circle = try #require(family.turns.first?.circles.first)
        #expect(circle.speakers == ["Mila"] && circle.addressed == ["Anouk"])
        #expect(circle.recorders == ["Peter"])
        #expect(circle.listening == .silent && !circle.listeners.contains("Mila"))
        #expect(
            family.prompts.first?.text
                == "A year has passed and things are quite well. How are things for you? What are you especially pleased about?"
        )
        // Per-speaker timing: 3 speakers at 7 minutes each.
        #expect(family.seconds == 21 * 60)
        #expect(family.turns.allSatisfy { $0.seconds == 7 * 60 })
        #expect(plan.methods.map(\.id) == ["good-future"])
    }

    @Test func promptsInDutchAndFallbackWithAWarning() throws {
        let dutch = try planner.plan(agenda(goodFutureAgenda(language: "nl")))
        #expect(
            dutch.steps.first { $0.stepID == "recall-family" }?.prompts.first?.text.hasPrefix("Er is een jaar voorbij")
                == true)
        let finnish = try planner.plan(agenda(goodFutureAgenda(language: "fi")))
        let q1 = finnish.steps.first { $0.stepID == "recall-family" }?.prompts.first?.text
        #expect(q1 == "Vuosi on kulunut ja asiat ovat aika hyvin. Miten asiat ovat? Mistä olet erityisen iloinen?")
        #expect(
            finnish.steps.first { $0.stepID == "plan" }?.prompts.first?.text
                == "Kuka tekee mitä, kenen kanssa, seuraavaksi?")
        #expect(finnish.warnings.contains { $0.contains("no 'fi' translation; English is shown") })
    }

    // MARK: Time fitting at the edges

    @Test func budgetEqualToTheDefaultsKeepsEveryDefault() throws {
        let loose = try planner.plan(agenda(goodFutureAgenda()))
        let total = defaultMinutes(loose)
        let exact = try planner.plan(agenda(goodFutureAgenda(budget: NumberText.format(total))))
        #expect(exact.steps.map(\.seconds) == loose.steps.map(\.seconds))
        #expect(exact.end.timeIntervalSince(exact.start) == total * 60)
    }

    @Test func tightBudgetScalesTowardsTheMinimum() throws {
        let loose = try planner.plan(agenda(goodFutureAgenda()))
        let plan = try planner.plan(agenda(goodFutureAgenda(budget: "75")))
        let minutes = plan.end.timeIntervalSince(plan.start) / 60
        #expect(minutes == 75, "\(minutes)")
        for (step, original) in zip(plan.steps, loose.steps) where step.when == .during {
            #expect(step.seconds <= original.seconds && step.seconds >= step.minSeconds, "\(step.id)")
        }
    }

    @Test func budgetBelowTheMinimumIsRefusedWithTheShortfall() throws {
        #expect(throws: PlanRefusal.self) { try planner.plan(agenda(goodFutureAgenda(budget: "30"))) }
        do {
            _ = try planner.plan(agenda(goodFutureAgenda(budget: "30")))
        } catch let refusal as PlanRefusal {
            let message = refusal.description
            #expect(message.contains("budget is 30 min"))
            #expect(message.contains("min short with every step at its minimum"))
            #expect(message.contains("item 1 Good Future dialogue"))
        }
    }

    @Test func generousBudgetStretchesToTheMaximumAndSaysWhatIsLeft() throws {
        let plan = try planner.plan(agenda(goodFutureAgenda(budget: "600")))
        for step in plan.steps where step.when == .during { #expect(step.seconds == step.maxSeconds, "\(step.id)") }
        #expect(plan.warnings.contains { $0.contains("before the budget") })
    }

    /// The idea dialogue in small groups: in each turn one person per group lays out an idea
    /// while the rest of the group only asks questions, and the prompt for the questioners is
    /// asked in every turn.
    @Test func theIdeaDialogueRunsOnePersonAtATimeInEveryGroup() throws {
        var methods = library
        methods.loadFolder(packageRoot.appendingPathComponent("Examples/methods").path)
        let roles = ["initiator"] + Array(repeating: "idea-bringer", count: 7)
        let people = roles.enumerated().map { #"{"name": "P\#($0.offset + 1)", "roles": ["\#($0.element)"]}"# }
        let text =
            #"{"schemaVersion": 1, "title": "x", "language": "nl", "date": "2026-12-03", "start": "13:30", "participants": [\#(people.joined(separator: ","))], "items": [{"type": "method", "method": "idea-dialogue"}]}"#
        let plan = try makePlan(text, library: methods)
        let step = try #require(plan.meetingSteps.first { $0.stepID == "lay-out" })
        #expect(step.turns.count == 4 && step.seconds == 4 * 6 * 60)
        for turn in step.turns {
            #expect(turn.circles.count == 2 && turn.prompts == ["explicit", "only-questions"])
            for circle in turn.circles {
                #expect(circle.speakers.count == 1 && circle.listening == .questionsOnly)
                #expect(circle.listeners == circle.members.filter { $0 != circle.speakers[0] })
            }
        }
        let spoke = step.turns.flatMap { $0.circles.flatMap(\.speakers) }
        #expect(Set(spoke).count == 8, "everyone lays out an idea once: \(spoke)")
        #expect(PlanRenderer(plan: plan).text().contains("stellen alleen vragen"))
        // Four people are one group: the questioners' prompt stands for the whole turn, so one
        // /next moves on to the next person.
        let four = people.prefix(4).joined(separator: ",")
        let small = try makePlan(
            #"{"schemaVersion": 1, "title": "x", "date": "2026-12-03", "start": "13:30", "participants": [\#(four)], "items": [{"type": "method", "method": "idea-dialogue"}]}"#,
            library: methods)
        var driver = Driver(small)
        try driver.apply(.start)
        #expect(driver.state.currentStep(in: small)?.stepID == "lay-out")
        #expect(driver.state.currentPrompts(in: small).map(\.id) == ["explicit", "only-questions"])
        try driver.apply(.next)
        #expect(driver.state.turn == 1 && driver.state.question == 0)
    }

    /// A Dutch plan warns in Dutch: a budget left over and a step set outside its range.
    @Test func aDutchPlanWarnsInDutch() throws {
        let item = #"{"type": "method", "method": "good-future", "durations": {"plan": 45}}"#
        let plan = try planner.plan(agenda(goodFutureAgenda(budget: "600", item: item, language: "nl")))
        #expect(
            plan.warnings.contains { $0.contains("min vóór het einde van het tijdsbudget") }, "\(plan.warnings)")
        #expect(
            plan.warnings.contains { $0 == "onderdeel 1: plan staat op 45 min, buiten de 20–40 min van de methode" })
        #expect(!plan.warnings.contains { $0.contains("before") || $0.contains("outside") })
    }

    /// A round of eight speakers beside a fixed free item, on budgets from tight to roomy: each
    /// turn is a whole number of minutes (the step a multiple of eight) and the plan never
    /// ends after the budget.
    @Test func everySpeakerOfARoundGetsWholeMinutes() throws {
        let item =
            #"{"type": "method", "method": "introduction-round"}, {"type": "free", "title": "Talk", "minutes": 20}"#
        for budget in stride(from: 32, through: 44, by: 1) {
            let plan = try planner.plan(agenda(goodFutureAgenda(budget: String(budget), item: item)))
            let round = try #require(plan.steps.first { $0.kind == "round" })
            #expect(round.turns.count == 8)
            #expect(round.seconds % (8 * 60) == 0, "budget \(budget): \(round.seconds) s over 8 turns")
            #expect(plan.end.timeIntervalSince(plan.start) <= Double(budget * 60))
        }
    }

    /// Every budget from the least the method needs to more than it can use: the plan never
    /// ends after the budget, fills it when it can, and steps are whole minutes (or the
    /// agenda's unit) that add up exactly to their item and the items to the meeting.
    @Test(arguments: [1.0, 5.0])
    func lengthsAreWholeUnitsThatAddUpAndNeverOvershoot(unit: Double) throws {
        let roomy = try planner.plan(agenda(goodFutureAgenda(budget: "600")))
        let least = roomy.steps.filter { $0.when == .during }.reduce(0) { $0 + $1.minSeconds } / 60
        let most = roomy.end.timeIntervalSince(roomy.start)
        var budgets = Array(stride(from: Int(Double(least).rounded(.up)) + 1, through: 240, by: 7)).map(Double.init)
        budgets += [Double(least) + 0.5, 100.5, 600]
        for budget in budgets {
            let text = goodFutureAgenda(budget: NumberText.format(budget))
                .replacingOccurrences(
                    of: #""seed": 5"#, with: #""seed": 5, "timeUnitMinutes": \#(NumberText.format(unit))"#)
            let plan = try planner.plan(agenda(text))
            let total = plan.end.timeIntervalSince(plan.start)
            #expect(total <= budget * 60, "budget \(budget): \(total / 60) min")
            for item in plan.items {
                let during = item.steps.filter { $0.when == .during }
                #expect(during.reduce(0) { $0 + $1.seconds } == Int(item.end.timeIntervalSince(item.start)))
                for step in during
                where (Double(step.maxSeconds) / (unit * 60)).rounded(.down) * unit * 60 >= Double(step.minSeconds) {
                    #expect(
                        step.seconds % Int(unit * 60) == 0 || step.seconds == step.minSeconds,
                        "budget \(budget): \(step.id) \(step.seconds) s is not whole units of \(unit) min")
                }
            }
            #expect(total > min(budget * 60, most) - unit * 60 * 2, "budget \(budget) is used: \(total / 60) min")
        }
    }

    @Test func anUnknownTimeUnitIsAnAgendaError() {
        let text = goodFutureAgenda().replacingOccurrences(of: #""seed": 5"#, with: #""seed": 5, "timeUnitMinutes": 3"#)
        let diagnostics = AgendaReader.read(SourceText(file: "a.json", bytes: Array(text.utf8))).diagnostics
        #expect(diagnostics.contains { $0.message.contains("timeUnitMinutes must be 0.5, 1, 2, 5, 10 or 15") })
    }

    @Test func durationOverridesFixAStep() throws {
        let item = #"{"type": "method", "method": "good-future", "durations": {"plan": 25}}"#
        let plan = try planner.plan(agenda(goodFutureAgenda(budget: "80", item: item)))
        #expect(plan.steps.first { $0.stepID == "plan" }?.seconds == 25 * 60)
    }

    // MARK: Roles

    @Test func rolesComeFromTheAgendaTheFileOrAttributes() throws {
        let people = """
            [{"name": "A", "tags": ["family"]}, {"name": "B", "tags": ["professional"]}, {"name": "C", "tags": ["facilitator"]},
             {"name": "D", "tags": ["facilitator"]}]
            """
        let plan = try planner.plan(agenda(goodFutureAgenda(people: people)))
        let roles = try #require(plan.steps.first { $0.stepID == "welcome" }?.roles)
        #expect(roles["family"] == ["A"] && roles["professional"] == ["B"])
        #expect(roles["interviewer"] == ["C"] && roles["note-taker"] == ["D"])
        let named =
            #"{"type": "method", "method": "good-future", "roles": {"interviewer": ["D"], "note-taker": ["C"]}}"#
        let swapped = try planner.plan(agenda(goodFutureAgenda(people: people, item: named)))
        #expect(swapped.steps.first?.roles["interviewer"] == ["D"])
    }

    /// A participants file may name roles as people say them, in the method's languages.
    @Test func rolesNamedInDutchAreTheirRoles() throws {
        let folder = temporaryPath("dutch-roles")
        try PrivateFile.makeFolder(folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let rows = ["naam;rol", "Ans;Gespreksleider", "Bo;deelnemer", "Cas;Deelnemer", "Dirk;tafelgastheer"]
        try (rows.joined(separator: "\n") + "\n").write(
            toFile: folder + "/mensen.csv", atomically: true, encoding: .utf8)
        let text = """
            {"schemaVersion": 1, "title": "Kennismaken", "language": "nl", "date": "2026-12-03", "start": "13:30",
             "participants": "mensen.csv", "items": [{"type": "method", "method": "introduction-round"}]}
            """
        let plan = try planner.plan(agenda(text, file: folder + "/agenda.json"))
        let roles = try #require(plan.steps.first { $0.when == .during }?.roles)
        #expect(roles["facilitator"] == ["Ans"])
        #expect(Set(roles["participant"] ?? []).isSuperset(of: ["Bo", "Cas"]))
        let host = try #require(library.method("learning-cafe")?.spec.role("table-host"))
        #expect(host.isCarried(by: Participant(name: "Dirk", roles: ["tafelgastheer"])))
        #expect(!host.isCarried(by: Participant(name: "Eva", roles: ["gast"])))
    }

    @Test func aRoleNobodyCanFillIsExplained() throws {
        let people =
            #"[{"name": "A", "roles": ["family"]}, {"name": "B", "roles": ["professional"]}, {"name": "C", "roles": ["interviewer"]}, {"name": "E", "roles": ["observer"]}]"#
        let refusal = try #require(throws: PlanRefusal.self) {
            try planner.plan(agenda(goodFutureAgenda(people: people)))
        }
        #expect(
            refusal.description.contains(
                "role 'note-taker' (Note-taker (facilitator B)) of good-future needs 1 person, found 0"))
        #expect(refusal.description.contains("add 'note-taker' to someone's roles"))
    }

    @Test func anInterviewerIsNotAParticipantInTheCase() throws {
        let people = goodFuturePeople.replacingOccurrences(
            of: #""roles": ["interviewer"]"#, with: #""roles": ["interviewer", "professional"]"#)
        let refusal = try #require(throws: PlanRefusal.self) {
            try planner.plan(agenda(goodFutureAgenda(people: people)))
        }
        #expect(refusal.description.contains("Anouk is 'interviewer' but also 'professional'"))
    }

    // MARK: Refusals

    @Test(arguments: [
        (#"{"type": "method", "method": "good-futur"}"#, "unknown method 'good-futur' (did you mean 'good-future'?)"),
        (#"{"type": "method", "method": "good-future", "version": "^2.0.0"}"#, "does not meet '^2.0.0'"),
        (
            #"{"type": "method", "method": "good-future", "parameters": {"horizn": "year"}}"#,
            "has no parameter 'horizn' (did you mean 'horizon'?)"
        ),
        (#"{"type": "method", "method": "taking-up-concerns"}"#, "needs a value for parameter 'concern'"),
        (#"{"type": "method", "method": "good-future", "durations": {"plann": 20}}"#, "unknown step 'plann'"),
        (
            #"{"type": "method", "method": "good-future", "participants": ["Mila", "Nobody"]}"#,
            "'Nobody' is not among the participants"
        ),
        (
            #"{"type": "method", "method": "learning-cafe", "parameters": {"questions": ["a", "b"]}}"#,
            "needs at least 12 people, the agenda has 8"
        ),
        (#"{"type": "method", "method": "paired-listening", "participants": ["Mila"]}"#, "needs at least 2 people"),
        (
            #"{"type": "method", "method": "reflective-space-triad", "participants": ["Mila", "Sem", "Oma", "Karin", "Ruud"]}"#,
            "cannot be split into groups of 3–4"
        ),
    ])
    func refusesWithAClearReason(item: String, message: String) throws {
        let refusal = try #require(throws: PlanRefusal.self) { try planner.plan(agenda(goodFutureAgenda(item: item))) }
        #expect(refusal.description.contains(message), "\(refusal.description)")
    }

    @Test func tooManyPeopleAreRefused() throws {
        let many =
            "[" + (0..<10).map { #"{"name": "P\#($0)", "roles": ["professional"]}"# }.joined(separator: ",") + "]"
        let refusal = try #require(throws: PlanRefusal.self) {
            try planner.plan(
                agenda(
                    goodFutureAgenda(
                        people: many,
                        item: #"{"type": "method", "method": "taking-up-concerns", "parameters": {"concern": "x"}}"#)))
        }
        #expect(refusal.description.contains("takes at most 5 people, the agenda has 10"))
    }

    @Test func overlappingFixedTimesAreRefusedAndGapsNoted() throws {
        let film =
            #"{"type": "method", "method": "good-future"}, {"type": "free", "title": "Film", "minutes": 10, "at": "14:00"}"#
        let refusal = try #require(throws: PlanRefusal.self) { try planner.plan(agenda(goodFutureAgenda(item: film))) }
        #expect(
            refusal.description.contains("item 2: must start at 14:00 but the items before it end at"), "\(refusal)")
        #expect(refusal.description.contains("overlap by"))
        let late = film.replacingOccurrences(of: "14:00", with: "17:00")
        let plan = try planner.plan(agenda(goodFutureAgenda(item: late)))
        #expect(MeetingClock(timeZone: plan.timeZone).time(plan.items[1].start) == "17:00")
        #expect(plan.warnings.contains { $0.contains("a gap of") })
        let bad = film.replacingOccurrences(of: "14:00", with: "25:61")
        let diagnostics = AgendaReader.read(SourceText(file: "a.json", bytes: Array(goodFutureAgenda(item: bad).utf8)))
            .diagnostics
        #expect(diagnostics.contains { $0.path == "items[1].at" })
    }

    @Test func negativeMinutesAreAnAgendaError() {
        let text = goodFutureAgenda(item: #"{"type": "break", "minutes": -5}"#)
        let (agenda, diagnostics) = AgendaReader.read(SourceText(file: "a.json", bytes: Array(text.utf8)))
        #expect(agenda == nil)
        #expect(diagnostics.contains { $0.message.contains("between 0 and 1440") && $0.path == "items[0].minutes" })
    }

    /// Size limits come before the work: 6,000 items are refused without reading one.
    @Test func anAgendaOfThousandsOfItemsIsRefusedUpFront() {
        let items = Array(repeating: #"{"type": "free", "title": "x", "minutes": 1}"#, count: 6_000)
        let text =
            #"{"schemaVersion": 1, "title": "x", "date": "2026-12-03", "start": "13:30", "participants": [], "items": ["#
            + items.joined(separator: ",") + "]}"
        let diagnostics = AgendaReader.read(SourceText(file: "a.json", bytes: Array(text.utf8))).diagnostics
        #expect(diagnostics.map(\.code) == ["too-many-items"], "\(diagnostics)")
        #expect(diagnostics.first?.message.contains("at most \(Agenda.maxItems)") == true)
        #expect(diagnostics.first?.path == "items")
    }

    /// A turn for each of 10,000 people: the plan names everyone once, not in every turn, and
    /// reads back to the same plan with the same listeners.
    @Test func aTurnPerPersonKeepsThePlanLinear() throws {
        let folder = temporaryPath("methods")
        defer { removeTemporaryFolder(containing: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let method = """
            {"schemaVersion": 1, "id": "everyone-speaks", "version": "1.0.0", "name": "Everyone speaks",
             "summary": "A round.", "participants": {"min": 2},
             "roles": [{"id": "participant", "name": "Participant", "count": {"min": 1}}],
             "phases": [{"id": "main", "name": "Main", "steps": [
               {"id": "round", "name": "Round", "kind": "round", "duration": {"default": 1, "per": "speaker"},
                "repeat": {"per": "participant"}}]}]}
            """
        try method.write(toFile: folder + "/everyone-speaks.json", atomically: true, encoding: .utf8)
        var methods = library
        methods.loadFolder(folder)
        let count = 10_000
        let people = (1...count).map { #"{"name": "Person \#($0)", "roles": ["participant"]}"# }
        let text =
            #"{"schemaVersion": 1, "title": "x", "date": "2026-12-03", "start": "13:30", "participants": [\#(people.joined(separator: ","))], "items": [{"type": "method", "method": "everyone-speaks"}]}"#
        let plan = try makePlan(text, library: methods)
        let round = try #require(plan.meetingSteps.first { $0.stepID == "round" })
        #expect(round.turns.count == count)
        let file = try PlanFile.text(plan)
        // Everyone is named in the participants, the step's roles, and in their own turn as its
        // label, its speaker and the one not listening: five times, where a listing of the
        // listeners in every turn would name them 10,000 times (1.4 GB).
        #expect(file.utf8.count < count * 1_200, "\(file.utf8.count) bytes")
        #expect(file.components(separatedBy: "\"Person 5000\"").count - 1 == 5)
        let read = try PlanFile.read(SourceText(file: "plan.json", bytes: Array(file.utf8))).get()
        #expect(read == plan)
        let turn = try #require(read.meetingSteps.first { $0.stepID == "round" }?.turns[4_999].circles.first)
        #expect(turn.members.count == count && turn.speakers == ["Person 5000"])
        #expect(turn.listenerCount == count - 1 && turn.listeners.count == count - 1)
        #expect(!turn.listeners.contains("Person 5000") && turn.listeners.first == "Person 1")
    }

    /// More people than a meeting is planned for are refused before anyone is read.
    @Test func tooManyParticipantsAreRefusedUpFront() {
        let people = Array(repeating: "{}", count: Agenda.maxParticipants + 1).joined(separator: ",")
        let text =
            #"{"schemaVersion": 1, "title": "x", "date": "2026-12-03", "start": "13:30", "participants": [\#(people)], "items": [{"type": "free", "title": "x", "minutes": 1}]}"#
        let diagnostics = AgendaReader.read(SourceText(file: "a.json", bytes: Array(text.utf8))).diagnostics
        #expect(diagnostics.map(\.code) == ["too-many-participants"], "\(diagnostics.prefix(3))")
        #expect(diagnostics.first?.message.contains("at most 100000") == true)
        #expect(diagnostics.first?.path == "participants")
    }

    @Test func agendaDiagnosticsHaveExactPlaces() {
        let text =
            "{\"schemaVersion\": 1, \"title\": \"x\",\n \"date\": \"2026-12-03\", \"start\": \"13:30\", \"participants\": [],\n \"items\": [{\"type\": \"methd\"}], \"budget\": 3}"
        let diagnostics = AgendaReader.read(SourceText(file: "a.json", bytes: Array(text.utf8))).diagnostics
        let type = diagnostics.first { $0.path == "items[0].type" }
        #expect(type?.line == 3 && type?.column == 21 && type?.hint == "did you mean 'method'?")
        let unknown = diagnostics.first { $0.code == "unknown-key" }
        #expect(unknown?.line == 3 && unknown?.hint?.contains("budgetMinutes") == true)
    }

    // MARK: Determinism and groups

    @Test func theSameAgendaAndSeedGiveTheSamePlan() throws {
        let path = packageRoot.appendingPathComponent("Examples/agendas/professionals-dialogue-session.json").path
        guard case .success(let source) = SpecFile.read(path), let agenda = AgendaReader.read(source).agenda else {
            Issue.record("example agenda did not read")
            return
        }
        let first = try planner.plan(agenda)
        let second = try planner.plan(agenda)
        #expect(first == second)
        #expect(first.digest == second.digest)
        let other = try planner.plan(agenda, seed: 43)
        #expect(
            other.steps.first { $0.stepID == "table-rounds" }?.groups
                != first.steps.first { $0.stepID == "table-rounds" }?.groups)
    }

    @Test func cafeHostsStayAndEveryoneElseMoves() throws {
        let path = packageRoot.appendingPathComponent("Examples/agendas/professionals-dialogue-session.json").path
        guard case .success(let source) = SpecFile.read(path), let agenda = AgendaReader.read(source).agenda else {
            return
        }
        let plan = try planner.plan(agenda)
        let cafe = try #require(plan.steps.first { $0.stepID == "table-rounds" })
        #expect(cafe.groups.count == 3 && cafe.groups[0].count == 4)
        let hosts = try #require(cafe.roles["table-host"])
        #expect(hosts.count == 4)
        for round in cafe.groups {
            for (table, host) in hosts.enumerated() { #expect(round[table].contains(host)) }
        }
        #expect(cafe.groupQuality?.tableRevisits == 0)
        #expect(cafe.turns.first?.circles.first?.topic == "What do families tell us they miss when we work together?")
        #expect(!cafe.groups.flatMap { $0.flatMap { $0 } }.contains("Wendy Kok"), "facilitators do not sit at tables")
        // Triads keep their roles across the triad steps; subgroups have rapporteurs.
        let concerns = try #require(plan.steps.first { $0.stepID == "voice-concerns" })
        #expect(concerns.turns.first?.circles.allSatisfy { $0.rapporteur != nil } == true)
    }

    @Test func examplesPlanInEveryFormat() throws {
        for name in ["family-network-meeting", "professionals-dialogue-session", "een-gezin-een-plan-session"] {
            let path = packageRoot.appendingPathComponent("Examples/agendas/\(name).json").path
            guard case .success(let source) = SpecFile.read(path), let agenda = AgendaReader.read(source).agenda else {
                Issue.record("\(name) did not read")
                continue
            }
            var examples = library
            for folder in agenda.methodFolders { examples.loadFolder(folder) }
            let plan = try Toolkit.standard.planner(examples).plan(agenda)
            let renderer = PlanRenderer(plan: plan)
            #expect(renderer.text().contains(plan.title))
            #expect(renderer.markdown().hasPrefix("# "))
            let html = renderer.html()
            #expect(html.hasPrefix("<!DOCTYPE html>") && !html.contains("http://") && !html.contains("src="))
            #expect(plan.end > plan.start)
        }
    }
}
