import Foundation
import Testing

/// The folder holding the built products (the `dialogue` binary sits beside the test bundle).
let productsFolder: URL = {
    let bundle = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").deletingLastPathComponent()
    if FileManager.default.fileExists(atPath: bundle.appendingPathComponent("dialogue").path) { return bundle }
    // macOS runs tests from inside an .xctest bundle.
    return Bundle.main.bundleURL.deletingLastPathComponent()
}()

let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

struct Run {
    var code: Int32
    var output: String
    var error: String
}

/// Runs the `dialogue` binary with `arguments`, feeding `input` on standard input.
func dialogue(
    _ arguments: [String], input: String = "", environment: [String: String] = [:],
    binary: URL = productsFolder.appendingPathComponent("dialogue"), directory: URL? = nil
) throws -> Run {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = nil
    env["DIALOGUE_METHODS_PATH"] = nil
    for (key, value) in environment { env[key] = value }
    process.environment = env
    process.currentDirectoryURL = directory ?? packageRoot
    let outPipe = Pipe()
    let errPipe = Pipe()
    let inPipe = Pipe()
    process.standardOutput = outPipe
    process.standardError = errPipe
    process.standardInput = inPipe
    try process.run()
    inPipe.fileHandleForWriting.write(Data(input.utf8))
    try inPipe.fileHandleForWriting.close()
    let output = outPipe.fileHandleForReading.readDataToEndOfFile()
    let error = errPipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
        code: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
        error: String(decoding: error, as: UTF8.self))
}

func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dialogue-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

@Suite struct CLIConventionTests {
    @Test func helpGoesToStandardOutputWithExitZero() throws {
        for arguments in [
            ["--help"], ["help"], ["methods", "--help"], ["help", "methods", "validate"], ["methods", "show", "-h"],
            ["help", "help"], ["methods", "help", "help"],
        ] {
            let run = try dialogue(arguments)
            #expect(run.code == 0, "\(arguments)")
            #expect(run.output.hasPrefix("OVERVIEW: "), "\(arguments): \(run.output)")
            #expect(run.output.contains("USAGE: dialogue"))
            #expect(run.error.isEmpty)
        }
    }

