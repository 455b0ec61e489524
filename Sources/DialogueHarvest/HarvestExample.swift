import Foundation

extension Harvest {
    /// A small harvest with one of each thing a harvest holds (a note, two scores, an
    /// agreement, a follow-up), for exporters to show their format on: each exporter's
    /// examples are fragments of its export of this harvest, checked by a test.
    public static let example: Harvest = {
        let start = Date(timeIntervalSince1970: 1_796_290_200)  // 2026-12-03 09:30 UTC, 10:30 in Amsterdam
        let note = HarvestRecord(
            id: 1, type: .note, capture: "notes", person: "Mila", group: nil, text: "We want Sem to go back to school.",
            value: nil, item: nil, visibility: .shared, at: start.addingTimeInterval(600), edited: false)
        let score = HarvestRecord(
            id: 2, type: .score, capture: "scores", person: "Ruud", group: nil, text: "One plan per family",
            value: 8, item: "One plan per family", visibility: .shared, at: start.addingTimeInterval(1200),
            edited: false)
        let steps = [
            HarvestStep(
                id: "1.recall", item: 0, method: "good-future", phase: "The future", name: "Recall the future",
                kind: "future-recall", status: .done, plannedSeconds: 1800, actualSeconds: 1740, extendedSeconds: 0,
                records: [note, score],
                scores: [
                    ScoreSummary(
                        item: "One plan per family", count: 1, mean: 8, median: 8, spread: 0, minimum: 8, maximum: 8,
                        rank: 1)
                ])
        ]
        let agreement = Agreement(
            id: "example-1", who: ["Karin"], what: "Call the school about Monday", withWhom: ["Mila"],
            byWhen: "2026-12-10", madeIn: "example")
        return Harvest(
            formatVersion: Harvest.currentFormatVersion, engineVersion: DialogueKitVersion.current,
            session: SessionInfo(
                id: "example", title: "Network meeting around Sem", language: "en", location: "Community centre",
                timeZone: "Europe/Amsterdam", plannedStart: start, plannedEnd: start.addingTimeInterval(5400),
                startedAt: start, endedAt: start.addingTimeInterval(5400), planDigest: "0000000000000000",
                methods: []),
            participants: [
                HarvestPerson(name: "Mila", roles: ["family"], organisation: "Family"),
                HarvestPerson(name: "Karin", roles: ["initiator"], organisation: "School"),
                HarvestPerson(name: "Ruud", roles: ["professional"], organisation: "Municipality"),
            ],
            steps: steps, agreements: [agreement],
            followUp: FollowUp(date: "2027-01-14", time: "14:00", minutes: 60, note: "How did the plan go?"))
    }()
}
