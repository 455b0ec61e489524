/// The JSON Schema (2020-12) of the method format, written once beside ``MethodReader``: every
/// property has the description editors show on hover, and every closed set of values is an
/// enum of the reader's own cases. Step kinds come from a ``BehaviourRegistry``, so a plugin's
/// kinds appear in the schema its `dialogue` prints.
public enum MethodSchema {
    /// The schema's identifier.
    public static let id = "https://dialoguekit.invalid/schema/method-1.json"

    /// The schema for the built-in step kinds, as indented JSON text.
    public static var text: String { document().text }

    /// The schema with the step kinds of `behaviours`.
    public static func document(behaviours: BehaviourRegistry = BehaviourRegistry()) -> SchemaNode {
        let kinds = behaviours.kinds.compactMap { kind in
            behaviours.behaviour(kind).map { (value: kind, meaning: $0.summary) }
        }
        return SchemaNode()
            .with("$schema", .text("https://json-schema.org/draft/2020-12/schema"))
            .with("$id", .text(id))
            .with("title", .text("DialogueKit method spec"))
            .merging(
                .object(
                    "A dialogue method: its roles, parameters, dialogical spaces and phases of steps. Strict JSON: no comments, no trailing commas, no duplicate keys.",
                    required: ["schemaVersion", "id", "version", "name", "summary", "participants", "roles", "phases"],
                    properties: [
                        ("$schema", .string("The address of this schema, for editors; DialogueKit ignores it.")),
                        (
                            "schemaVersion",
                            .integer(
                                "The version of the method format this spec is written in; this engine reads 1.",
                                minimum: 1, maximum: MethodSpec.currentSchemaVersion)
                        ),
                        (
                            "id",
                            .ref("id", "The method's stable kebab-case identifier, used by agendas (\"good-future\").")
                        ),
                        (
                            "version",
                            .string(
                                "The spec's semantic version, major.minor.patch; an agenda can require a range of it.",
                                pattern: #"^(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})$"#
                            ).examples([#""1.0.0""#])
                        ),
                        ("name", .ref("text", "The method's name as facilitators know it.")),
                        (
                            "summary",
                            .ref("text", "One sentence on what the method is, shown in `dialogue methods list`.")
                        ),
                        (
                            "purpose",
                            .ref("text", "What the method is for: the situation it serves and what it brings about.")
                        ),
                        (
                            "languages",
                            .array(
                                "The languages every text of the spec is written in; the first is the fallback.",
                                of: .ref("language", "A language code."))
                        ),
                        (
                            "sources",
                            .array(
                                "The publications the method is taken from; provenance refers to them by id.",
                                of: .object(
                                    "A source: an id, a full citation and where to find it.",
                                    required: ["id", "citation"],
                                    properties: [
                                        ("id", .string("The source's short id, used by provenance entries.")),
                                        (
                                            "citation",
                                            .ref(
                                                "text",
                                                "The full citation: authors, year, title, publisher; per language where its words need it."
                                            )
                                        ),
                                        ("url", .string("Where the source can be read.")),
                                    ]))
                        ),
                        ("provenance", .ref("provenance", "Where the method as a whole comes from.")),
                        ("participants", .ref("count", "How many people the method is made for.")),
                        ("roles", .array("The roles people take in the method.", of: .ref("role", "A role."))),
                        (
                            "roleGroups",
                            .array(
                                "Roles that act together, e.g. the family or the network, referred to by steps as one audience.",
                                of: .object(
                                    "A named group of roles.", required: ["id", "name", "roles"],
                                    properties: [
                                        ("id", .ref("id", "The group's id, usable wherever a role id is.")),
                                        ("name", .ref("text", "The group's name.")),
                                        (
                                            "roles",
                                            .array(
                                                "The ids of the roles in the group.", of: .ref("roleId", "A role id."))
                                        ),
                                        (
                                            "required",
                                            .boolean("Whether a meeting needs at least one person of the group.")
                                        ),
                                    ]))
                        ),
                        (
                            "parameters",
                            .array(
                                "Values an agenda fills in when it uses the method, e.g. the subject or the number of rounds.",
                                of: .ref("parameter", "A parameter."))
                        ),
                        (
                            "scales",
                            .array(
                                "The scales that scores and worry levels are given on.", of: .ref("scale", "A scale."))
                        ),
                        (
                            "groundRules",
                            .array(
                                "The rules of the conversation, read out at the start.",
                                of: .ref("text", "A ground rule."))
                        ),
                        (
                            "spaces",
                            .object(
                                "The dialogical spaces the method needs: how the room, the time, the relations, the minds and the words are prepared.",
                                properties: DialogicalSpaces.meanings.map { ($0.name, .ref("text", $0.meaning)) })
                        ),
                        (
                            "materials",
                            .array("What to bring: flip charts, pens, cards.", of: .ref("text", "A material."))
                        ),
                        (
                            "phases",
                            .array(
                                "The phases of the method in order, each a list of steps.",
                                of: .ref("phase", "A phase."),
                                minItems: 1)
                        ),
                    ])
            )
            .with("$defs", .named(definitions(kinds: kinds)))
    }

    /// A language code, shared by every file kind.
    public static let language = SchemaNode.string(
        "A language code such as \"en\" or \"nl\", optionally with a region (\"nl-BE\").",
        pattern: "^[a-z]{2,3}(-[A-Z]{2})?$")

    /// A text people read, in one language or several; it refers to `#/$defs/language`.
    public static let localizedText = SchemaNode.oneOf(
        "A text people read: a plain string (English), or an object of language codes to strings.",
        [
            .string("The text in English."),
            .map(
                "The text by language.", keys: .ref("language", "A language code."),
                values: .string("The text in this language.")
            ).with("minProperties", .integer(1)),
        ])

    static func definitions(kinds: [(value: String, meaning: String)]) -> [(String, SchemaNode)] {
        [
            (
                "id",
                .string(
                    "A kebab-case identifier: lower-case letters and digits joined by single hyphens, at most 64 characters.",
                    pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", maxLength: 64)
            ),
            ("roleId", .string("The id of a role or a role group of this method.")),
            ("language", language),
            ("text", localizedText),
            (
                "count",
                .oneOf(
                    "A number of people: exactly this many, or a range.",
                    [
                        .integer("Exactly this many.", minimum: 0),
                        .object(
                            "A range of people.", required: ["min"],
                            properties: [
                                ("min", .integer("At least this many.", minimum: 0)),
                                ("max", .integer("At most this many; no upper limit when absent.", minimum: 0)),
                            ]),
                    ])
            ),
            (
                "countValue",
                .oneOf(
                    "A count: a number, or a \"{parameter}\" the agenda fills in.",
                    [
                        .integer("This many.", minimum: 1),
                        .ref("parameterReference", "The value of an integer parameter."),
                    ])
            ),
            (
                "parameterReference",
                .string("The name of a parameter in braces, e.g. \"{rounds}\".", pattern: #"^\{.+\}$"#)
            ),
            (
                "provenance",
                .object(
                    "Where a part of the method comes from, so that an adaptation is never mistaken for the source.",
                    required: ["basis"],
                    properties: [
                        (
                            "basis",
                            .choice(
                                "How the part is grounded.",
                                [
                                    ("source", "Taken from a cited source, in its own words."),
                                    ("background", "Background a source gives, not an instruction of it."),
                                    ("inference", "Inferred from the sources where they are silent."),
                                    ("adaptation", "Changed from the sources on purpose; the note says how and why."),
                                ])
                        ),
                        ("sources", .array("The ids of the sources it comes from.", of: .string("A source id."))),
                        ("note", .ref("text", "What was taken, inferred or changed.")),
                    ])
            ),
            (
                "role",
                .object(
                    "A role people take in the method.", required: ["id", "name"],
                    properties: [
                        ("id", .ref("id", "The role's id, used by steps and agendas.")),
                        ("name", .ref("text", "The role's name.")),
                        ("description", .ref("text", "What a person in this role does.")),
                        ("count", .ref("count", "How many people take the role.")),
                        (
                            "constraints",
                            .array(
                                "Rules for who may take the role and what they do.",
                                of: .choice(
                                    "A constraint.",
                                    [
                                        (
                                            "external-to-case",
                                            "Must not take part in the case discussed (Good Future facilitators)."
                                        ),
                                        ("in-case", "Takes part in the case discussed (family, professionals)."),
                                        ("does-not-speak", "Listens and records; is never a speaker."),
                                        ("stays-at-table", "Stays at one table while others rotate (café hosts)."),
                                    ]))
                        ),
                        (
                            "attributes",
                            .array("Free labels for the role, e.g. \"professional\".", of: .string("A label."))
                        ),
                    ])
            ),
            (
                "parameter",
                .object(
                    "A value an agenda fills in when it uses the method.", required: ["id", "type", "label"],
                    properties: [
                        ("id", .ref("id", "The parameter's id; texts refer to it as {id}.")),
                        (
                            "type",
                            .choice(
                                "The kind of value.",
                                [
                                    ("text", "A text, in each language."),
                                    ("integer", "A whole number between min and max."),
                                    ("choice", "One of the options."),
                                    ("text-list", "A list of texts, e.g. the themes of a round table."),
                                ])
                        ),
                        ("label", .ref("text", "The parameter's name in plans and scaffolds.")),
                        ("description", .ref("text", "What the value means for the meeting.")),
                        ("required", .boolean("Whether an agenda must give a value (no default applies).")),
                        (
                            "default",
                            .oneOf(
                                "The value when an agenda gives none.",
                                [
                                    .integer("A number."), .ref("text", "A text."),
                                    .array("A list of texts.", of: .ref("text", "A text.")),
                                ])
                        ),
                        ("min", .integer("The smallest allowed integer.")),
                        ("max", .integer("The largest allowed integer.")),
                        ("options", .array("The values a choice allows.", of: .string("An option."))),
                    ])
            ),
            (
                "scale",
                .object(
                    "A scale that scores or worry levels are given on.", required: ["id", "name", "type"],
                    properties: [
                        ("id", .ref("id", "The scale's id, named by captures.")),
                        ("name", .ref("text", "The scale's name.")),
                        (
                            "type",
                            .choice(
                                "How values are given.",
                                [
                                    ("ordinal", "One of the listed levels."),
                                    ("numeric", "Any number from min to max."),
                                ])
                        ),
                        ("min", .number("The lowest value of a numeric scale.")),
                        ("max", .number("The highest value of a numeric scale.")),
                        ("visibility", .ref("visibility", "Who may see values given on the scale.")),
                        (
                            "levels",
                            .array(
                                "The levels of an ordinal scale, lowest first.",
                                of: .object(
                                    "A level.", required: ["value", "label"],
                                    properties: [
                                        ("value", .number("The level's value.")),
                                        ("label", .ref("text", "The level's name.")),
                                        ("description", .ref("text", "What the level means.")),
                                    ]))
                        ),
                    ])
            ),
            (
                "visibility",
                .choice(
                    "Who may see what is recorded.",
                    [
                        ("shared", "Everyone in the meeting, and the shared harvest."),
                        ("private", "Only the person it is about and the facilitator; never in a shared harvest."),
                    ])
            ),
            (
                "phase",
                .object(
                    "A phase of the method: steps that belong together.", required: ["id", "name", "steps"],
                    properties: [
                        ("id", .ref("id", "The phase's id.")),
                        ("name", .ref("text", "The phase's name.")),
                        ("description", .ref("text", "What happens in the phase.")),
                        (
                            "frame",
                            .choice(
                                "The time frame people speak from.",
                                [
                                    ("present", "Now."),
                                    (
                                        "future-recall",
                                        "A chosen future, recalled as if it had come (Good Future dialogue)."
                                    ),
                                    ("past-reflection", "Looking back on what happened."),
                                ])
                        ),
                        ("steps", .array("The phase's steps, in order.", of: .ref("step", "A step."), minItems: 1)),
                    ])
            ),
            (
                "references",
                .array(
                    "Who: role ids, role-group ids, \"all\" or \"others\" (everyone but the speakers).",
                    of: .ref("roleId", "A role id, a role-group id, \"all\" or \"others\"."))
            ),
            ("step", step(kinds: kinds)),
        ]
    }

    static func step(kinds: [(value: String, meaning: String)]) -> SchemaNode {
        .object(
            "A step: one activity with who speaks, who listens and how, what is asked, how long it takes and what is recorded.",
            required: ["id", "name", "kind"],
            properties: [
                ("id", .ref("id", "The step's id, unique in the method; agendas change its duration by it.")),
                ("name", .ref("text", "The step's name.")),
                ("description", .ref("text", "What happens in the step, for the facilitator.")),
                ("kind", .choice("The step's behaviour: how turns, groups and records work.", kinds)),
                (
                    "when",
                    .choice(
                        "When the step happens relative to the meeting.",
                        [
                            ("before", "Before the meeting (preparation)."), ("during", "In the meeting."),
                            ("after", "After the meeting (follow-up)."),
                        ])
                ),
                (
                    "duration",
                    .object(
                        "How long the step takes, in minutes.", required: ["default"],
                        properties: [
                            ("default", .number("The planned minutes.", minimum: 0, maximum: 1440)),
                            ("min", .number("The fewest minutes the step may be given.", minimum: 0, maximum: 1440)),
                            ("max", .number("The most minutes the step may be given.", minimum: 0, maximum: 1440)),
                            (
                                "per",
                                .choice(
                                    "What the minutes count.",
                                    [
                                        ("step", "The whole step."), ("speaker", "Each speaker's turn."),
                                        ("round", "Each round."), ("group", "Each group, one after another."),
                                    ])
                            ),
                        ])
                ),
                ("speakers", .ref("references", "Who speaks in the step.")),
                ("addressed", .ref("references", "Whom the speakers address.")),
                (
                    "listeners",
                    .object(
                        "Who listens, and how.", required: ["mode"],
                        properties: [
                            ("who", .ref("references", "Who listens; everyone else when absent.")),
                            (
                                "mode",
                                .choice(
                                    "How the listeners listen.",
                                    [
                                        ("silent", "In silence, without reacting."),
                                        ("no-interruption", "Without interrupting; they may react afterwards."),
                                        ("not-addressed", "Not addressed: they listen as outsiders and reflect later."),
                                        ("open", "Open conversation."),
                                        (
                                            "questions-only",
                                            "They only ask questions: no ideas or objections of their own."
                                        ),
                                    ])
                            ),
                        ])
                ),
                ("recorder", .ref("references", "Who writes down what is said.")),
                (
                    "repeat",
                    .object(
                        "The step is repeated: once per person, role group, subgroup or round.", required: ["per"],
                        properties: [
                            (
                                "per",
                                .choice(
                                    "What each repetition is for.",
                                    [
                                        ("participant", "Each person in turn."),
                                        ("role-group", "Each role group in turn."),
                                        ("subgroup", "Each subgroup in turn."), ("round", "A number of rounds."),
                                    ])
                            ),
                            ("of", .ref("references", "Whose turns they are.")),
                            ("count", .ref("countValue", "How many rounds.")),
                        ])
                ),
                (
                    "grouping",
                    .object(
                        "How people are grouped in the step.", required: ["type"],
                        properties: [
                            (
                                "type",
                                .choice(
                                    "The form of the groups.",
                                    [
                                        ("plenary", "Everyone together."), ("pairs", "Groups of two."),
                                        ("triads", "Groups of three."), ("subgroups", "Small groups of a given size."),
                                        ("tables", "Café tables, with hosts who stay."),
                                    ])
                            ),
                            ("size", .ref("count", "How many people per group.")),
                            ("count", .ref("countValue", "How many groups.")),
                            (
                                "minGroups",
                                .integer(
                                    "The fewest groups (\"two or more subgroups\"); more when the size asks for it. Not with 'count'.",
                                    minimum: 1)
                            ),
                            (
                                "roles",
                                .array(
                                    "How many people of a role each group needs.",
                                    of: .object(
                                        "A role in each group.", required: ["role"],
                                        properties: [
                                            ("role", .ref("roleId", "The role's id.")),
                                            ("count", .ref("count", "How many of the role per group.")),
                                        ]))
                            ),
                            ("rapporteur", .boolean("Whether each group names a rapporteur who reports back.")),
                            (
                                "mixBy",
                                .array(
                                    "Participant fields to spread over the groups, e.g. \"organisation\".",
                                    of: .string("A field: organisation, a role, a tag or an attribute."))
                            ),
                            ("groupBy", .string("A participant field whose equal values share a group.")),
                            (
                                "divideItems",
                                .boolean(
                                    "Whether the facilitator divides the step's items over its groups during the meeting (/divide)."
                                )
                            ),
                        ])
                ),
                (
                    "rotation",
                    .object(
                        "Rounds in which people move between tables while hosts stay.", required: ["rounds"],
                        properties: [
                            ("rounds", .ref("countValue", "How many rounds.")),
                            ("stay", .ref("references", "Who stays at their table.")),
                            ("topics", .ref("parameterReference", "A text-list parameter with one topic per table.")),
                        ])
                ),
                (
                    "prompts",
                    .array(
                        "The questions asked, in order.",
                        of: .object(
                            "A question.", required: ["id", "text"],
                            properties: [
                                ("id", .ref("id", "The question's id.")),
                                (
                                    "to",
                                    .ref(
                                        "references",
                                        "Whom the question is asked, by role or role group, or \"others\" for the listeners; the speakers when absent."
                                    )
                                ),
                                (
                                    "text",
                                    .ref("text", "The question in the method's own words; {parameters} are filled in.")
                                ),
                                ("provenance", .ref("provenance", "Where the wording comes from.")),
                            ]))
                ),
                (
                    "captures",
                    .array(
                        "What is recorded in the step.",
                        of: .object(
                            "A kind of record.", required: ["id", "type"],
                            properties: [
                                ("id", .ref("id", "The record's id.")),
                                (
                                    "type",
                                    .choice(
                                        "What is recorded.",
                                        [
                                            ("note", "What someone said."), ("idea", "An idea brought in."),
                                            ("concern", "A worry someone has."),
                                            ("worry-level", "How worried someone is, on a scale."),
                                            ("score", "A grade on a scale, per person and item."),
                                            ("agreement", "Who does what, with whom, by when."),
                                        ])
                                ),
                                ("label", .ref("text", "The record's name in the console and the harvest.")),
                                ("scale", .string("The id of the scale values are given on.")),
                                (
                                    "per",
                                    .choice(
                                        "Whom each record belongs to.",
                                        [
                                            ("person", "The speaker."), ("group", "The group."), ("step", "The step."),
                                            ("item", "An item: the one scored, or the point the record is about."),
                                        ])
                                ),
                                (
                                    "itemsFrom",
                                    .string(
                                        "The id of an earlier capture whose records are the items (to score, or to link records to)."
                                    )
                                ),
                                (
                                    "items",
                                    .oneOf(
                                        "The items (to score, or to link records to): a list, or a text-list \"{parameter}\".",
                                        [
                                            .array("The items.", of: .ref("text", "An item."), minItems: 1),
                                            .ref("parameterReference", "A text-list parameter."),
                                        ])
                                ),
                                ("visibility", .ref("visibility", "Who may see the records.")),
                                (
                                    "command",
                                    .ref(
                                        "text",
                                        "A console word per language that records into this capture, e.g. {\"en\": \"challenge\", \"nl\": \"uitdaging\"}."
                                    )
                                ),
                            ]))
                ),
                (
                    "swap",
                    .array(
                        "Roles that change places in a role swap.",
                        of: .object(
                            "Two roles that swap.", required: ["between"],
                            properties: [
                                (
                                    "between",
                                    .array(
                                        "The two role ids.", of: .ref("roleId", "A role id."), minItems: 2, maxItems: 2)
                                )
                            ]))
                ),
                (
                    "loop",
                    .object(
                        "Go back to an earlier step while the question is answered yes.",
                        required: ["to", "question", "max"],
                        properties: [
                            ("to", .string("The id of the step to go back to.")),
                            (
                                "question",
                                .ref("text", "The question the facilitator answers, e.g. \"Another concern?\".")
                            ),
                            ("max", .integer("The most times the loop runs.", minimum: 1)),
                            (
                                "rounds",
                                .integer(
                                    "How many passes through the loop the plan gives time to (1 when absent).",
                                    minimum: 1)
                            ),
                            (
                                "over",
                                .string(
                                    "What the rounds are about: a capture whose records are themes participants brought in, or a text-list \"{parameter}\"; each round takes the next theme."
                                )
                            ),
                        ])
                ),
                ("provenance", .ref("provenance", "Where the step comes from.")),
                ("notes", .ref("text", "Notes for the facilitator.")),
            ])
    }
}
