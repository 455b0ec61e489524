/// Everyone writes in silence, one idea or point at a time (post-its, a worksheet).
public struct SilentWritingBehaviour: StepBehaviour {
    public init() {}
    public let kind = "silent-writing"
    public let summary = "Everyone reads or writes in silence; each item is recorded per person."
    public let acceptedCaptures: [Capture.Kind] = [.idea, .note, .concern]

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

    public func turns(for step: Step, context: TurnContext) -> [Turn] {
        let writers = context.people(step.speakers.isEmpty ? [Audience.all] : step.speakers)
        let circle = Circle(
            name: context.word("Plenary"), members: context.everyone, speakers: [], listeners: [],
            listening: .silent, recorders: writers, wholeGroup: true)
        return [Turn(label: context.word("Writing in silence"), circles: [circle], prompts: step.prompts.map(\.id))]
    }
}
