import Foundation

/// Renders a session's state for the facilitator: where the agenda is, the step and its
/// prompt (the question being asked in an interview), who speaks now and next, who listens
/// and how, who records, what was recorded, and the clock: time left in the step and the
/// turn, colours at 20% and 5% left, over time, ahead of or behind the plan and the
/// projected end. It only reads state, wraps at word boundaries and fits `width` × `height`.
public struct SessionScreen {
    /// The plan the session runs.
    public let plan: SessionPlan
    /// The session's state to show.
    public let state: SessionState
    /// The time the countdowns are measured to.
    public let now: Date
    /// The width of the screen in characters.
    public let width: Int
    /// The most lines the screen may take.
    public let height: Int

    /// A screen of `state` at `now`, `width` characters wide and at most `height` lines.
    public init(plan: SessionPlan, state: SessionState, now: Date, width: Int, height: Int) {
        self.plan = plan
        self.state = state
        self.now = now
        self.width = max(20, width)
        self.height = max(4, height)
    }

    func say(_ key: String, _ values: String...) -> String {
        Phrasebook.say(key, in: plan.language, values)
    }

    /// `text` cleaned and cut to the width in columns, with an ellipsis when cut.
    func clip(_ text: String) -> String {
        let clean = PrintableText.clean(text)
        return CellWidth.of(clean) <= width ? clean : String(CellWidth.prefix(clean, cells: width - 1)) + "…"
    }

    /// `text` cleaned and wrapped at word boundaries by columns (wide characters and emoji
    /// take two); a word longer than a line is cut.
    func wrapped(_ text: String, indent: String = "") -> [String] {
        var lines: [String] = []
        var line = indent
        let indentCells = CellWidth.of(indent)
        var cells = indentCells
        for word in PrintableText.clean(text).split(separator: " ") {
            let wordCells = CellWidth.of(word)
            if cells + wordCells + 1 > width, cells > indentCells {
                lines.append(line)
                line = indent
                cells = indentCells
            }
            if cells > indentCells {
                line += " "
                cells += 1
            }
            line += word
            cells += wordCells
            while cells > width {
                let head = CellWidth.prefix(line, cells: width)
                lines.append(String(head))
                line = indent + line[head.endIndex...]
                cells = CellWidth.of(line)
            }
        }
        if cells > indentCells { lines.append(line) }
        return lines
    }

    /// Where the session is within a step, in `language`: "turn 2/4", then "question 3/3" when
    /// the turn asks its questions one at a time (the console and the room say it alike).
    public static func turnPosition(_ state: SessionState, step: PlanStep, in language: String) -> [String] {
        var parts = [Phrasebook.say("console.turn", in: language) + " \(state.turn + 1)/\(step.turns.count)"]
        guard step.turns.indices.contains(state.turn) else { return parts }
        let turn = step.turns[state.turn]
        let questions = SessionState.questions(of: turn, in: step).count
        if questions > 1 {
            parts.append(Phrasebook.say("console.question", in: language) + " \(state.question + 1)/\(questions)")
        }
        return parts
    }

