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
                    "effort", value: "moves",
                    help: "Search moves at most; the same seed and effort give the same groups.", defaultValue: "5000"),
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
            let problem = try makeProblem(participants, parsed)
            let schedule: GroupSchedule
            let stopwatch = Stopwatch()
            do {
                schedule = try toolkit.groupFormer.form(problem)
            } catch let error as GroupFormationError {
                throw CommandFailure(message: error.message)
            }
            let seconds = stopwatch.seconds
            switch parsed.option("format") ?? "table" {
            case "json": console.print(try JSONWriter.string(schedule))
            case "csv": console.write(csv(schedule))
            case "md": console.write(markdown(schedule))
            default: console.write(table(schedule, console: console))
            }
            if parsed.flag("timings") {
                console.error(
                    String(
                        format: "Search took %.3f s on this machine (%d moves).", seconds,
                        schedule.quality.iterations))
            }
            return 0
        }
    }

    func readParticipants(_ path: String, console: Console) throws -> [Participant] {
        let source: SourceText
        switch SpecFile.read(path) {
        case .success(let found): source = found
        case .failure(let diagnostic): throw CommandFailure(message: diagnostic.rendered())
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

    func integer(_ parsed: ParsedArguments, _ name: String) throws -> Int? {
        guard let text = parsed.option(name) else { return nil }
        guard let value = Int(text), value >= 0 else {
            throw UsageError(message: "The value '\(text)' is invalid for '--\(name)'; expected a whole number")
        }
        return value
    }

    func names(_ text: String) -> [String] {
        text.split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    func makeProblem(_ participants: [Participant], _ parsed: ParsedArguments) throws -> GroupProblem {
        let rounds = try integer(parsed, "rounds") ?? 1
        let groupCount = try integer(parsed, "groups")
        var size = CountRange(min: 1, max: nil)
        if let text = parsed.option("size") {
            let parts = text.split(separator: "-").map { Int($0) }
            guard (1...2).contains(parts.count), parts.allSatisfy({ ($0 ?? 0) >= 1 }) else {
                throw UsageError(message: "The value '\(text)' is invalid for '--size'; write 4 or 4-6")
            }
            size = CountRange(min: parts[0] ?? 1, max: parts.last ?? parts[0])
        } else if groupCount == nil {
            throw UsageError(message: "Give '--size' or '--groups'")
        }
        guard let sizes = GroupProblem.sizes(people: participants.count, size: size, groups: groupCount) else {
            let fix =
                size.min == size.max && groupCount == nil
                ? "; give a range such as '--size \(max(1, size.min - 1))-\(size.min)' or '--size \(size.min)-\(size.min + 1)'"
                : ""
            throw CommandFailure(
                message: "\(participants.count) people cannot be split into "
                    + (groupCount.map { "\($0) groups" } ?? "groups") + " of \(size.description)" + fix)
        }
        let hosts = parsed.option("hosts").map(names) ?? []
        if hosts.count > sizes.count {
            throw CommandFailure(message: "\(hosts.count) hosts but only \(sizes.count) tables")
        }
        var fixed: [String: Int] = [:]
        for (table, host) in hosts.enumerated() { fixed[host] = table }
        let mixBy =
            parsed.all("by").isEmpty
            ? (participants.contains { $0.organisation != nil } ? ["organisation"] : [])
            : parsed.all("by")
        for attribute in mixBy where !participants.contains(where: { $0.mixingAttributes[attribute] != nil }) {
            let path = parsed.argument("participants") ?? "the participants file"
            let columns = Set(participants.flatMap { $0.mixingAttributes.keys }).sorted().map { "'\($0)'" }
            throw CommandFailure(
                message: "No one in \(path) has a value for '\(attribute)', so '--by \(attribute)' has "
                    + "nothing to mix; "
                    + (columns.isEmpty
                        ? "add a column '\(attribute)' to the file"
                        : "the file has \(columns.joined(separator: ", ")); check the spelling or add the column"))
        }
        var watch: SearchWatch? = nil
        if let text = parsed.option("time-limit") {
            guard let limit = Double(text), limit > 0, limit <= 600 else {
                throw UsageError(message: "'--time-limit' takes seconds between 0 and 600")
            }
            watch = .timeCap(seconds: limit)
        }
        guard let effort = Int(parsed.option("effort") ?? "5000"), effort >= 0 else {
            throw UsageError(message: "'--effort' takes a whole number of moves")
        }
        guard let seed = UInt64(parsed.option("seed") ?? "1") else {
            throw UsageError(message: "'--seed' takes a whole number")
        }
        return GroupProblem(
            people: participants.map { GroupProblem.Person(name: $0.name, attributes: $0.mixingAttributes) },
            sizes: sizes, rounds: rounds, fixed: fixed,
            keepTogether: parsed.all("keep-together").map(names), keepApart: parsed.all("keep-apart").map(names),
            mixBy: mixBy, rotation: !hosts.isEmpty, seed: seed, maxIterations: effort, watch: watch)
    }

    func qualityLines(_ quality: GroupQuality) -> [String] {
        var lines = [
            "Repeated encounters: \(quality.repeats) (lower bound \(quality.repeatsLowerBound)); "
                + "most any pair met: \(quality.maxMeetings)"
        ]
        if quality.zeroRepeatRoundsBound > 0 {
            lines.append(
                "Zero repeats are possible for at most \(quality.zeroRepeatRoundsBound) rounds (counting bound).")
        }
        for mixing in quality.mixing {
            lines.append(
                "Mixing by \(mixing.attribute): at most \(mixing.maxSameInGroup) of one value per group "
                    + "(best possible \(mixing.bestPossible)); largest share \(Int((mixing.largestShare * 100).rounded()))%"
            )
        }
        if quality.tableRevisits > 0 { lines.append("Table revisits: \(quality.tableRevisits)") }
        for binding in quality.binding { lines.append("Binding: \(binding)") }
        for violation in quality.violations { lines.append("VIOLATION: \(violation)") }
        lines.append(
            "Found by \(quality.method) in \(quality.iterations) moves"
                + (quality.cutShort ? "; the time limit cut the search, so another run may differ." : "."))
        return lines
    }

    func table(_ schedule: GroupSchedule, console: Console) -> String {
        var out = ""
        for (index, round) in schedule.rounds.enumerated() {
            if schedule.rounds.count > 1 { out += console.bold("Round \(index + 1)") + "\n" }
            for (number, group) in round.enumerated() {
                out += "  Group \(number + 1): \(NameList.joined(group))\n"
            }
        }
        out += "\n" + qualityLines(schedule.quality).joined(separator: "\n") + "\n"
        return out
    }

    func csv(_ schedule: GroupSchedule) -> String {
        var out = "round,group,name\r\n"
        for (round, groups) in schedule.rounds.enumerated() {
            for (group, names) in groups.enumerated() {
                for name in names { out += "\(round + 1),\(group + 1),\(CSVWriter.field(name, delimiter: ","))\r\n" }
            }
        }
        return out
    }

    func markdown(_ schedule: GroupSchedule) -> String {
        var out = ""
        for (index, round) in schedule.rounds.enumerated() {
            out += "## Round \(index + 1)\n\n| Group | People |\n|---|---|\n"
            for (number, group) in round.enumerated() {
                out += "| \(number + 1) | \(NameList.joined(group.map(Markdown.escape))) |\n"
            }
            out += "\n"
        }
        out += "## Quality\n\n" + qualityLines(schedule.quality).map { "- \($0)" }.joined(separator: "\n") + "\n"
        return out
    }
}
