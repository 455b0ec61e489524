import DialogueKit

/// The `dialogue` command: its command tree and entry point.
public enum DialogueCommand {
    /// The engine version printed by `--version` and pinned into plans and journals.
    public static let version = DialogueKitVersion.current

    static func root(_ toolkit: Toolkit) -> Command {
        Command(
            name: "dialogue",
            abstract: "Plan, run and harvest facilitated dialogue sessions.",
            discussion:
                "DialogueKit loads dialogue methods (Good Future dialogue, Taking up concerns, warm-ups, Learning café, Puimala and any JSON method you add), plans them into a session for real people, runs the session step by step and hands back the harvest.",
            subcommands: [
                MethodsCommands(toolkit: toolkit).command, PlanCommands(toolkit: toolkit).agenda,
                PlanCommands(toolkit: toolkit).plan, RunCommands(toolkit: toolkit).run,
                RunCommands(toolkit: toolkit).resume, RunCommands(toolkit: toolkit).report,
                GroupsCommand(toolkit: toolkit).command, SeriesCommands(toolkit: toolkit).command,
            ])
    }

    /// Runs the command line (without the program name) with the methods, behaviours,
    /// exporters and group former of `toolkit`, and returns the exit code. A package that
    /// extends DialogueKit builds its own `dialogue` from this and its own toolkit.
    public static func run(arguments: [String], toolkit: Toolkit = .standard) -> Int32 {
        CommandRunner(root: root(toolkit), version: version, methodIDs: { toolkit.library().methods.map(\.spec.id) })
            .run(arguments, console: Console())
    }
}
