import Foundation

/// What became of a submission: recorded, with the console's words for it, or refused, with why.
public enum RoomOutcome: Sendable, Equatable {
    case recorded(String)
    case refused(String)
}

/// The console's side of the room: it answers each request the server handed over, from the
/// live state, on the console's thread. A submission becomes the event the console itself
/// would journal, checked the same way; `record` journals it (flushed) before the answer goes.
public struct RoomDesk {
    /// The plan the session runs.
    public let plan: SessionPlan
    /// The phones' link for the QR code, when phones take part.
    public let phoneLink: String?

    /// A desk for `plan`; `phoneLink` when phones take part.
    public init(plan: SessionPlan, phoneLink: String?) {
        self.plan = plan
        self.phoneLink = phoneLink
    }

    func say(_ key: String, _ values: String...) -> String { Phrasebook.say(key, in: plan.language, values) }

    /// The response to `request` in `state` at `now`; `record` journals an event and says
    /// what became of it.
    public func respond(
        to request: RoomRequest, state: SessionState, now: Date, record: (SessionEvent) throws -> RoomOutcome
    ) rethrows -> HTTPResponse {
        let renderer = RoomRenderer(plan: plan, state: state, now: now, phoneLink: phoneLink)
        switch request {
        case .page(.room, _):
            return .html(
                RoomRenderer.document(
                    title: plan.title, language: plan.language, bodyClass: "room", events: "room/events",
                    live: renderer.wall(), after: renderer.sheets()))
        case .page(.notes, let query):
            let form = renderer.notesForm(editing: query["edit"].flatMap { Int($0) }, message: query["m"])
            return .html(
                RoomRenderer.document(
                    title: plan.title, language: plan.language, bodyClass: "notes", events: "notes/events",
                    live: renderer.notesLive(), before: "<section class=\"desk\">\(form)</section>"))
        case .page:
            return .notFound
        case .submit(let page, let form, let wantsJSON):
            let outcome: RoomOutcome
            switch Self.event(for: page, form: form, plan: plan, state: state) {
            case .success(let event): outcome = try record(event)
            case .failure(let refusal): outcome = .refused(refusal.text(in: plan.language))
            }
            return Self.answer(outcome, page: page, wantsJSON: wantsJSON)
        }
    }

    /// A refusal of a form before it becomes an event.
    public struct Refusal: Error, Equatable {
        /// The phrase's key and values.
        var key: String
        var values: [String] = []
        /// Its text in `language`.
        public func text(in language: String) -> String { Phrasebook.say(key, in: language, values) }
    }

    /// The event a posted form stands for, checked as the console checks what is typed: the
    /// person is one of the participants, the question one of the turn's, the record one the
    /// room may see, the item one of the step's, the grade on its scale.
    public static func event(for page: RoomPage, form: [String: String], plan: SessionPlan, state: SessionState)
        -> Result<SessionEvent, Refusal>
    {
        let action = form["action"] ?? ""
        let text = PrintableText.clean(form["text"] ?? "").trimmingWhitespace()
        let step = state.currentStep(in: plan)
        func visibleRecord() -> Result<Int, Refusal> {
            guard let id = form["id"].flatMap({ Int($0) }),
                let record = state.records.record(id: id),
                RoomRenderer.isPublic(record, in: plan.steps.first { $0.id == record.step })
            else { return .failure(Refusal(key: "room.no-such-record")) }
            if case .person(let name) = page, record.person != name || record.step != step?.id {
                return .failure(Refusal(key: "room.not-yours"))
            }
            return .success(id)
        }
        switch page {
        case .notes:
            switch action {
            case "note":
                guard !text.isEmpty else { return .failure(Refusal(key: "room.empty")) }
                guard text.count <= 2000 else { return .failure(Refusal(key: "room.too-long", values: ["2000"])) }
                let person = form["person"].flatMap { $0.isEmpty ? nil : $0 }
                if let person, !plan.participants.contains(where: { $0.name == person }) {
                    return .failure(Refusal(key: "room.unknown-person", values: [PrintableText.clean(person)]))
                }
                let prompt = form["prompt"].flatMap { $0.isEmpty ? nil : PrintableText.clean($0) }
                return .success(.note(text: text, person: person, prompt: prompt))
            case "edit":
                guard !text.isEmpty else { return .failure(Refusal(key: "room.empty")) }
                guard text.count <= 2000 else { return .failure(Refusal(key: "room.too-long", values: ["2000"])) }
                return visibleRecord().map { .edit(record: $0, text: text) }
            case "withdraw":
                return visibleRecord().map { .withdraw(record: $0) }
            default:
                return .failure(Refusal(key: "room.unknown-action"))
            }
        case .person(let name):
            guard let step, state.phonesOpen == step.id, state.status == .running else {
                return .failure(Refusal(key: "room.phones-closed"))
            }
            let mine = state.records.inStep(step.id).filter { $0.person == name && !$0.withdrawn }
            switch action {
            case "point":
                guard !text.isEmpty else { return .failure(Refusal(key: "room.empty")) }
                guard text.count <= PhoneStep.maxTextLength else {
                    return .failure(Refusal(key: "room.too-long", values: [String(PhoneStep.maxTextLength)]))
                }
                guard !step.captures.contains(where: { $0.type == .score }) else {
                    return .failure(Refusal(key: "room.phones-closed"))
                }
                guard mine.count < PhoneStep.maxPointsPerPerson else {
                    return .failure(Refusal(key: "room.points-limit", values: [String(PhoneStep.maxPointsPerPerson)]))
                }
                return .success(
                    step.captures.contains { $0.type == .idea }
                        ? .idea(text: text, person: name) : .note(text: text, person: name))
            case "score":
                let items = ConsoleInterpreter(plan: plan, state: state, today: .epoch).scoreItems()
                // The point's text must still be the one at that number: the list may have changed
                // since the phone showed it.
                guard let number = form["item"].flatMap({ Int($0) }), number >= 1, number <= items.count,
                    form["point"] == nil || form["point"] == items[number - 1]
                else {
                    return .failure(Refusal(key: "room.no-such-item"))
                }
                guard let value = form["value"].flatMap({ NumberText.parse($0) }) else {
                    return .failure(Refusal(key: "room.not-a-grade"))
                }
                return .success(.score(item: items[number - 1], value: value, person: name))
            case "withdraw":
                return visibleRecord().map { .withdraw(record: $0) }
            default:
                return .failure(Refusal(key: "room.unknown-action"))
            }
        default:
            return .failure(Refusal(key: "room.unknown-action"))
        }
    }

    /// The answer to a submission: JSON for the script, or back to the page for a plain form.
    static func answer(_ outcome: RoomOutcome, page: RoomPage, wantsJSON: Bool) -> HTTPResponse {
        let (ok, message): (Bool, String)
        switch outcome {
        case .recorded(let text): (ok, message) = (true, text)
        case .refused(let text): (ok, message) = (false, text)
        }
        if wantsJSON {
            return HTTPResponse(
                status: ok ? 200 : 422, contentType: "application/json",
                body: "{\"ok\":\(ok),\"message\":\(JSONText.quoted(message, inMarkup: true))}")
        }
        let back = page == .notes ? "notes" : "me"
        return .seeOther(back + "?m=" + FormCoding.encode((ok ? "✓ " : "? ") + message))
    }
}
