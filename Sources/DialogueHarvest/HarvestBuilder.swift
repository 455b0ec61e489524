import Foundation

/// Builds a session's harvest from its plan and state; a pure function, so a resumed
/// session gives the same harvest as an uninterrupted one.
public enum HarvestBuilder {
    /// The harvest of a session: what `state` recorded for `plan`, in step order.
    public static func harvest(plan: SessionPlan, state: SessionState, sessionID: String) -> Harvest {
        var steps: [HarvestStep] = []
        // Records and meeting positions by step, worked out once: a harvest costs the same per
        // record and per step however long the session, and holds each record's place only.
        let recordsByStep = state.records.activePositionsByStep()
        var positions: [String: Int] = [:]
        for (index, step) in plan.meetingSteps.enumerated() where positions[step.id] == nil {
            positions[step.id] = index
        }
        let meetingSteps = plan.meetingSteps
        for step in plan.steps {
            let activePositions = recordsByStep[step.id] ?? []
            let position = positions[step.id]
            let loopStep = position.flatMap { SessionState.enclosingLoop(of: $0, in: meetingSteps) }.map {
                meetingSteps[$0]
            }
            let earlier = state.earlierPasses[step.id] ?? []
            let themed = loopStep?.loop.map { $0.themes != nil || $0.themesFrom != nil } ?? false
            var passes: [(log: SessionState.StepLog?, round: Int?)] = [(state.logs[step.id], nil)]
            if loopStep != nil, !earlier.isEmpty || themed {
                passes = earlier.enumerated().map { ($0.element, $0.offset + 1) }
                if let current = state.logs[step.id] { passes.append((current, earlier.count + 1)) }
                if passes.isEmpty { passes = [(nil, 1)] }
            }
            for (log, round) in passes {
                let kept = round.map { round in activePositions.filter { state.records.round(at: $0) == round } }
                let records = HarvestRecords(log: state.records, step: step, positions: kept ?? activePositions)
                var harvestStep = HarvestStep(
                    id: step.id, item: step.itemIndex, method: step.methodID, phase: step.phase,
                    name: step.name, kind: step.kind, status: status(of: step, log: log, state: state),
                    plannedSeconds: step.seconds, actualSeconds: actualSeconds(log, state: state),
                    extendedSeconds: log?.extendedSeconds ?? 0, records: records,
                    scores: scores(records.records(of: .score)))
                if let position, !step.roles.isEmpty {
                    harvestStep.roles = state.effectiveRoles(of: step, at: position)
                }
                harvestStep.round = round
                if let round, let loopStep { harvestStep.theme = state.theme(ofPass: round, loopStep: loopStep) }
                harvestStep.items = items(of: step, plan: plan, state: state)
                steps.append(harvestStep)
            }
        }
        // The ledger: agreements carried from reviewed harvests, with this meeting's reviews, then the new ones.
        var ledger: [Agreement] = []
        let meetingDate = MeetingClock(timeZone: plan.timeZone).day(plan.start)
        for item in plan.items where !item.review.isEmpty {
            for var agreement in item.review where !ledger.contains(where: { $0.id == agreement.id }) {
                for review in state.reviews where review.agreement == agreement.id {
                    agreement.status = review.status
                    agreement.history.append(
                        AgreementReview(
                            meeting: plan.title, date: meetingDate, status: review.status,
                            note: review.note))
                }
                ledger.append(agreement)
            }
        }
        ledger += state.agreements
        return Harvest(
            formatVersion: Harvest.currentFormatVersion, engineVersion: DialogueKitVersion.current,
            session: SessionInfo(
                id: sessionID, title: plan.title, language: plan.language,
                location: plan.location, timeZone: plan.timeZone, plannedStart: plan.start,
                plannedEnd: plan.end, startedAt: state.startedAt, endedAt: state.endedAt,
                planDigest: plan.digest, methods: plan.methods),
            participants: plan.participants.map {
                HarvestPerson(name: $0.name, roles: $0.roles, organisation: $0.organisation)
            },
            steps: steps, agreements: ledger, followUp: state.followUp)
    }

    /// How a step (or one pass of it) ended.
    static func status(of step: PlanStep, log: SessionState.StepLog?, state: SessionState) -> HarvestStep.Status {
        switch (step.when, log?.status) {
        case (.before, _), (.after, _): return .notReached
        case (_, .done?): return (log?.extendedSeconds ?? 0) > 0 ? .extended : .done
        case (_, .skipped?): return .skipped
        case (_, .running?): return state.status == .ended ? .done : .unfinished
        case (_, nil): return .notReached
        }
    }

    /// The seconds a step (or one pass of it) took, pauses left out.
    static func actualSeconds(_ log: SessionState.StepLog?, state: SessionState) -> Int {
        guard let log, let end = log.endedAt ?? state.endedAt else { return 0 }
        return Int(log.seconds(until: end).rounded())
    }

