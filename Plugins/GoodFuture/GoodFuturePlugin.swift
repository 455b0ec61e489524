import DialogueSpec

/// Good Future dialogue (Anticipation Dialogue, *tulevaisuuden muistelu*): two outside
/// facilitators interview everyone from an imagined good future, family and private
/// network first, then the professionals; then the group plans who does what with whom.
///
/// The spec is `good-future.json` beside this file. This plugin adds what JSON cannot say:
/// the `future-recall` behaviour and two rules of the method.
public struct GoodFuturePlugin: MethodPlugin {
    public init() {}
    public let name = "GoodFuture"
    public var specs: [EmbeddedSpec] { Self.embeddedSpecs }
    public var behaviours: [any StepBehaviour] { [FutureRecallBehaviour()] }
    public var rules: [any MethodRule] { [FacilitatorsOutsideCaseRule(), FamilyBeforeProfessionalsRule()] }
}

/// An interview in the imagined future: like `interview`, but it must sit in a phase
/// framed `future-recall`, and its questions must name the time horizon so everyone
/// speaks from the same point in time.
public struct FutureRecallBehaviour: StepBehaviour {
    public init() {}
    public let kind = "future-recall"
    public let summary = "An interview from an imagined good future: one person at a time, the same questions, the others listen silently."
    public let acceptedCaptures: [Capture.Kind] = [.note, .concern]

    private let interview = InterviewBehaviour()

    public func validate(_ step: Step, at path: SpecPath, in method: MethodSpec, report: SpecReporter) {
        interview.validate(step, at: path, in: method, report: report)
        if let phase = method.phases.first(where: { $0.steps.contains { $0.id == step.id } }),
           phase.frame != .futureRecall {
            report.error("future-recall-frame", "a 'future-recall' step belongs in a phase framed 'future-recall'",
                         at: path, hint: "set \"frame\": \"future-recall\" on its phase")
        }
        let namesHorizon = step.prompts.contains { prompt in
            Placeholders.names(in: prompt.text.resolved("en")).contains("horizon")
        }
        if !namesHorizon {
            report.error("future-recall-horizon", "a 'future-recall' step must ask from the {horizon}",
                         at: path.appending("prompts"),
                         hint: "start the first question with \"A {horizon} has passed…\"")
        }
    }

    public func turns(for step: Step, context: TurnContext) -> [Turn] {
        interview.turns(for: step, context: context)
    }
}

/// The facilitators who interview and take notes come from outside the case: they must
/// be marked `external-to-case` and belong to no role group that is interviewed.
public struct FacilitatorsOutsideCaseRule: MethodRule {
    public init() {}
    public let id = "facilitators-outside-case"
    public let summary = "Interviewers and note-takers are external to the case and never interviewed themselves."
    public let methods = ["good-future"]

    public func check(_ method: MethodSpec, report: SpecReporter) {
        var facilitatorRoles = Set<String>()
        var interviewed = Set<String>()
        for (phaseIndex, phase) in method.phases.enumerated() {
            for (stepIndex, step) in phase.steps.enumerated() where step.kind == "future-recall" || step.kind == "interview" {
                let path = SpecPath.root.appending("phases").appending(phaseIndex).appending("steps").appending(stepIndex)
                for reference in step.addressed + step.recorder {
                    for role in roles(reference, method) where !facilitatorRoles.contains(role) {
                        facilitatorRoles.insert(role)
                        if let index = method.roles.firstIndex(where: { $0.id == role }),
                           !method.roles[index].has(.externalToCase) {
                            report.error(id, "role '\(role)' facilitates an interview but is not marked external-to-case",
                                         at: .root.appending("roles").appending(index),
                                         hint: "add \"external-to-case\" to its constraints: facilitators must not own the case")
                        }
                    }
                }
                for reference in step.speakers { interviewed.formUnion(roles(reference, method)) }
                for role in facilitatorRoles.intersection(interviewed) {
                    report.error(id, "role '\(role)' both facilitates and is interviewed",
                                 at: path.appending("speakers"), hint: "facilitators are never participants in the case")
                }
            }
        }
    }

    private func roles(_ reference: String, _ method: MethodSpec) -> [String] {
        method.roleGroup(reference)?.roles ?? [reference]
    }

    public var examples: [RuleExample] {
        [
            RuleExample("the shipped spec passes", triggers: false) { _ in },
            RuleExample("an interviewer who is not external to the case", triggers: true) { method in
                if let index = method.roles.firstIndex(where: { $0.id == "interviewer" }) {
                    method.roles[index].constraints = []
                }
            },
            RuleExample("the interviewer is interviewed as a professional", triggers: true) { method in
                if let index = method.roleGroups.firstIndex(where: { $0.id == "professionals" }) {
                    method.roleGroups[index].roles.append("interviewer")
                }
            },
        ]
    }
}

/// The family and its private network are interviewed before the professionals: the
/// future is the family's. Checks the role-group order and the order of the interviews.
public struct FamilyBeforeProfessionalsRule: MethodRule {
    public init() {}
    public let id = "family-before-professionals"
    public let summary = "The family and private network come before the professionals, in role-group order and in the interviews."
    public let methods = ["good-future"]

    public func check(_ method: MethodSpec, report: SpecReporter) {
        func isFamily(_ group: RoleGroup) -> Bool {
            group.roles.contains { method.role($0)?.attributes.contains("family") == true }
        }
        func isProfessional(_ group: RoleGroup) -> Bool {
            group.roles.contains { method.role($0)?.attributes.contains("professional") == true }
                && !isFamily(group)
        }
        if let family = method.roleGroups.firstIndex(where: isFamily),
           let professionals = method.roleGroups.firstIndex(where: isProfessional), professionals < family {
            report.error(id, "role group '\(method.roleGroups[professionals].id)' comes before the family's",
                         at: .root.appending("roleGroups").appending(professionals),
                         hint: "list '\(method.roleGroups[family].id)' first: the family and its network are interviewed first")
        }
        var sawProfessionalInterview: SpecPath? = nil
        for (phaseIndex, phase) in method.phases.enumerated() {
            for (stepIndex, step) in phase.steps.enumerated() where step.kind == "future-recall" {
                let path = SpecPath.root.appending("phases").appending(phaseIndex).appending("steps").appending(stepIndex)
                let groups = step.speakers.compactMap(method.roleGroup)
                if groups.contains(where: isProfessional) {
                    sawProfessionalInterview = sawProfessionalInterview ?? path
                } else if groups.contains(where: isFamily), let earlier = sawProfessionalInterview {
                    report.error(id, "the family is interviewed after the professionals (\(earlier))",
                                 at: path, hint: "move this step before the professionals' interview")
                }
            }
        }
    }

    public var examples: [RuleExample] {
        [
            RuleExample("the shipped spec passes", triggers: false) { _ in },
            RuleExample("professionals listed before the family", triggers: true) { method in
                method.roleGroups.reverse()
            },
            RuleExample("professionals interviewed first", triggers: true) { method in
                let family = method.phases.firstIndex { $0.id == "future-family" }
                let professionals = method.phases.firstIndex { $0.id == "future-professionals" }
                if let family, let professionals { method.phases.swapAt(family, professionals) }
            },
        ]
    }
}
