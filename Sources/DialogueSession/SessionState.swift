import Foundation

/// Why an event cannot be applied now, with what to do instead. The event is not journaled.
/// The words come from ``Phrasebook/refusals``, so the console says them in the session's
/// language; ``message`` and ``description`` are the English.
public struct SessionError: Error, CustomStringConvertible, Equatable, Sendable {
    /// A phrase of ``Phrasebook/refusals`` and the values for its `{1}`, `{2}`, ….
    public struct Phrase: Equatable, Sendable {
        /// The phrase's key.
        public var key: String
        /// What the phrase names.
        public var values: [String]

        /// The phrase `key` naming `values`.
        public init(_ key: String, _ values: [String] = []) {
            self.key = key
            self.values = values
        }

        /// The phrase in `language`.
        public func text(in language: String) -> String { Phrasebook.say(key, in: language, values) }
    }

    /// What was refused, and why.
    public var reason: Phrase
    /// What to type instead, when there is a clear fix.
    public var fix: Phrase?

    /// A refusal saying the phrase `key` (with `values`), with an optional fix.
    public init(_ key: String, _ values: String..., fix: Phrase? = nil) {
        reason = Phrase(key, values)
        self.fix = fix
    }

    /// A refusal whose fix is the phrase `key` + ".hint".
    public init(_ key: String, _ values: String..., hinted: Bool) {
        reason = Phrase(key, values)
        fix = hinted ? Phrase(key + ".hint") : nil
    }

    /// The refusal with its fix in `language`.
    public func text(in language: String) -> String {
        let reason = reason.text(in: language)
        return fix.map { "\(reason) (\($0.text(in: language)))" } ?? reason
    }

    /// What was refused, in English.
    public var message: String { reason.text(in: "en") }

    /// The refusal with its fix, in English.
    public var description: String { text(in: "en") }
}

/// The state of a live session: where it is, what was recorded, how time was spent.
/// It changes only through ``applying(_:plan:)``: state + event → new state.
public struct SessionState: Sendable, Codable, Equatable {
    /// Whether a session is waiting, running, paused or over.
    public enum Status: String, Sendable, Codable { case notStarted = "not-started", running, paused, ended }

    /// Where the session is.
    public var status: Status = .notStarted
    /// Events applied so far (the next event's sequence number).
    public var sequence = 0
    /// Index into the plan's steps in the meeting (``SessionPlan/meetingSteps``).
    public var position = 0
    /// The turn within the current step.
    public var turn = 0
    /// The question within the current turn, for turns that ask their prompts one at a
    /// time (an interview: person by person, question by question).
    public var question = 0
    /// Whom this turn's records are for, when the facilitator said so; cleared when the turn changes.
    public var attribution: Attribution?
    /// When the session started.
    public var startedAt: Date?
    /// When it ended.
    public var endedAt: Date?
    /// When the current turn started, for its countdown.
    public var turnStartedAt: Date?
    /// When the current pause began; nil while running.
    public var pausedAt: Date?
    /// Plan step id → how that step went.
    public var logs: [String: StepLog] = [:]
    /// Everything recorded, in order, withdrawn records included (marked).
    public var records: RecordLog = []
    /// Agreements made in this session.
    public var agreements: [Agreement] = []
    /// Reviews of earlier agreements, in order.
    public var reviews: [ReviewRecord] = []
    /// The role swaps made so far, in order.
    public var roleSwaps: [RoleSwap] = []
    /// Loop step id → how often the loop went back.
    public var loopsTaken: [String: Int] = [:]
    /// The follow-up meeting, once agreed.
    public var followUp: FollowUp?
    /// The id the next record gets.
    public var nextRecordID = 1
    /// The step whose input the participants' phones may write to now, if any.
    public var phonesOpen: String?
    /// Plan step id → its list of items as the meeting changed it (reworded, added), once changed.
    public var itemLists: [String: [ListedItem]] = [:]
    /// What the current step's records are about: one of its items, until the step changes.
    public var point: String?
    /// Plan step id → item → the group or table that works it out.
    public var division: [String: [String: String]] = [:]
    /// The pass of the current step through the loop it belongs to (1 for the first); nil
    /// for a step outside every loop.
    public var round: Int?
    /// Plan step id → how its earlier passes through a loop went, oldest first.
    public var earlierPasses: [String: [StepLog]] = [:]
    /// Loop step id → the theme of each pass, in order, as fixed so far.
    public var themes: [String: [String]] = [:]

