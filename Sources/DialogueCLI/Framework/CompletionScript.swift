/// Writes the shell completion script of a command tree for bash, zsh or fish, as
/// `--generate-completion-script` does in swift-argument-parser: subcommands, options, the
/// allowed values of an option, method ids, files and folders, all from the same tree as help.
struct CompletionScript {
    /// The shells a script can be written for.
    static let shells = ["bash", "zsh", "fish"]

    let root: Command
    /// The method ids offered where a command takes one.
    let methodIDs: [String]

    /// The script for `shell` (one of ``shells``).
    func script(for shell: String) -> String? {
        switch shell {
        case "bash": return bash
        case "zsh": return zsh
        case "fish": return fish
        default: return nil
        }
    }

    /// One command of the tree, with its path ("dialogue/methods/show") and what may follow it.
    struct Node {
        var path: String
        var command: Command
        var options: [OptionSpec]
    }

    /// Every command of the tree, the root first.
    var nodes: [Node] {
        var result: [Node] = []
        func visit(_ command: Command, path: String) {
            var options = command.options
            if path == root.name {
                options.append(
                    .option(
                        "generate-completion-script", value: "shell", help: "Print the completion script for a shell.",
                        values: Self.shells))
                options.append(.flag("generate-manual", help: "Print the manual page (roff)."))
            }
            options.append(.flag("version", help: "Show the version."))
            options.append(.flag("help", short: "h", help: "Show help information."))
            result.append(Node(path: path, command: command, options: options))
            for sub in command.subcommands { visit(sub, path: path + "/" + sub.name) }
        }
        visit(root, path: root.name)
        return result
    }

    /// The words a completion offers for `completion`, or nil for files and folders.
    private func words(_ completion: Completion) -> [String]? {
        switch completion {
        case .nothing: return []
        case .files, .directories: return nil
        case .values(let values): return values
        case .methodIDs: return methodIDs
        }
    }

    private static func names(_ option: OptionSpec) -> [String] {
        ["--\(option.name)"] + (option.short.map { ["-\($0)"] } ?? [])
    }

    /// The `case` branch that moves from one node to a subcommand, in the walk every script does.
    private var transitions: [(from: String, word: String, to: String)] {
        nodes.flatMap { node in
            node.command.subcommands.map { (node.path, $0.name, node.path + "/" + $0.name) }
        }
    }

    // MARK: - bash

    var bash: String {
        let name = root.name
        var lines = [
            "# bash completion for \(name). Load with: source <(\(name) --generate-completion-script bash)",
            "_\(name)() {",
            "    local cur prev node i",
            "    cur=\"${COMP_WORDS[COMP_CWORD]}\"",
            "    prev=\"\"",
            "    if [[ $COMP_CWORD -gt 0 ]]; then prev=\"${COMP_WORDS[COMP_CWORD-1]}\"; fi",
            "    node=\"\(name)\"",
            "    for ((i = 1; i < COMP_CWORD; i++)); do",
            "        case \"$node/${COMP_WORDS[i]}\" in",
        ]
        for step in transitions {
            lines.append("            \(Self.bashWord(step.from + "/" + step.word))) node=\"\(step.to)\" ;;")
        }
        lines += ["        esac", "    done", "    COMPREPLY=()", "    case \"$node\" in"]
        for node in nodes {
            lines.append("        \(Self.bashWord(node.path)))")
            let valued = node.options.filter { $0.valueName != nil }
            if !valued.isEmpty {
                lines.append("            case \"$prev\" in")
                for option in valued {
                    let pattern = Self.names(option).joined(separator: "|")
                    lines.append("                \(pattern)) \(bashReply(option.completion)); return ;;")
                }
                lines.append("            esac")
            }
            let optionWords = node.options.flatMap(Self.names).joined(separator: " ")
            lines.append(
                "            if [[ \"$cur\" == -* ]]; then COMPREPLY=($(compgen -W \(Self.bashWord(optionWords)) -- \"$cur\")); return; fi"
            )
            if !node.command.subcommands.isEmpty {
                let subs = (node.command.subcommands.map(\.name) + ["help"]).joined(separator: " ")
                lines.append("            COMPREPLY=($(compgen -W \(Self.bashWord(subs)) -- \"$cur\")); return ;;")
            } else if let argument = node.command.arguments.first {
                lines.append("            \(bashReply(argument.completion)); return ;;")
            } else {
                lines.append("            return ;;")
            }
        }
        lines += ["    esac", "}", "complete -o filenames -F _\(name) \(name)"]
        return lines.joined(separator: "\n")
    }

    private func bashReply(_ completion: Completion) -> String {
        switch completion {
        case .files: return "COMPREPLY=($(compgen -f -- \"$cur\"))"
        case .directories: return "COMPREPLY=($(compgen -d -- \"$cur\"))"
        default:
            return
                "COMPREPLY=($(compgen -W \(Self.bashWord((words(completion) ?? []).joined(separator: " "))) -- \"$cur\"))"
        }
    }

