/// A person thinks or writes alone: preparation before the meeting or reflection after it.
public struct ReflectionBehaviour: StepBehaviour {
    /// Creates it; it has no settings.
    public init() {}
    /// The name specs use in a step's `"kind"`.
    public let kind = "reflection"
    /// One sentence for help texts and listings.
    public let summary = "Individual thinking or writing, e.g. preparing before or reflecting after the meeting."

    /// Examples that double as tests (see ``ExampleCheck``).
    public var examples: [SpecExample] {
        [
            SpecExample(
                #"{"id": "afterwards", "name": "Reflect afterwards", "kind": "reflection", "when": "after", "speakers": ["interviewer"]}"#
            )
        ]
    }
}