    /// A file that cannot be read is one clear line naming it and the fix.
    @Test func anUnreadableFileIsOneClearLine() throws {
        for arguments in [
            ["plan", "/nonexistent.json"], ["run", "/nonexistent.json"], ["groups", "/nonexistent.csv", "--size", "4"],
        ] {
            let run = try dialogue(arguments)
            #expect(run.code == 1, "\(arguments)")
            #expect(
                run.error == "Error: \(arguments[1]): no such file; check the path\n", "\(arguments): \(run.error)")
        }
    }

    /// The planner's problems stand at the item's line and column; group errors name their file.
    @Test func planAndGroupProblemsAreLocated() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let agenda = folder.appendingPathComponent("a.json").path
        try """
        {"schemaVersion": 1, "title": "T", "date": "2026-12-03", "start": "13:30",
         "participants": [{"name": "A", "roles": ["family"]}],
         "items": [
           {"type": "method", "method": "good-future"}]}
        """.write(toFile: agenda, atomically: true, encoding: .utf8)
        let plan = try dialogue(["plan", agenda])
        #expect(plan.code == 1)
        #expect(plan.error.contains("\(agenda):4:4: error: item 1: "), "\(plan.error)")
        #expect(plan.error.contains("[items[0]]"))
        let people = folder.appendingPathComponent("p.csv").path
        try "name,organisation\nA,x\nB,y\n".write(toFile: people, atomically: true, encoding: .utf8)
        let groups = try dialogue(["groups", people, "--size", "4"])
        #expect(groups.code == 1 && groups.error.hasPrefix("Error: \(people): "), "\(groups.error)")
    }

    @Test func versionWorksAtEveryLevel() throws {
        for arguments in [["--version"], ["methods", "--version"], ["methods", "list", "--version"]] {
            let run = try dialogue(arguments)
            #expect(run.code == 0)
            #expect(run.output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        }
    }

    @Test func usageErrorsGoToStandardErrorWithExit64() throws {
        let cases: [([String], String)] = [
            (["methods", "show"], "Missing expected argument '<id>'"),
            (["methods", "list", "--jsn"], "Unknown option '--jsn'. Did you mean '--json'?"),
            (["methdos"], "Unknown subcommand 'methdos'. Did you mean 'methods'?"),
            (["methods", "show", "a", "b"], "Unexpected argument 'b'"),
            (["methods", "show", "good-future", "--lang"], "Missing value for '--lang <lang>'"),
            (["methods"], "Missing required subcommand."),
            (
                ["plan", "Examples/agendas/family-network-meeting.json", "--lang", "12"],
                "The value '12' is invalid for '--lang <lang>'; expected a language code such as en or nl"
            ),
            (
                ["groups", "Examples/participants/professionals.csv", "--size", "3-4", "--rounds", "0"],
                "The value '0' is invalid for '--rounds'; expected a whole number of 1 or more"
            ),
            (["--generate-completion-script", "tcsh"], "'--generate-completion-script <shell>' needs one of"),
        ]
        for (arguments, message) in cases {
            let run = try dialogue(arguments)
            #expect(run.code == 64, "\(arguments)")
            #expect(run.output.isEmpty)
            #expect(run.error.contains("Error: \(message)"), "\(arguments): \(run.error)")
            #expect(run.error.contains("Usage: dialogue"))
            #expect(run.error.contains("--help' for more information."))
        }
    }

    @Test func failuresExitOne() throws {
        let run = try dialogue(["methods", "show", "good-futur"])
        #expect(run.code == 1)
        #expect(run.error.contains("Error: no method with id 'good-futur'; did you mean 'good-future'?"))
    }

    @Test func noColoursWhenPiped() throws {
        let run = try dialogue(["methods", "validate", "Plugins"])
        #expect(!run.output.contains("\u{1B}["))
    }
}

@Suite struct MethodsCommandTests {
    @Test func listsTheNineBuiltInMethods() throws {
        let run = try dialogue(["methods", "list"])
        #expect(run.code == 0)
        for id in [
            "good-future", "taking-up-concerns", "concern-of-leadership", "concerns-of-users-and-relatives",
            "reflective-space-triad", "paired-listening", "introduction-round", "learning-cafe", "puimala",
        ] {
            #expect(run.output.contains(id))
        }
    }

