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

    /// The harvest in this format; a calendar with nothing in it, or a date that is not a
    /// day of the calendar, is an ``ExportError`` rather than a file.
    public func export(_ harvest: Harvest) throws -> Data {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//DialogueKit//DialogueKit \(DialogueKitVersion.current)//EN",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
        ]
        let stamp = Self.utc(harvest.session.endedAt ?? harvest.session.plannedStart)
        let zone = TimeZone(identifier: harvest.session.timeZone)
        var events = 0
        if let followUp = harvest.followUp {
            guard SessionState.isISODate(followUp.date) else {
                throw ExportError("the follow-up meeting's date '\(followUp.date)' is not a day of the calendar")
            }
            lines += ["BEGIN:VEVENT", "UID:\(Self.uid(harvest.session.id + "-follow-up"))", "DTSTAMP:\(stamp)"]
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
            events += 1
        }
        for agreement in harvest.agreements where agreement.status.isOpen {
            guard let byWhen = agreement.byWhen, !byWhen.isEmpty else { continue }
            guard SessionState.isISODate(byWhen) else {
                // Words such as "after the summer" have no day; a malformed day is an error.
                if byWhen.first?.isNumber == true {
                    throw ExportError(
                        "agreement \(agreement.id) is due on '\(byWhen)', which is not a day of the calendar")
                }
                continue
            }
            let day = byWhen.replacingOccurrences(of: "-", with: "")
            lines += [
                "BEGIN:VEVENT", "UID:\(Self.uid(harvest.session.id + "-" + agreement.id))", "DTSTAMP:\(stamp)",
                "DTSTART;VALUE=DATE:\(day)",
                "SUMMARY:\(Self.escape(NameList.joined(agreement.who) + ": " + agreement.what))",
            ]
            var description = harvest.session.title
            if !agreement.withWhom.isEmpty {
                description +=
                    "\n" + Phrasebook.text("With: ", in: harvest.session.language) + NameList.joined(agreement.withWhom)
            }
            lines.append("DESCRIPTION:\(Self.escape(description))")
            lines.append("END:VEVENT")
            events += 1
        }
        guard events > 0 else {
            throw ExportError(
                "there is nothing for a calendar: no follow-up meeting was agreed and no open agreement has a date")
        }
        lines.append("END:VCALENDAR")
        return Data(lines.map(Self.fold).joined(separator: "\r\n").appending("\r\n").utf8)
    }

    /// A UID that is unique per session and agreement, of safe characters only.
    static func uid(_ text: String) -> String {
        let safe = text.unicodeScalars.filter {
            $0.isASCII && ($0.properties.isAlphabetic || "0123456789-._".unicodeScalars.contains($0))
        }
        return safe.map(String.init).joined() + "@dialoguekit"
    }

    /// RFC 5545 text: control characters removed, line breaks as `\n`, and `\`, `;`, `,` escaped,
    /// so no text can start a line of its own.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in PrintableText.clean(text, keepingLineBreaks: true).unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Lines longer than 75 octets are folded (CRLF and a space) between characters; a single
    /// character longer than a line (a long emoji sequence) is split between its scalars,
    /// never inside a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        var result = ""
        var current = 0
        func append(_ piece: String) {
            let size = piece.utf8.count
            if current + size > 75 {
                result += "\r\n "
                current = 1
            }
            result += piece
            current += size
        }
        for character in line {
            let piece = String(character)
            if piece.utf8.count <= 74 {
                append(piece)
            } else {
                for scalar in piece.unicodeScalars { append(String(scalar)) }
            }
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