    /// `text` as one single-quoted shell word.
    static func bashWord(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    // MARK: - zsh

    var zsh: String {
        let name = root.name
        var lines = [
            "#compdef \(name)",
            "# zsh completion for \(name). Install as _\(name) in a folder of $fpath.",
            "_\(name)() {",
            "    local node=\(name) i cur=${words[CURRENT]} prev=${words[CURRENT-1]}",
            "    for (( i = 2; i < CURRENT; i++ )); do",
            "        case \"$node/${words[i]}\" in",
        ]
        for step in transitions {
            lines.append("            (\(Self.bashWord(step.from + "/" + step.word)))  node=\(step.to) ;;")
        }
        lines += ["        esac", "    done", "    local -a items", "    case $node in"]
        for node in nodes {
            lines.append("        (\(Self.bashWord(node.path)))")
            let valued = node.options.filter { $0.valueName != nil }
            if !valued.isEmpty {
                lines.append("            case $prev in")
                for option in valued {
                    let pattern = Self.names(option).joined(separator: "|")
                    lines.append("                (\(pattern)) \(zshReply(option.completion)); return ;;")
                }
                lines.append("            esac")
            }
            let described = node.options.flatMap { option in
                Self.names(option).map {
                    Self.bashWord("\($0.replacingOccurrences(of: ":", with: "\\:")):\(option.help)")
                }
            }
            lines.append(
                "            if [[ $cur == -* ]]; then items=(\(described.joined(separator: " "))); _describe option items; return; fi"
            )
            if !node.command.subcommands.isEmpty {
                let subs =
                    node.command.subcommands.map { Self.bashWord("\($0.name):\($0.abstract)") }
                    + [Self.bashWord("help:Show help for a subcommand.")]
                lines.append("            items=(\(subs.joined(separator: " "))); _describe command items; return ;;")
            } else if let argument = node.command.arguments.first {
                lines.append("            \(zshReply(argument.completion)); return ;;")
            } else {
                lines.append("            return ;;")
            }
        }
        // Autoloaded from $fpath the file's body is the completion function; sourced, it registers it.
        lines += [
            "    esac", "}",
            "if [[ \"${funcstack[1]}\" == _\(name) ]]; then _\(name) \"$@\"; else compdef _\(name) \(name); fi",
        ]
        return lines.joined(separator: "\n")
    }

    private func zshReply(_ completion: Completion) -> String {
        switch completion {
        case .files: return "_files"
        case .directories: return "_files -/"
        default: return "compadd -- " + (words(completion) ?? []).map(Self.bashWord).joined(separator: " ")
        }
    }

    // MARK: - fish

    var fish: String {
        let name = root.name
        var lines = [
            "# fish completion for \(name). Install as \(name).fish in ~/.config/fish/completions.",
            "function __\(name)_node",
            "    set -l node \(name)",
            "    for word in (commandline -opc)[2..-1]",
            "        switch \"$node/$word\"",
        ]
        for step in transitions {
            lines.append("            case \(Self.fishWord(step.from + "/" + step.word))")
            lines.append("                set node \(Self.fishWord(step.to))")
        }
        lines += ["        end", "    end", "    echo $node", "end", "complete -c \(name) -f"]
        for node in nodes {
            let condition = "-n " + Self.fishWord("test (__\(name)_node) = \(node.path)")
            for sub in node.command.subcommands {
                lines.append(
                    "complete -c \(name) \(condition) -a \(Self.fishWord(sub.name)) -d \(Self.fishWord(sub.abstract))")
            }
            if !node.command.subcommands.isEmpty {
                lines.append("complete -c \(name) \(condition) -a help -d 'Show help for a subcommand.'")
            } else if let argument = node.command.arguments.first {
                switch argument.completion {
                case .files, .directories: lines.append("complete -c \(name) \(condition) -F")
                case let other:
                    let values = (words(other) ?? []).joined(separator: " ")
                    if !values.isEmpty { lines.append("complete -c \(name) \(condition) -a \(Self.fishWord(values))") }
                }
            }
            for option in node.options {
                var line = "complete -c \(name) \(condition) -l \(option.name)"
                if let short = option.short { line += " -s \(short)" }
                if option.valueName != nil {
                    switch option.completion {
                    case .files: line += " -r -F"
                    case .directories: line += " -r -a '(__fish_complete_directories)'"
                    case let other: line += " -x -a \(Self.fishWord((words(other) ?? []).joined(separator: " ")))"
                    }
                }
                lines.append(line + " -d \(Self.fishWord(option.help))")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `text` as one single-quoted fish word.
    static func fishWord(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }
}
