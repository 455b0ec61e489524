import DialogueKit
import Foundation

/// `dialogue series …`: a process of meetings that build on each other — planned with what
/// earlier meetings produced, run into their own session folders, reported cumulatively.
struct SeriesCommands {
    /// The methods, behaviours, exporters and group former the commands use.
    let toolkit: Toolkit

    var command: Command {
        Command(
            name: "series", abstract: "Plan, run and report a series of meetings that build on each other.",
            discussion:
                "A series file names its stages and its meetings in order; a meeting takes ideas, scored points, small-group results, notes or open agreements of earlier meetings into its agenda. See Examples/series/.",
            subcommands: [new, plan, status, run, report])
    }

    private let seriesArgument = ArgumentSpec(name: "series", help: "A series JSON file.")

    /// Reads and checks a series file, printing its diagnostics to stderr.
    func readSeries(_ path: String, console: Console) throws -> Series {
        let (series, diagnostics) = SeriesReader.read(path: path)
        for diagnostic in diagnostics { console.error(diagnostic.rendered(colors: console.colorsOnError)) }
        guard let series else {
            let errors = diagnostics.filter { $0.severity == .error }.count
            if errors == 1, diagnostics.first?.code == "unreadable", let only = diagnostics.first {
                throw CommandFailure(only)
            }
            throw CommandFailure(message: "\(path) has \(errors) error\(errors == 1 ? "" : "s")")
        }
        return series
    }

    /// The series and what its meetings have produced, with every problem on stderr.
    func load(_ path: String, console: Console) throws -> SeriesResults {
        let series = try readSeries(path, console: console)
        let results = SeriesResults.load(series, store: SessionStore(environment: console.environment))
        for problem in results.problems { console.error("warning: \(problem)") }
        return results
    }

    /// The meeting named on the command line, or a usage error with the ids there are.
    func meeting(_ id: String, in series: Series) throws -> SeriesMeeting {
        guard let meeting = series.meeting(id) else {
            let ids = series.meetings.map(\.id)
            throw UsageError(
                message: "no meeting '\(id)' in the series"
                    + (closestMatch(to: id, in: ids).map { "; did you mean '\($0)'?" }
                        ?? "; the meetings are \(ids.joined(separator: ", "))"))
        }
        return meeting
    }

    /// The plan of `meeting` with its inputs carried in; with `allowWaiting`, inputs whose
    /// meetings have not been held keep the agenda's own values.
    func plan(
        _ meeting: SeriesMeeting, results: SeriesResults, parsed: ParsedArguments, console: Console,
        allowWaiting: Bool = false
    ) throws -> (plan: SessionPlan, carried: [SeriesInputs.Carried]) {
        let commands = PlanCommands(toolkit: toolkit)
        guard let agenda = results.entry(meeting.id)?.agenda else {
            _ = try commands.readAgenda(meeting.agenda, console: console)
            throw CommandFailure(message: "the agenda of meeting '\(meeting.id)' does not read")
        }
        let library = commands.library(for: agenda, parsed: parsed, console: console)
        switch SeriesInputs(results).agenda(for: meeting, library: library, allowWaiting: allowWaiting) {
        case .success(let prepared):
            let plan = try commands.makePlan(
                prepared.agenda, path: meeting.agenda, parsed: parsed, console: console, library: library,
                reviews: SeriesReviews(prepared.reviews))
            return (plan, prepared.carried)
        case .failure(let refusal):
            for problem in refusal.problems { console.error(problem.description) }
            let count = refusal.problems.count
            throw CommandFailure(
                message: Phrasebook.say(
                    count == 1 ? "series.cannot-plan.one" : "series.cannot-plan", in: results.series.language,
                    [meeting.id, String(count)]))
        }
    }

    var new: Command {
        Command(
            name: "new", abstract: "Write a new series: the four stages of a consultation and a meeting per agenda.",
            options: [
                .option("title", value: "title", help: "The series' title."),
                .option(
                    "meeting", value: "agenda", help: "A meeting's agenda file (repeatable, in order).",
                    repeatable: true),
                languageOption,
                .option(
                    "output", short: "o", value: "file",
                    help: "Write to this file instead of standard output (never overwrites)."),
            ]
        ) { parsed, console in
            let language = parsed.option("lang") ?? "en"
            let title = parsed.option("title") ?? Phrasebook.text("My dialogue series", in: language)
            let text = SeriesScaffold.json(title: title, language: language, agendas: parsed.all("meeting"))
            if let output = parsed.option("output") {
                try OutputFile.check(output, force: false, language: language)
                try PrivateFile.writeNew(Data(text.utf8), to: output)
                console.print(OutputFile.wrote(output, language: language))
            } else {
                console.write(text)
            }
            return 0
        }
    }

