/// Renders groups and their quality report for `dialogue groups`: a table for the terminal,
/// CSV for a spreadsheet, Markdown for a document.
public struct GroupScheduleRenderer: Sendable {
    /// The groups and quality report to render.
    public let schedule: GroupSchedule

    /// A renderer of `schedule`.
    public init(_ schedule: GroupSchedule) {
        self.schedule = schedule
    }

    /// The quality report, one finding a line.
    public var qualityLines: [String] {
        let quality = schedule.quality
        var lines = [
            "Repeated encounters: \(quality.repeats) (lower bound \(quality.repeatsLowerBound)); "
                + "most any pair met: \(quality.maxMeetings)"
        ]
        // Say what the bound proves, never "possible" beside a bound that rules it out.
        let newTables = schedule.rounds.count <= (schedule.rounds.first?.count ?? 0)
        let condition =
            !quality.boundAssumesFewestRevisits
            ? "" : newTables ? " that gives every traveller a new table each round" : " with the fewest table revisits"
        let proof = quality.boundProvenBySearch ? "an exhaustive search" : "counting and pigeonhole"
        if quality.optimal {
            lines.append(
                quality.repeatsLowerBound == 0
                    ? "Optimal: no repeats."
                    : "Optimal: no plan\(condition) has fewer than \(quality.repeatsLowerBound) repeats (\(proof)), and this one has no more."
            )
        } else if quality.repeatsLowerBound > 0 {
            lines.append(
                "Zero repeats are impossible here: at least \(quality.repeatsLowerBound)\(condition) (\(proof)); "
                    + "whether \(quality.repeats) is the fewest is not proven.")
        } else if quality.repeats > 0, quality.zeroRepeatRoundsBound > 0 {
            lines.append(
                "Zero repeats are not ruled out for up to \(quality.zeroRepeatRoundsBound) rounds (counting bound); this plan did not reach them."
            )
        }
        for mixing in quality.mixing {
            let share = Int((mixing.largestShare * 100).rounded())
            lines.append(
                "Mixing by \(mixing.attribute): at most \(mixing.maxSameInGroup) of one value per group "
                    + "(lower bound \(mixing.bestPossible)); largest share \(share)%")
        }
        if quality.tableRevisits > 0 { lines.append("Table revisits: \(quality.tableRevisits)") }
        for binding in quality.binding { lines.append("Binding: \(binding)") }
        for violation in quality.violations { lines.append("VIOLATION: \(violation)") }
        lines.append(
            "Found by \(quality.method) in \(quality.iterations) moves"
                + (quality.cutShort ? "; the time limit cut the search, so another run may differ." : "."))
        return lines
    }

    /// Rounds and groups as plain text; `heading` styles the round headings (bold on a terminal).
    public func table(heading: (String) -> String = { $0 }) -> String {
        var out = ""
        for (index, round) in schedule.rounds.enumerated() {
            if schedule.rounds.count > 1 { out += heading("Round \(index + 1)") + "\n" }
            for (number, group) in round.enumerated() {
                out += "  Group \(number + 1): \(NameList.joined(group))\n"
            }
        }
        return out + "\n" + qualityLines.joined(separator: "\n") + "\n"
    }

    /// One row per person per round: `round,group,name`.
    public func csv() -> String {
        var out = "round,group,name\r\n"
        for (round, groups) in schedule.rounds.enumerated() {
            for (group, names) in groups.enumerated() {
                for name in names { out += "\(round + 1),\(group + 1),\(CSVWriter.field(name, delimiter: ","))\r\n" }
            }
        }
        return out
    }

    /// A table per round and the quality report as a list.
    public func markdown() -> String {
        var out = ""
        for (index, round) in schedule.rounds.enumerated() {
            out += "## Round \(index + 1)\n\n| Group | People |\n|---|---|\n"
            for (number, group) in round.enumerated() {
                out += "| \(number + 1) | \(NameList.joined(group.map(Markdown.escape))) |\n"
            }
            out += "\n"
        }
        return out + "## Quality\n\n" + qualityLines.map { "- \($0)" }.joined(separator: "\n") + "\n"
    }
}
