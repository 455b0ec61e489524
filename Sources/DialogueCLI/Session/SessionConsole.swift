import DialogueKit
import Foundation

/// Asks the facilitator what the console cannot decide alone: a yes/no before ending or
/// leaving, and a choice between people. A script cannot answer, so it confirms and refuses.
protocol Prompter {
    /// Whether the facilitator says yes to `question`.
    func confirm(_ question: String) -> Bool
    /// The option chosen for `question`, or nil to cancel.
    func choose(_ question: String, _ options: [String]) -> Int?
}

/// The live console's core, the same on a terminal and in a script: each line is read by
/// the ``ConsoleInterpreter``, each event is checked against the state, journaled (flushed)
/// and only then counted.
final class SessionConsole {
    /// What the console does after a line.
    enum Flow { case goOn, leave, ended }

    let journal: Journal
    var state: SessionState
    let folder: String
    let clock: any SessionClock
    let console: Console
    /// The plan's steps and digest, worked out once for every event of the session.
    let context: SessionContext
    /// What the console said last, for the terminal's message line.
    var lastMessage: String?
    /// What a terminal shows in place of the session screen until the next line (the help).
    var panel: [String] = []
    /// The room's screens and phones, when the session runs with `--room`.
    var room: RoomConnection?

    init(journal: Journal, state: SessionState, folder: String, clock: any SessionClock, console: Console) {
        self.journal = journal
        context = SessionContext(plan: journal.header.plan, sessionID: journal.header.sessionID)
        self.state = state
        self.folder = folder
        self.clock = clock
        self.console = console
    }

    var plan: SessionPlan { journal.header.plan }
    var language: String { plan.language }
    func say(_ key: String, _ values: String...) -> String {
        Phrasebook.say(key, in: language, values)
    }

    /// The meeting's day, for relative dates.
    var today: CalendarDate {
        let day = MeetingClock(timeZone: plan.timeZone).day(clock.now(sequence: state.sequence))
        return CalendarDate(iso: day) ?? CalendarDate(iso: MeetingClock(timeZone: plan.timeZone).day(plan.start))
            ?? .epoch
    }

    /// Runs the session: on a terminal full screen, otherwise line by line.
    func run() throws -> Int32 {
        if console.input.isTerminal, let terminal = Terminal.open() {
            return try TerminalConsole(session: self, terminal: terminal).run()
        }
        return try runScript()
    }

    /// Reads commands line by line from standard input (scripts, tests, demos).
    func runScript() throws -> Int32 {
        printScreen()
        let lines = room.map { _ in LineReader(console: console) }
        while true {
            let next: String??
            if let lines, let room {
                next = try lines.next(watching: room.channel.consoleDescriptor) { try room.service(self) }
            } else {
                next = console.input.readLine()
            }
            guard let line = next ?? nil else {
                if state.status != .ended { console.print(say("console.input-ended", folder)) }
                return 0
            }
            switch try handle(line, prompter: ScriptPrompter(console: console, language: language)) {
            case .goOn: continue
            case .leave:
                console.print(say("console.left", folder))
                return 0
            case .ended:
                return try finish()
            }
        }
    }

    /// Handles one typed line.
    func handle(_ line: String, prompter: some Prompter) throws -> Flow {
        let text = PrintableText.clean(line)
        let outcome = ConsoleInterpreter(plan: plan, state: state, today: today, names: context.names).interpret(text)
        return try perform(outcome, prompter: prompter)
    }

