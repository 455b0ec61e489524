import Foundation

/// What a console line asks for, decided against the plan and the live state: an event to
/// journal, a choice or confirmation to put to the facilitator, or a message. Names, dates,
/// numbers and items are checked here; what cannot be checked is asked, never guessed.
public indirect enum ConsoleOutcome: Sendable {
    /// Nothing to do (an empty line).
    case nothing
    /// An event for the session.
    case event(SessionEvent)
    /// A choice between options, each with what choosing it means.
    case choose(question: String, options: [(label: String, outcome: ConsoleOutcome)])
    /// A yes/no question before `outcome` (ending the session, leaving the console).
    case confirm(question: String, outcome: ConsoleOutcome)
    /// A message; nothing is recorded.
    case message(String)
    /// Show the status.
    case status
    /// Show the help.
    case help
    /// Leave the console; the session stays open.
    case quit
}

/// Turns console lines into outcomes for one moment of a session.
public struct ConsoleInterpreter {
    /// The plan the session runs.
    public let plan: SessionPlan
    /// The state the line is typed in.
    public let state: SessionState
    /// The meeting's day, for relative dates and for dates already past.
    public let today: CalendarDate

    /// The participants' names, indexed.
    let names: NameMatcher

    /// An interpreter for `state` of `plan` on `today`; `names` indexed once for the session,
    /// or here when not given.
    public init(plan: SessionPlan, state: SessionState, today: CalendarDate, names: NameMatcher? = nil) {
        self.plan = plan
        self.state = state
        self.today = today
        self.names = names ?? NameMatcher(names: plan.participants.map(\.name))
    }

    var language: String { plan.language }

    func say(_ key: String, _ values: String...) -> String {
        Phrasebook.say(key, in: language, values)
    }

    /// The command written in the session's language: "/next" or "/volgende".
    func slash(_ command: ConsoleCommandName, _ rest: String = "") -> String {
        "/" + command.word(in: language) + (rest.isEmpty ? "" : " " + rest)
    }

    /// What `text` means now.
    public func interpret(_ text: String) -> ConsoleOutcome {
        if let recorded = captureCommand(text) { return recorded }
        switch ConsoleLine.read(text) {
        case .empty:
            return .nothing
        case .note(let note):
            return .event(.note(text: note, person: state.defaultSpeaker(in: plan)))
        case .unknownCommand(let word, let suggestion):
            return .message(
                say("console.unknown-command", word)
                    + (suggestion.map { " " + say("console.did-you-mean", "/\($0)") } ?? ""))
        case .bareCommandWord(let command, let typed):
            return .message(say("console.bare-word", slash(command), slash(.note, typed)))
        case .command(let command, let rest):
            return interpret(command, rest)
        }
    }

    /// A command with the rest of its line.
    func interpret(_ command: ConsoleCommandName, _ rest: String) -> ConsoleOutcome {
        let speaker = state.defaultSpeaker(in: plan)
        let bare: [ConsoleCommandName: SessionEvent] = [
            .start: .start, .next: .next, .back: .back, .skip: .skip, .pause: .pause, .resume: .resume,
            .swap: .swapRoles,
        ]
        if let event = bare[command] {
            return rest.isEmpty ? .event(event) : .message(say("console.takes-nothing", slash(command)))
        }
        switch command {
        case .status: return .status
        case .help: return .help
        case .quit: return .confirm(question: say("console.confirm-quit"), outcome: .quit)
        case .end: return .confirm(question: say("console.confirm-end"), outcome: .event(.end))
        case .note, .idea, .concern:
            guard !rest.isEmpty else { return .message(say("console.write", slash(command, "…"))) }
            switch command {
            case .idea: return .event(.idea(text: rest, person: speaker))
            case .concern: return .event(.concern(text: rest, person: speaker))
            default: return .event(.note(text: rest, person: speaker))
            }
        case .extend: return extend(rest)
        case .worry: return worry(rest, person: speaker)
        case .score: return score(rest, person: speaker)
        case .agree: return agreement(rest)
        case .attribute: return attribute(rest)
        case .edit, .withdraw, .undo: return amend(command, rest)
        case .review: return review(rest)
        case .followUp: return followUp(rest)
        case .phones: return phones(rest)
        case .again: return again(rest)
        case .item: return addItem(rest)
        case .reword: return reword(rest)
        case .point: return point(rest)
        case .divide: return divide(rest)
        default: return .nothing
        }
    }

