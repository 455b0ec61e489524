import DialogueSpec

/// Good Future dialogue (Anticipation Dialogue, *tulevaisuuden muistelu*): two outside
/// facilitators interview everyone from an imagined good future, family and private
/// network first, then the professionals; then the group plans who does what with whom.
///
/// The specs are `good-future.json` and its follow-up meeting, `good-future-follow-up.json`,
/// beside this file. This plugin adds what JSON cannot say: the `future-recall` behaviour and
/// two rules of the method, which hold for the follow-up as well.
public struct GoodFuturePlugin: MethodPlugin {
    /// Creates it; it has no settings.
    public init() {}
    /// The plugin's name.
    public let name = "GoodFuture"
    /// The plugin's JSON specs, compiled in.
    public var specs: [EmbeddedSpec] { Self.embeddedSpecs }
    /// The step kinds the plugin adds.
    public var behaviours: [any StepBehaviour] { [FutureRecallBehaviour()] }
    /// The method rules the plugin adds.
    public var rules: [any MethodRule] { [FacilitatorsOutsideCaseRule(), FamilyBeforeProfessionalsRule()] }
}

/// An interview in the imagined future: like `interview`, but it must sit in a phase
/// framed `future-recall`, and its questions must name the time horizon so everyone
/// speaks from the same point in time.
public struct FutureRecallBehaviour: StepBehaviour {
    /// Creates it; it has no settings.
    public init() {}
    /// The name specs use in a step's `"kind"`.
    public let kind = "future-recall"
    /// One sentence for help texts and listings.
    public let summary =
        "An interview from an imagined good future: one person at a time, the same questions, the others listen silently."
    /// The records a step of this kind may capture.
    public let acceptedCaptures: [Capture.Kind] = [.note, .concern]

    private let interview = InterviewBehaviour()

    /// Examples that double as tests (see ``ExampleCheck``).
    public var examples: [SpecExample] {
        [
            SpecExample(
                at: "phases[0]",
                #"{"id": "future", "name": "In the future", "frame": "future-recall", "steps": [{"id": "recall", "name": "Recall the future", "kind": "future-recall", "duration": {"default": 5, "per": "speaker"}, "speakers": ["network"], "addressed": ["interviewer"], "recorder": ["note-taker"], "listeners": {"who": ["others"], "mode": "silent"}, "prompts": [{"id": "glad", "text": "A {horizon} has passed. What are you glad about?"}]}]}"#
            ),
            SpecExample(
                at: "phases[0]",
                #"{"id": "future", "name": "In the future", "steps": [↓{"id": "recall", "name": "Recall the future", "kind": "future-recall", "duration": {"default": 5, "per": "speaker"}, "speakers": ["network"], "addressed": ["interviewer"], "prompts": [{"id": "glad", "text": "A {horizon} has passed. What are you glad about?"}]}]}"#
            ),
            SpecExample(
                at: "phases[0]",
                #"{"id": "future", "name": "In the future", "frame": "future-recall", "steps": [{"id": "recall", "name": "Recall the future", "kind": "future-recall", "duration": {"default": 5, "per": "speaker"}, "speakers": ["network"], "addressed": ["interviewer"], "prompts": ↓[{"id": "glad", "text": "What are you glad about?"}]}]}"#
            ),
        ]
    }

    /// Checks a step of this kind, reporting at `path`.
    public func validate(_ step: Step, at path: SpecPath, in method: MethodSpec, report: SpecReporter) {
        interview.validate(step, at: path, in: method, report: report)
        if let phase = method.phases.first(where: { $0.steps.contains { $0.id == step.id } }),
            phase.frame != .futureRecall
        {
            report.error(
                "future-recall-frame", "a 'future-recall' step belongs in a phase framed 'future-recall'",
                at: path, hint: "set \"frame\": \"future-recall\" on its phase")
        }
        let namesHorizon = step.prompts.contains { prompt in
            Placeholders.names(in: prompt.text.resolved("en")).contains("horizon")
        }
        if !namesHorizon {
            report.error(
                "future-recall-horizon", "a 'future-recall' step must ask from the {horizon}",
                at: path.appending("prompts"),
                hint: "start the first question with \"A {horizon} has passed…\"")
        }
    }

    /// Lays out the turns of a planned step of this kind.
    public func turns(for step: Step, context: TurnContext) -> [Turn] {
        interview.turns(for: step, context: context)
    }
}

/// The facilitators who interview and take notes come from outside the case: they must
/// be marked `external-to-case` and belong to no role group that is interviewed.
public struct FacilitatorsOutsideCaseRule: MethodRule {
    /// Creates it; it has no settings.
    public init() {}
    /// The rule's id, also the code of its diagnostics.
    public let id = "facilitators-outside-case"
    /// One sentence for help texts and listings.
    public let summary = "Interviewers and note-takers are external to the case and never interviewed themselves."
    /// The methods the rule applies to.
    public let methods = ["good-future", "good-future-follow-up"]