    @Test func aCopiedBinaryStillFindsTheBuiltInMethods() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("dialogue")
        try FileManager.default.copyItem(at: productsFolder.appendingPathComponent("dialogue"), to: copy)
        let run = try dialogue(["methods", "list", "--json"], binary: copy, directory: folder)
        #expect(run.code == 0, "\(run.error)")
        let rows = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: String]]
        let plugins = packageRoot.appendingPathComponent("Plugins")
        let specs = try FileManager.default.contentsOfDirectory(atPath: plugins.path).flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: plugins.appendingPathComponent(folder).path)
                .filter { $0.hasSuffix(".json") }
        }
        #expect(rows?.count == specs.count && specs.count >= 9)
    }

    @Test func showsAMethodInDutch() throws {
        let run = try dialogue(["methods", "show", "good-future", "--lang", "nl"])
        #expect(run.code == 0)
        #expect(run.output.contains("Er is een {horizon} voorbij en {subject}. Hoe gaat het met jou?"))
        #expect(run.output.contains("Aanpassingen (niet rechtstreeks uit een bron)"))
        #expect(run.output.contains("Fysieke ruimte:"))
    }

    /// A FIFO, a device or a folder handed over as a file is refused at once, never waited on.
    @Test func onlyRegularFilesAreRead() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("f.json").path
        #expect(mkfifo(fifo, 0o600) == 0)
        for arguments in [
            ["methods", "validate", fifo], ["plan", fifo], ["agenda", "validate", fifo], ["plan", "/dev/zero"],
            ["plan", folder.path],
        ] {
            let run = try dialogue(arguments)
            #expect(run.code == 1, "\(arguments)")
            let said = run.output + run.error
            #expect(said.contains("is not a regular file") || said.contains("is a folder"), "\(arguments): \(said)")
        }
    }

    @Test func validateReportsFileLineColumnAndExitsOne() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("broken.json")
        try "{\n  \"schemaVersion\": 1,\n  \"id\": \"x\",\n  \"version\": \"1.0.0\",,\n}".write(
            to: file, atomically: true, encoding: .utf8)
        let run = try dialogue(["methods", "validate", file.path])
        #expect(run.code == 1)
        #expect(run.output.contains("\(file.path):4:22: error:"), "\(run.output)")
        let good = try dialogue(["methods", "validate", "Plugins", "Examples/methods"])
        #expect(good.code == 0, "\(good.output)")
        #expect(good.output.contains("13 files checked: 13 valid, 0 errors, 0 warnings"))
    }

    @Test func newScaffoldValidatesAndNeverOverwrites() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("my.json").path
        #expect(try dialogue(["methods", "new", "my-dialogue", "--output", file]).code == 0)
        let check = try dialogue(["methods", "validate", file])
        #expect(check.code == 0, "\(check.output)")
        #expect(check.output.contains("0 errors, 0 warnings"))
        let again = try dialogue(["methods", "new", "my-dialogue", "--output", file])
        #expect(again.code == 1 && again.error.contains("already exists"))
        #expect(try dialogue(["methods", "new", "Not Kebab"]).code == 64)
    }

    @Test func folderMethodsLoadAndClashesAreReported() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(
            at: packageRoot.appendingPathComponent("Examples/methods/idea-dialogue.json"),
            to: folder.appendingPathComponent("idea-dialogue.json"))
        try FileManager.default.copyItem(
            at: packageRoot.appendingPathComponent("Plugins/Puimala/puimala.json"),
            to: folder.appendingPathComponent("puimala.json"))
        let run = try dialogue(["methods", "list"], environment: ["DIALOGUE_METHODS_PATH": folder.path])
        #expect(run.code == 0)
        #expect(run.output.contains("idea-dialogue"))
        #expect(run.error.contains("id-clash") || run.error.contains("already taken"), "\(run.error)")
    }

    @Test func schemaIsPrinted() throws {
        let run = try dialogue(["methods", "schema"])
        #expect(run.code == 0)
        let object = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        #expect(object?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    }
}

