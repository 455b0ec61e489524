import Foundation

// Forming the groups, pairs and café tables of a step.
extension Planner {
    /// The groups, rounds and group roles of a step, or nil when they cannot be formed
    /// (the problems are in `context`).
    func formGroups(
        _ step: Step, grouping: Grouping, method: MethodSpec, people: [Participant],
        holders: inout [String: [String]], parameters: [String: ParameterValue], index: Int,
        context: inout PlanningContext
    )
        -> (groups: [[[String]]], roles: [[String: [String]]], quality: GroupQuality?)?
    {
        let pool = groupPool(people, method: method, holders: holders)
        let name = "\(method.id)/\(step.id)"
        if let attribute = grouping.groupBy {
            let groups = groupsBy(
                attribute, pool: pool, grouping: grouping, name: name, index: index, context: &context)
            return ([groups], groups.map { _ in [:] }, nil)
        }
        guard
            let shape = groupShape(
                step, grouping: grouping, pool: pool, parameters: parameters, name: name, index: index,
                context: &context),
            let fixed = tableHosts(
                step, pool: pool, tables: shape.sizes.count, holders: &holders, name: name, index: index,
                context: &context)
        else { return nil }
        let problem = GroupProblem(
            people: pool.map { GroupProblem.Person(name: $0.name, attributes: $0.mixingAttributes) },
            sizes: shape.sizes, rounds: shape.rounds, fixed: fixed, mixBy: grouping.mixBy,
            rotation: step.rotation != nil,
            seed: context.seed &+ UInt64(index * 1_000 + (step.id.unicodeScalars.first.map { Int($0.value) } ?? 0)),
            budget: groupBudget, watch: groupWatch)
        let schedule: GroupSchedule
        do {
            schedule = try former.form(problem)
        } catch {
            context.problem(index, "\(name): \(error)")
            return nil
        }
        if schedule.quality.cutShort {
            context.problem(index, say: "plan.groups-cut-short", [step.id], hint: "plan.groups-cut-short.hint")
            return nil
        }
        return (schedule.rounds, groupRoles(schedule.rounds.first ?? [], grouping: grouping), schedule.quality)
    }

    /// Who takes part in groups: everyone but those who facilitate, scribe or observe.
    private func groupPool(_ people: [Participant], method: MethodSpec, holders: [String: [String]]) -> [Participant] {
        let facilitating = Set(
            method.roles.filter { role in
                role.attributes.contains("facilitator") || role.has(.doesNotSpeak) || role.has(.externalToCase)
            }.flatMap { holders[$0.id] ?? [] })
        return people.filter { !facilitating.contains($0.name) }
    }

    /// One group per value of `attribute` (Puimala's perspectives).
    private func groupsBy(
        _ attribute: String, pool: [Participant], grouping: Grouping, name: String, index: Int,
        context: inout PlanningContext
    ) -> [[String]] {
        var order: [String] = []
        var byValue: [String: [String]] = [:]
        for person in pool {
            guard let value = person.mixingAttributes[attribute] else {
                context.problem(
                    index, say: "plan.group-by-missing", [person.name, attribute, name],
                    hint: "plan.group-by-missing.hint",
                    [attribute])
                continue
            }
            if byValue[value] == nil { order.append(value) }
            byValue[value, default: []].append(person.name)
        }
        let groups = order.compactMap { byValue[$0] }
        if groups.count < 2 {
            context.problem(index, say: "plan.group-by-two", [name, attribute, String(groups.count)])
        }
        for value in order {
            guard let group = byValue[value], !grouping.size.contains(group.count) else { continue }
            context.problem(
                index, say: group.count == 1 ? "plan.group-by-size.one" : "plan.group-by-size",
                [
                    attribute, value, name, String(group.count), group.joined(separator: ", "),
                    grouping.size.description,
                ],
                hint: "plan.group-by-size.hint", [attribute])
        }
        return groups
    }

    /// The group sizes and the number of rounds, or nil with a problem when they cannot be met.
    private func groupShape(
        _ step: Step, grouping: Grouping, pool: [Participant], parameters: [String: ParameterValue], name: String,
        index: Int, context: inout PlanningContext
    ) -> (sizes: [Int], rounds: Int)? {
        var count: Int? = nil
        if let value = grouping.count {
            count = resolveCount(value, parameters)
            if count == nil { context.problem(index, say: "plan.group-count-unset", [name]) }
        }
        var size = grouping.size
        if grouping.type == .pairs, pool.count % 2 == 1 { size = CountRange(min: 2, max: 3) }
        // At least `minGroups` groups: as many as the size needs, but never fewer.
        if count == nil, let least = grouping.minGroups {
            let upper = max(1, size.max ?? pool.count)
            if (pool.count + upper - 1) / upper < least { count = least }
        }
        guard let sizes = GroupProblem.sizes(people: pool.count, size: size, groups: count) else {
            context.problem(
                index, say: count == nil ? "plan.cannot-split" : "plan.cannot-split.count",
                [String(pool.count), grouping.size.description, name, count.map(String.init) ?? ""],
                hint: "plan.cannot-split.hint")
            return nil
        }
        guard let rotation = step.rotation else { return (sizes, 1) }
        guard let rounds = resolveCount(rotation.rounds, parameters), rounds >= 1 else {
            context.problem(index, say: "plan.round-count-unset", [name])
            return nil
        }
        return (sizes, rounds)
    }

    /// Table hosts, who stay at their table: named, or one per table chosen across
    /// organisations. Nil with a problem when there are more hosts than tables.
    private func tableHosts(
        _ step: Step, pool: [Participant], tables: Int, holders: inout [String: [String]], name: String, index: Int,
        context: inout PlanningContext
    ) -> [String: Int]? {
        var fixed: [String: Int] = [:]
        for role in step.rotation?.stay ?? [] {
            var hosts = holders[role] ?? []
            if hosts.isEmpty {
                hosts = chooseHosts(pool, count: tables, seed: context.seed)
                holders[role] = hosts
            }
            if hosts.count > tables {
                context.problem(
                    index, say: "plan.too-many-hosts", [String(hosts.count), role, name, String(tables)],
                    hint: "plan.too-many-hosts.hint", [String(tables)])
                return nil
            }
            for (table, host) in hosts.enumerated() where pool.contains(where: { $0.name == host }) {
                fixed[host] = table
            }
        }
        return fixed
    }

    /// Roles inside each group of the first round, rotating so the same people do not always go first.
    private func groupRoles(_ round: [[String]], grouping: Grouping) -> [[String: [String]]] {
        round.enumerated().map { number, group in
            var assignment: [String: [String]] = [:]
            guard !grouping.roles.isEmpty, !group.isEmpty else { return assignment }
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
            return assignment
        }
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
