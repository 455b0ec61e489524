import Foundation

// Resolving a method item: its version, parameters and who fills each role.
extension Planner {
    /// A method item's draft: its method pinned, its people, parameters and roles resolved and
    /// each step planned; nil when there are problems (they are in `context`).
    func planMethod(_ use: MethodUse, index: Int, context: inout PlanningContext) -> ItemDraft? {
        guard let loaded = library.method(use.method) else {
            let suggestion = closestMatch(to: use.method, in: library.methods.map(\.spec.id))
            context.problem(
                index, say: "plan.unknown-method", [use.method],
                hint: suggestion == nil ? "plan.unknown-method.hint" : "plan.did-you-mean",
                suggestion.map { [$0] } ?? [])
            return nil
        }
        let method = loaded.spec
        if let requirement = use.version, !requirement.accepts(method.version) {
            context.problem(
                index, say: "plan.version", [method.id, "\(method.version)", "\(requirement)"],
                hint: "plan.version.hint")
            return nil
        }
        context.pin(method, origin: loaded)
        let people = itemPeople(use, method: method, index: index, context: &context)
        // Parameters
        let parameters = resolveParameters(method, use, index: index, context: &context)
        // Roles
        let holders = fillRoles(method, use, people: people, index: index, context: &context)
        // Durations named by the agenda must be steps of the method.
        let stepIDs = method.allSteps.map(\.step.id)
        for stepID in use.durations.keys.sorted() where !stepIDs.contains(stepID) {
            context.problem(
                index, Phrasebook.say("plan.unknown-duration-step", in: context.language, [stepID, method.id]),
                hint: context.didYouMean(stepID, in: stepIDs))
        }
        guard context.problems.isEmpty else { return nil }
        return draftSteps(
            method, use, people: people, holders: holders, parameters: parameters, index: index, context: &context)
    }

    /// The plan of each step of a method item whose people, roles and parameters are settled.
    private func draftSteps(
        _ method: MethodSpec, _ use: MethodUse, people: [Participant], holders: [String: [String]],
        parameters: [String: ParameterValue], index: Int, context: inout PlanningContext
    ) -> ItemDraft {
        var draft = ItemDraft(
            index: index, kind: .method, title: use.title ?? text(method.name, context), methodID: method.id)
        draft.roleNames = Dictionary(
            method.roles.map { ($0.id, text($0.name, context)) }
                + method.roleGroups.map { ($0.id, text($0.name, context)) },
            uniquingKeysWith: { first, _ in first })
        var previousGroups: (key: String, groups: [[[String]]], roles: [[String: [String]]], quality: GroupQuality?)? =
            nil
        for (phase, step) in method.allSteps {
            guard
                let stepDraft = planStep(
                    step, phase: phase, method: method, use: use, people: people, holders: holders,
                    parameters: parameters, index: index, previousGroups: &previousGroups,
                    context: &context)
            else { continue }
            draft.steps.append(stepDraft)
        }
        // Loops point at plan step ids.
        for position in draft.steps.indices {
            if var loop = draft.steps[position].plan.loop {
                loop.to = "\(index + 1).\(loop.to)"
                draft.steps[position].plan.loop = loop
            }
        }
        return draft
    }

    /// The people of a method item (the agenda's, or those the item names), checked against
    /// the method's range of participants.
    private func itemPeople(_ use: MethodUse, method: MethodSpec, index: Int, context: inout PlanningContext)
        -> [Participant]
    {
        let names = use.participants.isEmpty ? context.agenda.participants.map(\.name) : use.participants
        var people: [Participant] = []
        for name in names {
            if let person = context.person(name) {
                people.append(person)
            } else {
                context.problem(
                    index, Phrasebook.say("plan.not-a-participant", in: context.language, [name]),
                    hint: context.didYouMean(name, in: context.agenda.participants.map(\.name)))
            }
        }
        if !method.participants.contains(people.count) {
            let range = method.participants
            let few = people.count < range.min
            context.problem(
                index, say: few ? "plan.too-few" : "plan.too-many",
                [text(method.name, context), String(few ? range.min : range.max ?? 0), String(people.count)],
                hint: few ? "plan.too-few.hint" : "plan.too-many.hint")
        }
        return people
    }

    func resolveParameters(
        _ method: MethodSpec, _ use: MethodUse, index: Int,
        context: inout PlanningContext
    ) -> [String: ParameterValue] {
        var values: [String: ParameterValue] = [:]
        for key in use.parameters.keys.sorted() where method.parameter(key) == nil {
            context.problem(
                index, Phrasebook.say("plan.unknown-parameter", in: context.language, [method.id, key]),
                hint: context.didYouMean(key, in: method.parameters.map(\.id))
                    ?? Phrasebook.say(
                        "plan.its-parameters", in: context.language,
                        [method.parameters.map(\.id).joined(separator: ", ")]))
        }
        for parameter in method.parameters {
            guard var value = use.parameters[parameter.id] ?? parameter.defaultValue else {
                if parameter.required {
                    context.problem(
                        index, say: "plan.parameter-needed", [method.id, parameter.id, text(parameter.label, context)],
                        hint: "plan.parameter-needed.hint", [parameter.id])
                }
                continue
            }
            switch (parameter.type, value) {
            case (.integer, .integer(let number)):
                if let low = parameter.min, number < low {
                    context.problem(index, say: "plan.parameter-below", [parameter.id, String(number), String(low)])
                }
                if let high = parameter.max, number > high {
                    context.problem(index, say: "plan.parameter-above", [parameter.id, String(number), String(high)])
                }
            case (.text, .text), (.textList, .textList):
                break
            case (.choice, .text(let choice)):
                if !parameter.options.contains(choice.resolved("en")) {
                    context.problem(
                        index, say: "plan.parameter-choice", [parameter.id, parameter.options.joined(separator: ", ")])
                }
            case (.textList, .text(let single)):
                value = .textList([single])
            default:
                context.problem(
                    index,
                    say: parameter.type == .integer
                        ? "plan.parameter-number"
                        : parameter.type == .textList ? "plan.parameter-list" : "plan.parameter-text",
                    [parameter.id])
            }
            values[parameter.id] = value
        }
        return values
    }

