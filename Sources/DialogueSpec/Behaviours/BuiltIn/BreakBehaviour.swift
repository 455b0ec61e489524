/// A pause.
public struct BreakBehaviour: StepBehaviour {
    /// Creates it; it has no settings.
    public init() {}
    /// The name specs use in a step's `"kind"`.
    public let kind = "break"
    /// One sentence for help texts and listings.
    public let summary = "A break."

    /// Examples that double as tests (see ``ExampleCheck``).
    public var examples: [SpecExample] {
        [
            SpecExample(#"{"id": "coffee", "name": "Coffee", "kind": "break", "duration": {"default": 10}}"#)
        ]
    }

    /// Lays out the turns of a planned step of this kind.
    public func turns(for step: Step, context: TurnContext) -> [Turn] {
        [
            Turn(
                label: context.word("Break"),
                circles: [Circle(name: context.word("Everyone"), members: context.everyone, wholeGroup: true)],
                prompts: [])
        ]
    }
}
