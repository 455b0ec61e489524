/// A pause.
public struct BreakBehaviour: StepBehaviour {
    public init() {}
    public let kind = "break"
    public let summary = "A break."

    public var examples: [SpecExample] {
        [
            SpecExample(#"{"id": "coffee", "name": "Coffee", "kind": "break", "duration": {"default": 10}}"#)
        ]
    }

    public func turns(for step: Step, context: TurnContext) -> [Turn] {
        [
            Turn(
                label: context.word("Break"),
                circles: [Circle(name: context.word("Everyone"), members: context.everyone, wholeGroup: true)],
                prompts: [])
        ]
    }
}
