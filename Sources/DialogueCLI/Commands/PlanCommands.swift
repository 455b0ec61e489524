import DialogueKit
import Foundation

/// `dialogue plan` and `dialogue agenda …`: from an agenda to a session plan.
struct PlanCommands {
    /// The methods, behaviours, exporters and group former the commands use.
    let toolkit: Toolkit

    /// Reads and checks an agenda file, printing its diagnostics to stderr.
    func readAgenda(_ path: String, console: Console) throws -> Agenda {
        let source: SourceText
        switch SpecFile.read(path) {
        case .success(let found): source = found
        case .failure(let diagnostic): throw CommandFailure(diagnostic)
        }
        let (agenda, diagnostics) = AgendaReader.read(source)
        for diagnostic in diagnostics { console.error(diagnostic.rendered(colors: console.colorsOnError)) }
        guard let agenda else {
            let errors = diagnostics.filter { $0.severity == .error }.count
            throw CommandFailure(message: "\(path) has \(errors) error\(errors == 1 ? "" : "s"); nothing was planned")
        }
        return agenda
    }

    /// The plan for an agenda file, or the planner's reasons on stderr.
    func makePlan(_ path: String, parsed: ParsedArguments, console: Console) throws -> SessionPlan {
        let agenda = try readAgenda(path, console: console)
        return try makePlan(agenda, path: path, parsed: parsed, console: console)
    }

    /// The library of the command's options with the agenda's own method folders loaded.
    func library(for agenda: Agenda, parsed: ParsedArguments, console: Console) -> MethodLibrary {
        var library = LibraryOptions.library(parsed, toolkit: toolkit, console: console)
        for folder in agenda.methodFolders {
            let before = library.diagnostics.count
            library.loadFolder(folder)
            for diagnostic in library.diagnostics.dropFirst(before) {
                console.error(diagnostic.rendered(colors: console.colorsOnError))
            }
        }
        return library
    }

    /// The plan for `agenda` (read from `path`), its review items' agreements found in
    /// `reviews`, or the planner's reasons on stderr, each at its item in the agenda file.
    func makePlan(
        _ agenda: Agenda, path: String, parsed: ParsedArguments, console: Console,
        library given: MethodLibrary? = nil, reviews: any ReviewSource = HarvestReviews()
    ) throws -> SessionPlan {
        let library = given ?? library(for: agenda, parsed: parsed, console: console)
        var seed: UInt64? = nil
        if let text = parsed.option("seed") {
            guard let value = UInt64(text) else { throw UsageError(message: "'--seed' takes a whole number") }
            seed = value
        }
        do {
            return try toolkit.planner(library, reviews: reviews).plan(
                agenda, language: parsed.option("lang"), seed: seed)
        } catch let refusal as PlanRefusal {
            for problem in refusal.problems {
                // Located like every diagnostic: the item's line and column, and its path.
                var place = "\(path):1:1"
                var specPath = "(root)"
                if let item = problem.item {
                    specPath = "items[\(item)]"
                    if agenda.itemPlaces.indices.contains(item) {
                        place = "\(path):\(agenda.itemPlaces[item].line):\(agenda.itemPlaces[item].column)"
                    }
                }
                var line = "\(place): error: " + problem.description(withHint: false) + " [\(specPath)]"
                if let hint = problem.hint { line += "\n\(place): note: \(hint)" }
                console.error(line)
            }
            let count = refusal.problems.count
            throw CommandFailure(
                message: Phrasebook.say(
                    count == 1 ? "plan.cannot-plan.one" : "plan.cannot-plan",
                    in: refusal.problems.first?.language ?? "en", [path, String(count)]))
        }
    }

    var plan: Command {
        Command(
            name: "plan",
            abstract: "Compile an agenda into a session plan: a run sheet with times, people, prompts and groups.",
            discussion:
                "The JSON form is the input of 'dialogue run'. The same agenda and seed always give the same plan.",
            options: [
                LibraryOptions.methods, languageOption,
                .option("seed", value: "n", help: "Seed for speaking orders and groups (default: the agenda's)."),
                .option(
                    "format", value: "format", help: "Output format.", values: ["text", "md", "json", "html"],
                    defaultValue: "text"),
                .option("output", short: "o", value: "file", help: "Write to this file instead of standard output."),
                .flag("force", help: "With -o: replace a file that exists."),
            ],
            arguments: [ArgumentSpec(name: "agenda", help: "An agenda JSON file.")]
        ) { parsed, console in
            let plan = try makePlan(parsed.argument("agenda") ?? "", parsed: parsed, console: console)
            let renderer = PlanRenderer(plan: plan)
            let text: String
            switch parsed.option("format") ?? "text" {
            case "json": text = try PlanFile.text(plan)
            case "md": text = renderer.markdown()
            case "html": text = renderer.html()
            default: text = renderer.text()
            }
            try OutputFile.emit(text, parsed: parsed, console: console, language: plan.language)
            for warning in plan.warnings where parsed.option("output") != nil { console.error("warning: \(warning)") }
            return 0
        }
    }

