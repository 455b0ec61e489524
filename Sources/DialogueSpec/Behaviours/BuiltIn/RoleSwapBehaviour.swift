/// Roles are handed over between parts of a method (observers take over the earlier roles).
public struct RoleSwapBehaviour: StepBehaviour {
    /// Creates it; it has no settings.
    public init() {}
    /// The name specs use in a step's `"kind"`.
    public let kind = "role-swap"
    /// One sentence for help texts and listings.
    public let summary = "Roles are handed over between two parts of the method."

    /// Examples that double as tests (see ``ExampleCheck``).
    public var examples: [SpecExample] {
        [
            SpecExample(
                #"{"id": "swap", "name": "Swap roles", "kind": "role-swap", "duration": {"default": 2}, "swap": [{"between": ["family", "professional"]}]}"#
            ),
            SpecExample(#"↓{"id": "swap", "name": "Swap roles", "kind": "role-swap", "duration": {"default": 2}}"#),
        ]
    }

    /// Checks a step of this kind, reporting at `path`.
    public func validate(_ step: Step, at path: SpecPath, in method: MethodSpec, report: SpecReporter) {
        if step.swaps.isEmpty {
            report.error(
                "behaviour-requirement", "a 'role-swap' step must list the roles that swap", at: path,
                hint: "add \"swap\": [{\"between\": [\"observer\", \"director\"]}]")
        }
    }

    /// Lays out the turns of a planned step of this kind.
    public func turns(for step: Step, context: TurnContext) -> [Turn] {
        // The roles by their names in the session's language, as the room knows them.
        func name(_ role: String) -> String {
            context.method.roles.first { $0.id == role }?.name.resolved(context.language) ?? role
        }
        let names = step.swaps.map { $0.between.map(name).joined(separator: " ⇄ ") }.joined(separator: ", ")
        return [
            Turn(
                label: "\(context.word("Swap roles")): \(names)",
                circles: [Circle(name: context.word("Plenary"), members: context.everyone, wholeGroup: true)],
                prompts: step.prompts.map(\.id))
        ]
    }
}
