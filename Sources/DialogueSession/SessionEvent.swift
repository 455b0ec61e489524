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
}

/// An event as the journal keeps it: its sequence number and when it happened.
public struct JournalEntry: Sendable, Codable, Equatable {
    public var seq: Int
    public var at: Date
    public var event: SessionEvent

    public init(seq: Int, at: Date, event: SessionEvent) {
        self.seq = seq
        self.at = at
        self.event = event
    }
}
