import Foundation

/// The cumulative harvest of a series as people and other tools read it: one page (Markdown
/// or printable HTML) by stage and meeting with the themes and the agreement ledger, JSON (the
/// whole ``SeriesHarvest``), CSV (every record and agreement, one row each) and iCalendar (the
/// meetings, the follow-ups and open agreements' due dates).
public struct SeriesReport: Sendable {
    /// The formats of `dialogue series report`.
    public static let formats = ["md", "html", "json", "csv", "ics"]

    /// The harvest reported.
    public let harvest: SeriesHarvest

    /// A report of `harvest`.
    public init(_ harvest: SeriesHarvest) {
        self.harvest = harvest
    }

    /// The report in `format` (one of ``formats``), CSV with `delimiter` (by default `;` in
    /// Dutch and `,` otherwise).
    public func text(_ format: String, delimiter: Character? = nil) throws -> String {
        switch format {
        case "md": return markdown()
        case "html": return html()
        case "json": return try json()
        case "csv": return csv(delimiter: delimiter ?? (harvest.language == "nl" ? ";" : ","))
        case "ics": return try calendar()
        default: throw ExportError("unknown format '\(format)': use \(Self.formats.joined(separator: ", "))")
        }
    }

    // MARK: - The page

    /// One part of the page, written as Markdown or HTML.
    enum Block {
        case heading(Int, String)
        case paragraph(String)
        case list([String])
        case table([String], [[String]])
    }

    func say(_ key: String, _ values: String...) -> String { Phrasebook.say(key, in: harvest.language, values) }
    func t(_ english: String) -> String { Phrasebook.text(english, in: harvest.language) }

    /// The page's parts in order: stages with their meetings, themes, the ledger, follow-ups.
    var blocks: [Block] {
        var blocks: [Block] = [.heading(1, say("series.heading", harvest.title))]
        if harvest.audience == .facilitator {
            blocks.append(.paragraph(t("Facilitator's copy: it holds private records. Do not share it.")))
        }
        if let purpose = harvest.purpose { blocks.append(.paragraph(purpose)) }
        let held = harvest.meetings.filter { $0.status == .held }.count
        blocks.append(.paragraph(say("series.progress", String(held), String(harvest.meetings.count))))
        for (index, stage) in harvest.stages.enumerated() {
            blocks.append(.heading(2, say("series.stage", String(index + 1), stage.name)))
            if let question = stage.question { blocks.append(.paragraph("“\(question)”")) }
            for meeting in harvest.meetings(ofStage: stage) { blocks += self.blocks(of: meeting) }
        }
        if !harvest.themes.isEmpty {
            blocks.append(.heading(2, say("series.themes")))
            var lines: [String] = []
            for theme in harvest.themes {
                let meetings = theme.meetings.compactMap { id in harvest.meetings.first { $0.id == id } }
                let records = meetings.reduce(0) { $0 + $1.records.filter { $0.type != .score }.count }
                lines.append(
                    "\(theme.name): " + meetings.map(\.title).joined(separator: "; ") + " ("
                        + say("series.records-count", String(records)) + ")")
            }
            blocks.append(.list(lines))
        }
        blocks.append(.heading(2, say("series.ledger")))
        if harvest.agreements.isEmpty {
            blocks.append(.paragraph(say("series.no-agreements")))
        } else {
            let header = [
                t("Who"), t("What"), t("With whom"), t("By when"), t("Status"), say("series.made-in"), t("History"),
            ]
            blocks.append(.table(header, harvest.agreements.map(agreementRow)))
        }
        let followUps = harvest.meetings.compactMap { meeting in meeting.followUp.map { (meeting, $0) } }
        if !followUps.isEmpty {
            blocks.append(.heading(2, say("series.follow-ups")))
            blocks.append(
                .list(
                    followUps.map { meeting, followUp in
                        "\(followUp.date)\(followUp.time.map { " \($0)" } ?? ""): "
                            + say("series.follow-up", meeting.title)
                            + (followUp.note.isEmpty ? "" : " — \(followUp.note)")
                    }))
        }
        return blocks
    }

