/// One stretch of a planned step in which the same people speak: an interviewee's
/// answers, a speaker's uninterrupted turn in a round, a café round. Parallel small
/// groups are the turn's circles.
public struct Turn: Sendable, Hashable, Codable {
    /// What the facilitator calls the turn ("Round 2", "Sem").
    public var label: String
    /// The rotation round (1-based) for rotating steps.
    public var round: Int?
    /// The circles talking at once during the turn.
    public var circles: [Circle]
    /// Prompt ids asked in this turn.
    public var prompts: [String]
    /// How much of the step's time this turn gets, relative to the others.
    public var weight: Double
    /// Planned length in seconds, filled in by the planner.
    public var seconds: Int

    /// A value with every part given.
    public init(
        label: String, round: Int? = nil, circles: [Circle], prompts: [String], weight: Double = 1,
        seconds: Int = 0
    ) {
        self.label = label
        self.round = round
        self.circles = circles
        self.prompts = prompts
        self.weight = weight
        self.seconds = seconds
    }
}

/// The people of one group during a turn, and who does what among them.
public struct Circle: Sendable, Hashable, Codable {
    /// Who listens in a circle: people named one by one, or every member but some (the
    /// others in a round, stored once however large the meeting).
    public enum Listeners: Sendable, Hashable, ExpressibleByArrayLiteral {
        /// These people, in order.
        case named([String])
        /// Every member of the circle except these (who are members, each once).
        case allMembersBut([String])

        /// The named people in `elements`.
        public init(arrayLiteral elements: String...) { self = .named(elements) }
    }

    /// "Plenary", "Table 2", "Pair 3".
    public var name: String
    /// Everyone in the circle.
    public var members: [String] {
        didSet { membersAreEveryone = false }
    }
    /// Who speaks.
    public var speakers: [String]
    /// Whom the speakers address.
    public var addressed: [String]
    /// Who listens, as stored: named, or every member but some.
    public var listenerSet: Listeners
    /// How they listen.
    public var listening: Listening.Mode?
    /// Who writes down what is said.
    public var recorders: [String]
    /// Who stays and summarises (café table host).
    public var host: String?
    /// Who reports back for the circle.
    public var rapporteur: String?
    /// The table's question, for tables with a topic each.
    public var topic: String?
    /// The circle is the whole group together (not a pair, table or subgroup).
    public var wholeGroup: Bool
    /// The members are everyone in the plan: a plan file then writes them once, not per turn.
    public var membersAreEveryone = false

    /// A value with every part given.
    public init(
        name: String, members: [String], speakers: [String] = [], addressed: [String] = [],
        listeners: Listeners = [], listening: Listening.Mode? = nil, recorders: [String] = [],
        host: String? = nil, rapporteur: String? = nil, topic: String? = nil, wholeGroup: Bool = false
    ) {
        self.name = name
        self.members = members
        self.speakers = speakers
        self.addressed = addressed
        self.listenerSet = listeners
        self.listening = listening
        self.recorders = recorders
        self.host = host
        self.rapporteur = rapporteur
        self.topic = topic
        self.wholeGroup = wholeGroup
    }

    /// Who listens, in member order. Worked out on each call for a circle whose listeners are
    /// all members but some, so ask ``listenerCount`` when the number is enough.
    public var listeners: [String] {
        switch listenerSet {
        case .named(let names): return names
        case .allMembersBut(let others):
            guard !others.isEmpty else { return members }
            let left = Set(others)
            return members.filter { !left.contains($0) }
        }
    }

    /// How many listen, without listing them.
    public var listenerCount: Int {
        switch listenerSet {
        case .named(let names): return names.count
        case .allMembersBut(let others): return max(0, members.count - others.count)
        }
    }