@Suite struct GroupsCommandTests {
    /// `--by` takes a column as a Dutch file names it.
    @Test func mixingByADutchColumnName() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let rows = (1...12).map { "P\($0);deelnemer;Org\($0 % 3)" }.joined(separator: "\n")
        let file = try write("naam;rol;organisatie\n" + rows + "\n", "mensen.csv", in: folder)
        let run = try dialogue(["groups", file, "--size", "3", "--rounds", "2", "--by", "organisatie"])
        #expect(run.code == 0, "\(run.error)")
        #expect(run.output.contains("Mixing by organisation: at most 1 of one value per group"))
    }

    /// A bound that rules zero repeats out is said so, never "possible" beside it.
    @Test func theReportSaysWhatTheBoundProves() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let people = "name\n" + (1...12).map { "P\($0)" }.joined(separator: "\n") + "\n"
        let file = try write(people, "people.csv", in: folder)
        let cafe = try dialogue(["groups", file, "--groups", "3", "--rounds", "3", "--hosts", "P1,P2,P3"])
        #expect(cafe.code == 0)
        #expect(
            cafe.output.contains(
                "Optimal: no plan has fewer than 6 repeats"))
        #expect(!cafe.output.contains("possible for"))
        let free = try dialogue(["groups", file, "--size", "3", "--rounds", "2"])
        #expect(free.output.contains("Repeated encounters: 0 (lower bound 0)"))
        #expect(!free.output.contains("Zero repeats are"))
    }

    @Test func formsGroupsAsJSONWithNamesAsInTheInput() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("p.csv")
        var csv = "naam;organisatie\r\n"
        for index in 1...12 { csv += "Persoon \(index);Org \(index % 3)\r\n" }
        try csv.write(to: file, atomically: true, encoding: .utf8)
        let run = try dialogue([
            "groups", file.path, "--size", "3", "--rounds", "2", "--effort", "1", "--format", "json",
        ])
        #expect(run.code == 0, "\(run.error)")
        let object = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        let rounds = object?["rounds"] as? [[[String]]]
        #expect(rounds?.count == 2)
        #expect(rounds?.first?.flatMap { $0 }.sorted() == (1...12).map { "Persoon \($0)" }.sorted())
        #expect((object?["quality"] as? [String: Any])?["repeats"] as? Int == 0)
        let again = try dialogue([
            "groups", file.path, "--size", "3", "--rounds", "2", "--effort", "1", "--format", "json",
        ])
        let againRounds =
            (try JSONSerialization.jsonObject(with: Data(again.output.utf8)) as? [String: Any])?["rounds"]
            as? [[[String]]]
        #expect(againRounds == rounds, "the same seed must give the same groups")
    }

    @Test func tableAndMarkdownQuoteANameThatHoldsAComma() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("p.csv")
        try "name\n\"Ann, A\"\nBo\nCy\nDi\n".write(to: file, atomically: true, encoding: .utf8)
        for format in ["table", "md"] {
            let run = try dialogue(["groups", file.path, "--size", "2", "--format", format])
            #expect(run.code == 0, "\(run.error)")
            #expect(run.output.contains("\"Ann, A\""), "\(format): \(run.output)")
        }
    }

    @Test func refusesWhatCannotWork() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("p.csv")
        try "name\nA\nB\nC\nD\n".write(to: file, atomically: true, encoding: .utf8)
        let hosts = try dialogue(["groups", file.path, "--size", "2", "--hosts", "A,B,C"])
        #expect(hosts.code == 1 && hosts.error.contains("3 hosts but only 2 tables"))
        let together = try dialogue(["groups", file.path, "--size", "2", "--keep-together", "A,B,C"])
        #expect(together.code == 1 && together.error.contains("kept together"))
        let rounds = try dialogue(["groups", file.path, "--size", "2", "--rounds", "0"])
        #expect(rounds.code == 64 && rounds.error.contains("rounds"), "a value out of range is a usage error")
        let size = try dialogue(["groups", file.path])
        #expect(size.code == 64)
        let uneven = try dialogue(["groups", file.path, "--size", "3"])
        #expect(
            uneven.code == 1
                && uneven.error.contains("4 people cannot be split into groups of 3; give a range such as '--size 2-3'")
        )
        let unknown = try dialogue(["groups", file.path, "--size", "2", "--by", "organisation"])
        #expect(unknown.code == 1 && unknown.error.contains("No one in \(file.path) has a value for 'organisation'"))
    }
}

/// `agenda new` writes an agenda in the chosen language whose budget its own items fit.
@Suite struct AgendaScaffoldTests {
    @Test func aNewAgendaIsInItsLanguageAndFitsItsBudget() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let people = packageRoot.appendingPathComponent("Examples/participants/professionals.csv").path
        let file = folder.appendingPathComponent("agenda.json").path
        let made = try dialogue([
            "agenda", "new", "--method", "paired-listening", "--method", "concerns-of-users-and-relatives",
            "--participants", people, "--lang", "nl", "-o", file,
        ])
        #expect(made.code == 0, "\(made.error)")
        #expect(made.output.contains("the budget fits the plan for the 22 people"))
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains(#""language": "nl""#) && text.contains(#""title": "Welkom""#))
        #expect(!text.contains("Welcome") && !text.contains("Closing"))
        let checked = try dialogue(["agenda", "validate", file])
        #expect(checked.code == 0, "\(checked.error)")
        #expect(
            !checked.output.contains("warning"), "the budget is neither too small nor far too large: \(checked.output)")
    }
}

