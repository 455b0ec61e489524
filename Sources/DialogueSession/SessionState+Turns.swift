import Foundation

// The live turn as the room sees it: the plan's turn with the roles handed over so far, the
// question being asked, and whom the records are for.
extension SessionState {
    /// The current step's current turn, with every role swap made so far applied.
    public func currentTurn(in plan: SessionPlan) -> Turn? {
        guard let step = currentStep(in: plan), step.turns.indices.contains(turn) else { return nil }
        return effective(step.turns[turn], of: step, at: position)
    }

    /// `turn` of `step` (at `position` in the meeting) with the swaps made at or before it in its item.
    public func effective(_ turn: Turn, of step: PlanStep, at position: Int) -> Turn {
        let swaps = roleSwaps.filter { $0.itemIndex == step.itemIndex && $0.position <= position }
        guard !swaps.isEmpty else { return turn }
        func map(_ name: String) -> String { swaps.reduce(name) { $1.people[$0] ?? $0 } }
        var swapped = turn
        swapped.circles = turn.circles.map { $0.renaming(map) }
        return swapped
    }

    /// Who held which role in `step` (at `position`), after the swaps made so far.
    public func effectiveRoles(of step: PlanStep, at position: Int) -> [String: [String]] {
        let swaps = roleSwaps.filter { $0.itemIndex == step.itemIndex && $0.position <= position }
        guard !swaps.isEmpty else { return step.roles }
        return step.roles.mapValues { names in names.map { name in swaps.reduce(name) { $1.people[$0] ?? $0 } } }
    }

    /// The person records go to by default: the one the facilitator named for this turn, or
    /// the one speaker of a one-circle turn.
    public func defaultSpeaker(in plan: SessionPlan) -> String? {
        if let person = attribution?.person { return person }
        guard let turn = currentTurn(in: plan), turn.circles.count == 1, let circle = turn.circles.first,
            circle.speakers.count == 1
        else { return nil }
        return circle.speakers.first
    }

    /// The prompts of the current turn that are shown now: in a turn that asks its questions
    /// one at a time, the one being asked (and any for the others); all of them otherwise.
    public func currentPrompts(in plan: SessionPlan) -> [ResolvedPrompt] {
        guard let step = currentStep(in: plan), step.turns.indices.contains(turn) else { return [] }
        let ids = step.turns[turn].prompts
        let prompts = ids.compactMap { id in step.prompts.first { $0.id == id } }
        let walked = Self.questions(of: step.turns[turn], in: step)
        guard walked.indices.contains(question) else { return prompts }
        return prompts.filter { $0.id == walked[question] || !walked.contains($0.id) }
    }

    /// The questions a turn asks one at a time: in an interview, where one person answers
    /// someone they address (the interviewer), its questions for that person, one after
    /// another; none when it shows its prompts together. Prompts for the others (the
    /// questioners of an idea dialogue) are not walked: they stand for the whole turn.
    public static func questions(of turn: Turn, in step: PlanStep) -> [String] {
        guard turn.circles.count == 1, let circle = turn.circles.first, circle.speakers.count == 1,
            !circle.addressed.isEmpty
        else { return [] }
        let forSpeaker = turn.prompts.filter { id in
            !(step.prompts.first { $0.id == id }?.to.contains(Audience.others) ?? false)
        }
        return forSpeaker.count > 1 ? forSpeaker : []
    }

    /// How many questions the current turn of `step` walks through one by one (1 when it shows them together).
    func questionCount(in step: PlanStep) -> Int {
        guard step.turns.indices.contains(turn) else { return 1 }
        return max(1, Self.questions(of: step.turns[turn], in: step).count)
    }

    /// The question a record made now answers, in a turn that asks its questions one at a time.
    func currentPromptID(in step: PlanStep) -> String? {
        guard step.turns.indices.contains(turn) else { return nil }
        let walked = Self.questions(of: step.turns[turn], in: step)
        return walked.indices.contains(question) ? walked[question] : nil
    }

    /// Hands the step's pairs of roles over, person by person, for the rest of its item.
    mutating func swapRoles(in step: PlanStep) throws {
        guard !step.swaps.isEmpty else { throw SessionError("refusal.no-swaps") }
        // A role named first in several pairs takes over those roles in the order given, one
        // person each: observers taking over the director's, then the managers' places.
        var order: [String] = []
        var partners: [String: [String]] = [:]
        for pair in step.swaps where pair.count == 2 {
            if partners[pair[0]] == nil { order.append(pair[0]) }
            partners[pair[0], default: []].append(pair[1])
        }
        var people: [String: String] = [:]
        for role in order {
            let first = step.roles[role] ?? []
            let second = (partners[role] ?? []).flatMap { step.roles[$0] ?? [] }
            for (one, other) in zip(first, second) where one != other && people[one] == nil && people[other] == nil {
                people[one] = other
                people[other] = one
            }
        }
        guard !people.isEmpty else {
            throw SessionError(
                "refusal.nobody-swaps", step.swaps.map { $0.joined(separator: " ⇄ ") }.joined(separator: ", "))
        }
        roleSwaps.append(RoleSwap(itemIndex: step.itemIndex, position: position, people: people))
    }

    /// Sets whom this turn's records are for; the names must be a participant and a circle of the turn.
    mutating func attribute(person: String?, group: String?, in step: PlanStep, plan: SessionPlan) throws {
        if let person, !plan.participants.contains(where: { $0.name == person }) {
            throw SessionError("refusal.not-a-participant", person)
        }
        if let group {
            let circles = currentTurn(in: plan)?.circles ?? []
            guard circles.count > 1, circles.contains(where: { $0.name == group }) else {
                throw SessionError(
                    "refusal.not-a-group", group,
                    fix: circles.count > 1
                        ? .init("refusal.list", [circles.map(\.name).joined(separator: ", ")])
                        : .init("refusal.one-circle"))
            }
        }
        attribution = person == nil && group == nil ? nil : Attribution(person: person, group: group)
    }
}
