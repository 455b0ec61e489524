import Foundation

/// Renders the room's pages from the session's state, in the session's language: the
/// projector's wall (where the agenda is, the step, who speaks and who listens, the question,
/// the clock, the public notes per person, café tables with their tablecloths, agreements),
/// the note-taker's screen and the flip-chart sheets for printing. It reads state only;
/// private captures (worry levels, private notes, preparation) are never in what it makes.
public struct RoomRenderer {
    /// The plan the session runs.
    public let plan: SessionPlan
    /// The session's state.
    public let state: SessionState
    /// The time the clocks count to.
    public let now: Date
    /// Whether participants' phones take part (`--room-phones`), and their link for the QR code.
    public let phoneLink: String?

    /// A renderer of `state` at `now`.
    public init(plan: SessionPlan, state: SessionState, now: Date, phoneLink: String? = nil) {
        self.plan = plan
        self.state = state
        self.now = now
        self.phoneLink = phoneLink
    }

    var language: String { plan.language }
    func say(_ key: String, _ values: String...) -> String { Phrasebook.say(key, in: language, values) }
    func text(_ value: String) -> String { HTML.escape(value) }

    /// The current step, when the session runs and it is one the room may see.
    var step: PlanStep? { state.status == .running || state.status == .paused ? state.currentStep(in: plan) : nil }

    /// Whether the room may see `record`: shared, not withdrawn, not a worry level or score,
    /// made in a step of the meeting itself.
    public static func isPublic(_ record: SessionRecord, in step: PlanStep?) -> Bool {
        !record.withdrawn && record.visibility != .private && record.type != .worryLevel && record.type != .score
            && step?.when == .during && step?.walkedFrom == nil
    }

    /// The records of `step` the room may see.
    func publicRecords(of step: PlanStep) -> [SessionRecord] {
        state.records.inStep(step.id).filter { Self.isPublic($0, in: step) }
    }

    // MARK: - The published view

    /// The view after the latest event.
    public func view() -> RoomView {
        let room = wall()
        let notes = notesLive()
        let prompts =
            step.map { step in
                step.turns.indices.contains(state.turn)
                    ? step.turns[state.turn].prompts.compactMap { id in step.prompts.first { $0.id == id } } : []
            } ?? []
        let current = state.currentPrompts(in: plan)
        let promptList = prompts.map {
            "[\(JSONText.quoted($0.id, inMarkup: true)),\(JSONText.quoted($0.text, inMarkup: true))]"
        }
        let notesEvent =
            "{\"html\":\(JSONText.quoted(notes, inMarkup: true)),\"turn\":\(JSONText.quoted("\(state.position).\(state.turn).\(state.question)")),\"speaker\":\(JSONText.quoted(state.defaultSpeaker(in: plan) ?? "", inMarkup: true)),\"prompts\":[\(promptList.joined(separator: ","))],\"prompt\":\(JSONText.quoted(current.count == 1 ? current[0].id : "", inMarkup: true))}"
        return RoomView(
            id: state.sequence, roomEvent: "{\"html\":\(JSONText.quoted(room, inMarkup: true))}",
            notesEvent: notesEvent,
            phone: phoneStep())
    }

    /// What the phones may do now, and what each person has sent in this step.
    public func phoneStep() -> PhoneStep {
        var phone = PhoneStep(
            language: language, title: plan.title, stepName: step?.name ?? "",
            prompt: state.currentPrompts(in: plan).first?.text, input: .closed, items: [], scale: [], sent: [:])
        guard phoneLink != nil, let step, state.phonesOpen == step.id, state.status == .running else { return phone }
        if let capture = step.captures.first(where: { $0.type == .score }), let scale = capture.scale {
            phone.input = .score
            phone.items = ConsoleInterpreter(plan: plan, state: state, today: .epoch).scoreItems()
            let values =
                scale.levels.isEmpty
                ? stride(from: scale.min, through: scale.max, by: 1).map { ($0, "") }
                : scale.levels.map { ($0.value, $0.label) }
            phone.scale = values.prefix(21).map { (value: $0.0, label: $0.1) }
        } else {
            phone.input = .write
        }
        // What each person sent from the phone: points and grades, nothing private.
        for record in state.records.inStep(step.id)
        where !record.withdrawn && record.visibility != .private
            && [.idea, .note, .score].contains(record.type)
        {
            guard let person = record.person else { continue }
            phone.sent[person, default: []].append(
                PhoneStep.Sent(id: record.id, text: record.text, item: record.item, value: record.value))
        }
        return phone
    }

