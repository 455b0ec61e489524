import DialogueKit
import Foundation
import Testing

/// Each class of diagnostic, with its exact place: `↓` marks where it must point.
@Suite struct MethodDiagnosticsTests {
    @Test func minimalSpecIsValid() {
        let diagnostics = diagnose(minimalSpec())
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(testLoader.load(source(minimalSpec())).method?.id == "tiny")
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var marked: String
        var code: String
        var path: String
        var hint: String?
        var testDescription: String { code + " at " + path }
    }

    static let cases: [Case] = [
        Case(
            marked: minimalSpec(stepExtra: #", "grouping": {"type": "subgroups", "minGroups": ↓0}"#),
            code: "invalid-value", path: "phases[0].steps[0].grouping.minGroups"),
        Case(
            marked: minimalSpec(stepExtra: #", "grouping": {"type": "subgroups", "count": 3, "minGroups": ↓2}"#),
            code: "invalid-value", path: "phases[0].steps[0].grouping.minGroups"),
        Case(
            marked: minimalSpec(stepExtra: #", "prompts": ↓"ask""#), code: "type-mismatch",
            path: "phases[0].steps[0].prompts"),
        Case(
            marked: minimalSpec(stepExtra: #", ↓"listners": {"mode": "silent"}"#), code: "unknown-key",
            path: "phases[0].steps[0].listners", hint: "did you mean 'listeners'?"),
        Case(
            marked: minimalSpec().replacingOccurrences(of: #""kind": "plenary""#, with: #""kind": ↓"plenery""#),
            code: "unknown-behaviour", path: "phases[0].steps[0].kind", hint: "did you mean 'plenary'?"),
        Case(
            marked: minimalSpec(stepExtra: #", "speakers": ["facilitator", ↓"facilitater"]"#), code: "unknown-role",
            path: "phases[0].steps[0].speakers[1]", hint: "did you mean 'facilitator'?"),
        Case(
            marked: minimalSpec(stepExtra: #", "prompts": [{"id": "q", "text": {"en": ↓"About {topik}"}}]"#),
            code: "unknown-parameter", path: "phases[0].steps[0].prompts[0].text.en", hint: "did you mean 'topic'?"),
        Case(
            marked: minimalSpec().replacingOccurrences(of: #""min": 5, "max": 20"#, with: #""min": ↓25, "max": 30"#),
            code: "invalid-range", path: "phases[0].steps[0].duration.min"),
        Case(
            marked: minimalSpec().replacingOccurrences(of: #""min": 5, "max": 20"#, with: #""min": 5, "max": ↓8"#),
            code: "invalid-range", path: "phases[0].steps[0].duration.max"),
        Case(
            marked: minimalSpec(stepExtra: #", "loop": ↓{"to": "talk", "question": "Again?"}"#),
            code: "loop-without-exit", path: "phases[0].steps[0].loop", hint: "max"),
        Case(
            marked: minimalSpec(stepExtra: #", "loop": {"to": ↓"tlak", "question": "Again?", "max": 2}"#),
            code: "unknown-step", path: "phases[0].steps[0].loop.to", hint: "did you mean 'talk'?"),
        Case(
            marked: minimalSpec(stepExtra: #", "captures": [{"id": "s", "type": "score", "scale": ↓"grades"}]"#),
            code: "unknown-scale", path: "phases[0].steps[0].captures[0].scale"),
        Case(
            marked: minimalSpec(stepExtra: #", "captures": [{"id": "s", "type": "note", "itemsFrom": ↓"nothing"}]"#),
            code: "unknown-capture", path: "phases[0].steps[0].captures[0].itemsFrom"),
        Case(
            marked: minimalSpec(stepExtra: #", "captures": [{"id": "s", "type": "score", "items": ↓"{topic}"}]"#),
            code: "type-mismatch", path: "phases[0].steps[0].captures[0].items"),
        Case(
            marked: minimalSpec(stepExtra: #", "captures": [{"id": "s", "type": "score", "items": ↓"{topik}"}]"#),
            code: "unknown-parameter", path: "phases[0].steps[0].captures[0].items", hint: "did you mean 'topic'?"),
        Case(
            marked: minimalSpec(
                stepExtra: #", "captures": [{"id": "s", "type": "score", "items": ["Home", ↓"home"]}]"#),
            code: "duplicate-item", path: "phases[0].steps[0].captures[0].items[1]"),
        Case(
            marked: minimalSpec(
                stepExtra:
                    #", "captures": [{"id": "n", "type": "note", "command": {"en": "challenge", "nl": ↓"volgende"}}]"#
            ),
            code: "invalid-value", path: "phases[0].steps[0].captures[0].command.nl", hint: "choose another word"),
        Case(
            marked: minimalSpec(stepExtra: #", "captures": [↓{"id": "n", "type": "note", "per": "item"}]"#),
            code: "missing-key", path: "phases[0].steps[0].captures[0]"),
        Case(
            marked: minimalSpec(
                stepExtra:
                    #", "grouping": {"type": "subgroups", "divideItems": ↓true}, "captures": [{"id": "n", "type": "note", "per": "item", "items": ["A"]}]"#
            ),
            code: "invalid-value", path: "phases[0].steps[0].grouping.divideItems",
            hint: "give the step \"kind\": \"subgroups\", whose groups talk in parallel"),
        Case(
            marked: minimalSpec(
                stepExtra: #", "loop": {"to": "talk", "question": "Again?", "max": 3, "over": ↓"themse"}"#),
            code: "unknown-capture", path: "phases[0].steps[0].loop.over"),
        Case(
            marked: minimalSpec(stepExtra: #", "captures": [{"id": "s", "type": "score", "items": ↓"themes"}]"#),
            code: "type-mismatch", path: "phases[0].steps[0].captures[0].items"),
        Case(
            marked: minimalSpec().replacingOccurrences(
                of: #""participants": {"min": 2, "max": 10}"#,
                with: #""participants": ↓{"min": 1, "max": 1}"#),
            code: "impossible-participants", path: "participants"),
        Case(
            marked: minimalSpec().replacingOccurrences(
                of: #"{"id": "participant", "name": "Participant", "count": {"min": 1}}"#,
                with: #"{"id": ↓"facilitator", "name": "Again"}"#),
            code: "duplicate-id", path: "roles[1].id"),
        Case(
            marked: minimalSpec().replacingOccurrences(of: #""schemaVersion": 1"#, with: #""schemaVersion": ↓2"#),
            code: "unsupported-schema", path: "schemaVersion", hint: "update DialogueKit"),
        Case(
            marked: minimalSpec().replacingOccurrences(of: #""id": "tiny""#, with: #""id": ↓"Tiny One""#),
            code: "invalid-id", path: "id", hint: "tiny-one"),
        Case(
            marked: minimalSpec().replacingOccurrences(of: "\"summary\": \"A tiny method.\",\n", with: "")
                .replacingOccurrences(of: "{\n  \"schemaVersion\"", with: "↓{\n  \"schemaVersion\""),
            code: "missing-key", path: "(root)"),
        Case(
            marked: minimalSpec(top: #""languages": ["en", "nl"],"#)
                .replacingOccurrences(of: #""name": "Tiny""#, with: #""name": ↓"Tiny""#),
            code: "missing-translation", path: "name", hint: "\"nl\""),
    ]

    @Test(arguments: cases)
    func diagnosticPointsAtItsPlace(_ testCase: Case) {
        let marked = Marked(testCase.marked)
        let diagnostics = diagnose(marked.text)
        let found = diagnostics.first { $0.code == testCase.code }
        #expect(found != nil, "no \(testCase.code) in \(diagnostics)")
        guard let found else { return }
        #expect(found.path == testCase.path)
        #expect(
            found.line == marked.line && found.column == marked.column,
            "\(found.rendered()) expected \(marked.line):\(marked.column)")
        if let hint = testCase.hint {
            #expect(found.hint?.contains(hint) == true, "hint was \(found.hint ?? "nil")")
        }
    }

    @Test func unknownKindListsTheKnownKinds() {
        let diagnostics = diagnose(
            minimalSpec().replacingOccurrences(of: #""kind": "plenary""#, with: #""kind": "xyz""#))
        let hint = diagnostics.first { $0.code == "unknown-behaviour" }?.hint ?? ""
        for kind in ["interview", "round", "pairs", "reflecting-talk", "table-rotation", "worry-scale"] {
            #expect(hint.contains(kind))
        }
    }

    @Test func everyProblemIsReportedInOneRun() {
        let text = minimalSpec(
            stepExtra: #", "listners": 1, "speakers": ["nobody"], "loop": {"to": "x", "question": "q"}"#
        )
        .replacingOccurrences(of: #""version": "1.0.0""#, with: #""version": "1""#)
        let codes = Set(diagnose(text).map(\.code))
        #expect(
            codes.isSuperset(of: [
                "invalid-version", "unknown-key", "unknown-role", "unknown-step", "loop-without-exit",
            ]))
    }

    @Test func aBrokenSpecDoesNotLoad() {
        let (method, diagnostics) = testLoader.load(source(minimalSpec(stepExtra: #", "speakers": ["nobody"]"#)))
        #expect(method == nil)
        #expect(diagnostics.hasErrors)
    }

    @Test func missingTranslationsAreWarningsNotErrors() {
        let text = minimalSpec(top: #""languages": ["en", "nl"],"#)
        let (method, diagnostics) = testLoader.load(source(text))
        #expect(method != nil)
        #expect(!diagnostics.isEmpty && diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test func localizedTextFallsBackPerField() {
        let text = LocalizedText(["en": "Hello", "nl": "Hallo"])
        #expect(text.resolved("nl") == "Hallo")
        #expect(text.resolved("fi") == "Hello")
        #expect(LocalizedText(["nl": "Alleen"]).resolved("en") == "Alleen")
    }

    @Test func libraryReportsIdClashesWithBuiltIns() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("clash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try minimalSpec().write(to: folder.appendingPathComponent("a.json"), atomically: true, encoding: .utf8)
        try minimalSpec().write(to: folder.appendingPathComponent("b.json"), atomically: true, encoding: .utf8)
        var library = MethodLibrary(plugins: [])
        library.loadFolder(folder.path)
        #expect(library.methods.count == 1)
        #expect(library.diagnostics.contains { $0.code == "id-clash" && $0.file.hasSuffix("b.json") })
    }
}
