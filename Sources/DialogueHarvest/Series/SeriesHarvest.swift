import Foundation

/// The cumulative harvest of a series: every meeting's shared records by stage, theme and
/// meeting, the scores, and one agreement ledger with each agreement's history, so that the
/// results are available to everyone during the whole process. Its JSON form is canonical.
public struct SeriesHarvest: Sendable, Codable, Equatable {
    /// The newest series harvest format this engine writes.
    public static let currentFormatVersion = 1

    /// The format it was written in.
    public var formatVersion: Int
    /// The engine that wrote it.
    public var engineVersion: String
    /// The series' title.
    public var title: String
    /// The language of its texts.
    public var language: String
    /// What the process is for.
    public var purpose: String?
    /// The stages in order, each naming its meetings.
    public var stages: [Stage]
    /// The themes worked on, each naming its meetings, in the order they first appear.
    public var themes: [Theme]
    /// Every meeting in order, held or not.
    public var meetings: [Meeting]
    /// The agreement ledger: each agreement once, as its latest meeting left it, with its
    /// history of reviews.
    public var agreements: [Agreement]
    /// Whom it is for: everyone (private records left out) or the facilitator.
    public var audience: Harvest.Audience

    /// One stage and its meetings.
    public struct Stage: Sendable, Codable, Equatable {
        /// The stage's id.
        public var id: String
        /// Its name.
        public var name: String
        /// The question its meetings work on.
        public var question: String?
        /// The ids of its meetings, in order.
        public var meetings: [String]
    }

    /// One theme and the meetings that worked on it.
    public struct Theme: Sendable, Codable, Equatable {
        /// The theme.
        public var name: String
        /// The ids of its meetings, in order.
        public var meetings: [String]
    }

    /// One meeting of the series: when, what it took from earlier meetings and what it
    /// produced.
    public struct Meeting: Sendable, Codable, Equatable {
        /// Where a meeting stands.
        public enum Status: String, Sendable, Codable {
            /// No session yet.
            case planned
            /// Its session has started but not ended.
            case running
            /// Its session has ended.
            case held
        }

        /// The meeting's id in the series.
        public var id: String
        /// Its stage.
        public var stage: String
        /// Its theme, if any.
        public var theme: String?
        /// The agenda's title.
        public var title: String
        /// Where it stands.
        public var status: Status
        /// When its agenda has it start.
        public var start: Date?
        /// When its plan has it end (known once it has a session).
        public var end: Date?
        /// The time zone of its times of day.
        public var timeZone: String
        /// Where it is held.
        public var location: String
        /// What it takes from earlier meetings.
        public var inputs: [Input]
        /// Its shared records, in order.
        public var records: [Record]
        /// Its scores' aggregates, per step, best first.
        public var scores: [StepScores]
        /// The follow-up it agreed, if any.
        public var followUp: FollowUp?
        /// How many agreements it made.
        public var agreementsMade: Int
        /// How many agreements it reviewed.
        public var agreementsReviewed: Int
    }

    /// What a meeting takes from earlier meetings, and how much it carried.
    public struct Input: Sendable, Codable, Equatable {
        /// What is taken (`ideas`, `points`, `open-agreements` …).
        public var take: String
        /// Only records of this capture.
        public var capture: String?
        /// The meetings taken from.
        public var from: [String]
        /// The agenda item it goes into (1 is the first).
        public var item: Int
        /// The item's parameter that receives it.
        public var parameter: String?
        /// How many texts or agreements it carried; nil while a meeting taken from has not
        /// been held.
        public var count: Int?
    }

    /// A record of a meeting, with the step it was made in.
    public struct Record: Sendable, Codable, Equatable {
        /// The step's name.
        public var step: String
        /// What kind of record it is.
        public var type: Capture.Kind
        /// Who said it or whom it is about.
        public var person: String?
        /// The group or table it was recorded in.
        public var group: String?
        /// The question it answers.
        public var question: String?
        /// What was said or written.
        public var text: String
        /// A worry level or score.
        public var value: Double?
        /// For a score: the item scored.
        public var item: String?
    }

    /// The score aggregates of one step.
    public struct StepScores: Sendable, Codable, Equatable {
        /// The step's name.
        public var step: String
        /// The aggregates, best first.
        public var scores: [ScoreSummary]
    }

    /// The meetings of `stage`, in order.
    public func meetings(ofStage stage: Stage) -> [Meeting] {
        stage.meetings.compactMap { id in meetings.first { $0.id == id } }
    }
}
