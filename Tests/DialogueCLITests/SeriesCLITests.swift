import Foundation
import Testing

/// The Pudasjärvi example series, run as a facilitator runs it: four meetings from their
/// scripts, each planned with what the earlier ones recorded, then the cumulative report.
@Suite struct SeriesCLITests {
    /// The example series copied into a fresh folder, without any session.
    func exampleSeries() throws -> URL {
        let folder = try temporaryFolder().appendingPathComponent("pudasjarvi")
        try FileManager.default.copyItem(
            at: packageRoot.appendingPathComponent("Examples/series/pudasjarvi"), to: folder)
        try? FileManager.default.removeItem(at: folder.appendingPathComponent("sessions"))
        return folder
    }

    let meetings = [
        ("inventory", "1-inventory", "2027-01-12T15:30:00Z"),
        ("what-matters", "2-what-matters", "2027-02-02T15:30:00Z"),
        ("common-theme", "3-common-theme", "2027-02-23T15:30:00Z"), ("final", "4-final", "2027-03-23T16:00:00Z"),
    ]

    func runMeeting(_ index: Int, in folder: URL) throws -> Run {
        let (id, script, start) = meetings[index]
        let commands = try String(
            contentsOf: folder.appendingPathComponent("scripts/\(script).commands"), encoding: .utf8)
        return try dialogue(
            ["series", "run", folder.appendingPathComponent("series.json").path, id], input: commands,
            environment: ["DIALOGUE_CLOCK": "sequence:\(start):120"])
    }

    @Test func fourMeetingsBuildOnEachOtherAndReportCumulatively() throws {
        let folder = try exampleSeries()
        let series = folder.appendingPathComponent("series.json").path

        // A meeting that draws on one not yet held is refused at its input's place.
        let early = try runMeeting(1, in: folder)
        #expect(early.code != 0)
        #expect(early.error.contains("series.json:"), "\(early.error)")
        #expect(early.error.contains("meeting 'inventory' has no session yet"), "\(early.error)")

        for index in meetings.indices {
            let run = try runMeeting(index, in: folder)
            #expect(run.code == 0, "\(meetings[index].0): \(run.error)")
        }
        let status = try dialogue(["series", "status", series])
        #expect(status.output.contains("4 of 4 meetings held"), "\(status.output)")
        #expect(status.output.contains("1 open agreements"), "\(status.output)")

        let report = try dialogue(["series", "report", series, "--format", "json"])
        #expect(report.code == 0, "\(report.error)")
        let object = try JSONSerialization.jsonObject(with: Data(report.output.utf8)) as? [String: Any]
        let byID = Dictionary(
            uniqueKeysWithValues: (object?["meetings"] as? [[String: Any]] ?? []).map {
                ($0["id"] as? String ?? "", $0)
            })
        #expect(byID.values.allSatisfy { $0["status"] as? String == "held" })
        func carried(_ id: String) -> [Int] {
            (byID[id]?["inputs"] as? [[String: Any]] ?? []).map { $0["count"] as? Int ?? -1 }
        }
        // Four ideas of the room's harvest (one said twice is carried once), the best-graded
        // point, and then that point and the two open agreements.
        #expect(carried("what-matters") == [4])
        #expect(carried("common-theme") == [1])
        #expect(carried("final") == [1, 2])
        // The second meeting graded exactly the ideas the first one recorded.
        let scored = (byID["what-matters"]?["scores"] as? [[String: Any]])?.first?["scores"] as? [[String: Any]] ?? []
        #expect(scored.first?["item"] as? String == "Keep the village schools open with shared teachers")
        #expect(scored.count == 4)
        // The ledger: both agreements of the third meeting, as the final one left them.
        let ledger = object?["agreements"] as? [[String: Any]] ?? []
        #expect(ledger.map { $0["status"] as? String ?? "" } == ["done", "partly"])
        #expect(ledger.allSatisfy { ($0["history"] as? [Any])?.count == 1 })
        let stages = (object?["stages"] as? [[String: Any]] ?? []).map { $0["meetings"] as? [String] ?? [] }
        #expect(stages == [["inventory"], ["what-matters"], ["common-theme"], ["final"]])
        let themes = object?["themes"] as? [[String: Any]] ?? []
        #expect(themes.first?["meetings"] as? [String] == ["common-theme", "final"])

        // The page says it by stage and keeps the ledger; the calendar holds every meeting.
        let page = try dialogue(["series", "report", series, "--format", "md"])
        #expect(page.output.contains("## Stage 3: The chosen common theme"))
        #expect(page.output.contains("Do not close a school before the transport works"))
        #expect(page.output.contains("| Riikka Saarinen, Pekka Salminen | write out what shared teachers"))
        let calendar = try dialogue(["series", "report", series, "--format", "ics"])
        #expect(calendar.output.components(separatedBy: "BEGIN:VEVENT").count - 1 == 4 + 1)
        let output = folder.appendingPathComponent("series.html").path
        let html = try dialogue(["series", "report", series, "--format", "html", "-o", output])
        #expect(html.code == 0, "\(html.error)")
        let mode = try FileManager.default.attributesOfItem(atPath: output)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        // A meeting is held once: a second run is refused with the way to continue it.
        let again = try runMeeting(0, in: folder)
        #expect(again.code != 0)
        #expect(again.error.contains("dialogue resume"), "\(again.error)")
    }

