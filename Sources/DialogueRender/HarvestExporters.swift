import Foundation

/// Turns a harvest into a file for people or other tools. Conform a type and register it
/// with `dialogue report` (through ``HarvestExporters/register(_:)``) to add a format.
public protocol HarvestExporter: Sendable {
    /// The name used with `--format`, e.g. `md`.
    var format: String { get }
    /// One sentence for help texts.
    var summary: String { get }
    /// The file extension of the output, without a dot.
    var fileExtension: String { get }
    /// The exported bytes.
    func export(_ harvest: Harvest) throws -> Data
}

/// The exporters `dialogue report` knows.
public struct HarvestExporters: Sendable {
    /// The exporters, one per format.
    public private(set) var exporters: [any HarvestExporter]

    /// The given exporters; by default the built-in ones.
    public init(
        _ exporters: [any HarvestExporter] = [
            JSONHarvestExporter(), MarkdownHarvestExporter(), HTMLHarvestExporter(),
            CSVAgreementsExporter(), ICalendarExporter(),
        ]
    ) {
        self.exporters = exporters
    }

    /// Adds `exporter`, replacing one with the same format.
    public mutating func register(_ exporter: any HarvestExporter) {
        exporters.removeAll { $0.format == exporter.format }
        exporters.append(exporter)
    }

    /// The exporter for `format`, if any.
    public func exporter(_ format: String) -> (any HarvestExporter)? { exporters.first { $0.format == format } }
    /// Every format name, in order.
    public var formats: [String] { exporters.map(\.format) }
}

/// The canonical JSON form.
public struct JSONHarvestExporter: HarvestExporter {
    /// The given exporters; by default the built-in ones.
    public init() {}
    /// The name used with `--format`.
    public let format = "json"
    /// One sentence for help texts and listings.
    public let summary = "The canonical JSON form of the harvest."
    /// The file extension of the output.
    public let fileExtension = "json"

    /// The harvest in this format.
    public func export(_ harvest: Harvest) throws -> Data {
        try HarvestFile.data(harvest)
    }
}

/// What a harvest report says, shared by the Markdown and HTML exporters.
struct HarvestReport {
    let harvest: Harvest
    let clock: MeetingClock

    init(_ harvest: Harvest) {
        self.harvest = harvest
        clock = MeetingClock(timeZone: harvest.session.timeZone)
    }

    /// `english` in the harvest's language, from the ``Phrasebook``.
    func t(_ english: String) -> String { Phrasebook.text(english, in: harvest.session.language) }

    var heading: String {
        let start = harvest.session.startedAt ?? harvest.session.plannedStart
        var line = "\(clock.day(start)) \(clock.time(start))"
        if let end = harvest.session.endedAt { line += "–\(clock.time(end))" }
        if !harvest.session.location.isEmpty { line += " · \(harvest.session.location)" }
        return line + " · \(harvest.participants.count) \(t("people"))"
    }

    func statusText(_ status: HarvestStep.Status) -> String {
        switch status {
        case .done: return t("done")
        case .skipped: return t("skipped")
        case .extended: return t("extended")
        case .unfinished: return t("unfinished")
        case .notReached: return t("not held")
        }
    }

    func recordLine(_ record: HarvestRecord) -> String {
        var line = ""
        if let person = record.person { line += "\(person): " }
        if let group = record.group { line += "[\(group)] " }
        line += record.text
        if record.type != .note { line += " (\(record.type.rawValue))" }
        if record.visibility == .private { line += " — \(t("private"))" }
        if record.edited { line += " — \(t("edited"))" }
        return line
    }

    func agreementRow(_ agreement: Agreement) -> [String] {
        [
            NameList.joined(agreement.who), agreement.what, NameList.joined(agreement.withWhom),
            agreement.byWhen ?? "", agreement.status.rawValue,
            agreement.history.map { "\($0.date) \($0.status.rawValue): \($0.note)" }.joined(separator: " | "),
        ]
    }

    var agreementHeader: [String] {
        [
            t("Who"), t("What"), t("With whom"), t("By when"),
            t("Status"),
            t("History"),
        ]
    }

    var followUpLine: String? {
        harvest.followUp.map {
            "\($0.date)" + ($0.time.map { " \($0)" } ?? "") + (($0.note.isEmpty) ? "" : " — \($0.note)")
        }
    }

    func minutes(_ seconds: Int) -> String { MeetingClock.duration(seconds) }

    /// "Phase: step", or just the step when it is its own phase (a break, a free item).
    func title(of step: HarvestStep) -> String {
        step.phase == step.name ? step.name : "\(step.phase): \(step.name)"
    }
}

/// Markdown, for sharing.
public struct MarkdownHarvestExporter: HarvestExporter {
    /// The given exporters; by default the built-in ones.
    public init() {}
    /// The name used with `--format`.
    public let format = "md"
    /// One sentence for help texts and listings.
    public let summary = "Markdown, for sharing by mail or in a wiki."
    /// The file extension of the output.
    public let fileExtension = "md"

