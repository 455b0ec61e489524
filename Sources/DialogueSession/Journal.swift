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
    /// The newest journal format this engine reads and writes: 2 seals every line with a
    /// CRC-32C and names the session on every event; 1 had neither and is still read.
    public static let currentFormatVersion = 2

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

/// A session's append-only record: one JSON object per line, sealed with its checksum and
/// the session's id, each flushed to disk (fsync) before the event counts; a write that
/// fails is cut away again, so what was refused never comes back. The header is complete
/// on disk before the file has its name, so a folder is a session only once it can be
/// resumed. An exclusive lock keeps a second console out; the lock goes with the process,
/// even when it is killed, and never with a program it starts (the file closes on exec).
public final class Journal {
    /// The journal file.
    public let path: String
    /// Its first line: the plan and what pins it.
    public let header: JournalHeader
    /// Events in the journal, in order (none kept when it was read by ``replayed(at:maxBytes:)``).
    public private(set) var entries: [JournalEntry]
    /// How many events the journal holds.
    public private(set) var eventCount: Int
    /// A torn last line found when opening (a power cut mid-write): set aside in a numbered
    /// `journal.torn` file when the journal was opened to continue, only reported when read.
    public private(set) var tornLine: String?
    /// Where the torn line was set aside, when it was.
    public private(set) var tornFile: String?
    private let descriptor: Int32
    private let encoder: JSONEncoder
    /// The journal's length after its last flushed line: a failed write is cut back to it.
    private var committedLength: off_t

