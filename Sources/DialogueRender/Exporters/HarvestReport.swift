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
        if let label = record.label { line += "\(label): " }
        line += record.text
        if record.type != .note, record.label == nil { line += " (\(t("kind." + record.type.rawValue)))" }
        if record.visibility == .private { line += " — \(t("private"))" }
        if record.edited { line += " — \(t("edited"))" }
        return line
    }

    /// Whether any agreement was reviewed before: only then has the table a History column.
    var hasHistory: Bool { harvest.agreements.contains { !$0.history.isEmpty } }

    /// Whether any agreement was made for a point: only then has the table a Point column.
    var hasPoints: Bool { harvest.agreements.contains { $0.point != nil } }

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
        if hasPoints { row.append(agreement.point ?? "") }
        return row
    }

    /// The agreement table's column names, with History when `history`.
    func agreementHeader(history: Bool) -> [String] {
        [t("Who"), t("What"), t("With whom"), t("By when"), t("Status")] + (history ? [t("History")] : [])
            + (hasPoints ? [t("Point")] : [])
    }

    /// A step's name as the harvest shows it: with its round and theme when it is one pass of a loop.
    func name(of step: HarvestStep) -> String { step.displayName(in: harvest.session.language) }

    /// A step's records other than scores, those about no point first, then point by point
    /// in the order of the step's list (a worksheet per point: challenge, solution, agreement).
    func sections(of step: HarvestStep) -> [(point: String?, records: [HarvestRecord])] {
        let records = step.records.filter { $0.type != .score }
        let loose = records.filter { $0.item == nil }
        var order = step.items?.map(\.text) ?? []
        for record in records { if let item = record.item, !order.contains(item) { order.append(item) } }
        var sections: [(point: String?, records: [HarvestRecord])] = loose.isEmpty ? [] : [(nil, loose)]
        for point in order {
            let about = records.filter { $0.item == point }
            if !about.isEmpty { sections.append((point, about)) }
        }
        return sections
    }

    /// The heading over the records about `point`, with the group that worked it out.
    func pointHeading(_ point: String, in step: HarvestStep) -> String {
        let group = step.items?.first { $0.text == point }?.group
        return t("Point") + ": " + point + (group.map { " (\($0))" } ?? "")
    }

    /// One point of a step's list: its words, what they were, whether it was added, its group.
    func itemLine(_ item: HarvestItem) -> String {
        var line = item.text
        if let wordings = item.wordings, !wordings.isEmpty {
            line += " (" + t("reworded from") + " “" + wordings.joined(separator: "”, “") + "”)"
        }
        if item.added == true { line += " (" + t("added in the meeting") + ")" }
        if let group = item.group { line += " → " + group }
        return line
    }

    /// Whether the step's list is worth showing: a point was reworded, added or given to a group.
    func showsItems(_ step: HarvestStep) -> Bool {
        step.items?.contains { $0.wordings != nil || $0.added == true || $0.group != nil } ?? false
    }

    /// The heading over the records of each step.
    var recordsHeading: String { t("What was said and recorded") }

    /// The follow-up meeting's date and time ("2027-02-04 14:00"), which a page never breaks.
    var followUpWhen: String? { harvest.followUp.map { $0.date + ($0.time.map { " \($0)" } ?? "") } }

    var followUpLine: String? {
        harvest.followUp.map { (followUpWhen ?? "") + ($0.note.isEmpty ? "" : " — \($0.note)") }
    }

    func minutes(_ seconds: Int) -> String { MeetingClock.duration(seconds, in: harvest.session.language) }

    /// "Phase: step", or just the step when it is its own phase (a break, a free item).
    func title(of step: HarvestStep) -> String {
        step.phase == step.name ? name(of: step) : "\(step.phase) — \(name(of: step))"
    }
}
