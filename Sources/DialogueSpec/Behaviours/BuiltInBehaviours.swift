/// The step kinds every library knows.
public enum BuiltInBehaviours {
    public static let all: [any StepBehaviour] = [
        PlenaryBehaviour(), RoundBehaviour(), InterviewBehaviour(), PairsBehaviour(),
        ReflectingTalkBehaviour(), SubgroupsBehaviour(), ReportBackBehaviour(), TableRotationBehaviour(),
        SilentWritingBehaviour(), ScoringBehaviour(), AgreementsBehaviour(), WorryScaleBehaviour(),
        ReflectionBehaviour(), RoleSwapBehaviour(), BreakBehaviour(), FreeItemBehaviour(),
    ]
}

private func requireCapture(_ kind: Capture.Kind, _ step: Step, _ path: SpecPath, _ report: SpecReporter,
                            behaviour: String) {
    if !step.captures.contains(where: { $0.type == kind }) {
        report.error("behaviour-requirement", "a '\(behaviour)' step must capture a '\(kind.rawValue)'",
                     at: path.appending("captures"),
                     hint: "add {\"id\": \"…\", \"type\": \"\(kind.rawValue)\"} to captures")
    }
}

private func requireGrouping(_ kinds: [Grouping.Kind], _ step: Step, _ path: SpecPath, _ report: SpecReporter,
                             behaviour: String) {
    guard let grouping = step.grouping else {
        report.error("behaviour-requirement", "a '\(behaviour)' step needs a 'grouping'", at: path,
                     hint: "add \"grouping\": {\"type\": \"\(kinds[0].rawValue)\"}")
        return
    }
    if !kinds.contains(grouping.type) {
        report.error("behaviour-requirement",
                     "a '\(behaviour)' step groups people as \(kinds.map(\.rawValue).joined(separator: " or ")), not \(grouping.type.rawValue)",
                     at: path.appending("grouping").appending("type"))
    }
}

private func requireSpeakers(_ step: Step, _ path: SpecPath, _ report: SpecReporter, behaviour: String) {
    if step.speakers.isEmpty {
        report.error("behaviour-requirement", "a '\(behaviour)' step must say who speaks", at: path,
                     hint: "add \"speakers\": [\"…\"] with roles or role groups")
    }
}

/// Open dialogue in the whole group: everyone may speak and respond.
public struct PlenaryBehaviour: StepBehaviour {
    public init() {}
    public let kind = "plenary"
    public let summary = "Open dialogue in the whole group; everyone may speak and respond."
}

/// Each speaker in turn gets an uninterrupted turn; the others listen.
public struct RoundBehaviour: StepBehaviour {
    public init() {}
    public let kind = "round"
    public let summary = "Each person in turn speaks once, uninterrupted, while the others listen."

    public func turns(for step: Step, context: TurnContext) -> [Turn] {
        // Role groups speak in the method's order (the facilitator first, as an example).
        let references = step.repeating?.of.isEmpty == false ? step.repeating?.of ?? [] : step.speakers
        let speakers = references.isEmpty || references.contains(Audience.all)
            ? context.everyone
            : context.peopleInRoleGroupOrder(references).map(\.person)
        return speakers.map { speaker in
            let listeners = context.people(step.listeners?.who ?? [Audience.others], excluding: [speaker])
            let circle = Circle(name: context.word("Plenary"), members: context.everyone, speakers: [speaker],
                                addressed: context.people(step.addressed, excluding: [speaker]),
                                listeners: listeners, listening: step.listeners?.mode ?? .noInterruption,
                                recorders: context.people(step.recorder), wholeGroup: true)
            return Turn(label: speaker, circles: [circle], prompts: context.prompts(of: step, for: speaker))
        }
    }
}

/// An interviewer asks each person of the step's role groups the same questions in turn,
/// role group by role group in the method's order, while everyone else listens.
public struct InterviewBehaviour: StepBehaviour {
    public init() {}
    public let kind = "interview"
    public let summary = "One person at a time is asked the step's questions; the others listen without commenting."