    /// The harvest in this format.
    public func export(_ harvest: Harvest) throws -> Data {
        let report = HarvestReport(harvest)
        var out = ["# \(Markdown.escape(harvest.session.title))", "", Markdown.escape(report.heading), ""]
        out.append("## \(report.t("Agreements"))")
        out.append("")
        if harvest.agreements.isEmpty {
            out.append("_\(report.t("No agreements."))_")
        } else {
            out.append("| " + report.agreementHeader.joined(separator: " | ") + " |")
            out.append("|" + String(repeating: "---|", count: report.agreementHeader.count))
            for agreement in harvest.agreements {
                out.append("| " + report.agreementRow(agreement).map(Markdown.escape).joined(separator: " | ") + " |")
            }
        }
        if let followUp = report.followUpLine {
            out += ["", "**\(report.t("Follow-up meeting")):** \(Markdown.escape(followUp))"]
        }
        out += ["", "## \(report.t("Time: planned and actual"))", ""]
        out.append(
            "| \(report.t("Step")) | \(report.t("Planned")) | \(report.t("Actual")) | \(report.t("Status")) |"
        )
        out.append("|---|---|---|---|")
        for step in harvest.steps where step.status != .notReached || step.plannedSeconds > 0 {
            out.append(
                "| \(Markdown.escape(step.name)) | \(report.minutes(step.plannedSeconds)) | \(report.minutes(step.actualSeconds)) | \(report.statusText(step.status))"
                    + (step.extendedSeconds > 0 ? " (+\(report.minutes(step.extendedSeconds)))" : "") + " |")
        }
        for step in harvest.steps where !step.records.isEmpty || !step.scores.isEmpty {
            out += ["", "## \(Markdown.escape(report.title(of: step)))", ""]
            for record in step.records where record.type != .score {
                out.append("- " + Markdown.escape(report.recordLine(record)))
            }
            if !step.scores.isEmpty {
                out.append("")
                out.append(
                    "| # | \(report.t("score.item")) | n | \(report.t("Mean")) | Median | \(report.t("Spread")) | Min–max |"
                )
                out.append("|---|---|---|---|---|---|---|")
                for score in step.scores {
                    out.append(
                        String(
                            format: "| %d | %@ | %d | %.1f | %.1f | %.2f | %@–%@ |", score.rank,
                            Markdown.escape(score.item),
                            score.count, score.mean, score.median, score.spread,
                            NumberText.format(score.minimum), NumberText.format(score.maximum)))
                }
            }
        }
        return Data((out.joined(separator: "\n") + "\n").utf8)
    }
}

/// One self-contained printable HTML page.
public struct HTMLHarvestExporter: HarvestExporter {
    /// The given exporters; by default the built-in ones.
    public init() {}
    /// The name used with `--format`.
    public let format = "html"
    /// One sentence for help texts and listings.
    public let summary = "One self-contained printable HTML page."
    /// The file extension of the output.
    public let fileExtension = "html"

    /// The harvest in this format.
    public func export(_ harvest: Harvest) throws -> Data {
        let report = HarvestReport(harvest)
        var body =
            "<h1>\(HTML.escape(harvest.session.title))</h1>\n<p class=\"meta\">\(HTML.escape(report.heading))</p>\n"
        body += "<h2>\(report.t("Agreements"))</h2>\n"
        if harvest.agreements.isEmpty {
            body += "<p><i>\(report.t("No agreements."))</i></p>\n"
        } else {
            body += "<table><tr>" + report.agreementHeader.map { "<th>\(HTML.escape($0))</th>" }.joined() + "</tr>\n"
            for agreement in harvest.agreements {
                body +=
                    "<tr>" + report.agreementRow(agreement).map { "<td>\(HTML.escape($0))</td>" }.joined() + "</tr>\n"
            }
            body += "</table>\n"
        }
        if let followUp = report.followUpLine {
            body += "<p><b>\(report.t("Follow-up meeting")):</b> \(HTML.escape(followUp))</p>\n"
        }
        body += "<h2>\(report.t("Time: planned and actual"))</h2>\n<table>"
        body +=
            "<tr><th>\(report.t("Step"))</th><th>\(report.t("Planned"))</th><th>\(report.t("Actual"))</th><th>Status</th></tr>\n"
        for step in harvest.steps where step.status != .notReached || step.plannedSeconds > 0 {
            body +=
                "<tr><td>\(HTML.escape(step.name))</td><td>\(report.minutes(step.plannedSeconds))</td><td>\(report.minutes(step.actualSeconds))</td><td>\(report.statusText(step.status))</td></tr>\n"
        }
        body += "</table>\n"
        for step in harvest.steps where !step.records.isEmpty || !step.scores.isEmpty {
            body += "<section class=\"step\"><h3>\(HTML.escape(report.title(of: step)))</h3>\n<ul>"
            for record in step.records where record.type != .score {
                body += "<li>\(HTML.escape(report.recordLine(record)))</li>"
            }
            body += "</ul>\n"
            if !step.scores.isEmpty {
                body +=
                    "<table><tr><th>#</th><th>\(report.t("score.item"))</th><th>n</th><th>\(report.t("Mean"))</th><th>Median</th><th>\(report.t("Spread"))</th></tr>"
                for score in step.scores {
                    body += String(
                        format: "<tr><td>%d</td><td>%@</td><td>%d</td><td>%.1f</td><td>%.1f</td><td>%.2f</td></tr>",
                        score.rank, HTML.escape(score.item), score.count, score.mean, score.median, score.spread)
                }
                body += "</table>\n"
            }
            body += "</section>\n"
        }
        return Data(HTMLPage.wrap(title: harvest.session.title, language: harvest.session.language, body: body).utf8)
    }
}

