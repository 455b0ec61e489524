import DialogueSpec

/// Puimala ("threshing floor"): a peer-learning workshop where each group holding one
/// perspective is interviewed one person at a time while the others listen, and the
/// listening groups then reflect. Spec beside this file; this plugin adds the
/// `perspective-interview` behaviour.
public struct PuimalaPlugin: MethodPlugin {
    /// Creates it; it has no settings.
    public init() {}
    /// The plugin's name.
    public let name = "Puimala"
    /// The plugin's JSON specs, compiled in.
    public var specs: [EmbeddedSpec] { Self.embeddedSpecs }
    /// The step kinds the plugin adds.
    public var behaviours: [any StepBehaviour] { [PerspectiveInterviewBehaviour()] }
}

/// Group by group: each member of the group in the middle is interviewed in turn while
/// all other groups listen silently; then the listening groups reflect, each in its own
/// circle, while the interviewed group listens without being addressed.
public struct PerspectiveInterviewBehaviour: StepBehaviour {
    /// Creates it; it has no settings.
    public init() {}
    /// The name specs use in a step's `"kind"`.
    public let kind = "perspective-interview"
    /// One sentence for help texts and listings.
    public let summary =
        "Each perspective group is interviewed one person at a time; then the listening groups reflect on what they heard."
    /// The records a step of this kind may capture.
    public let acceptedCaptures: [Capture.Kind] = [.note, .idea, .concern]

    /// Examples that double as tests (see ``ExampleCheck``).
    public var examples: [SpecExample] {
        [
            SpecExample(
                #"{"id": "thresh", "name": "Interview each perspective", "kind": "perspective-interview", "duration": {"default": 20, "per": "group"}, "grouping": {"type": "subgroups", "groupBy": "organisation"}, "speakers": ["all"], "addressed": ["interviewer"], "prompts": [{"id": "how", "text": "How do you see it?"}, {"id": "reflect", "text": "What did you hear?"}]}"#
            ),
            SpecExample(
                #"{"id": "thresh", "name": "Interview each perspective", "kind": "perspective-interview", "duration": {"default": 20, "per": "group"}, "grouping": ↓{"type": "subgroups"}, "speakers": ["all"], "addressed": ["interviewer"]}"#
            ),
        ]
    }

    /// Checks a step of this kind, reporting at `path`.
    public func validate(_ step: Step, at path: SpecPath, in method: MethodSpec, report: SpecReporter) {
        if step.grouping?.groupBy == nil {
            report.error(
                "behaviour-requirement",
                "a 'perspective-interview' step needs grouping.groupBy: each group holds one perspective",
                at: path.appending("grouping"), hint: "add \"groupBy\": \"organisation\"")
        }
        if step.addressed.isEmpty {
            report.error(
                "behaviour-requirement", "a 'perspective-interview' step must say who interviews (addressed)",
                at: path, hint: "add \"addressed\": [\"interviewer\"]")
        }
        if step.duration?.per != .group {
            report.warning(
                "duration-per-group", "the time of a 'perspective-interview' step is per group",
                at: path.appending("duration"), hint: "set \"per\": \"group\"")
        }
    }

    /// Lays out the turns of a planned step of this kind.
    public func turns(for step: Step, context: TurnContext) -> [Turn] {
        let groups = context.groups.first ?? []
        let interviewers = context.people(step.addressed)
        let recorders = context.people(step.recorder)
        let interviewPrompts = step.prompts.prefix(1).map(\.id)
        let reflectPrompts = step.prompts.dropFirst().map(\.id)
        var turns: [Turn] = []
        for (index, group) in groups.enumerated() {
            let interviewees = group.filter { !interviewers.contains($0) && !recorders.contains($0) }
            let perMember = interviewees.isEmpty ? 0 : 0.6 / Double(interviewees.count)
            for person in interviewees {
                let circle = Circle(
                    name: "\(context.word("Group")) \(index + 1) \(context.word("in the middle"))",
                    members: context.everyone, speakers: [person], addressed: interviewers,
                    listeners: .allMembersBut([person] + interviewers),
                    listening: .silent, recorders: recorders, wholeGroup: true)
                turns.append(
                    Turn(
                        label: "\(context.word("Group")) \(index + 1): \(person)", circles: [circle],
                        prompts: interviewPrompts,
                        weight: perMember))
            }
            let listening = groups.enumerated().filter { $0.offset != index }.map { other in
                Circle(
                    name: "\(context.word("Group")) \(other.offset + 1) \(context.word("reflects"))",
                    members: other.element, speakers: other.element,
                    listeners: .named(group), listening: .reflecting, recorders: recorders)
            }
            turns.append(
                Turn(
                    label: "\(context.word("Group")) \(index + 1): \(context.word("listening groups reflect"))",
                    circles: listening,
                    prompts: reflectPrompts, weight: 0.4))
        }
        return turns
    }
}