    /// The same circle with every name passed through `map` (a role handed over).
    public func renaming(_ map: (String) -> String) -> Circle {
        var circle = self
        let everyone = membersAreEveryone
        circle.members = members.map(map)
        circle.membersAreEveryone = everyone
        circle.speakers = speakers.map(map)
        circle.addressed = addressed.map(map)
        switch listenerSet {
        case .named(let names): circle.listenerSet = .named(names.map(map))
        case .allMembersBut(let others): circle.listenerSet = .allMembersBut(others.map(map))
        }
        circle.recorders = recorders.map(map)
        circle.host = host.map(map)
        circle.rapporteur = rapporteur.map(map)
        return circle
    }

    private enum CodingKeys: String, CodingKey {
        case name, members, speakers, addressed, listeners, listening, recorders, host, rapporteur, topic, wholeGroup
    }

    private enum ListenerKeys: String, CodingKey { case membersBut }

    /// The word a plan file writes for members that are everyone in the plan.
    static let everyoneWord = "everyone"

    /// Reads plans and journals of every format: `wholeGroup` defaults to false; `members` may
    /// be `"everyone"` (filled in by the plan that holds the circle) and `listeners` may be
    /// `{"membersBut": [...]}`.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        if (try? container.decode(String.self, forKey: .members)) == Self.everyoneWord {
            members = []
            membersAreEveryone = true
        } else {
            members = try container.decode([String].self, forKey: .members)
        }
        speakers = try container.decode([String].self, forKey: .speakers)
        addressed = try container.decode([String].self, forKey: .addressed)
        if let names = try? container.decode([String].self, forKey: .listeners) {
            listenerSet = .named(names)
        } else {
            let rule = try container.nestedContainer(keyedBy: ListenerKeys.self, forKey: .listeners)
            listenerSet = .allMembersBut(try rule.decode([String].self, forKey: .membersBut))
        }
        listening = try container.decodeIfPresent(Listening.Mode.self, forKey: .listening)
        recorders = try container.decode([String].self, forKey: .recorders)
        host = try container.decodeIfPresent(String.self, forKey: .host)
        rapporteur = try container.decodeIfPresent(String.self, forKey: .rapporteur)
        topic = try container.decodeIfPresent(String.self, forKey: .topic)
        wholeGroup = try container.decodeIfPresent(Bool.self, forKey: .wholeGroup) ?? false
    }

    /// Writes the circle; members that are everyone and listeners that are all members but
    /// some are written once as a rule, so a plan stays linear in its people.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        if membersAreEveryone {
            try container.encode(Self.everyoneWord, forKey: .members)
        } else {
            try container.encode(members, forKey: .members)
        }
        try container.encode(speakers, forKey: .speakers)
        try container.encode(addressed, forKey: .addressed)
        switch listenerSet {
        case .named(let names):
            try container.encode(names, forKey: .listeners)
        case .allMembersBut(let others):
            var rule = container.nestedContainer(keyedBy: ListenerKeys.self, forKey: .listeners)
            try rule.encode(others, forKey: .membersBut)
        }
        try container.encodeIfPresent(listening, forKey: .listening)
        try container.encode(recorders, forKey: .recorders)
        try container.encodeIfPresent(host, forKey: .host)
        try container.encodeIfPresent(rapporteur, forKey: .rapporteur)
        try container.encodeIfPresent(topic, forKey: .topic)
        try container.encode(wholeGroup, forKey: .wholeGroup)
    }
}

/// What a behaviour may know about the people of a planned step: who holds which role,
/// the role groups in their order, and the groups formed for the step.
public struct TurnContext: Sendable {
    /// The method the step belongs to.
    public var method: MethodSpec
    /// Everyone taking part, in agenda order.
    public var everyone: [String] {
        didSet { index = PeopleIndex(everyone: everyone, roleHolders: roleHolders, method: method) }
    }
    /// Role id → people holding it, in agenda order.
    public var roleHolders: [String: [String]] {
        didSet { index = PeopleIndex(everyone: everyone, roleHolders: roleHolders, method: method) }
    }
    /// Groups formed for the step, per round (one round for non-rotating steps).
    public var groups: [[[String]]]
    /// Per group (of the first round), role id → people holding that role inside the group.
    public var groupRoles: [[String: [String]]]
    /// Table topics, by table index, for steps whose tables each have a question.
    public var topics: [String]
    /// For a step without groups of its own: the rapporteur of each group of the item's last
    /// grouped step, in group order (the rapporteurs who report back or exchange results).
    public var rapporteurs: [String] = []
    /// The session language, for the words behaviours put in labels ("Table", "Round").
    public var language: String
    /// Everyone's place in the agenda and role memberships, worked out once, so that a turn
    /// per person costs no pass over everyone.
    private var index: PeopleIndex

