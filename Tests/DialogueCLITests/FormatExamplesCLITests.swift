import Foundation
import Testing

/// The formats designers write in JSON alone, run as the README runs them: the 1Gezin1Plan
/// worksheets (declared points reworded and added to before grading, points divided over the
/// groups, a sheet per point with challenge, solution and agreement) and the round-table
/// conversation (a round per theme brought in, each with its own time and records).
@Suite struct FormatExamplesCLITests {
    static func example(_ path: String) -> String { packageRoot.appendingPathComponent(path).path }

    static func script(_ name: String) throws -> String {
        try String(
            contentsOf: packageRoot.appendingPathComponent("Examples/sessions/\(name).commands"), encoding: .utf8)
    }

    func steps(_ harvest: [String: Any], id: String) -> [[String: Any]] {
        ((harvest["steps"] as? [[String: Any]]) ?? []).filter { $0["id"] as? String == id }
    }

    func records(_ step: [String: Any]?) -> [[String: Any]] { (step?["records"] as? [[String: Any]]) ?? [] }

    @Test func worksheetPointsAreRewordedGradedDividedAndWorkedOutPointByPoint() throws {
        let session = try temporaryFolder().appendingPathComponent("egp").path
        // Into worksheet 3 a challenge before any point is chosen is asked about; a plain line
        // after /on is a note about that point.
        let script = try Self.script("een-gezin-een-plan-session").replacingOccurrences(
            of: "/as Groep 1\n/on #1\n/challenge",
            with: "/as Groep 1\n/challenge Te vroeg\n/on #1\nNiemand voelt zich eigenaar van het plan.\n/challenge")
        let run = try dialogue(
            ["run", Self.example("Examples/agendas/een-gezin-een-plan-session.json"), "--session", session],
            input: script, environment: clockSetting)
        #expect(run.code == 0, "\(run.output)")
        #expect(run.output.contains("Over welk punt gaat dit? Typ eerst /over #N (#1 Eén regisseur per gezin;"))
        #expect(run.output.contains("“Eén plan samen met het gezin” luidt nu “Eén plan, samen met het gezin gemaakt”"))
        #expect(run.output.contains("Groep 1 werkt uit: Eén regisseur per gezin; Informatie delen tussen organisaties"))
        let harvest = try harvestJSON(session)

        // The worksheet's three points, then the post-its, one reworded and one added.
        let grading = steps(harvest, id: "4.grade-points").first
        let items = (grading?["items"] as? [[String: Any]]) ?? []
        #expect(
            items.map { $0["text"] as? String ?? "" } == [
                "Eén regisseur per gezin", "Eén plan, samen met het gezin gemaakt",
                "Informatie delen tussen organisaties",
                "Eén regisseur die het gezin zelf kiest", "Eén plan dat het gezin bewaart",
                "Informatie delen alleen met toestemming van het gezin", "Het gezin kiest zelf wie meepraat",
            ])
        #expect(items[1]["wordings"] as? [String] == ["Eén plan samen met het gezin"])
        #expect(items[6]["added"] as? Bool == true && items[0]["added"] == nil)
        // The grades went to the new wording: 4 + 2 + 5 + 5 over four graders.
        let scores = (grading?["scores"] as? [[String: Any]]) ?? []
        let reworded = scores.first { $0["item"] as? String == "Eén plan, samen met het gezin gemaakt" }
        #expect(reworded?["count"] as? Int == 4 && reworded?["mean"] as? Double == 4)
        #expect(!scores.contains { $0["item"] as? String == "Eén plan samen met het gezin" })

