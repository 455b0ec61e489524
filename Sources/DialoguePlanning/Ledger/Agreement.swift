/// An agreement made in a dialogue: who does what, with whom, by when, and how it has
/// fared in follow-up meetings. Its id stays the same across a series of meetings.
public struct Agreement: Sendable, Codable, Equatable, Hashable {
    /// Where an agreement stands.
    public enum Status: String, Sendable, Codable, CaseIterable, Hashable {
        case open, done, partly
        case notDone = "not-done"
        case changed, dropped

        /// Whether a follow-up still walks through it.
        public var isOpen: Bool { self == .open || self == .partly || self == .notDone || self == .changed }
    }

    public var id: String
    public var who: [String]
    public var what: String
    public var withWhom: [String]
    /// A date (YYYY-MM-DD) or words ("before the summer").
    public var byWhen: String?
    public var status: Status
    /// The meeting it was made in.
    public var madeIn: String
    /// Reviews in later meetings, oldest first.
    public var history: [AgreementReview]

    public init(
        id: String, who: [String], what: String, withWhom: [String], byWhen: String?, status: Status = .open,
        madeIn: String, history: [AgreementReview] = []
    ) {
        self.id = id
        self.who = who
        self.what = what
        self.withWhom = withWhom
        self.byWhen = byWhen
        self.status = status
        self.madeIn = madeIn
        self.history = history
    }
}

/// One review of an agreement at a follow-up meeting.
public struct AgreementReview: Sendable, Codable, Equatable, Hashable {
    public var meeting: String
    public var date: String
    public var status: Agreement.Status
    public var note: String

    public init(meeting: String, date: String, status: Agreement.Status, note: String) {
        self.meeting = meeting
        self.date = date
        self.status = status
        self.note = note
    }
}
