/// The readable description `dialogue methods show` prints: what a facilitator or a
/// designer needs to know of a method, in one language.
public struct MethodDescription {
    /// The method described.
    public let method: MethodSpec
    /// The language of the description.
    public let language: String
    /// The library, for the behaviours' summaries.
    public let library: MethodLibrary

    /// A description of `method` in `language`.
    public init(method: MethodSpec, language: String, library: MethodLibrary) {
        self.method = method
        self.language = language
        self.library = library
    }

    func text(_ localized: LocalizedText?) -> String { localized?.resolved(language) ?? "" }

    /// The description as text, emphasised in `style`.
    public func render(style console: some TextStyle) -> String {
        var out: [String] = []
        out.append(console.bold("\(text(method.name))") + "  (\(method.id) \(method.version))")
        out.append(text(method.summary))
        if method.purpose != method.summary {
            out.append("")
            out.append("Purpose: \(text(method.purpose))")
        }
        out.append("")
        out.append(
            "Participants: \(method.participants.description)    Languages: \(method.languages.joined(separator: ", "))"
        )
        let sections: [(String, [String])] =
            [
                ("Roles", roleLines()),
                ("Role groups, in order", roleGroupLines()),
                ("Parameters", parameterLines()),
                ("Ground rules", method.groundRules.map { "  - \(text($0))" }),
                (
                    "Dialogical spaces",
                    method.spaces.all.filter { $0.text != nil }.map { "  \($0.name.capitalized): \(text($0.text))" }
                ),
                ("Materials", method.materials.map { "  - \(text($0))" }),
            ]
            + method.scales.map { scale in
                (
                    "Scale: \(text(scale.name)) [\(scale.id)]" + (scale.visibility == .private ? " (private)" : ""),
                    scaleLines(scale)
                )
            } + [
                ("Phases and steps", phaseLines(console: console)),
                (
                    "Sources",
                    method.sources.map { "  [\($0.id)] \($0.citation)" + ($0.url.map { " <\($0)>" } ?? "") }
                ),
                ("Adaptations (not taken directly from a source)", adaptations().map { "  - \($0)" }),
            ]
        // Roles, phases and sources always have a heading; the other sections only when they say something.
        let always: Set<String> = ["Roles", "Phases and steps", "Sources"]
        for (title, lines) in sections where !lines.isEmpty || always.contains(title) {
            out.append("")
            out.append(console.bold(title))
            out += lines
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func roleLines() -> [String] {
        method.roles.flatMap { role in
            var line = "  \(text(role.name)) [\(role.id)], \(role.count.description)"
            if !role.constraints.isEmpty { line += "; " + role.constraints.map(\.rawValue).joined(separator: ", ") }
            return [line] + (role.description.map { ["      \(text($0))"] } ?? [])
        }
    }

    private func roleGroupLines() -> [String] {
        method.roleGroups.enumerated().map { index, group in
            "  \(index + 1). \(text(group.name)) [\(group.id)]: \(group.roles.joined(separator: ", "))"
                + (group.required ? " (required)" : "")
        }
    }

    private func parameterLines() -> [String] {
        method.parameters.map { parameter in
            var line = "  {\(parameter.id)} \(text(parameter.label)) (\(parameter.type.rawValue)"
            if let value = parameter.defaultValue { line += ", default: \(value.rendered(language))" }
            if parameter.required { line += ", required" }
            return line + ")"
        }
    }

    private func scaleLines(_ scale: Scale) -> [String] {
        guard scale.kind == .ordinal else {
            return ["  \(NumberText.format(scale.min))–\(NumberText.format(scale.max))"]
        }
        return scale.levels.map { level in
            "  \(NumberText.format(level.value)). \(text(level.label))"
                + (level.description.map { ": \(text($0))" } ?? "")
        }
    }

    private func phaseLines(console: some TextStyle) -> [String] {
        method.phases.flatMap { phase in
            ["", console.bold("  \(text(phase.name))") + (phase.frame.map { "  (\($0.rawValue))" } ?? "")]
                + phase.steps.flatMap { describe($0, console: console) }
        }
    }

    private func describe(_ step: Step, console: some TextStyle) -> [String] {
        var lines: [String] = []
        var title = "    • \(text(step.name)) — \(step.kind)"
        if step.when != .during { title += ", \(step.when.rawValue) the meeting" }
        if let duration = step.duration {
            let low = NumberText.format(duration.minMinutes)
            let high = NumberText.format(duration.maxMinutes)
            title += ", \(NumberText.format(duration.defaultMinutes)) min (\(low)–\(high))"
            if duration.per != .step { title += " per \(duration.per.rawValue)" }
        }
        lines.append(title)
        let pad = "        "
        if !step.speakers.isEmpty {
            var who = "Speaks: \(names(step.speakers))"
            if !step.addressed.isEmpty { who += " → \(names(step.addressed))" }
            lines.append(pad + who)
        }
        if let listeners = step.listeners {
            lines.append(pad + "Listens: \(names(listeners.who)) (\(listening(listeners.mode)))")
        }
        if !step.recorder.isEmpty { lines.append(pad + "Records: \(names(step.recorder))") }
        if let repeating = step.repeating {
            var line = "Repeats per \(repeating.per.rawValue)"
            if !repeating.of.isEmpty { line += " of \(names(repeating.of)), in that order" }
            if let count = repeating.count { line += ", \(count.text) times" }
            lines.append(pad + line)
        }
        if let grouping = step.grouping {
            var line = "Groups: \(grouping.type.rawValue) of \(grouping.size.description)"
            if let count = grouping.count { line += ", \(count.text) groups" }
            if !grouping.roles.isEmpty {
                line +=
                    "; each with " + grouping.roles.map { "\($0.count.description) \($0.role)" }.joined(separator: ", ")
            }
            if grouping.rapporteur { line += "; a rapporteur each" }
            if !grouping.mixBy.isEmpty { line += "; mixing \(grouping.mixBy.joined(separator: ", "))" }
            if let by = grouping.groupBy { line += "; one group per \(by)" }
            lines.append(pad + line)
        }
        if let rotation = step.rotation {
            lines.append(pad + "Rotates: \(rotation.rounds.text) rounds; \(names(rotation.stay)) stay")
        }
        for swap in step.swaps { lines.append(pad + "Swap: \(swap.between.joined(separator: " ⇄ "))") }
        for prompt in step.prompts {
            let to = prompt.to.isEmpty ? "" : " (to \(names(prompt.to)))"
            lines.append(pad + "“\(text(prompt.text))”" + to)
        }
        for capture in step.captures {
            var line = "Captures: \(capture.type.rawValue)"
            if let label = capture.label { line += " “\(text(label))”" }
            line += " per \(capture.per.rawValue)"
            if let scale = capture.scale { line += " on \(scale)" }
            if capture.visibility == .private { line += " (private)" }
            lines.append(pad + line)
        }
        if let loop = step.loop {
            lines.append(
                pad + "Loop back to \(loop.to) while: “\(text(loop.question))” (at most \(loop.max ?? 0) times)")
        }
        if let notes = step.notes { lines.append(pad + "Note: \(text(notes))") }
        return lines
    }

    private func names(_ references: [String]) -> String {
        references.map { reference in
            if let role = method.role(reference) { return text(role.name) }
            if let group = method.roleGroup(reference) { return text(group.name) }
            return reference
        }.joined(separator: ", ")
    }

    private func listening(_ mode: Listening.Mode) -> String {
        switch mode {
        case .silent: return "in silence, without commenting"
        case .noInterruption: return "without interrupting"
        case .reflecting: return "listening while not addressed or looked at"
        case .open: return "open dialogue"
        }
    }

    private func adaptations() -> [String] {
        var result: [String] = []
        func add(_ provenance: Provenance?, _ what: String) {
            guard let provenance, provenance.isAdaptation else { return }
            var line = "\(what): \(provenance.basis.rawValue)"
            if let note = provenance.note { line += " — \(text(note))" }
            result.append(line)
        }
        add(method.provenance, "The method")
        for phase in method.phases {
            for step in phase.steps {
                add(step.provenance, "Step '\(text(step.name))'")
                for prompt in step.prompts { add(prompt.provenance, "Prompt '\(prompt.id)' of '\(step.id)'") }
            }
        }
        return result
    }
}

extension CountValue {
    var text: String {
        switch self {
        case .literal(let value): return String(value)
        case .parameter(let name): return "{\(name)}"
        }
    }
}
