/// A follow-up meeting's review of the plan: each person in turn says how their part of the
/// plan worked, while the others listen, and their agreements from the earlier meeting are
/// reviewed one by one (`/review N done|partly|not-done|changed|dropped NOTE`). The agreements
/// come from the harvest the agenda item names with `"review"`.
public struct AgreementReviewBehaviour: StepBehaviour {
    /// Creates it; it has no settings.
    public init() {}
    /// The name specs use in a step's `"kind"`.
    public let kind = "agreement-review"
    /// One sentence for help texts and listings.
    public let summary =
        "Each person in turn reviews how the plan worked and what became of their agreements; the others listen."
    /// The records a step of this kind may capture.
    public let acceptedCaptures: [Capture.Kind] = [.note, .concern]

    private let interview = InterviewBehaviour()

    /// Examples that double as tests (see ``ExampleCheck``).
    public var examples: [SpecExample] {
        [
            SpecExample(
                #"{"id": "review", "name": "How did the plan work?", "kind": "agreement-review", "duration": {"default": 6, "per": "speaker"}, "speakers": ["network", "professionals"], "addressed": ["interviewer"], "listeners": {"who": ["others"], "mode": "silent"}, "prompts": [{"id": "worked", "text": "How has the plan worked?"}]}"#
            ),
            SpecExample(
                #"↓{"id": "review", "name": "How did the plan work?", "kind": "agreement-review", "duration": {"default": 6}, "speakers": ["network"], "prompts": [{"id": "worked", "text": "How has the plan worked?"}]}"#
            ),
        ]
    }

    /// Checks a step of this kind, reporting at `path`: as an interview (who speaks, who asks,
    /// the questions).
    public func validate(_ step: Step, at path: SpecPath, in method: MethodSpec, report: SpecReporter) {
        interview.validate(step, at: path, in: method, report: report)
    }

    /// One turn per person, role group by role group, as an interview.
    public func turns(for step: Step, context: TurnContext) -> [Turn] {
        interview.turns(for: step, context: context)
    }
}
