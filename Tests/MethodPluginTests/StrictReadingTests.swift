import DialogueKit
import Foundation
import Testing

/// Numbers no DialogueKit file may hold: each must be a located error in every kind of
/// file, never a trap or a silent conversion.
let hostileNumbers = ["1e300", "-1e300", "inf", "NaN", "-0", "9223372036854775808", "1e-400", "-0.0e5"]

/// `text` with the first `"key": value` (or `"key" : value`) given `replacement` as its
/// value, and the line and column where the replacement starts.
func replacingValue(of key: String, in text: String, with replacement: String) throws -> (String, Int, Int) {
    let pattern = try NSRegularExpression(pattern: "\"\(key)\" ?: ?(-?[0-9.eE+-]+)")
    let range = NSRange(text.startIndex..., in: text)
    let match = try #require(pattern.firstMatch(in: text, range: range), "no number for '\(key)'")
    let valueRange = try #require(Range(match.range(at: 1), in: text))
    let before = text[..<valueRange.lowerBound]
    let line = before.filter { $0 == "\n" }.count + 1
    let column =
        before.utf8.count
        - (before.lastIndex(of: "\n").map { before.utf8.distance(from: before.startIndex, to: $0) + 1 } ?? 0) + 1
    return (text.replacingCharacters(in: valueRange, with: replacement), line, column)
}

