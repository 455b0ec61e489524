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
    /// "Plenary", "Table 2", "Pair 3".
    public var name: String
    /// Everyone in the circle.
    public var members: [String]
    /// Who speaks.
    public var speakers: [String]
    /// Whom the speakers address.
    public var addressed: [String]
    /// Who listens.
    public var listeners: [String]
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

    /// A value with every part given.
    public init(
        name: String, members: [String], speakers: [String] = [], addressed: [String] = [],
        listeners: [String] = [], listening: Listening.Mode? = nil, recorders: [String] = [],
        host: String? = nil, rapporteur: String? = nil, topic: String? = nil, wholeGroup: Bool = false
    ) {
        self.name = name
        self.members = members
        self.speakers = speakers
        self.addressed = addressed
        self.listeners = listeners
        self.listening = listening
        self.recorders = recorders
        self.host = host
        self.rapporteur = rapporteur
        self.topic = topic
        self.wholeGroup = wholeGroup
    }

    private enum CodingKeys: String, CodingKey {
        case name, members, speakers, addressed, listeners, listening, recorders, host, rapporteur, topic, wholeGroup
    }

    /// Reads plans and journals written before `wholeGroup` existed (it defaults to false).
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        members = try container.decode([String].self, forKey: .members)
        speakers = try container.decode([String].self, forKey: .speakers)
        addressed = try container.decode([String].self, forKey: .addressed)
        listeners = try container.decode([String].self, forKey: .listeners)
        listening = try container.decodeIfPresent(Listening.Mode.self, forKey: .listening)
        recorders = try container.decode([String].self, forKey: .recorders)
        host = try container.decodeIfPresent(String.self, forKey: .host)
        rapporteur = try container.decodeIfPresent(String.self, forKey: .rapporteur)
        topic = try container.decodeIfPresent(String.self, forKey: .topic)
        wholeGroup = try container.decodeIfPresent(Bool.self, forKey: .wholeGroup) ?? false
    }
}

/// What a behaviour may know about the people of a planned step: who holds which role,
/// the role groups in their order, and the groups formed for the step.
public struct TurnContext: Sendable {
    /// The method the step belongs to.
    public var method: MethodSpec
    /// Everyone taking part, in agenda order.
    public var everyone: [String]
    /// Role id → people holding it, in agenda order.
    public var roleHolders: [String: [String]]
    /// Groups formed for the step, per round (one round for non-rotating steps).
    public var groups: [[[String]]]
    /// Per group (of the first round), role id → people holding that role inside the group.
    public var groupRoles: [[String: [String]]]
    /// Table topics, by table index, for steps whose tables each have a question.
    public var topics: [String]
    /// The session language, for the words behaviours put in labels ("Table", "Round").
    public var language: String

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
    }

    /// A label word in the session language ("Table" → "Tafel"); English when there is none.
    public func word(_ english: String) -> String {
        Phrasebook.text(english, in: language)
    }

    /// The people named by role ids, role-group ids, `all` or `others` (relative to `excluding`),
    /// in agenda order and without repeats.
    public func people(_ references: [String], excluding: [String] = []) -> [String] {
        var names = Set<String>()
        for reference in references {
            switch reference {
            case Audience.all:
                names.formUnion(everyone)
            case Audience.others:
                names.formUnion(everyone.filter { !excluding.contains($0) })
            default:
                if let group = method.roleGroup(reference) {
                    for role in group.roles { names.formUnion(roleHolders[role] ?? []) }
                } else {
                    names.formUnion(roleHolders[reference] ?? [])
                }
            }
        }
        return everyone.filter { names.contains($0) }
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
        var result = Set<String>()
        for (role, holders) in roleHolders where holders.contains(person) {
            result.insert(role)
            for group in method.roleGroups where group.roles.contains(role) { result.insert(group.id) }
        }
        return result
    }

    /// Prompts of `step` meant for `person` (prompts without `to` are for everyone).
    public func prompts(of step: Step, for person: String?) -> [String] {
        guard let person else { return step.prompts.filter { $0.to.isEmpty }.map(\.id) }
        let memberships = memberships(of: person)
        return step.prompts.filter { $0.to.isEmpty || !memberships.isDisjoint(with: $0.to) }.map(\.id)
    }

    /// A single plenary turn where `speakers` talk and the step's listeners listen.
    public func plenaryTurn(step: Step, speakers: [String], label: String? = nil) -> Turn {
        let addressed = people(step.addressed, excluding: speakers)
        let listeners = people(step.listeners?.who ?? [], excluding: speakers + addressed)
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
            let listeners = inGroup(step.listeners?.who ?? [Audience.others], excluding: speakers + addressed)
            let recorders = inGroup(step.recorder)
            let topic = topics.isEmpty ? nil : topics[index % topics.count]
            return Circle(
                name: "\(label) \(index + 1)", members: members, speakers: speakers, addressed: addressed,
                listeners: listeners, listening: step.listeners?.mode, recorders: recorders,
                host: nil, rapporteur: step.grouping?.rapporteur == true ? members.first : nil,
                topic: topic)
        }
    }
}
