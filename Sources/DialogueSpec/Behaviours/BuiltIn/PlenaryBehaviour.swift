/// Open dialogue in the whole group: everyone may speak and respond.
public struct PlenaryBehaviour: StepBehaviour {
    public init() {}
    public let kind = "plenary"
    public let summary = "Open dialogue in the whole group; everyone may speak and respond."

    public var examples: [SpecExample] {
        [
            SpecExample(
                #"{"id": "talk", "name": "Talk together", "kind": "plenary", "duration": {"default": 10}, "speakers": ["all"], "addressed": ["all"], "listeners": {"who": ["others"], "mode": "open"}}"#
            )
        ]
    }
}
