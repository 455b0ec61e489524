import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `open(2)`, named apart from ``Journal/open(at:maxBytes:)``.
private func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t = 0) -> Int32 {
    open(path, flags, mode)
}

/// `read(2)`, named apart from ``Journal/read(at:maxBytes:)``.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// The first line of a journal: what the session runs and which engine wrote it.
public struct JournalHeader: Sendable, Codable, Equatable {
    public static let currentFormatVersion = 1

    public var type = "header"
    public var formatVersion: Int
    public var engineVersion: String
    public var sessionID: String
    public var createdAt: Date
    public var planDigest: String
    public var methods: [PinnedMethod]
    /// The whole plan, so that a session folder is enough to resume or report.
    public var plan: SessionPlan
}

/// Why a journal cannot be used.
public struct JournalError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var message: String
    public var hint: String?

    public var description: String { "\(path): \(message)" + (hint.map { " (\($0))" } ?? "") }
}

/// A session's append-only record: one JSON object per line, each flushed to disk
/// (fsync) before the event counts. An exclusive lock keeps a second console out; the
/// lock goes with the process, even when it is killed.
public final class Journal {
    public let path: String
    public let header: JournalHeader
    /// Events in the journal, in order.
    public private(set) var entries: [JournalEntry]
    /// A torn last line found when opening (a power cut mid-write), set aside in `journal.torn`.
    public private(set) var tornLine: String?
    private let descriptor: Int32
    private let encoder: JSONEncoder