/// `methods show --lang nl` speaks Dutch throughout: headings, labels and the format's values.
@Suite struct DutchDescriptionTests {
    @Test(arguments: ["good-future", "taking-up-concerns", "learning-cafe", "puimala", "concern-of-leadership"])
    func aMethodIsDescribedInDutch(id: String) throws {
        let run = try dialogue(["methods", "show", id, "--lang", "nl"])
        #expect(run.code == 0)
        #expect(
            run.output.contains("Fasen en stappen") && run.output.contains("Rollen") && run.output.contains("Bronnen"))
        let english = [
            "Purpose:", "Participants:", "Roles", "Speaks:", "Listens:", "Captures:", "Records:", "Groups:",
            "Sources", "Adaptations", "before the meeting", "per speaker", " or more", "(required)", "default:",
            "Step '", "Phases and steps", "Ground rules", "Dialogical spaces", "in-case", "external-to-case",
            ": others", "Loop back",
        ]
        for word in english { #expect(!run.output.contains(word), "\(id): '\(word)' in a Dutch description") }
    }
}

/// Run sheets and harvests read as sentences and print as sheets: one bullet per line, a
/// heading for every section, dates kept whole.
@Suite struct PageTests {
    @Test func pairLinesAreSentencesInBothLanguages() throws {
        let english = try dialogue(["plan", "Examples/agendas/professionals-dialogue-session.json", "--format", "md"])
        #expect(english.code == 0)
        #expect(!english.output.contains("• •") && !english.output.contains("- •"))
        #expect(
            english.output.contains(
                "  - Pair 1: Fleur de Jong, Hanna de Jong. Fleur de Jong speaks; Hanna de Jong listens without interrupting."
            ))
        #expect(english.output.contains("## Materials"))
        let dutch = try dialogue([
            "plan", "Examples/agendas/professionals-dialogue-session.json", "--format", "md", "--lang", "nl",
        ])
        #expect(
            dutch.output.contains(
                "  - Tweetal 1: Fleur de Jong, Hanna de Jong. Fleur de Jong spreekt; Hanna de Jong luistert zonder te onderbreken."
            ))
        #expect(dutch.output.contains("## Materialen"))
        #expect(
            dutch.output.contains("(notitie per persoon)")
                && dutch.output.contains("hoogstens 1 per organisatie in een groep"))
        #expect(!dutch.output.contains("note per person") && !dutch.output.contains("menging organisation"))
        let family = try dialogue(["plan", "Examples/agendas/family-network-meeting.json", "--format", "md"])
        #expect(!family.output.contains("• •") && !family.output.contains("- •"))
        #expect(family.output.contains("Anouk Jansen en Peter de Boer maken aantekeningen"))
    }

    @Test func theHTMLPlanNestsCirclesUnderTheirTurn() throws {
        let html = try dialogue(["plan", "Examples/agendas/professionals-dialogue-session.json", "--format", "html"])
        #expect(html.output.contains("<li>First speaker (3 min)\n<ul>\n<li>Pair 1: Fleur de Jong, Hanna de Jong."))
        #expect(!html.output.contains("<li>• "))
        #expect(html.output.contains("h1, h2, h3, h4 { break-after: avoid;"))
    }
}

/// A Dutch run sheet names roles and step kinds in Dutch, as `methods show --lang nl` does.
@Suite struct DutchRunSheetTests {
    @Test func rolesAndStepKindsAreInTheSessionsLanguage() throws {
        let agenda = packageRoot.appendingPathComponent("Examples/agendas/een-gezin-een-plan-session.json").path
        let plan = try dialogue(["plan", agenda])
        #expect(plan.code == 0)
        #expect(plan.output.contains("Rollen: Begeleider: Marieke Hoekstra, Tom van Dijk; Gezin met ervaring"))
        #expect(plan.output.contains("— stil schrijven, ") && plan.output.contains("— cijfers geven, "))
        for english in ["— silent-writing", "— scoring", "— plenary", "facilitator Marieke", "; family "] {
            #expect(!plan.output.contains(english), "\(english)")
        }
        let english = try dialogue(["plan", agenda, "--lang", "en"])
        #expect(english.output.contains("— silent-writing, "))
    }
}

