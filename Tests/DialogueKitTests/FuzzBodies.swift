import DialogueKit

/// What each fuzz target does with its input: the readers of every file a user can hand
/// DialogueKit. The libFuzzer harness (`Tests/Fuzz/run`) compiles this same file, and
/// ``FuzzRegressionTests`` replays the saved inputs through it, so a crash found once is
/// checked on every `swift test`.
enum FuzzBodies {
    /// The targets by name.
    static let targets: [(name: String, body: @Sendable ([UInt8]) -> Void)] = [
        ("json", json), ("method", method), ("agenda", agenda), ("csv", csv), ("journal-line", journalLine),
    ]

    static let loader = Toolkit.standard.loader

    /// The strict JSON parser, under the default limits and a tight depth.
    @Sendable static func json(_ bytes: [UInt8]) {
        _ = JSONParser.parse(SourceText(file: "fuzz.json", bytes: bytes))
        _ = JSONParser.parse(SourceText(file: "fuzz.json", bytes: bytes), limits: JSONParser.Limits(maxDepth: 4))
    }

    /// A method spec: read, validated against the built-in behaviours.
    @Sendable static func method(_ bytes: [UInt8]) {
        _ = loader.load(SourceText(file: "fuzz.json", bytes: bytes))
    }

    /// An agenda.
    @Sendable static func agenda(_ bytes: [UInt8]) {
        _ = AgendaReader.read(SourceText(file: "fuzz.json", bytes: bytes))
    }

    /// A participants CSV, as the tokenizer and as participants.
    @Sendable static func csv(_ bytes: [UInt8]) {
        let source = SourceText(file: "fuzz.csv", bytes: bytes)
        _ = CSVReader(source: source).read()
        _ = ParticipantsFile.read(source)
    }

    /// One journal line: its seal and its event.
    @Sendable static func journalLine(_ bytes: [UInt8]) {
        _ = Journal.readLine(bytes, path: "fuzz.jsonl")
    }
}