    // MARK: - Time and numbers

    func extend(_ rest: String) -> ConsoleOutcome {
        guard let minutes = NumberText.parse(rest), minutes >= 1, minutes <= 60 else {
            return .message(say("console.minutes-range", rest))
        }
        return .event(.extend(seconds: Int((minutes * 60).rounded())))
    }

    /// The scale of the current step's capture of `kind`.
    func scale(_ kind: Capture.Kind) -> PlanScale? {
        state.currentStep(in: plan)?.captures.first { $0.type == kind }?.scale
    }

    func scaleText(_ scale: PlanScale) -> String {
        scale.levels.isEmpty
            ? "\(NumberText.format(scale.min))–\(NumberText.format(scale.max))"
            : scale.levels.map { "\(NumberText.format($0.value)) \($0.label)" }.joined(separator: ", ")
    }

    func worry(_ rest: String, person: String?) -> ConsoleOutcome {
        guard let scale = scale(.worryLevel) else { return .message(say("console.no-worry-scale")) }
        let (first, note) = rest.splittingFirstWord()
        guard let level = NumberText.parse(first) else {
            if !first.isEmpty { return .message(say("console.not-on-scale", first, scale.name, scaleText(scale))) }
            return .message(say("console.write", slash(.worry, "LEVEL [NOTE]")))
        }
        guard scale.accepts(level) else {
            return .message(say("console.not-on-scale", first, scale.name, scaleText(scale)))
        }
        return .event(.worry(level: level, person: person, note: note.isEmpty ? nil : note))
    }

    // MARK: - Scores

    /// The items the current step scores or works through: see ``SessionState/items(of:in:)``.
    public func scoreItems() -> [String] {
        guard let step = state.currentStep(in: plan) else { return [] }
        return state.items(of: step, in: plan)
    }

    func score(_ rest: String, person: String?) -> ConsoleOutcome {
        guard let scale = scale(.score) else { return .message(say("console.no-score-scale")) }
        let (first, itemText) = rest.splittingFirstWord()
        if !first.isEmpty, NumberText.parse(first) == nil {
            return .message(say("console.not-on-scale", first, scale.name, scaleText(scale)))
        }
        guard let value = NumberText.parse(first), !itemText.isEmpty else {
            return .message(say("console.write", slash(.score, "7 #2")))
        }
        guard scale.accepts(value) else {
            return .message(say("console.not-on-scale", first, scale.name, scaleText(scale)))
        }
        switch findItem(itemText, in: scoreItems()) {
        case .success(let item): return .event(.score(item: item, value: value, person: person))
        case .failure(let message): return message.outcome
        }
    }

    /// The item `typed` names in `items`: `#2`, its words, or the start of its words; else
    /// what to tell the facilitator.
    func findItem(_ typed: String, in items: [String], themes: Bool = false) -> Result<String, Refusal> {
        let noun = themes ? "theme" : "item"
        guard !items.isEmpty else { return .failure(Refusal(say(themes ? "console.no-themes" : "console.no-items"))) }
        let listed = items.enumerated().map { "#\($0.offset + 1) \($0.element)" }.joined(separator: "; ")
        if typed.hasPrefix("#") {
            guard let number = Int(typed.dropFirst()), number >= 1, number <= items.count else {
                return .failure(Refusal(say("console.\(noun)-number", String(typed.dropFirst()), String(items.count))))
            }
            return .success(items[number - 1])
        }
        let wanted = NameMatcher.fold(typed)
        if let exact = items.first(where: { NameMatcher.fold($0) == wanted }) { return .success(exact) }
        let byPrefix = items.filter { NameMatcher.fold($0).hasPrefix(wanted) }
        if byPrefix.count == 1 { return .success(byPrefix[0]) }
        if byPrefix.count > 1 {
            return .failure(Refusal(say("console.ambiguous-\(noun)", typed, byPrefix.joined(separator: "; "))))
        }
        return .failure(
            Refusal(
                say("console.unknown-\(noun)", typed, listed)
                    + (closestMatch(to: typed, in: items).map { " " + say("console.did-you-mean", "“\($0)”") } ?? "")))
    }

    // MARK: - Points, captures and themes

