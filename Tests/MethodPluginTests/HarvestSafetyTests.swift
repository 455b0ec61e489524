import DialogueKit
import Foundation
import Testing

/// Private records, pseudonyms and exports that hostile text cannot break.
@Suite struct HarvestSafetyTests {
    /// The Dutch Good Future harvest with a private worry record added, as Taking up concerns makes.
    func harvestWithAPrivateRecord() throws -> Harvest {
        var harvest = try HarvestTests().endedHarvest()
        harvest.steps[0].records.append(
            HarvestRecord(
                id: 99, type: .worryLevel, capture: "worry", person: "Karin", group: nil,
                text: "Grijze zone: ik maak me zorgen om de thuissituatie", value: 3, item: nil,
                visibility: .private, at: harvest.session.plannedStart, edited: false))
        return harvest
    }

    func text(_ exporter: some HarvestExporter, _ harvest: Harvest) throws -> String {
        String(decoding: try exporter.export(harvest), as: UTF8.self)
    }

    @Test func privateRecordsNeverReachASharedExport() throws {
        let full = try harvestWithAPrivateRecord()
        let shared = HarvestBuilder.shared(full)
        #expect(shared.audience == .everyone)
        #expect(shared.steps.allSatisfy { $0.records.allSatisfy { $0.visibility == .shared } })
        for exporter in HarvestExporters().exporters {
            let output = try text(exporter, shared)
            #expect(!output.contains("thuissituatie"), "\(exporter.format)")
            #expect(!output.contains("Exemplaar van de facilitator"), "\(exporter.format)")
        }
        // The facilitator's copy holds it and says so before every section and on every printed page.
        var copy = full
        copy.audience = .facilitator
        let markdown = try text(MarkdownHarvestExporter(), copy)
        #expect(markdown.contains("thuissituatie"))
        let lines = markdown.components(separatedBy: "\n")
        for (index, line) in lines.enumerated() where line.hasPrefix("## ") {
            #expect(index >= 2 && lines[index - 2].contains("Exemplaar van de facilitator"), "\(line)")
        }
        let html = try text(HTMLHarvestExporter(), copy)
        #expect(html.contains(#"<div class="private-banner">"#) && html.contains("position: fixed"))
        #expect(try text(JSONHarvestExporter(), copy).contains(#""audience" : "facilitator""#))
    }

