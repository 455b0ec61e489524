/// Some talk about what they heard while the person it concerns listens, not addressed.
public struct ReflectingTalkBehaviour: StepBehaviour {
    /// Creates it; it has no settings.
    public init() {}
    /// The name specs use in a step's `"kind"`.
    public let kind = "reflecting-talk"
    /// One sentence for help texts and listings.
    public let summary =
        "Some reflect on what they heard while the person concerned listens, not addressed or looked at."

    /// Examples that double as tests (see ``ExampleCheck``).
    public var examples: [SpecExample] {
        [
            SpecExample(
                #"{"id": "reflect", "name": "Reflect", "kind": "reflecting-talk", "duration": {"default": 10}, "speakers": ["professionals"], "listeners": {"who": ["network"], "mode": "not-addressed"}}"#
            ),
            SpecExample(
                #"{"id": "reflect", "name": "Reflect", "kind": "reflecting-talk", "duration": {"default": 10}, "speakers": ["professionals"], "listeners": ↓{"who": ["network"], "mode": "silent"}}"#
            ),
        ]
    }

    /// Checks a step of this kind, reporting at `path`.
    public func validate(_ step: Step, at path: SpecPath, in method: MethodSpec, report: SpecReporter) {
        requireSpeakers(step, path, report, behaviour: kind)
        if step.listeners?.mode != .reflecting {
            report.error(
                "behaviour-requirement",
                "a 'reflecting-talk' step needs listeners with mode 'not-addressed'",
                at: path.appending("listeners"),
                hint: "add \"listeners\": {\"who\": [\"…\"], \"mode\": \"not-addressed\"}")
        }
    }

    /// Lays out the turns of a planned step of this kind.
    public func turns(for step: Step, context: TurnContext) -> [Turn] {
        if let grouping = step.grouping, grouping.type != .plenary, let groups = context.groups.first {
            return [
                Turn(
                    label: context.word("Reflecting in groups"),
                    circles: context.groupCircles(
                        step: step, groups: groups, label: context.word(groupLabel(grouping))),
                    prompts: step.prompts.map(\.id))
            ]
        }
        return [context.plenaryTurn(step: step, speakers: context.people(step.speakers))]
    }
}
