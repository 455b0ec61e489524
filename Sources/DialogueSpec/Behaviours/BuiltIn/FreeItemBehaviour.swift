/// A free item: welcome, a film or case, closing words.
public struct FreeItemBehaviour: StepBehaviour {
    public init() {}
    public let kind = "free"
    public let summary = "A free item such as a welcome, a film, a case or closing words."

    public var examples: [SpecExample] {
        [
            SpecExample(#"{"id": "welcome", "name": "Welcome", "kind": "free", "duration": {"default": 5}}"#)
        ]
    }
}