    /// The encoder journal lines are written with (sorted keys, UTC times with milliseconds).
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Journal.timestamp(date))
        }
        return encoder
    }

    static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let date = Journal.date(text) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "bad time '\(text)'"))
            }
            return date
        }
        return decoder
    }

    /// ISO 8601 with milliseconds, in UTC: `2026-12-03T13:30:00.000Z` (computed, not formatted,
    /// because a journal holds a time on every line).
    public static func timestamp(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let seconds = milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000
        let millis = Int(milliseconds - seconds * 1000)
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = Int(seconds - days * 86_400)
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthPrime = (5 * dayOfYear + 2) / 153
        let day = Int(dayOfYear - (153 * monthPrime + 2) / 5 + 1)
        let month = Int(monthPrime < 10 ? monthPrime + 3 : monthPrime - 9)
        let year = Int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0))
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", year, month, day, secondOfDay / 3600,
                      secondOfDay / 60 % 60, secondOfDay % 60, millis)
    }

    /// Parses what ``timestamp(_:)`` writes (and the same without milliseconds); nil otherwise.
    public static func date(_ text: String) -> Date? {
        var utf8 = Array(text.utf8)
        guard utf8.count == 24 || utf8.count == 20, utf8.last == UInt8(ascii: "Z") else { return nil }
        func number(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for index in from..<(from + count) {
                let byte = utf8[index]
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard utf8[4] == UInt8(ascii: "-"), utf8[7] == UInt8(ascii: "-"), utf8[10] == UInt8(ascii: "T"),
              utf8[13] == UInt8(ascii: ":"), utf8[16] == UInt8(ascii: ":"),
              let year = number(0, 4), let month = number(5, 2), let day = number(8, 2), let hour = number(11, 2),
              let minute = number(14, 2), let second = number(17, 2), (1...12).contains(month), (1...31).contains(day),
              hour < 24, minute < 60, second < 61 else { return nil }
        var millis = 0
        if utf8.count == 24 {
            guard utf8[19] == UInt8(ascii: "."), let value = number(20, 3) else { return nil }
            millis = value
        }
        utf8.removeAll()
        // Days since 1970-01-01 from a civil date (Howard Hinnant's algorithm).
        let y = year - (month <= 2 ? 1 : 0)
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        let seconds = Double(days * 86_400 + hour * 3600 + minute * 60 + second) + Double(millis) / 1000
        return Date(timeIntervalSince1970: seconds)
    }

    private init(path: String, header: JournalHeader, entries: [JournalEntry], descriptor: Int32, tornLine: String?) {
        self.path = path
        self.header = header
        self.entries = entries
        self.descriptor = descriptor
        self.tornLine = tornLine
        encoder = Journal.makeEncoder()
    }

    deinit {
        close(descriptor)
    }

    /// Takes the exclusive lock on an open journal file, or says who holds it.
    private static func lock(_ descriptor: Int32, path: String) throws {
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            close(descriptor)
            throw JournalError(path: path, message: "another console is running this session",
                               hint: "close the other 'dialogue' for this session first; only one may write it")
        }
    }

    /// Creates a new journal (owner-only) whose first line pins `plan`.
    public static func create(at path: String, plan: SessionPlan, sessionID: String, now: Date) throws -> Journal {
        let descriptor = systemOpen(path, O_RDWR | O_CREAT | O_EXCL | O_APPEND, 0o600)
        guard descriptor >= 0 else {
            throw JournalError(path: path, message: errno == EEXIST ? "a session already exists here" : "cannot create the journal: \(String(cString: strerror(errno)))",
                               hint: errno == EEXIST ? "continue it with 'dialogue resume', or choose another --session folder" : nil)
        }
        try lock(descriptor, path: path)
        let header = JournalHeader(formatVersion: JournalHeader.currentFormatVersion, engineVersion: DialogueKitVersion.current,
                                   sessionID: sessionID, createdAt: now, planDigest: plan.digest, methods: plan.methods,
                                   plan: plan)
        let journal = Journal(path: path, header: header, entries: [], descriptor: descriptor, tornLine: nil)
        try journal.writeLine(journal.encoder.encode(header))
        return journal
    }

    /// Opens an existing journal to continue it: checks its header, reads every complete
    /// event, sets a torn last line aside (it was never acknowledged) and takes the lock.
    public static func open(at path: String, maxBytes: Int = 1 << 30) throws -> Journal {
        try load(at: path, writable: true, maxBytes: maxBytes)
    }

    /// Reads a journal without taking the lock or changing it (for reports while a session runs).
    public static func read(at path: String, maxBytes: Int = 1 << 30) throws -> Journal {
        try load(at: path, writable: false, maxBytes: maxBytes)
    }

    private static func load(at path: String, writable: Bool, maxBytes: Int) throws -> Journal {
        let descriptor = systemOpen(path, writable ? O_RDWR | O_APPEND : O_RDONLY)
        guard descriptor >= 0 else {
            throw JournalError(path: path, message: errno == ENOENT ? "no session journal here" : "cannot open the journal: \(String(cString: strerror(errno)))",
                               hint: errno == ENOENT ? "name the folder 'dialogue run' created (it holds journal.jsonl)" : nil)
        }
        if writable { try lock(descriptor, path: path) }
        var data = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        lseek(descriptor, 0, SEEK_SET)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                close(descriptor)
                throw JournalError(path: path, message: "cannot read the journal: \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            data.append(contentsOf: chunk[0..<count])
            if data.count > maxBytes {
                close(descriptor)
                throw JournalError(path: path, message: "the journal is larger than \(maxBytes) bytes")
            }
        }
        let decoder = makeDecoder()
        // Split into lines; the last line is torn when the file does not end with a newline.
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        for index in data.indices where data[index] == UInt8(ascii: "\n") {
            lines.append(data[start..<index])
            start = index + 1
        }
        var torn: ArraySlice<UInt8>? = start < data.count ? data[start...] : nil
        guard let first = lines.first else {
            close(descriptor)
            throw JournalError(path: path, message: "the journal is empty or has no complete header line",
                               hint: "this file was not written by 'dialogue run'")
        }
        let header: JournalHeader
        do {
            header = try decoder.decode(JournalHeader.self, from: Data(first))
        } catch {
            close(descriptor)
            if let version = try? decoder.decode(VersionProbe.self, from: Data(first)), version.formatVersion > JournalHeader.currentFormatVersion {
                throw JournalError(path: path, message: "this journal was written by a newer DialogueKit (\(version.engineVersion ?? "journal format \(version.formatVersion)"))",
                                   hint: "update DialogueKit to continue this session; nothing was changed")
            }
            throw JournalError(path: path, message: "line 1 is not a journal header: \(DecodingErrorText.describe(error, source: SourceText(file: path, bytes: Array(first))))")
        }
        if header.formatVersion > JournalHeader.currentFormatVersion {
            close(descriptor)
            throw JournalError(path: path, message: "this journal was written by a newer DialogueKit (\(header.engineVersion))",
                               hint: "update DialogueKit to continue this session; nothing was changed")
        }
        // A hand-edited plan no longer matches its digest. The check holds for journals of this
        // engine version; an older engine's plan may encode differently once read by this one.
        if header.engineVersion == DialogueKitVersion.current, header.plan.digest != header.planDigest {
            close(descriptor)
            throw JournalError(path: path, message: "the plan in this journal does not match its digest",
                               hint: "the journal was edited by hand; nothing was changed")
        }
        // Decode the event lines on every core; check them in order below.
        let eventLines = Array(lines.dropFirst())
        let decoded = ParallelSlots<JournalEntry>(count: eventLines.count)
        let linesPerTask = max(1, eventLines.count / 64)
        DispatchQueue.concurrentPerform(iterations: (eventLines.count + linesPerTask - 1) / linesPerTask) { part in
            let lineDecoder = makeDecoder()
            for index in (part * linesPerTask)..<min(eventLines.count, (part + 1) * linesPerTask) {
                let fast = eventLines[index].withUnsafeBufferPointer { JournalLineDecoder.entry($0) }
                decoded.set(index, fast ?? (try? lineDecoder.decode(JournalEntry.self, from: Data(eventLines[index]))))
            }
        }
        let decodedEntries = decoded.values
        var entries: [JournalEntry] = []
        entries.reserveCapacity(eventLines.count)
        for (index, line) in lines.enumerated().dropFirst() {
            do {
                guard let entry = decodedEntries[index - 1] else {
                    _ = try decoder.decode(JournalEntry.self, from: Data(line))
                    throw JournalError(path: path, message: "line \(index + 1) did not decode")
                }
                guard entry.seq == entries.count else {
                    close(descriptor)
                    throw JournalError(path: path, message: "line \(index + 1) has event number \(entry.seq), expected \(entries.count)",
                                       hint: "the journal was edited by hand; nothing was changed")
                }
                entries.append(entry)
            } catch let error as JournalError {
                throw error
            } catch {
                if index == lines.count - 1, torn == nil {
                    // A last line that ends in a newline but does not parse is torn too.
                    torn = line
                    break
                }
                close(descriptor)
                throw JournalError(path: path, message: "line \(index + 1) is not a journal event: \(error)",
                                   hint: "the journal is damaged in the middle; nothing was changed")
            }
        }
        var tornText: String? = nil
        if let torn, !writable {
            tornText = String(decoding: torn, as: UTF8.self)
        } else if let torn {
            tornText = String(decoding: torn, as: UTF8.self)
            // Keep the torn bytes for inspection, then cut the journal back to its last complete event.
            let tornPath = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("journal.torn").path
            try? PrivateFile.replace(Data(torn), at: tornPath)
            let completeLength = lines.prefix(entries.count + 1).reduce(0) { $0 + $1.count + 1 }
            if ftruncate(descriptor, off_t(completeLength)) != 0 || fsync(descriptor) != 0 {
                close(descriptor)
                throw JournalError(path: path, message: "cannot cut off the torn last line: \(String(cString: strerror(errno)))")
            }
        }
        return Journal(path: path, header: header, entries: entries, descriptor: descriptor, tornLine: tornText)
    }

    private struct VersionProbe: Decodable {
        var formatVersion: Int
        var engineVersion: String?
    }

    /// Appends one event and flushes it to disk; only then does the event count.
    public func append(_ entry: JournalEntry) throws {
        try writeLine(encoder.encode(entry))
        entries.append(entry)
    }

    private func writeLine(_ data: Data) throws {
        var line = data
        line.append(UInt8(ascii: "\n"))
        do {
            try PrivateFile.writeAll(line, to: descriptor, path: path)
        } catch {
            throw JournalError(path: path, message: "cannot write the journal: \(error)", hint: "check the disk; the event was not recorded")
        }
        guard fsync(descriptor) == 0 else {
            throw JournalError(path: path, message: "cannot flush the journal: \(String(cString: strerror(errno)))",
                               hint: "check the disk; the event was not recorded")
        }
    }

    /// The state after replaying every event.
    public func replay() throws -> SessionState {
        var state = SessionState()
        let context = SessionContext(plan: header.plan)
        for entry in entries {
            do {
                try state.apply(entry, context: context)
            } catch {
                throw JournalError(path: path, message: "event \(entry.seq) does not replay: \(error)",
                                   hint: "the journal and the engine disagree; nothing was changed")
            }
        }
        return state
    }
}