    /// Checks `method`, reporting through `report`.
    public func check(_ method: MethodSpec, report: SpecReporter) {
        var facilitatorRoles = Set<String>()
        var interviewed = Set<String>()
        for (phaseIndex, phase) in method.phases.enumerated() {
            for (stepIndex, step) in phase.steps.enumerated()
            where ["future-recall", "interview", "agreement-review"].contains(step.kind) {
                let path = SpecPath.root.appending("phases").appending(phaseIndex).appending("steps").appending(
                    stepIndex)
                for reference in step.addressed + step.recorder {
                    for role in roles(reference, method) where !facilitatorRoles.contains(role) {
                        facilitatorRoles.insert(role)
                        if let index = method.roles.firstIndex(where: { $0.id == role }),
                            !method.roles[index].has(.externalToCase)
                        {
                            report.error(
                                id, "role '\(role)' facilitates an interview but is not marked external-to-case",
                                at: .root.appending("roles").appending(index),
                                hint: "add \"external-to-case\" to its constraints: facilitators must not own the case")
                        }
                    }
                }
                for reference in step.speakers { interviewed.formUnion(roles(reference, method)) }
                for role in facilitatorRoles.intersection(interviewed) {
                    report.error(
                        id, "role '\(role)' both facilitates and is interviewed",
                        at: path.appending("speakers"), hint: "facilitators are never participants in the case")
                }
            }
        }
    }

    private func roles(_ reference: String, _ method: MethodSpec) -> [String] {
        method.roleGroup(reference)?.roles ?? [reference]
    }

    /// Examples that double as tests (see ``ExampleCheck``).
    public var examples: [SpecExample] {
        [
            SpecExample(at: "phases[3].steps[1].speakers", #"["professionals"]"#),
            SpecExample(
                at: "roles[1]",
                #"↓{"id": "interviewer", "name": "Interviewer", "count": {"min": 1, "max": 1}, "attributes": ["facilitator"]}"#
            ),
            SpecExample(at: "phases[3].steps[1].speakers", #"↓["professionals", "interviewer"]"#),
        ]
    }
}

/// The family and its private network are interviewed before the professionals: the
/// future is the family's. Checks the role-group order and the order of the interviews.
public struct FamilyBeforeProfessionalsRule: MethodRule {
    /// Creates it; it has no settings.
    public init() {}
    /// The rule's id, also the code of its diagnostics.
    public let id = "family-before-professionals"
    /// One sentence for help texts and listings.
    public let summary =
        "The family and private network come before the professionals, in role-group order and in the interviews."
    /// The methods the rule applies to.
    public let methods = ["good-future", "good-future-follow-up"]

    /// Checks `method`, reporting through `report`.
    public func check(_ method: MethodSpec, report: SpecReporter) {
        func isFamily(_ group: RoleGroup) -> Bool {
            group.roles.contains { method.role($0)?.attributes.contains("family") == true }
        }
        func isProfessional(_ group: RoleGroup) -> Bool {
            group.roles.contains { method.role($0)?.attributes.contains("professional") == true }
                && !isFamily(group)
        }
        if let family = method.roleGroups.firstIndex(where: isFamily),
            let professionals = method.roleGroups.firstIndex(where: isProfessional), professionals < family
        {
            report.error(
                id, "role group '\(method.roleGroups[professionals].id)' comes before the family's",
                at: .root.appending("roleGroups").appending(professionals),
                hint: "list '\(method.roleGroups[family].id)' first: the family and its network are interviewed first")
        }
        var sawProfessionalInterview: SpecPath? = nil
        for (phaseIndex, phase) in method.phases.enumerated() {
            for (stepIndex, step) in phase.steps.enumerated()
            where step.kind == "future-recall" || step.kind == "agreement-review" {
                let path = SpecPath.root.appending("phases").appending(phaseIndex).appending("steps").appending(
                    stepIndex)
                let groups = step.speakers.compactMap(method.roleGroup)
                if groups.contains(where: isProfessional) {
                    sawProfessionalInterview = sawProfessionalInterview ?? path
                } else if groups.contains(where: isFamily), let earlier = sawProfessionalInterview {
                    report.error(
                        id, "the family is interviewed after the professionals (\(earlier))",
                        at: path, hint: "move this step before the professionals' interview")
                }
            }
        }
    }

    /// Examples that double as tests (see ``ExampleCheck``).
    public var examples: [SpecExample] {
        [
            SpecExample(at: "roleGroups[0].roles", #"["family", "private-network"]"#),
            SpecExample(
                at: "roleGroups",
                #"[↓{"id": "professionals", "name": "Professionals", "roles": ["initiator", "professional"], "required": true}, {"id": "family-network", "name": "Family and private network", "roles": ["family", "private-network"], "required": true}, {"id": "facilitators", "name": "Facilitators", "roles": ["interviewer", "note-taker"], "required": true}]"#
            ),
            SpecExample(
                at: "phases[4].steps[0]",
                #"↓{"id": "late-family", "name": "The family again", "kind": "future-recall", "duration": {"default": 5, "per": "speaker"}, "speakers": ["family-network"], "addressed": ["interviewer"], "prompts": [{"id": "glad", "text": "A {horizon} has passed. What are you glad about?"}]}"#
            ),
        ]
    }
}
