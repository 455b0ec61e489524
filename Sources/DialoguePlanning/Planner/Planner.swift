import Foundation

/// Why a plan cannot be made: every problem found, each with the item it concerns and,
/// where one helps, a fix.
public struct PlanRefusal: Error, CustomStringConvertible, Sendable {
    /// One reason a plan cannot work.
    public struct Problem: Sendable, Equatable {
        public var item: Int?
        public var message: String
        public var hint: String?

        public init(item: Int?, message: String, hint: String?) {
            self.item = item
            self.message = message
            self.hint = hint
        }
    }

    public var problems: [Problem]

    public init(problems: [Problem]) {
        self.problems = problems
    }

    public var description: String {
        problems.map { problem in
            var line = problem.item.map { "item \($0 + 1): " } ?? ""
            line += problem.message
            if let hint = problem.hint { line += " (\(hint))" }
            return line
        }.joined(separator: "\n")
    }
}

/// Compiles an agenda against a method library into a ``SessionPlan``: resolves and pins
/// methods, fills roles, forms groups, lays out turns, fits the time and resolves prompts.
/// The same agenda and seed always give the same plan.
public struct Planner: Sendable {
    public let library: MethodLibrary
    public let former: any GroupFormer
    /// Search moves per group step: the default budget, deterministic for a seed.
    public var groupEffort: Int = 3_000
    /// An optional safety net for group searches (a time cap the caller chooses). A group
    /// step it cuts short makes the plan a refusal: such a plan would not be reproducible.
    public var groupWatch: SearchWatch? = nil

    /// Reads the agreements of the earlier meetings that review items name.
    public let reviews: any ReviewSource

    public init(
        library: MethodLibrary, former: any GroupFormer = DesignAndSearchGroupFormer(),
        reviews: any ReviewSource = NoReviews()
    ) {
        self.library = library
        self.former = former
        self.reviews = reviews
    }

    public func plan(_ agenda: Agenda, language: String? = nil, seed: UInt64? = nil) throws -> SessionPlan {
        var context = PlanningContext(agenda: agenda, language: language ?? agenda.language, seed: seed ?? agenda.seed)
        var drafts: [ItemDraft] = []
        for (index, item) in agenda.items.enumerated() {
            switch item {
            case .method(let use):
                if let draft = planMethod(use, index: index, context: &context) { drafts.append(draft) }
            case .pause(let minutes, let title):
                drafts.append(
                    ItemDraft(
                        index: index, kind: .pause, title: title ?? text(["en": "Break", "nl": "Pauze"], context),
                        fixedSeconds: minutes * 60))
            case .free(let title, let minutes, let notes):
                drafts.append(
                    ItemDraft(index: index, kind: .free, title: title, fixedSeconds: minutes * 60, notes: notes))
            case .review(let harvest, let minutes, let title):
                switch reviews.agreements(at: harvest) {
                case .success(let agreements):
                    var draft = ItemDraft(
                        index: index, kind: .review,
                        title: title
                            ?? text(["en": "Review of the agreements", "nl": "Terugblik op de afspraken"], context),
                        fixedSeconds: minutes * 60)
                    draft.review = agreements
                    draft.reviewedHarvest = harvest
                    drafts.append(draft)
                case .failure(let failure):
                    context.problem(
                        index, "cannot review '\(harvest)': \(failure.reason)",
                        hint: "name the harvest.json of an earlier session")
                }
            }
        }
        guard context.problems.isEmpty else { throw PlanRefusal(problems: context.problems) }
        fitTime(&drafts, context: &context)
        guard context.problems.isEmpty else { throw PlanRefusal(problems: context.problems) }
        let plan = assemble(drafts, context: &context)
        guard context.problems.isEmpty else { throw PlanRefusal(problems: context.problems) }
        return plan
    }

    // MARK: - Method items

    struct ItemDraft {
        var index: Int
        var kind: PlanItem.Kind
        var title: String
        var methodID: String? = nil
        var fixedSeconds: Double = 0
        var notes: String? = nil
        var steps: [StepDraft] = []
        var review: [Agreement] = []
        var reviewedHarvest: String? = nil
    }