    /// A meeting's heading, facts, inputs, records by step and scores.
    func blocks(of meeting: SeriesHarvest.Meeting) -> [Block] {
        var title = meeting.title
        if let theme = meeting.theme { title += " — " + say("series.theme", theme) }
        var blocks: [Block] = [.heading(3, title)]
        var facts: [String] = []
        let clock = MeetingClock(timeZone: meeting.timeZone)
        if let start = meeting.start {
            facts.append("\(clock.day(start)) \(clock.time(start))" + (meeting.end.map { "–\(clock.time($0))" } ?? ""))
        }
        if !meeting.location.isEmpty { facts.append(meeting.location) }
        facts.append(say("series.status.\(meeting.status.rawValue)"))
        if meeting.agreementsMade + meeting.agreementsReviewed > 0 {
            facts.append(
                say("series.agreements-count", String(meeting.agreementsMade), String(meeting.agreementsReviewed)))
        }
        blocks.append(.paragraph(facts.joined(separator: " · ")))
        if !meeting.inputs.isEmpty {
            blocks.append(.paragraph(say("series.takes") + ":"))
            blocks.append(.list(meeting.inputs.map(inputLine)))
        }
        let steps = meeting.records.reduce(into: [String]()) { names, record in
            if names.last != record.step, !names.contains(record.step) { names.append(record.step) }
        }
        if steps.isEmpty, meeting.status != .planned { blocks.append(.paragraph(say("series.no-records"))) }
        for step in steps {
            let lines = meeting.records.filter { $0.step == step && $0.type != .score }.map(recordLine)
            let scores = meeting.scores.first { $0.step == step }?.scores ?? []
            guard !lines.isEmpty || !scores.isEmpty else { continue }
            blocks.append(.heading(4, step))
            if !lines.isEmpty { blocks.append(.list(lines)) }
            if !scores.isEmpty {
                let rows = scores.map { score in
                    [String(score.rank), score.item, String(score.count)]
                        + [score.mean, score.median, score.spread].map {
                            NumberText.format($0, decimals: 2, in: harvest.language)
                        }
                }
                blocks.append(.table(["#", t("score.item"), "n", t("Mean"), t("Median"), t("Spread")], rows))
            }
        }
        return blocks
    }

    func inputLine(_ input: SeriesHarvest.Input) -> String {
        let what = say("series.take.\(input.take)") + (input.capture.map { " (\($0))" } ?? "")
        let from = input.from.map { id in harvest.meetings.first { $0.id == id }?.title ?? id }
        var line = say("series.input", what, from.joined(separator: "; "), String(input.item))
        if let parameter = input.parameter { line += " ‘\(parameter)’" }
        line += " — " + (input.count.map { say("series.input.count", String($0)) } ?? say("series.input.waiting"))
        return line
    }

    func recordLine(_ record: SeriesHarvest.Record) -> String {
        var line = ""
        if let person = record.person { line += "\(person): " }
        if let group = record.group { line += "[\(group)] " }
        if let question = record.question { line += "“\(question)” — " }
        line += record.text
        if record.type != .note { line += " (\(t("kind." + record.type.rawValue)))" }
        return line
    }

    func agreementRow(_ agreement: Agreement) -> [String] {
        [
            NameList.joined(agreement.who), agreement.what, NameList.joined(agreement.withWhom),
            agreement.byWhen ?? "", t("agreement." + agreement.status.rawValue), agreement.madeIn,
            agreement.history.map { "\($0.date) \($0.meeting): \(t("agreement." + $0.status.rawValue)) \($0.note)" }
                .joined(separator: " | "),
        ]
    }

    /// The report as Markdown.
    public func markdown() -> String {
        var out = ""
        for block in blocks {
            switch block {
            case .heading(let level, let text):
                out += String(repeating: "#", count: level) + " " + Markdown.escape(text) + "\n\n"
            case .paragraph(let text): out += Markdown.escape(text) + "\n\n"
            case .list(let lines): out += lines.map { "- " + Markdown.escape($0) }.joined(separator: "\n") + "\n\n"
            case .table(let header, let rows):
                out += "| " + header.map(Markdown.escape).joined(separator: " | ") + " |\n"
                out += "|" + String(repeating: "---|", count: header.count) + "\n"
                for row in rows { out += "| " + row.map(Markdown.escape).joined(separator: " | ") + " |\n" }
                out += "\n"
            }
        }
        return out
    }

    /// The report as one self-contained printable HTML page.
    public func html() -> String {
        var body = ""
        for block in blocks {
            switch block {
            case .heading(let level, let text): body += "<h\(level)>\(HTML.escape(text))</h\(level)>\n"
            case .paragraph(let text): body += "<p>\(HTML.escape(text))</p>\n"
            case .list(let lines): body += "<ul>" + lines.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul>\n"
            case .table(let header, let rows):
                body += "<div class=\"table\"><table class=\"stack\"><tr>"
                body += header.map { "<th>\(HTML.escape($0))</th>" }.joined() + "</tr>\n"
                for row in rows {
                    body += "<tr>"
                    for (column, cell) in row.enumerated() {
                        let label = column < header.count ? header[column] : ""
                        body += "<td data-label=\"\(HTML.escape(label))\">\(HTML.escape(cell))</td>"
                    }
                    body += "</tr>\n"
                }
                body += "</table></div>\n"
            }
        }
        return HTMLPage.opening(title: harvest.title, language: harvest.language) + body + HTMLPage.closing
    }

    // MARK: - Data