        // Worksheet 3: the points divided at the start, each group's sheet per point.
        let sheets = steps(harvest, id: "4.make-agreements").first
        let divided = ((sheets?["items"] as? [[String: Any]]) ?? []).compactMap { item in
            (item["group"] as? String).map { "\(item["text"] as? String ?? "") → \($0)" }
        }
        #expect(
            divided == [
                "Eén regisseur per gezin → Groep 1", "Eén plan, samen met het gezin gemaakt → Groep 2",
                "Informatie delen tussen organisaties → Groep 1",
            ])
        // A plain line in the worksheet step is a note about the point, not a challenge.
        let plain = records(sheets).first { $0["text"] as? String == "Niemand voelt zich eigenaar van het plan." }
        #expect(plain?["label"] == nil && plain?["item"] as? String == "Eén regisseur per gezin")
        let sheet = records(sheets).filter {
            $0["item"] as? String == "Eén regisseur per gezin" && $0["text"] as? String != plain?["text"] as? String
        }
        #expect(
            sheet.map { $0["label"] as? String ?? $0["type"] as? String ?? "" } == [
                "Uitdaging", "Oplossing", "agreement",
            ])
        #expect(sheet.allSatisfy { $0["group"] as? String == "Groep 1" })
        let agreements = (harvest["agreements"] as? [[String: Any]]) ?? []
        #expect(
            agreements.map { $0["point"] as? String ?? "-" } == [
                "Eén regisseur per gezin", "Eén plan, samen met het gezin gemaakt",
            ])

        // The report shows the list and a sheet per point, in Dutch.
        let report = try dialogue(["report", session, "--format", "md", "--private"])
        for line in [
            "2. Eén plan, samen met het gezin gemaakt (oorspronkelijk “Eén plan samen met het gezin”)",
            "7. Het gezin kiest zelf wie meepraat (toegevoegd tijdens de bijeenkomst)",
            "**Punt: Eén regisseur per gezin (Groep 1)**",
            "- \\[Groep 1\\] Uitdaging: Elke organisatie wil zelf de regie houden.",
            "| Wie | Wat | Met wie | Wanneer | Status | Punt |",
        ] {
            #expect(report.output.contains(line), "\(line)")
        }
    }

    @Test func aPointWithGradesKeepsItsWordsAndTypedPointsAreChecked() throws {
        let session = try temporaryFolder().appendingPathComponent("egp").path
        let lines = try Self.script("een-gezin-een-plan-session").split(separator: "\n").map(String.init)
        // Into the grading step, one grade, then what may and may not be done to the list.
        let upToGrading = Array(lines.prefix { $0 != "/reword #2 Eén plan, samen met het gezin gemaakt" })
        let script =
            upToGrading + [
                "/as Wim Vos", "/score 7 #1", "/reword #1 Een regisseur", "/reword #9 Iets", "/reword Zonder nummer",
                "/item Eén regisseur per gezin", "/divide #1 Groep 1", "/on #8", "/challenge Niet hier", "/undo",
                "/quit",
            ]
        let run = try dialogue(
            ["run", Self.example("Examples/agendas/een-gezin-een-plan-session.json"), "--session", session],
            input: script.joined(separator: "\n") + "\n", environment: clockSetting)
        #expect(run.output.contains("'Eén regisseur per gezin' heeft al 1 cijfer(s)"), "\(run.output)")
        #expect(run.output.contains("Er is geen punt #9; punten zijn #1 tot #6."))
        #expect(run.output.contains("/herformuleer #2 …"))
        #expect(run.output.contains("'Eén regisseur per gezin' staat al op de lijst"))
        #expect(run.output.contains("in deze stap worden de punten niet over groepen verdeeld"))
        #expect(run.output.contains("Er is geen punt #8"))
        #expect(run.output.contains("Onbekende opdracht '/challenge'"))
        let journal = try String(contentsOfFile: session + "/journal.jsonl", encoding: .utf8)
        #expect(!journal.contains("\"item\":{") && !journal.contains("\"divide\""))
        // /undo takes back this step's last record (Wim's grade), never one of an earlier step.
        let withdrawn = journal.split(separator: "\n").filter { $0.contains("\"withdraw\"") }
        #expect(withdrawn.count == 1)
        let graded = try #require(run.output.components(separatedBy: "\n").last { $0.contains("cijfer voor Wim Vos") })
        let number = graded.drop { $0 != "#" }.dropFirst().prefix { $0.isNumber }
        #expect(withdrawn.first?.contains("\"record\":\(number)") == true, "\(withdrawn) \(graded)")
    }

    @Test func eachThemeBroughtInIsARoundWithItsOwnTimeAndRecords() throws {
        let agenda = Self.example("Examples/agendas/round-table-conversation.json")
        let plan = try dialogue(["plan", agenda])
        #expect(plan.code == 0)
        #expect(plan.output.contains("15:13  Eén thema aan tafel — plenair, 3 rondes × 13 min"), "\(plan.output)")
        #expect(plan.output.contains("15:52  Wat we meenemen"))
        #expect(plan.output.contains("(hoogstens 5 keer), voor elk thema uit “Ingebrachte thema's”"))

        let session = try temporaryFolder().appendingPathComponent("rt").path
        let script = try Self.script("round-table-conversation")
        let run = try dialogue(["run", agenda, "--session", session], input: script, environment: clockSetting)
        #expect(run.code == 0, "\(run.output)")
        #expect(run.output.contains("Ronde 2 begint, thema: Samen eten met de bewoners"))
        let harvest = try harvestJSON(session)
        let rounds = steps(harvest, id: "1.theme-round")
        #expect(rounds.map { $0["round"] as? Int ?? 0 } == [1, 2, 3])
        #expect(
            rounds.map { $0["theme"] as? String ?? "" } == [
                "Bezoektijden in het weekend", "Samen eten met de bewoners", "Wie belt de familie als er iets is?",
            ])
        // Each round's own records and time: 3, 2 and 4 records, 45 s a line on the test clock.
        #expect(rounds.map { records($0).count } == [3, 2, 4])
        #expect(rounds.map { $0["actualSeconds"] as? Int ?? 0 } == [180, 135, 225])
        #expect(
            records(rounds[2]).first?["text"] as? String == "Fenna: de dienst belt nu wie toevallig op de lijst staat.")
        #expect(rounds.allSatisfy { $0["plannedSeconds"] as? Int == 780 })

        // Themes run out; a chosen theme goes first; a theme is named only when going round again.
        let choose = try temporaryFolder().appendingPathComponent("rt2").path
        var lines = script.split(separator: "\n").map(String.init)
        lines =
            Array(lines.prefix { $0 != "/again" }) + [
                "/again #3", "/again Bezoek", "/again", "/again", "/next", "/end",
            ]
        let chosen = try dialogue(
            ["run", agenda, "--session", choose], input: lines.joined(separator: "\n") + "\n",
            environment: clockSetting)
        #expect(
            chosen.output.contains("Ronde 2 begint, thema: Wie belt de familie als er iets is?"), "\(chosen.output)")
        #expect(chosen.output.contains("'Bezoektijden in het weekend' is al besproken"))
        #expect(chosen.output.contains("Ronde 3 begint, thema: Samen eten met de bewoners"))
        #expect(chosen.output.contains("alle 3 thema's zijn besproken"))
        let themes = steps(try harvestJSON(choose), id: "1.theme-round").map { $0["theme"] as? String ?? "" }
        #expect(
            themes == [
                "Bezoektijden in het weekend", "Wie belt de familie als er iets is?", "Samen eten met de bewoners",
            ])
    }
}

