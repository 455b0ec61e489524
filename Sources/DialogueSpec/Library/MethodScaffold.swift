/// The starting point `dialogue methods new` writes: a small, complete method that
/// validates, showing each part of the format once.
public enum MethodScaffold {
    /// The scaffold for a method with `id`, named `name` (by default from the id).
    public static func json(id: String, name: String?) -> String {
        let title =
            name ?? id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        let escaped = title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return """
            {
              "schemaVersion": 1,
              "id": "\(id)",
              "version": "0.1.0",
              "name": {"en": "\(escaped)", "nl": "\(escaped)"},
              "summary": {"en": "One sentence on what happens in this dialogue.", "nl": "Eén zin over wat er in deze dialoog gebeurt."},
              "languages": ["en", "nl"],
              "sources": [{"id": "own", "citation": "Describe where this format comes from."}],
              "participants": {"min": 3, "max": 20},
              "roles": [
                {"id": "facilitator", "name": {"en": "Facilitator", "nl": "Facilitator"}, "count": {"min": 1, "max": 2}, "attributes": ["facilitator"]},
                {"id": "participant", "name": {"en": "Participant", "nl": "Deelnemer"}, "count": {"min": 2}}
              ],
              "roleGroups": [
                {"id": "participants", "name": {"en": "Participants", "nl": "Deelnemers"}, "roles": ["participant"], "required": true}
              ],
              "parameters": [
                {"id": "topic", "type": "text", "label": {"en": "Topic", "nl": "Onderwerp"}, "default": {"en": "our work together", "nl": "onze samenwerking"}}
              ],
              "groundRules": [{"en": "One speaks, the others listen.", "nl": "Eén persoon spreekt, de anderen luisteren."}],
              "spaces": {
                "physical": {"en": "Chairs in a circle.", "nl": "Stoelen in een kring."},
                "time": {"en": "Enough time for everyone to be heard.", "nl": "Genoeg tijd zodat iedereen gehoord wordt."}
              },
              "phases": [
                {
                  "id": "opening",
                  "name": {"en": "Opening", "nl": "Opening"},
                  "steps": [
                    {"id": "round", "name": {"en": "Opening round", "nl": "Openingsronde"}, "kind": "round",
                     "duration": {"default": 2, "min": 1, "max": 3, "per": "speaker"},
                     "repeat": {"per": "participant", "of": ["participants"]},
                     "listeners": {"who": ["others"], "mode": "no-interruption"},
                     "prompts": [{"id": "start", "text": {"en": "What does {topic} mean to you?", "nl": "Wat betekent {topic} voor jou?"}}],
                     "captures": [{"id": "first-thoughts", "type": "note", "per": "person"}]}
                  ]
                },
                {
                  "id": "closing",
                  "name": {"en": "Closing", "nl": "Afsluiting"},
                  "steps": [
                    {"id": "agree", "name": {"en": "Agreements", "nl": "Afspraken"}, "kind": "agreements",
                     "duration": {"default": 10, "min": 5, "max": 20},
                     "speakers": ["all"], "addressed": ["all"], "listeners": {"who": ["others"], "mode": "open"},
                     "prompts": [{"id": "next", "text": {"en": "Who does what, with whom, by when?", "nl": "Wie doet wat, met wie, wanneer?"}}],
                     "captures": [{"id": "agreements", "type": "agreement", "per": "step"}]}
                  ]
                }
              ]
            }

            """
    }
}