    /// A session that has not started.
    public init() {}

    /// How one step went.
    public struct StepLog: Sendable, Codable, Equatable {
        /// Whether a step is running, done or skipped.
        public enum Status: String, Sendable, Codable { case running, done, skipped }
        /// When the step started.
        public var startedAt: Date
        /// When it ended.
        public var endedAt: Date?
        /// Seconds spent paused in it.
        public var pausedSeconds: Double = 0
        /// Seconds added to it during the meeting.
        public var extendedSeconds: Int = 0
        /// How the step stands.
        public var status: Status = .running
        /// Seconds it ran before its current stretch, when the meeting went back to it or
        /// came back to it after going back (pauses left out).
        public var earlierSeconds: Double = 0

        /// The seconds it ran up to `end` (its end, or now for a running step), pauses left out.
        public func seconds(until end: Date) -> Double {
            earlierSeconds + max(0, end.timeIntervalSince(startedAt) - pausedSeconds)
        }
    }

    /// Whom records are for, set by the facilitator for the current turn.
    public struct Attribution: Sendable, Codable, Equatable {
        /// The participant, by full name.
        public var person: String?
        /// The group or table of a parallel step, by its name.
        public var group: String?
    }

    /// A hand-over of roles: from the step where it was made on, in the same item, the
    /// holders of each pair of roles take each other's place.
    public struct RoleSwap: Sendable, Codable, Equatable {
        /// The agenda item it holds for.
        public var itemIndex: Int
        /// The position (in the meeting's steps) where it was made.
        public var position: Int
        /// Who takes whose place: each holder of one role of a pair becomes the holder of the other.
        public var people: [String: String]
    }

    /// An item of a step's list as the meeting left it: its words now, the words it had
    /// before, and whether the meeting added it.
    public struct ListedItem: Sendable, Codable, Equatable {
        /// Its words now.
        public var text: String
        /// Its earlier words, oldest first (the worksheet's wording first).
        public var wordings: [String] = []
        /// The meeting added it to the list.
        public var added = false
    }

    /// One review of an earlier agreement.
    public struct ReviewRecord: Sendable, Codable, Equatable {
        /// The id of the agreement reviewed.
        public var agreement: String
        /// Its status as the meeting found it.
        public var status: Agreement.Status
        /// What was said about it.
        public var note: String
        /// When it was reviewed.
        public var at: Date
    }
}

/// One thing recorded during a session.
public struct SessionRecord: Sendable, Codable, Equatable {
    /// The record's number in the session.
    public var id: Int
    /// The plan step it was recorded in.
    public var step: String
    /// The turn it was recorded in.
    public var turn: Int
    /// The prompt (question) it answers, when the turn asks one at a time or has one.
    public var prompt: String?
    /// The group or table it was recorded for, in a parallel step.
    public var group: String?
    /// What kind of record it is.
    public var type: Capture.Kind
    /// The id of the capture it answers, if any.
    public var capture: String?
    /// Who said it or whom it is about; nil for the group.
    public var person: String?
    /// What was said or written.
    public var text: String
    /// A worry level or score, when it is one.
    public var value: Double?
    /// The item it is about: the one scored, or the point the records were about.
    public var item: String?
    /// Who may see it.
    public var visibility: Scale.Visibility
    /// When it was recorded.
    public var at: Date
    /// Whether it was edited after it was recorded.
    public var edited: Bool = false
    /// Whether it was withdrawn; it then stays out of the harvest.
    public var withdrawn: Bool = false
    /// The pass through a loop it was recorded in (1 for the first); nil outside loops.
    public var round: Int? = nil

