import Foundation

/// Everything a session recorded, kept compactly so that a session of a million notes fits in
/// about a hundred bytes a record: fixed-size rows, every text in one byte buffer, and each
/// repeated name (step, person, group, capture, item, question) stored once. It reads and
/// writes as a collection of ``SessionRecord``s, each made when it is asked for.
public struct RecordLog: Sendable, Equatable, Codable, RandomAccessCollection, MutableCollection,
    ExpressibleByArrayLiteral
{
    /// One record as stored: names by their number in ``names`` (-1 for none), its text by
    /// where it is in ``texts``.
    struct Row: Sendable {
        var id: Int
        var textStart: Int
        var at: Double
        var value: Double
        var textCount: Int32
        var turn: Int32
        /// The pass through a loop, 0 outside loops.
        var round: Int32
        var step: Int32
        var prompt: Int32
        var group: Int32
        var capture: Int32
        var person: Int32
        var item: Int32
        var type: Int32
        var visibility: UInt8
        var flags: UInt8

        static let hasValue: UInt8 = 1
        static let edited: UInt8 = 2
        static let withdrawn: UInt8 = 4
    }

    private var rows: [Row] = []
    private var texts: [UInt8] = []
    private var names = NameTable()

    /// An empty log.
    public init() {}

    /// A log holding `records` in order.
    public init(_ records: some Sequence<SessionRecord>) {
        for record in records { append(record) }
    }

    /// A log holding `elements` in order.
    public init(arrayLiteral elements: SessionRecord...) { self.init(elements) }

    /// The first position.
    public var startIndex: Int { 0 }
    /// The position after the last record.
    public var endIndex: Int { rows.count }

    /// The record at `position`.
    public subscript(position: Int) -> SessionRecord {
        get { record(rows[position]) }
        set { rows[position] = row(newValue, replacing: rows[position]) }
    }

    /// Adds `record` at the end.
    public mutating func append(_ record: SessionRecord) {
        rows.append(row(record, replacing: nil))
    }

    /// The position of the record numbered `id`. Records are numbered in the order they are
    /// made, so this is a binary search.
    public func index(ofID id: Int) -> Int? {
        var low = 0
        var high = rows.count
        while low < high {
            let middle = (low + high) / 2
            if rows[middle].id < id { low = middle + 1 } else { high = middle }
        }
        return low < rows.count && rows[low].id == id ? low : nil
    }

    /// The record numbered `id`, if there is one.
    public func record(id: Int) -> SessionRecord? { index(ofID: id).map { self[$0] } }

    /// The records of plan step `step`, in order; only those records are made.
    public func inStep(_ step: String) -> [SessionRecord] {
        guard let number = names.number(step) else { return [] }
        return rows.filter { $0.step == number }.map(record)
    }

    /// Step id → the positions of its records that are not withdrawn, in one pass.
    public func activePositionsByStep() -> [String: [Int]] {
        var byNumber: [Int32: [Int]] = [:]
        for (position, row) in rows.enumerated() where row.flags & Row.withdrawn == 0 {
            byNumber[row.step, default: []].append(position)
        }
        var byStep: [String: [Int]] = [:]
        for (number, positions) in byNumber {
            if let step = names.name(number) { byStep[step] = positions }
        }
        return byStep
    }

    /// The kind of the record at `position`, read without making the record.
    public func type(at position: Int) -> Capture.Kind? {
        names.name(rows[position].type).flatMap(Capture.Kind.init(rawValue:))
    }

    /// The loop pass of the record at `position` (0 outside loops), read without making the record.
    public func round(at position: Int) -> Int { Int(rows[position].round) }

    /// Who may see the record at `position`, read without making the record.
    public func visibility(at position: Int) -> Scale.Visibility {
        rows[position].visibility == 1 ? .private : .shared
    }

    /// How many records are not withdrawn.
    public var activeCount: Int { rows.lazy.filter { $0.flags & Row.withdrawn == 0 }.count }

    /// The last record not withdrawn.
    public var lastActive: SessionRecord? { rows.last { $0.flags & Row.withdrawn == 0 }.map(record) }

    /// Whether `person` already scored `item` in `step` (a record not withdrawn), without
    /// making a record of each row.
    public func hasScore(of item: String, by person: String, in step: String) -> Bool {
        guard let item = names.number(item), let person = names.number(person), let step = names.number(step),
            let score = names.number(Capture.Kind.score.rawValue)
        else { return false }
        return rows.contains {
            $0.flags & Row.withdrawn == 0 && $0.step == step && $0.type == score && $0.item == item
                && $0.person == person
        }
    }

    /// How many records of `type` come before the record numbered `id` (withdrawn ones included).
    public func count(of type: Capture.Kind, before id: Int) -> Int {
        guard let type = names.number(type.rawValue) else { return 0 }
        return rows.lazy.filter { $0.type == type && $0.id < id }.count
    }

    /// Two logs are equal when they hold the same records in the same order.
    public static func == (lhs: RecordLog, rhs: RecordLog) -> Bool {
        lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }

    /// Reads a list of records.
    public init(from decoder: Decoder) throws {
        self.init(try [SessionRecord](from: decoder))
    }

    /// Writes the records as a list.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.unkeyedContainer()
        for record in self { try container.encode(record) }
    }

    private func record(_ row: Row) -> SessionRecord {
        let text = texts.withUnsafeBufferPointer {
            String(
                decoding: UnsafeBufferPointer(rebasing: $0[row.textStart..<(row.textStart + Int(row.textCount))]),
                as: UTF8.self)
        }
        return SessionRecord(
            id: row.id, step: names.name(row.step) ?? "", turn: Int(row.turn), prompt: names.name(row.prompt),
            group: names.name(row.group), type: names.name(row.type).flatMap(Capture.Kind.init(rawValue:)) ?? .note,
            capture: names.name(row.capture), person: names.name(row.person), text: text,
            value: row.flags & Row.hasValue != 0 ? row.value : nil, item: names.name(row.item),
            visibility: row.visibility == 1 ? .private : .shared, at: Date(timeIntervalSinceReferenceDate: row.at),
            edited: row.flags & Row.edited != 0, withdrawn: row.flags & Row.withdrawn != 0,
            round: row.round > 0 ? Int(row.round) : nil)
    }

    private mutating func row(_ record: SessionRecord, replacing old: Row?) -> Row {
        var start = texts.count
        let utf8 = record.text.utf8
        if let old, old.textCount == utf8.count,
            texts[old.textStart..<(old.textStart + Int(old.textCount))].elementsEqual(utf8)
        {
            start = old.textStart  // the same text: an edit of a flag only
        } else {
            texts.append(contentsOf: utf8)
        }
        var flags: UInt8 = 0
        if record.value != nil { flags |= Row.hasValue }
        if record.edited { flags |= Row.edited }
        if record.withdrawn { flags |= Row.withdrawn }
        return Row(
            id: record.id, textStart: start, at: record.at.timeIntervalSinceReferenceDate, value: record.value ?? 0,
            textCount: Int32(clamping: utf8.count), turn: Int32(clamping: record.turn),
            round: Int32(clamping: record.round ?? 0), step: names.add(record.step),
            prompt: names.add(record.prompt), group: names.add(record.group), capture: names.add(record.capture),
            person: names.add(record.person), item: names.add(record.item), type: names.add(record.type.rawValue),
            visibility: record.visibility == .private ? 1 : 0, flags: flags)
    }
}

/// Names stored once each and referred to by number.
private struct NameTable: Sendable {
    private var list: [String] = []
    private var numbers: [String: Int32] = [:]

    mutating func add(_ name: String?) -> Int32 {
        guard let name else { return -1 }
        if let number = numbers[name] { return number }
        let number = Int32(list.count)
        list.append(name)
        numbers[name] = number
        return number
    }

    func number(_ name: String) -> Int32? { numbers[name] }

    func name(_ number: Int32) -> String? {
        number >= 0 && Int(number) < list.count ? list[Int(number)] : nil
    }
}
