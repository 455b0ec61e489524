import DialogueKit
import Foundation
import Testing

/// The package root, found from this file's path (tests read the source tree directly).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

let library = Toolkit.standard.library()

func pluginFolder(_ plugin: any MethodPlugin) -> URL {
    packageRoot.appendingPathComponent("Plugins").appendingPathComponent(plugin.name)
}

@Suite struct MethodPluginTests {
    @Test func everyBuiltInMethodLoadsWithoutAnyDiagnostic() {
        #expect(library.diagnostics.isEmpty, "\(library.diagnostics)")
        #expect(library.methods.count == ShippedMethods.plugins.reduce(0) { $0 + $1.specs.count })
        for method in library.methods { #expect(method.warnings.isEmpty, "\(method.spec.id): \(method.warnings)") }
    }

    @Test(arguments: ShippedMethods.plugins.map(\.name))
    func embeddedSpecsMatchTheJSONFiles(_ name: String) throws {
        let plugin = try #require(ShippedMethods.plugins.first { $0.name == name })
        for spec in plugin.specs {
            let file = pluginFolder(plugin).appendingPathComponent(spec.file)
            let onDisk = try String(contentsOf: file, encoding: .utf8)
            #expect(
                onDisk.trimmingCharacters(in: .newlines) == spec.json.trimmingCharacters(in: .newlines),
                "\(plugin.name)/\(spec.file) is out of date. Run 'swift run dialogue-dev embed-specs'.")
        }
        let jsonFiles = try FileManager.default.contentsOfDirectory(atPath: pluginFolder(plugin).path)
            .filter { $0.hasSuffix(".json") }
        #expect(Set(jsonFiles) == Set(plugin.specs.map(\.file)))
    }