    public func validate(_ step: Step, at path: SpecPath, in method: MethodSpec, report: SpecReporter) {
        requireSpeakers(step, path, report, behaviour: kind)
        if step.addressed.isEmpty {
            report.error("behaviour-requirement", "an 'interview' step must say who interviews (addressed)",
                         at: path, hint: "add \"addressed\": [\"interviewer\"]")
        }
        if step.prompts.isEmpty {
            report.error("behaviour-requirement", "an 'interview' step needs prompts (the questions)",
                         at: path.appending("prompts"))
        }
    }

    public func turns(for step: Step, context: TurnContext) -> [Turn] {
        if let grouping = step.grouping, grouping.type != .plenary, let groups = context.groups.first {
            return [Turn(label: context.word("Interviews in groups"),
                         circles: context.groupCircles(step: step, groups: groups, label: context.word(groupLabel(grouping))),
                         prompts: step.prompts.map(\.id))]
        }
        return context.peopleInRoleGroupOrder(step.speakers).map { entry in
            let addressed = context.people(step.addressed, excluding: [entry.person])
            let circle = Circle(name: context.word("Plenary"), members: context.everyone, speakers: [entry.person],
                                addressed: addressed,
                                listeners: context.people(step.listeners?.who ?? [Audience.others],
                                                          excluding: [entry.person] + addressed),
                                listening: step.listeners?.mode ?? .silent, recorders: context.people(step.recorder),
                                wholeGroup: true)
            return Turn(label: entry.person, circles: [circle], prompts: context.prompts(of: step, for: entry.person))
        }
    }
}

func groupLabel(_ grouping: Grouping) -> String {
    switch grouping.type {
    case .pairs: return "Pair"
    case .triads: return "Triad"
    case .tables: return "Table"
    case .subgroups: return "Group"
    case .plenary: return "Plenary"
    }
}

/// In pairs (or the odd triad), one speaks while the other only listens; then they swap.
public struct PairsBehaviour: StepBehaviour {
    public init() {}
    public let kind = "pairs"
    public let summary = "In pairs, one speaks while the other listens without interrupting; then they swap."

    public func validate(_ step: Step, at path: SpecPath, in method: MethodSpec, report: SpecReporter) {
        requireGrouping([.pairs], step, path, report, behaviour: kind)
    }

    public func turns(for step: Step, context: TurnContext) -> [Turn] {
        let groups = context.groups.first ?? [context.everyone]
        let turnCount = groups.map(\.count).max() ?? 0
        return (0..<turnCount).map { index in
            let circles = groups.enumerated().map { number, members -> Circle in
                let speaker = members.indices.contains(index) ? [members[index]] : []
                return Circle(name: "\(context.word("Pair")) \(number + 1)", members: members, speakers: speaker,
                              listeners: members.filter { !speaker.contains($0) },
                              listening: step.listeners?.mode ?? .noInterruption)
            }
            return Turn(label: index == 0 ? context.word("First speaker") : "\(context.word("Swap: speaker")) \(index + 1)", circles: circles,
                        prompts: step.prompts.map(\.id))
        }
    }
}

/// Some talk about what they heard while the person it concerns listens, not addressed.
public struct ReflectingTalkBehaviour: StepBehaviour {
    public init() {}
    public let kind = "reflecting-talk"
    public let summary = "Some reflect on what they heard while the person concerned listens, not addressed or looked at."

    public func validate(_ step: Step, at path: SpecPath, in method: MethodSpec, report: SpecReporter) {
        requireSpeakers(step, path, report, behaviour: kind)
        if step.listeners?.mode != .reflecting {
            report.error("behaviour-requirement",
                         "a 'reflecting-talk' step needs listeners with mode 'not-addressed'",
                         at: path.appending("listeners"),
                         hint: "add \"listeners\": {\"who\": [\"…\"], \"mode\": \"not-addressed\"}")
        }
    }

    public func turns(for step: Step, context: TurnContext) -> [Turn] {
        if let grouping = step.grouping, grouping.type != .plenary, let groups = context.groups.first {
            return [Turn(label: context.word("Reflecting in groups"),
                         circles: context.groupCircles(step: step, groups: groups, label: context.word(groupLabel(grouping))),
                         prompts: step.prompts.map(\.id))]
        }
        return [context.plenaryTurn(step: step, speakers: context.people(step.speakers))]
    }
}

