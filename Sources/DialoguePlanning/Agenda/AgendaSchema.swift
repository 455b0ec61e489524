import DialogueSpec

/// The JSON Schema (2020-12) of the agenda format, written once beside ``AgendaReader``, with
/// the description editors show on every property. The methods a toolkit knows are given as
/// examples of an item's `method` (not an enum: an agenda may load methods from its own folders).
public enum AgendaSchema {
    /// The schema's identifier.
    public static let id = "https://dialoguekit.invalid/schema/agenda-1.json"

    /// The schema, with `methods` (id and summary) offered for an item's `method`.
    public static func document(methods: [(id: String, summary: String)] = []) -> SchemaNode {
        let at = SchemaNode.string(
            "Pin the item to this time of day (HH:MM) on the meeting's date; the planner keeps it there.",
            pattern: "^([01]?[0-9]|2[0-3]):[0-5][0-9]$"
        ).examples([#""14:00""#])
        let minutes = SchemaNode.number("How long it takes, in minutes.", minimum: 0, maximum: 1440)
        var method = SchemaNode.string("The id of the method to use, from the library or the method folders.")
        if !methods.isEmpty {
            method = method.examples(methods.map { SchemaNode.quoted($0.id) })
                .described(
                    "The id of the method to use, from the library or the method folders. Known here: "
                        + methods.map { "\($0.id) (\($0.summary))" }.joined(separator: "; "))
        }
        let items: [SchemaNode] = [
            .object(
                "A dialogue method, with the values and people it needs.", required: ["type", "method"],
                properties: [
                    ("type", SchemaNode().with("const", .text("method")).described("A dialogue method.")),
                    ("at", at),
                    ("method", method),
                    (
                        "version",
                        .string(
                            "The method versions this agenda accepts: 1.0.0, >=1.0.0, ^1.0.0 (same major) or ~1.0.0 (same minor).",
                            pattern:
                                #"^[ \t]*(>=|\^|~)?[ \t]*(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})[ \t]*$"#
                        )
                    ),
                    ("title", .string("The item's title in the plan; the method's name when absent.")),
                    (
                        "parameters",
                        .map(
                            "Values for the method's parameters, by parameter id.",
                            values: .oneOf(
                                "A parameter value.",
                                [
                                    .integer("A number."), .ref("text", "A text."),
                                    .array("A list of texts.", of: .ref("text", "A text.")),
                                ]))
                    ),
                    ("durations", .map("Minutes for some of the method's steps, by step id.", values: minutes)),
                    (
                        "roles",
                        .map(
                            "Who takes each role, by role id: a list of participant names.",
                            values: .array("Participant names.", of: .string("A participant's name.")))
                    ),
                    (
                        "participants",
                        .array(
                            "The participants who take part in this item; everyone when absent.",
                            of: .string("A participant's name."))
                    ),
                    (
                        "review",
                        .string(
                            "The harvest.json of an earlier meeting whose agreements this item reviews (a follow-up meeting), relative to the agenda."
                        )
                    ),
                ]),
            .object(
                "A break.", required: ["type", "minutes"],
                properties: [
                    ("type", SchemaNode().with("const", .text("break")).described("A break.")),
                    ("at", at), ("minutes", minutes),
                    ("title", .string("The break's title; \"Break\" when absent.")),
                ]),
            .object(
                "A free item: a welcome, an announcement, anything not run as a method.",
                required: ["type", "title", "minutes"],
                properties: [
                    ("type", SchemaNode().with("const", .text("free")).described("A free item.")),
                    ("at", at), ("title", .string("The item's title.")), ("minutes", minutes),
                    ("notes", .string("Notes for the facilitator.")),
                ]),
            .object(
                "A review of an earlier meeting's agreements, read from its harvest.", required: ["type", "harvest"],
                properties: [
                    ("type", SchemaNode().with("const", .text("review")).described("A review.")),
                    ("at", at),
                    ("harvest", .string("The earlier meeting's harvest.json, relative to this agenda.")),
                    ("minutes", .number("How long it takes, in minutes; 20 when absent.", minimum: 0, maximum: 1440)),
                    ("title", .string("The item's title.")),
                ]),
        ]
        let participant = SchemaNode.object(
            "A person taking part.", required: ["name"],
            properties: [
                ("name", .string("The person's name, unique in the meeting.")),
                ("roles", .array("The ids of roles the person may take.", of: .string("A role id."))),
                ("organisation", .string("The person's organisation, for mixing groups.")),
                ("tags", .array("Free labels, for mixing groups.", of: .string("A label."))),
                ("email", .string("The person's e-mail address, for invitations.")),
                ("attributes", .map("Other fields, by name.", values: .string("A value."))),
            ])
        let root = SchemaNode.object(
            "An agenda: the meeting's date, place, people and time budget, and its items in order. Strict JSON.",
            required: ["title", "date", "start", "participants", "items"],
            properties: [
                ("$schema", .string("The address of this schema, for editors; DialogueKit ignores it.")),
                (
                    "schemaVersion",
                    .integer(
                        "The version of the agenda format; this engine reads 1.", minimum: 1,
                        maximum: Agenda.currentSchemaVersion)
                ),
                ("title", .string("The meeting's title.")),
                ("language", .ref("language", "The meeting's language: the plan, console and harvest use it.")),
                ("date", .string("The meeting's date, YYYY-MM-DD.", pattern: #"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"#)),
                (
                    "start",
                    .string(
                        "The meeting's start, HH:MM, in its time zone.", pattern: "^([01]?[0-9]|2[0-3]):[0-5][0-9]$")
                ),
                (
                    "timeZone",
                    .string("The meeting's IANA time zone; UTC when absent.").examples([#""Europe/Amsterdam""#])
                ),
                ("location", .string("Where the meeting is held.")),
                ("budgetMinutes", .number("The time the meeting may take, in minutes.", minimum: 0, maximum: 1440)),
                (
                    "timeUnitMinutes",
                    SchemaNode().with("type", .text("number")).with(
                        "enum", .raw(Agenda.timeUnits.map(NumberText.format))
                    )
                    .described(
                        "The unit step lengths are planned in, in minutes; whole minutes when absent. Steps add up exactly to their item, and items to the meeting."
                    )
                ),
                ("seed", .integer("The seed for every random choice (group formation), so a plan can be repeated.")),
                (
                    "participants",
                    .oneOf(
                        "The people taking part: a CSV file beside the agenda, or a list.",
                        [
                            .string("A CSV file, relative to the agenda (name, roles, organisation, tags, email)."),
                            .array(
                                "The people.", of: .ref("participant", "A person."), maxItems: Agenda.maxParticipants),
                        ])
                ),
                (
                    "methodFolders",
                    .array(
                        "Folders with more method specs, relative to the agenda.", of: .string("A folder."))
                ),
                (
                    "spaces",
                    .object(
                        "How this meeting arranges the dialogical spaces.",
                        properties: DialogicalSpaces.meanings.map { ($0.name, .string($0.meaning)) } + [
                            (
                                "setting",
                                .choice(
                                    "Where people meet.",
                                    [
                                        ("in-person", "In one room."), ("remote", "Online."),
                                        ("hybrid", "Some in the room, some online."),
                                    ])
                            ),
                            ("materials", .array("What to bring.", of: .string("A material."))),
                        ])
                ),
                (
                    "items",
                    .array(
                        "The meeting's items, in order.", of: .oneOf("An item, by its type.", items), minItems: 1,
                        maxItems: Agenda.maxItems)
                ),
            ])
        return SchemaNode()
            .with("$schema", .text("https://json-schema.org/draft/2020-12/schema"))
            .with("$id", .text(id))
            .with("title", .text("DialogueKit agenda"))
            .merging(root)
            .with(
                "$defs",
                .named([
                    ("language", MethodSchema.language), ("text", MethodSchema.localizedText),
                    ("participant", participant),
                ]))
    }
}
