import DialogueKit
import Testing

@Suite struct JSONParserTests {
    func parse(_ text: String) -> JSONParser.Result { JSONParser.parse(source(text)) }

    @Test func parsesValuesWithOffsets() throws {
        let result = parse(#"{"a": [1, 2.5, "x\n\u00e9\ud83d\ude00"], "b": {"c": null, "d": true}}"#)
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.root)
        guard case .array(let items)? = root.member("a")?.value.value else {
            Issue.record("a is not an array")
            return
        }
        guard case .number(1, true) = items[0].value, case .number(2.5, false) = items[1].value,
            case .string(let text) = items[2].value
        else {
            Issue.record("unexpected values \(items)")
            return
        }
        #expect(text == "x\né😀")
        #expect(items[1].offset == 10)
    }

    @Test(arguments: [
        (#"{"a": 1,}"#, "trailing-comma", 1, 9),
        ("[1, 2,]", "trailing-comma", 1, 7),
        (#"{"a": 1, "a": 2}"#, "duplicate-key", 1, 10),
        ("{\n  // note\n}", "malformed-json", 2, 3),
        ("{'a': 1}", "malformed-json", 1, 2),
        ("[01]", "malformed-json", 1, 2),
        ("[NaN]", "malformed-json", 1, 2),
        ("", "malformed-json", 1, 1),
        ("{\"a\": \"unterminated", "malformed-json", 1, 7),
        ("[1 2]", "malformed-json", 1, 4),
        ("{\"a\": 1} x", "malformed-json", 1, 10),
        ("{\"é\": tru}", "malformed-json", 1, 7),
    ])
    func reportsStrictnessProblemsAtTheirPlace(text: String, code: String, line: Int, column: Int) {
        let diagnostics = parse(text).diagnostics
        #expect(diagnostics.first?.code == code, "\(diagnostics)")
        #expect(diagnostics.first?.line == line, "\(diagnostics)")
        #expect(diagnostics.first?.column == column, "\(diagnostics)")
    }

    @Test func reportsEveryRecoverableProblemInOneRun() {
        let diagnostics = parse("{\"a\": [1,],\n \"a\": 2,\n \"b\": 3,}").diagnostics
        #expect(diagnostics.map(\.code) == ["trailing-comma", "duplicate-key", "trailing-comma"])
        #expect(diagnostics.map(\.line) == [1, 2, 3])
    }

    @Test func skipsAByteOrderMark() {
        let result = JSONParser.parse(SourceText(file: "x", bytes: [0xEF, 0xBB, 0xBF] + Array("{}".utf8)))
        #expect(result.diagnostics.isEmpty)
        #expect(result.root != nil)
    }

    @Test func refusesInvalidUTF8() {
        let bytes: [UInt8] = Array(#"{"a": ""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
        let diagnostics = JSONParser.parse(SourceText(file: "x", bytes: bytes)).diagnostics
        #expect(diagnostics.first?.message.contains("UTF-8") == true)
    }

    @Test func refusesDeepNestingWithoutCrashing() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let diagnostics = parse(text).diagnostics
        #expect(diagnostics.first?.message.contains("deeper than 64") == true)
    }

    @Test func refusesHugeFiles() {
        let big = SourceText(file: "big.json", bytes: [UInt8](repeating: 0x20, count: (1 << 20) + 1))
        #expect(JSONParser.parse(big).diagnostics.first?.code == "too-large")
    }

    @Test func survivesArbitraryBytes() {
        var generator = SeededGenerator(seed: 42)
        for length in [1, 2, 7, 64, 513, 4096] {
            for _ in 0..<50 {
                let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
                let result = JSONParser.parse(SourceText(file: "random", bytes: bytes))
                #expect(result.root != nil || !result.diagnostics.isEmpty)
            }
        }
    }

    @Test func columnsCountCharactersNotBytes() {
        let text = "{\"naïve\": 1,, }"
        let diagnostics = parse(text).diagnostics
        #expect(diagnostics.first?.column == 13)
    }
}
