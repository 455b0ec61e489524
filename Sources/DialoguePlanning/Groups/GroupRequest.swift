/// Groups as a person asks for them (`dialogue groups`): a size or a number of groups, rounds,
/// table hosts, people kept together or apart, what to mix. ``problem(for:file:)`` checks the
/// request against the participants and says what to change when it cannot be met.
public struct GroupRequest: Sendable {
    /// Group size; nil when only the number of groups is given.
    public var size: CountRange?
    /// Number of groups (tables); nil for as few as the size allows.
    public var groups: Int?
    /// How many rounds.
    public var rounds: Int
    /// Table hosts who stay at tables 1, 2, …; any makes the request a rotation.
    public var hosts: [String]
    /// Sets of names always in one group.
    public var keepTogether: [[String]]
    /// Sets of names of whom no two share a group.
    public var keepApart: [[String]]
    /// Attributes to mix; nil mixes organisations when the file has them.
    public var mixBy: [String]?
    /// The seed of the search.
    public var seed: UInt64
    /// The search budget (see ``GroupBudget``): with the seed, all that decides the groups.
    public var budget: GroupBudget
    /// An optional safety net (a time cap) from the caller.
    public var watch: SearchWatch?

    /// A request with every part given; by default one round, no hosts, seed 1 and the
    /// standard budget.
    public init(
        size: CountRange?, groups: Int?, rounds: Int = 1, hosts: [String] = [], keepTogether: [[String]] = [],
        keepApart: [[String]] = [], mixBy: [String]? = nil, seed: UInt64 = 1, budget: GroupBudget = .standard,
        watch: SearchWatch? = nil
    ) {
        self.size = size
        self.groups = groups
        self.rounds = rounds
        self.hosts = hosts
        self.keepTogether = keepTogether
        self.keepApart = keepApart
        self.mixBy = mixBy
        self.seed = seed
        self.budget = budget
        self.watch = watch
    }

    /// A size as typed: `4` or `4-6`; nil for anything else.
    public static func size(_ text: String) -> CountRange? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard (1...2).contains(parts.count), let low = parts.first ?? nil, let high = parts.last ?? nil,
            low >= 1, high >= low
        else { return nil }
        return CountRange(min: low, max: high)
    }

    /// Names as typed in one option: separated by commas, a name with a comma in quotes
    /// (`"Ann, A", Bo`), read as one CSV line.
    public static func names(_ text: String) -> [String] {
        let fields: [String]
        switch CSVReader(source: SourceText(file: "", bytes: Array(text.utf8))).read() {
        case .success(let rows): fields = rows.flatMap(\.fields)
        case .failure: fields = text.split(separator: ",").map(String.init)  // an unclosed quote: plain commas
        }
        return fields.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// The group problem for `participants` (read from `file`), or why the request cannot be met.
    public func problem(for participants: [Participant], file: String) throws -> GroupProblem {
        let range = size ?? CountRange(min: 1, max: nil)
        guard let sizes = GroupProblem.sizes(people: participants.count, size: range, groups: groups) else {
            let fix =
                range.min == range.max && groups == nil
                ? "; give a range such as '--size \(max(1, range.min - 1))-\(range.min)' or '--size \(range.min)-\(range.min + 1)'"
                : ""
            throw GroupFormationError(
                "\(participants.count) people cannot be split into " + (groups.map { "\($0) groups" } ?? "groups")
                    + " of \(range.description)" + fix)
        }
        guard hosts.count <= sizes.count else {
            throw GroupFormationError("\(hosts.count) hosts but only \(sizes.count) tables")
        }
        var fixed: [String: Int] = [:]
        for (table, host) in hosts.enumerated() { fixed[host] = table }
        // A column named as the file may name it ("organisatie", "rol") mixes its field.
        let mix = (mixBy ?? (participants.contains { $0.organisation != nil } ? ["organisation"] : [])).map {
            let name = $0.lowercased()
            if ParticipantsFile.organisationHeaders.contains(name) { return "organisation" }
            if ParticipantsFile.roleHeaders.contains(name) { return "role" }
            return $0
        }
        for attribute in mix where !participants.contains(where: { $0.mixingAttributes[attribute] != nil }) {
            let columns = Set(participants.flatMap { $0.mixingAttributes.keys }).sorted().map { "'\($0)'" }
            throw GroupFormationError(
                "No one in \(file) has a value for '\(attribute)', so '--by \(attribute)' has nothing to mix; "
                    + (columns.isEmpty
                        ? "add a column '\(attribute)' to the file"
                        : "the file has \(columns.joined(separator: ", ")); check the spelling or add the column"))
        }
        return GroupProblem(
            people: participants.map { GroupProblem.Person(name: $0.name, attributes: $0.mixingAttributes) },
            sizes: sizes, rounds: rounds, fixed: fixed, keepTogether: keepTogether, keepApart: keepApart,
            mixBy: mix, rotation: !hosts.isEmpty, seed: seed, budget: budget, watch: watch)
    }
}