    // MARK: - The projector's wall

    /// The live part of the projector view.
    public func wall() -> String {
        var html = header()
        switch state.status {
        case .notStarted:
            html += "<h1 class=\"step\">\(text(plan.title))</h1>"
            html +=
                "<p class=\"turn\">\(text(say("room.starts", MeetingClock(timeZone: plan.timeZone).time(plan.start))))</p>"
            return html
        case .ended:
            html += "<h1 class=\"step\">\(text(say("room.ended")))</h1>"
            html += agreementsPanel(all: true)
            return html
        default: break
        }
        guard let step = step else { return html }
        let (head, inMeeting) = stepHead(step)
        html += head
        guard inMeeting else { return html }
        let records = publicRecords(of: step)
        if let turn = state.currentTurn(in: plan), turn.circles.count > 1 {
            html += tables(turn, records: records)
        } else {
            html += chart(records)
        }
        html += scoresPanel(step)
        if step.captures.contains(where: { $0.type == .agreement }) { html += agreementsPanel(all: false) }
        html += phonesPanel(step)
        return html
    }

    /// The step's clocks, name, who speaks and listens, and its question; for a step of the
    /// preparation only its name and that nothing of it is shown (and false).
    func stepHead(_ step: PlanStep) -> (html: String, inMeeting: Bool) {
        var html = clocks(step) + "<h1 class=\"step\">\(text(step.name))</h1>"
        if let theme = state.currentTheme(in: plan), let round = state.round {
            html += "<p class=\"theme\">\(text(say("console.theme", String(round), theme)))</p>"
        }
        guard step.when == .during, step.walkedFrom == nil else {
            return (html + "<p class=\"turn\">\(text(say("room.preparation")))</p>", false)
        }
        html += turnPart(step)
        for prompt in state.currentPrompts(in: plan) {
            html += "<blockquote class=\"prompt\">“\(text(prompt.text))”</blockquote>"
        }
        return (html, true)
    }

    /// Title and where the agenda is.
    func header() -> String {
        var position = ""
        if let step = step {
            let item = plan.items.first { $0.index == step.itemIndex }
            let steps = plan.meetingSteps
            let number = steps.firstIndex { $0.id == step.id }.map { "\($0 + 1)/\(steps.count)" } ?? ""
            position =
                "\(say("console.item")) \(step.itemIndex + 1)/\(plan.items.count) · \(item?.title ?? "") · \(say("console.step")) \(number)"
        }
        var html = "<header class=\"where\"><span class=\"title\">\(text(plan.title))</span>"
        if !position.isEmpty { html += "<span class=\"position\">\(text(position))</span>" }
        if state.status == .paused { html += "<span class=\"paused\">\(text(say("console.paused")))</span>" }
        return html + "</header>"
    }

    /// The step's clock and the turn's, with what the script needs to keep them going.
    func clocks(_ step: PlanStep) -> String {
        guard step.seconds > 0, let remaining = state.remainingSeconds(in: plan, now: now) else { return "" }
        let total = Double(step.seconds + (state.logs[step.id]?.extendedSeconds ?? 0))
        let running = state.status == .running ? "1" : "0"
        var html =
            "<div class=\"clocks\"><p class=\"countdown \(Self.level(remaining, of: total))\" data-left=\"\(Int(remaining.rounded()))\" data-total=\"\(Int(total))\" data-running=\"\(running)\"><span class=\"value\">\(SessionScreen.clock(remaining))</span> <span class=\"label\">\(text(say("console.left-in-step")))</span></p>"
        if step.turns.count > 1, let turnLeft = state.remainingTurnSeconds(in: plan, now: now),
            step.turns.indices.contains(state.turn)
        {
            let turnTotal = Double(step.turns[state.turn].seconds)
            html +=
                "<p class=\"countdown turn-clock \(Self.level(turnLeft, of: turnTotal))\" data-left=\"\(Int(turnLeft.rounded()))\" data-total=\"\(Int(turnTotal))\" data-running=\"\(running)\"><span class=\"label\">\(text(say("console.turn")))</span> <span class=\"value\">\(SessionScreen.clock(turnLeft))</span></p>"
        }
        return html + "</div>"
    }