    private init(
        path: String, header: JournalHeader, entries: [JournalEntry], descriptor: Int32, tornLine: String?,
        tornFile: String? = nil, eventCount: Int? = nil
    ) {
        self.path = path
        self.header = header
        self.entries = entries
        self.eventCount = eventCount ?? entries.count
        self.descriptor = descriptor
        self.tornLine = tornLine
        self.tornFile = tornFile
        encoder = JSONWriter.encoder()
        committedLength = lseek(descriptor, 0, SEEK_END)
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

    static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    /// The temporary name a journal is written under until its header is on disk.
    static func unfinishedPath(_ path: String) -> String { path + ".new" }

    /// Creates a new journal (owner-only) whose first line pins `plan`. The header is written
    /// and flushed under a temporary name, then the file gets its name (link, which never
    /// replaces) and the folder is flushed: a crash before that leaves no session behind.
    public static func create(at path: String, plan: SessionPlan, sessionID: String, now: Date) throws -> Journal {
        let existing = JournalError(
            path: path, message: "a session already exists here",
            hint: "continue it with 'dialogue resume', or choose another --session folder")
        guard !exists(path) else { throw existing }
        let temporary = unfinishedPath(path)
        unlink(temporary)  // a start that was cut off before it finished
        let descriptor = systemOpen(temporary, O_RDWR | O_CREAT | O_EXCL | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw JournalError(path: path, message: "cannot create the journal: \(String(cString: strerror(errno)))")
        }
        let header = JournalHeader(
            formatVersion: JournalHeader.currentFormatVersion, engineVersion: DialogueKitVersion.current,
            sessionID: sessionID, createdAt: now, planDigest: plan.digest, methods: plan.methods,
            plan: plan)
        do {
            try lock(descriptor, path: path)
            let journal = Journal(path: path, header: header, entries: [], descriptor: descriptor, tornLine: nil)
            var line = JournalLine.seal(try journal.encoder.encode(header))
            line.append(UInt8(ascii: "\n"))
            try journal.writeLine(line)
            guard link(temporary, path) == 0 else {
                throw errno == EEXIST
                    ? existing
                    : JournalError(
                        path: path, message: "cannot name the journal: \(String(cString: strerror(errno)))")
            }
            unlink(temporary)
            flushFolder(of: path)
            return journal
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
    }

    /// Flushes the folder holding `path`, so a new name in it survives a power cut.
    static func flushFolder(of path: String) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let descriptor = systemOpen(folder, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// Opens an existing journal to continue it: checks its header, reads every complete
    /// event, sets a torn last line aside (it was never acknowledged) and takes the lock.
    public static func open(at path: String, maxBytes: Int = 1 << 30) throws -> Journal {
        try load(at: path, writable: true, maxBytes: maxBytes).journal
    }

    /// Reads a journal without taking the lock or changing it (for reports while a session runs).
    public static func read(at path: String, maxBytes: Int = 1 << 30) throws -> Journal {
        try load(at: path, writable: false, maxBytes: maxBytes).journal
    }

    /// Reads a journal and replays it as it goes, keeping no events: the state of a session of
    /// a million events without holding them (for reports). Changes nothing, takes no lock.
    public static func replayed(at path: String, maxBytes: Int = 1 << 30) throws -> (
        journal: Journal, state: SessionState
    ) {
        let loaded = try load(at: path, writable: false, maxBytes: maxBytes, replaying: true)
        return (loaded.journal, loaded.state ?? SessionState())
    }

    private static func load(at path: String, writable: Bool, maxBytes: Int, replaying: Bool = false) throws -> (
        journal: Journal, state: SessionState?
    ) {
        let descriptor = systemOpen(
            path, (writable ? O_RDWR | O_APPEND : O_RDONLY) | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason = errno
            if reason == ENOENT, exists(unfinishedPath(path)) {
                throw JournalError(
                    path: path, message: "this session never started: it was cut off before its journal was complete",
                    hint: "start it again with 'dialogue run … --session' and this folder")
            }
            throw JournalError(
                path: path,
                message: reason == ENOENT
                    ? "no session journal here"
                    : reason == ELOOP
                        ? "the journal is a symbolic link; a journal is never followed through one"
                        : "cannot open the journal: \(String(cString: strerror(reason)))",
                hint: reason == ENOENT ? "name the folder 'dialogue run' created (it holds journal.jsonl)" : nil)
        }
        do {
            var status = stat()
            guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
                throw JournalError(path: path, message: "the journal is not a regular file")
            }
            if writable { try lock(descriptor, path: path) }
            // Read block by block: the lines of each block are decoded (on every core) and only
            // the events are kept, so a long journal is never held whole in memory.
            var header: JournalHeader? = nil
            var entries: [JournalEntry] = []
            var count = 0
            var state: SessionState? = replaying ? SessionState() : nil
            var context: SessionContext? = nil
            let (length, torn) = try readLines(descriptor, path: path, maxBytes: maxBytes) { lines in
                var rest = lines[...]
                if header == nil, let first = rest.first {
                    let read = try readHeader(first, path: path)
                    header = read
                    if replaying { context = SessionContext(plan: read.plan, sessionID: read.sessionID) }
                    rest = rest.dropFirst()
                }
                guard let header, !rest.isEmpty else { return }
                let block = try readEntries(rest, header: header, path: path, firstSeq: count)
                count += block.count
                if let context, var replayed = state {
                    state = nil  // applied in place, not copied
                    for entry in block { try apply(entry, to: &replayed, context: context, path: path) }
                    state = replayed
                } else {
                    entries += block
                }
            }
            guard let header else {
                throw JournalError(
                    path: path, message: "the journal is empty or has no complete header line",
                    hint: "this file was not written by 'dialogue run'")
            }
            guard let torn else {
                let journal = Journal(
                    path: path, header: header, entries: entries, descriptor: descriptor, tornLine: nil,
                    eventCount: count)
                return (journal, state)
            }
            // A last line without its line break was cut off mid-write: it was never acknowledged.
            let tornText = String(decoding: torn, as: UTF8.self)
            var tornFile: String? = nil
            if writable {
                tornFile = try setAside(torn[...], cuttingTo: length - torn.count, descriptor: descriptor, path: path)
            }
            let journal = Journal(
                path: path, header: header, entries: entries, descriptor: descriptor, tornLine: tornText,
                tornFile: tornFile, eventCount: count)
            return (journal, state)
        } catch {
            close(descriptor)
            throw error
        }
    }

    /// Reads the open journal in blocks and hands each block's complete lines to `consume`, in
    /// order; returns the bytes read and the torn last line (one without its line break), if any.
    private static func readLines(
        _ descriptor: Int32, path: String, maxBytes: Int, consume: ([ArraySlice<UInt8>]) throws -> Void
    ) throws -> (length: Int, torn: [UInt8]?) {
        var buffer = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var length = 0
        lseek(descriptor, 0, SEEK_SET)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw JournalError(path: path, message: "cannot read the journal: \(String(cString: strerror(errno)))")
            }
            length += count
            if length > maxBytes {
                throw JournalError(path: path, message: "the journal is larger than \(maxBytes) bytes")
            }
            if count > 0 { buffer.append(contentsOf: chunk[0..<count]) }
            // A block of 8 MiB or the end of the file: its complete lines go on; a line still
            // being read stays in the buffer.
            guard count == 0 || buffer.count >= 8 << 20 else { continue }
            var lines: [ArraySlice<UInt8>] = []
            var start = 0
            for index in buffer.indices where buffer[index] == UInt8(ascii: "\n") {
                lines.append(buffer[start..<index])
                start = index + 1
            }
            if !lines.isEmpty { try consume(lines) }
            buffer.removeFirst(start)
            if count == 0 { return (length, buffer.isEmpty ? nil : buffer) }
        }
    }