    /// The whole series harvest as JSON, keys sorted, instants in ISO 8601.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(harvest), as: UTF8.self) + "\n"
    }

    /// Every record and every agreement of the series, one row each, with its stage and meeting.
    public func csv(delimiter: Character) -> String {
        var out = CSVWriter.line(
            [
                t("Stage"), say("series.meeting"), t("Date"), t("Step"), t("Type"), t("Who"), t("Group"),
                t("Question"), t("What"), t("Value"), t("score.item"), t("With whom"), t("By when"), t("Status"),
                t("History"),
            ], delimiter: delimiter)
        for meeting in harvest.meetings {
            let stage = harvest.stages.first { $0.id == meeting.stage }?.name ?? meeting.stage
            let day = meeting.start.map { MeetingClock(timeZone: meeting.timeZone).day($0) } ?? ""
            for record in meeting.records {
                let value = record.value.map { NumberText.format($0, decimals: 2, in: harvest.language) } ?? ""
                out += CSVWriter.line(
                    [
                        stage, meeting.title, day, record.step, t("kind." + record.type.rawValue), record.person ?? "",
                        record.group ?? "", record.question ?? "", record.text, value, record.item ?? "", "", "", "",
                        "",
                    ], delimiter: delimiter)
            }
        }
        for agreement in harvest.agreements {
            let row = agreementRow(agreement)
            let meeting = harvest.meetings.first { $0.title == agreement.madeIn }
            let stage = meeting.flatMap { meeting in harvest.stages.first { $0.id == meeting.stage }?.name } ?? ""
            let day = meeting?.start.map { MeetingClock(timeZone: meeting?.timeZone ?? "UTC").day($0) } ?? ""
            out += CSVWriter.line(
                [
                    stage, agreement.madeIn, day, "", t("kind.agreement"), row[0], "", "", row[1], "", "", row[2],
                    row[3], row[4], row[6],
                ], delimiter: delimiter)
        }
        return out
    }

    /// The meetings with their times, each follow-up agreed and every open agreement's due
    /// date, as an iCalendar file; a series with none of them is an ``ExportError``.
    public func calendar() throws -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//DialogueKit//DialogueKit \(DialogueKitVersion.current)//EN",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
        ]
        let seriesID = harvest.title
        let stamp = ICalendarExporter.utc(harvest.meetings.compactMap(\.start).max() ?? Date(timeIntervalSince1970: 0))
        var events = 0
        for meeting in harvest.meetings {
            if let start = meeting.start {
                lines += [
                    "BEGIN:VEVENT", "UID:\(ICalendarExporter.uid(seriesID + "-" + meeting.id))", "DTSTAMP:\(stamp)",
                    "DTSTART:\(ICalendarExporter.utc(start))",
                ]
                if let end = meeting.end, end > start { lines.append("DTEND:\(ICalendarExporter.utc(end))") }
                let stage = harvest.stages.first { $0.id == meeting.stage }?.name ?? meeting.stage
                lines.append("SUMMARY:\(ICalendarExporter.escape(meeting.title))")
                lines.append("DESCRIPTION:\(ICalendarExporter.escape(harvest.title + "\n" + stage))")
                if !meeting.location.isEmpty {
                    lines.append("LOCATION:\(ICalendarExporter.escape(meeting.location))")
                }
                lines.append("END:VEVENT")
                events += 1
            }
            if let followUp = meeting.followUp, SessionState.isISODate(followUp.date) {
                lines += [
                    "BEGIN:VEVENT", "UID:\(ICalendarExporter.uid(seriesID + "-" + meeting.id + "-follow-up"))",
                    "DTSTAMP:\(stamp)",
                ]
                if let time = followUp.time, let zone = TimeZone(identifier: meeting.timeZone),
                    let start = AgendaReader.instant(date: followUp.date, time: time, zone: zone)
                {
                    lines.append("DTSTART:\(ICalendarExporter.utc(start))")
                    lines.append(
                        "DTEND:\(ICalendarExporter.utc(start.addingTimeInterval(Double(followUp.minutes * 60))))")
                } else {
                    lines.append("DTSTART;VALUE=DATE:\(followUp.date.replacingOccurrences(of: "-", with: ""))")
                }
                lines.append("SUMMARY:\(ICalendarExporter.escape(say("series.follow-up", meeting.title)))")
                if !followUp.note.isEmpty { lines.append("DESCRIPTION:\(ICalendarExporter.escape(followUp.note))") }
                lines.append("END:VEVENT")
                events += 1
            }
        }
        for agreement in harvest.agreements where agreement.status.isOpen {
            guard let byWhen = agreement.byWhen, SessionState.isISODate(byWhen) else { continue }
            lines += [
                "BEGIN:VEVENT", "UID:\(ICalendarExporter.uid(seriesID + "-" + agreement.id))", "DTSTAMP:\(stamp)",
                "DTSTART;VALUE=DATE:\(byWhen.replacingOccurrences(of: "-", with: ""))",
                "SUMMARY:\(ICalendarExporter.escape(NameList.joined(agreement.who) + ": " + agreement.what))",
                "DESCRIPTION:\(ICalendarExporter.escape(agreement.madeIn))", "END:VEVENT",
            ]
            events += 1
        }
        guard events > 0 else { throw ExportError(say("series.nothing-for-calendar")) }
        lines.append("END:VCALENDAR")
        return lines.map(ICalendarExporter.fold).joined(separator: "\r\n") + "\r\n"
    }
}