/// The group splits into subgroups that talk in parallel; each names a rapporteur.
public struct SubgroupsBehaviour: StepBehaviour {
    public init() {}
    public let kind = "subgroups"
    public let summary = "Subgroups talk in parallel; a rapporteur in each writes down and reports back."

    public func validate(_ step: Step, at path: SpecPath, in method: MethodSpec, report: SpecReporter) {
        requireGrouping([.subgroups, .triads, .pairs, .tables], step, path, report, behaviour: kind)
    }

    public func turns(for step: Step, context: TurnContext) -> [Turn] {
        let groups = context.groups.first ?? [context.everyone]
        let label = context.word(step.grouping.map(groupLabel) ?? "Group")
        var circles = context.groupCircles(step: step, groups: groups, label: label)
        for index in circles.indices where circles[index].speakers.isEmpty {
            circles[index].speakers = circles[index].members
            circles[index].listening = .open
        }
        return [Turn(label: context.word("Subgroups"), circles: circles, prompts: step.prompts.map(\.id))]
    }
}

/// Rapporteurs of earlier subgroups report in turn to everyone.
public struct ReportBackBehaviour: StepBehaviour {
    public init() {}
    public let kind = "report-back"
    public let summary = "Each subgroup's rapporteur reports in turn to the whole group."

    public func turns(for step: Step, context: TurnContext) -> [Turn] {
        let reporters = context.groups.first.map { $0.compactMap(\.first) } ?? context.people(step.speakers)
        return reporters.enumerated().map { index, reporter in
            let circle = Circle(name: context.word("Plenary"), members: context.everyone, speakers: [reporter],
                                listeners: context.everyone.filter { $0 != reporter },
                                listening: step.listeners?.mode ?? .noInterruption,
                                recorders: context.people(step.recorder), rapporteur: reporter, wholeGroup: true)
            return Turn(label: "\(context.word("Report")) \(index + 1): \(reporter)", circles: [circle], prompts: step.prompts.map(\.id))
        }
    }
}

/// Café tables: each table has a host who stays and a question; the others move on each round.
public struct TableRotationBehaviour: StepBehaviour {
    public init() {}
    public let kind = "table-rotation"
    public let summary = "Tables talk in rounds; hosts stay and summarise, the others travel to a new table each round."

    public func validate(_ step: Step, at path: SpecPath, in method: MethodSpec, report: SpecReporter) {
        requireGrouping([.tables], step, path, report, behaviour: kind)
        if step.rotation == nil {
            report.error("behaviour-requirement", "a 'table-rotation' step needs a 'rotation'", at: path,
                         hint: "add \"rotation\": {\"rounds\": \"{rounds}\", \"stay\": [\"table-host\"]}")
        }
    }

    public func turns(for step: Step, context: TurnContext) -> [Turn] {
        context.groups.enumerated().map { round, tables in
            let hosts = Set(context.people(step.rotation?.stay ?? []))
            let circles = tables.enumerated().map { index, members -> Circle in
                let host = members.first { hosts.contains($0) }
                return Circle(name: "\(context.word("Table")) \(index + 1)", members: members, speakers: members, listening: .open,
                              recorders: host.map { [$0] } ?? [], host: host,
                              topic: context.topics.isEmpty ? nil : context.topics[index % context.topics.count])
            }
            return Turn(label: "\(context.word("Round")) \(round + 1)", round: round + 1, circles: circles, prompts: step.prompts.map(\.id))
        }
    }
}

/// Everyone writes in silence, one idea or point at a time (post-its, a worksheet).
public struct SilentWritingBehaviour: StepBehaviour {
    public init() {}
    public let kind = "silent-writing"
    public let summary = "Everyone reads or writes in silence; each item is recorded per person."
    public let acceptedCaptures: [Capture.Kind] = [.idea, .note, .concern]

