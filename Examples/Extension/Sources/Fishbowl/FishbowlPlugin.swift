import DialogueKit
import Foundation

/// A fishbowl: a few people talk in an inner circle while everyone else listens from the
/// outer circle; each round other people take the inner seats. Shipped as a plugin with
/// one JSON method (`fishbowl.json`) that uses the new `fishbowl` step kind.
public struct FishbowlPlugin: MethodPlugin {
    /// Creates it; it has no settings.
    public init() {}
    /// The plugin's name.
    public let name = "Fishbowl"

    /// The plugin's JSON specs.
    public var specs: [EmbeddedSpec] {
        guard let url = Bundle.module.url(forResource: "fishbowl", withExtension: "json"),
            let data = try? Data(contentsOf: url)
        else { return [] }
        return [EmbeddedSpec(file: "fishbowl.json", json: String(decoding: data, as: UTF8.self))]
    }

    /// The step kinds the plugin adds.
    public var behaviours: [any StepBehaviour] { [FishbowlBehaviour()] }
}

/// Everything this package adds to a `dialogue` tool: the fishbowl method and behaviour,
/// and the plain-text minutes exporter (`dialogue report SESSION --format minutes`).
public struct FishbowlExtension: ToolkitPlugin {
    /// Creates it; it has no settings.
    public init() {}

    /// Adds the fishbowl method, its behaviour and the minutes exporter.
    public func contribute(to toolkit: inout Toolkit) {
        toolkit.add(FishbowlPlugin())
        toolkit.add(exporter: MinutesExporter())
    }
}

/// The inner circle of `grouping.size.max` seats talks; the others listen in silence.
/// One turn per round (`repeat.count`), each with the next people inside.
public struct FishbowlBehaviour: StepBehaviour {
    /// Creates it; it has no settings.
    public init() {}
    /// The name specs use in a step's `"kind"`.
    public let kind = "fishbowl"
    /// One sentence for help texts and listings.
    public let summary = "An inner circle talks while the outer circle listens; the inner seats change each round."
    /// The records a step of this kind may capture.
    public let acceptedCaptures: [Capture.Kind] = [.note, .idea]

    /// Examples that double as tests (see ``ExampleCheck``).
    public var examples: [SpecExample] {
        [
            SpecExample(
                #"{"id": "bowl", "name": "Fishbowl", "kind": "fishbowl", "duration": {"default": 3, "per": "speaker"}, "grouping": {"type": "plenary", "size": {"min": 3, "max": 4}}, "repeat": {"per": "round", "count": 3}, "speakers": ["all"]}"#
            ),
            SpecExample(
                #"{"id": "bowl", "name": "Fishbowl", "kind": "fishbowl", "duration": {"default": 3, "per": "speaker"}, "grouping": ↓{"type": "plenary"}, "repeat": {"per": "round", "count": 3}, "speakers": ["all"]}"#
            ),
        ]
    }

    /// Checks a step of this kind, reporting at `path`.
    public func validate(_ step: Step, at path: SpecPath, in method: MethodSpec, report: SpecReporter) {
        if step.grouping?.size.max == nil {
            report.error(
                "fishbowl-seats", "a 'fishbowl' step needs grouping.size with a max: the inner seats",
                at: path.appending("grouping"),
                hint: "add \"grouping\": {\"type\": \"plenary\", \"size\": {\"min\": 3, \"max\": 5}}")
        }
        if step.repeating?.per != .round {
            report.error(
                "fishbowl-rounds", "a 'fishbowl' step repeats per round", at: path,
                hint: "add \"repeat\": {\"per\": \"round\", \"count\": 3}")
        }
    }

    /// Lays out the turns of a planned step of this kind.
    public func turns(for step: Step, context: TurnContext) -> [Turn] {
        let everyone = context.people(step.speakers.isEmpty ? [Audience.all] : step.speakers)
        let seats = max(1, min(step.grouping?.size.max ?? 4, everyone.count))
        let rounds: Int
        switch step.repeating?.count {
        case .literal(let count)?: rounds = count
        default: rounds = 1
        }
        return (0..<rounds).map { round in
            let inner = (0..<seats).map { everyone[(round * seats + $0) % everyone.count] }
            let outer = everyone.filter { !inner.contains($0) }
            let circle = Circle(
                name: "Inner circle", members: everyone, speakers: inner, addressed: inner,
                listeners: .named(outer), listening: .silent)
            return Turn(
                label: "Round \(round + 1): \(inner.joined(separator: ", "))", round: round + 1, circles: [circle],
                prompts: step.prompts.map(\.id))
        }
    }
}

/// Plain-text minutes: agreements first, then what was said per step. For mail or SMS.
public struct MinutesExporter: HarvestExporter {
    /// Creates it; it has no settings.
    public init() {}
    /// The name used with `--format`.
    public let format = "minutes"
    /// One sentence for help texts and listings.
    public let summary = "Plain-text minutes: agreements, then what was said per step."
    /// The file extension of the output.
    public let fileExtension = "txt"

    /// Fragments of the minutes of ``Harvest/example``.
    public var examples: [String] {
        [
            "MINUTES: Network meeting around Sem",
            "- Karin: Call the school about Monday (with Mila) by 2026-12-10",
            "- Mila: We want Sem to go back to school.",
        ]
    }

    /// The harvest in this format.
    public func export(_ harvest: Harvest) throws -> Data {
        var lines = ["MINUTES: \(harvest.session.title)", ""]
        if !harvest.agreements.isEmpty {
            lines.append("AGREEMENTS")
            for agreement in harvest.agreements {
                var line = "- \(agreement.who.joined(separator: " & ")): \(agreement.what)"
                if !agreement.withWhom.isEmpty { line += " (with \(agreement.withWhom.joined(separator: ", ")))" }
                if let byWhen = agreement.byWhen { line += " by \(byWhen)" }
                lines.append(line)
            }
            lines.append("")
        }
        for step in harvest.steps where !step.records.isEmpty {
            lines.append(step.name.uppercased())
            for record in step.records where record.visibility == .shared {
                lines.append("- " + (record.person.map { "\($0): " } ?? "") + record.text)
            }
            lines.append("")
        }
        return Data(lines.joined(separator: "\n").utf8)
    }
}
