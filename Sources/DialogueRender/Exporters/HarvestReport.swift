import Foundation

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

    /// On every page of a facilitator's copy: it holds private records.
    var banner: String? {
        harvest.audience == .facilitator ? t("Facilitator's copy: it holds private records. Do not share it.") : nil
    }

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
        if let question = record.question {
            // A note that answers a question: who, the question, then what was said.
            if let person = record.person { line += "\(person) · " }
            if let group = record.group { line += "[\(group)] " }
            line += "“\(question)” — "
        } else {
            if let person = record.person { line += "\(person): " }
            if let group = record.group { line += "[\(group)] " }
        }
        line += record.text
        if record.type != .note { line += " (\(t("kind." + record.type.rawValue)))" }
        if record.visibility == .private { line += " — \(t("private"))" }
        if record.edited { line += " — \(t("edited"))" }
        return line
    }

    /// Whether any agreement was reviewed before: only then has the table a History column.
    var hasHistory: Bool { harvest.agreements.contains { !$0.history.isEmpty } }

    /// An agreement's cells; the History cell only when `history` (every CSV has it, a page only
    /// when ``hasHistory``).
    func agreementRow(_ agreement: Agreement, history: Bool) -> [String] {
        var row = [
            NameList.joined(agreement.who), agreement.what, NameList.joined(agreement.withWhom),
            agreement.byWhen ?? "", t("agreement." + agreement.status.rawValue),
        ]
        if history {
            row.append(
                agreement.history.map { "\($0.date) \(t("agreement." + $0.status.rawValue)): \($0.note)" }.joined(
                    separator: " | "))
        }
        return row
    }

    /// The agreement table's column names, with History when `history`.
    func agreementHeader(history: Bool) -> [String] {
        [t("Who"), t("What"), t("With whom"), t("By when"), t("Status")] + (history ? [t("History")] : [])
    }

    /// The heading over the records of each step.
    var recordsHeading: String { t("What was said and recorded") }

    /// The follow-up meeting's date and time ("2027-02-04 14:00"), which a page never breaks.
    var followUpWhen: String? { harvest.followUp.map { $0.date + ($0.time.map { " \($0)" } ?? "") } }

    var followUpLine: String? {
        harvest.followUp.map { (followUpWhen ?? "") + ($0.note.isEmpty ? "" : " — \($0.note)") }
    }

    func minutes(_ seconds: Int) -> String { MeetingClock.duration(seconds) }

    /// "Phase: step", or just the step when it is its own phase (a break, a free item).
    func title(of step: HarvestStep) -> String {
        step.phase == step.name ? step.name : "\(step.phase): \(step.name)"
    }
}
