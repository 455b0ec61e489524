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

    /// Lays out the turns of a planned step of this kind.
    public func turns(for step: Step, context: TurnContext) -> [Turn] {
        if let grouping = step.grouping, grouping.type != .plenary, let groups = context.groups.first {
            return [
                Turn(
                    label: context.word("Interviews in groups"),
                    circles: context.groupCircles(
                        step: step, groups: groups, label: context.word(groupLabel(grouping))),
                    prompts: step.prompts.map(\.id))
            ]
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
