import Foundation

// Putting the timed drafts together into a plan.
extension Planner {
    func assemble(_ drafts: [ItemDraft], context: inout PlanningContext) -> SessionPlan {
        var clock = context.agenda.start
        var items: [PlanItem] = []
        for draft in drafts {
            keepFixedStart(of: draft, clock: &clock, context: &context)
            let itemStart = clock
            var steps = draft.steps.map { timed($0, itemStart: itemStart, clock: &clock) }
            if draft.kind != .method {
                // Breaks, free items and reviews are one step each, so a session walks one list.
                steps.append(singleStep(for: draft, at: clock, context: context))
                clock = clock.addingTimeInterval(draft.fixedSeconds)
            }
            items.append(
                PlanItem(
                    index: draft.index, kind: draft.kind, title: draft.title, methodID: draft.methodID,
                    start: itemStart, end: clock, notes: draft.notes, steps: steps, review: draft.review,
                    reviewedHarvest: draft.reviewedHarvest, roleNames: draft.roleNames))
        }
        let agenda = context.agenda
        return SessionPlan(
            formatVersion: SessionPlan.currentFormatVersion, engineVersion: DialogueKitVersion.current,
            title: agenda.title, language: context.language, start: agenda.start, end: clock,
            timeZone: agenda.timeZone, location: agenda.location, budgetMinutes: agenda.budgetMinutes,
            seed: context.seed, participants: agenda.participants,
            methods: context.pinnedOrder.compactMap { context.pinned[$0] }, spaces: spaces(context), items: items,
            warnings: warnings(context))
    }

    /// An item with a fixed start: refused when the items before it run into it, a noted gap
    /// (and the clock moved on) when they end early.
    private func keepFixedStart(of draft: ItemDraft, clock: inout Date, context: inout PlanningContext) {
        guard let fixed = context.agenda.fixedStarts[draft.index] else { return }
        let meetingClock = MeetingClock(timeZone: context.agenda.timeZone)
        let overlap = clock.timeIntervalSince(fixed)
        if overlap > 30 {
            context.problem(
                draft.index, say: "plan.overlap",
                [meetingClock.time(fixed), meetingClock.time(clock), String(Int((overlap / 60).rounded(.up)))],
                hint: "plan.overlap.hint")
        } else if overlap < -30 {
            context.warnings.append(
                Phrasebook.say(
                    "plan.gap", in: context.language, String(draft.index + 1), String(Int((-overlap / 60).rounded())),
                    meetingClock.time(fixed)))
            clock = fixed
        }
    }

    /// A step with its times: in the meeting it runs from `clock` (which moves on); before or
    /// after the meeting it takes no time. Its seconds are shared over its turns by weight.
    private func timed(_ draft: StepDraft, itemStart: Date, clock: inout Date) -> PlanStep {
        var step = draft.plan
        let total = Int(draft.seconds.rounded())
        let seconds = total / max(1, step.passes ?? 1)
        step.seconds = seconds
        if draft.inMeeting {
            step.start = clock
            step.end = clock.addingTimeInterval(Double(total))
            clock = step.end
        } else {
            step.start = step.when == .before ? itemStart : clock
            step.end = step.start
        }
        let weights = step.turns.reduce(0) { $0 + $1.weight }
        if let minutes = Self.wholeMinutes(seconds, weights: step.turns.map(\.weight)) {
            for turnIndex in step.turns.indices { step.turns[turnIndex].seconds = minutes[turnIndex] * 60 }
            return step
        }
        var assigned = 0
        for turnIndex in step.turns.indices {
            let share = weights > 0 ? step.turns[turnIndex].weight / weights : 0
            let turnSeconds =
                turnIndex == step.turns.count - 1 ? seconds - assigned : Int((Double(seconds) * share).rounded())
            step.turns[turnIndex].seconds = max(0, turnSeconds)
            assigned += step.turns[turnIndex].seconds
        }
        return step
    }

