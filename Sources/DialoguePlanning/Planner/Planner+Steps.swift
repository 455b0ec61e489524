import Foundation

// Laying out one step: its people, turns, prompts and captures.
extension Planner {
    func planStep(
        _ step: Step, phase: Phase, method: MethodSpec, use: MethodUse, people: [Participant],
        holders: [String: [String]], parameters: [String: ParameterValue], index: Int,
        previousGroups: inout (key: String, groups: [[[String]]], roles: [[String: [String]]], quality: GroupQuality?)?,
        context: inout PlanningContext
    ) -> StepDraft? {
        var roleHolders = holders
        var groups: [[[String]]] = []
        var groupRoles: [[String: [String]]] = []
        var quality: GroupQuality? = nil
        if let grouping = step.grouping, grouping.type != .plenary {
            let key =
                "\(grouping.type.rawValue)/\(grouping.size.description)/\(grouping.groupBy ?? "")/\(grouping.count.map { "\($0)" } ?? "")"
            if step.rotation == nil, let previous = previousGroups, previous.key == key {
                groups = previous.groups
                groupRoles = previous.roles
                quality = previous.quality
            } else {
                guard
                    let formed = formGroups(
                        step, grouping: grouping, method: method, people: people, holders: &roleHolders,
                        parameters: parameters, index: index, context: &context)
                else { return nil }
                groups = formed.groups
                groupRoles = formed.roles
                quality = formed.quality
                if step.rotation == nil { previousGroups = (key, groups, groupRoles, quality) }
            }
            for roles in groupRoles {
                for (role, names) in roles { roleHolders[role, default: []] += names }
            }
        }
        let topics: [String] = {
            guard let name = step.rotation?.topics, case .textList(let items)? = parameters[name] else { return [] }
            return items.map { fill($0.resolved(context.language), parameters, context) }
        }()
        let everyone = people.map(\.name)
        var turnContext = TurnContext(
            method: method, everyone: everyone, roleHolders: roleHolders, groups: groups,
            groupRoles: groupRoles, topics: topics, language: context.language)
        if groups.isEmpty, let previous = previousGroups, let earlier = previous.groups.first {
            turnContext.rapporteurs = earlier.enumerated().compactMap { index, members in
                TurnContext.rapporteur(
                    of: members, roles: previous.roles.indices.contains(index) ? previous.roles[index] : [:])
            }
        }
        let behaviour = library.loader.behaviours.behaviour(step.kind)
        var turns = behaviour?.turns(for: step, context: turnContext) ?? []
        let passes = Self.plannedPasses(of: step, in: method)
        var (low, standard, high) = timeRange(
            of: step, use: use, turns: turns.count, groups: groups, index: index, context: &context)
        (low, standard, high) = (low * Double(passes), standard * Double(passes), high * Double(passes))
        if turns.isEmpty {
            turns = [Turn(label: text(step.name, context), circles: [], prompts: step.prompts.map(\.id))]
        }
        Self.markEveryone(in: &turns, everyone: everyone, planEveryone: context.agenda.participants.map(\.name))
        let prompts = step.prompts.map { prompt in
            ResolvedPrompt(
                id: prompt.id,
                text: fill(localized(prompt.text, method: method, context: &context), parameters, context),
                to: prompt.to)
        }
        let captures = step.captures.map {
            planCapture($0, method: method, parameters: parameters, index: index, context: context)
        }
        let plan = PlanStep(
            id: "\(index + 1).\(step.id)", itemIndex: index, methodID: method.id, phase: text(phase.name, context),
            stepID: step.id, kind: step.kind, name: fill(text(step.name, context), parameters, context),
            guidance: step.description.map { fill(text($0, context), parameters, context) },
            frame: phase.frame?.rawValue,
            when: step.when, start: context.agenda.start, end: context.agenda.start, seconds: 0,
            minSeconds: Int((low / Double(passes)).rounded()), maxSeconds: Int((high / Double(passes)).rounded()),
            atMinimum: false,
            roles: roleHolders.filter { !$0.value.isEmpty }, turns: turns, prompts: prompts, captures: captures,
            groups: groups, groupQuality: quality, swaps: step.swaps.map(\.between),
            loop: step.loop.map { loop in
                var themesFrom: String? = nil
                var themes: [String]? = nil
                if let over = loop.over {
                    if let name = MethodReader.parameterName(over) {
                        themes = scoreItems(.parameter(name), parameters: parameters, context: context) ?? []
                    } else {
                        themesFrom = "\(index + 1).\(over)"
                    }
                }
                return PlanLoop(
                    to: loop.to, question: fill(text(loop.question, context), parameters, context),
                    max: loop.max ?? 1, themesFrom: themesFrom, themes: themes)
            },
            listening: step.listeners?.mode.rawValue,
            dividesItems: step.grouping?.divideItems == true ? true : nil, passes: passes > 1 ? passes : nil)
        // Turns that share the step equally, one after another, each get whole units.
        var sharing = 1.0
        if let per = step.duration?.per, per == .speaker || per == .round, use.durations[step.id] == nil,
            turns.count > 1, let weight = turns.first?.weight, turns.allSatisfy({ $0.weight == weight }),
            per == .round ? groups.count == turns.count : true
        {
            sharing = Double(turns.count)
        }
        return StepDraft(
            plan: plan, low: low, standard: standard, high: high, turnsSharing: sharing * Double(passes),
            inMeeting: step.when == .during)
    }

