import Foundation

// Fitting the items into the time budget.
extension Planner {
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
}
