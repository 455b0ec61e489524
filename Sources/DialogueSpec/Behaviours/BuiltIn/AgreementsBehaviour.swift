/// The group turns what was said into agreements: who does what, with whom, by when.
public struct AgreementsBehaviour: StepBehaviour {
    /// Creates it; it has no settings.
    public init() {}
    /// The name specs use in a step's `"kind"`.
    public let kind = "agreements"
    /// One sentence for help texts and listings.
    public let summary = "The group makes agreements: who does what, with whom, by when."
    /// The records a step of this kind may capture.
    public let acceptedCaptures: [Capture.Kind] = [.agreement, .note]

    /// Examples that double as tests (see ``ExampleCheck``).
    public var examples: [SpecExample] {
        [
            SpecExample(
                #"{"id": "agree", "name": "Who does what with whom", "kind": "agreements", "duration": {"default": 15}, "speakers": ["all"], "captures": [{"id": "agreements", "type": "agreement", "per": "step"}]}"#
            ),
            SpecExample(
                #"↓{"id": "agree", "name": "Who does what with whom", "kind": "agreements", "duration": {"default": 15}, "speakers": ["all"]}"#
            ),
        ]
    }

    /// Checks a step of this kind, reporting at `path`.
    public func validate(_ step: Step, at path: SpecPath, in method: MethodSpec, report: SpecReporter) {
        requireCapture(.agreement, step, path, report, behaviour: kind)
    }
}
