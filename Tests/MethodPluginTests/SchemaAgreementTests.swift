import DialogueKit
import Foundation
import Testing

/// One broken file of the corpus: a valid base file with one change. `difference` says why
/// the schema cannot see the problem when only DialogueKit's reader and validator report it.
struct BrokenFile: CustomTestStringConvertible, Sendable {
    var label: String
    var find: String
    var replace: String
    /// When given, the change reaches from `find` to the last occurrence of this text.
    var through: String? = nil
    var difference: String? = nil

    var testDescription: String { label }

    /// The base text with the change made, or nil when `find` is not in it.
    func apply(to base: String) -> String? {
        guard let start = base.range(of: find) else { return nil }
        guard let through else { return base.replacingOccurrences(of: find, with: replace) }
        guard let end = base.range(of: through, options: .backwards), end.upperBound > start.upperBound else {
            return nil
        }
        return base.replacingCharacters(in: start.lowerBound..<end.upperBound, with: replace)
    }
}

let corpusFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("SchemaCorpus")

/// The schemas `dialogue methods schema` and `dialogue agenda schema` print agree with the
/// readers and validators on a corpus of broken files. Each file has one problem; either both
/// reject it, or the case names why only the validator can (references, arithmetic, the calendar).
@Suite struct SchemaAgreementTests {
    static let brokenMethods: [BrokenFile] = [
        .init(label: "unknown top-level key", find: #""spaces""#, replace: #""nmae": "x", "spaces""#),
        .init(label: "schemaVersion 0", find: #""schemaVersion": 1"#, replace: #""schemaVersion": 0"#),
        .init(label: "schemaVersion as text", find: #""schemaVersion": 1"#, replace: #""schemaVersion": "1""#),
        .init(label: "missing schemaVersion", find: #""schemaVersion": 1,"#, replace: ""),
        .init(
            label: "$schema not a string", find: #""$schema": "https://dialoguekit.invalid/schema/method-1.json""#,
            replace: #""$schema": 1"#),
        .init(label: "missing id", find: #""id": "corpus","#, replace: ""),
        .init(label: "id as number", find: #""id": "corpus""#, replace: #""id": 3"#),
        .init(label: "id not kebab-case", find: #""id": "corpus""#, replace: #""id": "Corpus_1""#),
        .init(
            label: "id too long", find: #""id": "corpus""#, replace: "\"id\": \"\(String(repeating: "a", count: 65))\""),
        .init(label: "version with two parts", find: #""version": "1.0.0""#, replace: #""version": "1.0""#),
        .init(label: "version with a leading zero", find: #""version": "1.0.0""#, replace: #""version": "01.0.0""#),
        .init(label: "version with a sign", find: #""version": "1.0.0""#, replace: #""version": "+1.0.0""#),
        .init(label: "name as number", find: #""name": {"en": "Corpus", "nl": "Corpus"}"#, replace: #""name": 5"#),
        .init(
            label: "name as empty object", find: #""name": {"en": "Corpus", "nl": "Corpus"}"#, replace: #""name": {}"#),
        .init(
            label: "text with an upper-case language", find: #"{"en": "Corpus", "nl": "Corpus"}"#,
            replace: #"{"EN": "Corpus", "nl": "Corpus"}"#),
        .init(
            label: "text with a number", find: #"{"en": "Corpus", "nl": "Corpus"}"#,
            replace: #"{"en": 1, "nl": "Corpus"}"#),
        .init(
            label: "missing summary",
            find: #""summary": {"en": "A method to break.", "nl": "Een methode om te breken."},"#, replace: ""),
        .init(label: "languages as a string", find: #""languages": ["en", "nl"]"#, replace: #""languages": "en""#),
        .init(
            label: "language as a word", find: #""languages": ["en", "nl"]"#, replace: #""languages": ["en", "dutch"]"#),
        .init(
            label: "source without a citation", find: #"{"id": "S1", "citation": "A source."}"#,
            replace: #"{"id": "S1"}"#),
        .init(
            label: "source with an unknown key", find: #"{"id": "S1", "citation": "A source."}"#,
            replace: #"{"id": "S1", "citation": "A source.", "year": 2001}"#),
        .init(
            label: "unknown provenance basis", find: #"{"basis": "source", "sources": ["S1"]}"#,
            replace: #"{"basis": "guess", "sources": ["S1"]}"#),
        .init(
            label: "provenance without a basis", find: #"{"basis": "source", "sources": ["S1"]}"#,
            replace: #"{"sources": ["S1"]}"#),
        .init(
            label: "participants negative", find: #""participants": {"min": 2, "max": 12}"#,
            replace: #""participants": -1"#),
        .init(
            label: "participants without min", find: #""participants": {"min": 2, "max": 12}"#,
            replace: #""participants": {"max": 12}"#),
        .init(
            label: "participants fractional", find: #""participants": {"min": 2, "max": 12}"#,
            replace: #""participants": {"min": 2.5}"#),
        .init(label: "missing roles", find: #""roles": ["#, replace: #""rolez": ["#),
        .init(
            label: "role without a name",
            find: #"{"id": "member", "name": {"en": "Member", "nl": "Lid"}, "count": {"min": 1}}"#,
            replace: #"{"id": "member", "count": {"min": 1}}"#),
        .init(
            label: "unknown role constraint", find: #""constraints": ["external-to-case"]"#,
            replace: #""constraints": ["quiet"]"#),
        .init(label: "role count as text", find: #""count": {"min": 1}}"#, replace: #""count": "one"}"#),
        .init(
            label: "role group without roles", find: #""name": {"en": "Members", "nl": "Leden"}, "roles": ["member"]}"#,
            replace: #""name": {"en": "Members", "nl": "Leden"}}"#),
        .init(label: "unknown parameter type", find: #""type": "integer""#, replace: #""type": "float""#),
        .init(label: "parameter without a label", find: #", "label": {"en": "Rounds", "nl": "Rondes"}"#, replace: ""),
        .init(label: "parameter min as text", find: #""min": 1, "max": 5"#, replace: #""min": "1", "max": 5"#),
        .init(label: "unknown scale type", find: #""type": "numeric""#, replace: #""type": "stars""#),
        .init(
            label: "unknown scale visibility", find: #""type": "numeric", "min": 1"#,
            replace: #""type": "numeric", "visibility": "secret", "min": 1"#),
        .init(
            label: "unknown dialogical space", find: #""spaces": {"physical""#,
            replace: #""spaces": {"emotional": "x", "physical""#),
        .init(label: "no phases", find: #""phases": ["#, replace: #""phases": []"#, through: "]}]"),
        .init(label: "unknown frame", find: #""frame": "present""#, replace: #""frame": "future""#),
        .init(label: "phase without steps", find: #""steps": ["#, replace: #""steps": []}]"#, through: "]}]"),
        .init(label: "unknown step kind", find: #""kind": "plenary""#, replace: #""kind": "debate""#),
        .init(label: "step without a kind", find: #", "kind": "plenary""#, replace: ""),
        .init(
            label: "unknown step timing", find: #""kind": "plenary", "duration""#,
            replace: #""kind": "plenary", "when": "later", "duration""#),
        .init(
            label: "negative duration", find: #""duration": {"default": 5}"#, replace: #""duration": {"default": -1}"#),
        .init(
            label: "duration over a day", find: #""duration": {"default": 5}"#,
            replace: #""duration": {"default": 2000}"#),
        .init(
            label: "duration without a default", find: #""duration": {"default": 5}"#,
            replace: #""duration": {"min": 5}"#),
        .init(label: "unknown duration unit", find: #""per": "speaker""#, replace: #""per": "person""#),
        .init(
            label: "listeners without a mode", find: #"{"who": ["others"], "mode": "no-interruption"}"#,
            replace: #"{"who": ["others"]}"#),
        .init(label: "unknown listening mode", find: #""mode": "no-interruption""#, replace: #""mode": "quiet""#),
        .init(label: "speakers as a string", find: #""speakers": ["all"]"#, replace: #""speakers": "all""#),
        .init(
            label: "unknown repetition", find: #""repeat": {"per": "participant""#,
            replace: #""repeat": {"per": "everyone""#),
        .init(
            label: "repeat count zero", find: #""repeat": {"per": "participant", "of": ["members"]}"#,
            replace: #""repeat": {"per": "round", "count": 0}"#),
        .init(
            label: "repeat count a bare name", find: #""repeat": {"per": "participant", "of": ["members"]}"#,
            replace: #""repeat": {"per": "round", "count": "rounds"}"#),
        .init(
            label: "unknown grouping", find: #""speakers": ["all"]"#,
            replace: #""speakers": ["all"], "grouping": {"type": "circles"}"#),
        .init(
            label: "grouping size negative", find: #""speakers": ["all"]"#,
            replace: #""speakers": ["all"], "grouping": {"type": "subgroups", "size": -2}"#),
        .init(
            label: "rotation without rounds", find: #""speakers": ["all"]"#,
            replace: #""speakers": ["all"], "rotation": {"stay": ["facilitator"]}"#),
        .init(
            label: "rotation topics a bare name", find: #""speakers": ["all"]"#,
            replace: #""speakers": ["all"], "rotation": {"rounds": 2, "topics": "questions"}"#),
        .init(
            label: "prompt without text",
            find: #"{"id": "q1", "text": {"en": "What about {subject}?", "nl": "Hoe zit het met {subject}?"}}"#,
            replace: #"{"id": "q1"}"#),
        .init(label: "prompt id not kebab-case", find: #""id": "q1""#, replace: #""id": "Q 1""#),
        .init(label: "unknown capture type", find: #""type": "note""#, replace: #""type": "vote""#),
        .init(
            label: "unknown capture owner", find: #""type": "note", "per": "person""#,
            replace: #""type": "note", "per": "table""#),
        .init(label: "empty score items", find: #""items": [{"en": "Plan", "nl": "Plan"}]"#, replace: #""items": []"#),
        .init(
            label: "score items a bare name", find: #""items": [{"en": "Plan", "nl": "Plan"}]"#,
            replace: #""items": "themes""#),
        .init(
            label: "unknown capture visibility", find: #""type": "note", "per": "person""#,
            replace: #""type": "note", "per": "person", "visibility": "hidden""#),
        .init(
            label: "swap of one role", find: #""speakers": ["all"]"#,
            replace: #""speakers": ["all"], "swap": [{"between": ["member"]}]"#),
        .init(
            label: "swap of three roles", find: #""speakers": ["all"]"#,
            replace: #""speakers": ["all"], "swap": [{"between": ["member", "facilitator", "member"]}]"#),
        .init(label: "loop max zero", find: #""max": 2}"#, replace: #""max": 0}"#),
        .init(
            label: "loop without a question", find: #", "question": {"en": "Another round?", "nl": "Nog een ronde?"}"#,
            replace: ""),
        .init(
            label: "step notes as a number", find: #""kind": "plenary", "duration""#,
            replace: #""kind": "plenary", "notes": 4, "duration""#),
        // What only the validator sees.
        .init(
            label: "speaker role that does not exist", find: #""speakers": ["all"]"#,
            replace: #""speakers": ["ghosts"]"#, difference: "references between parts of a spec"),
        .init(
            label: "loop to an unknown step", find: #""to": "talk""#, replace: #""to": "nowhere""#,
            difference: "references between parts of a spec"),
        .init(
            label: "prompt with an unknown placeholder", find: "What about {subject}?", replace: "What about {topic}?",
            difference: "placeholders inside texts"),
        .init(
            label: "capture on an unknown scale", find: #""scale": "grade""#, replace: #""scale": "stars""#,
            difference: "references between parts of a spec"),
        .init(
            label: "two steps with one id", find: #""id": "again""#, replace: #""id": "talk""#,
            difference: "uniqueness of ids across a list"),
        .init(
            label: "duration minimum above maximum", find: #""default": 3, "min": 2, "max": 5"#,
            replace: #""default": 3, "min": 6, "max": 5"#, difference: "comparisons between values"),
        .init(
            label: "integer default above its max", find: #""default": 2, "min": 1, "max": 5"#,
            replace: #""default": 9, "min": 1, "max": 5"#, difference: "comparisons between values"),
        .init(
            label: "duplicate key", find: #""id": "corpus","#, replace: #""id": "corpus", "id": "corpus","#,
            difference: "strict JSON: a schema sees the parsed object, where a duplicate key is gone"),
    ]

    static let brokenAgendas: [BrokenFile] = [
        .init(label: "unknown top-level key", find: #""seed": 7,"#, replace: #""seed": 7, "sede": 7,"#),
        .init(label: "schemaVersion as text", find: #""schemaVersion": 1"#, replace: #""schemaVersion": "1""#),
        .init(label: "missing title", find: #""title": "Corpus meeting","#, replace: ""),
        .init(label: "language as a word", find: #""language": "nl""#, replace: #""language": "Dutch""#),
        .init(label: "date in day-month-year", find: #""date": "2026-12-10""#, replace: #""date": "10-12-2026""#),
        .init(label: "missing date", find: #""date": "2026-12-10","#, replace: ""),
        .init(label: "start with a dot", find: #""start": "9:30""#, replace: #""start": "9.30""#),
        .init(label: "start at 24:00", find: #""start": "9:30""#, replace: #""start": "24:00""#),
        .init(label: "start with seconds", find: #""start": "9:30""#, replace: #""start": "9:30:xx""#),
        .init(label: "negative budget", find: #""budgetMinutes": 60"#, replace: #""budgetMinutes": -5"#),
        .init(label: "seed as text", find: #""seed": 7"#, replace: #""seed": "7""#),
        .init(label: "time unit of 3 minutes", find: #""seed": 7"#, replace: #""seed": 7, "timeUnitMinutes": 3"#),
        .init(
            label: "method folders as a string", find: #""methodFolders": []"#, replace: #""methodFolders": "methods""#),
        .init(
            label: "participants as a number", find: #""participants": ["#, replace: #""participants": 3"#,
            through: "\"carla@example.org\"}\n  ]"),
        .init(
            label: "participant without a name", find: #"{"name": "Bart", "roles": ["member"]}"#,
            replace: #"{"roles": ["member"]}"#),
        .init(
            label: "participant with an unknown key", find: #"{"name": "Bart", "roles": ["member"]}"#,
            replace: #"{"name": "Bart", "role": "member"}"#),
        .init(
            label: "participant roles as a string", find: #"{"name": "Bart", "roles": ["member"]}"#,
            replace: #"{"name": "Bart", "roles": "member"}"#),
        .init(label: "unknown setting", find: #""setting": "in-person""#, replace: #""setting": "online""#),
        .init(
            label: "unknown space", find: #""physical": "Room 2""#, replace: #""physical": "Room 2", "virtual": "Zoom""#
        ),
        .init(label: "no items", find: #""items": ["#, replace: #""items": []"#, through: "]"),
        .init(
            label: "unknown item type", find: #"{"type": "break", "minutes": 10}"#,
            replace: #"{"type": "lunch", "minutes": 10}"#),
        .init(label: "item without a type", find: #"{"type": "break", "minutes": 10}"#, replace: #"{"minutes": 10}"#),
        .init(
            label: "break without minutes", find: #"{"type": "break", "minutes": 10}"#, replace: #"{"type": "break"}"#),
        .init(
            label: "break over a day", find: #"{"type": "break", "minutes": 10}"#,
            replace: #"{"type": "break", "minutes": 1441}"#),
        .init(
            label: "free item without a title", find: #"{"type": "free", "title": "Welcome", "minutes": 5"#,
            replace: #"{"type": "free", "minutes": 5"#),
        .init(label: "method item without a method", find: #""method": "introduction-round", "#, replace: ""),
        .init(
            label: "review without a harvest", find: #"{"type": "break", "minutes": 10}"#,
            replace: #"{"type": "review", "minutes": 10}"#),
        .init(
            label: "key of another item type", find: #"{"type": "break", "minutes": 10}"#,
            replace: #"{"type": "break", "minutes": 10, "method": "x"}"#),
        .init(label: "version requirement with a v", find: #""version": "^1.0.0""#, replace: #""version": "v1""#),
        .init(label: "pinned time in words", find: #""at": "09:30""#, replace: #""at": "half ten""#),
        .init(label: "step minutes as text", find: #""durations": {}"#, replace: #""durations": {"round": "ten"}"#),
        .init(label: "role names as a string", find: #""roles": {}"#, replace: #""roles": {"facilitator": "Carla"}"#),
        .init(
            label: "parameter value as an object", find: #""parameters": {}"#,
            replace: #""parameters": {"x": {"y": [1]}}"#),
        // What only the reader sees.
        .init(
            label: "unknown time zone", find: #""Europe/Amsterdam""#, replace: #""Mars/Olympus""#,
            difference: "the IANA time zone database"),
        .init(
            label: "30 February", find: #""date": "2026-12-10""#, replace: #""date": "2026-02-30""#,
            difference: "the calendar"),
        .init(
            label: "one name twice", find: #"{"name": "Bart", "roles": ["member"]}"#,
            replace: #"{"name": "Anna", "roles": ["member"]}"#, difference: "uniqueness of a field across a list"),
    ]

    static func base(_ name: String) throws -> String {
        try String(contentsOf: corpusFolder.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func theCorpusIsLargeAndItsBasesAreValid() throws {
        #expect(Self.brokenMethods.count + Self.brokenAgendas.count >= 60)
        let method = try Self.base("method.json")
        #expect(try schemaErrors(method, schema: Toolkit.standard.methodSchema).isEmpty)
        #expect(!methodHasErrors(method))
        let agenda = try Self.base("agenda.json")
        #expect(try schemaErrors(agenda, schema: Toolkit.standard.agendaSchema).isEmpty)
        #expect(!agendaHasErrors(agenda))
    }

    @Test(arguments: brokenMethods)
    func aBrokenMethod(_ file: BrokenFile) throws {
        try expectAgreement(
            on: file, base: "method.json", schema: Toolkit.standard.methodSchema, hasErrors: methodHasErrors)
    }

    @Test(arguments: brokenAgendas)
    func aBrokenAgenda(_ file: BrokenFile) throws {
        try expectAgreement(
            on: file, base: "agenda.json", schema: Toolkit.standard.agendaSchema, hasErrors: agendaHasErrors)
    }

    /// The reader rejects the broken file; the schema does too, unless the case lists why it cannot.
    func expectAgreement(on file: BrokenFile, base: String, schema: SchemaNode, hasErrors: (String) -> Bool) throws {
        let text = try #require(file.apply(to: try Self.base(base)), "\(file.label): the change did not apply")
        let problems = try schemaErrors(text, schema: schema)
        #expect(hasErrors(text), "\(file.label): the reader accepts it")
        if file.difference == nil {
            #expect(!problems.isEmpty, "\(file.label): the schema accepts it")
        } else {
            #expect(problems.isEmpty, "\(file.label): listed as a difference, yet the schema says \(problems)")
        }
    }

    @Test func aPluginsStepKindsAreInTheSchemaItsToolPrints() throws {
        let kinds = Toolkit.standard.behaviours.kinds
        let text = Toolkit.standard.methodSchema.text
        for kind in kinds { #expect(text.contains("\"const\": \"\(kind)\""), "\(kind) is not in the schema") }
        #expect(Toolkit().methodSchema.text.contains("\"const\": \"interview\""))
    }

    func schemaErrors(_ text: String, schema: SchemaNode) throws -> [String] {
        let checker = try #require(SchemaChecker(schemaText: schema.text))
        let root = try #require(JSONParser.parse(SourceText(file: "corpus.json", bytes: Array(text.utf8))).root)
        return checker.errors(root)
    }

    func methodHasErrors(_ text: String) -> Bool {
        Toolkit.standard.loader.load(SourceText(file: "corpus.json", bytes: Array(text.utf8))).diagnostics.hasErrors
    }

    func agendaHasErrors(_ text: String) -> Bool {
        let file = corpusFolder.appendingPathComponent("agenda.json").path
        return AgendaReader.read(SourceText(file: file, bytes: Array(text.utf8))).diagnostics.hasErrors
    }
}
