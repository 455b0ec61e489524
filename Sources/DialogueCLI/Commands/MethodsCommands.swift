import DialogueKit
import Foundation

/// Options shared by commands that use the method library.
enum LibraryOptions {
    static let methods = OptionSpec.option(
        "methods", value: "dir",
        help:
            "A folder of JSON methods to load besides the built-in ones (repeatable; also $\(MethodLibrary.pathVariable)).",
        repeatable: true)

    /// The built-in methods plus the folders from `--methods` and the environment.
    /// Problems in folder specs are warned about on stderr; the rest still loads.
    static func library(_ parsed: ParsedArguments, toolkit: Toolkit, console: Console) -> MethodLibrary {
        var library = toolkit.library()
        library.loadEnvironmentFolders(console.environment)
        for folder in parsed.all("methods") { library.loadFolder(folder) }
        for diagnostic in library.diagnostics {
            console.error(diagnostic.rendered(colors: console.colorsOnError))
        }
        return library
    }
}

let languageOption = OptionSpec.option(
    "lang", value: "lang", help: "Language of the texts, e.g. en or nl; missing texts fall back to English.",
    suggestions: .values(["en", "nl"]),
    check: { Read.isLanguageCode($0) ? nil : "expected a language code such as en or nl" })
let jsonFlag = OptionSpec.flag("json", help: "Print JSON instead of text.")

struct MethodsCommands {
    /// The methods, behaviours, exporters and group former the commands use.
    let toolkit: Toolkit

    var command: Command {
        Command(
            name: "methods", abstract: "List, describe, validate and scaffold dialogue methods.",
            subcommands: [list, show, kinds, rules, validate, schema, new])
    }

    var list: Command {
        Command(
            name: "list", abstract: "List the methods in the library.",
            options: [LibraryOptions.methods, languageOption, jsonFlag]
        ) { parsed, console in
            let library = LibraryOptions.library(parsed, toolkit: toolkit, console: console)
            let language = parsed.option("lang") ?? "en"
            if parsed.flag("json") {
                let rows = library.methods.map { method -> [String: String] in
                    [
                        "id": method.spec.id, "version": method.spec.version.description,
                        "name": method.spec.name.resolved(language), "origin": method.origin.description,
                    ]
                }
                console.print(try JSONWriter.string(rows))
                return 0
            }
            let width = (library.methods.map(\.spec.id.count).max() ?? 10) + 2
            for method in library.methods {
                let id = method.spec.id.padding(toLength: width, withPad: " ", startingAt: 0)
                console.print(
                    "\(console.bold(id))\(method.spec.version)  \(method.spec.name.resolved(language))"
                        + console.dim("  [\(method.origin.description)]"))
            }
            return 0
        }
    }

    var show: Command {
        Command(
            name: "show", abstract: "Describe a method: roles, phases, steps, prompts, timings, spaces and sources.",
            options: [LibraryOptions.methods, languageOption, jsonFlag],
            arguments: [
                ArgumentSpec(
                    name: "id", help: "The method's id (see 'dialogue methods list').",
                    completion: .methodIDs)
            ]
        ) { parsed, console in
            let library = LibraryOptions.library(parsed, toolkit: toolkit, console: console)
            let id = parsed.argument("id") ?? ""
            guard let method = library.method(id) else {
                let suggestion = closestMatch(to: id, in: library.methods.map(\.spec.id))
                throw CommandFailure(
                    message: "no method with id '\(id)'"
                        + (suggestion.map { "; did you mean '\($0)'?" } ?? "; see 'dialogue methods list'"))
            }
            if parsed.flag("json") {
                console.print(try JSONWriter.string(method.spec))
            } else {
                console.write(
                    MethodDescription(
                        method: method.spec, language: parsed.option("lang") ?? "en",
                        library: library
                    ).render(style: console))
            }
            return 0
        }
    }

    var kinds: Command {
        Command(
            name: "kinds", abstract: "List the step kinds (behaviours) specs may name, built-in and from plugins.",
            discussion:
                "Each kind's examples are steps that load (✓) and steps that fail where ↓ marks; they run as tests.",
            options: [.flag("examples", help: "Show each kind's example steps."), jsonFlag]
        ) { parsed, console in
            let behaviours = toolkit.behaviours.kinds.compactMap { toolkit.behaviours.behaviour($0) }
            let entries = behaviours.map { ExtensionListing(id: $0.kind, summary: $0.summary, examples: $0.examples) }
            console.write(
                try ExtensionListing.render(
                    entries, json: parsed.flag("json"), examples: parsed.flag("examples"),
                    console: console))
            return 0
        }
    }