    /// A value with every part given.
    public init(
        method: MethodSpec, everyone: [String], roleHolders: [String: [String]],
        groups: [[[String]]] = [], groupRoles: [[String: [String]]] = [], topics: [String] = [],
        language: String = "en"
    ) {
        self.method = method
        self.everyone = everyone
        self.roleHolders = roleHolders
        self.groups = groups
        self.groupRoles = groupRoles
        self.topics = topics
        self.language = language
        self.index = PeopleIndex(everyone: everyone, roleHolders: roleHolders, method: method)
    }

    /// A label word in the session language ("Table" → "Tafel"); English when there is none.
    public func word(_ english: String) -> String {
        Phrasebook.text(english, in: language)
    }

    /// The people named by role ids, role-group ids, `all` or `others` (relative to `excluding`),
    /// in agenda order and without repeats.
    public func people(_ references: [String], excluding: [String] = []) -> [String] {
        if references.contains(where: { $0 == Audience.all || $0 == Audience.others }) {
            var names = Set<String>()
            for reference in references where reference != Audience.all && reference != Audience.others {
                names.formUnion(holders(of: reference))
            }
            if references.contains(Audience.all) { return everyone }
            let left = Set(excluding)
            return everyone.filter { !left.contains($0) || names.contains($0) }
        }
        var names = Set<String>()
        for reference in references { names.formUnion(holders(of: reference)) }
        return names.sorted { (index.place[$0] ?? .max, $0) < (index.place[$1] ?? .max, $1) }
            .filter { index.place[$0] != nil }
    }

    /// Who listens when the step names `who` (the others by default), `excluding` the people
    /// speaking or addressed: every member but those when that is what it means, so a round
    /// of a thousand people does not list a thousand listeners in each of its turns.
    public func listeners(_ who: [String]?, excluding: [String]) -> Circle.Listeners {
        let who = who ?? [Audience.others]
        if who == [Audience.others] {
            var seen = Set<String>()
            return .allMembersBut(excluding.filter { index.place[$0] != nil && seen.insert($0).inserted })
        }
        if who.contains(Audience.all) { return .allMembersBut([]) }
        return .named(people(who, excluding: excluding))
    }

    /// The people holding role or role group `reference`.
    private func holders(of reference: String) -> [String] {
        if let group = method.roleGroup(reference) {
            return group.roles.flatMap { roleHolders[$0] ?? [] }
        }
        return roleHolders[reference] ?? []
    }

    /// People of the referenced role groups in the method's role-group order, each with
    /// the group they are addressed in (family and network before professionals).
    public func peopleInRoleGroupOrder(_ references: [String]) -> [(person: String, group: String)] {
        var result: [(String, String)] = []
        var seen = Set<String>()
        let groups = method.roleGroups.filter { references.isEmpty || references.contains($0.id) }
        for group in groups {
            for person in people([group.id]) where !seen.contains(person) {
                seen.insert(person)
                result.append((person, group.id))
            }
        }
        // Plain roles named directly, after the role groups.
        for reference in references where method.roleGroup(reference) == nil {
            for person in people([reference]) where !seen.contains(person) {
                seen.insert(person)
                result.append((person, reference))
            }
        }
        return result
    }

    /// The role groups and roles `person` belongs to.
    public func memberships(of person: String) -> Set<String> {
        index.memberships[person] ?? []
    }