    /// `/challenge …`: a line that starts with the console word of one of the current step's
    /// captures records into that capture.
    func captureCommand(_ text: String) -> ConsoleOutcome? {
        let trimmed = text.trimmingWhitespace()
        guard trimmed.hasPrefix("/"), !trimmed.hasPrefix("//"), let step = state.currentStep(in: plan) else {
            return nil
        }
        let body = trimmed.dropFirst()
        let word = body.prefix { $0 != " " }.lowercased()
        guard !ConsoleCommandName.isCommandWord(word),
            let capture = step.captures.first(where: { $0.commands?.contains(word) == true })
        else { return nil }
        let rest = String(body.dropFirst(word.count)).trimmingWhitespace()
        guard !rest.isEmpty else { return .message(say("console.write", "/\(word) …")) }
        if let question = pointQuestion(for: capture) { return question }
        return .event(.capture(capture: capture.id, text: rest, person: state.defaultSpeaker(in: plan)))
    }

    /// For a record per point while no point is chosen: which point it is about (asked, not guessed).
    func pointQuestion(for capture: PlanCapture) -> ConsoleOutcome? {
        guard capture.per == .item, state.point == nil else { return nil }
        let items = scoreItems()
        guard !items.isEmpty else { return nil }
        let listed = items.enumerated().map { "#\($0.offset + 1) \($0.element)" }.joined(separator: "; ")
        return .message(say("console.which-point", listed))
    }

    /// `/item TEXT`: a point added to the step's list.
    func addItem(_ rest: String) -> ConsoleOutcome {
        guard !rest.isEmpty else { return .message(say("console.write", slash(.item, "…"))) }
        return .event(.item(text: rest, rewording: nil))
    }

    /// `/reword #2 NEW WORDS`: a point of the list in new words.
    func reword(_ rest: String) -> ConsoleOutcome {
        let (first, words) = rest.splittingFirstWord()
        guard first.hasPrefix("#"), !words.isEmpty else {
            return .message(say("console.write", slash(.reword, "#2 …")))
        }
        switch findItem(first, in: scoreItems()) {
        case .success(let item): return .event(.item(text: words, rewording: item))
        case .failure(let refusal): return refusal.outcome
        }
    }

    /// `/on #2`: the records that follow are about point 2; `/on` alone: about no point.
    func point(_ rest: String) -> ConsoleOutcome {
        guard !rest.isEmpty else { return .event(.point(item: nil)) }
        switch findItem(rest, in: scoreItems()) {
        case .success(let item): return .event(.point(item: item))
        case .failure(let refusal): return refusal.outcome
        }
    }

    /// `/divide #1 #3 Group 2`: points given to a group or table to work out.
    func divide(_ rest: String) -> ConsoleOutcome {
        guard state.currentStep(in: plan)?.dividesItems == true else {
            return .message(SessionError("refusal.no-division", hinted: true).text(in: language))
        }
        var numbers: [String] = []
        var remainder = rest
        while remainder.hasPrefix("#") {
            let (first, after) = remainder.splittingFirstWord()
            numbers.append(first)
            remainder = after
        }
        guard !numbers.isEmpty, !remainder.isEmpty else {
            return .message(say("console.write", slash(.divide, "#1 #3 " + say("console.group-word"))))
        }
        var items: [String] = []
        for number in numbers {
            switch findItem(number, in: scoreItems()) {
            case .success(let item): items.append(item)
            case .failure(let refusal): return refusal.outcome
            }
        }
        let circles = state.currentTurn(in: plan)?.circles.map(\.name) ?? []
        let wanted = NameMatcher.fold(remainder)
        guard let group = circles.first(where: { NameMatcher.fold($0) == wanted }) else {
            return .message(say("console.unknown-group", remainder, circles.joined(separator: ", ")))
        }
        let divided = state.currentStep(in: plan).flatMap { state.division[$0.id] } ?? [:]
        if let moved = items.first(where: { divided[$0] != nil && divided[$0] != group }), let from = divided[moved] {
            return .confirm(
                question: say("console.divide-move", moved, from, group),
                outcome: .event(.divide(items: items, group: group)))
        }
        return .event(.divide(items: items, group: group))
    }