    /// The colour a clock takes: at 20% left, at 5% left, over time.
    static func level(_ left: Double, of total: Double) -> String {
        if left < 0 { return "over" }
        if total > 0, left <= total * 0.05 { return "alert" }
        if total > 0, left <= total * 0.2 { return "warn" }
        return "calm"
    }

    /// Who speaks now and to whom, the turn and what comes next, who listens and how.
    func turnPart(_ step: PlanStep) -> String {
        guard let turn = state.currentTurn(in: plan) else { return "" }
        var html = ""
        let position = SessionScreen.turnPosition(state, step: step, in: language).joined(separator: " · ")
        if turn.circles.count == 1, let circle = turn.circles.first {
            var now = "<span class=\"label\">\(text(say("console.now")))</span> <b>\(text(turn.label))</b>"
            if !circle.speakers.isEmpty, circle.speakers.count <= 6 {
                now =
                    "<span class=\"label\">\(text(say("console.now")))</span> <b>\(text(NameList.spoken(circle.speakers, in: language)))</b>"
                if !circle.addressed.isEmpty, circle.addressed.count <= 4 {
                    now += " → \(text(NameList.spoken(circle.addressed, in: language)))"
                }
            }
            html += "<p class=\"turn\">\(now) <span class=\"small\">· \(text(position))</span></p>"
            if let mode = circle.listening, circle.listenerCount > 0 {
                let listeners =
                    circle.listenerCount <= 6
                    ? NameList.spoken(circle.listeners, in: language)
                    : say("console.people", String(circle.listenerCount))
                html +=
                    "<p class=\"listening\"><span class=\"label\">\(text(say("console.listening")))</span> \(text(mode.described(in: language))): \(text(listeners))</p>"
            }
        } else {
            html +=
                "<p class=\"turn\"><b>\(text(turn.label))</b> <span class=\"small\">· \(text(say("console.groups-parallel", String(turn.circles.count)))) · \(text(position))</span></p>"
        }
        return html
    }

    /// The public notes as the note-taker's flip chart has them: per person, in the order
    /// they first spoke; what belongs to nobody in particular under the room's own heading.
    func chart(_ records: [SessionRecord]) -> String {
        guard !records.isEmpty else { return "" }
        var order: [String] = []
        var byPerson: [String: [SessionRecord]] = [:]
        for record in records.suffix(48) {
            let key = record.person ?? ""
            if byPerson[key] == nil { order.append(key) }
            byPerson[key, default: []].append(record)
        }
        var html = "<section class=\"chart\">"
        for key in order {
            let heading = key.isEmpty ? say("room.everyone") : key
            html += "<article class=\"person\"><h2>\(text(heading))</h2><ul>"
            for record in byPerson[key] ?? [] { html += "<li>\(text(record.text))</li>" }
            html += "</ul></article>"
        }
        return html + "</section>"
    }

