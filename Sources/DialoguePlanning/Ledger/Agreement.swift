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

    /// A stable id, kept across a series of meetings.
    public var id: String
    /// Who does it.
    public var who: [String]
    /// What is to be done.
    public var what: String
    /// With whom.
    public var withWhom: [String]
    /// A date (YYYY-MM-DD) or words ("before the summer").
    public var byWhen: String?
    /// Where it stands.
    public var status: Status
    /// The meeting it was made in.
    public var madeIn: String
    /// Reviews in later meetings, oldest first.
    public var history: [AgreementReview]
    /// The point (worksheet item) it was made for, if any.
    public var point: String?

    /// An agreement with every part given.
    public init(
        id: String, who: [String], what: String, withWhom: [String], byWhen: String?, status: Status = .open,
        madeIn: String, history: [AgreementReview] = [], point: String? = nil
    ) {
        self.id = id
        self.who = who
        self.what = what
        self.withWhom = withWhom
        self.byWhen = byWhen
        self.status = status
        self.madeIn = madeIn
        self.history = history
        self.point = point
    }
}

/// One review of an agreement at a follow-up meeting.
public struct AgreementReview: Sendable, Codable, Equatable, Hashable {
    /// The meeting that reviewed it.
    public var meeting: String
    /// The day of that meeting.
    public var date: String
    /// What that meeting found.
    public var status: Agreement.Status
    /// What was said about it.
    public var note: String

    /// A review by `meeting` on `date`, finding `status`, with `note`.
    public init(meeting: String, date: String, status: Agreement.Status, note: String) {
        self.meeting = meeting
        self.date = date
        self.status = status
        self.note = note
    }
}