    public func turns(for step: Step, context: TurnContext) -> [Turn] {
        let writers = context.people(step.speakers.isEmpty ? [Audience.all] : step.speakers)
        let circle = Circle(name: context.word("Plenary"), members: context.everyone, speakers: [], listeners: [],
                            listening: .silent, recorders: writers, wholeGroup: true)
        return [Turn(label: context.word("Writing in silence"), circles: [circle], prompts: step.prompts.map(\.id))]
    }
}

/// Each person gives every item a score; the harvest shows mean, median, spread and a ranking.
public struct ScoringBehaviour: StepBehaviour {
    public init() {}
    public let kind = "scoring"
    public let summary = "Each person scores every item on a scale; scores are aggregated and ranked."
    public let acceptedCaptures: [Capture.Kind] = [.score, .note]

    public func validate(_ step: Step, at path: SpecPath, in method: MethodSpec, report: SpecReporter) {
        requireCapture(.score, step, path, report, behaviour: kind)
    }
}

/// The group turns what was said into agreements: who does what, with whom, by when.
public struct AgreementsBehaviour: StepBehaviour {
    public init() {}
    public let kind = "agreements"
    public let summary = "The group makes agreements: who does what, with whom, by when."
    public let acceptedCaptures: [Capture.Kind] = [.agreement, .note]

    public func validate(_ step: Step, at path: SpecPath, in method: MethodSpec, report: SpecReporter) {
        requireCapture(.agreement, step, path, report, behaviour: kind)
    }
}

/// A private rating of one's own worry on a named scale (the zones of concern).
public struct WorryScaleBehaviour: StepBehaviour {
    public init() {}
    public let kind = "worry-scale"
    public let summary = "Each person privately rates their own worry on a scale of zones."
    public let acceptedCaptures: [Capture.Kind] = [.worryLevel, .note]

    public func validate(_ step: Step, at path: SpecPath, in method: MethodSpec, report: SpecReporter) {
        requireCapture(.worryLevel, step, path, report, behaviour: kind)
        for (index, capture) in step.captures.enumerated() where capture.type == .worryLevel {
            if capture.visibility != .private, method.scale(capture.scale ?? "")?.visibility != .private {
                report.warning("worry-visibility", "a worry level is the person's own; it is usually private",
                               at: path.appending("captures").appending(index),
                               hint: "set \"visibility\": \"private\"")
            }
        }
    }
}

/// A person thinks or writes alone: preparation before the meeting or reflection after it.
public struct ReflectionBehaviour: StepBehaviour {
    public init() {}
    public let kind = "reflection"
    public let summary = "Individual thinking or writing, e.g. preparing before or reflecting after the meeting."
}

/// Roles are handed over between parts of a method (observers take over the earlier roles).
public struct RoleSwapBehaviour: StepBehaviour {
    public init() {}
    public let kind = "role-swap"
    public let summary = "Roles are handed over between two parts of the method."

    public func validate(_ step: Step, at path: SpecPath, in method: MethodSpec, report: SpecReporter) {
        if step.swaps.isEmpty {
            report.error("behaviour-requirement", "a 'role-swap' step must list the roles that swap", at: path,
                         hint: "add \"swap\": [{\"between\": [\"observer\", \"director\"]}]")
        }
    }

    public func turns(for step: Step, context: TurnContext) -> [Turn] {
        let names = step.swaps.map { $0.between.joined(separator: " ⇄ ") }.joined(separator: ", ")
        return [Turn(label: "\(context.word("Swap roles")): \(names)",
                     circles: [Circle(name: context.word("Plenary"), members: context.everyone, wholeGroup: true)],
                     prompts: step.prompts.map(\.id))]
    }
}

/// A pause.
public struct BreakBehaviour: StepBehaviour {
    public init() {}
    public let kind = "break"
    public let summary = "A break."

    public func turns(for step: Step, context: TurnContext) -> [Turn] {
        [Turn(label: context.word("Break"), circles: [Circle(name: context.word("Everyone"), members: context.everyone, wholeGroup: true)],
              prompts: [])]
    }
}

/// A free item: welcome, a film or case, closing words.
public struct FreeItemBehaviour: StepBehaviour {
    public init() {}
    public let kind = "free"
    public let summary = "A free item such as a welcome, a film, a case or closing words."
}
