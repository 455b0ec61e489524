import Foundation

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

    /// Fragments of the export of ``Harvest/example``.
    public var examples: [String] {
        [
            #"SUMMARY:Follow-up: Network meeting around Sem"#,
            #"DTSTART;VALUE=DATE:20261210"#,
        ]
    }

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