    /// Roles filled inside each small group (presenter, interviewer, observer of a triad).
    func groupRoleIDs(_ method: MethodSpec) -> Set<String> {
        Set(method.allSteps.flatMap { $0.step.grouping?.roles.map(\.role) ?? [] })
    }

    /// Who holds each role of the method: named in the agenda, carried in the participants
    /// file, or chosen by attribute; the method's rules on roles checked.
    func fillRoles(
        _ method: MethodSpec, _ use: MethodUse, people: [Participant], index: Int,
        context: inout PlanningContext
    ) -> [String: [String]] {
        var holders = namedHolders(method, use, people: people, index: index, context: &context)
        let inGroups = groupRoleIDs(method)
        var taken = Set(holders.values.flatMap { $0 })
        // Roles people carry in the participants file.
        for role in method.roles where holders[role.id] == nil && !inGroups.contains(role.id) {
            let carriers = people.filter { role.isCarried(by: $0) }.map(\.name)
            if !carriers.isEmpty {
                holders[role.id] = carriers
                taken.formUnion(carriers)
            }
        }
        // Roles filled by attribute ("facilitator", "family", "professional"), up to their maximum;
        // roles that need someone go first, so an optional role never takes their person.
        let byNeed = method.roles.filter { $0.count.min > 0 } + method.roles.filter { $0.count.min == 0 }
        for role in byNeed where holders[role.id] == nil && !inGroups.contains(role.id) && !role.attributes.isEmpty {
            var chosen: [String] = []
            for person in people where !taken.contains(person.name) && role.attributes.contains(where: person.has) {
                if let maximum = role.count.max, chosen.count >= maximum { break }
                chosen.append(person.name)
            }
            if !chosen.isEmpty {
                holders[role.id] = chosen
                taken.formUnion(chosen)
            }
        }
        // Everyone without a role is a 'participant' where the method has that role.
        if method.role("participant") != nil, holders["participant"] == nil {
            let rest = people.map(\.name).filter { !taken.contains($0) }
            if !rest.isEmpty { holders["participant"] = rest }
        }
        // Table hosts stay at tables; when nobody is named, the planner names them per table step.
        for role in method.roles where role.has(.staysAtTable) && holders[role.id] == nil {
            holders[role.id] = []
        }
        checkRoles(method, holders: holders, inGroups: inGroups, index: index, context: &context)
        return holders
    }

    /// The roles the agenda item names people for, checked against the method and the item's people.
    private func namedHolders(
        _ method: MethodSpec, _ use: MethodUse, people: [Participant], index: Int, context: inout PlanningContext
    ) -> [String: [String]] {
        var holders: [String: [String]] = [:]
        let names = Set(people.map(\.name))
        for (role, assigned) in use.roles.sorted(by: { $0.key < $1.key }) {
            guard method.role(role) != nil else {
                context.problem(
                    index, Phrasebook.say("plan.unknown-role", in: context.language, [method.id, role]),
                    hint: context.didYouMean(role, in: method.roles.map(\.id)))
                continue
            }
            for name in assigned where !names.contains(name) {
                context.problem(index, say: "plan.role-outside-item", [name, role])
            }
            holders[role] = assigned.filter { names.contains($0) }
        }
        return holders
    }

    /// The method's rules on its roles: how many hold each, nobody outside the case in it,
    /// every required role group filled.
    private func checkRoles(
        _ method: MethodSpec, holders: [String: [String]], inGroups: Set<String>, index: Int,
        context: inout PlanningContext
    ) {
        for role in method.roles where !inGroups.contains(role.id) && !role.has(.staysAtTable) {
            let count = holders[role.id]?.count ?? 0
            if !role.count.contains(count) {
                let need = role.count.description
                context.problem(
                    index,
                    say: role.count.min == 1 && role.count.max == 1 ? "plan.role-count.one" : "plan.role-count",
                    [role.id, text(role.name, context), method.id, need, String(count)],
                    hint: count < role.count.min ? "plan.role-count.add" : "plan.role-count.fewer", [role.id])
            }
        }
        // Constraints: people outside the case hold no role in it.
        let inCase = Set(method.roles.filter { $0.has(.inCase) }.map(\.id))
        for role in method.roles where role.has(.externalToCase) {
            for name in holders[role.id] ?? [] {
                let carried = context.person(name).map { person in
                    method.roles.filter { inCase.contains($0.id) && $0.isCarried(by: person) }.map(\.id)
                }
                let caseRoles = inCase.filter { holders[$0]?.contains(name) == true }.union(carried ?? [])
                if let caseRole = caseRoles.sorted().first {
                    context.problem(
                        index, say: "plan.external", [name, role.id, caseRole, method.id], hint: "plan.external.hint",
                        [role.id])
                }
            }
        }
        for group in method.roleGroups where group.required {
            let members = group.roles.flatMap { holders[$0] ?? [] }
            let filledInGroups = group.roles.contains(where: inGroups.contains)
            if members.isEmpty, !filledInGroups,
                !group.roles.contains(where: { method.role($0)?.has(.staysAtTable) == true })
            {
                context.problem(
                    index, say: "plan.empty-role-group", [group.id, text(group.name, context), method.id],
                    hint: "plan.empty-role-group.hint", [group.roles.joined(separator: ", ")])
            }
        }
    }
}
