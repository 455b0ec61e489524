/// Each speaker in turn gets an uninterrupted turn; the others listen.
public struct RoundBehaviour: StepBehaviour {
    /// Creates it; it has no settings.
    public init() {}
    /// The name specs use in a step's `"kind"`.
    public let kind = "round"
    /// One sentence for help texts and listings.
    public let summary = "Each person in turn speaks once, uninterrupted, while the others listen."

    /// Examples that double as tests (see ``ExampleCheck``).
    public var examples: [SpecExample] {
        [
            SpecExample(
                #"{"id": "round", "name": "Introduce yourself", "kind": "round", "duration": {"default": 1, "per": "speaker"}, "speakers": ["all"], "listeners": {"who": ["others"], "mode": "no-interruption"}, "prompts": [{"id": "who", "text": "Who are you, and what brings you here?"}]}"#
            )
        ]
    }

    /// Lays out the turns of a planned step of this kind.
    public func turns(for step: Step, context: TurnContext) -> [Turn] {
        // Role groups speak in the method's order (the facilitator first, as an example).
        let references = step.repeating?.of.isEmpty == false ? step.repeating?.of ?? [] : step.speakers
        let speakers =
            references.isEmpty || references.contains(Audience.all)
            ? context.everyone
            : context.peopleInRoleGroupOrder(references).map(\.person)
        let recorders = context.people(step.recorder)
        return speakers.map { speaker in
            let circle = Circle(
                name: context.word("Plenary"), members: context.everyone, speakers: [speaker],
                addressed: context.people(step.addressed, excluding: [speaker]),
                listeners: context.listeners(step.listeners?.who, excluding: [speaker]),
                listening: step.listeners?.mode ?? .noInterruption, recorders: recorders, wholeGroup: true)
            return Turn(label: speaker, circles: [circle], prompts: context.prompts(of: step, for: speaker))
        }
    }
}
