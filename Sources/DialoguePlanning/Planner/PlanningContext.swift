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
        problems.append(PlanRefusal.Problem(item: item, message: message, hint: hint, language: language))
    }

    /// A problem in the agenda's language: the planning phrase `key` with `values`, and the
    /// phrase `hint` with `hintValues`.
    mutating func problem(
        _ item: Int?, say key: String, _ values: [String], hint: String? = nil, _ hintValues: [String] = []
    ) {
        problem(
            item, Phrasebook.say(key, in: language, values),
            hint: hint.map { Phrasebook.say($0, in: language, hintValues) })
    }

    /// "did you mean 'x'?" in the agenda's language, when there is a close match.
    func didYouMean(_ word: String, in known: [String]) -> String? {
        closestMatch(to: word, in: known).map { Phrasebook.say("plan.did-you-mean", in: language, [$0]) }
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