    /// A record with every part given.
    public init(
        id: Int, step: String, turn: Int, prompt: String?, group: String?, type: Capture.Kind, capture: String?,
        person: String?, text: String, value: Double?, item: String?, visibility: Scale.Visibility, at: Date,
        edited: Bool = false, withdrawn: Bool = false, round: Int? = nil
    ) {
        self.id = id
        self.step = step
        self.turn = turn
        self.prompt = prompt
        self.group = group
        self.type = type
        self.capture = capture
        self.person = person
        self.text = text
        self.value = value
        self.item = item
        self.visibility = visibility
        self.at = at
        self.edited = edited
        self.withdrawn = withdrawn
        self.round = round
    }
}

extension SessionPlan {
    /// The same plan with the steps before and after the meeting walked as well (a
    /// professional preparing to take up a worry, reflecting afterwards), in method order.
    public func walkingPreparation() -> SessionPlan {
        var copy = self
        for itemIndex in copy.items.indices {
            for stepIndex in copy.items[itemIndex].steps.indices
            where copy.items[itemIndex].steps[stepIndex].when != .during {
                copy.items[itemIndex].steps[stepIndex].walkedFrom = copy.items[itemIndex].steps[stepIndex].when
                copy.items[itemIndex].steps[stepIndex].when = .during
                let step = copy.items[itemIndex].steps[stepIndex]
                if step.turns.count == 1 { copy.items[itemIndex].steps[stepIndex].turns[0].seconds = step.seconds }
            }
        }
        return copy
    }
}

/// What applying events needs to know of a plan, worked out once per session.
public struct SessionContext: Sendable {
    /// The plan the session runs.
    public let plan: SessionPlan
    /// ``SessionPlan/meetingSteps``.
    public let steps: [PlanStep]
    /// The participants' names, indexed once for every name typed in the session.
    public let names: NameMatcher
    /// The start of every agreement id made in this session: the session's id, so agreements
    /// stay apart across sessions of one agenda (the plan's digest when there is no session).
    let agreementPrefix: String

    /// The context of `plan` in the session `sessionID`, worked out once.
    public init(plan: SessionPlan, sessionID: String? = nil) {
        self.plan = plan
        steps = plan.meetingSteps
        names = NameMatcher(names: plan.participants.map(\.name))
        agreementPrefix = sessionID ?? String(plan.digest.prefix(8))
    }
}

extension SessionState {
    /// The current step, if the session has started and not ended.
    public func currentStep(in plan: SessionPlan) -> PlanStep? {
        currentStep(in: plan.meetingSteps)
    }

    func currentStep(in steps: [PlanStep]) -> PlanStep? {
        guard status != .notStarted, status != .ended, steps.indices.contains(position) else { return nil }
        return steps[position]
    }

    /// The step's deadline: its start plus its planned time, extensions and pauses.
    public func deadline(in plan: SessionPlan) -> Date? {
        guard let step = currentStep(in: plan), let log = logs[step.id] else { return nil }
        return log.startedAt.addingTimeInterval(
            Double(step.seconds + log.extendedSeconds) + log.pausedSeconds - log.earlierSeconds)
    }

    /// Seconds left in the current step at `now` (negative when over time); a pause stops the clock.
    public func remainingSeconds(in plan: SessionPlan, now: Date) -> Double? {
        guard var deadline = deadline(in: plan) else { return nil }
        if let pausedAt { deadline = deadline.addingTimeInterval(now.timeIntervalSince(pausedAt)) }
        return deadline.timeIntervalSince(now)
    }

    /// Seconds left in the current turn.
    public func remainingTurnSeconds(in plan: SessionPlan, now: Date) -> Double? {
        guard let step = currentStep(in: plan), step.turns.indices.contains(turn), let started = turnStartedAt else {
            return nil
        }
        let reference = pausedAt ?? now
        return Double(step.turns[turn].seconds) - reference.timeIntervalSince(started)
    }

    // MARK: - The transition function

    /// The state after `entry`, or why the event does not apply now.
    public func applying(_ entry: JournalEntry, plan: SessionPlan) throws -> SessionState {
        try applying(entry, context: SessionContext(plan: plan))
    }

    /// The state after `entry`, or why the event does not apply now (this state is unchanged).
    public func applying(_ entry: JournalEntry, context: SessionContext) throws -> SessionState {
        var next = self
        try next.apply(entry, context: context)
        return next
    }