@Suite struct StrictReadingTests {
    @Test(arguments: hostileNumbers)
    func aMethodWithAHostileNumberIsALocatedError(number: String) throws {
        let text = try String(
            contentsOf: packageRoot.appendingPathComponent("Examples/methods/idea-dialogue.json"), encoding: .utf8)
        let (hostile, line, column) = try replacingValue(of: "min", in: text, with: number)
        let (method, diagnostics) = library.loader.load(
            SourceText(file: "idea-dialogue.json", bytes: Array(hostile.utf8)))
        #expect(method == nil)
        #expect(
            diagnostics.contains { $0.severity == .error && $0.line == line && $0.column == column },
            "\(number): \(diagnostics.map { $0.rendered() })")
    }

    @Test(arguments: hostileNumbers)
    func anAgendaWithAHostileNumberIsALocatedError(number: String) throws {
        let (hostile, line, column) = try replacingValue(of: "seed", in: goodFutureAgenda(), with: number)
        let (agenda, diagnostics) = AgendaReader.read(SourceText(file: "agenda.json", bytes: Array(hostile.utf8)))
        #expect(agenda == nil)
        #expect(
            diagnostics.contains { $0.severity == .error && $0.line == line && $0.column == column },
            "\(number): \(diagnostics.map { $0.rendered() })")
    }

    @Test(arguments: hostileNumbers)
    func aPlanWithAHostileNumberIsALocatedError(number: String) throws {
        let text = try PlanFile.text(try makePlan(goodFutureAgenda()))
        let (hostile, line, column) = try replacingValue(of: "seed", in: text, with: number)
        let read = PlanFile.read(SourceText(file: "plan.json", bytes: Array(hostile.utf8)))
        guard case .failure(let diagnostic) = read else {
            Issue.record("\(number): a plan with it was read")
            return
        }
        #expect(diagnostic.line == line && diagnostic.column == column, "\(number): \(diagnostic.rendered())")
    }

    @Test(arguments: hostileNumbers)
    func aHarvestWithAHostileNumberIsALocatedError(number: String) throws {
        let plan = try makePlan(goodFutureAgenda())
        let harvest = HarvestBuilder.harvest(plan: plan, state: SessionState(), sessionID: "s")
        let text = String(decoding: try HarvestFile.data(harvest), as: UTF8.self)
        let (hostile, line, column) = try replacingValue(of: "formatVersion", in: text, with: number)
        guard
            case .failure(let diagnostic) = HarvestFile.read(
                SourceText(file: "harvest.json", bytes: Array(hostile.utf8)))
        else {
            Issue.record("\(number): a harvest with it was read")
            return
        }
        #expect(diagnostic.line == line && diagnostic.column == column, "\(number): \(diagnostic.rendered())")
    }

    @Test(arguments: hostileNumbers)
    func aJournalLineWithAHostileNumberIsALocatedError(number: String) throws {
        let plan = try makePlan(goodFutureAgenda())
        let folder = temporaryPath("hostile")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try PrivateFile.makeFolder(folder)
        let path = folder + "/journal.jsonl"
        let journal = try Journal.create(at: path, plan: plan, sessionID: "s", now: t0)
        try journal.append(JournalEntry(seq: 0, at: t0, event: .start))
        try journal.append(JournalEntry(seq: 1, at: t0, event: .extend(seconds: 300)))
        try journal.append(JournalEntry(seq: 2, at: t0, event: .next))
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        let (hostile, _, column) = try replacingValue(of: "seconds", in: unsealed(lines[2]), with: number)
        let edited = (lines[0..<2] + [sealed(hostile)] + lines[3...]).joined(separator: "\n") + "\n"
        try PrivateFile.replace(Data(edited.utf8), at: path)
        do {
            _ = try Journal.read(at: path)
            Issue.record("\(number): the journal was read")
        } catch let error as JournalError {
            #expect(
                error.description.contains("line 3 is not a journal event: column \(column):"), "\(number): \(error)")
        }
    }

    /// Journal lines are read by hand, under the same rules: each problem is located at its
    /// column and path, with a suggestion where one is clear.
    @Test func journalLineProblemsAreLocated() {
        // ↓ marks where each diagnostic must land.
        let at = #""at" : "2026-12-03T10:00:00.000Z""#
        let cases: [(line: String, code: String, path: String, message: String)] = [
            (
                #"{"seq" : 1, \#(at), "event" : {"note" : ↓{"txt" : "hi"}}}"#, "missing-key", "event.note",
                "missing required key 'text'"
            ),
            (
                #"{"seq" : 1, \#(at), "event" : {"note" : {"text" : "hi", ↓"persn" : "A"}}}"#, "unknown-key",
                "event.note.persn", "unknown key 'persn'"
            ),
            (
                #"{"seq" : 1, \#(at), "event" : {↓"nte" : {"text" : "hi"}}}"#, "invalid-value", "event.nte",
                "unknown event 'nte'"
            ),
            (
                #"{"seq" : 1, \#(at), "event" : {"extend" : {"seconds" : ↓"60"}}}"#, "type-mismatch",
                "event.extend.seconds", "expected a whole number, found a string"
            ),
            (
                #"{"seq" : ↓1.5, \#(at), "event" : {"next" : {}}}"#, "invalid-value", "seq",
                "expected a whole number, found 1.5"
            ),
            (
                #"{"seq" : 1, "at" : ↓"yesterday", "event" : {"next" : {}}}"#, "invalid-value", "at",
                "'yesterday' is not a time"
            ),
            (
                #"{"seq" : 1, \#(at), "event" : ↓{"next" : {}, "back" : {}}}"#, "invalid-value", "event",
                "an event is an object with one key"
            ),
            (
                #"{"seq" : 1, \#(at), "event" : {"next" : {}}, ↓"sek" : 2}"#, "unknown-key", "sek",
                "unknown key 'sek'"
            ),
            (
                #"{"seq" : 1, \#(at), "event" : {"review" : {"agreement" : "a", "status" : ↓"don", "note" : ""}}}"#,
                "invalid-value", "event.review.status", "'don' is not one of"
            ),
        ]
        for example in cases {
            let column =
                (example.line.range(of: "↓").map {
                    example.line.distance(from: example.line.startIndex, to: $0.lowerBound)
                } ?? -1) + 1
            let line = example.line.replacingOccurrences(of: "↓", with: "")
            let source = SourceText(file: "journal.jsonl", bytes: Array(line.utf8))
            guard
                case .failure(let diagnostic) = StrictDecoder(what: "a journal event").read(
                    JournalEntry.self, from: source)
            else {
                Issue.record("read: \(line)")
                continue
            }
            #expect(diagnostic.code == example.code, "\(diagnostic.rendered())")
            #expect(diagnostic.column == column, "\(diagnostic.rendered())")
            #expect(diagnostic.path.description == example.path, "\(diagnostic.rendered())")
            #expect(diagnostic.message.contains(example.message), "\(diagnostic.rendered())")
            if example.path == "event.note.persn" {
                #expect(diagnostic.hint == "did you mean 'person'?", "\(diagnostic.rendered())")
            }
        }
    }

    /// Instants name real calendar days.
    @Test func instantsAreCalendarDays() {
        #expect(Timestamp.date("2026-02-29T10:00:00Z") == nil)
        #expect(Timestamp.date("2026-04-31T10:00:00.000Z") == nil)
        #expect(Timestamp.date("2028-02-29T10:00:00Z") != nil)
        #expect(Timestamp.date("2000-02-29T10:00:00Z") != nil)
        #expect(Timestamp.date("2100-02-29T10:00:00Z") == nil)
        let instant = Date(timeIntervalSince1970: 1_835_000_000.5)
        #expect(Timestamp.text(instant) == "2028-02-24T10:13:20.500Z")
    }

    /// What the writer writes the reader reads: a plan for 200 people is over 1 MiB, and the
    /// plan file reads back to the same plan.
    @Test func aLargePlanReadsBack() throws {
        let people = (0..<200).map {
            #"{"name": "Participant \#($0) van den Berg-Jansen de Vries", "roles": ["\#($0 < 2 ? "facilitator" : "participant")"], "organisation": "Org \#($0 % 12)"}"#
        }
        let questions = (1...36).map { #""Question \#($0)?""# }.joined(separator: ", ")
        let items =
            #"{"type": "method", "method": "paired-listening"}, {"type": "method", "method": "paired-listening"}, {"type": "method", "method": "paired-listening"}, {"type": "method", "method": "learning-cafe", "parameters": {"questions": [\#(questions)], "rounds": 4}}"#
        let text =
            #"{"schemaVersion": 1, "title": "Large", "date": "2026-12-03", "start": "09:00", "seed": 3, "participants": [\#(people.joined(separator: ","))], "items": [\#(items)]}"#
        let plan = try makePlan(text)
        let file = try PlanFile.text(plan)
        #expect(file.utf8.count > 1 << 20)
        #expect(try PlanFile.read(SourceText(file: "plan.json", bytes: Array(file.utf8))).get() == plan)
    }

    @Test func unknownAndDuplicateKeysAndTrailingCommasAreLocatedInAPlan() throws {
        let text = try PlanFile.text(try makePlan(goodFutureAgenda()))
        let cases: [(String, String, String)] = [
            (#""seed" : "#, #""sed" : 1, "seed" : "#, "unknown key 'sed'"),
            (#""seed" : "#, #""seed" : 1, "seed" : "#, "duplicate key 'seed'"),
            (#""engineVersion" : "#, #""engineVersion" : 7, "x" : "#, "expected a string"),
        ]
        for (anchor, replacement, message) in cases {
            let hostile = text.replacingOccurrences(of: anchor, with: replacement)
            guard
                case .failure(let diagnostic) = PlanFile.read(SourceText(file: "plan.json", bytes: Array(hostile.utf8)))
            else {
                Issue.record("\(message): the plan was read")
                continue
            }
            #expect(diagnostic.message.contains(message), "\(diagnostic.rendered())")
            #expect(diagnostic.line > 1)
        }
        let trailing = text.replacingOccurrences(of: "\n}\n", with: ",\n}\n")
        guard case .failure(let diagnostic) = PlanFile.read(SourceText(file: "plan.json", bytes: Array(trailing.utf8)))
        else {
            Issue.record("a trailing comma was read")
            return
        }
        #expect(diagnostic.code == "trailing-comma")
    }

    /// Numbers typed in a meeting are read strictly: no exponents, no infinities.
    @Test func averagesAreWrittenAsPeopleRoundThem() {
        #expect(NumberText.format(5.25, decimals: 2) == "5.25")
        #expect(NumberText.format(5.25, decimals: 1) == "5.3", "half away from zero, not to even")
        #expect(NumberText.format(4.5, decimals: 2) == "4.5")
        #expect(NumberText.format(6, decimals: 2) == "6")
        #expect(NumberText.format(-0.004, decimals: 2) == "0")
        #expect(NumberText.format(-1.255, decimals: 1) == "-1.3")
        #expect(NumberText.format(5.25, decimals: 2, in: "nl") == "5,25")
    }

    @Test func typedNumbersAreReadStrictly() {
        #expect(NumberText.parse("7") == 7)
        #expect(NumberText.parse("6,5") == 6.5)
        #expect(NumberText.parse("-2.25") == -2.25)
        #expect(NumberText.parse("+5") == 5)
        #expect(NumberText.parse("-0")?.sign == .plus)
        for text in [
            "1e300", "inf", "nan", "", "-", "1.", ".5", "1,2,3", "1-2", "5+", "12345678901234567", "0x10", "7 ",
        ] {
            #expect(NumberText.parse(text) == nil, "\(text)")
        }
    }
}

@Suite struct SpecRoundTripTests {
    /// `dialogue methods show ID --json` writes the spec format: what it writes validates and
    /// reads back to the same method.
    @Test(arguments: library.methods.map(\.spec.id))
    func aWrittenSpecReadsBackToTheSameMethod(id: String) throws {
        let method = try #require(library.method(id)?.spec)
        let text = try JSONWriter.data(method, pretty: true)
        let (read, diagnostics) = library.loader.load(SourceText(file: "\(id).json", bytes: Array(text)))
        #expect(!diagnostics.hasErrors, "\(diagnostics.map { $0.rendered() })")
        #expect(read == method)
    }

    @Test func equalityLooksAtEveryField() throws {
        let method = try #require(library.method("good-future")?.spec)
        var changed = method
        changed.roles.removeAll()
        #expect(changed != method)
        changed = method
        changed.phases[0].steps[0].prompts.removeAll()
        #expect(changed != method)
    }
}

@Suite struct OlderFilesTests {
    /// Plans written before 0.2.0 timed the group search; their timings are read and set
    /// aside, so sessions started with them still resume.
    @Test func aGroupQualityWithTimingsFromAnOlderEngineReads() throws {
        let legacy =
            #"{"binding": [], "iterations": 12, "maxMeetings": 1, "method": "tabu search", "mixing": [], "repeats": 0, "repeatsLowerBound": 0, "seconds": 0.25, "secondsToZeroRepeats": null, "stoppedByTime": true, "tableRevisits": 0, "violations": [], "zeroRepeatRoundsBound": 5}"#
        let quality = try StrictDecoder().decode(
            GroupQuality.self, from: SourceText(file: "plan.json", bytes: Array(legacy.utf8))
        ).get()
        #expect(quality.cutShort)
        #expect(quality.iterations == 12)
        let written = String(decoding: try JSONWriter.data(quality), as: UTF8.self)
        #expect(!written.contains("seconds") && written.contains("\"cutShort\":true"))
    }
}