    var agenda: Command {
        Command(name: "agenda", abstract: "Validate or scaffold agendas.", subcommands: [validate, new, schema])
    }

    var schema: Command {
        Command(name: "schema", abstract: "Print the JSON Schema (2020-12) of the agenda format.") { _, console in
            console.print(toolkit.agendaSchema.text)
            return 0
        }
    }

    var validate: Command {
        Command(
            name: "validate",
            abstract: "Check an agenda and report every problem with file:line:column; then check that it plans.",
            options: [LibraryOptions.methods],
            arguments: [ArgumentSpec(name: "agenda", help: "An agenda JSON file.")]
        ) { parsed, console in
            let path = parsed.argument("agenda") ?? ""
            let plan = try makePlan(path, parsed: parsed, console: console)
            for warning in plan.warnings { console.print("warning: \(warning)") }
            console.print(
                "\(path): valid; plans \(plan.items.count) items from \(MeetingClock(timeZone: plan.timeZone).time(plan.start)) to \(MeetingClock(timeZone: plan.timeZone).time(plan.end))"
            )
            return 0
        }
    }

    var new: Command {
        Command(
            name: "new", abstract: "Write a new agenda from chosen methods.",
            options: [
                LibraryOptions.methods,
                .option(
                    "method", value: "id", help: "A method to include (repeatable, in order).", repeatable: true,
                    suggestions: .methodIDs),
                .option(
                    "participants", value: "file", help: "The participants CSV the agenda refers to.",
                    defaultValue: "participants.csv"),
                .option("title", value: "title", help: "The meeting's title."),
                languageOption,
                .option(
                    "output", short: "o", value: "file",
                    help: "Write to this file instead of standard output (never overwrites)."),
            ]
        ) { parsed, console in
            let library = LibraryOptions.library(parsed, toolkit: toolkit, console: console)
            let ids = parsed.all("method")
            guard !ids.isEmpty else { throw UsageError(message: "Give at least one '--method <id>'") }
            let methods = try ids.map { id -> MethodSpec in
                guard let method = library.method(id)?.spec else {
                    let suggestion = closestMatch(to: id, in: library.methods.map(\.spec.id))
                    throw CommandFailure(
                        message: "no method with id '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""))
                }
                return method
            }
            let language = parsed.option("lang") ?? "en"
            let participants = parsed.option("participants") ?? "participants.csv"
            let title = parsed.option("title") ?? Phrasebook.text("My dialogue session", in: language)
            // Where the agenda will stand, so that its participants file is found as it will be.
            let place = parsed.option("output") ?? (FileManager.default.currentDirectoryPath + "/agenda.json")
            let file =
                participants.hasPrefix("/")
                ? participants
                : URL(fileURLWithPath: place).deletingLastPathComponent().appendingPathComponent(participants).path
            var people: [Participant]? = nil
            if case .success(let source) = SpecFile.read(file), case .success(let read) = ParticipantsFile.read(source)
            {
                people = read
            }
            // Method folders as the agenda will find them: relative to the agenda's own folder.
            let agendaFolder = URL(fileURLWithPath: place).deletingLastPathComponent().standardizedFileURL.path
            let folders = parsed.all("methods").map { folder -> String in
                let absolute = URL(fileURLWithPath: folder).standardizedFileURL.path
                if absolute == agendaFolder { return "." }
                return absolute.hasPrefix(agendaFolder + "/")
                    ? String(absolute.dropFirst(agendaFolder.count + 1)) : absolute
            }
            var text = AgendaScaffold.json(
                methods: methods, title: title, participants: participants, language: language, people: people?.count,
                methodFolders: folders)
            // The budget the agenda really needs: plan it for its people and round up to five minutes.
            var budgetNote = "the budget is an estimate from the methods' default times"
            if let count = people?.count {
                let draft = AgendaScaffold.json(
                    methods: methods, title: title, participants: participants, language: language, people: count,
                    budgetMinutes: 24 * 60, methodFolders: folders)
                if var agenda = AgendaReader.read(SourceText(file: place, bytes: Array(draft.utf8))).agenda {
                    agenda.budgetMinutes = nil  // the methods' own times
                    if let plan = try? toolkit.planner(library).plan(agenda, language: language) {
                        let minutes = Int((plan.end.timeIntervalSince(plan.start) / 60 / 5).rounded(.up) * 5)
                        text = AgendaScaffold.json(
                            methods: methods, title: title, participants: participants, language: language,
                            people: count, budgetMinutes: minutes, methodFolders: folders)
                        budgetNote = "the budget fits the plan for the \(count) people in \(participants)"
                    }
                }
            }
            if let output = parsed.option("output") {
                try PrivateFile.writeNew(Data(text.utf8), to: output, mode: 0o644)
                console.print(
                    "wrote \(output) (\(budgetNote)); fill in the parameters marked …, then 'dialogue agenda validate \(output)'"
                )
            } else {
                console.write(text)
            }
            return 0
        }
    }
}
