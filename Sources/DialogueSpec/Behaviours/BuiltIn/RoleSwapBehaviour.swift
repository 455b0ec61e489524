/// Roles are handed over between parts of a method (observers take over the earlier roles).
public struct RoleSwapBehaviour: StepBehaviour {
    public init() {}
    public let kind = "role-swap"
    public let summary = "Roles are handed over between two parts of the method."

    public var examples: [SpecExample] {
        [
            SpecExample(
                #"{"id": "swap", "name": "Swap roles", "kind": "role-swap", "duration": {"default": 2}, "swap": [{"between": ["family", "professional"]}]}"#
            ),
            SpecExample(#"↓{"id": "swap", "name": "Swap roles", "kind": "role-swap", "duration": {"default": 2}}"#),
        ]
    }

    public func validate(_ step: Step, at path: SpecPath, in method: MethodSpec, report: SpecReporter) {
        if step.swaps.isEmpty {
            report.error(
                "behaviour-requirement", "a 'role-swap' step must list the roles that swap", at: path,
                hint: "add \"swap\": [{\"between\": [\"observer\", \"director\"]}]")
        }
    }

    public func turns(for step: Step, context: TurnContext) -> [Turn] {
        let names = step.swaps.map { $0.between.joined(separator: " ⇄ ") }.joined(separator: ", ")
        return [
            Turn(
                label: "\(context.word("Swap roles")): \(names)",
                circles: [Circle(name: context.word("Plenary"), members: context.everyone, wholeGroup: true)],
                prompts: step.prompts.map(\.id))
        ]
    }
}
