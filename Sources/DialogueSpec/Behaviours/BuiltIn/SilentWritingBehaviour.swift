/// Everyone writes in silence, one idea or point at a time (post-its, a worksheet).
public struct SilentWritingBehaviour: StepBehaviour {
    /// Creates it; it has no settings.
    public init() {}
    /// The name specs use in a step's `"kind"`.
    public let kind = "silent-writing"
    /// One sentence for help texts and listings.
    public let summary = "Everyone reads or writes in silence; each item is recorded per person."
    /// The records a step of this kind may capture.
    public let acceptedCaptures: [Capture.Kind] = [.idea, .note, .concern]

    /// Examples that double as tests (see ``ExampleCheck``).
    public var examples: [SpecExample] {
        [
            SpecExample(
                #"{"id": "write", "name": "Write in silence", "kind": "silent-writing", "duration": {"default": 5}, "captures": [{"id": "ideas", "type": "idea"}]}"#
            ),
            SpecExample(
                #"{"id": "write", "name": "Write in silence", "kind": "silent-writing", "duration": {"default": 5}, "captures": [{"id": "grades", "type": ↓"score", "scale": "grade"}]}"#
            ),
        ]
    }

    /// Lays out the turns of a planned step of this kind.
    public func turns(for step: Step, context: TurnContext) -> [Turn] {
        let writers = context.people(step.speakers.isEmpty ? [Audience.all] : step.speakers)
        let circle = Circle(
            name: context.word("Plenary"), members: context.everyone, speakers: [], listeners: [],
            listening: .silent, recorders: writers, wholeGroup: true)
        return [Turn(label: context.word("Writing in silence"), circles: [circle], prompts: step.prompts.map(\.id))]
    }
}