    var plan: Command {
        Command(
            name: "plan",
            abstract: "The series' meetings with their stages, times and inputs; or one meeting's plan.",
            discussion:
                "With --meeting the plan of that meeting, its inputs carried from the earlier meetings' sessions; the JSON form is the input of 'dialogue run'. Without it, every meeting is planned (inputs not yet held keep the agenda's own values) and listed.",
            options: [
                LibraryOptions.methods, languageOption,
                .option("meeting", value: "id", help: "Print the plan of this meeting."),
                .option("seed", value: "n", help: "Seed for speaking orders and groups (default: the agenda's)."),
                .option(
                    "format", value: "format", help: "With --meeting: the output format.",
                    values: ["text", "md", "json", "html"], defaultValue: "text"),
                .option("output", short: "o", value: "file", help: "Write to this file instead of standard output."),
                .flag("force", help: "With -o: replace a file that exists."),
            ],
            arguments: [seriesArgument]
        ) { parsed, console in
            let results = try load(parsed.argument("series") ?? "", console: console)
            let series = results.series
            let text: String
            if let id = parsed.option("meeting") {
                let meeting = try meeting(id, in: series)
                let plan = try plan(meeting, results: results, parsed: parsed, console: console).plan
                for warning in plan.warnings { console.error("warning: \(warning)") }
                let renderer = PlanRenderer(plan: plan)
                switch parsed.option("format") ?? "text" {
                case "json": text = try PlanFile.text(plan)
                case "md": text = renderer.markdown()
                case "html": text = renderer.html()
                default: text = renderer.text()
                }
            } else {
                let say = { (key: String, values: [String]) in Phrasebook.say(key, in: series.language, values) }
                var lines = [console.bold(series.title)]
                if let purpose = series.purpose { lines.append(purpose) }
                var failed = 0
                for (index, stage) in series.stages.enumerated() {
                    lines.append("")
                    lines.append(console.bold(say("series.stage", [String(index + 1), stage.name])))
                    if let question = stage.question { lines.append("  “\(question)”") }
                    for meeting in series.meetings where meeting.stage == stage.id {
                        do {
                            let (plan, carried) = try self.plan(
                                meeting, results: results, parsed: parsed, console: console, allowWaiting: true)
                            let clock = MeetingClock(timeZone: plan.timeZone)
                            let minutes = Int(plan.end.timeIntervalSince(plan.start) / 60)
                            lines.append(
                                "  \(meeting.id): \(plan.title) — \(clock.day(plan.start)) \(clock.time(plan.start))–\(clock.time(plan.end)) (\(minutes) min), "
                                    + say("series.items-count", [String(plan.items.count)])
                                    + (meeting.theme.map { " · \($0)" } ?? ""))
                            for carry in carried {
                                let input = carry.input
                                let what = say("series.take.\(input.take.rawValue)", [])
                                let from = SeriesInputs(results).sources(of: input, in: meeting).joined(
                                    separator: ", ")
                                let state =
                                    carry.waitingFor.isEmpty
                                    ? say("series.input.count", [String(carry.texts.count)])
                                    : say("series.input.waiting", [])
                                lines.append(
                                    "    ← " + say("series.input", [what, from, String(input.item)])
                                        + (input.parameter.map { " ‘\($0)’" } ?? "") + " — \(state)")
                            }
                        } catch {
                            failed += 1
                            lines.append("  \(meeting.id): " + console.dim(say("series.does-not-plan", [])))
                        }
                    }
                }
                text = lines.joined(separator: "\n") + "\n"
                if failed > 0 {
                    console.write(text)
                    throw CommandFailure(
                        message: say(failed == 1 ? "series.failed.one" : "series.failed", [String(failed)]))
                }
            }
            try OutputFile.emit(text, parsed: parsed, console: console, language: results.series.language)
            return 0
        }
    }