    /// Applies `entry` in place, for replaying a journal of events that were checked when
    /// they were recorded. Every check is made before anything changes.
    public mutating func apply(_ entry: JournalEntry, context: SessionContext) throws {
        try apply(entry.event, at: entry.at, context: context)
        sequence = entry.seq + 1
    }

    private mutating func apply(_ event: SessionEvent, at: Date, context: SessionContext) throws {
        let plan = context.plan
        let steps = context.steps
        if status == .ended {
            throw SessionError("refusal.ended", hinted: true)
        }
        if case .start = event {
            guard status == .notStarted else { throw SessionError("refusal.already-started") }
            guard !steps.isEmpty else { throw SessionError("refusal.no-steps") }
            status = .running
            startedAt = at
            begin(0, at: at, steps: steps)
            return
        }
        guard status != .notStarted else { throw SessionError("refusal.not-started", hinted: true) }
        guard let step = currentStep(in: steps) else { throw SessionError("refusal.no-current-step") }
        switch event {
        case .start:
            return
        case .next, .back, .skip, .loop, .end:
            try navigate(event, from: step, at: at, context: context)
        case .pause, .resume, .extend:
            try keepTime(event, in: step, at: at)
        case .note(let text, let person, let prompt):
            try record(.note, text: text, person: person, step: step, at: at, prompt: prompt)
        case .idea(let text, let person):
            try record(.idea, text: text, person: person, step: step, at: at)
        case .concern(let text, let person):
            try record(.concern, text: text, person: person, step: step, at: at)
        case .worry(let level, let person, let note):
            try rateWorry(level, person: person, note: note, in: step, at: at)
        case .score(let item, let value, let person):
            try score(item, value: value, person: person, in: step, at: at)
        case .agreement(let who, let what, let withWhom, let byWhen):
            try agree(who: who, what: what, withWhom: withWhom, byWhen: byWhen, in: step, at: at, context: context)
        case .edit, .withdraw:
            try amend(event)
        case .swapRoles:
            try swapRoles(in: step)
        case .attribute(let person, let group):
            try attribute(person: person, group: group, in: step, plan: plan)
        case .review(let id, let status, let note):
            try review(id, status: status, note: note, in: step, at: at, plan: plan)
        case .item(let text, let rewording):
            try changeItems(text, rewording: rewording, in: step, plan: plan)
        case .capture(let capture, let text, let person):
            guard let found = step.captures.first(where: { $0.id == capture }),
                [.note, .idea, .concern].contains(found.type)
            else {
                throw SessionError("refusal.no-capture", capture, hinted: true)
            }
            try record(found.type, text: text, person: person, step: step, at: at, capture: found.id)
        case .point(let item):
            try focus(on: item, in: step, plan: plan)
        case .divide(let items, let group):
            try divide(items, to: group, in: step, plan: plan)
        case .phones(let open):
            guard step.acceptsPhones else { throw SessionError("refusal.no-phone-input", hinted: true) }
            phonesOpen = open ? step.id : nil
        case .followUp(let date, let time, let note):
            guard Self.isISODate(date) else { throw SessionError("refusal.not-a-date", date, hinted: true) }
            if let time, !Self.isTime(time) { throw SessionError("refusal.not-a-time", time, hinted: true) }
            followUp = FollowUp(date: date, time: time, minutes: 90, note: note)
        }
    }

    /// Moves through the meeting: the next or previous turn or step, a skipped step, the
    /// answer to a loop's question, the end.
    private mutating func navigate(_ event: SessionEvent, from step: PlanStep, at: Date, context: SessionContext) throws
    {
        let steps = context.steps
        switch event {
        case .next:
            try requireRunning()
            if question < questionCount(in: step) - 1 {
                question += 1
            } else if turn < step.turns.count - 1 {
                turn += 1
                question = 0
                attribution = nil
                turnStartedAt = at
            } else {
                try moveOn(from: step, as: .done, at: at, steps: steps)
            }
        case .back:
            try requireRunning()
            try goBack(from: step, at: at, steps: steps)
        case .skip:
            try requireRunning()
            try moveOn(from: step, as: .skipped, at: at, steps: steps)
        case .loop(let again, let theme):
            try answerLoop(again, theme: theme, in: step, at: at, context: context)
        case .end:
            finish(step, at: at, as: .done)
            endedAt = at
            status = .ended
            pausedAt = nil
        default:
            return
        }
    }

