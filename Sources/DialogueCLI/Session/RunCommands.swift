import DialogueKit
import Foundation

/// `dialogue run`, `dialogue resume` and `dialogue report`: the live session and its harvest.
struct RunCommands {
    /// The methods, behaviours, exporters and group former the commands use.
    let toolkit: Toolkit

    let sessionOption = OptionSpec.option(
        "session", value: "dir",
        help:
            "The session folder (created readable by you only). Default: ~/.local/share/dialoguekit/sessions/DATE-TITLE, or $DIALOGUE_SESSIONS."
    )

    /// The room's options, the same for `run` and `resume`.
    let roomOptions: [OptionSpec] = [
        .flag(
            "room",
            help:
                "Serve the room: a projector view, a second screen for the note-taker (and phones with --room-phones), on this computer only unless --room-address says otherwise."
        ),
        .option(
            "room-address", value: "address",
            help:
                "Where the room listens: 127.0.0.1 (the default, this computer only), 0.0.0.0 (every network, with a warning) or a network interface such as eth0."
        ),
        .flag(
            "room-phones",
            help:
                "Let participants write and grade on their phones in the steps you open with /phones (a QR code on the projector; each person's own link in phone-links.txt)."
        ),
    ]

    /// The room, when the options ask for one.
    func openRoom(_ parsed: ParsedArguments, plan: SessionPlan, folder: String, console: Console) throws
        -> RoomConnection?
    {
        let address = parsed.option("room-address")
        guard parsed.flag("room") || address != nil || parsed.flag("room-phones") else { return nil }
        let room = try RoomConnection.open(
            plan: plan, folder: folder, address: address ?? "127.0.0.1", phones: parsed.flag("room-phones"),
            console: console)
        room.announce(console)
        return room
    }

    var run: Command {
        Command(
            name: "run",
            abstract:
                "Run a session from an agenda or a plan: who speaks, who listens, the prompt, the time; record everything.",
            discussion:
                "Every event is written to the session's journal and flushed to disk before it counts, so a killed process loses nothing: continue with 'dialogue resume'. On a terminal the screen is redrawn after each command; otherwise commands are read line by line, so sessions can be scripted. Without an argument a shipped example session runs.",
            options: [
                LibraryOptions.methods, sessionOption, languageOption,
                .option("seed", value: "n", help: "Seed for planning an agenda (default: the agenda's)."),
                .flag(
                    "preparation",
                    help: "Also walk the steps before and after the meeting (preparation, reflection afterwards)."),
            ] + roomOptions,
            arguments: [
                ArgumentSpec(
                    name: "agenda-or-plan", help: "An agenda or a plan (JSON from 'dialogue plan --format json').",
                    optional: true)
            ]
        ) { parsed, console in
            let plan: SessionPlan
            if let path = parsed.argument("agenda-or-plan") {
                plan = try loadPlan(path, parsed: parsed, console: console)
            } else {
                plan = try demoPlan(console: console)
                console.print(Phrasebook.say("console.demo", in: plan.language, [plan.title]))
            }
            return try start(plan, in: parsed.option("session"), parsed: parsed, console: console)
        }
    }

    /// Starts a session of `plan` in the folder `requested` (or a new default one) and runs it.
    func start(_ plan: SessionPlan, in requested: String?, parsed: ParsedArguments, console: Console) throws -> Int32 {
        var plan = plan
        if parsed.flag("preparation") { plan = plan.walkingPreparation() }
        let store = SessionStore(environment: console.environment)
        let folder = try store.newFolder(requested: requested, for: plan)
        let clock = try makeClock(console)
        var random = SystemRandomNumberGenerator()
        let journal = try store.start(
            plan, in: folder, sessionID: SessionStore.sessionID(for: plan, using: &random),
            now: clock.now(sequence: 0))
        console.print(Phrasebook.say("console.session-folder", in: plan.language, [folder]))
        let session = SessionConsole(
            journal: journal, state: SessionState(), folder: folder, clock: clock, console: console)
        session.room = try openRoom(parsed, plan: plan, folder: folder, console: console)
        session.room?.publish(session.state, now: clock.now(sequence: 0))
        defer { session.room?.stop() }
        return try session.run()
    }

