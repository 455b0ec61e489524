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
    /// The newest journal format this engine reads and writes.
    public static let currentFormatVersion = 1

    /// Marks the line as the header.
    public var type = "header"
    /// The journal format it was written in.
    public var formatVersion: Int
    /// The engine that started the session.
    public var engineVersion: String
    /// The session's id.
    public var sessionID: String
    /// When the session folder was made.
    public var createdAt: Date
    /// The digest of the plan, to notice a plan edited by hand.
    public var planDigest: String
    /// The methods the plan uses, pinned.
    public var methods: [PinnedMethod]
    /// The whole plan, so that a session folder is enough to resume or report.
    public var plan: SessionPlan
}

/// Why a journal cannot be used.
public struct JournalError: Error, CustomStringConvertible, Sendable {
    /// The journal or session file concerned.
    public var path: String
    /// What is wrong.
    public var message: String
    /// What to do about it, when there is a clear fix.
    public var hint: String?

    /// The path, the message and the hint.
    public var description: String { "\(path): \(message)" + (hint.map { " (\($0))" } ?? "") }
}

/// A session's append-only record: one JSON object per line, each flushed to disk
/// (fsync) before the event counts. An exclusive lock keeps a second console out; the
/// lock goes with the process, even when it is killed.
public final class Journal {
    /// The journal file.
    public let path: String
    /// Its first line: the plan and what pins it.
    public let header: JournalHeader
    /// Events in the journal, in order.
    public private(set) var entries: [JournalEntry]
    /// A torn last line found when opening (a power cut mid-write), set aside in `journal.torn`.
    public private(set) var tornLine: String?
    private let descriptor: Int32
    private let encoder: JSONEncoder

    private init(path: String, header: JournalHeader, entries: [JournalEntry], descriptor: Int32, tornLine: String?) {
        self.path = path
        self.header = header
        self.entries = entries
        self.descriptor = descriptor
        self.tornLine = tornLine
        encoder = JSONWriter.encoder()
    }

    deinit {
        close(descriptor)
    }

