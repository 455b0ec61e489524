/// Café tables: each table has a host who stays and a question; the others move on each round.
public struct TableRotationBehaviour: StepBehaviour {
    /// Creates it; it has no settings.
    public init() {}
    /// The name specs use in a step's `"kind"`.
    public let kind = "table-rotation"
    /// One sentence for help texts and listings.
    public let summary = "Tables talk in rounds; hosts stay and summarise, the others travel to a new table each round."

    /// Examples that double as tests (see ``ExampleCheck``).
    public var examples: [SpecExample] {
        [
            SpecExample(
                #"{"id": "tables", "name": "Café rounds", "kind": "table-rotation", "duration": {"default": 20, "per": "round"}, "grouping": {"type": "tables", "size": {"min": 4, "max": 6}, "count": "{questions}"}, "rotation": {"rounds": 3, "stay": ["table-host"], "topics": "{questions}"}, "speakers": ["all"]}"#
            ),
            SpecExample(
                #"↓{"id": "tables", "name": "Café rounds", "kind": "table-rotation", "duration": {"default": 20}, "grouping": {"type": "tables", "size": {"min": 4, "max": 6}}, "speakers": ["all"]}"#
            ),
        ]
    }

    /// Checks a step of this kind, reporting at `path`.
    public func validate(_ step: Step, at path: SpecPath, in method: MethodSpec, report: SpecReporter) {
        requireGrouping([.tables], step, path, report, behaviour: kind)
        if step.rotation == nil {
            report.error(
                "behaviour-requirement", "a 'table-rotation' step needs a 'rotation'", at: path,
                hint: "add \"rotation\": {\"rounds\": \"{rounds}\", \"stay\": [\"table-host\"]}")
        }
    }

    /// Lays out the turns of a planned step of this kind.
    public func turns(for step: Step, context: TurnContext) -> [Turn] {
        context.groups.enumerated().map { round, tables in
            let hosts = Set(context.people(step.rotation?.stay ?? []))
            let circles = tables.enumerated().map { index, members -> Circle in
                let host = members.first { hosts.contains($0) }
                return Circle(
                    name: "\(context.word("Table")) \(index + 1)", members: members, speakers: members,
                    listening: .open,
                    recorders: host.map { [$0] } ?? [], host: host,
                    topic: context.topics.isEmpty ? nil : context.topics[index % context.topics.count])
            }
            return Turn(
                label: "\(context.word("Round")) \(round + 1)", round: round + 1, circles: circles,
                prompts: step.prompts.map(\.id))
        }
    }
}