/// The agreements ledger as CSV that opens correctly in Excel: UTF-8 with a byte order
/// mark, CRLF, quoted fields, and `;` as delimiter for Dutch sessions (Dutch Excel's
/// list separator), `,` otherwise.
public struct CSVAgreementsExporter: HarvestExporter {
    /// The given exporters; by default the built-in ones.
    public init() {}
    /// The name used with `--format`.
    public let format = "csv"
    /// One sentence for help texts and listings.
    public let summary = "The agreements ledger as CSV for Excel (`;` for Dutch sessions)."
    /// The file extension of the output.
    public let fileExtension = "csv"

    /// The harvest in this format.
    public func export(_ harvest: Harvest) throws -> Data {
        let report = HarvestReport(harvest)
        let delimiter: Character = harvest.session.language == "nl" ? ";" : ","
        var text = "\u{FEFF}"
        text += CSVWriter.line(
            ["id"] + report.agreementHeader + [report.t("Made in")], delimiter: delimiter)
        for agreement in harvest.agreements {
            text += CSVWriter.line(
                [agreement.id] + report.agreementRow(agreement) + [agreement.madeIn], delimiter: delimiter)
        }
        return Data(text.utf8)
    }
}

/// iCalendar (RFC 5545): the follow-up meeting as an event, and every agreement due date
/// as an all-day event.
public struct ICalendarExporter: HarvestExporter {
    /// The given exporters; by default the built-in ones.
    public init() {}
    /// The name used with `--format`.
    public let format = "ics"
    /// One sentence for help texts and listings.
    public let summary = "iCalendar events for the follow-up meeting and agreement due dates."
    /// The file extension of the output.
    public let fileExtension = "ics"

    /// The harvest in this format.
    public func export(_ harvest: Harvest) throws -> Data {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//DialogueKit//DialogueKit \(DialogueKitVersion.current)//EN",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
        ]
        let stamp = Self.utc(harvest.session.endedAt ?? harvest.session.plannedStart)
        let zone = TimeZone(identifier: harvest.session.timeZone)
        if let followUp = harvest.followUp {
            lines += ["BEGIN:VEVENT", "UID:\(harvest.session.id)-follow-up@dialoguekit", "DTSTAMP:\(stamp)"]
            let day = followUp.date.replacingOccurrences(of: "-", with: "")
            if let time = followUp.time, let zone,
                let start = AgendaReader.instant(date: followUp.date, time: time, zone: zone)
            {
                lines.append("DTSTART:\(Self.utc(start))")
                lines.append("DTEND:\(Self.utc(start.addingTimeInterval(Double(followUp.minutes * 60))))")
            } else {
                lines.append("DTSTART;VALUE=DATE:\(day)")
            }
            let title =
                Phrasebook.text("Follow-up: ", in: harvest.session.language) + harvest.session.title
            lines.append("SUMMARY:\(Self.escape(title))")
            if !followUp.note.isEmpty { lines.append("DESCRIPTION:\(Self.escape(followUp.note))") }
            if !harvest.session.location.isEmpty { lines.append("LOCATION:\(Self.escape(harvest.session.location))") }
            lines.append("END:VEVENT")
        }
        for agreement in harvest.agreements where agreement.status.isOpen {
            guard let byWhen = agreement.byWhen, SessionState.isISODate(byWhen) else { continue }
            let day = byWhen.replacingOccurrences(of: "-", with: "")
            lines += [
                "BEGIN:VEVENT", "UID:\(agreement.id)@dialoguekit", "DTSTAMP:\(stamp)", "DTSTART;VALUE=DATE:\(day)",
                "SUMMARY:\(Self.escape(NameList.joined(agreement.who) + ": " + agreement.what))",
            ]
            var description = harvest.session.title
            if !agreement.withWhom.isEmpty {
                description +=
                    "\n" + Phrasebook.text("With: ", in: harvest.session.language) + NameList.joined(agreement.withWhom)
            }
            lines.append("DESCRIPTION:\(Self.escape(description))")
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return Data(lines.map(Self.fold).joined(separator: "\r\n").appending("\r\n").utf8)
    }

    /// RFC 5545 text escaping.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue
            default: out.append(character)
            }
        }
        return out
    }

    /// Lines longer than 75 octets are folded: CRLF and a space, never inside a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        var result = ""
        var current = 0
        for character in line {
            let size = String(character).utf8.count
            if current + size > 75 {
                result += "\r\n "
                current = 1
            }
            result.append(character)
            current += size
        }
        return result
    }

    static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? .current
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(
            format: "%04d%02d%02dT%02d%02d%02dZ", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
            parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    }
}
