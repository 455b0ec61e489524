import Foundation

/// Where sessions live on disk: one owner-only folder per session, holding `plan.json`,
/// `journal.jsonl` (and, later, `harvest.json` and a set-aside `journal.torn`).
public struct SessionStore: Sendable {
    /// The environment variable that names the folder new sessions go in.
    public static let foldersVariable = "DIALOGUE_SESSIONS"

    /// The process environment, for the default places.
    public var environment: [String: String]

    /// A store that finds its default places in `environment`.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// Where new sessions go by default: `$DIALOGUE_SESSIONS`, else
    /// `$XDG_DATA_HOME/dialoguekit/sessions`, else `~/.local/share/dialoguekit/sessions`.
    public var baseFolder: String {
        if let configured = environment[Self.foldersVariable], !configured.isEmpty { return configured }
        // XDG: an empty or relative XDG_DATA_HOME is as if it were not set.
        let data =
            environment["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? URL(fileURLWithPath: $0) : nil }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share")
        return data.appendingPathComponent("dialoguekit/sessions").path
    }

    /// Makes the folder for a new session, owner-only: `requested`, or a fresh
    /// `DATE-TITLE` (then `DATE-TITLE-2`, …) under ``baseFolder``.
    public func newFolder(requested: String?, for plan: SessionPlan) throws -> String {
        if let requested {
            try PrivateFile.makeFolder(requested)
            return requested
        }
        let base = baseFolder
        try PrivateFile.makeFolder(base)
        let name = "\(MeetingClock(timeZone: plan.timeZone).day(plan.start))-\(Self.slug(plan.title))"
        var candidate = URL(fileURLWithPath: base).appendingPathComponent(name).path
        var number = 2
        while FileManager.default.fileExists(atPath: candidate) {
            candidate = URL(fileURLWithPath: base).appendingPathComponent("\(name)-\(number)").path
            number += 1
        }
        try PrivateFile.makeFolder(candidate)
        return candidate
    }

    /// Starts a session in `folder`: `plan.json`, then the journal with its header line. The
    /// journal is the commit: until it exists the folder is no session and `run` may reuse it.
    public func start(_ plan: SessionPlan, in folder: String, sessionID: String, now: Date) throws -> Journal {
        let journalPath = Self.journalPath(folder)
        if Journal.exists(journalPath) {
            throw JournalError(
                path: journalPath, message: "a session already exists here",
                hint: "continue it with 'dialogue resume', or choose another --session folder")
        }
        try PrivateFile.replace(Data(try PlanFile.text(plan).utf8), at: Self.planPath(folder))
        return try Journal.create(at: journalPath, plan: plan, sessionID: sessionID, now: now)
    }

    /// Opens a session to continue it (taking its lock). The folder must be writable (or
    /// nothing could be recorded); `plan.json` must match the plan the journal started with,
    /// and is written again from the journal when it is missing.
    public func open(_ session: String) throws -> Journal {
        let journalPath = Self.journalPath(session)
        let folder = URL(fileURLWithPath: journalPath).deletingLastPathComponent().path
        guard access(folder, W_OK) == 0 else {
            throw JournalError(
                path: folder, message: "the session folder cannot be written; nothing was changed",
                hint: "make it writable (chmod u+w) to continue, or use 'dialogue report' to read it")
        }
        let journal = try Journal.open(at: journalPath)
        let planPath = Self.planPath(folder)
        guard Journal.exists(planPath) else {
            try PrivateFile.replace(Data(try PlanFile.text(journal.header.plan).utf8), at: planPath)
            return journal
        }
        switch PlanFile.read(planPath) {
        case .success(let onDisk) where onDisk.digest == journal.header.plan.digest:
            return journal
        case .success:
            throw JournalError(
                path: planPath, message: "no longer matches the plan this session started with; refusing to continue",
                hint: "the journal is unchanged; put back the plan.json the session started with, or remove it")
        case .failure(let diagnostic):
            throw JournalError(
                path: planPath, message: "is not the plan this session started with: \(diagnostic.message)",
                hint: "the journal is unchanged; remove plan.json and it is written again from the journal")
        }
    }

    /// Reads a session without taking its lock or changing it (for reports while it runs).
    public func read(_ session: String) throws -> Journal {
        try Journal.read(at: Self.journalPath(session))
    }

    /// A session's journal read and replayed as it goes, without keeping its events.
    public func replayed(_ session: String) throws -> (journal: Journal, state: SessionState) {
        try Journal.replayed(at: Self.journalPath(session))
    }

    /// The journal of a session folder; a path to a journal file is taken as it is.
    public static func journalPath(_ session: String) -> String {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: session, isDirectory: &isFolder), isFolder.boolValue {
            return URL(fileURLWithPath: session).appendingPathComponent("journal.jsonl").path
        }
        return session
    }

    /// Where a session folder keeps its plan.
    public static func planPath(_ folder: String) -> String {
        URL(fileURLWithPath: folder).appendingPathComponent("plan.json").path
    }

    /// Where a session folder keeps its harvest.
    public static func harvestPath(_ folder: String) -> String {
        URL(fileURLWithPath: folder).appendingPathComponent("harvest.json").path
    }

    /// A new session's id: the plan's digest and a random part, so two runs of one plan differ.
    public static func sessionID(for plan: SessionPlan, using generator: inout some RandomNumberGenerator) -> String {
        String(plan.digest.prefix(8)) + "-" + String(generator.next() % 0xFFFF_FFFF, radix: 16)
    }

    /// A folder name from a title: lower-case ASCII letters and digits, hyphens between words.
    public static func slug(_ title: String) -> String {
        var slug = ""
        for scalar in title.lowercased().unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar), scalar.isASCII {
                slug.unicodeScalars.append(scalar)
            } else if !slug.hasSuffix("-"), !slug.isEmpty {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        let short = String(slug.prefix(40))
        return short.isEmpty ? "session" : short
    }
}