    /// `/again`, or `/again #3` in a loop over themes: the next round, on that theme.
    func again(_ rest: String) -> ConsoleOutcome {
        guard !rest.isEmpty else { return .event(.loop(again: true)) }
        guard let step = state.currentStep(in: plan), let loop = step.loop, loop.themes != nil || loop.themesFrom != nil
        else { return .message(say("console.takes-nothing", slash(.again))) }
        switch findItem(rest, in: state.themeList(of: loop), themes: true) {
        case .success(let theme): return .event(.loop(again: true, theme: theme))
        case .failure(let refusal): return refusal.outcome
        }
    }

    // MARK: - Names and agreements

    /// Resolves every name of `typed` (quoted names are kept as written), or returns the
    /// question about the first one that is not clear; `retry` rebuilds the request with a
    /// chosen name in place of the typed one at that position.
    func resolve(_ typed: [String], retry: @escaping (Int, String) -> ConsoleOutcome) -> Result<[String], Refusal> {
        var resolved: [String] = []
        for (position, name) in typed.enumerated() {
            if name.count >= 2, name.hasPrefix("\""), name.hasSuffix("\"") {
                resolved.append(String(name.dropFirst().dropLast()))
                continue
            }
            switch names.match(name) {
            case .person(let person):
                resolved.append(person)
            case .ambiguous(let candidates):
                return .failure(
                    Refusal(
                        outcome: .choose(
                            question: say("console.which-person", name),
                            options: candidates.map { ($0, retry(position, "\"\($0)\"")) })))
            case .unknown(let suggestion):
                var options: [(label: String, outcome: ConsoleOutcome)] = []
                if let suggestion { options.append((suggestion, retry(position, "\"\(suggestion)\""))) }
                options.append((say("console.as-written", name), retry(position, "\"\(name)\"")))
                return .failure(
                    Refusal(outcome: .choose(question: say("console.unknown-name", name), options: options)))
            }
        }
        return .success(resolved)
    }

    /// What to put to the facilitator instead of an event: a question or a message.
    struct Refusal: Error {
        var outcome: ConsoleOutcome

        init(outcome: ConsoleOutcome) { self.outcome = outcome }

        /// A refusal that tells the facilitator `message`.
        init(_ message: String) { outcome = .message(message) }
    }

    /// `WHO: WHAT [/with NAMES] [/by DATE]` (Dutch `/met`, `/voor`; `/door WHO` instead of `WHO:`).
    func agreement(_ rest: String) -> ConsoleOutcome {
        if let capture = state.currentStep(in: plan)?.captures.first(where: { $0.type == .agreement }),
            let question = pointQuestion(for: capture)
        {
            return question
        }
        let parts = rest.markedParts(["with", "met", "by", "voor", "door", "who", "wie"])
        var what = parts.lead
        var whoText = parts.marked["door"] ?? parts.marked["who"] ?? parts.marked["wie"]
        if whoText == nil, let colon = what.firstIndex(of: ":") {
            whoText = String(what[..<colon])
            what = String(what[what.index(after: colon)...]).trimmingWhitespace()
        }
        guard let whoText, !what.isEmpty else {
            return .message(say("console.agree-needs", Phrasebook.say("console.agree-example", in: language)))
        }
        return agreement(
            who: whoText.nameList, what: what, withWhom: (parts.marked["with"] ?? parts.marked["met"] ?? "").nameList,
            byWhen: parts.marked["by"] ?? parts.marked["voor"])
    }

    /// An agreement whose parts are known; the names are checked one by one.
    func agreement(who: [String], what: String, withWhom: [String], byWhen: String?) -> ConsoleOutcome {
        let whoNames: [String]
        let withNames: [String]
        let retryWho = { (position: Int, name: String) -> ConsoleOutcome in
            var changed = who
            changed[position] = name
            return self.agreement(who: changed, what: what, withWhom: withWhom, byWhen: byWhen)
        }
        switch resolve(who, retry: retryWho) {
        case .success(let names): whoNames = names
        case .failure(let question): return question.outcome
        }
        let retryWith = { (position: Int, name: String) -> ConsoleOutcome in
            var changed = withWhom
            changed[position] = name
            return self.agreement(who: who, what: what, withWhom: changed, byWhen: byWhen)
        }
        switch resolve(withWhom, retry: retryWith) {
        case .success(let names): withNames = names
        case .failure(let question): return question.outcome
        }
        guard !whoNames.isEmpty else {
            return .message(say("console.agree-needs", Phrasebook.say("console.agree-example", in: language)))
        }
        var day: String? = nil
        if let byWhen {
            switch date(byWhen) {
            case .success(let found): day = found.iso
            case .failure(let refusal): return refusal.outcome
            }
        }
        return .event(.agreement(who: whoNames, what: what, withWhom: withNames, byWhen: day))
    }