    @Test func anonymizeUsesOneMapOnWholeWordsEverywhere() throws {
        var harvest = try HarvestTests().endedHarvest()
        harvest.session.title = "Netwerkberaad rond Sem de Vries"
        harvest.session.location = "Buurthuis De Kas, Utrecht"
        harvest.participants = [
            HarvestPerson(name: "Sem de Vries", roles: ["family"], organisation: "Gezin De Vries"),
            HarvestPerson(name: "Anna Bakker", roles: ["family"], organisation: "Gezin De Vries"),
            HarvestPerson(name: "Anna Smit", roles: ["professional"], organisation: "Buurtteam Oost"),
            HarvestPerson(name: "José Ruiz", roles: ["professional"], organisation: "Gemeente"),
        ]
        let noted = try #require(harvest.steps.firstIndex { !$0.records.isEmpty })
        harvest.steps[noted].records[0].person = "Sem de Vries"
        harvest.steps[noted].records[0].text =
            "sem zegt dat Semra helpt; SEM DE VRIES belt. Anna komt. Bakker belt, Jose komt en mevrouw Jansen ook"
        harvest.agreements[0].who = ["José Ruiz"]
        harvest.agreements[0].withWhom = ["Anna Smit"]
        harvest.agreements[0].what = "Belt Sem-de-Vries en het Buurtteam Oost"
        let (anonymous, doubts) = HarvestBuilder.anonymized(harvest)
        let record = anonymous.steps[noted].records[0]
        #expect(record.person == "Family 1")
        #expect(
            record.text
                == "Family 1 zegt dat Semra helpt; Family 1 belt. Family 2/Professional 1 komt. Family 2 belt, Professional 2 komt en mevrouw Jansen ook"
        )
        #expect(anonymous.agreements[0].what == "Belt Family 1 en het Organisatie 2")
        #expect(anonymous.session.title == "Geanonimiseerde bijeenkomst" && anonymous.session.location.isEmpty)
        #expect(doubts.contains { $0.contains("'anna' names 2 participants") }, "\(doubts)")
        #expect(doubts.contains { $0.contains("Semra") && $0.contains("Jansen") }, "\(doubts)")
        for exporter in HarvestExporters().exporters where exporter.format != "ics" {
            let output = try text(exporter, anonymous)
            for word in ["Vries", "Bakker", "Smit", "Ruiz", "José", "Gezin", "Buurthuis", "Utrecht", "Netwerkberaad"] {
                #expect(!output.contains(word), "\(word) in \(exporter.format)")
            }
        }
    }

    @Test func calendarTextCannotStartALine() throws {
        var harvest = try HarvestTests().endedHarvest()
        harvest.session.title = "Meeting\r\nBEGIN:VEVENT\r\nSUMMARY:injected\u{7}"
        harvest.agreements[0].what =
            "Call\r\nEND:VEVENT\nBEGIN:VEVENT\rX" + "e" + String(repeating: "\u{301}", count: 40)
        let output = try text(ICalendarExporter(), harvest)
        let lines = output.components(separatedBy: "\r\n")
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 2, "\(lines)")
        #expect(!output.contains("\u{7}") && !output.contains("\r\nSUMMARY:injected"))
        #expect(lines.allSatisfy { $0.utf8.count <= 75 }, "\(lines.map(\.utf8.count))")
        let unfolded = output.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("Call\\nEND:VEVENT\\nBEGIN:VEVENT\\nX"))
        // UIDs are unique per session and agreement.
        var other = harvest
        other.session.id = "s2"
        let uids = Set(
            [output, try text(ICalendarExporter(), other)].flatMap {
                $0.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
            })
        #expect(uids.count == 4)
    }

    @Test func calendarRefusesWhatIsNoDayAndAnEmptyCalendar() throws {
        var harvest = try HarvestTests().endedHarvest()
        harvest.agreements[0].byWhen = "2026-02-30"
        #expect(throws: ExportError.self) { try ICalendarExporter().export(harvest) }
        harvest.agreements = []
        harvest.followUp = nil
        #expect(throws: ExportError.self) { try ICalendarExporter().export(harvest) }
        var driver = Driver(try makePlan(goodFutureAgenda()))
        try driver.apply(.start)
        #expect(
            driver.refuses(.followUp(date: "2026-02-30", time: nil, note: ""))?.message == "'2026-02-30' is not a date")
    }

    @Test func markdownHTMLAndCSVNeutraliseWhatIsTyped() throws {
        var harvest = try HarvestTests().endedHarvest()
        harvest.session.title = "Title\r\n## Injected heading"
        harvest.agreements[0].what = "line one\r\n| cell | injected |\u{1B}[2J"
        harvest.agreements[0].who = ["\tcmd", "=SUM(A1)"]
        let markdown = try text(MarkdownHarvestExporter(), harvest)
        #expect(!markdown.components(separatedBy: "\n").contains { $0.hasPrefix("## Injected") })
        #expect(markdown.contains("line one \\| cell \\| injected \\|") && !markdown.contains("\u{1B}"))
        let html = try text(HTMLHarvestExporter(), harvest)
        #expect(!html.contains("\u{1B}") && !html.contains("\r"))
        let csv = try text(CSVAgreementsExporter(), harvest)
        #expect(csv.contains("' cmd") && !csv.contains("\tcmd") && !csv.contains(";=SUM") && !csv.contains("\u{1B}"))
    }
}
