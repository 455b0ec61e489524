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
