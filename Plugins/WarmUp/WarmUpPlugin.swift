import DialogueSpec

/// Warm-up dialogues (*opwarmdialogen*): short openings that create connection and tune
/// people in to dialogue. Three specs beside this file: the reflective-space triad
/// (Arnkil), paired listening, and an introduction round.
public struct WarmUpPlugin: MethodPlugin {
    /// Creates it; it has no settings.
    public init() {}
    /// The plugin's name.
    public let name = "WarmUp"
    /// The plugin's JSON specs, compiled in.
    public var specs: [EmbeddedSpec] { Self.embeddedSpecs }
    /// The method rules the plugin adds.
    public var rules: [any MethodRule] { [TriadRolesRule()] }
}

/// In the reflective-space triad every small group holds one presenter, one interviewer
/// and one or two observers, in every step that runs in the triads.
public struct TriadRolesRule: MethodRule {
    /// Creates it; it has no settings.
    public init() {}
    /// The rule's id, also the code of its diagnostics.
    public let id = "triad-roles"
    /// One sentence for help texts and listings.
    public let summary = "Each triad step gives every group one presenter, one interviewer and 1–2 observers."
    /// The methods the rule applies to.
    public let methods = ["reflective-space-triad"]

    /// Checks `method`, reporting through `report`.
    public func check(_ method: MethodSpec, report: SpecReporter) {
        for (phaseIndex, phase) in method.phases.enumerated() {
            for (stepIndex, step) in phase.steps.enumerated() where step.grouping?.type == .triads {
                let path = SpecPath.root.appending("phases").appending(phaseIndex).appending("steps").appending(
                    stepIndex)
                // A role listed twice is the validator's error; here the first entry counts.
                let roles = Dictionary(
                    (step.grouping?.roles ?? []).map { ($0.role, $0.count) }, uniquingKeysWith: { first, _ in first })
                let expected: [(String, CountRange)] = [
                    ("presenter", CountRange(min: 1, max: 1)),
                    ("interviewer", CountRange(min: 1, max: 1)),
                    ("observer", CountRange(min: 1, max: 2)),
                ]
                for (role, count) in expected where roles[role] != count {
                    report.error(
                        id, "each triad needs \(count.description) \(role) in step '\(step.id)'",
                        at: path.appending("grouping").appending("roles"),
                        hint: "add {\"role\": \"\(role)\", \"count\": …} to grouping.roles")
                }
            }
        }
    }

    /// Examples that double as tests (see ``ExampleCheck``).
    public var examples: [SpecExample] {
        [
            SpecExample(
                at: "phases[0].steps[1].grouping.roles",
                #"[{"role": "presenter", "count": 1}, {"role": "interviewer", "count": 1}, {"role": "observer", "count": {"min": 1, "max": 2}}]"#
            ),
            SpecExample(
                at: "phases[0].steps[1].grouping.roles",
                #"↓[{"role": "presenter", "count": 1}, {"role": "observer", "count": {"min": 1, "max": 2}}]"#),
        ]
    }
}
