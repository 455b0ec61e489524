/// The group splits into subgroups that talk in parallel; each names a rapporteur.
public struct SubgroupsBehaviour: StepBehaviour {
    /// Creates it; it has no settings.
    public init() {}
    /// The name specs use in a step's `"kind"`.
    public let kind = "subgroups"
    /// One sentence for help texts and listings.
    public let summary = "Subgroups talk in parallel; a rapporteur in each writes down and reports back."

    /// Examples that double as tests (see ``ExampleCheck``).
    public var examples: [SpecExample] {
        [
            SpecExample(
                #"{"id": "groups", "name": "In groups", "kind": "subgroups", "duration": {"default": 15}, "grouping": {"type": "subgroups", "size": {"min": 3, "max": 5}, "rapporteur": true}, "speakers": ["all"]}"#
            ),
            SpecExample(
                #"↓{"id": "groups", "name": "In groups", "kind": "subgroups", "duration": {"default": 15}, "speakers": ["all"]}"#
            ),
        ]
    }

    /// Checks a step of this kind, reporting at `path`.
    public func validate(_ step: Step, at path: SpecPath, in method: MethodSpec, report: SpecReporter) {
        requireGrouping([.subgroups, .triads, .pairs, .tables], step, path, report, behaviour: kind)
    }

    /// Lays out the turns of a planned step of this kind.
    public func turns(for step: Step, context: TurnContext) -> [Turn] {
        let groups = context.groups.first ?? [context.everyone]
        let label = context.word(step.grouping.map(groupLabel) ?? "Group")
        var circles = context.groupCircles(step: step, groups: groups, label: label)
        for index in circles.indices where circles[index].speakers.isEmpty {
            circles[index].speakers = circles[index].members
            circles[index].listening = .open
        }
        return [Turn(label: context.word("Subgroups"), circles: circles, prompts: step.prompts.map(\.id))]
    }
}
