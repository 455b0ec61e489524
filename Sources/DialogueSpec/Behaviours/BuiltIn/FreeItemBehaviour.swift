/// A free item: welcome, a film or case, closing words.
public struct FreeItemBehaviour: StepBehaviour {
    /// Creates it; it has no settings.
    public init() {}
    /// The name specs use in a step's `"kind"`.
    public let kind = "free"
    /// One sentence for help texts and listings.
    public let summary = "A free item such as a welcome, a film, a case or closing words."

    /// Examples that double as tests (see ``ExampleCheck``).
    public var examples: [SpecExample] {
        [
            SpecExample(#"{"id": "welcome", "name": "Welcome", "kind": "free", "duration": {"default": 5}}"#)
        ]
    }
}
