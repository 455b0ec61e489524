/// Open dialogue in the whole group: everyone may speak and respond.
public struct PlenaryBehaviour: StepBehaviour {
    /// Creates it; it has no settings.
    public init() {}
    /// The name specs use in a step's `"kind"`.
    public let kind = "plenary"
    /// One sentence for help texts and listings.
    public let summary = "Open dialogue in the whole group; everyone may speak and respond."

    /// Examples that double as tests (see ``ExampleCheck``).
    public var examples: [SpecExample] {
        [
            SpecExample(
                #"{"id": "talk", "name": "Talk together", "kind": "plenary", "duration": {"default": 10}, "speakers": ["all"], "addressed": ["all"], "listeners": {"who": ["others"], "mode": "open"}}"#
            )
        ]
    }
}