    /// `seconds` (a whole number of minutes) shared over turns of `weights` in whole minutes,
    /// by largest remainder (ties to the earlier turn), so the turns add up to the step; nil
    /// when the step is not whole minutes or a turn would get none.
    static func wholeMinutes(_ seconds: Int, weights: [Double]) -> [Int]? {
        let total = weights.reduce(0, +)
        guard weights.count > 1, total > 0, seconds > 0, seconds % 60 == 0 else { return nil }
        let minutes = seconds / 60
        let ideal = weights.map { Double(minutes) * $0 / total }
        var whole = ideal.map { Int($0.rounded(.down)) }
        let order = ideal.indices.sorted { first, second in
            let (a, b) = (ideal[first] - Double(whole[first]), ideal[second] - Double(whole[second]))
            return a > b || (a == b && first < second)
        }
        for index in order.prefix(minutes - whole.reduce(0, +)) { whole[index] += 1 }
        return whole.allSatisfy { $0 >= 1 } ? whole : nil
    }

    /// The one step of a break, free item or review: everyone together, notes recorded.
    private func singleStep(for draft: ItemDraft, at clock: Date, context: PlanningContext) -> PlanStep {
        let seconds = Int(draft.fixedSeconds.rounded())
        let kind: String
        switch draft.kind {
        case .pause: kind = "break"
        case .review: kind = "review"
        default: kind = "free"
        }
        var circle = Circle(
            name: Phrasebook.text("Plenary", in: context.language),
            members: context.agenda.participants.map(\.name), wholeGroup: true)
        circle.membersAreEveryone = true
        let notes = PlanCapture(
            id: "notes", type: .note, label: Phrasebook.text("Notes", in: context.language), per: .step,
            visibility: .shared, scale: nil, itemsFrom: nil, items: nil)
        return PlanStep(
            id: "\(draft.index + 1).\(kind)", itemIndex: draft.index, methodID: nil, phase: draft.title, stepID: kind,
            kind: kind, name: draft.title, guidance: draft.notes, frame: nil, when: .during, start: clock,
            end: clock.addingTimeInterval(Double(seconds)), seconds: seconds, minSeconds: seconds,
            maxSeconds: seconds, atMinimum: false, roles: [:],
            turns: [Turn(label: draft.title, circles: [circle], prompts: [], seconds: seconds)], prompts: [],
            captures: [notes], groups: [], groupQuality: nil, swaps: [], loop: nil, listening: nil)
    }

    /// The planner's warnings, with a line per method that lacks translations.
    private func warnings(_ context: PlanningContext) -> [String] {
        var warnings = context.warnings
        for (method, count) in context.missingTranslations.sorted(by: { $0.key < $1.key }) {
            warnings.append(
                count == 1
                    ? Phrasebook.say("plan.untranslated.one", in: context.language, method, context.language)
                    : Phrasebook.say("plan.untranslated", in: context.language, method, String(count), context.language)
            )
        }
        return warnings
    }

    /// The dialogical spaces to arrange: the agenda's own notes, then each method's, in
    /// Arnkil's order of the spaces; and everything to bring.
    private func spaces(_ context: PlanningContext) -> PlanSpaces {
        let agenda = context.agenda
        var checklist: [SpaceNote] = []
        let own: [(String, String?)] = [
            ("physical", agenda.spaces.physical), ("time", agenda.spaces.time),
            ("social", agenda.spaces.social), ("mental", agenda.spaces.mental),
            ("discursive", agenda.spaces.discursive),
        ]
        for (space, value) in own {
            if let value { checklist.append(SpaceNote(space: space, text: value, from: "agenda")) }
        }
        var materials = agenda.spaces.materials
        for pinned in context.pinnedOrder {
            guard let method = library.method(pinned)?.spec else { continue }
            for (space, value) in method.spaces.all {
                if let value {
                    checklist.append(
                        SpaceNote(
                            space: space, text: value.resolved(context.language),
                            from: method.name.resolved(context.language)))
                }
            }
            for material in method.materials where !materials.contains(material.resolved(context.language)) {
                materials.append(material.resolved(context.language))
            }
        }
        let order = DialogicalSpaces.names
        checklist.sort { (order.firstIndex(of: $0.space) ?? 9) < (order.firstIndex(of: $1.space) ?? 9) }
        return PlanSpaces(setting: agenda.spaces.setting, checklist: checklist, materials: materials)
    }
}
