import Foundation

/// Something that happens in a live session. Every event is appended to the journal
/// before it counts; replaying the events rebuilds the session exactly.
public enum SessionEvent: Sendable, Codable, Equatable {
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
    case note(text: String, person: String?)
    case idea(text: String, person: String?)
    case concern(text: String, person: String?)
    /// A worry level on the step's scale (the zones of concern), usually private.
    case worry(level: Double, person: String?, note: String?)
    /// A score for one item by one person.
    case score(item: String, value: Double, person: String?)
    case agreement(who: [String], what: String, withWhom: [String], byWhen: String?)
    case edit(record: Int, text: String)
    case withdraw(record: Int)
    /// Hand the step's roles over (observers take over the earlier roles).
    case swapRoles
    /// Answer a loop's question: `again` goes back to the loop's target step.
    case loop(again: Bool)
    /// A follow-up's status for an earlier agreement.
    case review(agreement: String, status: Agreement.Status, note: String)
    case followUp(date: String, time: String?, note: String)
    case end

    /// The case names, as the journal writes them: `{"note": {"text": …, "person": …}}`.
    private enum Kind: String, CodingKey, CaseIterable {
        case start, next, back, skip, pause, resume, extend, note, idea, concern, worry, score, agreement, edit
        case withdraw, swapRoles, loop, review, followUp, end
    }

    /// The fields inside a case.
    private enum Field: String, CodingKey {
        case seconds, text, person, level, note, item, value, who, what, withWhom, byWhen, record, again
        case agreement, status, date, time
    }

    /// Reads what the synthesized encoder writes. Written out, because the synthesized reader
    /// lists every key of the object through `allKeys` on each of a journal's many lines.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Kind.self)
        guard let kind = Kind.allCases.first(where: container.contains) else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "expected one of: \(Kind.allCases.map(\.rawValue).joined(separator: ", "))"))
        }
        let fields = try container.nestedContainer(keyedBy: Field.self, forKey: kind)
        switch kind {
        case .start: self = .start
        case .next: self = .next
        case .back: self = .back
        case .skip: self = .skip
        case .pause: self = .pause
        case .resume: self = .resume
        case .swapRoles: self = .swapRoles
        case .end: self = .end
        case .extend: self = .extend(seconds: try fields.decode(Int.self, forKey: .seconds))
        case .note:
            self = .note(
                text: try fields.decode(String.self, forKey: .text),
                person: try fields.decodeIfPresent(String.self, forKey: .person))
        case .idea:
            self = .idea(
                text: try fields.decode(String.self, forKey: .text),
                person: try fields.decodeIfPresent(String.self, forKey: .person))
        case .concern:
            self = .concern(
                text: try fields.decode(String.self, forKey: .text),
                person: try fields.decodeIfPresent(String.self, forKey: .person))
        case .worry:
            self = .worry(
                level: try fields.decode(Double.self, forKey: .level),
                person: try fields.decodeIfPresent(String.self, forKey: .person),
                note: try fields.decodeIfPresent(String.self, forKey: .note))
        case .score:
            self = .score(
                item: try fields.decode(String.self, forKey: .item),
                value: try fields.decode(Double.self, forKey: .value),
                person: try fields.decodeIfPresent(String.self, forKey: .person))
        case .agreement:
            self = .agreement(
                who: try fields.decode([String].self, forKey: .who),
                what: try fields.decode(String.self, forKey: .what),
                withWhom: try fields.decode([String].self, forKey: .withWhom),
                byWhen: try fields.decodeIfPresent(String.self, forKey: .byWhen))
        case .edit:
            self = .edit(
                record: try fields.decode(Int.self, forKey: .record),
                text: try fields.decode(String.self, forKey: .text))
        case .withdraw: self = .withdraw(record: try fields.decode(Int.self, forKey: .record))
        case .loop: self = .loop(again: try fields.decode(Bool.self, forKey: .again))
        case .review:
            self = .review(
                agreement: try fields.decode(String.self, forKey: .agreement),
                status: try fields.decode(Agreement.Status.self, forKey: .status),
                note: try fields.decode(String.self, forKey: .note))
        case .followUp:
            self = .followUp(
                date: try fields.decode(String.self, forKey: .date),
                time: try fields.decodeIfPresent(String.self, forKey: .time),
                note: try fields.decode(String.self, forKey: .note))
        }
    }
}

/// An event as the journal keeps it: its sequence number and when it happened.
public struct JournalEntry: Sendable, Codable, Equatable {
    /// The event's number: 0 for the first, one more for each next.
    public var seq: Int
    /// When the event happened.
    public var at: Date
    /// What happened.
    public var event: SessionEvent

    /// An entry for `event`, number `seq`, at `at`.
    public init(seq: Int, at: Date, event: SessionEvent) {
        self.seq = seq
        self.at = at
        self.event = event
    }
}
