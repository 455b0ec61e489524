import Foundation

/// Builds the cumulative ``SeriesHarvest`` from what each meeting has produced.
public enum SeriesHarvestBuilder {
    /// The series harvest for `audience`: for everyone, private records are left out of every
    /// meeting; for the facilitator, all of it.
    public static func harvest(_ results: SeriesResults, audience: Harvest.Audience = .everyone) -> SeriesHarvest {
        let series = results.series
        let inputs = SeriesInputs(results)
        var meetings: [SeriesHarvest.Meeting] = []
        for entry in results.entries {
            let meeting = entry.meeting
            var harvest = entry.harvest
            if audience == .everyone { harvest = harvest.map(HarvestBuilder.shared) }
            var records: [SeriesHarvest.Record] = []
            var scores: [SeriesHarvest.StepScores] = []
            let language = harvest?.session.language ?? results.series.language
            for step in harvest?.steps ?? [] {
                for record in step.records {
                    records.append(
                        SeriesHarvest.Record(
                            step: step.displayName(in: language), type: record.type, person: record.person,
                            group: record.group,
                            question: record.question, text: record.text, value: record.value, item: record.item))
                }
                if !step.scores.isEmpty {
                    scores.append(SeriesHarvest.StepScores(step: step.displayName(in: language), scores: step.scores))
                }
            }
            let made = harvest?.agreements.filter { $0.madeIn == harvest?.session.title }.count ?? 0
            let reviewed =
                harvest?.agreements.filter { agreement in
                    agreement.history.contains { $0.meeting == harvest?.session.title }
                }.count ?? 0
            let taken = meeting.inputs.map { input in
                let carried = inputs.carried(input, in: meeting)
                return SeriesHarvest.Input(
                    take: input.take.rawValue, capture: input.capture, from: inputs.sources(of: input, in: meeting),
                    item: input.item, parameter: input.parameter,
                    count: carried.waitingFor.isEmpty ? carried.texts.count : nil)
            }
            meetings.append(
                SeriesHarvest.Meeting(
                    id: meeting.id, stage: meeting.stage, theme: meeting.theme,
                    title: harvest?.session.title ?? entry.agenda?.title ?? meeting.id,
                    status: harvest == nil ? .planned : entry.ended ? .held : .running,
                    start: harvest?.session.startedAt ?? harvest?.session.plannedStart ?? entry.agenda?.start,
                    end: harvest?.session.endedAt ?? harvest?.session.plannedEnd
                        ?? entry.agenda.flatMap { agenda in
                            agenda.budgetMinutes.map { agenda.start.addingTimeInterval($0 * 60) }
                        },
                    timeZone: harvest?.session.timeZone ?? entry.agenda?.timeZone ?? "UTC",
                    location: harvest?.session.location ?? entry.agenda?.location ?? "",
                    inputs: taken, records: records, scores: scores, followUp: harvest?.followUp,
                    agreementsMade: made, agreementsReviewed: reviewed))
        }
        let ledger = results.ledger()
        let stages = series.stages.map { stage in
            SeriesHarvest.Stage(
                id: stage.id, name: stage.name, question: stage.question,
                meetings: series.meetings.filter { $0.stage == stage.id }.map(\.id))
        }
        var themes: [SeriesHarvest.Theme] = []
        for meeting in series.meetings {
            guard let theme = meeting.theme else { continue }
            if let index = themes.firstIndex(where: { $0.name == theme }) {
                themes[index].meetings.append(meeting.id)
            } else {
                themes.append(SeriesHarvest.Theme(name: theme, meetings: [meeting.id]))
            }
        }
        return SeriesHarvest(
            formatVersion: SeriesHarvest.currentFormatVersion, engineVersion: DialogueKitVersion.current,
            title: series.title, language: series.language, purpose: series.purpose, stages: stages, themes: themes,
            meetings: meetings, agreements: ledger, audience: audience)
    }
}
