import DialogueSpec

/// Learning café (*oppimiskahvila*): tables with a question each, hosts who stay, people who
/// travel and build on earlier groups' work, and a harvest. Spec beside this file.
public struct LearningCafePlugin: MethodPlugin {
    /// Creates it; it has no settings.
    public init() {}
    /// The plugin's name.
    public let name = "LearningCafe"
    /// The plugin's JSON specs, compiled in.
    public var specs: [EmbeddedSpec] { Self.embeddedSpecs }
    /// The method rules the plugin adds.
    public var rules: [any MethodRule] { [HostsStayRule()] }
}

/// Table hosts stay: every rotation names a role that stays, and that role is marked
/// `stays-at-table`; otherwise nobody could brief the next group.
public struct HostsStayRule: MethodRule {
    /// Creates it; it has no settings.
    public init() {}
    /// The rule's id, also the code of its diagnostics.
    public let id = "hosts-stay"
    /// One sentence for help texts and listings.
    public let summary = "Rotations keep a table host at each table, marked stays-at-table."
    /// The methods the rule applies to.
    public let methods = ["learning-cafe"]

    /// Checks `method`, reporting through `report`.
    public func check(_ method: MethodSpec, report: SpecReporter) {
        for (phaseIndex, phase) in method.phases.enumerated() {
            for (stepIndex, step) in phase.steps.enumerated() {
                guard let rotation = step.rotation else { continue }
                let path = SpecPath.root.appending("phases").appending(phaseIndex).appending("steps").appending(
                    stepIndex)
                if rotation.stay.isEmpty {
                    report.error(
                        id, "the rotation names no role that stays at the table",
                        at: path.appending("rotation"), hint: "add \"stay\": [\"table-host\"]")
                }
                for role in rotation.stay where method.role(role)?.has(.staysAtTable) == false {
                    report.error(
                        id, "role '\(role)' stays at the table but is not marked stays-at-table",
                        at: path.appending("rotation").appending("stay"),
                        hint: "add \"stays-at-table\" to the role's constraints")
                }
            }
        }
    }

    /// Examples that double as tests (see ``ExampleCheck``).
    public var examples: [SpecExample] {
        [
            SpecExample(
                at: "phases[1].steps[0].rotation",
                #"{"rounds": "{rounds}", "stay": ["table-host"], "topics": "{questions}"}"#),
            SpecExample(
                at: "phases[1].steps[0].rotation", #"↓{"rounds": "{rounds}", "stay": [], "topics": "{questions}"}"#),
            SpecExample(at: "phases[1].steps[0].rotation.stay", #"↓["participant"]"#),
        ]
    }
}
