/// A private rating of one's own worry on a named scale (the zones of concern).
public struct WorryScaleBehaviour: StepBehaviour {
    /// Creates it; it has no settings.
    public init() {}
    /// The name specs use in a step's `"kind"`.
    public let kind = "worry-scale"
    /// One sentence for help texts and listings.
    public let summary = "Each person privately rates their own worry on a scale of zones."
    /// The records a step of this kind may capture.
    public let acceptedCaptures: [Capture.Kind] = [.worryLevel, .note]

    /// Examples that double as tests (see ``ExampleCheck``).
    public var examples: [SpecExample] {
        [
            SpecExample(
                #"{"id": "worry", "name": "How worried am I?", "kind": "worry-scale", "when": "before", "captures": [{"id": "level", "type": "worry-level", "scale": "zones", "visibility": "private"}]}"#
            ),
            SpecExample(
                #"{"id": "worry", "name": "How worried am I?", "kind": "worry-scale", "when": "before", "captures": ↓[{"id": "notes", "type": "note"}]}"#
            ),
        ]
    }

    /// Checks a step of this kind, reporting at `path`.
    public func validate(_ step: Step, at path: SpecPath, in method: MethodSpec, report: SpecReporter) {
        requireCapture(.worryLevel, step, path, report, behaviour: kind)
        for (index, capture) in step.captures.enumerated() where capture.type == .worryLevel {
            if capture.visibility != .private, method.scale(capture.scale ?? "")?.visibility != .private {
                report.warning(
                    "worry-visibility", "a worry level is the person's own; it is usually private",
                    at: path.appending("captures").appending(index),
                    hint: "set \"visibility\": \"private\"")
            }
        }
    }
}