    var rules: Command {
        Command(
            name: "rules", abstract: "List the method rules that plugins check, with the methods they apply to.",
            discussion:
                "Each rule's examples are values placed in its method that pass (✓) and that fail where ↓ marks; they run as tests.",
            options: [.flag("examples", help: "Show each rule's examples."), jsonFlag]
        ) { parsed, console in
            let entries = toolkit.rules.map { entry in
                ExtensionListing(
                    id: entry.rule.id, summary: entry.rule.summary, examples: entry.rule.examples,
                    plugin: entry.plugin, methods: entry.rule.methods)
            }
            console.write(
                try ExtensionListing.render(
                    entries, json: parsed.flag("json"), examples: parsed.flag("examples"),
                    console: console))
            return 0
        }
    }

    var validate: Command {
        Command(
            name: "validate", abstract: "Check method spec files or folders and report every problem.",
            discussion:
                "Reports each problem as file:line:column: error|warning: message [path inside the spec], with a note where a fix can be suggested. Exits 1 when any file has an error.",
            options: [LibraryOptions.methods, jsonFlag],
            arguments: [
                ArgumentSpec(name: "path", help: "Spec files or folders (searched for *.json).", variadic: true)
            ]
        ) { parsed, console in
            let (files, missing) = SpecValidation.collectFiles(parsed.arguments("path"))
            let results = SpecValidation(loader: toolkit.loader).validate(files: files)
            let diagnostics = missing + results.flatMap(\.diagnostics)
            let errors = diagnostics.filter { $0.severity == .error }.count
            let warnings = diagnostics.filter { $0.severity == .warning }.count
            if parsed.flag("json") {
                struct Report: Encodable {
                    var files: Int
                    var errors: Int
                    var warnings: Int
                    var diagnostics: [Diagnostic]
                }
                console.print(
                    try JSONWriter.string(
                        Report(
                            files: files.count, errors: errors, warnings: warnings,
                            diagnostics: diagnostics)))
            } else {
                for diagnostic in diagnostics {
                    console.print(diagnostic.rendered(colors: console.colorsOnOutput))
                }
                let valid = results.filter { $0.method != nil }.count
                console.print(
                    "\(files.count) file\(files.count == 1 ? "" : "s") checked: \(valid) valid, "
                        + "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
            }
            return errors > 0 ? 1 : 0
        }
    }

    var schema: Command {
        Command(name: "schema", abstract: "Print the JSON Schema (2020-12) of the method format.") { _, console in
            console.print(toolkit.methodSchema.text)
            return 0
        }
    }

    var new: Command {
        Command(
            name: "new", abstract: "Write a new method spec scaffold that validates.",
            options: [
                .option(
                    "output", short: "o", value: "file",
                    help: "Write to this file instead of standard output (never overwrites)."),
                .option("name", value: "name", help: "The method's English name."),
            ],
            arguments: [ArgumentSpec(name: "id", help: "A kebab-case id, e.g. my-dialogue.", completion: .nothing)]
        ) { parsed, console in
            let id = parsed.argument("id") ?? ""
            guard MethodReader.isKebabCase(id) else {
                throw UsageError(
                    message:
                        "'\(id)' is not a kebab-case id (lower-case letters, digits and hyphens, e.g. 'my-dialogue')")
            }
            let text = MethodScaffold.json(id: id, name: parsed.option("name"))
            guard let output = parsed.option("output") else {
                console.write(text)
                return 0
            }
            try PrivateFile.writeNew(Data(text.utf8), to: output, mode: 0o644)
            console.print("wrote \(output); check it with 'dialogue methods validate \(output)'")
            return 0
        }
    }
}

/// One example as `--json` listings write it.
struct ExampleRow: Encodable {
    var json: String
    var path: String?
    var fails: Bool

    init(_ example: SpecExample) {
        json = example.json
        path = example.path
        fails = example.fails
    }
}

/// One step kind or rule as `dialogue methods kinds` and `rules` list it.
struct ExtensionListing: Encodable {
    var id: String
    var summary: String
    var examples: [SpecExample]
    var plugin: String? = nil
    var methods: [String]? = nil

    enum CodingKeys: String, CodingKey { case id, summary, examples, plugin, methods }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(summary, forKey: .summary)
        try container.encodeIfPresent(plugin, forKey: .plugin)
        try container.encodeIfPresent(methods, forKey: .methods)
        try container.encode(examples.map(ExampleRow.init), forKey: .examples)
    }

    static func render(_ entries: [ExtensionListing], json: Bool, examples: Bool, console: Console) throws -> String {
        if json { return try JSONWriter.string(entries) + "\n" }
        let width = (entries.map(\.id.count).max() ?? 10) + 2
        var out = ""
        for entry in entries {
            var line = console.bold(entry.id.padding(toLength: width, withPad: " ", startingAt: 0)) + entry.summary
            if let methods = entry.methods, let plugin = entry.plugin {
                line += console.dim("  [\(plugin): \(methods.joined(separator: ", "))]")
            }
            out += line + "\n"
            guard examples else { continue }
            for example in entry.examples {
                out +=
                    "    \(example.fails ? "✗" : "✓") " + (example.path.map { "at \($0): " } ?? "") + example.json
                    + "\n"
            }
        }
        return out
    }
}