    /// Prompts of `step` asked in `person`'s turn: those without `to` (for everyone), those for
    /// a role or role group of theirs, and those for the others (the listeners).
    public func prompts(of step: Step, for person: String?) -> [String] {
        let forOthers = { (prompt: Prompt) in prompt.to.contains(Audience.others) }
        guard let person else { return step.prompts.filter { $0.to.isEmpty || forOthers($0) }.map(\.id) }
        let memberships = memberships(of: person)
        return step.prompts.filter { $0.to.isEmpty || forOthers($0) || !memberships.isDisjoint(with: $0.to) }.map(\.id)
    }

    /// The group role whose holder reports back for a group.
    public static let rapporteurRole = "rapporteur"

    /// Who reports back for a group of `members`: the holder of its `rapporteur` group role,
    /// else its first member.
    public static func rapporteur(of members: [String], roles: [String: [String]]) -> String? {
        roles[rapporteurRole]?.first ?? members.first
    }

    /// A single plenary turn where `speakers` talk and the step's listeners listen.
    public func plenaryTurn(step: Step, speakers: [String], label: String? = nil) -> Turn {
        let addressed = people(step.addressed, excluding: speakers)
        let listeners = step.listeners.map { self.listeners($0.who, excluding: speakers + addressed) } ?? []
        let circle = Circle(
            name: word("Plenary"), members: everyone, speakers: speakers, addressed: addressed,
            listeners: listeners, listening: step.listeners?.mode ?? (speakers.isEmpty ? nil : .open),
            recorders: people(step.recorder), wholeGroup: true)
        return Turn(label: label ?? word("Everyone"), circles: [circle], prompts: step.prompts.map(\.id))
    }

    /// Circles for small groups: inside each group, speakers, addressed and listeners are
    /// those group members holding the step's roles.
    public func groupCircles(step: Step, groups: [[String]], label: String, round: Int? = nil) -> [Circle] {
        groups.enumerated().map { index, members in
            let roles = groupRoles.indices.contains(index) && round == nil ? groupRoles[index] : [:]
            func inGroup(_ references: [String], excluding: [String] = []) -> [String] {
                var names: [String] = []
                for reference in references {
                    if reference == Audience.all {
                        names += members
                    } else if reference == Audience.others {
                        names += members.filter { !excluding.contains($0) }
                    } else if let holders = roles[reference] {
                        names += holders
                    } else {
                        let global = Set(people([reference]))
                        names += members.filter { global.contains($0) }
                    }
                }
                return members.filter { names.contains($0) }
            }
            let speakers = inGroup(step.speakers)
            let addressed = inGroup(step.addressed, excluding: speakers)
            let listeners = Circle.Listeners.named(
                inGroup(step.listeners?.who ?? [Audience.others], excluding: speakers + addressed))
            let recorders = inGroup(step.recorder)
            let topic = topics.isEmpty ? nil : topics[index % topics.count]
            return Circle(
                name: "\(label) \(index + 1)", members: members, speakers: speakers, addressed: addressed,
                listeners: listeners, listening: step.listeners?.mode, recorders: recorders,
                host: nil,
                rapporteur: step.grouping?.rapporteur == true ? Self.rapporteur(of: members, roles: roles) : nil,
                topic: topic)
        }
    }
}

/// Everyone's place in the agenda and the roles and role groups each holds, for a step's
/// behaviours to look up instead of searching.
private struct PeopleIndex: Sendable {
    /// Name → place in the agenda.
    var place: [String: Int] = [:]
    /// Name → the roles and role groups held.
    var memberships: [String: Set<String>] = [:]

    init(everyone: [String], roleHolders: [String: [String]], method: MethodSpec) {
        place.reserveCapacity(everyone.count)
        for (offset, name) in everyone.enumerated() where place[name] == nil { place[name] = offset }
        for (role, holders) in roleHolders {
            let groups = method.roleGroups.filter { $0.roles.contains(role) }.map(\.id)
            for person in holders {
                memberships[person, default: []].insert(role)
                for group in groups { memberships[person, default: []].insert(group) }
            }
        }
    }
}
