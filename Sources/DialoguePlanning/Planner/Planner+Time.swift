import Foundation

// Fitting the items into the time budget.
extension Planner {
    /// Gives every step its length: the length its method gives, moved towards its minimum or
    /// its maximum (each step by the same share of its room) to fit the budget, and never
    /// beyond the budget. Lengths are whole units of the agenda's `timeUnitMinutes` where a
    /// step's range allows it, shared out by largest remainder, so the steps add up exactly to
    /// their item and the items to the meeting.
    func fitTime(_ drafts: inout [ItemDraft], context: inout PlanningContext) {
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
        var share = 0.0  // of each step's room between its default and its minimum (or maximum)
        var direction = 0
        var available: Double? = nil
        if let budgetMinutes = context.agenda.budgetMinutes {
            let budget = budgetMinutes * 60
            if fixed + low > budget + 0.5 {
                let short = Int(((fixed + low - budget) / 60).rounded(.up))
                var contributors: [(String, Double)] = []
                for draft in drafts {
                    let minimum = draft.fixedSeconds + draft.steps.filter(\.inMeeting).reduce(0) { $0 + $1.low }
                    contributors.append(
                        (
                            Phrasebook.say(
                                "plan.short.item", in: context.language,
                                [String(draft.index + 1), draft.title, String(Int((minimum / 60).rounded()))]),
                            minimum
                        ))
                }
                let list = contributors.sorted { $0.1 > $1.1 }.map(\.0).joined(separator: "; ")
                context.problem(
                    nil, say: "plan.short",
                    [
                        String(Int(((fixed + low) / 60).rounded(.up))), NumberText.format(budgetMinutes), String(short),
                        list,
                    ], hint: "plan.short.hint")
                return
            }
            available = budget - fixed
            if fixed + standard > budget, standard > low {
                share = (fixed + standard - budget) / (standard - low)
                direction = -1
            } else if fixed + standard < budget, high > standard {
                share = min(1, (budget - fixed - standard) / (high - standard))
                direction = 1
            }
            if fixed + high < budget - 60 {
                context.warnings.append(
                    Phrasebook.say(
                        "plan.ends-early", in: context.language, String(Int(((budget - fixed - high) / 60).rounded()))))
            }
        }
        // The ideal length of each step in the meeting, then whole units shared out.
        var places: [(draft: Int, step: Int)] = []
        var ideal: [Double] = []
        for draftIndex in drafts.indices {
            for stepIndex in drafts[draftIndex].steps.indices {
                let step = drafts[draftIndex].steps[stepIndex]
                guard step.inMeeting else {
                    drafts[draftIndex].steps[stepIndex].seconds = step.standard
                    continue
                }
                places.append((draftIndex, stepIndex))
                ideal.append(
                    direction < 0
                        ? step.standard - share * (step.standard - step.low)
                        : step.standard + share * (step.high - step.standard))
            }
        }
        let ranges = places.map { (drafts[$0.draft].steps[$0.step].low, drafts[$0.draft].steps[$0.step].high) }
        let unit = context.agenda.timeUnitMinutes * 60
        let lengths = Self.shareOut(
            ideal: ideal, ranges: ranges, units: places.map { drafts[$0.draft].steps[$0.step].turnsSharing * unit },
            unit: unit, available: available)
        for (index, place) in places.enumerated() {
            var step = drafts[place.draft].steps[place.step]
            step.seconds = lengths[index]
            step.plan.atMinimum = step.high > step.low && lengths[index] <= step.low + 0.5
            drafts[place.draft].steps[place.step] = step
        }
    }

    /// Lengths near `ideal`, each within its range and a whole number of its own unit in
    /// `units` (by default `unit`; a step of equal turns counts whole units per turn) where
    /// the range holds one, adding up to the ideal total rounded to `unit` and never to more
    /// than `available`. Units are shared out by largest remainder; ties go to the earlier step.
    static func shareOut(
        ideal: [Double], ranges: [(low: Double, high: Double)], units given: [Double]? = nil, unit: Double,
        available: Double?
    ) -> [Double] {
        guard unit > 0 else { return ideal }
        var units = given ?? Array(repeating: unit, count: ideal.count)
        // A step whose range holds no whole number of its own unit takes the agenda's unit.
        for index in units.indices {
            let step = units[index]
            if (ranges[index].low / step).rounded(.up) * step > (ranges[index].high / step).rounded(.down) * step {
                units[index] = unit
            }
        }
        // A step whose range holds no whole unit keeps its ideal length, clamped.
        let aligned = ranges.indices.map { index in
            let (low, high, step) = (ranges[index].low, ranges[index].high, units[index])
            return ((low / step).rounded(.up) * step, (high / step).rounded(.down) * step)
        }
        var lengths = ideal.indices.map { index -> Double in
            let (low, high) = aligned[index]
            guard low <= high else { return min(max(ideal[index], ranges[index].low), ranges[index].high) }
            return min(max((ideal[index] / units[index]).rounded(.down) * units[index], low), high)
        }
        var goal = (ideal.reduce(0, +) / unit).rounded() * unit
        if let available { goal = min(goal, (available / unit).rounded(.down) * unit) }
        var total = lengths.reduce(0, +)
        func canGrow(_ index: Int) -> Bool {
            aligned[index].0 <= aligned[index].1 && lengths[index] + units[index] <= aligned[index].1
                && total + units[index] <= goal + 0.001
        }
        func canShrink(_ index: Int) -> Bool {
            aligned[index].0 <= aligned[index].1 && lengths[index] - units[index] >= aligned[index].0
        }
        // The steps furthest below their ideal grow by a unit each, in passes (one pass, unless
        // minimums or maximums were clamped), so a meeting of thousands of steps costs a sort.
        while total + unit <= goal + 0.001 {
            let order = lengths.indices.filter(canGrow).sorted { first, second in
                let (a, b) = (ideal[first] - lengths[first], ideal[second] - lengths[second])
                return a > b || (a == b && first < second)
            }
            guard !order.isEmpty else { break }
            for index in order where total + units[index] <= goal + 0.001 {
                lengths[index] += units[index]
                total += units[index]
            }
        }
        // Over the budget (minimums rounded up to a unit): the steps furthest above their ideal shrink.
        while let available, total > available + 0.001 {
            let order = lengths.indices.filter(canShrink).sorted { first, second in
                let (a, b) = (lengths[first] - ideal[first], lengths[second] - ideal[second])
                return a > b || (a == b && first < second)
            }
            if order.isEmpty {
                // No whole unit can go: steps fall back to their exact minimum, longest first.
                let longest = lengths.indices.filter { lengths[$0] > ranges[$0].low }.sorted { first, second in
                    lengths[first] > lengths[second] || (lengths[first] == lengths[second] && first < second)
                }
                guard !longest.isEmpty else { break }
                for index in longest where total > available + 0.001 {
                    total -= lengths[index] - ranges[index].low
                    lengths[index] = ranges[index].low
                }
                continue
            }
            for index in order where total > available + 0.001 {
                lengths[index] -= units[index]
                total -= units[index]
            }
        }
        return lengths
    }
}