    /// The step's points as the meeting left them: for a step whose list was changed or is
    /// declared, or that divided its points; nil for a step without a list.
    static func items(of step: PlanStep, plan: SessionPlan, state: SessionState) -> [HarvestItem]? {
        let division = state.division[step.id] ?? [:]
        let declared = step.captures.contains { $0.items != nil }
        if let listed = state.itemLists[step.id] {
            return listed.map {
                HarvestItem(
                    text: $0.text, wordings: $0.wordings.isEmpty ? nil : $0.wordings, added: $0.added ? true : nil,
                    group: division[$0.text])
            }
        }
        guard declared || !division.isEmpty else { return nil }
        return state.items(of: step, in: plan).map { HarvestItem(text: $0, group: division[$0]) }
    }

    /// Mean, median, spread (population standard deviation) and rank of each scored item.
    public static func scores(_ records: some Sequence<HarvestRecord>) -> [ScoreSummary] {
        var byItem: [String: [Double]] = [:]
        var order: [String] = []
        for record in records where record.type == .score {
            guard let item = record.item, let value = record.value else { continue }
            if byItem[item] == nil { order.append(item) }
            byItem[item, default: []].append(value)
        }
        var summaries = order.compactMap { item -> ScoreSummary? in
            guard let values = byItem[item], !values.isEmpty else { return nil }
            let sorted = values.sorted()
            let mean = values.reduce(0, +) / Double(values.count)
            let median =
                sorted.count % 2 == 1
                ? sorted[sorted.count / 2]
                : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
            let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
            return ScoreSummary(
                item: item, count: values.count, mean: mean, median: median, spread: variance.squareRoot(),
                minimum: sorted.first ?? 0, maximum: sorted.last ?? 0, rank: 0)
        }
        let ranked = summaries.indices.sorted {
            summaries[$0].mean > summaries[$1].mean
                || (summaries[$0].mean == summaries[$1].mean && summaries[$0].item < summaries[$1].item)
        }
        for (rank, index) in ranked.enumerated() { summaries[index].rank = rank + 1 }
        return summaries.sorted { $0.rank < $1.rank }
    }

    /// The harvest for everyone: private records (worry zones, preparation notes) left out,
    /// and the scores summarised again from what remains.
    public static func shared(_ harvest: Harvest) -> Harvest {
        var copy = harvest
        copy.audience = .everyone
        for index in copy.steps.indices {
            copy.steps[index].records.removeAll(visibility: .private)
            copy.steps[index].scores = scores(copy.steps[index].records.records(of: .score))
        }
        return copy
    }

    /// The harvest with every name replaced through one ``Pseudonyms`` map (names, also
    /// inside texts, organisations, the title and the location), and what the map could not
    /// be sure of: a first name two people share, capitalised words that may be names.
    public static func anonymized(_ harvest: Harvest) -> (harvest: Harvest, doubts: [String]) {
        var map = Pseudonyms(harvest)
        func alias(_ name: String) -> String { map.aliases[name] ?? map.scrub(name) }
        var copy = harvest
        copy.session.title = map.title
        copy.session.location = ""
        copy.participants = harvest.participants.map {
            HarvestPerson(name: alias($0.name), roles: $0.roles, organisation: $0.organisation.map(map.scrub))
        }
        var suspects: [String] = []
        func scrubbed(_ text: String) -> String {
            suspects += map.possibleNames(in: text)
            return map.scrub(text)
        }
        for stepIndex in copy.steps.indices {
            copy.steps[stepIndex].name = map.scrub(copy.steps[stepIndex].name)
            copy.steps[stepIndex].phase = map.scrub(copy.steps[stepIndex].phase)
            for recordIndex in copy.steps[stepIndex].records.indices {
                var record = copy.steps[stepIndex].records[recordIndex]
                record.person = record.person.map(alias)
                record.text = scrubbed(record.text)
                record.item = record.item.map(scrubbed)
                record.question = record.question.map(map.scrub)
                copy.steps[stepIndex].records[recordIndex] = record
            }
            copy.steps[stepIndex].roles = copy.steps[stepIndex].roles?.mapValues { $0.map(alias) }
            for scoreIndex in copy.steps[stepIndex].scores.indices {
                copy.steps[stepIndex].scores[scoreIndex].item = map.scrub(copy.steps[stepIndex].scores[scoreIndex].item)
            }
        }
        let titles = Set([harvest.session.title] + harvest.agreements.map(\.madeIn))
        copy.agreements = harvest.agreements.map { agreement in
            var changed = agreement
            changed.who = agreement.who.map(alias)
            changed.withWhom = agreement.withWhom.map(alias)
            changed.what = scrubbed(agreement.what)
            changed.madeIn = titles.contains(agreement.madeIn) ? map.title : map.scrub(agreement.madeIn)
            changed.history = agreement.history.map { review in
                var scrubbedReview = review
                scrubbedReview.note = scrubbed(review.note)
                scrubbedReview.meeting = map.title
                return scrubbedReview
            }
            return changed
        }
        copy.followUp = harvest.followUp.map { followUp in
            var changed = followUp
            changed.note = scrubbed(followUp.note)
            return changed
        }
        var unique: [String] = []
        for word in suspects where !unique.contains(word) { unique.append(word) }
        if !unique.isEmpty {
            map.doubt("these words may be names no participant has, and were kept: " + unique.joined(separator: ", "))
        }
        return (copy, map.doubts)
    }
}