    func perform(_ outcome: ConsoleOutcome, prompter: some Prompter) throws -> Flow {
        switch outcome {
        case .nothing:
            return .goOn
        case .event(let event):
            try record(event)
            return state.status == .ended ? .ended : .goOn
        case .confirm(let question, let then):
            guard prompter.confirm(question) else { return .goOn }
            return try perform(then, prompter: prompter)
        case .choose(let question, let options):
            guard let chosen = prompter.choose(question, options.map(\.label)), options.indices.contains(chosen) else {
                tell(say("console.cancelled"))
                return .goOn
            }
            return try perform(options[chosen].outcome, prompter: prompter)
        case .message(let message):
            tell("? " + message)
            return .goOn
        case .status:
            // A terminal shows the screen all the time.
            if !console.input.isTerminal { printScreen() }
            return .goOn
        case .help:
            let help =
                ConsoleHelp.text(language: language)
                + (room.map { "\n\n" + $0.linkLines.joined(separator: "\n") } ?? "")
            if console.input.isTerminal {
                panel = help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            } else {
                console.print(help)
            }
            return .goOn
        case .quit:
            return .leave
        }
    }

    /// A message for the facilitator: printed in a script, on the message line on a terminal.
    func tell(_ message: String) {
        lastMessage = message
        if !console.input.isTerminal { console.print(message) }
    }

    /// Applies an event: checked against the state, then journaled (flushed), then counted,
    /// then shown to the room. The state changes in place, so an event costs the same at the
    /// 100,000th note as at the first; a refusal puts the state back from the journal, which
    /// holds exactly what was accepted. `source` names where it came from when not typed here.
    @discardableResult
    func record(_ event: SessionEvent, from source: String? = nil) throws -> RoomOutcome {
        let entry = JournalEntry(seq: state.sequence, at: clock.now(sequence: state.sequence), event: event)
        let stepBefore = state.position
        do {
            try state.apply(entry, context: context)
        } catch let error as SessionError {
            try restoreFromJournal()
            let text = say("console.not-recorded", error.text(in: language))
            tell("? " + text + (source.map { " (\($0))" } ?? ""))
            return .refused(text)
        }
        do {
            try journal.append(entry)
        } catch let error as JournalError {
            try restoreFromJournal()
            throw CommandFailure(message: "\(error.description); the event was not recorded")
        }
        room?.publish(state, now: clock.now(sequence: state.sequence))
        let description = describe(event)
        let message = "✓ " + description + (source.map { " (\($0))" } ?? "")
        if console.input.isTerminal {
            lastMessage = message
        } else if stepBefore != state.position || event == .start {
            printScreen()
        } else {
            console.print(message)
        }
        return .recorded(description)
    }

    /// The state as the journal has it: after a refusal, nothing of the refused event stays.
    func restoreFromJournal() throws {
        do {
            state = try journal.replay()
        } catch let error as JournalError {
            throw CommandFailure(message: error.description)
        }
    }

    /// The screen as text, for scripts and `/status`.
    func printScreen() {
        let width = max(40, min(160, Int(console.environment["COLUMNS"] ?? "") ?? 80))
        let screen = SessionScreen(
            plan: plan, state: state, now: clock.now(sequence: state.sequence), width: width, height: 200)
        for line in screen.lines(style: console) { console.print(line) }
    }