    /// `seconds` as a countdown: `04:30`, `-01:15` when over time.
    public static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        let sign = whole < 0 ? "-" : ""
        let value = abs(whole)
        let minutes = String(value / 60)
        let rest = String(value % 60)
        return sign + (minutes.count < 2 ? "0" : "") + minutes + ":" + (rest.count < 2 ? "0" : "") + rest
    }

    /// The screen's lines, emphasised in `style`.
    public func lines(style console: some TextStyle) -> [String] {
        let steps = plan.meetingSteps
        let clockText = MeetingClock(timeZone: plan.timeZone)
        switch state.status {
        case .notStarted:
            return [console.bold(clip(plan.title))]
                + wrapped(say("console.not-started", String(steps.count), clockText.time(plan.start)))
        case .ended:
            return [
                console.bold(clip(plan.title)),
                clip(
                    say(
                        "console.ended", String(state.records.activeCount),
                        String(state.agreements.count))),
            ]
        default:
            break
        }
        guard let step = state.currentStep(in: plan) else { return [] }
        let item = plan.items.first { $0.index == step.itemIndex }
        var top = [
            console.bold(clip(plan.title)),
            clip(
                "\(say("console.item")) \(step.itemIndex + 1)/\(plan.items.count) \(item?.title ?? "") · \(say("console.step")) \(state.position + 1)/\(steps.count)"
            ),
        ]
        // The kind after the name, unless it says the same ("Pauze (pauze)").
        let kind = Phrasebook.stepKind(step.kind, in: plan.language)
        let heading = "▶ \(step.name)" + (kind.lowercased() == step.name.lowercased() ? "" : " (\(kind))")
        top += wrapped(heading).map { console.bold($0) }
        top += timingLines(step, style: console)
        var middle = turnLines(step, steps: steps, style: console)
        middle += extraLines(step, item: item)
        // Whom the next note is for comes first, so a narrow window cuts the commands, not the name.
        var footer = state.defaultSpeaker(in: plan).map { say("console.notes-go-to", $0) } ?? say("console.type-a-note")
        if let group = state.attribution?.group { footer += " [\(group)]" }
        footer += " · " + say("console.footer")
        let bottom = wrapped(footer).prefix(2).map { console.dim($0) }
        // The step's records fill the room the middle leaves, the last three at least; a tall
        // window also shows the agenda around the current step.
        let stepRecords = state.records.inStep(step.id).filter { !$0.withdrawn }
        let room = max(0, height - top.count - bottom.count)
        let kept = min(3, stepRecords.count)
        if middle.count > room - kept { middle = Array(middle.prefix(max(0, room - kept))) }
        let recordRoom = max(0, room - middle.count)
        let showsAgenda = recordRoom - stepRecords.count >= min(steps.count, 8) + 2
        let recent = stepRecords.suffix(showsAgenda ? stepRecords.count : recordRoom).map { record in
            console.dim(
                clip(
                    "#\(record.id) \(record.person.map { "\($0): " } ?? "")\(record.group.map { "[\($0)] " } ?? "")\(record.visibility == .private ? "(\(Phrasebook.text("private", in: plan.language))) " : "")\(record.text)"
                ))
        }
        var lines = top + middle + recent
        if showsAgenda {
            let window = recordRoom - stepRecords.count - 2
            lines +=
                [""] + [console.dim(clip(say("console.agenda")))]
                + agendaLines(steps: steps, rows: window, clock: MeetingClock(timeZone: plan.timeZone))
        }
        // A short window drops the middle's last lines first; the clock and the footer stay.
        return Array((lines + bottom).prefix(height))
    }

    /// At most `rows` of the meeting's steps around the current one, with their planned start:
    /// done ✓, skipped –, current ▶. Only the lines shown are made, however long the meeting.
    private func agendaLines(steps: [PlanStep], rows: Int, clock: MeetingClock) -> [String] {
        let first = steps.count > rows ? max(0, min(state.position - 1, steps.count - rows)) : 0
        return (first..<min(steps.count, first + rows)).map { index in
            let step = steps[index]
            let mark: String
            switch state.logs[step.id]?.status {
            case _ where index == state.position: mark = "▶"
            case .done?: mark = "✓"
            case .skipped?: mark = "–"
            default: mark = " "
            }
            return clip("\(mark) \(clock.time(step.start)) \(step.name)")
        }
    }

    /// The countdowns of the step and its turn, then the schedule: ahead or behind, and the projected end.
    private func timingLines(_ step: PlanStep, style console: some TextStyle) -> [String] {
        guard step.seconds > 0, let remaining = state.remainingSeconds(in: plan, now: now) else {
            return [clip(say("console.no-time") + (state.status == .paused ? " · " + say("console.paused") : ""))]
        }
        let total = Double(step.seconds + (state.logs[step.id]?.extendedSeconds ?? 0))
        var parts: [String] = []
        let stepText = say("console.step-left", Self.clock(remaining))
        if remaining < 0 {
            parts.append(console.color(say("console.step-over", Self.clock(-remaining)), "1;31"))
        } else if remaining <= total * 0.05 {
            parts.append(console.color(stepText, "1;31"))
        } else if remaining <= total * 0.2 {
            parts.append(console.color(stepText, "1;33"))
        } else {
            parts.append(stepText)
        }
        if let turnLeft = state.remainingTurnSeconds(in: plan, now: now), step.turns.count > 1 {
            let text = say("console.turn-left", Self.clock(turnLeft))
            let turnTotal = Double(step.turns.indices.contains(state.turn) ? step.turns[state.turn].seconds : 0)
            parts.append(
                turnLeft < 0 || turnLeft <= turnTotal * 0.05
                    ? console.color(text, "1;31") : (turnLeft <= turnTotal * 0.2 ? console.color(text, "1;33") : text))
        }
        if state.status == .paused { parts.append(console.color(say("console.paused"), "1;33")) }
        // Behind the plan by how much later this step ends, counted from when the session
        // really started, than the plan has it end (an overrun included).
        let started = state.startedAt ?? plan.start
        let deadline = now.addingTimeInterval(max(0, remaining))
        let late = deadline.timeIntervalSince(started) - step.end.timeIntervalSince(plan.start)
        let minutes = Int((abs(late) / 60).rounded())
        let schedule =
            minutes == 0
            ? say("console.on-plan")
            : say(late > 0 ? "console.behind" : "console.ahead", "\(minutes) min")
        let clock = MeetingClock(timeZone: plan.timeZone)
        let projected = started.addingTimeInterval(plan.end.timeIntervalSince(plan.start) + late)
        parts.append(schedule)
        parts.append(say("console.ends-at", clock.time(projected), clock.time(plan.end)))
        return wrapped(parts.joined(separator: " · "))
    }

    /// Who speaks now and next, who listens and records, or the groups talking in parallel;
    /// then the prompt being asked.
    private func turnLines(_ step: PlanStep, steps: [PlanStep], style console: some TextStyle) -> [String] {
        guard let turn = state.currentTurn(in: plan) else { return [] }
        var out: [String] = []
        let next =
            step.turns.indices.contains(state.turn + 1)
            ? step.turns[state.turn + 1].label
            : (steps.indices.contains(state.position + 1)
                ? "\(say("console.next-step")): \(steps[state.position + 1].name)" : say("console.the-end"))
        let position = Self.turnPosition(state, step: step, in: plan.language).joined(separator: ", ")
        if turn.circles.count == 1, let circle = turn.circles.first {
            var now = "\(say("console.now")): \(turn.label)"
            if !circle.speakers.isEmpty, circle.speakers.count <= 4 {
                now = "\(say("console.now")): \(NameList.joined(circle.speakers))"
                if !circle.addressed.isEmpty, circle.addressed.count <= 3 {
                    now += " → \(NameList.joined(circle.addressed))"
                }
            }
            let after = step.turns.indices.contains(state.turn + 1) || !steps.indices.contains(state.position + 1)
            out += wrapped("\(now)   (\(position); " + (after ? "\(say("console.next")): " : "") + "\(next))")
            if let mode = circle.listening, circle.listenerCount > 0 {
                out.append(
                    clip(
                        "\(say("console.listening")): \(describe(mode)) — \(say("console.people", String(circle.listenerCount)))"
                    ))
            }
            if !circle.recorders.isEmpty {
                out.append(clip("\(say("console.records")): \(NameList.joined(circle.recorders))"))
            }
        } else {
            out += wrapped(
                "\(turn.label) — \(say("console.groups-parallel", String(turn.circles.count))) (\(position); \(say("console.next")): \(next))"
            )
            for circle in turn.circles.prefix(4) {
                let marker = state.attribution?.group == circle.name ? "▸ " : "  "
                let topic = circle.topic.map { " “\($0)”" } ?? ""
                out.append(clip("\(marker)\(circle.name)\(topic): \(NameList.joined(circle.members))"))
            }
            if turn.circles.count > 4 {
                out.append(clip("  " + say("console.more-groups", String(turn.circles.count - 4))))
            }
        }
        for prompt in state.currentPrompts(in: plan) {
            out += wrapped("“\(prompt.text)”").prefix(4).map { console.bold($0) }
        }
        return out
    }

    /// What the step captures, its loop, its role swap, and the agreements under review.
    private func extraLines(_ step: PlanStep, item: PlanItem?) -> [String] {
        var out: [String] = []
        if !step.captures.isEmpty {
            let captures = step.captures.map { capture in
                var text = "\(capture.label) (\(Phrasebook.text("kind." + capture.type.rawValue, in: plan.language)))"
                if let command = capture.commands?.first { text += " /\(command)" }
                if let scale = capture.scale, !scale.levels.isEmpty {
                    text +=
                        " " + scale.levels.map { "\(NumberText.format($0.value))=\($0.label)" }.joined(separator: " ")
                }
                return text
            }
            out += wrapped("\(say("console.capture")): " + captures.joined(separator: "; "))
        }
        if SessionState.hasItems(step) {
            let items = state.items(of: step, in: plan)
            let divided = state.division[step.id] ?? [:]
            if !items.isEmpty {
                let listed = items.enumerated().map { number, item in
                    (state.point == item ? "▸" : "") + "#\(number + 1) \(item)"
                        + (divided[item].map { " → \($0)" } ?? "")
                }
                out += wrapped(Phrasebook.text("Points", in: plan.language) + ": " + listed.joined(separator: "; "))
            }
        }
        if let theme = state.currentTheme(in: plan), let round = state.round {
            out += wrapped(say("console.theme", String(round), theme)).map { $0 }
        }
        if let loop = step.loop {
            out += wrapped(
                say(
                    "console.loop-hint", loop.question, ConsoleCommandName.again.word(in: plan.language),
                    ConsoleCommandName.next.word(in: plan.language)))
        }
        if !step.swaps.isEmpty {
            let pairs = step.swaps.map { pair in
                // The people; the turn's label names the roles in the session's language.
                pair.map { role in NameList.joined(step.roles[role] ?? [role]) }.joined(separator: " ⇄ ")
            }
            out += wrapped(
                say("console.swap-hint", pairs.joined(separator: ", "), ConsoleCommandName.swap.word(in: plan.language))
            )
        }
        // A review lists the open agreements; a follow-up's review turn, the speaker's own.
        let speakers = state.currentTurn(in: plan)?.circles.flatMap(\.speakers) ?? []
        let ownOnly = step.kind == AgreementReviewBehaviour().kind && !speakers.isEmpty
        if step.kind == "review" || step.kind == AgreementReviewBehaviour().kind, let item {
            for (number, agreement) in item.review.enumerated()
            where agreement.status.isOpen && (!ownOnly || agreement.who.contains { speakers.contains($0) }) {
                let reviewed = state.reviews.last { $0.agreement == agreement.id }
                out.append(
                    clip(
                        "  \(number + 1). [\(Phrasebook.text("agreement." + (reviewed?.status ?? agreement.status).rawValue, in: plan.language))] \(NameList.joined(agreement.who)): \(agreement.what)"
                    ))
            }
        }
        return out
    }

    func describe(_ mode: Listening.Mode) -> String { mode.described(in: plan.language) }
}