    /// Back one turn, or to the last turn of the step before.
    private mutating func goBack(from step: PlanStep, at: Date, steps: [PlanStep]) throws {
        if question > 0 {
            question -= 1
            return
        }
        attribution = nil
        if turn > 0 {
            turn -= 1
            question = max(0, questionCount(in: step) - 1)
            turnStartedAt = at
            return
        }
        guard position > 0 else { throw SessionError("refusal.first-step") }
        phonesOpen = nil
        point = nil
        // The step left keeps the time it ran, for when the meeting comes back to it.
        if var left = logs[step.id] {
            left.earlierSeconds = left.seconds(until: at)
            left.pausedSeconds = 0
            left.startedAt = at
            left.endedAt = at
            logs[step.id] = left
        }
        position -= 1
        round = Self.enclosingLoop(of: position, in: steps).map { loopsTaken[steps[$0].id, default: 0] + 1 }
        let previous = steps[position]
        turn = max(0, previous.turns.count - 1)
        question = max(0, questionCount(in: previous) - 1)
        turnStartedAt = at
        if var resumed = logs[previous.id] {
            resumed.earlierSeconds = resumed.seconds(until: resumed.endedAt ?? at)
            resumed.pausedSeconds = 0
            resumed.startedAt = at
            resumed.endedAt = nil
            resumed.status = .running
            logs[previous.id] = resumed
        }
    }

    /// Goes back to the loop's target (`again`), or on to the next step. Each pass keeps its
    /// own time: the steps of the loop start afresh, their earlier passes kept; a loop over
    /// themes fixes the theme of the pass that ends and of the one that begins.
    private mutating func answerLoop(
        _ again: Bool, theme: String?, in step: PlanStep, at: Date, context: SessionContext
    )
        throws
    {
        let steps = context.steps
        guard let loop = step.loop else { throw SessionError("refusal.no-loop") }
        if theme != nil, !again { throw SessionError("refusal.theme-without-again") }
        if again {
            let taken = loopsTaken[step.id, default: 0]
            guard taken < loop.max else {
                throw SessionError("refusal.loop-maximum", String(taken), fix: .init("refusal.loop-maximum.hint"))
            }
            guard let target = steps.firstIndex(where: { $0.id == loop.to }) else {
                throw SessionError("refusal.loop-outside")
            }
            if loop.themesFrom != nil || loop.themes != nil {
                try takeTheme(theme, for: step, loop: loop, plan: context.plan)
            }
            loopsTaken[step.id] = taken + 1
            finish(step, at: at, as: .done)
            for index in target...position where steps.indices.contains(index) {
                let id = steps[index].id
                if let log = logs[id] { earlierPasses[id, default: []].append(log) }
                logs[id] = nil
            }
            begin(target, at: at, steps: steps)
        } else {
            guard position + 1 < steps.count else {
                throw SessionError("refusal.last-step", hinted: true)
            }
            finish(step, at: at, as: .done)
            begin(position + 1, at: at, steps: steps)
        }
    }

    /// Pauses, resumes, or gives the step more time.
    private mutating func keepTime(_ event: SessionEvent, in step: PlanStep, at: Date) throws {
        switch event {
        case .pause:
            try requireRunning()
            status = .paused
            pausedAt = at
        case .resume:
            guard status == .paused, let pausedAt else { throw SessionError("refusal.not-paused") }
            logs[step.id]?.pausedSeconds += at.timeIntervalSince(pausedAt)
            if let started = turnStartedAt {
                turnStartedAt = started.addingTimeInterval(at.timeIntervalSince(pausedAt))
            }
            self.pausedAt = nil
            status = .running
        case .extend(let seconds):
            guard (1...3600).contains(seconds) else { throw SessionError("refusal.extend-range") }
            logs[step.id]?.extendedSeconds += seconds
        default:
            return
        }
    }

