import DialogueSpec

/// Taking up one's concerns (*dialoginen huolen puheeksi ottaminen*, THL's nine steps) and
/// the two group exercises Santa Casa da Misericórdia da Amadora derived from it:
/// the concern of leadership (with a role swap) and the concerns of users and relatives
/// (subgroups with rapporteurs). Specs beside this file.
public struct TakingUpConcernsPlugin: MethodPlugin {
    /// Creates it; it has no settings.
    public init() {}
    /// The plugin's name.
    public let name = "TakingUpConcerns"
    /// The plugin's JSON specs, compiled in.
    public var specs: [EmbeddedSpec] { Self.embeddedSpecs }
    /// The method rules the plugin adds.
    public var rules: [any MethodRule] { [AnticipateBeforeTalkingRule()] }
}

/// Anticipation comes first: every loop goes back to a preparation step, and the
/// conversation itself starts only after all the anticipating (THL steps 4–7).
public struct AnticipateBeforeTalkingRule: MethodRule {
    /// Creates it; it has no settings.
    public init() {}
    /// The rule's id, also the code of its diagnostics.
    public let id = "anticipate-before-talking"
    /// One sentence for help texts and listings.
    public let summary = "Loops return to preparation, and preparation comes before the conversation."
    /// The methods the rule applies to.
    public let methods = ["taking-up-concerns"]

    /// Checks `method`, reporting through `report`.
    public func check(_ method: MethodSpec, report: SpecReporter) {
        let steps = method.allSteps.map(\.step)
        var path: [String: SpecPath] = [:]
        for (phaseIndex, phase) in method.phases.enumerated() {
            for (stepIndex, step) in phase.steps.enumerated() {
                path[step.id] = SpecPath.root.appending("phases").appending(phaseIndex).appending("steps").appending(
                    stepIndex)
            }
        }
        for step in steps {
            guard let loop = step.loop, let target = steps.first(where: { $0.id == loop.to }) else { continue }
            if target.when != .before {
                report.error(
                    id, "the loop goes back to '\(target.id)', which is not a preparation step",
                    at: (path[step.id] ?? .root).appending("loop").appending("to"),
                    hint: "rethinking returns to anticipation before the conversation (THL step 6 → 4)")
            }
        }
        if let firstTalk = steps.firstIndex(where: { $0.when == .during }),
            let lateBefore = steps.lastIndex(where: { $0.when == .before }), lateBefore > firstTalk
        {
            report.error(
                id, "preparation step '\(steps[lateBefore].id)' comes after the conversation has started",
                at: path[steps[lateBefore].id] ?? .root,
                hint: "move it before '\(steps[firstTalk].id)'")
        }
    }

    /// Examples that double as tests (see ``ExampleCheck``).
    public var examples: [SpecExample] {
        [
            SpecExample(at: "phases[0].steps[6].loop.to", #""anticipate""#),
            SpecExample(at: "phases[0].steps[6].loop.to", #"↓"take-up""#),
            SpecExample(
                at: "phases[2].steps[0]",
                #"↓{"id": "reflect-afterwards", "name": "Reflect", "kind": "reflection", "when": "before", "speakers": ["professional"]}"#
            ),
        ]
    }
}