    /// A typed date, checked to be a calendar day not before the meeting.
    func date(_ text: String) -> Result<CalendarDate, Refusal> {
        switch CalendarDate.parse(text, today: today) {
        case .success(let day):
            if day < today { return .failure(Refusal(outcome: .message(say("console.date-past", text, today.iso)))) }
            return .success(day)
        case .failure(let problem):
            return .failure(
                Refusal(
                    outcome: .message(
                        problem.notACalendarDay ? say("console.not-a-day", text) : say("console.not-a-date", text))))
        }
    }

    /// `/as NAME`, `/as GROUP` or `/as` alone.
    func attribute(_ rest: String) -> ConsoleOutcome {
        guard !rest.isEmpty else { return .event(.attribute(person: nil, group: nil)) }
        let circles = state.currentTurn(in: plan)?.circles ?? []
        if circles.count > 1 {
            let wanted = NameMatcher.fold(rest)
            // "Group 2", "Tafel 2", or just "2".
            if let circle = circles.first(where: {
                NameMatcher.fold($0.name) == wanted || $0.name.split(separator: " ").last.map(String.init) == rest
            }) {
                return .event(.attribute(person: nil, group: circle.name))
            }
        }
        let unquoted = rest.hasPrefix("\"") && rest.hasSuffix("\"") && rest.count >= 2
        switch names.match(unquoted ? String(rest.dropFirst().dropLast()) : rest) {
        case .person(let person):
            let group = circles.count > 1 ? circles.first { $0.members.contains(person) }?.name : nil
            return .event(.attribute(person: person, group: group))
        case .ambiguous(let candidates):
            return .choose(
                question: say("console.which-person", rest),
                options: candidates.map { ($0, attribute($0)) })
        case .unknown(let suggestion):
            let groups = circles.count > 1 ? " (" + circles.map(\.name).joined(separator: ", ") + ")" : ""
            return .message(
                say("console.not-a-group", rest) + groups
                    + (suggestion.map { " " + say("console.did-you-mean", $0) } ?? ""))
        }
    }

    // MARK: - Corrections and follow-up

    func amend(_ command: ConsoleCommandName, _ rest: String) -> ConsoleOutcome {
        if command == .undo {
            // The last record of this step (and this round): never one of an earlier step, whose
            // number the facilitator no longer sees.
            guard let step = state.currentStep(in: plan),
                let last = state.records.inStep(step.id).last(where: { !$0.withdrawn && $0.round == state.round })
            else { return .message(say("console.nothing-to-undo")) }
            return .event(.withdraw(record: last.id))
        }
        let (first, text) = rest.splittingFirstWord()
        let number = first.hasPrefix("#") ? String(first.dropFirst()) : first
        guard let id = Int(number) else {
            return .message(say("console.write", command == .edit ? slash(.edit, "3 TEXT") : slash(.withdraw, "3")))
        }
        guard let record = state.records.record(id: id), !record.withdrawn else {
            return .message(say("console.no-record", number))
        }
        if command == .withdraw { return .event(.withdraw(record: id)) }
        guard !text.isEmpty else { return .message(say("console.write", slash(.edit, "\(id) TEXT"))) }
        if record.type == .score || record.type == .worryLevel {
            return .message(say("console.edit-value", String(id)))
        }
        return .event(.edit(record: id, text: text))
    }

    /// Status words in English and Dutch.
    static let statuses: [String: Agreement.Status] = [
        "done": .done, "partly": .partly, "not-done": .notDone, "changed": .changed, "dropped": .dropped,
        "gedaan": .done, "deels": .partly, "niet-gedaan": .notDone, "gewijzigd": .changed, "vervallen": .dropped,
    ]