    struct StepDraft {
        var plan: PlanStep
        /// Seconds at default, minimum and maximum; equal when fixed.
        var low: Double
        var standard: Double
        var high: Double
        var seconds: Double = 0
        var inMeeting: Bool
    }

    private func planMethod(_ use: MethodUse, index: Int, context: inout PlanningContext) -> ItemDraft? {
        guard let loaded = library.method(use.method) else {
            let suggestion = closestMatch(to: use.method, in: library.methods.map(\.spec.id))
            context.problem(
                index, "unknown method '\(use.method)'",
                hint: suggestion.map { "did you mean '\($0)'?" } ?? "see 'dialogue methods list'")
            return nil
        }
        let method = loaded.spec
        if let requirement = use.version, !requirement.accepts(method.version) {
            context.problem(
                index, "method '\(method.id)' is version \(method.version), which does not meet '\(requirement)'",
                hint: "change the agenda's version requirement or install that version")
            return nil
        }
        context.pin(method, origin: loaded)
        // People
        let names = use.participants.isEmpty ? context.agenda.participants.map(\.name) : use.participants
        var people: [Participant] = []
        for name in names {
            if let person = context.person(name) {
                people.append(person)
            } else {
                context.problem(
                    index, "'\(name)' is not among the participants",
                    hint: closestMatch(to: name, in: context.agenda.participants.map(\.name)).map {
                        "did you mean '\($0)'?"
                    })
            }
        }
        if !method.participants.contains(people.count) {
            let range = method.participants
            let reason =
                people.count < range.min
                ? "\(text(method.name, context)) needs at least \(range.min) people, the agenda has \(people.count)"
                : "\(text(method.name, context)) takes at most \(range.max ?? 0) people, the agenda has \(people.count)"
            context.problem(
                index, reason,
                hint: people.count < range.min
                    ? "invite more people or choose another method"
                    : "split into several sessions or items")
        }
        // Parameters
        let parameters = resolveParameters(method, use, index: index, context: &context)
        // Roles
        let holders = fillRoles(method, use, people: people, index: index, context: &context)
        // Durations named by the agenda must be steps of the method.
        let stepIDs = method.allSteps.map(\.step.id)
        for stepID in use.durations.keys.sorted() where !stepIDs.contains(stepID) {
            context.problem(
                index, "durations names unknown step '\(stepID)' of \(method.id)",
                hint: closestMatch(to: stepID, in: stepIDs).map { "did you mean '\($0)'?" })
        }
        guard context.problems.isEmpty else { return nil }
        var draft = ItemDraft(
            index: index, kind: .method, title: use.title ?? text(method.name, context), methodID: method.id)
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

    private func resolveParameters(
        _ method: MethodSpec, _ use: MethodUse, index: Int,
        context: inout PlanningContext
    ) -> [String: ParameterValue] {
        var values: [String: ParameterValue] = [:]
        for key in use.parameters.keys.sorted() where method.parameter(key) == nil {
            context.problem(
                index, "\(method.id) has no parameter '\(key)'",
                hint: closestMatch(to: key, in: method.parameters.map(\.id)).map { "did you mean '\($0)'?" }
                    ?? "its parameters: \(method.parameters.map(\.id).joined(separator: ", "))")
        }
        for parameter in method.parameters {
            guard var value = use.parameters[parameter.id] ?? parameter.defaultValue else {
                if parameter.required {
                    context.problem(
                        index,
                        "\(method.id) needs a value for parameter '\(parameter.id)' (\(text(parameter.label, context)))",
                        hint: "add \"parameters\": {\"\(parameter.id)\": …} to the item")
                }
                continue
            }
            switch (parameter.type, value) {
            case (.integer, .integer(let number)):
                if let low = parameter.min, number < low {
                    context.problem(index, "parameter '\(parameter.id)' is \(number), below its minimum \(low)")
                }
                if let high = parameter.max, number > high {
                    context.problem(index, "parameter '\(parameter.id)' is \(number), above its maximum \(high)")
                }
            case (.text, .text), (.textList, .textList):
                break
            case (.choice, .text(let choice)):
                if !parameter.options.contains(choice.resolved("en")) {
                    context.problem(
                        index, "parameter '\(parameter.id)' must be one of \(parameter.options.joined(separator: ", "))"
                    )
                }
            case (.textList, .text(let single)):
                value = .textList([single])
            default:
                context.problem(
                    index,
                    "parameter '\(parameter.id)' must be \(parameter.type == .integer ? "a whole number" : parameter.type == .textList ? "a list of texts" : "a text")"
                )
            }
            values[parameter.id] = value
        }
        return values
    }

    /// Roles filled inside each small group (presenter, interviewer, observer of a triad).
    private func groupRoleIDs(_ method: MethodSpec) -> Set<String> {
        Set(method.allSteps.flatMap { $0.step.grouping?.roles.map(\.role) ?? [] })
    }

    private func fillRoles(
        _ method: MethodSpec, _ use: MethodUse, people: [Participant], index: Int,
        context: inout PlanningContext
    ) -> [String: [String]] {
        var holders: [String: [String]] = [:]
        let names = Set(people.map(\.name))
        for (role, assigned) in use.roles.sorted(by: { $0.key < $1.key }) {
            guard method.role(role) != nil else {
                context.problem(
                    index, "\(method.id) has no role '\(role)'",
                    hint: closestMatch(to: role, in: method.roles.map(\.id)).map { "did you mean '\($0)'?" })
                continue
            }
            for name in assigned where !names.contains(name) {
                context.problem(index, "'\(name)' is named for role '\(role)' but does not take part in this item")
            }
            holders[role] = assigned.filter { names.contains($0) }
        }
        let inGroups = groupRoleIDs(method)
        var taken = Set(holders.values.flatMap { $0 })
        // Roles people carry in the participants file.
        for role in method.roles where holders[role.id] == nil && !inGroups.contains(role.id) {
            let carriers = people.filter { $0.roles.contains(role.id) }.map(\.name)
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
        for role in method.roles where !inGroups.contains(role.id) && !role.has(.staysAtTable) {
            let count = holders[role.id]?.count ?? 0
            if !role.count.contains(count) {
                let need = role.count.description
                context.problem(
                    index,
                    "role '\(role.id)' (\(text(role.name, context))) of \(method.id) needs \(need) \(role.count.min == 1 && role.count.max == 1 ? "person" : "people"), found \(count)",
                    hint: count < role.count.min
                        ? "add '\(role.id)' to someone's roles in the participants file, or name them under the item's \"roles\""
                        : "name fewer people for '\(role.id)'")
            }
        }
        // Constraints: people outside the case hold no role in it.
        let inCase = Set(method.roles.filter { $0.has(.inCase) }.map(\.id))
        for role in method.roles where role.has(.externalToCase) {
            for name in holders[role.id] ?? [] {
                let caseRoles = inCase.filter { holders[$0]?.contains(name) == true }
                    .union(context.person(name)?.roles.filter { inCase.contains($0) } ?? [])
                if let caseRole = caseRoles.sorted().first {
                    context.problem(
                        index,
                        "\(name) is '\(role.id)' but also '\(caseRole)': in \(method.id) a \(role.id) must not be a participant in the case",
                        hint: "choose someone from outside the case for '\(role.id)'")
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
                    index, "nobody fills role group '\(group.id)' (\(text(group.name, context))) of \(method.id)",
                    hint: "give someone one of its roles: \(group.roles.joined(separator: ", "))")
            }
        }
        return holders
    }

    // MARK: - Steps

    private func planStep(
        _ step: Step, phase: Phase, method: MethodSpec, use: MethodUse, people: [Participant],
        holders: [String: [String]], parameters: [String: ParameterValue], index: Int,
        previousGroups: inout (key: String, groups: [[[String]]], roles: [[String: [String]]], quality: GroupQuality?)?,
        context: inout PlanningContext
    ) -> StepDraft? {
        var roleHolders = holders
        var groups: [[[String]]] = []
        var groupRoles: [[String: [String]]] = []
        var quality: GroupQuality? = nil
        if let grouping = step.grouping, grouping.type != .plenary {
            let key =
                "\(grouping.type.rawValue)/\(grouping.size.description)/\(grouping.groupBy ?? "")/\(grouping.count.map { "\($0)" } ?? "")"
            if step.rotation == nil, let previous = previousGroups, previous.key == key {
                groups = previous.groups
                groupRoles = previous.roles
                quality = previous.quality
            } else {
                guard
                    let formed = formGroups(
                        step, grouping: grouping, method: method, people: people, holders: &roleHolders,
                        parameters: parameters, index: index, context: &context)
                else { return nil }
                groups = formed.groups
                groupRoles = formed.roles
                quality = formed.quality
                if step.rotation == nil { previousGroups = (key, groups, groupRoles, quality) }
            }
            for roles in groupRoles {
                for (role, names) in roles { roleHolders[role, default: []] += names }
            }
        }
        let topics: [String] = {
            guard let name = step.rotation?.topics, case .textList(let items)? = parameters[name] else { return [] }
            return items.map { fill($0.resolved(context.language), parameters, context) }
        }()
        let everyone = people.map(\.name)
        let turnContext = TurnContext(
            method: method, everyone: everyone, roleHolders: roleHolders, groups: groups,
            groupRoles: groupRoles, topics: topics, language: context.language)
        let behaviour = library.loader.behaviours.behaviour(step.kind)
        var turns = behaviour?.turns(for: step, context: turnContext) ?? []
        // Units that the step's minutes count.
        let duration = step.duration ?? StepDuration(defaultMinutes: 0, minMinutes: 0, maxMinutes: 0, per: .step)
        let units: Double
        switch duration.per {
        case .step: units = 1
        case .speaker: units = Double(max(1, turns.count))
        case .round: units = Double(max(1, groups.count))
        case .group: units = Double(max(1, groups.first?.count ?? 1))
        }
        var low = duration.minMinutes * units * 60
        var standard = duration.defaultMinutes * units * 60
        var high = duration.maxMinutes * units * 60
        if let override = use.durations[step.id] {
            if override < duration.minMinutes || override > duration.maxMinutes {
                context.warnings.append(
                    "item \(index + 1): \(step.id) is set to \(NumberText.format(override)) min, outside the method's \(NumberText.format(duration.minMinutes))–\(NumberText.format(duration.maxMinutes)) min"
                )
            }
            standard = override * units * 60
            low = standard
            high = standard
        }
        if turns.isEmpty {
            turns = [Turn(label: text(step.name, context), circles: [], prompts: step.prompts.map(\.id))]
        }
        let prompts = step.prompts.map { prompt in
            ResolvedPrompt(
                id: prompt.id,
                text: fill(localized(prompt.text, method: method, context: &context), parameters, context),
                to: prompt.to)
        }
        let captures = step.captures.map { capture -> PlanCapture in
            let scale = capture.scale.flatMap(method.scale).map { scale in
                PlanScale(
                    id: scale.id, name: text(scale.name, context), min: scale.min, max: scale.max,
                    levels: scale.levels.map { ScaleLevelText(value: $0.value, label: text($0.label, context)) },
                    visibility: scale.visibility)
            }
            let fallback: String
            switch capture.type {
            case .note: fallback = text(["en": "Notes", "nl": "Notities"], context)
            case .idea: fallback = text(["en": "Ideas", "nl": "Ideeën"], context)
            case .concern: fallback = text(["en": "Concerns", "nl": "Zorgen"], context)
            case .worryLevel: fallback = text(["en": "Worry level", "nl": "Zorgniveau"], context)
            case .score: fallback = text(["en": "Scores", "nl": "Cijfers"], context)
            case .agreement: fallback = text(["en": "Agreements", "nl": "Afspraken"], context)
            }
            return PlanCapture(
                id: capture.id, type: capture.type, label: capture.label.map { text($0, context) } ?? fallback,
                per: capture.per,
                visibility: capture.visibility == .private || scale?.visibility == .private ? .private : .shared,
                scale: scale, itemsFrom: capture.itemsFrom.map { "\(index + 1).\($0)" })
        }
        let plan = PlanStep(
            id: "\(index + 1).\(step.id)", itemIndex: index, methodID: method.id, phase: text(phase.name, context),
            stepID: step.id, kind: step.kind, name: fill(text(step.name, context), parameters, context),
            guidance: step.description.map { fill(text($0, context), parameters, context) },
            frame: phase.frame?.rawValue,
            when: step.when, start: context.agenda.start, end: context.agenda.start, seconds: 0,
            minSeconds: Int(low.rounded()), maxSeconds: Int(high.rounded()), atMinimum: false,
            roles: roleHolders.filter { !$0.value.isEmpty }, turns: turns, prompts: prompts, captures: captures,
            groups: groups, groupQuality: quality, swaps: step.swaps.map(\.between),
            loop: step.loop.map {
                PlanLoop(to: $0.to, question: fill(text($0.question, context), parameters, context), max: $0.max ?? 1)
            },
            listening: step.listeners?.mode.rawValue)
        return StepDraft(plan: plan, low: low, standard: standard, high: high, inMeeting: step.when == .during)
    }

    private func formGroups(
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

    private func chooseHosts(_ pool: [Participant], count: Int, seed: UInt64) -> [String] {
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

    private func resolveCount(_ value: CountValue, _ parameters: [String: ParameterValue]) -> Int? {
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

    // MARK: - Time

    private func fitTime(_ drafts: inout [ItemDraft], context: inout PlanningContext) {
        let fixed = drafts.reduce(0) { $0 + $1.fixedSeconds }
        var low = 0.0
        var standard = 0.0
        var high = 0.0
        for draft in drafts {
            for step in draft.steps where step.inMeeting {
                low += step.low
                standard += step.standard
                high += step.high
            }
        }
        var lambda = 0.0
        var direction = 0
        if let budgetMinutes = context.agenda.budgetMinutes {
            let budget = budgetMinutes * 60
            if fixed + low > budget + 0.5 {
                let short = Int(((fixed + low - budget) / 60).rounded(.up))
                var contributors: [(String, Double)] = []
                for draft in drafts {
                    let minimum = draft.fixedSeconds + draft.steps.filter(\.inMeeting).reduce(0) { $0 + $1.low }
                    contributors.append(
                        ("item \(draft.index + 1) \(draft.title) at \(Int((minimum / 60).rounded())) min", minimum))
                }
                let list = contributors.sorted { $0.1 > $1.1 }.map(\.0).joined(separator: "; ")
                context.problem(
                    nil,
                    "the agenda needs at least \(Int(((fixed + low) / 60).rounded(.up))) min but the budget is \(NumberText.format(budgetMinutes)) min: \(short) min short with every step at its minimum (\(list))",
                    hint: "raise budgetMinutes, shorten breaks or free items, or drop an item")
                return
            }
            if fixed + standard > budget, standard > low {
                lambda = (fixed + standard - budget) / (standard - low)
                direction = -1
            } else if fixed + standard < budget, high > standard {
                lambda = min(1, (budget - fixed - standard) / (high - standard))
                direction = 1
            }
            if fixed + high < budget - 60 {
                context.warnings.append(
                    "the plan ends \(Int(((budget - fixed - high) / 60).rounded())) min before the budget, with every step at its maximum"
                )
            }
        }
        for draftIndex in drafts.indices {
            for stepIndex in drafts[draftIndex].steps.indices {
                var step = drafts[draftIndex].steps[stepIndex]
                var seconds = step.standard
                if step.inMeeting {
                    if direction < 0 { seconds = step.standard - lambda * (step.standard - step.low) }
                    if direction > 0 { seconds = step.standard + lambda * (step.high - step.standard) }
                }
                // Whole half-minutes read better on a run sheet.
                seconds = (seconds / 30).rounded() * 30
                seconds = Swift.min(Swift.max(seconds, step.low), step.high)
                step.seconds = seconds
                step.plan.atMinimum = step.inMeeting && step.high > step.low && seconds <= step.low + 0.5
                drafts[draftIndex].steps[stepIndex] = step
            }
        }
    }

    // MARK: - Assembly

    private func assemble(_ drafts: [ItemDraft], context: inout PlanningContext) -> SessionPlan {
        var clock = context.agenda.start
        var items: [PlanItem] = []
        let meetingClock = MeetingClock(timeZone: context.agenda.timeZone)
        for draft in drafts {
            if let fixed = context.agenda.fixedStarts[draft.index] {
                let overlap = clock.timeIntervalSince(fixed)
                if overlap > 30 {
                    context.problem(
                        draft.index,
                        "must start at \(meetingClock.time(fixed)) but the items before it end at \(meetingClock.time(clock)): they overlap by \(Int((overlap / 60).rounded(.up))) min",
                        hint: "shorten earlier items, move this item later, or start the meeting earlier")
                } else if overlap < -30 {
                    context.warnings.append(
                        "item \(draft.index + 1): a gap of \(Int((-overlap / 60).rounded())) min before its fixed start at \(meetingClock.time(fixed))"
                    )
                    clock = fixed
                }
            }
            let itemStart = clock
            var steps: [PlanStep] = []
            for stepDraft in draft.steps {
                var step = stepDraft.plan
                let seconds = Int(stepDraft.seconds.rounded())
                step.seconds = seconds
                if stepDraft.inMeeting {
                    step.start = clock
                    step.end = clock.addingTimeInterval(Double(seconds))
                    clock = step.end
                } else {
                    step.start = step.when == .before ? itemStart : clock
                    step.end = step.start
                }
                // Share the step's time over its turns by weight.
                let weights = step.turns.reduce(0) { $0 + $1.weight }
                var assigned = 0
                for turnIndex in step.turns.indices {
                    let share = weights > 0 ? step.turns[turnIndex].weight / weights : 0
                    let turnSeconds =
                        turnIndex == step.turns.count - 1
                        ? seconds - assigned
                        : Int((Double(seconds) * share).rounded())
                    step.turns[turnIndex].seconds = max(0, turnSeconds)
                    assigned += step.turns[turnIndex].seconds
                }
                steps.append(step)
            }
            if draft.kind != .method {
                // Breaks, free items and reviews are one step each, so a session walks one list.
                let seconds = Int(draft.fixedSeconds.rounded())
                let kind: String
                switch draft.kind {
                case .pause: kind = "break"
                case .review: kind = "review"
                default: kind = "free"
                }
                let circle = Circle(
                    name: context.language == "nl" ? "Plenair" : "Plenary",
                    members: context.agenda.participants.map(\.name), wholeGroup: true)
                steps.append(
                    PlanStep(
                        id: "\(draft.index + 1).\(kind)", itemIndex: draft.index, methodID: nil, phase: draft.title,
                        stepID: kind,
                        kind: kind, name: draft.title, guidance: draft.notes, frame: nil, when: .during, start: clock,
                        end: clock.addingTimeInterval(Double(seconds)), seconds: seconds, minSeconds: seconds,
                        maxSeconds: seconds,
                        atMinimum: false, roles: [:],
                        turns: [Turn(label: draft.title, circles: [circle], prompts: [], seconds: seconds)],
                        prompts: [],
                        captures: [
                            PlanCapture(
                                id: "notes", type: .note, label: "Notes", per: .step, visibility: .shared,
                                scale: nil, itemsFrom: nil)
                        ],
                        groups: [], groupQuality: nil, swaps: [], loop: nil, listening: nil))
                clock = clock.addingTimeInterval(draft.fixedSeconds)
            }
            items.append(
                PlanItem(
                    index: draft.index, kind: draft.kind, title: draft.title, methodID: draft.methodID,
                    start: itemStart, end: clock, notes: draft.notes, steps: steps, review: draft.review,
                    reviewedHarvest: draft.reviewedHarvest))
        }
        var warnings = context.warnings
        let missing = context.missingTranslations.sorted { $0.key < $1.key }
        for (method, count) in missing {
            warnings.append(
                "\(method): \(count) text\(count == 1 ? " has" : "s have") no '\(context.language)' translation; English is shown"
            )
        }
        let agenda = context.agenda
        var checklist: [SpaceNote] = []
        let own: [(String, String?)] = [
            ("physical", agenda.spaces.physical), ("time", agenda.spaces.time),
            ("social", agenda.spaces.social), ("mental", agenda.spaces.mental),
            ("discursive", agenda.spaces.discursive),
        ]
        for (space, value) in own {
            if let value { checklist.append(SpaceNote(space: space, text: value, from: "agenda")) }
        }
        var materials = agenda.spaces.materials
        for pinned in context.pinnedOrder {
            guard let method = library.method(pinned)?.spec else { continue }
            for (space, value) in method.spaces.all {
                if let value {
                    checklist.append(
                        SpaceNote(
                            space: space, text: value.resolved(context.language),
                            from: method.name.resolved(context.language)))
                }
            }
            for material in method.materials where !materials.contains(material.resolved(context.language)) {
                materials.append(material.resolved(context.language))
            }
        }
        let order = DialogicalSpaces.names
        checklist.sort { (order.firstIndex(of: $0.space) ?? 9) < (order.firstIndex(of: $1.space) ?? 9) }
        return SessionPlan(
            formatVersion: SessionPlan.currentFormatVersion, engineVersion: DialogueKitVersion.current,
            title: agenda.title, language: context.language, start: agenda.start, end: clock,
            timeZone: agenda.timeZone, location: agenda.location, budgetMinutes: agenda.budgetMinutes,
            seed: context.seed, participants: agenda.participants,
            methods: context.pinnedOrder.compactMap { context.pinned[$0] },
            spaces: PlanSpaces(setting: agenda.spaces.setting, checklist: checklist, materials: materials),
            items: items, warnings: warnings)
    }

    // MARK: - Texts

    private func text(_ localized: LocalizedText, _ context: PlanningContext) -> String {
        localized.resolved(context.language)
    }

    private func text(_ values: [String: String], _ context: PlanningContext) -> String {
        LocalizedText(values).resolved(context.language)
    }

    private func localized(_ text: LocalizedText, method: MethodSpec, context: inout PlanningContext) -> String {
        if !text.has(context.language) { context.missingTranslations[method.id, default: 0] += 1 }
        return text.resolved(context.language)
    }

    private func fill(_ text: String, _ parameters: [String: ParameterValue], _ context: PlanningContext) -> String {
        guard text.contains("{") else { return text }
        var values: [String: String] = [:]
        for (name, value) in parameters { values[name] = value.rendered(context.language) }
        return Placeholders.fill(text, with: values)
    }
}

/// What the planner carries while it works through an agenda.
struct PlanningContext {
    let agenda: Agenda
    let language: String
    let seed: UInt64
    var problems: [PlanRefusal.Problem] = []
    var warnings: [String] = []
    var pinned: [String: PinnedMethod] = [:]
    var pinnedOrder: [String] = []
    var missingTranslations: [String: Int] = [:]
    private let people: [String: Participant]

    init(agenda: Agenda, language: String, seed: UInt64) {
        self.agenda = agenda
        self.language = language
        self.seed = seed
        var people: [String: Participant] = [:]
        for person in agenda.participants { people[person.name] = person }
        self.people = people
    }

    func person(_ name: String) -> Participant? { people[name] }

    mutating func problem(_ item: Int?, _ message: String, hint: String? = nil) {
        problems.append(PlanRefusal.Problem(item: item, message: message, hint: hint))
    }

    mutating func pin(_ method: MethodSpec, origin: LoadedMethod) {
        guard pinned[method.id] == nil else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let digest = Digest.fnv1a(Array((try? encoder.encode(method)) ?? Data()))
        pinned[method.id] = PinnedMethod(
            id: method.id, version: method.version.description,
            name: method.name.resolved(language), digest: digest)
        pinnedOrder.append(method.id)
    }
}
