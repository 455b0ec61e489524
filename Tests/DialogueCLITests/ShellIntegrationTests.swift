import Foundation
import Testing

/// Whether `program` is on this machine's PATH.
func installed(_ program: String) -> Bool {
    (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").contains {
        FileManager.default.isExecutableFile(atPath: "\($0)/\(program)")
    }
}

/// Runs `program` with `arguments` and returns its standard output.
func shell(_ program: String, _ arguments: [String]) throws -> (output: String, status: Int32) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [program] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (String(decoding: data, as: UTF8.self), process.terminationStatus)
}

/// The completion scripts and the manual page, loaded into the real shells and `groff`, and
/// help wrapped to the terminal's width.
@Suite struct ShellIntegrationTests {
    func script(_ shellName: String) throws -> URL {
        let run = try dialogue(["--generate-completion-script", shellName])
        #expect(run.code == 0, "\(run.error)")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dialogue-completion-\(UUID()).\(shellName)")
        try run.output.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    /// What bash's `_dialogue` offers for the words typed so far (the last one being completed).
    func bashCompletes(_ words: [String], script: URL) throws -> [String] {
        let quoted = words.map { "'\($0)'" }.joined(separator: " ")
        let program =
            "source '\(script.path)'; COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1); _dialogue; printf '%s\\n' \"${COMPREPLY[@]}\""
        return try shell("bash", ["--norc", "--noprofile", "-c", program]).output.split(separator: "\n").map(
            String.init)
    }

    @Test func bashCompletesSubcommandsOptionsAndTheirValues() throws {
        let script = try script("bash")
        defer { try? FileManager.default.removeItem(at: script) }
        #expect(try bashCompletes(["dialogue", "met"], script: script) == ["methods"])
        #expect(try bashCompletes(["dialogue", "methods", "va"], script: script) == ["validate"])
        #expect(try bashCompletes(["dialogue", "help", "re"], script: script) == ["resume", "report"])
        #expect(
            try bashCompletes(["dialogue", "report", "s", "--format", ""], script: script) == [
                "json", "md", "html", "csv", "ics",
            ])
        let options = try bashCompletes(["dialogue", "report", "s", "--fo"], script: script)
        #expect(options.contains("--format"))
        let good = try bashCompletes(["dialogue", "methods", "show", "good"], script: script)
        #expect(Set(good) == ["good-future", "good-future-follow-up"], "\(good)")
        #expect(
            try bashCompletes(["dialogue", "methods", "show", "good-future-"], script: script) == [
                "good-future-follow-up"
            ])
        #expect(try bashCompletes(["dialogue", "plan", "x.json", "--lang", ""], script: script) == ["en", "nl"])
        #expect(
            try bashCompletes(["dialogue", "--generate-completion-script", ""], script: script) == [
                "bash", "zsh", "fish",
            ])
        // A file argument completes files.
        let agendas = try bashCompletes(["dialogue", "plan", "Examples/agendas/family-network-m"], script: script)
        #expect(agendas == ["Examples/agendas/family-network-meeting.json"])
    }

    @Test(.enabled(if: installed("zsh"))) func zshOffersTheSameWordsWithTheirHelp() throws {
        let script = try script("zsh")
        defer { try? FileManager.default.removeItem(at: script) }
        #expect(try shell("zsh", ["-n", script.path]).status == 0)
        // The completion system's functions stand in as printers, so the script's own logic runs.
        let program = """
            _describe() { local name=$2; print -l -- "${(@P)name}"; }
            compadd() { shift; print -l -- "$@"; }
            _files() { print -- "<files>"; }
            compdef() { :; }
            source '\(script.path)'
            words=(dialogue met); CURRENT=2; _dialogue
            print -- ---
            words=(dialogue report s --format ''); CURRENT=5; _dialogue
            print -- ---
            words=(dialogue plan ''); CURRENT=3; _dialogue
            """
        let parts = try shell("zsh", ["-f", "-c", program]).output.components(separatedBy: "---\n")
        #expect(parts.count == 3)
        #expect(parts.first?.contains("methods:List, describe, validate and scaffold dialogue methods.") == true)
        #expect(parts.dropFirst().first?.split(separator: "\n") == ["json", "md", "html", "csv", "ics"])
        #expect(parts.last?.trimmingCharacters(in: .newlines) == "<files>")
    }

    @Test(.enabled(if: installed("fish"))) func fishCompletesSubcommandsAndOptionValues() throws {
        let script = try script("fish")
        defer { try? FileManager.default.removeItem(at: script) }
        func complete(_ line: String) throws -> [String] {
            try shell("fish", ["--no-config", "-c", "source '\(script.path)'; complete -C '\(line)'"]).output
                .split(separator: "\n").map { String($0.split(separator: "\t").first ?? "") }
        }
        #expect(try complete("dialogue met") == ["methods"])
        let formats = try Set(complete("dialogue report s --format "))
        #expect(formats == ["json", "md", "html", "csv", "ics"])
        #expect(try complete("dialogue methods show good") == ["good-future", "good-future-follow-up"])
    }

    @Test func anUnknownShellIsAUsageError() throws {
        let run = try dialogue(["--generate-completion-script", "tcsh"])
        #expect(run.code == 64)
        #expect(run.error.contains("bash, zsh, fish"))
    }

    @Test func theManualPageDescribesEveryCommand() throws {
        let run = try dialogue(["--generate-manual"])
        #expect(run.code == 0)
        let page = run.output
        #expect(page.hasPrefix(".TH DIALOGUE 1"))
        for command in [
            "dialogue methods list", "dialogue methods schema", "dialogue agenda schema", "dialogue plan",
            "dialogue run",
            "dialogue resume", "dialogue report", "dialogue groups",
        ] {
            #expect(page.contains(".SS \(command.replacingOccurrences(of: "-", with: "\\-"))\n"), "\(command)")
        }
        #expect(page.contains(".SH EXIT STATUS") && page.contains("\n64\n"))
        let ascii = page.unicodeScalars.allSatisfy { $0.isASCII }
        #expect(ascii, "characters beyond ASCII are escaped")
        if installed("groff") {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("dialogue-\(UUID()).1")
            defer { try? FileManager.default.removeItem(at: file) }
            try page.write(to: file, atomically: true, encoding: .utf8)
            let rendered = try shell("groff", ["-man", "-Tutf8", "-ww", file.path])
            #expect(rendered.status == 0)
            #expect(rendered.output.contains("Learning café"))
        }
    }

    @Test func helpIsWrappedToTheTerminalsWidth() throws {
        for columns in [50, 120] {
            let terminal = try PseudoTerminal(
                ["help", "run"], columns: columns, rows: 40, environment: ["COLUMNS": "80"])
            #expect(terminal.finish() == 0)
            let lines = String(decoding: terminal.output, as: UTF8.self).components(separatedBy: "\r\n")
            let widest = lines.map(\.count).max() ?? 0
            #expect(widest <= columns, "\(columns) columns: a line of \(widest)")
            #expect(widest > columns - 15, "\(columns) columns: the widest line has \(widest)")
        }
        // Without a terminal, COLUMNS decides.
        let piped = try dialogue(["help", "run"], environment: ["COLUMNS": "60"])
        #expect((piped.output.split(separator: "\n").map(\.count).max() ?? 0) <= 60)
    }
}
