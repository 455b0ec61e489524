import Foundation

// Putting the timed drafts together into a plan.
extension Planner {
    func assemble(_ drafts: [ItemDraft], context: inout PlanningContext) -> SessionPlan {
        var clock = context.agenda.start
        var items: [PlanItem] = []
        let meetingClock = MeetingClock(timeZone: context.agenda.timeZone)
        for draft in drafts {
            if let fixed = context.agenda.fixedStarts[draft.index] {
                let overlap = clock.timeIntervalSince(fixed)
                if overlap > 30 {
                    context.problem(
                        draft.index,
                        "must start at \(meetingClock.time(fixed)) but the items before it end at \(meetingClock.time(clock)): they overlap by \(Int((overlap / 60).rounded(.up))) min",
                        hint: "shorten earlier items, move this item later, or start the meeting earlier")
                } else if overlap < -30 {
                    context.warnings.append(
                        "item \(draft.index + 1): a gap of \(Int((-overlap / 60).rounded())) min before its fixed start at \(meetingClock.time(fixed))"
                    )
                    clock = fixed
                }
            }
            let itemStart = clock
            var steps: [PlanStep] = []
            for stepDraft in draft.steps {
                var step = stepDraft.plan
                let seconds = Int(stepDraft.seconds.rounded())
                step.seconds = seconds
                if stepDraft.inMeeting {
                    step.start = clock
                    step.end = clock.addingTimeInterval(Double(seconds))
                    clock = step.end
                } else {
                    step.start = step.when == .before ? itemStart : clock
                    step.end = step.start
                }
                // Share the step's time over its turns by weight.
                let weights = step.turns.reduce(0) { $0 + $1.weight }
                var assigned = 0
                for turnIndex in step.turns.indices {
                    let share = weights > 0 ? step.turns[turnIndex].weight / weights : 0
                    let turnSeconds =
                        turnIndex == step.turns.count - 1
                        ? seconds - assigned
                        : Int((Double(seconds) * share).rounded())
                    step.turns[turnIndex].seconds = max(0, turnSeconds)
                    assigned += step.turns[turnIndex].seconds
                }
                steps.append(step)
            }
            if draft.kind != .method {
                // Breaks, free items and reviews are one step each, so a session walks one list.
                let seconds = Int(draft.fixedSeconds.rounded())
                let kind: String
                switch draft.kind {
                case .pause: kind = "break"
                case .review: kind = "review"
                default: kind = "free"
                }
                let circle = Circle(
                    name: Phrasebook.text("Plenary", in: context.language),
                    members: context.agenda.participants.map(\.name), wholeGroup: true)
                steps.append(
                    PlanStep(
                        id: "\(draft.index + 1).\(kind)", itemIndex: draft.index, methodID: nil, phase: draft.title,
                        stepID: kind,
                        kind: kind, name: draft.title, guidance: draft.notes, frame: nil, when: .during, start: clock,
                        end: clock.addingTimeInterval(Double(seconds)), seconds: seconds, minSeconds: seconds,
                        maxSeconds: seconds,
                        atMinimum: false, roles: [:],
                        turns: [Turn(label: draft.title, circles: [circle], prompts: [], seconds: seconds)],
                        prompts: [],
                        captures: [
                            PlanCapture(
                                id: "notes", type: .note, label: "Notes", per: .step, visibility: .shared,
                                scale: nil, itemsFrom: nil)
                        ],
                        groups: [], groupQuality: nil, swaps: [], loop: nil, listening: nil))
                clock = clock.addingTimeInterval(draft.fixedSeconds)
            }
            items.append(
                PlanItem(
                    index: draft.index, kind: draft.kind, title: draft.title, methodID: draft.methodID,
                    start: itemStart, end: clock, notes: draft.notes, steps: steps, review: draft.review,
                    reviewedHarvest: draft.reviewedHarvest))
        }
        var warnings = context.warnings
        let missing = context.missingTranslations.sorted { $0.key < $1.key }
        for (method, count) in missing {
            warnings.append(
                "\(method): \(count) text\(count == 1 ? " has" : "s have") no '\(context.language)' translation; English is shown"
            )
        }
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
        return SessionPlan(
            formatVersion: SessionPlan.currentFormatVersion, engineVersion: DialogueKitVersion.current,
            title: agenda.title, language: context.language, start: agenda.start, end: clock,
            timeZone: agenda.timeZone, location: agenda.location, budgetMinutes: agenda.budgetMinutes,
            seed: context.seed, participants: agenda.participants,
            methods: context.pinnedOrder.compactMap { context.pinned[$0] },
            spaces: PlanSpaces(setting: agenda.spaces.setting, checklist: checklist, materials: materials),
            items: items, warnings: warnings)
    }
}
