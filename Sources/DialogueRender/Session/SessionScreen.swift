import Foundation

/// Renders a session's state for the facilitator: where the agenda is, who speaks now and
/// who is next, who listens and how, the prompt, the countdown and what to capture.
/// It only reads state; it changes nothing. Fits 80×24.
public struct SessionScreen {
    /// The plan the session runs.
    public let plan: SessionPlan
    /// The session's state to show.
    public let state: SessionState
    /// The time the countdowns are measured to.
    public let now: Date
    /// Whom records go to when the facilitator said so (`as NAME`).
    public let speakerOverride: String?
    /// The width of the screen in characters.
    public let width: Int

    /// A screen of `state` at `now`, `width` characters wide.
    public init(plan: SessionPlan, state: SessionState, now: Date, speakerOverride: String?, width: Int) {
        self.plan = plan
        self.state = state
        self.now = now
        self.speakerOverride = speakerOverride
        self.width = width
    }

    func clip(_ text: String) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }

    func wrapped(_ text: String, indent: String = "") -> [String] {
        var lines: [String] = []
        var line = indent
        for word in text.split(separator: " ") {
            if line.count + word.count + 1 > width, line.count > indent.count {
                lines.append(line)
                line = indent
            }
            if line.count > indent.count { line += " " }
            line += word
        }
        if line.count > indent.count { lines.append(line) }
        return lines
    }

    /// `seconds` as a countdown: `04:30`, `-01:15` when over time.
    public static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        let sign = whole < 0 ? "-" : ""
        let value = abs(whole)
        return String(format: "%@%02d:%02d", sign, value / 60, value % 60)
    }

    /// The person records go to by default: the override, or the one speaker of a one-circle turn.
    public static func defaultSpeaker(plan: SessionPlan, state: SessionState, override: String?) -> String? {
        if let override { return override }
        guard let step = state.currentStep(in: plan), step.turns.indices.contains(state.turn) else { return nil }
        let turn = step.turns[state.turn]
        guard turn.circles.count == 1, let circle = turn.circles.first, circle.speakers.count == 1 else { return nil }
        return circle.speakers.first
    }

    /// The screen's lines, emphasised in `style`.
    public func lines(style console: some TextStyle) -> [String] {
        var out: [String] = []
        let steps = plan.meetingSteps
        switch state.status {
        case .notStarted:
            out.append(console.bold(clip(plan.title)))
            out.append(
                clip(
                    "\(steps.count) steps planned from \(MeetingClock(timeZone: plan.timeZone).time(plan.start)); type 'start' to begin, 'help' for commands."
                ))
            return out
        case .ended:
            out.append(console.bold(clip(plan.title)))
            out.append(
                "The session has ended. \(state.records.filter { !$0.withdrawn }.count) records, \(state.agreements.count) agreements."
            )
            return out
        default:
            break
        }
        guard let step = state.currentStep(in: plan) else { return out }
        let item = plan.items.first { $0.index == step.itemIndex }
        let itemCount = plan.items.count
        out.append(console.bold(clip("\(plan.title)")))
        out.append(
            clip(
                "Item \(step.itemIndex + 1)/\(itemCount) \(item?.title ?? "") · step \(state.position + 1)/\(steps.count)"
            ))
        let timing = timingText(step, style: console)
        out.append(console.bold(clip("▶ \(step.name)")) + " (\(step.kind)) " + timing)
        out += turnLines(step, steps: steps)
        out += extraLines(step, item: item)
        let speaker = Self.defaultSpeaker(plan: plan, state: state, override: speakerOverride)
        let recent = state.records.filter { !$0.withdrawn && $0.step == step.id }.suffix(2)
        for record in recent {
            out.append(
                clip(
                    console.dim(
                        "#\(record.id) \(record.person.map { "\($0): " } ?? "")\(record.visibility == .private ? "(private) " : "")\(record.text)"
                    )))
        }
        out.append(
            console.dim(
                clip(
                    "[n]ext [b]ack note… idea… agree… [p]ause +5 skip end ? help"
                        + (speaker.map { " · notes go to \($0)" } ?? ""))))
        return Array(out.prefix(23))
    }

    /// The countdown of the step and its turn, in colour when time runs out or is over.
    private func timingText(_ step: PlanStep, style console: some TextStyle) -> String {
        var timing = step.seconds == 0 ? "no time set" : ""
        if step.seconds > 0, let remaining = state.remainingSeconds(in: plan, now: now) {
            let text = "\(Self.clock(remaining)) left"
            timing =
                remaining < 0
                ? console.color(text + " (over time)", "1;31") : (remaining < 60 ? console.color(text, "1;33") : text)
        }
        if step.seconds > 0, let turnLeft = state.remainingTurnSeconds(in: plan, now: now), step.turns.count > 1 {
            timing += " · turn \(Self.clock(turnLeft))"
        }
        if state.status == .paused { timing += console.color(" · PAUSED", "1;33") }
        return timing
    }

    /// Who speaks now and next, who listens and records, or the groups talking in parallel;
    /// then the turn's prompts.
    private func turnLines(_ step: PlanStep, steps: [PlanStep]) -> [String] {
        var out: [String] = []
        if step.turns.indices.contains(state.turn) {
            let turn = step.turns[state.turn]
            let next =
                step.turns.indices.contains(state.turn + 1)
                ? step.turns[state.turn + 1].label
                : (steps.indices.contains(state.position + 1) ? "next step: \(steps[state.position + 1].name)" : "end")
            if turn.circles.count == 1, let circle = turn.circles.first {
                var now = "Now: \(turn.label)"
                if !circle.speakers.isEmpty, circle.speakers.count <= 4 {
                    now = "Now: \(NameList.joined(circle.speakers))"
                    if !circle.addressed.isEmpty, circle.addressed.count <= 3 {
                        now += " → \(NameList.joined(circle.addressed))"
                    }
                }
                out.append(clip("\(now)   (turn \(state.turn + 1)/\(step.turns.count); next: \(next))"))
                if let mode = circle.listening, !circle.listeners.isEmpty {
                    out.append(clip("Listening: \(describe(mode)) — \(circle.listeners.count) people"))
                }
                if !circle.recorders.isEmpty { out.append(clip("Records: \(NameList.joined(circle.recorders))")) }
            } else {
                out.append(
                    clip(
                        "\(turn.label) — \(turn.circles.count) groups in parallel (turn \(state.turn + 1)/\(step.turns.count); next: \(next))"
                    ))
                for circle in turn.circles.prefix(4) {
                    var line = "  \(circle.name): \(NameList.joined(circle.members))"
                    if let topic = circle.topic {
                        line = "  \(circle.name) “\(topic)”: \(NameList.joined(circle.members))"
                    }
                    out.append(clip(line))
                }
                if turn.circles.count > 4 {
                    out.append("  … and \(turn.circles.count - 4) more groups ('status' in the run sheet)")
                }
            }
            let promptIDs = Set(turn.prompts)
            for prompt in step.prompts where promptIDs.contains(prompt.id) {
                out += wrapped("“\(prompt.text)”").prefix(3)
            }
        }
        return out
    }

    /// What the step captures, its loop, its role swap, and the agreements under review.
    private func extraLines(_ step: PlanStep, item: PlanItem?) -> [String] {
        var out: [String] = []
        if !step.captures.isEmpty {
            out.append(
                clip(
                    "Capture: "
                        + step.captures.map { capture in
                            var text = "\(capture.label) (\(capture.type.rawValue))"
                            if let scale = capture.scale, !scale.levels.isEmpty {
                                text +=
                                    " "
                                    + scale.levels.map { "\(NumberText.format($0.value))=\($0.label)" }.joined(
                                        separator: " ")
                            }
                            return text
                        }.joined(separator: "; ")))
        }
        if let loop = step.loop { out.append(clip("Loop: “\(loop.question)” — 'again' to go back, 'next' to go on")) }
        if !step.swaps.isEmpty {
            out.append(
                clip(
                    "Role swap: \(step.swaps.map { $0.joined(separator: " ⇄ ") }.joined(separator: ", ")) — type 'swap'"
                ))
        }
        if step.kind == "review", let item {
            for (number, agreement) in item.review.enumerated() where agreement.status.isOpen {
                let reviewed = state.reviews.last { $0.agreement == agreement.id }
                out.append(
                    clip(
                        "  \(number + 1). [\(reviewed?.status.rawValue ?? agreement.status.rawValue)] \(NameList.joined(agreement.who)): \(agreement.what) (id \(agreement.id))"
                    ))
            }
        }
        return out
    }

    func describe(_ mode: Listening.Mode) -> String {
        switch mode {
        case .silent: return "in silence, without commenting"
        case .noInterruption: return "without interrupting"
        case .reflecting: return "the person concerned listens, not addressed"
        case .open: return "open dialogue"
        }
    }
}