    var resume: Command {
        Command(
            name: "resume", abstract: "Continue a session from its journal, exactly where it was.",
            discussion:
                "With --room the room comes back on the same links, so every screen reconnects by itself.",
            options: roomOptions,
            arguments: [ArgumentSpec(name: "session", help: "The session folder.")]
        ) { parsed, console in
            let folder = parsed.argument("session") ?? ""
            let journal = try SessionStore(environment: console.environment).open(folder)
            warnAboutTornLine(journal, console: console)
            let state: SessionState
            do {
                state = try journal.replay()
            } catch let error as JournalError {
                throw CommandFailure(message: error.description)
            }
            if state.status == .ended {
                // Ended, perhaps killed before its harvest was written: write it now.
                let harvest = HarvestBuilder.harvest(
                    plan: journal.header.plan, state: state, sessionID: journal.header.sessionID)
                let path = SessionStore.harvestPath(folder)
                try HarvestFile.write(harvest, to: path)
                console.print(Phrasebook.say("console.harvest-written", in: journal.header.plan.language, path))
                return 0
            }
            console.print(
                Phrasebook.say(
                    "console.resumed", in: journal.header.plan.language, journal.header.plan.title,
                    String(journal.entries.count)))
            let clock = try makeClock(console)
            let session = SessionConsole(
                journal: journal, state: state, folder: folder, clock: clock, console: console)
            session.room = try openRoom(parsed, plan: journal.header.plan, folder: folder, console: console)
            session.room?.publish(state, now: clock.now(sequence: state.sequence))
            defer { session.room?.stop() }
            return try session.run()
        }
    }

    /// `--private`, `-o` and `--force`, alike for a session's report and a series'.
    static let privateFlag = OptionSpec.flag(
        "private", help: "The facilitator's copy: include private records (it says so on every page).")
    static let exportOutput = OptionSpec.option(
        "output", short: "o", value: "file",
        help: "Write to this file (readable by you only) instead of standard output.")
    static let forceFlag = OptionSpec.flag("force", help: "With -o: replace a file that exists.")

    var report: Command {
        Command(
            name: "report",
            abstract: "Write a session's harvest: records, scores, agreements, planned and actual time.",
            options: [
                .option(
                    "format", value: "format", help: "Output format.", values: toolkit.exporters.formats,
                    defaultValue: "md"),
                .flag(
                    "anonymize",
                    help:
                        "Replace names, organisations, the title and the location, in every field; doubts go to standard error."
                ),
                Self.privateFlag, Self.exportOutput, Self.forceFlag,
                .option(
                    "delimiter", value: "delimiter",
                    help:
                        "With --format csv: the field separator ('tab' for a tab); by default ';' for Dutch sessions and ',' otherwise.",
                    values: CSVAgreementsExporter.delimiters.map(\.name)),
                .flag("formats", help: "List the formats, each with what its output looks like, and exit."),
            ],
            arguments: [ArgumentSpec(name: "session", help: "The session folder.", optional: true)]
        ) { parsed, console in
            if parsed.flag("formats") {
                for exporter in toolkit.exporters.exporters {
                    console.print(
                        console.bold(exporter.format.padding(toLength: 10, withPad: " ", startingAt: 0))
                            + exporter.summary)
                    for example in exporter.examples { console.print(console.dim("    " + example)) }
                }
                return 0
            }
            guard let folder = parsed.argument("session") else {
                throw UsageError(message: "Missing expected argument '<session>'")
            }
            // The journal's events are let go once replayed: only the state goes on to the harvest.
            let (header, state): (JournalHeader, SessionState) = try {
                let (journal, state) = try SessionStore(environment: console.environment).replayed(folder)
                warnAboutTornLine(journal, console: console)
                return (journal.header, state)
            }()
            var harvest = HarvestBuilder.harvest(plan: header.plan, state: state, sessionID: header.sessionID)
            if parsed.flag("private") {
                harvest.audience = .facilitator
            } else {
                harvest = HarvestBuilder.shared(harvest)
            }
            if parsed.flag("anonymize") {
                let anonymized = HarvestBuilder.anonymized(harvest)
                harvest = anonymized.harvest
                for doubt in anonymized.doubts { console.error("anonymize: \(doubt)") }
            }
            let format = parsed.option("format") ?? "md"
            guard var exporter = toolkit.exporters.exporter(format) else {
                throw UsageError(message: "unknown format '\(format)'")
            }
            if let name = parsed.option("delimiter") {
                guard format == "csv", var csv = exporter as? CSVAgreementsExporter else {
                    throw UsageError(message: "'--delimiter' goes with '--format csv'")
                }
                csv.delimiter = CSVAgreementsExporter.delimiters.first { $0.name == name }?.character
                exporter = csv
            }
            // The export is written as it is made, to the file or to standard output.
            do {
                if let output = parsed.option("output") {
                    let language = harvest.session.language
                    try OutputFile.check(output, force: parsed.flag("force"), language: language)
                    try PrivateFile.replace(at: output) { try exporter.write(harvest, to: $0) }
                    console.print(OutputFile.wrote(output, language: language))
                } else {
                    let sink = ByteSink(descriptor: STDOUT_FILENO, path: "standard output")
                    try exporter.write(harvest, to: sink)
                    try sink.flush()
                }
            } catch let error as ExportError {
                throw CommandFailure(message: "\(folder): \(error.description)")
            }
            return 0
        }
    }

