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

    /// The description phrase `key` in the description's language.
    func say(_ key: String, _ values: String...) -> String { Phrasebook.say("show." + key, in: language, values) }

    /// A number of people as the description's language says it: "2–5", "2 or more".
    func count(_ range: CountRange) -> String {
        range.max == nil ? say("or-more", String(range.min)) : range.description
    }

    /// The description as text, emphasised in `style`.
    public func render(style console: some TextStyle) -> String {
        var out: [String] = []
        out.append(console.bold("\(text(method.name))") + "  (\(method.id) \(method.version))")
        out.append(text(method.summary))
        if method.purpose != method.summary {
            out.append("")
            out.append(say("purpose", text(method.purpose)))
        }
        out.append("")
        out.append(say("participants", count(method.participants), method.languages.joined(separator: ", ")))
        let labels = Labels(language: language)
        let sections: [(String, [String])] =
            [
                (say("roles"), roleLines()),
                (say("role-groups"), roleGroupLines()),
                (say("parameters"), parameterLines()),
                (say("ground-rules"), method.groundRules.map { "  - \(text($0))" }),
                (
                    say("spaces"),
                    method.spaces.all.filter { $0.text != nil }.map { "  \(labels.space($0.name)): \(text($0.text))" }
                ),
                (say("materials"), method.materials.map { "  - \(text($0))" }),
            ]
            + method.scales.map { scale in
                (
                    say("scale", text(scale.name), scale.id)
                        + (scale.visibility == .private ? " " + say("private") : ""),
                    scaleLines(scale)
                )
            } + [
                (say("phases"), phaseLines(console: console)),
                (
                    say("sources"),
                    method.sources.map { "  [\($0.id)] \(text($0.citation))" + ($0.url.map { " <\($0)>" } ?? "") }
                ),
                (say("adaptations"), adaptations().map { "  - \($0)" }),
            ]
        // Roles, phases and sources always have a heading; the other sections only when they say something.
        let always: Set<String> = [say("roles"), say("phases"), say("sources")]
        for (title, lines) in sections where !lines.isEmpty || always.contains(title) {
            out.append("")
            out.append(console.bold(title))
            out += lines
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func roleLines() -> [String] {
        method.roles.flatMap { role in
            var line = "  \(text(role.name)) [\(role.id)], \(count(role.count))"
            if !role.constraints.isEmpty {
                line += "; " + role.constraints.map { say("constraint.\($0.rawValue)") }.joined(separator: ", ")
            }
            return [line] + (role.description.map { ["      \(text($0))"] } ?? [])
        }
    }

    private func roleGroupLines() -> [String] {
        method.roleGroups.enumerated().map { index, group in
            "  \(index + 1). \(text(group.name)) [\(group.id)]: \(names(group.roles))"
                + (group.required ? " (\(say("required")))" : "")
        }
    }

    private func parameterLines() -> [String] {
        method.parameters.map { parameter in
            var line = "  {\(parameter.id)} \(text(parameter.label)) (\(say("type.\(parameter.type.rawValue)"))"
            if let value = parameter.defaultValue { line += ", " + say("default", value.rendered(language)) }
            if parameter.required { line += ", " + say("required") }
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
            ["", console.bold("  \(text(phase.name))") + (phase.frame.map { "  (\(frame($0)))" } ?? "")]
                + phase.steps.flatMap { describe($0, console: console) }
        }
    }

    private func describe(_ step: Step, console: some TextStyle) -> [String] {
        var lines: [String] = []
        var title = "    • \(text(step.name)) — \(Phrasebook.stepKind(step.kind, in: language))"
        if step.when != .during { title += ", " + say("when.\(step.when.rawValue)") }
        if let duration = step.duration {
            let low = NumberText.format(duration.minMinutes, decimals: 1, in: language)
            let high = NumberText.format(duration.maxMinutes, decimals: 1, in: language)
            title += ", \(NumberText.format(duration.defaultMinutes, decimals: 1, in: language)) min (\(low)–\(high))"
            if duration.per != .step { title += " " + say("per.\(duration.per.rawValue)") }
        }
        lines.append(title)
        let pad = "        "
        if !step.speakers.isEmpty {
            var who = names(step.speakers)
            if !step.addressed.isEmpty { who += " → \(names(step.addressed))" }
            lines.append(pad + say("speaks", who))
        }
        if let listeners = step.listeners {
            lines.append(pad + say("listens", names(listeners.who), listeners.mode.described(in: language)))
        }
        if !step.recorder.isEmpty { lines.append(pad + say("records", names(step.recorder))) }
        if let repeating = step.repeating {
            var line = say("repeat.\(repeating.per.rawValue)")
            if !repeating.of.isEmpty { line += say("repeat.of", names(repeating.of)) }
            if let count = repeating.count { line += say("repeat.times", number(count)) }
            lines.append(pad + line)
        }
        if let grouping = step.grouping {
            // "pairs", not "pairs of 2": the size only when the kind does not say it.
            let implied = [Grouping.Kind.pairs: 2, .triads: 3][grouping.type]
            let sizeSaid = implied.map { grouping.size.min == $0 && grouping.size.max == $0 } ?? false
            var line =
                sizeSaid
                ? say("groups-only", say("group.\(grouping.type.rawValue)"))
                : say("groups", say("group.\(grouping.type.rawValue)"), count(grouping.size))
            switch grouping.count {
            case .literal(let number)?: line += say("group.count", String(number))
            case .parameter(let name)?:
                let label = method.parameter(name).map { text($0.label) } ?? name
                line += say("group.count-per", label)
            case nil: break
            }
            if !grouping.roles.isEmpty {
                line += say(
                    "group.each-with",
                    NameList.spoken(grouping.roles.map { "\(count($0.count)) \(names([$0.role]))" }, in: language))
            }
            // A rapporteur role in each group already says so.
            if grouping.rapporteur, !grouping.roles.contains(where: { $0.role == "rapporteur" }) {
                line += say("group.rapporteur")
            }
            if !grouping.mixBy.isEmpty {
                line += say(
                    "group.mix",
                    NameList.spoken(grouping.mixBy.map { Labels(language: language).field($0) }, in: language))
            }
            if let by = grouping.groupBy { line += say("group.by", Labels(language: language).field(by)) }
            lines.append(pad + line)
        }
        if let rotation = step.rotation {
            lines.append(pad + say("rotates", number(rotation.rounds), names(rotation.stay)))
        }
        for swap in step.swaps {
            lines.append(pad + say("swap", swap.between.map { names([$0]) }.joined(separator: " ⇄ ")))
        }
        for prompt in step.prompts {
            let to = prompt.to.isEmpty ? "" : say("to", names(prompt.to))
            lines.append(pad + "“\(text(prompt.text))”" + to)
        }
        for capture in step.captures {
            var line = Phrasebook.text("kind." + capture.type.rawValue, in: language)
            if let label = capture.label { line += " “\(text(label))”" }
            line += " " + say("capture.\(capture.per.rawValue)")
            if let scale = capture.scale {
                line += say("capture.scale", method.scales.first { $0.id == scale }.map { text($0.name) } ?? scale)
            }
            if capture.visibility == .private { line += " " + say("private") }
            if let command = capture.command { line += " " + say("capture.command", text(command)) }
            lines.append(pad + say("captures", line))
        }
        if step.grouping?.divideItems == true { lines.append(pad + say("divide")) }
        if let loop = step.loop {
            let steps = method.phases.flatMap(\.steps)
            let target = steps.first { $0.id == loop.to }.map { text($0.name) } ?? loop.to
            let themes = loop.over.map { over in
                MethodReader.parameterName(over)
                    ?? steps.lazy.compactMap { $0.captures.first { $0.id == over }?.label.map(text) }.first ?? over
            }
            lines.append(
                pad + say("loop", target, text(loop.question), String(loop.max ?? 0))
                    + (themes.map { ", " + say("loop-over", "“\($0)”") } ?? ""))
        }
        if let notes = step.notes { lines.append(pad + say("note", text(notes))) }
        return lines
    }

    private func names(_ references: [String]) -> String {
        NameList.spoken(
            references.map { reference in
                if let role = method.role(reference) { return text(role.name) }
                if let group = method.roleGroup(reference) { return text(group.name) }
                if reference == Audience.all { return say("audience.all") }
                if reference == Audience.others { return say("audience.others") }
                return reference
            }, in: language)
    }

    /// A count as people read it: the number, or a parameter's default ("3"), else its label.
    private func number(_ count: CountValue) -> String {
        switch count {
        case .literal(let value): return String(value)
        case .parameter(let name):
            guard let parameter = method.parameter(name) else { return name }
            if case .integer(let value)? = parameter.defaultValue { return String(value) }
            return "“\(text(parameter.label))”"
        }
    }

    /// A phase's time frame in the description's language.
    private func frame(_ frame: Phase.Frame) -> String { say("frame.\(frame.rawValue)") }

    private func adaptations() -> [String] {
        var result: [String] = []
        func add(_ provenance: Provenance?, _ what: String) {
            guard let provenance, provenance.isAdaptation else { return }
            var line = "\(what): \(say("basis.\(provenance.basis.rawValue)"))"
            if let note = provenance.note { line += " — \(text(note))" }
            result.append(line)
        }
        add(method.provenance, say("the-method"))
        for phase in method.phases {
            for step in phase.steps {
                add(step.provenance, say("step", text(step.name)))
                for (number, prompt) in step.prompts.enumerated() {
                    add(prompt.provenance, say("prompt", String(number + 1), text(step.name)))
                }
            }
        }
        return result
    }
}