    /// Groups or café tables talking at the same time: topic, host, members, tablecloth.
    func tables(_ turn: Turn, records: [SessionRecord]) -> String {
        var html = "<section class=\"tables\">"
        for circle in turn.circles.prefix(24) {
            html += "<article class=\"table\"><h2>\(text(circle.name))</h2>"
            if let topic = circle.topic { html += "<p class=\"topic\">“\(text(topic))”</p>" }
            if let host = circle.host {
                html += "<p class=\"host\"><span class=\"label\">\(text(say("room.host")))</span> \(text(host))</p>"
            }
            let members = circle.members.filter { $0 != circle.host }
            if !members.isEmpty, members.count <= 12 {
                html += "<p class=\"members\">\(text(NameList.spoken(members, in: language)))</p>"
            }
            let cloth = records.filter { $0.group == circle.name }.suffix(30)
            if !cloth.isEmpty {
                html += "<ul class=\"cloth\">"
                for record in cloth {
                    html +=
                        "<li>\(record.person.map { "<span class=\"who\">\(text($0))</span> " } ?? "")\(text(record.text))</li>"
                }
                html += "</ul>"
            }
            html += "</article>"
        }
        html += "</section>"
        let loose = records.filter { $0.group == nil }
        return html + chart(loose)
    }

    /// In a scoring step: how many have graded each item (not the grades, which would sway
    /// those still to grade).
    func scoresPanel(_ step: PlanStep) -> String {
        guard step.captures.contains(where: { $0.type == .score }) else { return "" }
        let items = ConsoleInterpreter(plan: plan, state: state, today: .epoch).scoreItems()
        guard !items.isEmpty else { return "" }
        var graders: [String: Set<String>] = [:]
        for record in state.records.inStep(step.id) where record.type == .score && !record.withdrawn {
            if let item = record.item { graders[item, default: []].insert(record.person ?? "#\(record.id)") }
        }
        var html = "<section class=\"scores\"><ol>"
        for item in items.prefix(40) {
            html +=
                "<li>\(text(item)) <span class=\"small\">\(text(say("room.graded", String(graders[item]?.count ?? 0))))</span></li>"
        }
        return html + "</ol></section>"
    }

    /// The agreements made so far (`all`), or those still standing: who, what, with whom, by when.
    func agreementsPanel(all: Bool) -> String {
        let standing = state.agreements.filter { $0.status != .dropped }
        guard !standing.isEmpty else { return "" }
        var html = "<section class=\"agreements\"><h2>\(text(Phrasebook.text("Agreements", in: language)))</h2><ol>"
        for agreement in standing.suffix(all ? 60 : 12) {
            html += "<li><b>\(text(NameList.spoken(agreement.who, in: language)))</b>: \(text(agreement.what))"
            if !agreement.withWhom.isEmpty {
                html +=
                    " <span class=\"small\">· \(text(say("room.with", NameList.spoken(agreement.withWhom, in: language))))</span>"
            }
            if let by = agreement.byWhen, !by.isEmpty {
                html += " <span class=\"small\">· \(text(say("room.by", by)))</span>"
            }
            html += "</li>"
        }
        return html + "</ol></section>"
    }

    /// When phones are open in this step: the QR code of the phones' link, and how many have sent.
    func phonesPanel(_ step: PlanStep) -> String {
        guard let link = phoneLink, state.phonesOpen == step.id else { return "" }
        let people = Set(
            state.records.inStep(step.id).filter { !$0.withdrawn && $0.person != nil }.compactMap(\.person))
        var html = "<section class=\"phones\">"
        if let code = QRCode(text: link) { html += code.svg(moduleSize: 8) }
        html += "<p class=\"link\">\(text(link))</p>"
        html +=
            "<p class=\"small\">\(text(say("room.phones-sent", String(people.count), String(plan.participants.count))))</p>"
        if link.contains("//127.") || link.contains("//localhost") {
            html += "<p class=\"small\">\(text(say("room.phones-loopback")))</p>"
        }
        return html + "</section>"
    }

    // MARK: - Printing

    /// The flip-chart sheets of the meeting so far: one per step with public notes, then the agreements.
    public func sheets() -> String {
        var html = "<section class=\"sheets\">"
        var byStep: [String: [SessionRecord]] = [:]
        let steps = plan.meetingSteps
        let stepsByID = Dictionary(steps.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for record in state.records where Self.isPublic(record, in: stepsByID[record.step]) {
            byStep[record.step, default: []].append(record)
        }
        var printed = 0
        for step in steps {
            guard let records = byStep[step.id], !records.isEmpty else { continue }
            printed += 1
            html += "<article class=\"sheet\"><p class=\"small\">\(text(plan.title))</p><h1>\(text(step.name))</h1>"
            var order: [String] = []
            var byGroup: [String: [SessionRecord]] = [:]
            for record in records {
                let key = record.group.map { "[\($0)]" } ?? record.person ?? ""
                if byGroup[key] == nil { order.append(key) }
                byGroup[key, default: []].append(record)
            }
            for key in order {
                html += "<h2>\(text(key.isEmpty ? say("room.everyone") : key))</h2><ul>"
                for record in byGroup[key] ?? [] {
                    let who =
                        record.group != nil ? record.person.map { "<span class=\"who\">\(text($0))</span> " } ?? "" : ""
                    html += "<li>\(who)\(text(record.text))</li>"
                }
                html += "</ul>"
            }
            html += "</article>"
        }
        let agreements = agreementsPanel(all: true)
        if !agreements.isEmpty {
            printed += 1
            html += "<article class=\"sheet\"><p class=\"small\">\(text(plan.title))</p>\(agreements)</article>"
        }
        if printed == 0 {
            html +=
                "<article class=\"sheet\"><h1>\(text(plan.title))</h1><p>\(text(say("room.no-sheets")))</p></article>"
        }
        return html + "</section>"
    }

    // MARK: - The note-taker's screen

    /// The live part of the note-taker's screen: where the meeting is and this step's public
    /// notes, each with its edit link and its withdraw button.
    public func notesLive() -> String {
        var html = header()
        guard let step = step else {
            return html
                + "<p class=\"turn\">\(text(say(state.status == .ended ? "room.ended" : "room.not-started")))</p>"
        }
        let (head, inMeeting) = stepHead(step)
        html += head
        guard inMeeting else { return html }
        let records = publicRecords(of: step)
        guard !records.isEmpty else { return html + "<p class=\"small\">\(text(say("room.no-notes")))</p>" }
        html += "<ol class=\"recorded\">"
        for record in records.suffix(60) {
            let who = [record.person, record.group.map { "[\($0)]" }].compactMap { $0 }.joined(separator: " ")
            html +=
                "<li><span class=\"id\">#\(record.id)</span> \(who.isEmpty ? "" : "<span class=\"who\">\(text(who))</span> ")<span class=\"text\">\(text(record.text))</span> <a href=\"notes?edit=\(record.id)\">\(text(say("room.edit")))</a> <form method=\"post\" action=\"notes\" class=\"inline live-form\"><input type=\"hidden\" name=\"action\" value=\"withdraw\"><input type=\"hidden\" name=\"id\" value=\"\(record.id)\"><button>\(text(say("room.withdraw")))</button></form></li>"
        }
        return html + "</ol>"
    }

    /// The note-taker's form: the person (the speaker chosen), the question, the note; or, with
    /// `editing`, the text of that record to change.
    public func notesForm(editing: Int?, message: String?) -> String {
        var html = "<p id=\"said\" role=\"status\">\(text(message ?? ""))</p>"
        if let id = editing, let record = state.records.record(id: id),
            Self.isPublic(record, in: plan.meetingSteps.first { $0.id == record.step })
        {
            html +=
                "<form method=\"post\" action=\"notes\" class=\"note-form live-form\"><input type=\"hidden\" name=\"action\" value=\"edit\"><input type=\"hidden\" name=\"id\" value=\"\(id)\"><label>\(text(say("room.edit-note", String(id))))<textarea name=\"text\" rows=\"3\" maxlength=\"2000\" required>\(text(record.text))</textarea></label><button>\(text(say("room.save")))</button> <a href=\"notes\">\(text(say("room.cancel")))</a></form>"
            return html
        }
        let speaker = state.defaultSpeaker(in: plan)
        html +=
            "<form method=\"post\" action=\"notes\" class=\"note-form live-form\" id=\"note-form\"><input type=\"hidden\" name=\"action\" value=\"note\">"
        html +=
            "<label>\(text(say("room.person")))<select name=\"person\"><option value=\"\">\(text(say("room.everyone")))</option>"
        for person in plan.participants {
            html +=
                "<option value=\"\(text(person.name))\"\(person.name == speaker ? " selected" : "")>\(text(person.name))</option>"
        }
        html += "</select></label>"
        let current = state.currentPrompts(in: plan)
        var prompts: [ResolvedPrompt] = []
        if let step, step.turns.indices.contains(state.turn) {
            prompts = step.turns[state.turn].prompts.compactMap { id in step.prompts.first { $0.id == id } }
        }
        html += "<label>\(text(say("room.question")))<select name=\"prompt\"><option value=\"\">—</option>"
        for prompt in prompts {
            let chosen = current.count == 1 && current[0].id == prompt.id
            html +=
                "<option value=\"\(text(prompt.id))\"\(chosen ? " selected" : "")>\(text(String(prompt.text.prefix(80))))</option>"
        }
        html += "</select></label>"
        html +=
            "<label>\(text(say("room.note")))<textarea name=\"text\" rows=\"3\" maxlength=\"2000\" required autofocus></textarea></label><button>\(text(say("room.record")))</button></form>"
        return html
    }

    // MARK: - Documents

    /// A whole page: the head, the live part that the script keeps current, and what follows.
    public static func document(
        title: String, language: String, bodyClass: String, events: String, live: String, before: String = "",
        after: String = ""
    ) -> String {
        """
        <!doctype html>
        <html lang="\(HTML.escape(language))"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="same-origin"><title>\(HTML.escape(title))</title><link rel="stylesheet" href="room.css"><script src="room.js" defer></script></head>
        <body class="\(bodyClass)">\(before)<main id="live" data-events="\(HTML.escape(events))" aria-live="polite">\(live)</main>\(after)</body></html>

        """
    }
}
