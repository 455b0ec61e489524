import Foundation

/// The room as it is after one journaled event: the projector's and the note-taker's live
/// parts, ready to send, and what the phones may do. Made by the console from the state it
/// holds; the server only sends it on.
public struct RoomView: Sendable {
    /// The number of events journaled so far: the id of the stream's event.
    public var id: Int
    /// The projector's update (JSON: the live part's HTML and its clock).
    public var roomEvent: String
    /// The note-taker's update (JSON: the live part, the speaker and the turn's questions).
    public var notesEvent: String
    /// What the participants' phones show and accept now.
    public var phone: PhoneStep

    /// A view numbered `id` with its two updates and the phones' step.
    public init(id: Int, roomEvent: String, notesEvent: String, phone: PhoneStep) {
        self.id = id
        self.roomEvent = roomEvent
        self.notesEvent = notesEvent
        self.phone = phone
    }
}

/// What the phones may do in the current step: write points in silence, grade items, or
/// nothing (closed); with what each person has sent in this step.
public struct PhoneStep: Sendable, Equatable {
    /// What a phone can do.
    public enum Input: String, Sendable, Equatable { case closed, write, score }
    /// The session's language.
    public var language: String
    /// The session's title.
    public var title: String
    /// The current step's name.
    public var stepName: String
    /// The question on the wall.
    public var prompt: String?
    /// What phones can do now.
    public var input: Input
    /// The items to grade, in order.
    public var items: [String]
    /// The scale's values with their labels (a label may be empty).
    public var scale: [(value: Double, label: String)]
    /// Each person's submissions in this step: record id, text, the item graded and the grade.
    public var sent: [String: [Sent]]

    /// One submission as the phone shows it back.
    public struct Sent: Sendable, Equatable {
        /// The record's number.
        public var id: Int
        /// What was written (for a grade: the item and the grade).
        public var text: String
        /// The item graded, for a grade.
        public var item: String?
        /// The grade.
        public var value: Double?
    }

    /// Phones with nothing to do, in a session titled `title`.
    public static func closed(language: String, title: String) -> PhoneStep {
        PhoneStep(
            language: language, title: title, stepName: "", prompt: nil, input: .closed, items: [], scale: [],
            sent: [:])
    }

    /// The most points one person may write in one step.
    public static let maxPointsPerPerson = 30
    /// The longest point or note, in characters.
    public static let maxTextLength = 500

    /// Equal in everything a phone shows.
    public static func == (left: PhoneStep, right: PhoneStep) -> Bool {
        left.language == right.language && left.stepName == right.stepName && left.prompt == right.prompt
            && left.input == right.input && left.items == right.items && left.sent == right.sent
            && left.scale.map(\.value) == right.scale.map(\.value)
    }
}
