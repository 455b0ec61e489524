import Foundation

/// What each meeting of a series has produced so far: its harvest when its session exists
/// (replayed from the journal, so a meeting still running counts too), its agenda's facts
/// otherwise, and every problem met on the way, named with its file.
public struct SeriesResults: Sendable {
    /// One meeting's state.
    public struct Entry: Sendable {
        /// The meeting.
        public var meeting: SeriesMeeting
        /// Its agenda, when it reads.
        public var agenda: Agenda?
        /// Its harvest, when its session exists.
        public var harvest: Harvest?
        /// Whether its session has ended.
        public var ended: Bool
    }

    /// The series.
    public var series: Series
    /// Every meeting in order.
    public var entries: [Entry]
    /// Problems met while reading agendas and sessions; the rest is still read.
    public var problems: [String]

    /// Reads every meeting of `series`: its agenda, and its session folder when it exists.
    public static func load(_ series: Series, store: SessionStore = SessionStore()) -> SeriesResults {
        var entries: [Entry] = []
        var problems: [String] = []
        for meeting in series.meetings {
            var entry = Entry(meeting: meeting, agenda: nil, harvest: nil, ended: false)
            switch SpecFile.read(meeting.agenda) {
            case .success(let source):
                let (agenda, diagnostics) = AgendaReader.read(source)
                entry.agenda = agenda
                if agenda == nil {
                    let first = diagnostics.first { $0.severity == .error }?.rendered() ?? ""
                    problems.append("meeting '\(meeting.id)': its agenda does not read: \(first)")
                }
            case .failure(let diagnostic):
                problems.append("meeting '\(meeting.id)': \(diagnostic.rendered())")
            }
            let journal = SessionStore.journalPath(meeting.session)
            if FileManager.default.fileExists(atPath: journal) {
                do {
                    let (journal, state) = try store.replayed(meeting.session)
                    entry.harvest = HarvestBuilder.harvest(
                        plan: journal.header.plan, state: state, sessionID: journal.header.sessionID)
                    entry.ended = state.status == .ended
                } catch {
                    problems.append("meeting '\(meeting.id)': \(meeting.session): \(error)")
                }
            }
            // A meeting held relative to an earlier one moves to that day, at its own time.
            if let after = meeting.after, var agenda = entry.agenda,
                let earlier = entries.first(where: { $0.meeting.id == after.meeting }),
                let base = earlier.harvest?.session.startedAt ?? earlier.harvest?.session.plannedStart
                    ?? earlier.agenda?.start,
                let zone = TimeZone(identifier: agenda.timeZone),
                let start = after.date(from: base, keeping: agenda.start, in: zone)
            {
                let shift = start.timeIntervalSince(agenda.start)
                agenda.start = start
                agenda.fixedStarts = agenda.fixedStarts.mapValues { $0.addingTimeInterval(shift) }
                entry.agenda = agenda
            }
            entries.append(entry)
        }
        return SeriesResults(series: series, entries: entries, problems: problems)
    }

    /// The entry of meeting `id`.
    public func entry(_ id: String) -> Entry? { entries.first { $0.meeting.id == id } }

    /// The agreement ledger after the meetings in `ids` (every meeting when nil): each
    /// agreement once, as the latest of them left it.
    public func ledger(of ids: [String]? = nil) -> [Agreement] {
        var order: [String] = []
        var latest: [String: Agreement] = [:]
        for entry in entries where ids?.contains(entry.meeting.id) ?? true {
            for agreement in entry.harvest?.agreements ?? [] {
                if latest[agreement.id] == nil { order.append(agreement.id) }
                if let known = latest[agreement.id], known.history.count > agreement.history.count { continue }
                latest[agreement.id] = agreement
            }
        }
        return order.compactMap { latest[$0] }
    }
}
