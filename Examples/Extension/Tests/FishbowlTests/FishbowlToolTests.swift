import DialogueKit
import Fishbowl
import Foundation
import Testing

/// This package's own `dialogue`, built beside the test bundle.
let ownTool: URL = {
    let folder = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").deletingLastPathComponent()
    if FileManager.default.fileExists(atPath: folder.appendingPathComponent("dialogue").path) {
        return folder.appendingPathComponent("dialogue")
    }
    return Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("dialogue")
}()

/// Runs this package's `dialogue` with `arguments`, `input` on standard input.
func runOwnTool(_ arguments: [String], input: String = "", in folder: URL) throws -> (
    code: Int32, output: String, error: String
) {
    let process = Process()
    process.executableURL = ownTool
    process.arguments = arguments
    process.currentDirectoryURL = folder
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    environment["DIALOGUE_CLOCK"] = "sequence:2026-12-03T10:00:00Z:60"
    environment["DIALOGUE_METHODS_PATH"] = nil
    process.environment = environment
    let output = Pipe()
    let error = Pipe()
    let standardInput = Pipe()
    process.standardOutput = output
    process.standardError = error
    process.standardInput = standardInput
    try process.run()
    standardInput.fileHandleForWriting.write(Data(input.utf8))
    try standardInput.fileHandleForWriting.close()
    let out = output.fileHandleForReading.readDataToEndOfFile()
    let err = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
}

@Suite struct FishbowlToolTests {
    @Test func theOwnToolListsTheFishbowlBesideTheShippedMethods() throws {
        let folder = FileManager.default.temporaryDirectory
        let methods = try runOwnTool(["methods", "list"], in: folder)
        #expect(methods.code == 0, "\(methods.error)")
        #expect(methods.output.contains("fishbowl"))
        #expect(methods.output.contains("good-future"))
        let kinds = try runOwnTool(["methods", "kinds"], in: folder)
        #expect(kinds.output.contains("fishbowl "), "\(kinds.output)")
        let help = try runOwnTool(["report", "--help"], in: folder)
        #expect(help.output.contains("minutes"))
    }

    @Test func aFishbowlSessionRunsAndReportsAsMinutes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fishbowl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let people = (1...8).map { #"{"name": "P\#($0)"}"# }.joined(separator: ", ")
        let agenda =
            #"{"schemaVersion": 1, "title": "Fishbowl", "date": "2026-12-03", "start": "10:00", "participants": [\#(people)], "items": [{"type": "method", "method": "fishbowl", "parameters": {"question": "What keeps us apart?"}}]}"#
        try Data(agenda.utf8).write(to: folder.appendingPathComponent("agenda.json"))
        let input =
            "/start\n/as P1\nWe fear losing clients\n/skip\n/agree P2: Invite the other team /with P3 /by 2027-01-10\n/end\n"
        let run = try runOwnTool(["run", "agenda.json", "--session", "session"], input: input, in: folder)
        #expect(run.code == 0, "\(run.output)\n\(run.error)")
        let minutes = try runOwnTool(["report", "session", "--format", "minutes"], in: folder)
        #expect(minutes.code == 0, "\(minutes.error)")
        #expect(minutes.output.hasPrefix("MINUTES: Fishbowl"), "\(minutes.output)")
        #expect(minutes.output.contains("- P2: Invite the other team (with P3) by 2027-01-10"), "\(minutes.output)")
        #expect(minutes.output.contains("- P1: We fear losing clients"), "\(minutes.output)")
    }

    /// The fishbowl's examples are tests, run the same way as the shipped kinds'.
    @Test func theFishbowlExamplesHold() {
        var toolkit = Toolkit.standard
        toolkit.add(FishbowlExtension())
        let problems = toolkit.exampleProblems(ofBehaviour: "fishbowl")
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }
}

@Suite struct MinutesExamplesTests {
    /// The minutes exporter's examples are in its minutes of the example harvest.
    @Test func theMinutesExamplesHold() throws {
        let minutes = String(decoding: try MinutesExporter().export(Harvest.example), as: UTF8.self)
        for example in MinutesExporter().examples { #expect(minutes.contains(example), "\(example)") }
    }
}
