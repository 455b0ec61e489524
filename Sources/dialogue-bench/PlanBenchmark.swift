import DialogueKit
import Foundation

/// Plans an agenda for 300 participants in 10 organisations: subgroups with report-back,
/// then a café of 25 tables over 4 rounds with hosts who stay.
enum PlanBenchmark {
    static let method = """
        {
          "schemaVersion": 1, "id": "big-cafe", "version": "1.0.0", "name": "Big café", "summary": "A large café with subgroups.",
          "participants": {"min": 50, "max": 400},
          "roles": [{"id": "facilitator", "name": "Facilitator", "count": {"min": 1, "max": 4}, "attributes": ["facilitator"]},
                    {"id": "table-host", "name": "Table host", "count": {"min": 0}, "constraints": ["stays-at-table"]},
                    {"id": "participant", "name": "Participant", "count": {"min": 1}}],
          "parameters": [{"id": "questions", "type": "text-list", "label": "Questions", "required": true},
                         {"id": "rounds", "type": "integer", "label": "Rounds", "default": 4}],
          "phases": [{"id": "main", "name": "Main", "steps": [
            {"id": "subgroups", "name": "Subgroups", "kind": "subgroups", "duration": {"default": 20, "min": 15, "max": 30},
             "grouping": {"type": "subgroups", "size": {"min": 6, "max": 8}, "rapporteur": true, "mixBy": ["organisation"]}},
            {"id": "report", "name": "Report back", "kind": "report-back", "duration": {"default": 1, "min": 1, "max": 2, "per": "speaker"}},
            {"id": "cafe", "name": "Café", "kind": "table-rotation", "duration": {"default": 15, "min": 10, "max": 20, "per": "round"},
             "grouping": {"type": "tables", "size": {"min": 8, "max": 14}, "count": "{questions}", "mixBy": ["organisation"]},
             "rotation": {"rounds": "{rounds}", "stay": ["table-host"], "topics": "{questions}"}},
            {"id": "harvest", "name": "Harvest", "kind": "plenary", "duration": {"default": 20, "min": 10, "max": 30}}
          ]}]
        }
        """

    static func run() -> Int32 {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dialogue-bench-plan-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = FileManager.default.createFile(
            atPath: folder.appendingPathComponent("big-cafe.json").path, contents: Data(method.utf8))
        var library = Toolkit.standard.library()
        library.loadFolder(folder.path)
        guard library.method("big-cafe") != nil else {
            print("the benchmark method did not load: \(library.diagnostics)")
            return 1
        }
        var people: [String] = []
        for index in 0..<300 {
            people.append(#"{"name": "Person \#(index + 1)", "organisation": "Organisation \#(index % 10 + 1)"}"#)
        }
        people.append(#"{"name": "Facilitator", "tags": ["facilitator"]}"#)
        let questions = (1...25).map { "\"Question \($0)\"" }.joined(separator: ", ")
        let agendaText = """
            {"schemaVersion": 1, "title": "Big café", "date": "2026-12-10", "start": "09:00", "timeZone": "Europe/Amsterdam",
             "budgetMinutes": 240, "seed": 11, "participants": [\(people.joined(separator: ","))],
             "items": [{"type": "method", "method": "big-cafe", "parameters": {"questions": [\(questions)], "rounds": 4}}]}
            """
        let (agenda, diagnostics) = AgendaReader.read(
            SourceText(file: "bench-agenda.json", bytes: Array(agendaText.utf8)))
        guard let agenda else {
            print("the benchmark agenda did not read: \(diagnostics)")
            return 1
        }
        let planner = Planner(library: library)
        var times: [Double] = []
        var plan: SessionPlan? = nil
        for _ in 0..<5 {
            let start = Date()
            do {
                plan = try planner.plan(agenda)
            } catch {
                print("planning failed: \(error)")
                return 1
            }
            times.append(Date().timeIntervalSince(start))
        }
        guard let plan else { return 1 }
        for step in plan.steps where step.groupQuality != nil {
            let quality = step.groupQuality
            let mixing = quality?.mixing.first.map { "\($0.maxSameInGroup) (best \($0.bestPossible))" } ?? "-"
            print(
                "\(step.stepID): \(step.groups.first?.count ?? 0) groups × \(step.groups.count) rounds, repeats \(quality?.repeats ?? -1) (bound \(quality?.repeatsLowerBound ?? -1)), most per organisation \(mixing), \(quality?.method ?? "")"
            )
        }
        times.sort()
        print(
            String(
                format: "plan: 300 participants, median %.1f ms, best %.1f ms, worst %.1f ms over 5 runs",
                times[2] * 1000, times[0] * 1000, times[4] * 1000))
        return 0
    }
}
