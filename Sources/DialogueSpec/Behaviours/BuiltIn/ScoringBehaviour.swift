/// Each person gives every item a score; the harvest shows mean, median, spread and a ranking.
public struct ScoringBehaviour: StepBehaviour {
    public init() {}
    public let kind = "scoring"
    public let summary = "Each person scores every item on a scale; scores are aggregated and ranked."
    public let acceptedCaptures: [Capture.Kind] = [.score, .note]

    public var examples: [SpecExample] {
        [
            SpecExample(
                #"{"id": "score", "name": "Score", "kind": "scoring", "duration": {"default": 5}, "captures": [{"id": "grades", "type": "score", "scale": "grade"}]}"#
            ),
            SpecExample(
                #"{"id": "score", "name": "Score", "kind": "scoring", "duration": {"default": 5}, "captures": ↓[{"id": "notes", "type": "note"}]}"#
            ),
        ]
    }

    public func validate(_ step: Step, at path: SpecPath, in method: MethodSpec, report: SpecReporter) {
        requireCapture(.score, step, path, report, behaviour: kind)
    }
}