    /// The header line, refused when it is damaged, from a newer engine or its plan was edited.
    private static func readHeader(_ line: ArraySlice<UInt8>, path: String) throws -> JournalHeader {
        let object: [UInt8]
        var sealed = false
        switch JournalLine.open(line) {
        case .sealed(let bytes):
            object = bytes
            sealed = true
        case .unsealed(let bytes): object = bytes
        case .damaged:
            throw JournalError(
                path: path, message: "line 1 (the header) does not match its checksum",
                hint: "the journal was damaged or edited by hand; nothing was changed")
        }
        let source = SourceText(file: path, bytes: object)
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
        let engine = SemanticVersion(header.engineVersion)
        if header.formatVersion > JournalHeader.currentFormatVersion || engine == nil
            || engine.map({ $0 > (SemanticVersion(DialogueKitVersion.current) ?? $0) }) == true
        {
            throw JournalError(
                path: path,
                message:
                    "this journal was written by DialogueKit \(header.engineVersion) (journal format \(header.formatVersion)); this is DialogueKit \(DialogueKitVersion.current)",
                hint: "update DialogueKit to continue this session; nothing was changed")
        }
        if header.formatVersion >= 2, !sealed {
            throw JournalError(
                path: path, message: "line 1 (the header) has no checksum",
                hint: "the journal was edited by hand; nothing was changed")
        }
        // A hand-edited plan no longer matches its digest, whatever the versions say.
        if header.plan.digest != header.planDigest {
            throw JournalError(
                path: path, message: "the plan in this journal does not match its digest",
                hint: "the journal was edited by hand; nothing was changed")
        }
        return header
    }

    /// The events, decoded on every core and checked in order: each line's seal and session
    /// (from journal format 2 on), then its number. A complete line that does not read is an
    /// error at its line and column, never cut.
    private static func readEntries(
        _ lines: ArraySlice<ArraySlice<UInt8>>, header: JournalHeader, path: String, firstSeq: Int
    ) throws -> [JournalEntry] {
        let eventLines = Array(lines)
        let firstLine = firstSeq + 2
        let linesPerTask = max(1, eventLines.count / 64)
        let taskCount = (eventLines.count + linesPerTask - 1) / linesPerTask
        let decoded = ParallelSlots<DecodedLines>(count: taskCount)
        let lineDecoder = StrictDecoder(what: "a journal event")
        let sealed = header.formatVersion >= 2
        DispatchQueue.concurrentPerform(iterations: taskCount) { task in
            var part = DecodedLines()
            part.entries.reserveCapacity(linesPerTask)
            for index in (task * linesPerTask)..<min(eventLines.count, (task + 1) * linesPerTask) {
                if part.failure != nil { break }
                switch decode(
                    eventLines[index], session: sealed ? header.sessionID : nil, path: path, decoder: lineDecoder)
                {
                case .success(let entry): part.entries.append(entry)
                case .failure(let problem): part.failure = (index, problem.text)
                }
            }
            decoded.set(task, part)
        }
        var entries: [JournalEntry] = []
        entries.reserveCapacity(eventLines.count)
        for part in decoded.values {
            guard let part else { throw JournalError(path: path, message: "the journal was not read to its end") }
            if let (index, problem) = part.failure {
                throw JournalError(
                    path: path, message: "line \(firstLine + index) \(problem)",
                    hint: "the journal was damaged or edited by hand; nothing was changed")
            }
            for entry in part.entries {
                let expected = firstSeq + entries.count
                guard entry.seq == expected else {
                    throw JournalError(
                        path: path, message: "line \(expected + 2) has event number \(entry.seq), expected \(expected)",
                        hint: "the journal was edited by hand; nothing was changed")
                }
                entries.append(entry)
            }
        }
        return entries
    }

    /// Why one line is refused, as "line N …" goes on.
    struct LineProblem: Error {
        var text: String
    }