    /// Records a worry level on the step's scale.
    private mutating func rateWorry(_ level: Double, person: String?, note: String?, in step: PlanStep, at: Date) throws
    {
        guard let capture = step.captures.first(where: { $0.type == .worryLevel }), let scale = capture.scale else {
            throw SessionError("refusal.no-worry")
        }
        guard scale.accepts(level) else {
            let levels = scale.levels.map { "\(NumberText.format($0.value)) \($0.label)" }.joined(separator: ", ")
            throw SessionError(
                "refusal.worry-off-scale", NumberText.format(level), scale.name, fix: .init("refusal.list", [levels]))
        }
        let label = scale.levels.first { $0.value == level }?.label ?? NumberText.format(level)
        try record(
            .worryLevel, text: note.map { "\(label): \($0)" } ?? label, person: person, step: step, at: at,
            value: level)
    }

    /// Records one person's score for one item; a second score of the same item is refused.
    private mutating func score(_ item: String, value: Double, person: String?, in step: PlanStep, at: Date) throws {
        guard let capture = step.captures.first(where: { $0.type == .score }), let scale = capture.scale else {
            throw SessionError("refusal.no-scores")
        }
        guard scale.accepts(value) else {
            throw SessionError(
                "refusal.score-off-scale", NumberText.format(value), scale.name, NumberText.format(scale.min),
                NumberText.format(scale.max))
        }
        guard !item.trimmingWhitespace().isEmpty else { throw SessionError("refusal.name-item") }
        if let person, records.hasScore(of: item, by: person, in: step.id) {
            throw SessionError("refusal.already-scored", person, item, fix: .init("refusal.already-scored.hint"))
        }
        try record(
            .score, text: "\(item): \(NumberText.format(value))", person: person, step: step, at: at,
            value: value, item: item)
    }

    /// Makes an agreement: who does what, with whom, by when.
    private mutating func agree(
        who: [String], what: String, withWhom: [String], byWhen: String?, in step: PlanStep, at: Date,
        context: SessionContext
    ) throws {
        guard step.captures.contains(where: { $0.type == .agreement }) else {
            let agreementSteps = context.steps.filter { $0.captures.contains { $0.type == .agreement } }.map(\.name)
            throw SessionError(
                "refusal.no-agreements",
                fix: agreementSteps.isEmpty
                    ? .init("refusal.no-agreements.note")
                    : .init("refusal.no-agreements.steps", [agreementSteps.joined(separator: "; ")]))
        }
        guard !who.isEmpty, !what.trimmingWhitespace().isEmpty else {
            throw SessionError("refusal.agreement-needs", hinted: true)
        }
        if let byWhen, !byWhen.isEmpty, Self.isISODate(byWhen) == false, byWhen.contains("-"),
            byWhen.first?.isNumber == true
        {
            throw SessionError("refusal.not-a-date", byWhen, fix: .init("refusal.agreement-date.hint"))
        }
        let number = agreements.count + 1
        agreements.append(
            Agreement(
                id: "\(context.agreementPrefix)-\(number)", who: who, what: what, withWhom: withWhom,
                byWhen: byWhen, status: .open, madeIn: context.plan.title, point: point))
        try record(.agreement, text: what, person: who.first, step: step, at: at)
    }

    /// Edits or withdraws an earlier record (and the agreement it made).
    private mutating func amend(_ event: SessionEvent) throws {
        switch event {
        case .edit(let id, let text):
            guard let index = records.index(ofID: id), !records[index].withdrawn else {
                throw SessionError("refusal.no-record", String(id))
            }
            guard !text.trimmingWhitespace().isEmpty else { throw SessionError("refusal.empty-text") }
            records[index].text = text
            records[index].edited = true
            if records[index].type == .agreement, let agreement = agreementIndex(for: records[index]) {
                agreements[agreement].what = text
            }
        case .withdraw(let id):
            guard let index = records.index(ofID: id), !records[index].withdrawn else {
                throw SessionError("refusal.no-record", String(id))
            }
            records[index].withdrawn = true
            if records[index].type == .agreement, let agreement = agreementIndex(for: records[index]) {
                agreements[agreement].status = .dropped
            }
        default:
            return
        }
    }