    /// The generated plugin list names every folder under Plugins/, so a new plugin needs its
    /// folder, one line in Package.swift and 'swift run dialogue-dev embed-specs'.
    @Test func everyPluginFolderIsShipped() throws {
        let folders = try FileManager.default.contentsOfDirectory(
            atPath: packageRoot.appendingPathComponent("Plugins").path)
        #expect(
            Set(ShippedMethods.plugins.map(\.name)) == Set(folders),
            "ShippedMethods+Generated.swift is out of date. Run 'swift run dialogue-dev embed-specs'.")
    }

    /// Every rule's examples double as tests: values that must pass, and ones with a ↓ where
    /// the rule must report. A new plugin's rules are picked up here without a change.
    @Test(arguments: Toolkit.standard.rules.map(\.rule.id))
    func ruleExamples(rule: String) {
        let problems = Toolkit.standard.exampleProblems(ofRule: rule)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    /// Every step kind's examples double as tests, built-in and the plugins' alike.
    @Test(arguments: Toolkit.standard.behaviours.kinds)
    func behaviourExamples(kind: String) {
        let problems = Toolkit.standard.exampleProblems(ofBehaviour: kind)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test func shippedAndExampleMethodsPassTheSchema() throws {
        let checker = try #require(SchemaChecker(schemaText: Toolkit.standard.methodSchema.text))
        var files: [URL] = []
        for plugin in ShippedMethods.plugins {
            files += plugin.specs.map { pluginFolder(plugin).appendingPathComponent($0.file) }
        }
        let examples = packageRoot.appendingPathComponent("Examples/methods")
        files += try FileManager.default.contentsOfDirectory(atPath: examples.path).filter { $0.hasSuffix(".json") }
            .map { examples.appendingPathComponent($0) }
        #expect(files.count >= 11)
        for file in files {
            let bytes = try Array(Data(contentsOf: file))
            let root = try #require(JSONParser.parse(SourceText(file: file.path, bytes: bytes)).root)
            #expect(checker.errors(root).isEmpty, "\(file.lastPathComponent): \(checker.errors(root))")
        }
    }

    @Test func exampleAgendasPassTheSchema() throws {
        let checker = try #require(SchemaChecker(schemaText: Toolkit.standard.agendaSchema.text))
        let folder = packageRoot.appendingPathComponent("Examples/agendas")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        #expect(files.count >= 3)
        for file in files {
            let bytes = try Array(Data(contentsOf: folder.appendingPathComponent(file)))
            let root = try #require(JSONParser.parse(SourceText(file: file, bytes: bytes)).root)
            #expect(checker.errors(root).isEmpty, "\(file): \(checker.errors(root))")
        }
    }
}

/// What each method must say to be faithful to its sources.
@Suite struct FaithfulnessTests {
    func method(_ id: String) throws -> MethodSpec { try #require(library.method(id)).spec }

    @Test func goodFutureInterviewsFamilyFirstWithTheSourcedFrame() throws {
        let spec = try method("good-future")
        #expect(spec.roleGroups.first?.id == "family-network")
        let interviews = spec.allSteps.filter { $0.step.kind == "future-recall" }.map(\.step)
        #expect(interviews.map { $0.speakers } == [["family-network"], ["professionals"]])
        let q1 = try #require(interviews.first?.prompts.first)
        #expect(q1.text.resolved("en").hasPrefix("A {horizon} has passed and {subject}."))
        #expect(
            q1.text.resolved("nl").hasPrefix("Er is een {horizon} voorbij en {subject}."),
            "the project variant works in Dutch")
        // Observers learn the approach; they never speak, the planning step included.
        let plan = try #require(spec.allSteps.first { $0.step.id == "plan" }?.step)
        #expect(!plan.speakers.contains("all") && !plan.speakers.contains("observer"))
        #expect(q1.text.has("nl") && q1.text.has("fi"))
        #expect(spec.role("interviewer")?.has(.externalToCase) == true)
        #expect(spec.role("note-taker")?.has(.externalToCase) == true)
        #expect(interviews.allSatisfy { $0.listeners?.mode == .silent && $0.recorder == ["note-taker"] })
        #expect(spec.allSteps.contains { $0.step.captures.contains { $0.type == .agreement } })
        #expect(spec.provenance?.isAdaptation == true)
    }

    @Test func takingUpConcernsHasTheNineStepsZonesAndLoop() throws {
        let spec = try method("taking-up-concerns")
        let numbered = spec.allSteps.filter { $0.step.name.resolved("en").first?.isNumber == true }
        #expect(numbered.count == 9)
        let zones = try #require(spec.scale("worry-zones"))
        #expect(zones.levels.count == 4 && zones.visibility == .private)
        #expect(
            zones.levels.map { $0.label.resolved("fi") } == [
                "Ei huolta", "Pieni huoli", "Harmaa vyöhyke", "Suuri huoli",
            ])
        let loop = try #require(spec.allSteps.compactMap(\.step.loop).first)
        #expect(loop.to == "anticipate" && loop.max != nil)
        #expect(spec.allSteps.first { $0.step.id == "reflect-afterwards" }?.step.when == .after)
    }

    @Test func scmaExercisesKeepTheirTimingsAndRoleSwap() throws {
        let leadership = try method("concern-of-leadership")
        let minutes = leadership.allSteps.compactMap { $0.step.duration?.defaultMinutes }
        #expect(minutes.reduce(0, +) == 20)
        #expect(leadership.allSteps.contains { !$0.step.swaps.isEmpty })
        let users = try method("concerns-of-users-and-relatives")
        let report = try #require(users.allSteps.first { $0.step.kind == "report-back" }?.step.duration)
        #expect(report.defaultMinutes == 4 && report.per == .speaker)
        #expect(users.allSteps.filter { $0.step.grouping?.rapporteur == true }.count == 2)
    }

    @Test func warmUpsFollowTheirSources() throws {
        let triad = try method("reflective-space-triad")
        #expect(triad.allSteps.map { $0.step.duration?.defaultMinutes } == [1, 10, 10, 7])
        #expect(triad.allSteps[2].step.listeners?.mode == .reflecting)
        let pairs = try method("paired-listening")
        #expect(
            pairs.allSteps[0].step.duration?.defaultMinutes == 3 && pairs.allSteps[0].step.duration?.per == .speaker)
        // "3 minutes uninterrupted" [S28]: no range the source does not give.
        #expect(pairs.allSteps[0].step.duration?.minMinutes == 3 && pairs.allSteps[0].step.duration?.maxMinutes == 3)
        let round = try method("introduction-round")
        #expect(round.allSteps[0].step.repeating?.of == ["facilitators", "participants"])
    }

    @Test func learningCafeAndPuimala() throws {
        let cafe = try method("learning-cafe")
        let rounds = try #require(cafe.allSteps.first { $0.step.kind == "table-rotation" }?.step)
        #expect(rounds.grouping?.size == CountRange(min: 4, max: 6))
        #expect(rounds.rotation?.stay == ["table-host"])
        #expect(cafe.participants.min == 12)
        let puimala = try method("puimala")
        #expect(
            puimala.allSteps.contains {
                $0.step.kind == "perspective-interview" && $0.step.grouping?.groupBy == "organisation"
            })
    }
}

/// Every exporter shows its format by examples: fragments of its export of the example harvest.
@Suite struct ExporterExampleTests {
    @Test(arguments: Toolkit.standard.exporters.formats)
    func anExportersExamplesAreInItsExportOfTheExampleHarvest(format: String) throws {
        let exporter = try #require(Toolkit.standard.exporters.exporter(format))
        #expect(!exporter.examples.isEmpty)
        let text = String(decoding: try exporter.export(Harvest.example), as: UTF8.self)
        for example in exporter.examples { #expect(text.contains(example), "\(format): \(example)") }
    }
}