    /// One event line: its seal (required when `session` is given, the journal's format 2),
    /// its event, and its session.
    static func decode(
        _ line: ArraySlice<UInt8>, session: String?, path: String, decoder: StrictDecoder
    ) -> Result<JournalEntry, LineProblem> {
        let object: [UInt8]
        switch JournalLine.open(line) {
        case .sealed(let bytes): object = bytes
        case .unsealed(let bytes) where session == nil: object = bytes
        case .unsealed: return .failure(LineProblem(text: "has no checksum"))
        case .damaged: return .failure(LineProblem(text: "does not match its checksum"))
        }
        switch decoder.read(JournalEntry.self, from: SourceText(file: path, bytes: object), limits: lineLimits) {
        case .success(var entry):
            if let session, entry.session != session {
                return .failure(LineProblem(text: "belongs to another session (\(entry.session ?? "none"))"))
            }
            entry.session = nil
            return .success(entry)
        case .failure(let diagnostic):
            return .failure(LineProblem(text: "is not a journal event: " + located(diagnostic)))
        }
    }

    /// One journal line read on its own (its seal checked when it has one), for tools and
    /// for fuzzing the reader.
    public static func readLine(_ line: [UInt8], path: String) -> Result<JournalEntry, JournalError> {
        decode(line[...], session: nil, path: path, decoder: StrictDecoder(what: "a journal event")).mapError {
            JournalError(path: path, message: "the line \($0.text)")
        }
    }

    /// The events one task decoded, up to the first line that does not read.
    private struct DecodedLines {
        var entries: [JournalEntry] = []
        var failure: (index: Int, problem: String)?
    }

    /// Keeps a torn last line in the first free `journal.torn`, `journal.torn.2`, … beside the
    /// journal (flushed, never replacing one), then cuts the journal back to `length` bytes.
    /// When the line cannot be kept, nothing is cut.
    private static func setAside(_ torn: ArraySlice<UInt8>, cuttingTo length: Int, descriptor: Int32, path: String)
        throws -> String
    {
        let base = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("journal.torn").path
        var number = 1
        var kept: String?
        while kept == nil {
            let candidate = number == 1 ? base : "\(base).\(number)"
            do {
                try PrivateFile.writeNew(Data(torn), to: candidate)
                kept = candidate
            } catch let failure as PrivateFile.Failure where exists(candidate) && number < 10_000 {
                _ = failure
                number += 1
            } catch {
                throw JournalError(
                    path: path, message: "cannot set the torn last line aside (\(error)); nothing was changed",
                    hint: "free some disk space and resume again")
            }
        }
        if ftruncate(descriptor, off_t(length)) != 0 || fsync(descriptor) != 0 {
            throw JournalError(
                path: path, message: "cannot cut off the torn last line: \(String(cString: strerror(errno)))")
        }
        return kept ?? base
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

    /// Appends one event, sealed with the session's id and its checksum, and flushes it to
    /// disk; only then does the event count.
    public func append(_ entry: JournalEntry) throws {
        try writeLine(Self.line(entry, session: header.sessionID, encoder: encoder))
        entries.append(entry)
    }

    /// The bytes of `entry` as the journal of `session` writes them: sealed, with its line break.
    public static func line(_ entry: JournalEntry, session: String, encoder: JSONEncoder) throws -> Data {
        var named = entry
        named.session = session
        var line = JournalLine.seal(try encoder.encode(named))
        line.append(UInt8(ascii: "\n"))
        return line
    }

    /// Writes one sealed line (with its line break) and flushes it; a failure cuts the journal
    /// back to its last flushed line first, so the refused line never replays.
    private func writeLine(_ line: Data) throws {
        var failure: String?
        do {
            try PrivateFile.writeAll(line, to: descriptor, path: path)
            if fsync(descriptor) != 0 { failure = "cannot flush the journal: \(String(cString: strerror(errno)))" }
        } catch {
            failure = "cannot write the journal: \(error)"
        }
        guard let failure else {
            committedLength += off_t(line.count)
            return
        }
        let cut = ftruncate(descriptor, committedLength) == 0 && fsync(descriptor) == 0
        throw JournalError(
            path: path, message: failure,
            hint: cut
                ? "check the disk; the event was not recorded"
                : "check the disk; the event may be half written and will be set aside on resume")
    }

    /// The state after replaying every event.
    public func replay() throws -> SessionState {
        var state = SessionState()
        let context = SessionContext(plan: header.plan, sessionID: header.sessionID)
        for entry in entries { try Self.apply(entry, to: &state, context: context, path: path) }
        return state
    }

    /// Applies one event read from the journal at `path`; an event the state refuses means the
    /// journal and the engine disagree.
    private static func apply(
        _ entry: JournalEntry, to state: inout SessionState, context: SessionContext, path: String
    )
        throws
    {
        do {
            try state.apply(entry, context: context)
        } catch {
            throw JournalError(
                path: path, message: "event \(entry.seq) does not replay: \(error)",
                hint: "the journal and the engine disagree; nothing was changed")
        }
    }
}
