/// A small piece of spec JSON that shows an extension point at work and doubles as its test,
/// the way a SwiftLint rule carries its triggering and non-triggering examples.
///
/// For a step behaviour the JSON is one step; it is placed in ``SpecExample/exampleMethod``.
/// For a method rule it replaces the value at ``path`` in the rule's method. A `↓` marks
/// where the diagnostic must land; an example without one must load with no error.
public struct SpecExample: Sendable, Hashable {
    /// The JSON, possibly holding one `↓`.
    public var json: String
    /// For a rule: where in the method the JSON goes, e.g. `phases[0].steps[1].grouping.roles`.
    public var path: String?

    /// An example step, for a behaviour.
    public init(_ json: String) {
        self.json = json
        path = nil
    }

    /// An example value at `path` of the rule's method, for a rule.
    public init(at path: String, _ json: String) {
        self.json = json
        self.path = path
    }

    /// Whether the example must fail (it holds a `↓`).
    public var fails: Bool { json.contains("↓") }

    /// The JSON without its marker, and the marker's byte offset in it.
    public var unmarked: (json: String, marker: Int?) {
        guard let index = json.firstIndex(of: "↓") else { return (json, nil) }
        let offset = json.utf8.distance(from: json.startIndex, to: index)
        var text = json
        text.remove(at: index)
        return (text, offset)
    }

    /// The method a behaviour's example step is placed in: roles, role groups, parameters and
    /// scales for every built-in kind to name. `STEP` stands where the step goes.
    public static let exampleMethod = """
        {"schemaVersion": 1, "id": "example", "version": "1.0.0", "name": "Example", "summary": "An example.",
         "purpose": "To show a step kind.", "languages": ["en"], "sources": [{"id": "X", "citation": "An example."}],
         "provenance": {"basis": "inference"}, "participants": {"min": 2, "max": 60},
         "roles": [{"id": "participant", "name": "Participant", "count": {"min": 0}},
                   {"id": "interviewer", "name": "Interviewer", "count": {"min": 0}, "constraints": ["external-to-case"]},
                   {"id": "note-taker", "name": "Note-taker", "count": {"min": 0}, "constraints": ["external-to-case"]},
                   {"id": "family", "name": "Family", "count": {"min": 0}},
                   {"id": "professional", "name": "Professional", "count": {"min": 0}},
                   {"id": "table-host", "name": "Table host", "count": {"min": 0}, "constraints": ["stays-at-table"]},
                   {"id": "rapporteur", "name": "Rapporteur", "count": {"min": 0}}],
         "roleGroups": [{"id": "network", "name": "Family and network", "roles": ["family"]},
                        {"id": "professionals", "name": "Professionals", "roles": ["professional"]}],
         "parameters": [{"id": "question", "type": "text", "label": "Question", "required": false, "default": "What helps?"},
                        {"id": "questions", "type": "text-list", "label": "Questions", "required": false, "default": ["One?", "Two?"]},
                        {"id": "horizon", "type": "text", "label": "Time horizon", "required": false, "default": "year"}],
         "scales": [{"id": "grade", "name": "Grade", "type": "numeric", "min": 1, "max": 10},
                    {"id": "zones", "name": "Zones of concern", "type": "ordinal",
                     "levels": [{"value": 1, "label": "No worry"}, {"value": 2, "label": "Some worry"}]}],
         "phases": [{"id": "main", "name": "Main", "steps": [STEP]}]}
        """

    /// The step that stands in the example method when an example replaces another part of it.
    public static let neutralStep =
        #"{"id": "talk", "name": "Talk", "kind": "plenary", "duration": {"default": 10}, "speakers": ["all"]}"#
}
