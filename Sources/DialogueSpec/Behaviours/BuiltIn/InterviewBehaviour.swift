/// An interviewer asks each person of the step's role groups the same questions in turn,
/// role group by role group in the method's order, while everyone else listens.
public struct InterviewBehaviour: StepBehaviour {
    /// Creates it; it has no settings.
    public init() {}
    /// The name specs use in a step's `"kind"`.
    public let kind = "interview"
    /// One sentence for help texts and listings.
    public let summary = "One person at a time is asked the step's questions; the others listen without commenting."

    /// Examples that double as tests (see ``ExampleCheck``).
    public var examples: [SpecExample] {
        [
            SpecExample(
                #"{"id": "interview", "name": "Interview", "kind": "interview", "duration": {"default": 5, "per": "speaker"}, "speakers": ["network", "professionals"], "addressed": ["interviewer"], "recorder": ["note-taker"], "listeners": {"who": ["others"], "mode": "silent"}, "prompts": [{"id": "going-well", "text": "What is going well?"}]}"#
            ),
            SpecExample(
                #"↓{"id": "interview", "name": "Interview", "kind": "interview", "duration": {"default": 5}, "speakers": ["network"], "prompts": [{"id": "going-well", "text": "What is going well?"}]}"#
            ),
            SpecExample(
                #"{"id": "interview", "name": "Interview", "kind": "interview", "duration": {"default": 5}, "speakers": ["network"], "addressed": ["interviewer"], "prompts": ↓[]}"#
            ),
        ]
    }

    /// Checks a step of this kind, reporting at `path`.
    public func validate(_ step: Step, at path: SpecPath, in method: MethodSpec, report: SpecReporter) {
        requireSpeakers(step, path, report, behaviour: kind)
        if step.addressed.isEmpty {
            report.error(
                "behaviour-requirement", "an 'interview' step must say who interviews (addressed)",
                at: path, hint: "add \"addressed\": [\"interviewer\"]")
        }
        if step.prompts.isEmpty {
            report.error(
                "behaviour-requirement", "an 'interview' step needs prompts (the questions)",
                at: path.appending("prompts"))
        }
    }

    /// One person at a time in every group at once: in turn k the k-th speaker of each group is
    /// interviewed by the group's addressed people while the rest listen. A group with fewer
    /// speakers sits out the last turns.
    private func turnsInGroups(_ step: Step, groups: [[String]], label: String, context: TurnContext) -> [Turn] {
        let circles = context.groupCircles(step: step, groups: groups, label: label)
        let count = circles.map(\.speakers.count).max() ?? 0
        let everyoneElse = step.addressed.contains { $0 == Audience.others || $0 == Audience.all }
        let addressedRoles = Set(context.people(step.addressed.filter { $0 != Audience.others && $0 != Audience.all }))
        return (0..<count).map { index in
            let turnCircles = circles.compactMap { circle -> Circle? in
                guard circle.speakers.indices.contains(index) else { return nil }
                let speaker = circle.speakers[index]
                var one = circle
                one.speakers = [speaker]
                // When everyone else is addressed, they are also the ones listening, in the step's mode.
                one.addressed = circle.members.filter { $0 != speaker && (everyoneElse || addressedRoles.contains($0)) }
                one.listenerSet = .named(
                    circle.members.filter { $0 != speaker && (everyoneElse || !one.addressed.contains($0)) })
                return one
            }
            return Turn(
                label: "\(context.word("Turn")) \(index + 1)", circles: turnCircles,
                prompts: context.prompts(of: step, for: turnCircles.first?.speakers.first))
        }
    }

    /// Lays out the turns of a planned step of this kind.
    public func turns(for step: Step, context: TurnContext) -> [Turn] {
        if let grouping = step.grouping, grouping.type != .plenary, let groups = context.groups.first {
            return turnsInGroups(step, groups: groups, label: context.word(groupLabel(grouping)), context: context)
        }
        let recorders = context.people(step.recorder)
        return context.peopleInRoleGroupOrder(step.speakers).map { entry in
            let addressed = context.people(step.addressed, excluding: [entry.person])
            let circle = Circle(
                name: context.word("Plenary"), members: context.everyone, speakers: [entry.person],
                addressed: addressed,
                listeners: context.listeners(step.listeners?.who, excluding: [entry.person] + addressed),
                listening: step.listeners?.mode ?? .silent, recorders: recorders, wholeGroup: true)
            return Turn(label: entry.person, circles: [circle], prompts: context.prompts(of: step, for: entry.person))
        }
    }
}
