import Foundation

/// What one step of a harvest recorded, in order: a list, or a view of the session's
/// ``RecordLog`` whose records are made one at a time as an export walks them, so that a
/// harvest of a million records costs a number per record, not a copy of each.
public struct HarvestRecords: Sendable, Equatable, Codable, RandomAccessCollection, MutableCollection,
    ExpressibleByArrayLiteral
{
    private enum Storage: Sendable {
        case list([HarvestRecord])
        case log(LogView)
    }

    /// The session's records and the step they belong to, shared by all of the step's views.
    final class LogView: Sendable {
        let log: RecordLog
        let step: PlanStep
        let positions: [Int]

        init(log: RecordLog, step: PlanStep, positions: [Int]) {
            self.log = log
            self.step = step
            self.positions = positions
        }

        func record(_ index: Int) -> HarvestRecord {
            HarvestRecords.record(log[positions[index]], of: step)
        }

        func filtered(_ keep: [Int]) -> LogView { LogView(log: log, step: step, positions: keep) }
    }

    private var storage: Storage

    /// The records in `records`.
    public init(_ records: [HarvestRecord]) { storage = .list(records) }

    /// The records listed.
    public init(arrayLiteral elements: HarvestRecord...) { storage = .list(elements) }

    /// The records of `log` at `positions`, all of `step`, made when they are read.
    init(log: RecordLog, step: PlanStep, positions: [Int]) {
        storage = .log(LogView(log: log, step: step, positions: positions))
    }

    /// The first position.
    public var startIndex: Int { 0 }
    /// The position after the last record.
    public var endIndex: Int {
        switch storage {
        case .list(let records): return records.count
        case .log(let view): return view.positions.count
        }
    }

    /// The record at `position`.
    public subscript(position: Int) -> HarvestRecord {
        get {
            switch storage {
            case .list(let records): return records[position]
            case .log(let view): return view.record(position)
            }
        }
        set {
            var records = Array(self)
            records[position] = newValue
            storage = .list(records)
        }
    }

    /// Adds `record` at the end.
    public mutating func append(_ record: HarvestRecord) {
        var records = Array(self)
        records.append(record)
        storage = .list(records)
    }

    /// Removes the records for which `shouldBeRemoved` holds, keeping the order.
    public mutating func removeAll(where shouldBeRemoved: (HarvestRecord) throws -> Bool) rethrows {
        switch storage {
        case .list(var records):
            try records.removeAll(where: shouldBeRemoved)
            storage = .list(records)
        case .log(let view):
            var keep: [Int] = []
            for index in view.positions.indices where !(try shouldBeRemoved(view.record(index))) {
                keep.append(view.positions[index])
            }
            storage = .log(view.filtered(keep))
        }
    }

    /// The records of kind `type`, in order; in a view of the log only those records are made.
    public func records(of type: Capture.Kind) -> [HarvestRecord] {
        switch storage {
        case .list(let records): return records.filter { $0.type == type }
        case .log(let view):
            return view.positions.indices.filter { view.log.type(at: view.positions[$0]) == type }.map(view.record)
        }
    }

    /// Removes the records of `visibility`, keeping the order; in a view of the log no record is made.
    public mutating func removeAll(visibility: Scale.Visibility) {
        switch storage {
        case .list(var records):
            records.removeAll { $0.visibility == visibility }
            storage = .list(records)
        case .log(let view):
            storage = .log(view.filtered(view.positions.filter { view.log.visibility(at: $0) != visibility }))
        }
    }

    /// Two are equal when they hold the same records in the same order.
    public static func == (lhs: HarvestRecords, rhs: HarvestRecords) -> Bool {
        lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }

    /// Reads a list of records.
    public init(from decoder: Decoder) throws { storage = .list(try [HarvestRecord](from: decoder)) }

    /// Writes the records as a list.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.unkeyedContainer()
        for record in self { try container.encode(record) }
    }

    /// A session record as the harvest of `step` shows it: its group (from the turn's circles
    /// when it was not named) and the text of its question.
    static func record(_ record: SessionRecord, of step: PlanStep) -> HarvestRecord {
        HarvestRecord(
            id: record.id, type: record.type, capture: record.capture, person: record.person,
            group: record.group ?? group(of: record.person, in: step, turn: record.turn),
            question: record.prompt.flatMap { id in step.prompts.first { $0.id == id }?.text },
            text: record.text, value: record.value, item: record.item, visibility: record.visibility,
            at: record.at, edited: record.edited,
            label: step.captures.first { $0.id == record.capture && $0.commands != nil }?.label)
    }

    private static func group(of person: String?, in step: PlanStep, turn: Int) -> String? {
        guard let person, step.turns.indices.contains(turn) else { return nil }
        let circles = step.turns[turn].circles
        guard circles.count > 1 else { return nil }
        return circles.first { $0.members.contains(person) }?.name
    }
}
