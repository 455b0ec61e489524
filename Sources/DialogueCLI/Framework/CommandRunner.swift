import DialogueKit
import Foundation

/// Parses arguments against a command tree, prints help and errors, and runs the command.
struct CommandRunner {
    let root: Command
    let version: String
    /// The method ids that completion scripts offer.
    var methodIDs: () -> [String] = { [] }

    /// Runs `arguments` (without the program name) and returns the exit code.
    func run(_ arguments: [String], console: Console) -> Int32 {
        if let generated = generatedText(arguments, console: console) { return generated }
        var path: [Command] = [root]
        var remaining = arguments[...]
        // `help [sub …]` anywhere a subcommand may stand.
        while let next = remaining.first {
            guard let current = path.last else { break }
            if next == "help", !current.subcommands.isEmpty {
                remaining = remaining.dropFirst()
                if remaining.first == "help" {
                    // `help help`: what the help command itself does.
                    console.print(
                        "OVERVIEW: Show help for a subcommand.\n\nUSAGE: \(path.map(\.name).joined(separator: " ")) help [<subcommand> ...]"
                    )
                    return 0
                }
                var target = path
                for name in remaining {
                    guard let sub = target.last?.subcommands.first(where: { $0.name == name }) else {
                        return usageError(
                            "Unknown subcommand '\(name)'", path: target, console: console,
                            suggestion: closestMatch(to: name, in: (target.last?.subcommands ?? []).map(\.name)))
                    }
                    target.append(sub)
                }
                console.print(help(for: target))
                return 0
            }
            guard let sub = current.subcommands.first(where: { $0.name == next }) else { break }
            path.append(sub)
            remaining = remaining.dropFirst()
        }
        guard let command = path.last else { return 1 }
        let rest = Array(remaining)
        if rest.contains("--help") || rest.contains("-h") {
            console.print(help(for: path))
            return 0
        }
        if rest.contains("--version") {
            console.print(version)
            return 0
        }
        guard let run = command.run else {
            if let first = rest.first {
                return usageError(
                    "Unknown subcommand '\(first)'", path: path, console: console,
                    suggestion: closestMatch(to: first, in: command.subcommands.map(\.name)))
            }
            if path.count == 1 {
                console.print(help(for: path))
                return 0
            }
            return usageError("Missing required subcommand.", path: path, console: console, suggestion: nil)
        }
        let parsed: ParsedArguments
        do {
            parsed = try parse(rest, for: command)
        } catch let error as UsageError {
            return usageError(error.message, path: path, console: console, suggestion: nil)
        } catch {
            return usageError("\(error)", path: path, console: console, suggestion: nil)
        }
        do {
            return try run(parsed, console)
        } catch let error as UsageError {
            return usageError(error.message, path: path, console: console, suggestion: nil)
        } catch {
            console.error("Error: \(error)")
            return 1
        }
    }

    /// `--generate-completion-script SHELL` and `--generate-manual` at the top level: the exit
    /// code once printed, or nil for any other command line.
    private func generatedText(_ arguments: [String], console: Console) -> Int32? {
        guard let first = arguments.first else { return nil }
        if first == "--generate-manual" {
            guard arguments.count == 1 else {
                return usageError(
                    "'--generate-manual' takes no arguments", path: [root], console: console, suggestion: nil)
            }
            console.print(ManualPage(root: root, version: version, runner: self).text)
            return 0
        }
        let prefix = "--generate-completion-script"
        guard first == prefix || first.hasPrefix(prefix + "=") else { return nil }
        let shell =
            first == prefix ? (arguments.count > 1 ? arguments[1] : nil) : String(first.dropFirst(prefix.count + 1))
        let script = CompletionScript(root: root, methodIDs: methodIDs())
        guard let shell, let text = script.script(for: shell), arguments.count == (first == prefix ? 2 : 1) else {
            return usageError(
                "'\(prefix) <shell>' needs one of: \(CompletionScript.shells.joined(separator: ", "))", path: [root],
                console: console, suggestion: nil)
        }
        console.print(text)
        return 0
    }

    // MARK: - Parsing

