import Foundation

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
