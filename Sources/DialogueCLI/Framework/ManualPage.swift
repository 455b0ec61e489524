/// The manual page of a command tree in roff (man(7) macros), from the same texts as `--help`:
/// every subcommand with its usage, arguments and options, then exit status, environment and
/// files. `dialogue --generate-manual > dialogue.1` writes it; `man ./dialogue.1` reads it.
struct ManualPage {
    let root: Command
    let version: String
    let runner: CommandRunner

    var text: String {
        let name = root.name
        var lines = [
            ".TH \(name.uppercased()) 1 \"\" \(Self.quoted("DialogueKit \(version)")) \"User Commands\"",
            ".SH NAME",
            "\(Self.escaped(name)) \\- \(Self.escaped(root.abstract))",
            ".SH SYNOPSIS",
            ".B \(name)",
            ".I subcommand",
            "[\\fIoptions\\fR] [\\fIarguments\\fR]",
            ".SH DESCRIPTION",
            Self.escaped(root.discussion),
            ".PP",
            "Every subcommand takes \\fB\\-\\-help\\fR; \\fB\(name) help\\fR \\fIsubcommand\\fR shows the same text.",
            "\\fB\(name) \\-\\-generate\\-completion\\-script\\fR \\fIbash\\fR|\\fIzsh\\fR|\\fIfish\\fR prints a completion script;",
            "\\fB\(name) \\-\\-generate\\-manual\\fR prints this page.",
            ".SH COMMANDS",
        ]
        func visit(_ path: [Command]) {
            guard let command = path.last else { return }
            if path.count > 1, command.run != nil {
                lines.append(".SS \(Self.escaped(path.map(\.name).joined(separator: " ")))")
                lines.append(Self.escaped(command.abstract))
                if !command.discussion.isEmpty {
                    lines += [".PP", Self.escaped(command.discussion)]
                }
                lines += [".PP", ".nf", Self.escaped(runner.usage(for: path)), ".fi"]
                for argument in command.arguments {
                    lines += [".TP", "\\fI\(Self.escaped(argument.label))\\fR", Self.escaped(argument.help)]
                }
                for option in command.options {
                    var help = option.help
                    if !option.values.isEmpty { help += " Values: \(option.values.joined(separator: ", "))." }
                    if let value = option.defaultValue { help += " Default: \(value)." }
                    var label = option.short.map { "\\fB\\-\(Self.escaped(String($0)))\\fR, " } ?? ""
                    label += "\\fB\\-\\-\(Self.escaped(option.name))\\fR"
                    if let value = option.valueName { label += " \\fI<\(Self.escaped(value))>\\fR" }
                    lines += [".TP", label, Self.escaped(help)]
                }
            }
            for sub in command.subcommands { visit(path + [sub]) }
        }
        visit([root])
        lines += [
            ".SH EXIT STATUS",
            ".TP", "0", "Success, or help was shown.",
            ".TP", "1", "The command failed: a file with problems (each at its file:line:column), a refused action.",
            ".TP", "64", "A usage error: an unknown subcommand or option, a missing or invalid value.",
            ".SH ENVIRONMENT",
            ".TP", ".B DIALOGUE_METHODS_PATH", "Folders of method specs to load, separated by colons.",
            ".TP", ".B XDG_DATA_HOME",
            "Where session folders are kept when a session is named without a path (\\fI$XDG_DATA_HOME/dialoguekit/sessions\\fR, else \\fI~/.local/share/dialoguekit/sessions\\fR).",
            ".TP", ".B NO_COLOR", "When set and not empty, no colours are written.",
            ".TP", ".B COLUMNS", "The width help is wrapped to when standard output is not a terminal.",
            ".SH FILES",
            "A session folder holds \\fIplan.json\\fR, the journal \\fIjournal.jsonl\\fR (one sealed event per line, flushed to disk before it is acknowledged) and \\fIharvest.json\\fR; with \\fB\\-\\-room\\fR also \\fIroom.json\\fR (the room's tokens and port, so \\fBresume\\fR serves the same links) and, with \\fB\\-\\-room\\-phones\\fR, \\fIphone-links.txt\\fR (each participant's own phone link). Folders are created readable by their owner only (0700), files 0600.",
            ".SH SEE ALSO",
            "The README of DialogueKit, and \\fB\(name) methods show\\fR \\fIid\\fR for each dialogue method.",
        ]
        return lines.joined(separator: "\n")
    }

    /// `text` safe in roff: backslashes, hyphens, a leading dot or quote, and characters
    /// beyond ASCII as `\[uXXXX]`, so that the page needs no input encoding.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\e"
            case "-": result += "\\-"
            case _ where scalar.isASCII: result.unicodeScalars.append(scalar)
            default:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
            }
        }
        if result.hasPrefix(".") || result.hasPrefix("'") { result = "\\&" + result }
        return result.replacingOccurrences(of: "\n.", with: "\n\\&.").replacingOccurrences(of: "\n'", with: "\n\\&'")
    }

    /// `text` as a quoted macro argument.
    static func quoted(_ text: String) -> String {
        "\"" + escaped(text).replacingOccurrences(of: "\"", with: "\\(dq") + "\""
    }
}