    /// The options, flags and arguments of `command` in `arguments`, or the usage error.
    func parse(_ arguments: [String], for command: Command) throws -> ParsedArguments {
        var parsed = ParsedArguments()
        var positionals: [String] = []
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
                positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            let (spec, inlineValue) = try option(argument, of: command)
            if let valueName = spec.valueName {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else if index < arguments.count, !arguments[index].hasPrefix("-") || arguments[index] == "-" {
                    value = arguments[index]
                    index += 1
                } else {
                    throw UsageError(message: "Missing value for '--\(spec.name) <\(valueName)>'")
                }
                try add(value, for: spec, valueName: valueName, to: &parsed)
            } else {
                if inlineValue != nil { throw UsageError(message: "'--\(spec.name)' takes no value") }
                parsed.flags.insert(spec.name)
            }
        }
        for spec in command.options where parsed.options[spec.name] == nil {
            if let value = spec.defaultValue { parsed.options[spec.name] = [value] }
        }
        try assign(positionals, to: command, in: &parsed)
        return parsed
    }

    /// The option an argument names (`--name`, `--name=value` or `-n`) and its inline value.
    private func option(_ argument: String, of command: Command) throws -> (OptionSpec, String?) {
        var name: String
        var inlineValue: String? = nil
        let spec: OptionSpec?
        if argument.hasPrefix("--") {
            name = String(argument.dropFirst(2))
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            spec = command.options.first { $0.name == name }
        } else {
            let short = argument.dropFirst()
            guard short.count == 1, let character = short.first else {
                throw UsageError(message: "Unknown option '\(argument)'")
            }
            spec = command.options.first { $0.short == character }
            name = spec?.name ?? String(character)
        }
        guard let spec else {
            let suggestion = closestMatch(to: name, in: command.options.map(\.name))
            throw UsageError(
                message: "Unknown option '\(argument)'" + (suggestion.map { ". Did you mean '--\($0)'?" } ?? ""))
        }
        return (spec, inlineValue)
    }

    /// Records an option's value, checked against its allowed values and repetition.
    private func add(_ value: String, for spec: OptionSpec, valueName: String, to parsed: inout ParsedArguments)
        throws
    {
        if !spec.values.isEmpty, !spec.values.contains(value) {
            throw UsageError(
                message: "The value '\(value)' is invalid for '--\(spec.name) <\(valueName)>'; "
                    + "expected one of: \(spec.values.joined(separator: ", "))")
        }
        if let problem = spec.check?(value) {
            throw UsageError(message: "The value '\(value)' is invalid for '--\(spec.name) <\(valueName)>'; \(problem)")
        }
        if !spec.repeatable, parsed.options[spec.name] != nil {
            throw UsageError(message: "'--\(spec.name)' may be given once")
        }
        parsed.options[spec.name, default: []].append(value)
    }

    /// Gives each declared argument its positional value(s); missing and extra ones are usage errors.
    private func assign(_ positionals: [String], to command: Command, in parsed: inout ParsedArguments) throws {
        var position = 0
        for argument in command.arguments {
            if argument.variadic {
                let values = Array(positionals[position...])
                if values.isEmpty, !argument.optional {
                    throw UsageError(message: "Missing expected argument '<\(argument.name)>'")
                }
                parsed.positional[argument.name] = values
                position = positionals.count
            } else if position < positionals.count {
                parsed.positional[argument.name] = [positionals[position]]
                position += 1
            } else if !argument.optional {
                throw UsageError(message: "Missing expected argument '<\(argument.name)>'")
            }
        }
        if position < positionals.count {
            let extra = positionals[position...]
            throw UsageError(
                message: extra.count == 1
                    ? "Unexpected argument '\(extra[extra.startIndex])'"
                    : "\(extra.count) unexpected arguments: \(extra.map { "'\($0)'" }.joined(separator: ", "))")
        }
    }

    // MARK: - Help

    func commandLine(_ path: [Command]) -> String { path.map(\.name).joined(separator: " ") }

    func usage(for path: [Command]) -> String { usageParts(for: path).joined(separator: " ") }

    /// The usage line's parts: the command, then each option and argument, which a wrapped
    /// line never splits.
    func usageParts(for path: [Command]) -> [String] {
        guard let command = path.last else { return [] }
        var parts = [commandLine(path)]
        if command.run == nil, !command.subcommands.isEmpty {
            parts.append("<subcommand>")
            return parts
        }
        for option in command.options {
            var text = "--\(option.name)"
            if let value = option.valueName { text += " <\(value)>" }
            parts.append(option.repeatable ? "[\(text) ...]" : "[\(text)]")
        }
        for argument in command.arguments {
            parts.append(argument.optional ? "[\(argument.label)]" : argument.label)
        }
        return parts
    }

    func help(for path: [Command]) -> String {
        guard let command = path.last else { return "" }
        var lines: [String] = [wrap("OVERVIEW: \(command.abstract)", indent: 0)]
        if !command.discussion.isEmpty {
            lines += ["", wrap(command.discussion, indent: 0)]
        }
        // Spaces inside a part are no-break spaces while wrapping, so "[--format <format>]" stays whole.
        let unbroken = usageParts(for: path).map { $0.replacingOccurrences(of: " ", with: "\u{00A0}") }
        let usageLines = wrap(unbroken.joined(separator: " "), indent: 7).replacingOccurrences(
            of: "\u{00A0}", with: " ")
        lines += ["", "USAGE: " + usageLines.dropFirst(7)]
        if !command.arguments.isEmpty {
            lines += ["", "ARGUMENTS:"]
            for argument in command.arguments {
                lines.append(row(argument.label, argument.help))
            }
        }
        lines += ["", "OPTIONS:"]
        for option in command.options {
            var text = option.help
            if !option.values.isEmpty || option.defaultValue != nil {
                var extras: [String] = []
                if !option.values.isEmpty {
                    // A value that is punctuation (a CSV delimiter) is quoted, so the list reads.
                    let values = option.values.map {
                        $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } ? $0 : "'\($0)'"
                    }
                    extras.append("values: \(values.joined(separator: ", "))")
                }
                if let value = option.defaultValue { extras.append("default: \(value)") }
                text += " (\(extras.joined(separator: "; ")))"
            }
            lines.append(row(option.label, text))
        }
        lines.append(row("--version", "Show the version."))
        lines.append(row("-h, --help", "Show help information."))
        if !command.subcommands.isEmpty {
            lines += ["", "SUBCOMMANDS:"]
            for sub in command.subcommands {
                lines.append(row(sub.name, sub.abstract))
            }
            lines += ["", "  See '\(commandLine(path)) help <subcommand>' for detailed help."]
        }
        return lines.joined(separator: "\n")
    }

    func row(_ label: String, _ text: String) -> String {
        let column = 26
        let prefix = "  " + label
        let body = wrap(text, indent: column)
        if prefix.count < column {
            return prefix.padding(toLength: column, withPad: " ", startingAt: 0)
                + body.dropFirst(column)
        }
        return prefix + "\n" + body
    }

    /// The width help is wrapped to: the terminal's, else `COLUMNS`, else 80; at least 40.
    private var width: Int {
        if isatty(STDOUT_FILENO) == 1, let size = Terminal.windowSize() { return max(40, size.columns) }
        return max(40, Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 80)
    }

    func wrap(_ text: String, indent: Int) -> String {
        let width = self.width
        let room = max(10, width - indent)
        var lines: [String] = []
        var line = String(repeating: " ", count: indent)
        for word in text.split(separator: " ").flatMap({ Self.pieces(of: $0, room: room) }) {
            if line.count + word.count + 1 > width, line.count > indent {
                lines.append(line)
                line = String(repeating: " ", count: indent)
            }
            if line.count > indent { line += " " }
            line += word
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    /// A word longer than a line's room, cut after slashes where it can be (a path), else hard.
    private static func pieces(of word: Substring, room: Int) -> [Substring] {
        var pieces: [Substring] = []
        var rest = word
        while rest.count > room {
            let limit = rest.index(rest.startIndex, offsetBy: room)
            let cut = rest[..<limit].lastIndex(of: "/").map { rest.index(after: $0) } ?? limit
            pieces.append(rest[..<cut])
            rest = rest[cut...]
        }
        return pieces + [rest]
    }

    private func usageError(_ message: String, path: [Command], console: Console, suggestion: String?) -> Int32 {
        var text = "Error: \(message)"
        if let suggestion { text += ". Did you mean '\(suggestion)'?" }
        console.error(text)
        console.error("Usage: \(usage(for: path))")
        console.error("  See '\(commandLine(path)) --help' for more information.")
        return 64
    }
}
