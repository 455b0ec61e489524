import DialogueKit
import Fishbowl
import Foundation
import Testing

@Suite struct FishbowlTests {
    let library = MethodLibrary(plugins: [FishbowlPlugin()])

    func plan() throws -> SessionPlan {
        let people = (1...8).map { #"{"name": "P\#($0)"}"# }.joined(separator: ",")
        let text =
            #"{"schemaVersion": 1, "title": "Fishbowl", "date": "2026-12-03", "start": "10:00", "participants": [\#(people)], "items": [{"type": "method", "method": "fishbowl", "parameters": {"question": "What keeps us apart?"}}]}"#
        let (agenda, diagnostics) = AgendaReader.read(SourceText(file: "agenda.json", bytes: Array(text.utf8)))
        guard let agenda else { throw PlanRefusal(problems: [.init(item: nil, message: "\(diagnostics)", hint: nil)]) }
        return try Toolkit.standard.planner(library).plan(agenda)
    }

    @Test func theJSONMethodLoadsWithTheNewBehaviour() {
        #expect(library.diagnostics.isEmpty, "\(library.diagnostics)")
        #expect(library.method("fishbowl") != nil)
    }

    @Test func theBehaviourRotatesTheInnerCircle() throws {
        let step = try #require(try plan().steps.first { $0.kind == "fishbowl" })
        #expect(step.turns.count == 3)
        #expect(
            step.turns.map { $0.circles[0].speakers } == [
                ["P1", "P2", "P3", "P4"], ["P5", "P6", "P7", "P8"], ["P1", "P2", "P3", "P4"],
            ])
        #expect(step.turns[0].circles[0].listeners == ["P5", "P6", "P7", "P8"])
        #expect(step.prompts.first?.text == "What keeps us apart?")
        #expect(step.seconds == 3 * 8 * 60, "minutes per speaker count the rounds")
    }

    @Test func aStepWithoutSeatsIsRefusedWithAPreciseDiagnostic() {
        let broken = FishbowlPlugin().specs[0].json.replacingOccurrences(
            of: #""grouping": {"type": "plenary", "size": {"min": 3, "max": 4}},"#, with: "")
        let diagnostics = library.loader.load(SourceText(file: "fishbowl.json", bytes: Array(broken.utf8))).diagnostics
        #expect(diagnostics.contains { $0.code == "fishbowl-seats" && $0.path == "phases[0].steps[0].grouping" })
    }

    @Test func theExporterWritesMinutes() throws {
        let plan = try plan()
        var state = SessionState()
        let start = plan.start
        var sequence = 0
        func apply(_ event: SessionEvent) throws {
            state = try state.applying(
                JournalEntry(seq: sequence, at: start.addingTimeInterval(Double(sequence) * 60), event: event),
                plan: plan)
            sequence += 1
        }
        try apply(.start)
        try apply(.note(text: "We fear losing clients", person: "P1"))
        try apply(.skip)
        try apply(.agreement(who: ["P2"], what: "Invite the other team", withWhom: ["P3"], byWhen: "2027-01-10"))
        try apply(.end)
        let harvest = HarvestBuilder.harvest(plan: plan, state: state, sessionID: "x")
        var toolkit = Toolkit.standard
        toolkit.add(FishbowlExtension())
        let text = String(decoding: try #require(toolkit.exporters.exporter("minutes")).export(harvest), as: UTF8.self)
        #expect(text.contains("- P2: Invite the other team (with P3) by 2027-01-10"))
        #expect(text.contains("- P1: We fear losing clients"))
    }
}