/// A Dutch agenda that cannot be planned is refused in Dutch: the reasons, their hints and
/// the summary line.
@Suite struct DutchPlanRefusalTests {
    @Test func refusalsSpeakTheAgendasLanguage() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var text = try String(
            contentsOf: packageRoot.appendingPathComponent("Examples/agendas/een-gezin-een-plan-session.json"),
            encoding: .utf8)
        text = text.replacingOccurrences(of: #""budgetMinutes": 150"#, with: #""budgetMinutes": 60"#)
        text = text.replacingOccurrences(of: #""../methods""#, with: "\"\(packageRoot.path)/Examples/methods\"")
        text = text.replacingOccurrences(
            of: #""../participants/"#, with: "\"\(packageRoot.path)/Examples/participants/")
        let short = folder.appendingPathComponent("kort.json")
        try text.write(to: short, atomically: true, encoding: .utf8)
        let run = try dialogue(["plan", short.path])
        #expect(run.code == 1)
        #expect(
            run.error.contains(
                "error: de agenda vraagt minstens 83 min, maar het budget is 60 min: zelfs met elke stap op zijn minimum is het 23 min te kort"
            ))
        #expect(run.error.contains("note: verhoog budgetMinutes, kort pauzes of vrije onderdelen in"))
        #expect(run.error.contains("kan \(short.path) niet plannen: 1 probleem"))
        let unknown = folder.appendingPathComponent("onbekend.json")
        try text.replacingOccurrences(of: #""budgetMinutes": 60"#, with: #""budgetMinutes": 150"#)
            .replacingOccurrences(of: #""method": "een-gezin-een-plan""#, with: #""method": "een-gezin-en-plan""#)
            .write(to: unknown, atomically: true, encoding: .utf8)
        let refused = try dialogue(["plan", unknown.path])
        #expect(refused.error.contains("error: onderdeel 4: onbekende methode 'een-gezin-en-plan'"), "\(refused.error)")
        #expect(refused.error.contains("note: bedoel je 'een-gezin-een-plan'?"))
        // The same agenda planned in English says it in English.
        let english = try dialogue(["plan", unknown.path, "--lang", "en"])
        #expect(english.error.contains("error: item 4: unknown method 'een-gezin-en-plan'"))
    }

    /// A step shared by turns of different weights (Puimala: each group's interviews and its
    /// reflection) gives every turn whole minutes that add up to the step.
    @Test func groupTurnsAreWholeMinutesThatAddUp() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Groups of 4, 3 and 3, whose turns do not share the step evenly.
        let agenda = try write(
            methodAgenda("puimala").replacingOccurrences(
                of: #"{"name": "Iris", "roles": ["interviewer"]}"#,
                with: #"{"name": "Iris", "roles": ["interviewer"]}, {"name": "P10", "organisation": "Org 1"}"#),
            "agenda.json", in: folder)
        let run = try dialogue(["plan", agenda, "--format", "json"])
        #expect(run.code == 0, "\(run.error)")
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let steps = ((plan["items"] as? [[String: Any]]) ?? []).flatMap { ($0["steps"] as? [[String: Any]]) ?? [] }
        let interviews = try #require(steps.first { $0["kind"] as? String == "perspective-interview" })
        let turns = ((interviews["turns"] as? [[String: Any]]) ?? []).map { $0["seconds"] as? Int ?? -1 }
        #expect(turns.count > 2)
        #expect(turns.allSatisfy { $0 > 0 && $0 % 60 == 0 }, "\(turns)")
        #expect(turns.reduce(0, +) == interviews["seconds"] as? Int)
    }
}
