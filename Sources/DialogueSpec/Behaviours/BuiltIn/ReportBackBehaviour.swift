/// Rapporteurs of earlier subgroups report in turn to everyone.
public struct ReportBackBehaviour: StepBehaviour {
    /// Creates it; it has no settings.
    public init() {}
    /// The name specs use in a step's `"kind"`.
    public let kind = "report-back"
    /// One sentence for help texts and listings.
    public let summary = "Each subgroup's rapporteur reports in turn to the whole group."

    /// Examples that double as tests (see ``ExampleCheck``).
    public var examples: [SpecExample] {
        [
            SpecExample(
                #"{"id": "report", "name": "Report back", "kind": "report-back", "duration": {"default": 3, "per": "group"}, "speakers": ["rapporteur"], "addressed": ["all"]}"#
            )
        ]
    }

    /// Lays out the turns of a planned step of this kind.
    public func turns(for step: Step, context: TurnContext) -> [Turn] {
        // Each group's rapporteur: of the step's own groups, else of the item's last grouped step.
        let reporters =
            context.groups.first.map { groups in
                groups.enumerated().compactMap { index, members in
                    TurnContext.rapporteur(
                        of: members, roles: context.groupRoles.indices.contains(index) ? context.groupRoles[index] : [:]
                    )
                }
            } ?? (context.rapporteurs.isEmpty ? context.people(step.speakers) : context.rapporteurs)
        let recorders = context.people(step.recorder)
        return reporters.enumerated().map { index, reporter in
            let circle = Circle(
                name: context.word("Plenary"), members: context.everyone, speakers: [reporter],
                listeners: .allMembersBut([reporter]), listening: step.listeners?.mode ?? .noInterruption,
                recorders: recorders, rapporteur: reporter, wholeGroup: true)
            return Turn(
                label: "\(context.word("Report")) \(index + 1): \(reporter)", circles: [circle],
                prompts: step.prompts.map(\.id))
        }
    }
}
