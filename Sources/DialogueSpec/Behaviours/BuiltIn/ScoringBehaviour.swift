/// Each person gives every item a score; the harvest shows mean, median, spread and a ranking.
public struct ScoringBehaviour: StepBehaviour {
    /// Creates it; it has no settings.
    public init() {}
    /// The name specs use in a step's `"kind"`.
    public let kind = "scoring"
    /// One sentence for help texts and listings.
    public let summary = "Each person scores every item on a scale; scores are aggregated and ranked."
    /// The records a step of this kind may capture.
    public let acceptedCaptures: [Capture.Kind] = [.score, .note]

    /// Examples that double as tests (see ``ExampleCheck``).
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

    /// Checks a step of this kind, reporting at `path`.
    public func validate(_ step: Step, at path: SpecPath, in method: MethodSpec, report: SpecReporter) {
        requireCapture(.score, step, path, report, behaviour: kind)
    }
}