    /// Takes the exclusive lock on an open journal file, or says who holds it.
    /// The caller closes the descriptor when this throws.
    private static func lock(_ descriptor: Int32, path: String) throws {
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            throw JournalError(
                path: path, message: "another console is running this session",
                hint: "close the other 'dialogue' for this session first; only one may write it")
        }
    }

    /// Creates a new journal (owner-only) whose first line pins `plan`.
    public static func create(at path: String, plan: SessionPlan, sessionID: String, now: Date) throws -> Journal {
        let descriptor = systemOpen(path, O_RDWR | O_CREAT | O_EXCL | O_APPEND, 0o600)
        guard descriptor >= 0 else {
            throw JournalError(
                path: path,
                message: errno == EEXIST
                    ? "a session already exists here"
                    : "cannot create the journal: \(String(cString: strerror(errno)))",
                hint: errno == EEXIST ? "continue it with 'dialogue resume', or choose another --session folder" : nil)
        }
        do {
            try lock(descriptor, path: path)
        } catch {
            close(descriptor)
            throw error
        }
        let header = JournalHeader(
            formatVersion: JournalHeader.currentFormatVersion, engineVersion: DialogueKitVersion.current,
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
            throw JournalError(
                path: path,
                message: errno == ENOENT
                    ? "no session journal here" : "cannot open the journal: \(String(cString: strerror(errno)))",
                hint: errno == ENOENT ? "name the folder 'dialogue run' created (it holds journal.jsonl)" : nil)
        }
        do {
            if writable { try lock(descriptor, path: path) }
            let data = try readAll(descriptor, path: path, maxBytes: maxBytes)
            var (lines, torn) = splitLines(data)
            guard let first = lines.first else {
                throw JournalError(
                    path: path, message: "the journal is empty or has no complete header line",
                    hint: "this file was not written by 'dialogue run'")
            }
            let header = try readHeader(first, path: path)
            let entries = try readEntries(lines.dropFirst(), path: path, torn: &torn)
            var tornText: String? = nil
            if let torn {
                tornText = String(decoding: torn, as: UTF8.self)
                if writable {
                    let complete = lines.prefix(entries.count + 1).reduce(0) { $0 + $1.count + 1 }
                    try setAside(torn, cuttingTo: complete, descriptor: descriptor, path: path)
                }
            }
            return Journal(path: path, header: header, entries: entries, descriptor: descriptor, tornLine: tornText)
        } catch {
            close(descriptor)
            throw error
        }
    }

    /// Every byte of the open journal, up to `maxBytes`.
    private static func readAll(_ descriptor: Int32, path: String, maxBytes: Int) throws -> [UInt8] {
        var data = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        lseek(descriptor, 0, SEEK_SET)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw JournalError(path: path, message: "cannot read the journal: \(String(cString: strerror(errno)))")
            }
            if count == 0 { return data }
            data.append(contentsOf: chunk[0..<count])
            if data.count > maxBytes {
                throw JournalError(path: path, message: "the journal is larger than \(maxBytes) bytes")
            }
        }
    }

    /// The complete lines, and the torn last line when the file does not end with a newline.
    private static func splitLines(_ data: [UInt8]) -> (lines: [ArraySlice<UInt8>], torn: ArraySlice<UInt8>?) {
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        for index in data.indices where data[index] == UInt8(ascii: "\n") {
            lines.append(data[start..<index])
            start = index + 1
        }
        return (lines, start < data.count ? data[start...] : nil)
    }

    /// The header line, refused when it is from a newer engine or its plan was edited.
    private static func readHeader(_ line: ArraySlice<UInt8>, path: String) throws -> JournalHeader {
        let source = SourceText(file: path, bytes: Array(line))
        let header: JournalHeader
        switch StrictDecoder(what: "a journal header").decode(JournalHeader.self, from: source, limits: lineLimits) {
        case .success(let decoded):
            header = decoded
        case .failure(let diagnostic):
            if let version = newerVersion(source) {
                throw JournalError(
                    path: path, message: "this journal was written by a newer DialogueKit (\(version))",
                    hint: "update DialogueKit to continue this session; nothing was changed")
            }
            throw JournalError(path: path, message: "line 1 is not a journal header: \(located(diagnostic))")
        }
        if header.formatVersion > JournalHeader.currentFormatVersion {
            throw JournalError(
                path: path, message: "this journal was written by a newer DialogueKit (\(header.engineVersion))",
                hint: "update DialogueKit to continue this session; nothing was changed")
        }
        // A hand-edited plan no longer matches its digest. The check holds for journals of this
        // engine version; an older engine's plan may encode differently once read by this one.
        if header.engineVersion == DialogueKitVersion.current, header.plan.digest != header.planDigest {
            throw JournalError(
                path: path, message: "the plan in this journal does not match its digest",
                hint: "the journal was edited by hand; nothing was changed")
        }
        return header
    }

    /// The events, decoded on every core and checked in order. A last line that does not read
    /// is torn (a write cut off); a bad line before it is damage.
    private static func readEntries(
        _ lines: ArraySlice<ArraySlice<UInt8>>, path: String, torn: inout ArraySlice<UInt8>?
    ) throws -> [JournalEntry] {
        let eventLines = Array(lines)
        let linesPerTask = max(1, eventLines.count / 64)
        let taskCount = (eventLines.count + linesPerTask - 1) / linesPerTask
        let decoded = ParallelSlots<DecodedLines>(count: taskCount)
        let lineDecoder = StrictDecoder(what: "a journal event")
        DispatchQueue.concurrentPerform(iterations: taskCount) { task in
            var part = DecodedLines()
            part.entries.reserveCapacity(linesPerTask)
            for index in (task * linesPerTask)..<min(eventLines.count, (task + 1) * linesPerTask) {
                let source = SourceText(file: path, bytes: Array(eventLines[index]))
                switch lineDecoder.read(JournalEntry.self, from: source, limits: lineLimits) {
                case .success(let entry):
                    part.entries.append(entry)
                case .failure(let diagnostic):
                    part.failure = (index, diagnostic)
                    break
                }
                if part.failure != nil { break }
            }
            decoded.set(task, part)
        }
        var entries: [JournalEntry] = []
        entries.reserveCapacity(eventLines.count)
        for part in decoded.values {
            guard let part else { throw JournalError(path: path, message: "the journal was not read to its end") }
            for entry in part.entries {
                guard entry.seq == entries.count else {
                    throw JournalError(
                        path: path,
                        message: "line \(entries.count + 2) has event number \(entry.seq), expected \(entries.count)",
                        hint: "the journal was edited by hand; nothing was changed")
                }
                entries.append(entry)
            }
            if let (index, diagnostic) = part.failure {
                if index == eventLines.count - 1, torn == nil {
                    torn = eventLines[index]
                    break
                }
                throw JournalError(
                    path: path, message: "line \(index + 2) is not a journal event: \(located(diagnostic))",
                    hint: "the journal is damaged in the middle; nothing was changed")
            }
        }
        return entries
    }

    /// The events one task decoded, up to the first line that does not read.
    private struct DecodedLines {
        var entries: [JournalEntry] = []
        var failure: (index: Int, diagnostic: Diagnostic)?
    }

    /// Keeps a torn last line in `journal.torn` beside the journal, then cuts the journal back to
    /// its last complete event (`length` bytes).
    private static func setAside(_ torn: ArraySlice<UInt8>, cuttingTo length: Int, descriptor: Int32, path: String)
        throws
    {
        let tornPath = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("journal.torn")
            .path
        try? PrivateFile.replace(Data(torn), at: tornPath)
        if ftruncate(descriptor, off_t(length)) != 0 || fsync(descriptor) != 0 {
            throw JournalError(
                path: path, message: "cannot cut off the torn last line: \(String(cString: strerror(errno)))")
        }
    }

    /// A journal line holds a whole plan in its header: as large as a plan file may be.
    private static let lineLimits = JSONParser.Limits(maxBytes: 64 << 20)

    /// The engine that wrote a header of a newer format than this one reads, if it is one.
    private static func newerVersion(_ source: SourceText) -> String? {
        guard let root = JSONParser.parse(source, limits: lineLimits).root,
            case .number(let format, true)? = root.member("formatVersion")?.value.value,
            format > Double(JournalHeader.currentFormatVersion)
        else { return nil }
        if case .string(let engine)? = root.member("engineVersion")?.value.value { return engine }
        return "journal format \(Int(format))"
    }

    /// A diagnostic from one journal line, as the column and path on that line.
    private static func located(_ diagnostic: Diagnostic) -> String {
        "column \(diagnostic.column): \(diagnostic.message) [\(diagnostic.path)]"
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
            throw JournalError(
                path: path, message: "cannot write the journal: \(error)",
                hint: "check the disk; the event was not recorded")
        }
        guard fsync(descriptor) == 0 else {
            throw JournalError(
                path: path, message: "cannot flush the journal: \(String(cString: strerror(errno)))",
                hint: "check the disk; the event was not recorded")
        }
    }

    /// The state after replaying every event.
    public func replay() throws -> SessionState {
        var state = SessionState()
        let context = SessionContext(plan: header.plan, sessionID: header.sessionID)
        for entry in entries {
            do {
                try state.apply(entry, context: context)
            } catch {
                throw JournalError(
                    path: path, message: "event \(entry.seq) does not replay: \(error)",
                    hint: "the journal and the engine disagree; nothing was changed")
            }
        }
        return state
    }
}