    var status: Command {
        Command(
            name: "status", abstract: "Which meetings are held, what each recorded, the open agreements, what is next.",
            arguments: [seriesArgument]
        ) { parsed, console in
            let results = try load(parsed.argument("series") ?? "", console: console)
            let harvest = SeriesHarvestBuilder.harvest(results)
            let say = { (key: String, values: [String]) in Phrasebook.say(key, in: harvest.language, values) }
            var lines = [console.bold(harvest.title)]
            let held = harvest.meetings.filter { $0.status == .held }.count
            lines.append(say("series.progress", [String(held), String(harvest.meetings.count)]))
            for meeting in harvest.meetings {
                let clock = MeetingClock(timeZone: meeting.timeZone)
                let when = meeting.start.map { "\(clock.day($0)) \(clock.time($0))" } ?? "—"
                let status = say("series.status.\(meeting.status.rawValue)", [])
                var line =
                    "  \(meeting.id.padding(toLength: 16, withPad: " ", startingAt: 0)) \(when)  \(status.padding(toLength: 10, withPad: " ", startingAt: 0)) \(meeting.title)"
                if meeting.status != .planned {
                    line +=
                        " — " + say("series.records-count", [String(meeting.records.count)]) + ", "
                        + say(
                            "series.agreements-count",
                            [String(meeting.agreementsMade), String(meeting.agreementsReviewed)])
                }
                lines.append(line)
            }
            let open = harvest.agreements.filter(\.status.isOpen).count
            lines.append(say("series.open-agreements", [String(open)]))
            if let next = harvest.meetings.first(where: { $0.status != .held }) {
                lines.append(say("series.next", ["\(next.id) (\(next.title))"]))
            } else {
                lines.append(say("series.done", []))
            }
            console.print(lines.joined(separator: "\n"))
            return 0
        }
    }

    var run: Command {
        let commands = RunCommands(toolkit: toolkit)
        return Command(
            name: "run",
            abstract:
                "Run a meeting of the series in its own session folder, its inputs carried from earlier meetings.",
            discussion:
                "The same console as 'dialogue run'; continue a stopped meeting with 'dialogue resume' on its session folder.",
            options: [
                LibraryOptions.methods, languageOption,
                .flag("preparation", help: "Also walk the steps before and after the meeting."),
            ]
                + commands.roomOptions,
            arguments: [seriesArgument, ArgumentSpec(name: "meeting", help: "The meeting's id.")]
        ) { parsed, console in
            let results = try load(parsed.argument("series") ?? "", console: console)
            let meeting = try meeting(parsed.argument("meeting") ?? "", in: results.series)
            if FileManager.default.fileExists(atPath: SessionStore.journalPath(meeting.session)) {
                throw CommandFailure(
                    message:
                        "meeting '\(meeting.id)' already has a session in \(meeting.session); continue it with 'dialogue resume \(meeting.session)'"
                )
            }
            let plan = try plan(meeting, results: results, parsed: parsed, console: console).plan
            try PrivateFile.makeFolder(URL(fileURLWithPath: meeting.session).deletingLastPathComponent().path)
            return try commands.start(plan, in: meeting.session, parsed: parsed, console: console)
        }
    }

    var report: Command {
        Command(
            name: "report",
            abstract:
                "The cumulative harvest: every meeting by stage and theme, with the agreement ledger and its history.",
            discussion:
                "For everyone by default: private records stay out. Meetings still running count with what they have recorded so far.",
            options: [
                .option(
                    "format", value: "format", help: "Output format.", values: SeriesReport.formats,
                    defaultValue: "md"),
                RunCommands.privateFlag, RunCommands.exportOutput, RunCommands.forceFlag,
                .option(
                    "delimiter", value: "delimiter",
                    help: "With --format csv: the field separator; by default ';' for Dutch series and ',' otherwise.",
                    values: CSVAgreementsExporter.delimiters.map(\.name)),
            ],
            arguments: [seriesArgument]
        ) { parsed, console in
            let results = try load(parsed.argument("series") ?? "", console: console)
            let harvest = SeriesHarvestBuilder.harvest(
                results, audience: parsed.flag("private") ? .facilitator : .everyone)
            let format = parsed.option("format") ?? "md"
            var delimiter: Character? = nil
            if let name = parsed.option("delimiter") {
                guard format == "csv" else { throw UsageError(message: "'--delimiter' goes with '--format csv'") }
                delimiter = CSVAgreementsExporter.delimiters.first { $0.name == name }?.character
            }
            let text: String
            do {
                text = try SeriesReport(harvest).text(format, delimiter: delimiter)
            } catch let error as ExportError {
                throw CommandFailure(message: "\(results.series.file): \(error.description)")
            }
            try OutputFile.emit(text, parsed: parsed, console: console, language: results.series.language)
            return 0
        }
    }
}