    /// What an event did, in the session's language: "#4 note for Mila (q2) recorded".
    func describe(_ event: SessionEvent) -> String {
        switch event {
        case .note, .idea, .concern, .worry, .score, .agreement, .capture:
            let record = state.records.last
            let capture = state.currentStep(in: plan)?.captures.first { $0.id == record?.capture && $0.commands != nil }
            var what = capture?.label ?? Phrasebook.text("kind." + (record?.type.rawValue ?? "note"), in: language)
            if let person = record?.person { what += " " + say("console.done.for", person) }
            if let group = record?.group { what += " [\(group)]" }
            if let prompt = record?.prompt, let step = state.currentStep(in: plan),
                let number = step.prompts.firstIndex(where: { $0.id == prompt })
            {
                what += " (\(say("console.question")) \(number + 1))"
            }
            if let item = record?.item, record?.type != .score { what += " — " + item }
            return say("console.done.record", String(record?.id ?? 0), what)
        case .item(let text, let rewording):
            return rewording.map { say("console.done.reworded", $0, text) } ?? say("console.done.item-added", text)
        case .point(let item):
            return item.map { say("console.done.point", $0) } ?? say("console.done.no-point")
        case .divide(let items, let group):
            return say("console.done.divided", items.joined(separator: "; "), group)
        case .loop(true, _):
            return state.currentTheme(in: plan).map { say("console.done.theme", String(state.round ?? 1), $0) }
                ?? say("console.done")
        case .next, .back:
            let label = state.currentTurn(in: plan)?.label ?? ""
            return say("console.done.turn", String(state.turn + 1), label)
                + (state.question > 0 ? ", " + say("console.question") + " \(state.question + 1)" : "")
        case .pause: return say("console.done.paused")
        case .resume: return say("console.done.resumed")
        case .extend(let seconds): return say("console.done.extended", NumberText.format(Double(seconds) / 60))
        case .edit(let id, _): return say("console.done.edited", String(id))
        case .withdraw(let id): return say("console.done.withdrawn", String(id))
        case .swapRoles:
            let people = state.roleSwaps.last?.people ?? [:]
            return say(
                "console.done.swapped",
                people.keys.sorted().map { "\($0) → \(people[$0] ?? "")" }.joined(separator: ", "))
        case .attribute(let person, let group):
            let target = [person, group].compactMap { $0 }.joined(separator: ", ")
            return target.isEmpty ? say("console.records-default") : say("console.records-to", target)
        case .review(let id, let status, _):
            let item = state.currentStep(in: plan).flatMap { step in plan.items.first { $0.index == step.itemIndex } }
            let number = item?.review.firstIndex { $0.id == id }
            let agreement = item?.review.first { $0.id == id }
            let name =
                number.map { "\($0 + 1)" + (agreement.map { " (\(NameList.joined($0.who)): \($0.what))" } ?? "") } ?? id
            return say("console.done.reviewed", name, Phrasebook.text("agreement." + status.rawValue, in: language))
        case .phones(let open): return say(open ? "console.done.phones-open" : "console.done.phones-closed")
        case .followUp(let date, let time, _):
            return say("console.done.follow-up", date + (time.map { " \($0)" } ?? ""))
        default: return say("console.done")
        }
    }

    /// Writes the harvest (owner-only) when the session ends.
    func finish() throws -> Int32 {
        defer { room?.stop() }
        let harvest = HarvestBuilder.harvest(plan: plan, state: state, sessionID: journal.header.sessionID)
        let path = SessionStore.harvestPath(folder)
        try HarvestFile.write(harvest, to: path)
        console.print(say("console.harvest-written", path))
        console.print(say("console.share-with", folder))
        return 0
    }
}

/// A script's answers: it confirms (a script means what it says) and cannot choose, so an
/// unclear name is refused with the choices it would have had.
struct ScriptPrompter: Prompter {
    let console: Console
    let language: String

    func confirm(_ question: String) -> Bool { true }

    func choose(_ question: String, _ options: [String]) -> Int? {
        console.print(
            "? "
                + Phrasebook.say("console.script-cannot-choose", in: language).replacingOccurrences(
                    of: "{1}",
                    with: question + " "
                        + options.enumerated().map { "\($0.offset + 1)) \($0.element)" }.joined(separator: "; ")
                        + "."))
        return nil
    }
}

/// The console's help, in the session's language, short enough for 80×24.
enum ConsoleHelp {
    static let keys = [
        "console.help.move", "console.help.time", "console.help.record", "console.help.agree", "console.help.who",
        "console.help.points", "console.help.fix", "console.help.follow", "console.help.room",
        "console.help.console",
    ]

    static func text(language: String) -> String {
        ([Phrasebook.say("console.help-title", in: language)]
            + keys.map { "  " + Phrasebook.say($0, in: language) }).joined(separator: "\n")
    }
}
