/// A private rating of one's own worry on a named scale (the zones of concern).
public struct WorryScaleBehaviour: StepBehaviour {
    public init() {}
    public let kind = "worry-scale"
    public let summary = "Each person privately rates their own worry on a scale of zones."
    public let acceptedCaptures: [Capture.Kind] = [.worryLevel, .note]

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