/// A method folder may hold the agenda that uses it: the agenda is no broken method.
@Suite struct MethodFolderTests {
    @Test func anAgendaBesideItsMethodIsNotReadAsAMethod() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let examples = packageRoot.appendingPathComponent("Examples")
        try FileManager.default.copyItem(
            at: examples.appendingPathComponent("methods/round-table.json"),
            to: folder.appendingPathComponent("round-table.json"))
        try FileManager.default.copyItem(
            at: examples.appendingPathComponent("participants/round-table.csv"),
            to: folder.appendingPathComponent("round-table.csv"))
        let agenda = try String(
            contentsOf: examples.appendingPathComponent("agendas/round-table-conversation.json"), encoding: .utf8
        )
        .replacingOccurrences(of: #""../methods""#, with: #"".""#)
        .replacingOccurrences(of: #""../participants/round-table.csv""#, with: #""round-table.csv""#)
        try agenda.write(to: folder.appendingPathComponent("agenda.json"), atomically: true, encoding: .utf8)
        let run = try dialogue(["plan", folder.appendingPathComponent("agenda.json").path])
        #expect(run.code == 0, "\(run.error)")
        #expect(!run.error.contains("error"), "\(run.error)")
        #expect(run.output.contains("Eén thema aan tafel"))
    }
}
