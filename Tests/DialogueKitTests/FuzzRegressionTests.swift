import DialogueKit
import Foundation
import Testing

/// Replays what the fuzz harness keeps: the seeds and every input that once crashed a reader
/// (`Tests/Fuzz/Regressions/TARGET/`), plus the shipped files, through ``FuzzBodies``.
@Suite struct FuzzRegressionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func files(in folder: String) -> [URL] {
        let url = root.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.sorted().filter { !$0.hasPrefix(".") }.map { url.appendingPathComponent($0) }
    }

    @Test(arguments: FuzzBodies.targets.map(\.name))
    func savedInputsReadWithoutACrash(target: String) throws {
        let body = try #require(FuzzBodies.targets.first { $0.name == target }?.body)
        var inputs = Self.files(in: "Tests/Fuzz/Regressions/\(target)") + Self.files(in: "Tests/Fuzz/Seeds/\(target)")
        switch target {
        case "json", "method": inputs += Self.files(in: "Examples/methods")
        case "agenda": inputs += Self.files(in: "Examples/agendas")
        case "csv": inputs += Self.files(in: "Examples/participants")
        default: break
        }
        #expect(!inputs.isEmpty, "\(target) has inputs to replay")
        for input in inputs {
            body(Array(try Data(contentsOf: input)))
        }
    }

    /// The journal-line seeds are real lines: each reads back as an event.
    @Test func journalLineSeedsRead() throws {
        let seeds = Self.files(in: "Tests/Fuzz/Seeds/journal-line")
        #expect(seeds.count >= 10)
        for seed in seeds {
            var bytes = Array(try Data(contentsOf: seed))
            if bytes.last == UInt8(ascii: "\n") { bytes.removeLast() }
            guard case .success = Journal.readLine(bytes, path: seed.lastPathComponent) else {
                Issue.record("\(seed.lastPathComponent) does not read")
                continue
            }
        }
    }
}
