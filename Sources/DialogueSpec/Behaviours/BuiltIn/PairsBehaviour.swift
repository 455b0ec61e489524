/// In pairs (or the odd triad), one speaks while the other only listens; then they swap.
public struct PairsBehaviour: StepBehaviour {
    /// Creates it; it has no settings.
    public init() {}
    /// The name specs use in a step's `"kind"`.
    public let kind = "pairs"
    /// One sentence for help texts and listings.
    public let summary = "In pairs, one speaks while the other listens without interrupting; then they swap."

    /// Examples that double as tests (see ``ExampleCheck``).
    public var examples: [SpecExample] {
        [
            SpecExample(
                #"{"id": "listen", "name": "Listen in pairs", "kind": "pairs", "duration": {"default": 3, "per": "speaker"}, "grouping": {"type": "pairs"}, "speakers": ["all"], "listeners": {"who": ["others"], "mode": "no-interruption"}}"#
            ),
            SpecExample(
                #"{"id": "listen", "name": "Listen in pairs", "kind": "pairs", "duration": {"default": 3}, "grouping": {"type": ↓"triads"}, "speakers": ["all"]}"#
            ),
        ]
    }

    /// Checks a step of this kind, reporting at `path`.
    public func validate(_ step: Step, at path: SpecPath, in method: MethodSpec, report: SpecReporter) {
        requireGrouping([.pairs], step, path, report, behaviour: kind)
    }

    /// Lays out the turns of a planned step of this kind.
    public func turns(for step: Step, context: TurnContext) -> [Turn] {
        let groups = context.groups.first ?? [context.everyone]
        let turnCount = groups.map(\.count).max() ?? 0
        return (0..<turnCount).map { index in
            let circles = groups.enumerated().map { number, members -> Circle in
                let speaker = members.indices.contains(index) ? [members[index]] : []
                return Circle(
                    name: "\(context.word("Pair")) \(number + 1)", members: members, speakers: speaker,
                    listeners: .named(members.filter { !speaker.contains($0) }),
                    listening: step.listeners?.mode ?? .noInterruption)
            }
            return Turn(
                label: index == 0 ? context.word("First speaker") : "\(context.word("Swap: speaker")) \(index + 1)",
                circles: circles,
                prompts: step.prompts.map(\.id))
        }
    }
}