    @Test func aSeriesFileIsCheckedAtEveryPlace() throws {
        let folder = try temporaryFolder()
        let text = """
            {"schemaVersion": 1, "title": "T",
             "stages": [{"id": "one", "name": "One"}],
             "meetings": [
               {"id": "first", "stage": "one", "agenda": "a.json"},
               {"id": "second", "stage": "onne", "agenda": "b.json",
                "inputs": [{"take": "idea", "from": ["frist"], "item": 0}]},
               {"id": "first", "stage": "one", "agenda": "c.json", "colour": "red"}
             ]}
            """
        let path = try write(text, "series.json", in: folder)
        let run = try dialogue(["series", "status", path])
        #expect(run.code != 0)
        for expected in [
            "series.json:5:30: error: no stage 'onne' in the series [meetings[1].stage]", "did you mean 'one'?",
            "[meetings[1].inputs[0].take]", "no earlier meeting 'frist'", "did you mean 'first'?",
            "item counts from 1", "a meeting 'first' is already in the series", "unknown key 'colour'",
        ] {
            #expect(run.error.contains(expected), "missing \(expected) in \(run.error)")
        }
    }

    /// The Forlì follow-up two months after the network meeting: its day comes from the
    /// earlier meeting, its time of day from its own agenda, in the plan and the calendar.
    @Test func aFollowUpIsHeldTwoMonthsAfterTheMeetingItFollows() throws {
        let folder = try temporaryFolder()
        let agendas = packageRoot.appendingPathComponent("Examples/agendas").path
        let text = """
            {"schemaVersion": 1, "title": "Network around Sem", "language": "nl",
             "stages": [{"id": "network", "name": "Netwerk"}],
             "meetings": [
               {"id": "meeting", "stage": "network", "agenda": "\(agendas)/family-network-meeting.json"},
               {"id": "follow-up", "stage": "network", "agenda": "\(agendas)/family-network-follow-up.json",
                "after": {"meeting": "meeting", "months": 2}}
             ]}
            """
        let path = try write(text, "series.json", in: folder)
        let status = try dialogue(["series", "status", path])
        #expect(status.code == 0, "\(status.error)")
        #expect(status.output.contains("2026-12-03 13:30"), "\(status.output)")
        #expect(status.output.contains("2027-02-03 14:00"), "\(status.output)")
        let plan = try dialogue(["series", "plan", path, "--meeting", "follow-up"])
        #expect(plan.output.contains("2027-02-03 14:00"), "\(plan.output)")
        let calendar = try dialogue(["series", "report", path, "--format", "ics"])
        #expect(calendar.output.contains("DTSTART:20270203T130000Z"), "\(calendar.output)")

        let wrong = text.replacingOccurrences(of: #""months": 2"#, with: #""months": 2, "weeks": 1"#)
        let refused = try dialogue(["series", "status", try write(wrong, "wrong.json", in: folder)])
        #expect(refused.code != 0)
        #expect(refused.error.contains("exactly one of days, weeks or months"), "\(refused.error)")
    }

    @Test func aNewSeriesReadsBackAndSpeaksDutch() throws {
        let folder = try temporaryFolder()
        let path = folder.appendingPathComponent("reeks.json").path
        let new = try dialogue([
            "series", "new", "--lang", "nl", "--meeting", "a.json", "--meeting", "b.json", "-o", path,
        ])
        #expect(new.code == 0, "\(new.error)")
        let status = try dialogue(["series", "status", path])
        #expect(status.code == 0, "\(status.error)")
        #expect(status.output.contains("0 van de 2 bijeenkomsten gehouden"), "\(status.output)")
        #expect(status.output.contains("gepland"))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("Welke ideeën kwamen uit de inventarisatie naar voren?"))
    }
}
