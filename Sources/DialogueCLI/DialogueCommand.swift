import DialogueKit

/// The `dialogue` command: its command tree and entry point.
public enum DialogueCommand {
    /// The engine version printed by `--version` and pinned into plans and journals.
    public static let version = DialogueKitVersion.current

    static var root: Command {
        Command(name: "dialogue",
                abstract: "Plan, run and harvest facilitated dialogue sessions.",
                discussion: "DialogueKit loads dialogue methods (Good Future dialogue, Taking up concerns, warm-ups, Learning café, Puimala and any JSON method you add), plans them into a session for real people, runs the session step by step and hands back the harvest.",
                subcommands: [MethodsCommands.command, PlanCommands.agenda, PlanCommands.plan, RunCommands.run, RunCommands.resume,
                              RunCommands.report, GroupsCommand.command])
    }

    /// Runs the command line (without the program name) and returns the exit code.
    public static func main(arguments: [String]) -> Int32 {
        CommandRunner(root: root, version: version).run(arguments, console: Console())
    }
}
