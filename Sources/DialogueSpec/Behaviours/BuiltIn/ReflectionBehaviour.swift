/// A person thinks or writes alone: preparation before the meeting or reflection after it.
public struct ReflectionBehaviour: StepBehaviour {
    public init() {}
    public let kind = "reflection"
    public let summary = "Individual thinking or writing, e.g. preparing before or reflecting after the meeting."

    public var examples: [SpecExample] {
        [
            SpecExample(
                #"{"id": "afterwards", "name": "Reflect afterwards", "kind": "reflection", "when": "after", "speakers": ["interviewer"]}"#
            )
        ]
    }
}
