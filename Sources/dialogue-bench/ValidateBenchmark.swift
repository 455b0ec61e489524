import DialogueKit
import Foundation

/// Generates a library of realistic method specs (about 5 KB each, one in twenty broken)
/// and validates it through the code path of `dialogue methods validate`.
enum ValidateBenchmark {
    static func spec(_ number: Int) -> String {
        let id = "bench-method-\(number)"
        var steps: [String] = []
        for step in 0..<6 {
            let kinds = ["plenary", "round", "interview", "agreements", "subgroups", "reflecting-talk"]
            let kind = kinds[step % kinds.count]
            var extra = ""
            switch kind {
            case "round":
                extra =
                    #", "repeat": {"per": "participant", "of": ["members"]}, "listeners": {"who": ["others"], "mode": "no-interruption"}"#
            case "interview":
                extra =
                    #", "speakers": ["members"], "addressed": ["host"], "listeners": {"who": ["others"], "mode": "silent"}, "recorder": ["scribe"]"#
            case "agreements":
                extra = #", "captures": [{"id": "agreements-\#(step)", "type": "agreement", "per": "step"}]"#
            case "subgroups":
                extra =
                    #", "grouping": {"type": "subgroups", "size": {"min": 3, "max": 6}, "rapporteur": true, "mixBy": ["organisation"]}"#
            case "reflecting-talk":
                extra = #", "speakers": ["host"], "listeners": {"who": ["members"], "mode": "not-addressed"}"#
            default: extra = #", "speakers": ["all"], "listeners": {"who": ["others"], "mode": "open"}"#
            }
            steps.append(
                """
                        {"id": "step-\(step)", "name": {"en": "Step \(step) of method \(number)", "nl": "Stap \(step) van methode \(number)"},
                         "kind": "\(kind)", "duration": {"default": \(5 + step), "min": \(3 + step), "max": \(10 + step)\(kind == "round" || kind == "interview" ? ", \"per\": \"speaker\"" : "")}\(extra),
                         "prompts": [{"id": "q\(step)", "text": {"en": "What does {topic} mean for you, in round \(step)? Take your time and tell us.", "nl": "Wat betekent {topic} voor jou, in ronde \(step)? Neem je tijd en vertel het ons."},
                                      "provenance": {"basis": "inference"}}],
                         "notes": {"en": "Keep the time and make sure everyone is heard.", "nl": "Bewaak de tijd en zorg dat iedereen gehoord wordt."}}
                """)
        }
        var text = """
            {
              "schemaVersion": 1,
              "id": "\(id)",
              "version": "1.\(number % 7).0",
              "name": {"en": "Benchmark method \(number)", "nl": "Benchmarkmethode \(number)"},
              "summary": {"en": "A generated dialogue method used to measure validation speed.", "nl": "Een gegenereerde dialoogmethode om de validatiesnelheid te meten."},
              "languages": ["en", "nl"],
              "sources": [{"id": "gen", "citation": "Generated for the benchmark"}],
              "participants": {"min": 4, "max": 40},
              "roles": [
                {"id": "host", "name": {"en": "Host", "nl": "Gastheer"}, "count": {"min": 1, "max": 2}},
                {"id": "scribe", "name": {"en": "Scribe", "nl": "Notulist"}, "count": {"min": 1, "max": 1}, "constraints": ["does-not-speak"]},
                {"id": "member", "name": {"en": "Member", "nl": "Lid"}, "count": {"min": 2}}
              ],
              "roleGroups": [{"id": "members", "name": {"en": "Members", "nl": "Leden"}, "roles": ["member"], "required": true}],
              "parameters": [{"id": "topic", "type": "text", "label": {"en": "Topic", "nl": "Onderwerp"}, "default": {"en": "our work", "nl": "ons werk"}}],
              "groundRules": [{"en": "One speaks, the others listen.", "nl": "Eén persoon spreekt, de anderen luisteren."}],
              "spaces": {"physical": {"en": "A circle.", "nl": "Een kring."}, "time": {"en": "Enough time.", "nl": "Genoeg tijd."}},
              "phases": [
                {"id": "first", "name": {"en": "First", "nl": "Eerste"}, "steps": [
            \(steps[0..<3].joined(separator: ",\n"))
                ]},
                {"id": "second", "name": {"en": "Second", "nl": "Tweede"}, "steps": [
            \(steps[3..<6].joined(separator: ",\n"))
                ]}
              ]
            }

            """
        if number % 20 == 7 {
            // Broken: a typo in a key, an unknown role and a trailing comma.
            text = text.replacingOccurrences(of: "\"listeners\"", with: "\"listners\"")
                .replacingOccurrences(of: "\"addressed\": [\"host\"]", with: "\"addressed\": [\"hots\"]")
                .replacingOccurrences(of: "\"required\": true}]", with: "\"required\": true},]")
        }
        return text
    }

    static func run(count: Int) -> Int32 {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dialogue-bench-specs-\(getpid())")
        try? FileManager.default.removeItem(at: folder)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var bytes = 0
        for number in 0..<count {
            let text = spec(number)
            bytes += text.utf8.count
            _ = FileManager.default.createFile(
                atPath: folder.appendingPathComponent("m\(number).json").path, contents: Data(text.utf8))
        }
        let loader = Toolkit.standard.loader
        var best = Double.infinity
        var summary = ""
        for _ in 0..<3 {
            let start = Date()
            let (files, missing) = SpecValidation.collectFiles([folder.path])
            let collected = Date().timeIntervalSince(start)
            let results = SpecValidation(loader: loader).validate(files: files)
            let rendered = (missing + results.flatMap(\.diagnostics)).map { $0.rendered() }
            let seconds = Date().timeIntervalSince(start)
            best = min(best, seconds)
            print(String(format: "  collect %.3f s, read+check+render %.3f s", collected, seconds - collected))
            let valid = results.filter { $0.method != nil }.count
            summary =
                "\(files.count) files, \(valid) valid, \(results.count - valid) broken, \(rendered.count) diagnostic lines"
        }
        print(summary)
        print(
            String(
                format: "average size %.1f KB, total %.1f MB", Double(bytes) / Double(count) / 1024,
                Double(bytes) / 1_048_576))
        print(
            String(
                format: "validate: %.3f s (best of 3), %.0f files/s, %.1f MB/s", best, Double(count) / best,
                Double(bytes) / 1_048_576 / best))
        return 0
    }
}