    /// The passes the plan gives `step`: the `rounds` of the loop whose span (its target up to
    /// the loop's step) holds it, else 1.
    static func plannedPasses(of step: Step, in method: MethodSpec) -> Int {
        let steps = method.phases.flatMap(\.steps)
        guard let index = steps.firstIndex(where: { $0.id == step.id }) else { return 1 }
        for loopIndex in steps.indices where loopIndex >= index {
            guard let loop = steps[loopIndex].loop, let target = steps.firstIndex(where: { $0.id == loop.to }),
                target <= index
            else { continue }
            return max(1, loop.rounds ?? 1)
        }
        return 1
    }

    /// Marks the circles whose members are everyone in the plan, so the plan writes them once.
    static func markEveryone(in turns: inout [Turn], everyone: [String], planEveryone: [String]) {
        guard everyone == planEveryone else { return }
        for turn in turns.indices {
            for circle in turns[turn].circles.indices
            where turns[turn].circles[circle].wholeGroup && turns[turn].circles[circle].members == everyone {
                turns[turn].circles[circle].membersAreEveryone = true
            }
        }
    }

    /// The step's seconds at its minimum, default and maximum: its minutes times what they
    /// count (the step, each speaker, round or group), or the agenda's override.
    private func timeRange(
        of step: Step, use: MethodUse, turns: Int, groups: [[[String]]], index: Int, context: inout PlanningContext
    ) -> (low: Double, standard: Double, high: Double) {
        let duration = step.duration ?? StepDuration(defaultMinutes: 0, minMinutes: 0, maxMinutes: 0, per: .step)
        let units: Double
        switch duration.per {
        case .step: units = 1
        case .speaker: units = Double(max(1, turns))
        case .round: units = Double(max(1, groups.count))
        case .group: units = Double(max(1, groups.first?.count ?? 1))
        }
        var low = duration.minMinutes * units * 60
        var standard = duration.defaultMinutes * units * 60
        var high = duration.maxMinutes * units * 60
        if let override = use.durations[step.id] {
            if override < duration.minMinutes || override > duration.maxMinutes {
                let minutes = [override, duration.minMinutes, duration.maxMinutes].map {
                    NumberText.format($0, decimals: 1, in: context.language)
                }
                context.warnings.append(
                    Phrasebook.say(
                        "plan.duration-outside", in: context.language, [String(index + 1), step.id] + minutes))
            }
            standard = override * units * 60
            low = standard
            high = standard
        }
        return (low, standard, high)
    }

    /// A capture as the plan shows it: its label and scale in the session's language.
    private func planCapture(
        _ capture: Capture, method: MethodSpec, parameters: [String: ParameterValue], index: Int,
        context: PlanningContext
    ) -> PlanCapture {
        let scale = capture.scale.flatMap(method.scale).map { scale in
            PlanScale(
                id: scale.id, name: text(scale.name, context), min: scale.min, max: scale.max,
                levels: scale.levels.map { ScaleLevelText(value: $0.value, label: text($0.label, context)) },
                visibility: scale.visibility)
        }
        let fallback: String
        switch capture.type {
        case .note: fallback = Phrasebook.text("Notes", in: context.language)
        case .idea: fallback = Phrasebook.text("Ideas", in: context.language)
        case .concern: fallback = Phrasebook.text("Concerns", in: context.language)
        case .worryLevel: fallback = Phrasebook.text("Worry level", in: context.language)
        case .score: fallback = Phrasebook.text("Scores", in: context.language)
        case .agreement: fallback = Phrasebook.text("Agreements", in: context.language)
        }
        return PlanCapture(
            id: capture.id, type: capture.type, label: capture.label.map { text($0, context) } ?? fallback,
            per: capture.per,
            visibility: capture.visibility == .private || scale?.visibility == .private ? .private : .shared,
            scale: scale, itemsFrom: capture.itemsFrom.map { "\(index + 1).\($0)" },
            items: scoreItems(capture.items, parameters: parameters, context: context),
            commands: capture.command.map { command in
                let own = command.resolved(context.language)
                return [own] + command.entries.map(\.text).filter { $0 != own }
            })
    }

    /// Declared score items in the session's language; nil when the capture declares none.
    private func scoreItems(_ items: ScoreItems?, parameters: [String: ParameterValue], context: PlanningContext)
        -> [String]?
    {
        switch items {
        case .listed(let list)?: return list.map { fill($0.resolved(context.language), parameters, context) }
        case .parameter(let name)?:
            guard case .textList(let list)? = parameters[name] else { return nil }
            return list.map { fill($0.resolved(context.language), parameters, context) }
        case nil: return nil
        }
    }
}