    func review(_ rest: String) -> ConsoleOutcome {
        let (reference, afterReference) = rest.splittingFirstWord()
        let (statusWord, note) = afterReference.splittingFirstWord()
        guard let status = Self.statuses[statusWord.lowercased()] else {
            return .message(say("console.unknown-status", statusWord))
        }
        guard let step = state.currentStep(in: plan), let item = plan.items.first(where: { $0.index == step.itemIndex })
        else { return .message(say("console.no-review", reference)) }
        if let number = Int(reference.hasPrefix("#") ? String(reference.dropFirst()) : reference),
            number >= 1, number <= item.review.count
        {
            return .event(.review(agreement: item.review[number - 1].id, status: status, note: note))
        }
        guard item.review.contains(where: { $0.id == reference }) else {
            return .message(say("console.no-review", reference))
        }
        return .event(.review(agreement: reference, status: status, note: note))
    }

    /// `/phones` opens the current step to the participants' phones, `/phones close` closes it.
    func phones(_ rest: String) -> ConsoleOutcome {
        switch NameMatcher.fold(rest) {
        case "", "open": return .event(.phones(open: true))
        case "close", "off", "dicht", "sluit", "sluiten": return .event(.phones(open: false))
        default:
            return .message(say("console.write", slash(.phones) + " | " + slash(.phones, say("console.phones-close"))))
        }
    }

    func followUp(_ rest: String) -> ConsoleOutcome {
        let (dateText, afterDate) = rest.splittingFirstWord()
        // "next week" and "volgende week" are two words.
        var typedDate = dateText
        var remainder = afterDate
        let (second, afterSecond) = afterDate.splittingFirstWord()
        if case .success = CalendarDate.parse("\(dateText) \(second)", today: today), !second.isEmpty {
            typedDate = "\(dateText) \(second)"
            remainder = afterSecond
        }
        let day: CalendarDate
        switch date(typedDate) {
        case .success(let found): day = found
        case .failure(let refusal): return refusal.outcome
        }
        var time: String? = nil
        let (maybeTime, note) = remainder.splittingFirstWord()
        if let parsed = Self.clockTime(maybeTime) {
            time = parsed
            remainder = note
        } else if maybeTime.contains(":") {
            return .message(say("console.not-a-time", maybeTime))
        }
        return .event(.followUp(date: day.iso, time: time, note: remainder))
    }

    /// "14:00", "9:30" or the Dutch "14.00", as HH:MM; nil for anything else.
    static func clockTime(_ text: String) -> String? {
        let parts = text.split(whereSeparator: { $0 == ":" || $0 == "." })
        guard parts.count == 2, parts[1].count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]),
            (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        return (hour < 10 ? "0" : "") + "\(hour):" + parts[1]
    }
}

extension String {
    /// The first word and the rest, trimmed.
    func splittingFirstWord() -> (String, String) {
        let trimmed = trimmingWhitespace()
        guard let space = trimmed.firstIndex(of: " ") else { return (trimmed, "") }
        return (String(trimmed[..<space]), String(trimmed[trimmed.index(after: space)...]).trimmingWhitespace())
    }

    /// Comma-separated names (a quoted name may hold a comma).
    var nameList: [String] {
        var names: [String] = []
        var current = ""
        var quoted = false
        for character in self {
            if character == "\"" { quoted.toggle() }
            if character == ",", !quoted {
                names.append(current.trimmingWhitespace())
                current = ""
            } else {
                current.append(character)
            }
        }
        names.append(current.trimmingWhitespace())
        return names.filter { !$0.isEmpty }
    }

    /// The text before the first ` /marker`, and the text after each marker: words inside
    /// the text are never split on, only the markers that start with a slash.
    func markedParts(_ markers: Set<String>) -> (lead: String, marked: [String: String]) {
        var lead = ""
        var marked: [String: String] = [:]
        var current: String? = nil
        var buffer = ""
        let words = split(separator: " ", omittingEmptySubsequences: false)
        for word in words {
            if word.hasPrefix("/"), markers.contains(word.dropFirst().lowercased()) {
                if let current {
                    marked[current] = buffer.trimmingWhitespace()
                } else {
                    lead = buffer.trimmingWhitespace()
                }
                current = word.dropFirst().lowercased()
                buffer = ""
                continue
            }
            buffer += (buffer.isEmpty ? "" : " ") + word
        }
        if let current { marked[current] = buffer.trimmingWhitespace() } else { lead = buffer.trimmingWhitespace() }
        return (lead, marked)
    }
}
