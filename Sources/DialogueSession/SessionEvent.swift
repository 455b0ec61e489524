import Foundation

/// Something that happens in a live session. Every event is appended to the journal
/// before it counts; replaying the events rebuilds the session exactly.
public enum SessionEvent: Sendable, Encodable, Equatable {
    case start
    /// Next turn (the next speaker, question or round), or the next step after the last turn.
    case next
    /// Back to the previous turn or step.
    case back
    /// Leave the current step out.
    case skip
    case pause
    case resume
    case extend(seconds: Int)
    /// A note; `prompt` names the question it answers when the note-taker picks it (else the
    /// question being asked).
    case note(text: String, person: String?, prompt: String? = nil)
    case idea(text: String, person: String?)
    case concern(text: String, person: String?)
    /// A worry level on the step's scale (the zones of concern), usually private.
    case worry(level: Double, person: String?, note: String?)
    /// A score for one item by one person.
    case score(item: String, value: Double, person: String?)
    case agreement(who: [String], what: String, withWhom: [String], byWhen: String?)
    case edit(record: Int, text: String)
    case withdraw(record: Int)
    /// Hand the step's roles over: from now on the holders of each swapped pair of roles
    /// take each other's place in the item's turns.
    case swapRoles
    /// Whom the records of this turn are for, until the turn changes: a person, a group or
    /// table of a parallel step, or both; nil and nil goes back to the turn's speaker.
    case attribute(person: String?, group: String?)
    /// Answer a loop's question: `again` goes back to the loop's target step; in a loop over
    /// themes, `theme` names the next round's theme (else the next one not yet discussed).
    case loop(again: Bool, theme: String? = nil)
    /// Add an item to the current step's list (`rewording` nil), or reword the item `rewording`
    /// as `text` (the points on a worksheet, adjusted before they are scored).
    case item(text: String, rewording: String?)
    /// Record `text` into the current step's capture `capture` (a challenge, a solution).
    case capture(capture: String, text: String, person: String?)
    /// What the records of this step are about from now on: one of its items; nil for none.
    case point(item: String?)
    /// The facilitator gives `items` to the group or table `group` to work out.
    case divide(items: [String], group: String)
    /// A follow-up's status for an earlier agreement.
    case review(agreement: String, status: Agreement.Status, note: String)
    case followUp(date: String, time: String?, note: String)
    /// Open or close the participants' phones for the current step (silent writing, scoring).
    case phones(open: Bool)
    case end

    /// The case names, as the journal writes them: `{"note": {"text": …, "person": …}}`.
    private static let kinds = [
        "start", "next", "back", "skip", "pause", "resume", "extend", "note", "idea", "concern", "worry", "score",
        "agreement", "edit", "withdraw", "swapRoles", "attribute", "loop", "review", "followUp", "phones", "end",
        "item", "capture", "point", "divide",
    ]
}

extension SessionEvent: NodeReadable {
    /// Reads what the synthesized encoder writes: an object with one key, the case, whose
    /// value holds the case's fields.
    public init(reading reader: NodeReader) throws {
        let object = try reader.object()
        guard object.members.count == 1, let only = object.members.first else {
            throw NodeReadError(
                code: "invalid-value",
                message: "an event is an object with one key, one of: \(Self.kinds.joined(separator: ", "))",
                offset: reader.node.offset)
        }
        var fields = try NodeReader(only.value).object()
        switch only.key {
        case "start": self = .start
        case "next": self = .next
        case "back": self = .back
        case "skip": self = .skip
        case "pause": self = .pause
        case "resume": self = .resume
        case "swapRoles": self = .swapRoles
        case "end": self = .end
        default: self = try Self.readWithFields(only, &fields)
        }
        try fields.finish()
    }

    /// The cases that carry fields.
    private static func readWithFields(_ member: JSONMember, _ fields: inout MemberReader) throws -> SessionEvent {
        switch member.key {
        case "extend": return .extend(seconds: try fields.required("seconds").int())
        case "note":
            return .note(
                text: try fields.required("text").string(), person: try fields.present("person")?.string(),
                prompt: try fields.present("prompt")?.string())
        case "idea":
            return .idea(text: try fields.required("text").string(), person: try fields.present("person")?.string())
        case "concern":
            return .concern(text: try fields.required("text").string(), person: try fields.present("person")?.string())
        case "worry":
            return .worry(
                level: try fields.required("level").double(), person: try fields.present("person")?.string(),
                note: try fields.present("note")?.string())
        case "score":
            return .score(
                item: try fields.required("item").string(), value: try fields.required("value").double(),
                person: try fields.present("person")?.string())
        case "agreement":
            return .agreement(
                who: try fields.required("who").strings(), what: try fields.required("what").string(),
                withWhom: try fields.required("withWhom").strings(), byWhen: try fields.present("byWhen")?.string())
        case "edit":
            return .edit(record: try fields.required("record").int(), text: try fields.required("text").string())
        case "withdraw": return .withdraw(record: try fields.required("record").int())
        case "attribute":
            return .attribute(
                person: try fields.present("person")?.string(), group: try fields.present("group")?.string())
        case "loop":
            return .loop(again: try fields.required("again").bool(), theme: try fields.present("theme")?.string())
        case "item":
            return .item(
                text: try fields.required("text").string(), rewording: try fields.present("rewording")?.string())
        case "capture":
            return .capture(
                capture: try fields.required("capture").string(), text: try fields.required("text").string(),
                person: try fields.present("person")?.string())
        case "point": return .point(item: try fields.present("item")?.string())
        case "divide":
            return .divide(items: try fields.required("items").strings(), group: try fields.required("group").string())
        case "phones": return .phones(open: try fields.required("open").bool())
        case "review":
            return .review(
                agreement: try fields.required("agreement").string(),
                status: try fields.required("status").choice(Agreement.Status.self),
                note: try fields.required("note").string())
        case "followUp":
            return .followUp(
                date: try fields.required("date").string(), time: try fields.present("time")?.string(),
                note: try fields.required("note").string())
        default:
            throw NodeReadError(
                code: "invalid-value", message: "unknown event '\(member.key)'", offset: member.keyOffset,
                hint: closestMatch(to: member.key, in: kinds).map { "did you mean '\($0)'?" })
        }
    }
}

/// An event as the journal keeps it: its sequence number and when it happened.
public struct JournalEntry: Sendable, Encodable, Equatable, NodeReadable {
    /// The event's number: 0 for the first, one more for each next.
    public var seq: Int
    /// When the event happened.
    public var at: Date
    /// What happened.
    public var event: SessionEvent
    /// The session the line belongs to, as the journal writes it (a line from another
    /// session is refused).
    public var session: String?

    /// An entry for `event`, number `seq`, at `at`.
    public init(seq: Int, at: Date, event: SessionEvent, session: String? = nil) {
        self.seq = seq
        self.at = at
        self.event = event
        self.session = session
    }

    /// Reads a journal line as the encoder writes it.
    public init(reading reader: NodeReader) throws {
        var object = try reader.object()
        seq = try object.required("seq").int()
        at = try object.required("at").instant()
        event = try SessionEvent(reading: object.required("event"))
        session = try object.optional("session")?.string()
        try object.finish()
    }

}
