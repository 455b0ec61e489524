import Foundation

// Forming the groups, pairs and café tables of a step.
extension Planner {
    func formGroups(
        _ step: Step, grouping: Grouping, method: MethodSpec, people: [Participant],
        holders: inout [String: [String]], parameters: [String: ParameterValue], index: Int,
        context: inout PlanningContext
    )
        -> (groups: [[[String]]], roles: [[String: [String]]], quality: GroupQuality?)?
    {
        // Who takes part in groups: everyone but those who facilitate, scribe or observe.
        let facilitating = Set(
            method.roles.filter { role in
                role.attributes.contains("facilitator") || role.has(.doesNotSpeak) || role.has(.externalToCase)
            }.flatMap { holders[$0.id] ?? [] })
        let pool = people.filter { !facilitating.contains($0.name) }
        let name = "\(method.id)/\(step.id)"
        if let attribute = grouping.groupBy {
            // One group per value of the attribute (Puimala's perspectives).
            var order: [String] = []
            var byValue: [String: [String]] = [:]
            for person in pool {
                guard let value = person.mixingAttributes[attribute] else {
                    context.problem(
                        index, "\(person.name) has no \(attribute), needed for \(name): one group per \(attribute)",
                        hint: "fill the \(attribute) column in the participants file")
                    continue
                }
                if byValue[value] == nil { order.append(value) }
                byValue[value, default: []].append(person.name)
            }
            let groups = order.compactMap { byValue[$0] }
            if groups.count < 2 {
                context.problem(
                    index, "\(name) needs at least two different \(attribute) values, found \(groups.count)")
            }
            for group in groups where !grouping.size.contains(group.count) {
                context.problem(
                    index,
                    "a \(attribute) group in \(name) has \(group.count) people; groups of \(grouping.size.description) are needed"
                )
            }
            return ([groups], groups.map { _ in [:] }, nil)
        }
        var count: Int? = nil
        if let value = grouping.count {
            count = resolveCount(value, parameters)
            if count == nil { context.problem(index, "\(name): the number of groups is not set") }
        }
        var size = grouping.size
        if grouping.type == .pairs, pool.count % 2 == 1 { size = CountRange(min: 2, max: 3) }
        guard let sizes = GroupProblem.sizes(people: pool.count, size: size, groups: count) else {
            context.problem(
                index,
                "\(pool.count) people cannot be split into \(count.map { "\($0) groups" } ?? "groups") of \(grouping.size.description) for \(name)",
                hint: "change the number of people or of groups")
            return nil
        }
        var rounds = 1
        if let rotation = step.rotation {
            guard let value = resolveCount(rotation.rounds, parameters), value >= 1 else {
                context.problem(index, "\(name): the number of rounds is not set")
                return nil
            }
            rounds = value
        }
        // Table hosts: named, or one per table chosen across organisations.
        var fixed: [String: Int] = [:]
        for role in step.rotation?.stay ?? [] {
            var hosts = holders[role] ?? []
            if hosts.isEmpty {
                hosts = chooseHosts(pool, count: sizes.count, seed: context.seed)
                holders[role] = hosts
            }
            if hosts.count > sizes.count {
                context.problem(
                    index, "\(hosts.count) people are '\(role)' but \(name) has only \(sizes.count) tables",
                    hint: "name at most \(sizes.count) table hosts")
                return nil
            }
            for (table, host) in hosts.enumerated() where pool.contains(where: { $0.name == host }) {
                fixed[host] = table
            }
        }
        let problem = GroupProblem(
            people: pool.map { GroupProblem.Person(name: $0.name, attributes: $0.mixingAttributes) }, sizes: sizes,
            rounds: rounds, fixed: fixed, mixBy: grouping.mixBy, rotation: step.rotation != nil,
            seed: context.seed &+ UInt64(index * 1_000 + (step.id.unicodeScalars.first.map { Int($0.value) } ?? 0)),
            maxIterations: groupEffort, watch: groupWatch)
        let schedule: GroupSchedule
        do {
            schedule = try former.form(problem)
        } catch {
            context.problem(index, "\(name): \(error)")
            return nil
        }
        if schedule.quality.cutShort {
            context.problem(
                index, "group formation for \(step.id) was cut short by the safety limit, so another run could differ",
                hint: "plan without a time limit; the move budget alone keeps the plan reproducible")
            return nil
        }
        let quality = schedule.quality
        // Roles inside each group of the first round, rotating so the same people do not always go first.
        var roles: [[String: [String]]] = []
        for (number, group) in (schedule.rounds.first ?? []).enumerated() {
            var assignment: [String: [String]] = [:]
            guard !grouping.roles.isEmpty, !group.isEmpty else {
                roles.append(assignment)
                continue
            }
            let shift = number % group.count
            var queue = Array(group[shift...] + group[..<shift])
            for (position, groupRole) in grouping.roles.enumerated() {
                let isLast = position == grouping.roles.count - 1
                let take =
                    isLast
                    ? min(queue.count, groupRole.count.max ?? queue.count) : min(queue.count, groupRole.count.min)
                assignment[groupRole.role] = Array(queue.prefix(take))
                queue.removeFirst(take)
            }
            roles.append(assignment)
        }
        return (schedule.rounds, roles, quality)
    }

    func chooseHosts(_ pool: [Participant], count: Int, seed: UInt64) -> [String] {
        // Round-robin over organisations so that hosts come from different organisations.
        var byOrganisation: [String: [String]] = [:]
        var order: [String] = []
        for person in pool {
            let key = person.organisation ?? ""
            if byOrganisation[key] == nil { order.append(key) }
            byOrganisation[key, default: []].append(person.name)
        }
        var generator = SeededGenerator(seed: seed)
        order.shuffle(using: &generator)
        var hosts: [String] = []
        var round = 0
        while hosts.count < count, hosts.count < pool.count {
            for key in order where hosts.count < count {
                if let list = byOrganisation[key], round < list.count { hosts.append(list[round]) }
            }
            round += 1
        }
        return hosts
    }

    func resolveCount(_ value: CountValue, _ parameters: [String: ParameterValue]) -> Int? {
        switch value {
        case .literal(let number): return number
        case .parameter(let name):
            switch parameters[name] {
            case .integer(let number)?: return number
            case .textList(let items)?: return items.count
            default: return nil
            }
        }
    }
}