    /// Records what a follow-up meeting found of an earlier agreement.
    private mutating func review(
        _ id: String, status: Agreement.Status, note: String, in step: PlanStep, at: Date, plan: SessionPlan
    ) throws {
        guard step.kind == "review" || step.kind == AgreementReviewBehaviour().kind,
            let item = plan.items.first(where: { $0.index == step.itemIndex })
        else {
            throw SessionError("refusal.review-item", hinted: true)
        }
        guard item.review.contains(where: { $0.id == id }) else {
            throw SessionError(
                "refusal.no-review", id,
                fix: .init(
                    "refusal.no-review.hint",
                    [item.review.filter { $0.status.isOpen }.map(\.id).joined(separator: ", ")]))
        }
        guard status != .open else {
            throw SessionError("refusal.review-status")
        }
        reviews.append(ReviewRecord(agreement: id, status: status, note: note, at: at))
    }

    private func requireRunning() throws {
        if status == .paused { throw SessionError("refusal.paused", hinted: true) }
    }

    /// Closes `step` with `status` and begins the next one; the last step has no next.
    private mutating func moveOn(from step: PlanStep, as status: StepLog.Status, at: Date, steps: [PlanStep]) throws {
        guard position + 1 < steps.count else {
            throw SessionError("refusal.last-step", hinted: true)
        }
        finish(step, at: at, as: status)
        begin(position + 1, at: at, steps: steps)
    }

    private mutating func begin(_ index: Int, at: Date, steps: [PlanStep]) {
        position = index
        turn = 0
        question = 0
        attribution = nil
        phonesOpen = nil
        point = nil
        round = Self.enclosingLoop(of: index, in: steps).map { loopsTaken[steps[$0].id, default: 0] + 1 }
        turnStartedAt = at
        var log = StepLog(startedAt: at)
        // Coming back to a step the meeting went back from: its earlier time still counts.
        if let earlier = logs[steps[index].id], earlier.endedAt != nil, earlier.status == .running {
            log.earlierSeconds = earlier.earlierSeconds
            log.extendedSeconds = earlier.extendedSeconds
        }
        logs[steps[index].id] = log
    }

    private mutating func finish(_ step: PlanStep, at: Date, as status: StepLog.Status) {
        logs[step.id]?.endedAt = at
        logs[step.id]?.status = status
    }

    private mutating func record(
        _ type: Capture.Kind, text: String, person: String?, step: PlanStep, at: Date,
        value: Double? = nil, item: String? = nil, prompt: String? = nil, capture captureID: String? = nil
    ) throws {
        guard !text.trimmingWhitespace().isEmpty else { throw SessionError("refusal.nothing-to-record") }
        if let prompt, !(step.turns.indices.contains(turn) && step.turns[turn].prompts.contains(prompt)) {
            throw SessionError("refusal.unknown-prompt", prompt)
        }
        // A record made without naming a capture goes to the first of its kind that has no
        // console word of its own: plain text in a worksheet step is a note, not a "challenge".
        let capture =
            step.captures.first { $0.id == captureID }
            ?? step.captures.first { $0.type == type && (captureID != nil || $0.commands == nil) }
        let id = nextRecordID
        nextRecordID += 1
        records.append(
            SessionRecord(
                id: id, step: step.id, turn: turn, prompt: prompt ?? currentPromptID(in: step),
                group: attribution?.group,
                type: type, capture: capture?.id, person: person, text: text, value: value,
                item: item ?? (type == .score ? nil : point),
                visibility: step.walkedFrom != nil ? .private : capture?.visibility ?? .shared, at: at,
                round: round))
    }

    private func agreementIndex(for record: SessionRecord) -> Int? {
        let order = records.count(of: .agreement, before: record.id)
        return agreements.indices.contains(order) ? order : nil
    }

    package static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let month = Int(parts[1]), let day = Int(parts[2]), let year = Int(parts[0])
        else { return false }
        return (1...12).contains(month) && (1...Timestamp.daysIn(month: month, year: year)).contains(day)
    }

    static func isTime(_ text: String) -> Bool {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]) else { return false }
        return (0...23).contains(hour) && (0...59).contains(minute)
    }
}
