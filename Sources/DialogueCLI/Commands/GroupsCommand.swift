import DialogueKit
import Foundation

/// `dialogue groups`: form groups and table rotations from a participants file.
struct GroupsCommand {
    /// The methods, behaviours, exporters and group former the commands use.
    let toolkit: Toolkit

    var command: Command {
        Command(
            name: "groups",
            abstract: "Form groups or table rotations where people meet new people and organisations mix.",
            discussion:
                "Reads a participants CSV (name, roles, organisation, any other columns) and prints the groups of each round with a quality report: repeated encounters, the most any pair met, how well organisations mix, and the bounds that say how good it could be.",
            options: [
                .option("size", value: "n or min-max", help: "Group size, e.g. 4 or 4-6."),
                .option("groups", value: "n", help: "Number of groups (tables); by default as few as the size allows."),
                .option("rounds", value: "n", help: "Rounds.", defaultValue: "1"),
                .option(
                    "by", value: "attribute", help: "An attribute to mix (repeatable), e.g. organisation or role.",
                    repeatable: true),
                .option(
                    "hosts", value: "names",
                    help: "Comma-separated names of table hosts who stay at tables 1, 2, … (makes it a rotation)."),
                .option(
                    "keep-together", value: "names", help: "Comma-separated names always in one group (repeatable).",
                    repeatable: true),
                .option(
                    "keep-apart", value: "names", help: "Comma-separated names never in one group (repeatable).",
                    repeatable: true),
                .option(
                    "seed", value: "n", help: "Seed for the search; the same seed gives the same groups.",
                    defaultValue: "1"),
                .option(
                    "effort", value: "n",
                    help:
                        "Times the standard search budget: 500 moves per person per round (20,000 to 500,000) and 8 restarts without a better schedule; 0 uses constructions only. The same seed and effort give the same groups.",
                    defaultValue: "1"),
                .option(
                    "time-limit", value: "seconds",
                    help:
                        "A safety cap on search time (none by default); the report says when it cut the search, and such groups may differ from run to run."
                ),
                .flag("timings", help: "Also print how long the search took on this machine."),
                .option(
                    "format", value: "format", help: "Output format.", values: ["table", "csv", "json", "md"],
                    defaultValue: "table"),
            ],
            arguments: [ArgumentSpec(name: "participants", help: "A participants CSV file.")]
        ) { parsed, console in
            let path = parsed.argument("participants") ?? ""
            let participants = try readParticipants(path, console: console)
            let problem: GroupProblem
            let schedule: GroupSchedule
            let stopwatch = Stopwatch()
            do {
                problem = try request(parsed).problem(for: participants, file: path)
                schedule = try toolkit.groupFormer.form(problem)
            } catch let error as GroupFormationError {
                // Every message names the file it is about.
                throw CommandFailure(
                    message: error.message.contains(path) ? error.message : "\(path): \(error.message)")
            }
            let seconds = stopwatch.seconds
            let renderer = GroupScheduleRenderer(schedule)
            switch parsed.option("format") ?? "table" {
            case "json": console.print(try JSONWriter.string(schedule))
            case "csv": console.write(renderer.csv())
            case "md": console.write(renderer.markdown())
            default: console.write(renderer.table(heading: console.bold))
            }
            if parsed.flag("timings") {
                console.error(
                    String(
                        format: "Search took %.3f s on this machine (%d moves).", seconds, schedule.quality.iterations))
            }
            return 0
        }
    }

    func readParticipants(_ path: String, console: Console) throws -> [Participant] {
        let source: SourceText
        switch SpecFile.read(path) {
        case .success(let found): source = found
        case .failure(let diagnostic): throw CommandFailure(diagnostic)
        }
        switch ParticipantsFile.read(source) {
        case .success(let participants):
            return participants
        case .failure(let diagnostics):
            for diagnostic in diagnostics { console.error(diagnostic.rendered(colors: console.colorsOnError)) }
            throw CommandFailure(
                message:
                    "\(path) has \(diagnostics.count) problem\(diagnostics.count == 1 ? "" : "s"); nothing was planned")
        }
    }

    /// A whole number of at least 1 (rounds, groups), or the usage error.
    func integer(_ parsed: ParsedArguments, _ name: String) throws -> Int? {
        guard let text = parsed.option(name) else { return nil }
        guard let value = Int(text), value >= 1 else {
            throw UsageError(
                message: "The value '\(text)' is invalid for '--\(name)'; expected a whole number of 1 or more")
        }
        return value
    }

    /// The request the options make; usage errors for options that do not read.
    func request(_ parsed: ParsedArguments) throws -> GroupRequest {
        var size: CountRange? = nil
        if let text = parsed.option("size") {
            guard let range = GroupRequest.size(text) else {
                throw UsageError(message: "The value '\(text)' is invalid for '--size'; write 4 or 4-6")
            }
            size = range
        }
        let groups = try integer(parsed, "groups")
        guard size != nil || groups != nil else { throw UsageError(message: "Give '--size' or '--groups'") }
        var watch: SearchWatch? = nil
        if let text = parsed.option("time-limit") {
            guard let limit = Double(text), limit > 0, limit <= 600 else {
                throw UsageError(message: "'--time-limit' takes seconds between 0 and 600")
            }
            watch = .timeCap(seconds: limit)
        }
        guard let effort = Int(parsed.option("effort") ?? "1"), (0...1_000).contains(effort) else {
            throw UsageError(message: "'--effort' takes a whole number from 0 to 1000 (times the standard budget)")
        }
        guard let seed = UInt64(parsed.option("seed") ?? "1") else {
            throw UsageError(message: "'--seed' takes a whole number")
        }
        return GroupRequest(
            size: size, groups: groups, rounds: try integer(parsed, "rounds") ?? 1,
            hosts: parsed.option("hosts").map(GroupRequest.names) ?? [],
            keepTogether: parsed.all("keep-together").map(GroupRequest.names),
            keepApart: parsed.all("keep-apart").map(GroupRequest.names),
            mixBy: parsed.all("by").isEmpty ? nil : parsed.all("by"), seed: seed, budget: GroupBudget(effort: effort),
            watch: watch)
    }
}
