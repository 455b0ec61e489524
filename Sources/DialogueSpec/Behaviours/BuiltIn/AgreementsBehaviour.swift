/// The group turns what was said into agreements: who does what, with whom, by when.
public struct AgreementsBehaviour: StepBehaviour {
    public init() {}
    public let kind = "agreements"
    public let summary = "The group makes agreements: who does what, with whom, by when."
    public let acceptedCaptures: [Capture.Kind] = [.agreement, .note]

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

    public func validate(_ step: Step, at path: SpecPath, in method: MethodSpec, report: SpecReporter) {
        requireCapture(.agreement, step, path, report, behaviour: kind)
    }
}