    // MARK: - Helpers

    /// The same warning wherever a torn last line is met: what it held, that it was never
    /// acknowledged, and where it was set aside (or that `resume` will).
    func warnAboutTornLine(_ journal: Journal, console: Console) {
        guard let torn = journal.tornLine else { return }
        let kept =
            journal.tornFile.map { "it is set aside in \($0)" } ?? "it is left out ('dialogue resume' sets it aside)"
        console.error(
            "warning: \(journal.path): the last line was torn (a write cut off: \(PrintableText.clean(String(torn.prefix(60))))…); it was never acknowledged, so \(kept); the session has \(journal.eventCount) events"
        )
    }

    func makeClock(_ console: Console) throws -> any SessionClock {
        guard let setting = console.environment["DIALOGUE_CLOCK"], !setting.isEmpty else { return SystemClock() }
        guard let clock = SequenceClock(setting: setting) else {
            throw UsageError(message: "DIALOGUE_CLOCK must look like sequence:2026-12-03T13:30:00Z:60")
        }
        return clock
    }

    /// A plan from a plan file, or planned from an agenda file.
    func loadPlan(_ path: String, parsed: ParsedArguments, console: Console) throws -> SessionPlan {
        let source: SourceText
        switch SpecFile.read(path, maxBytes: PlanFile.maxBytes) {
        case .success(let found): source = found
        case .failure(let diagnostic): throw CommandFailure(diagnostic)
        }
        switch PlanFile.readIfPlan(source) {
        case .success(let plan)?: return plan
        case .failure(let diagnostic)?: throw CommandFailure(diagnostic)
        case nil: break
        }
        return try PlanCommands(toolkit: toolkit).makePlan(path, parsed: parsed, console: console)
    }

    /// The shipped example: an introduction round and a Good Future dialogue for a family.
    func demoPlan(console: Console) throws -> SessionPlan {
        let text = """
            {"schemaVersion": 1, "title": "Example: a network meeting around Sem", "language": "en", "date": "2026-12-03",
             "start": "13:30", "timeZone": "Europe/Amsterdam", "location": "Community centre", "budgetMinutes": 120, "seed": 1,
             "participants": [
               {"name": "Mila", "roles": ["family"], "organisation": "Family"},
               {"name": "Sem", "roles": ["family"], "organisation": "Family"},
               {"name": "Grandma Jannie", "roles": ["private-network"]},
               {"name": "Karin", "roles": ["initiator"], "organisation": "School"},
               {"name": "Ruud", "roles": ["professional"], "organisation": "Municipality"},
               {"name": "Anouk", "roles": ["interviewer"], "tags": ["facilitator"]},
               {"name": "Peter", "roles": ["note-taker"], "tags": ["facilitator"]}],
             "items": [{"type": "free", "title": "Welcome", "minutes": 5},
                       {"type": "method", "method": "introduction-round"},
                       {"type": "method", "method": "good-future"}]}
            """
        let (agenda, diagnostics) = AgendaReader.read(SourceText(file: "example-agenda.json", bytes: Array(text.utf8)))
        guard let agenda else { throw CommandFailure(message: "the shipped example does not read: \(diagnostics)") }
        do {
            return try toolkit.planner(toolkit.library()).plan(agenda)
        } catch {
            throw CommandFailure(message: "the shipped example does not plan: \(error)")
        }
    }
}
