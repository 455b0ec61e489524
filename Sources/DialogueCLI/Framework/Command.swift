import DialogueKit
import Foundation

/// A command of the `dialogue` tool: its name, help texts, options, arguments and
/// subcommands, and what it does when run. Help, usage errors and `--version` follow
/// swift-argument-parser's conventions (exit 0 for help, 64 for usage errors, 1 for failures).
struct Command {
    var name: String
    var abstract: String
    var discussion: String = ""
    var options: [OptionSpec] = []
    var arguments: [ArgumentSpec] = []
    var subcommands: [Command] = []
    /// Runs the command; nil means the command only groups subcommands and prints its help.
    var run: ((ParsedArguments, Console) throws -> Int32)?
}

/// An option or flag a command accepts.
struct OptionSpec {
    /// The long name without dashes.
    var name: String
    var short: Character? = nil
    /// The value's name (`<lang>`); nil for a flag.
    var valueName: String? = nil
    var help: String
    var repeatable: Bool = false
    /// Allowed values, listed in help and checked.
    var values: [String] = []
    var defaultValue: String? = nil
    /// Checks a value beyond `values`: nil when it is fine, else what is wrong (a usage error).
    var check: (@Sendable (String) -> String?)? = nil
    /// What a shell offers for the value; by default the allowed values, files for `<file>`,
    /// folders for `<dir>`, and nothing otherwise.
    var suggestions: Completion? = nil

    /// What a shell completes for the value.
    var completion: Completion {
        if let suggestions { return suggestions }
        if !values.isEmpty { return .values(values) }
        switch valueName {
        case "file": return .files
        case "dir": return .directories
        default: return .nothing
        }
    }

    static func flag(_ name: String, short: Character? = nil, help: String) -> OptionSpec {
        OptionSpec(name: name, short: short, help: help)
    }

    static func option(
        _ name: String, short: Character? = nil, value: String, help: String,
        values: [String] = [], defaultValue: String? = nil, repeatable: Bool = false,
        suggestions: Completion? = nil, check: (@Sendable (String) -> String?)? = nil
    ) -> OptionSpec {
        OptionSpec(
            name: name, short: short, valueName: value, help: help, repeatable: repeatable, values: values,
            defaultValue: defaultValue, check: check, suggestions: suggestions)
    }

    var label: String {
        var text = short.map { "-\($0), " } ?? ""
        text += "--\(name)"
        if let valueName { text += " <\(valueName)>" }
        return text
    }
}

/// What a shell offers when completing a value.
enum Completion {
    case nothing
    case files
    case directories
    case values([String])
    /// The ids of the methods in the library.
    case methodIDs
}

/// A positional argument.
struct ArgumentSpec {
    var name: String
    var help: String
    var optional: Bool = false
    var variadic: Bool = false
    /// What a shell offers for the argument.
    var completion: Completion = .files

    var label: String { variadic ? "<\(name)> ..." : "<\(name)>" }
}

/// What the parser found: option values by long name and positional values by argument name.
struct ParsedArguments {
    var options: [String: [String]] = [:]
    var flags: Set<String> = []
    var positional: [String: [String]] = [:]

    func option(_ name: String) -> String? { options[name]?.last }
    func all(_ name: String) -> [String] { options[name] ?? [] }
    func flag(_ name: String) -> Bool { flags.contains(name) }
    func argument(_ name: String) -> String? { positional[name]?.first }
    func arguments(_ name: String) -> [String] { positional[name] ?? [] }
}

/// A usage error: wrong or missing arguments. Printed with the usage and exit code 64.
struct UsageError: Error {
    var message: String
}

/// A failure while running a command; printed as `Error: …` with exit code 1.
struct CommandFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }

    init(message: String) {
        self.message = message
    }

    /// A file that could not be read at all says so in one line ("FILE: no such file; check
    /// the path"); a problem inside a file keeps its place and path.
    init(_ diagnostic: Diagnostic) {
        message =
            diagnostic.code == "unreadable"
            ? "\(diagnostic.file): \(diagnostic.message)" + (diagnostic.hint.map { "; \($0)" } ?? "")
            : diagnostic.rendered()
    }
}

/// Where a command writes: standard output and error, and whether colours are allowed.
final class Console: TextStyle, @unchecked Sendable {
    let colorsOnOutput: Bool
    let colorsOnError: Bool
    let environment: [String: String]
    /// Lines read when standard input is not a terminal.
    var input: LineInput

    init(environment: [String: String] = ProcessInfo.processInfo.environment, input: LineInput = StandardInput()) {
        self.environment = environment
        self.input = input
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        colorsOnOutput = !noColor && isatty(STDOUT_FILENO) == 1
        colorsOnError = !noColor && isatty(STDERR_FILENO) == 1
    }

    func print(_ text: String = "") {
        write(text + "\n")
    }

    func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// `text` in bold on a colour terminal.
    func bold(_ text: String) -> String { colorsOnOutput ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    func dim(_ text: String) -> String { colorsOnOutput ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
    func color(_ text: String, _ code: String) -> String { colorsOnOutput ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
}

/// A source of input lines for the console.
protocol LineInput {
    mutating func readLine() -> String?
    var isTerminal: Bool { get }
}

/// Standard input.
struct StandardInput: LineInput {
    mutating func readLine() -> String? { Swift.readLine(strippingNewline: true) }
    var isTerminal: Bool { isatty(STDIN_FILENO) == 1 }
}
