import Foundation

/// Reads a series file (strict JSON) into a ``Series``, with every problem at its line and
/// column and its path in the file: unknown keys, missing stages, meetings that draw on
/// later meetings, duplicate ids. Agenda and session paths are resolved against the series
/// file's folder.
public enum SeriesReader {
    /// The series, or every diagnostic that keeps it from being read.
    public static func read(_ source: SourceText) -> (series: Series?, diagnostics: [Diagnostic]) {
        let parsed = JSONParser.parse(source)
        guard let root = parsed.root else { return (nil, parsed.diagnostics) }
        let sink = DiagnosticSink(source: source)
        sink.append(parsed.diagnostics)
        let series = readSeries(root, sink: sink)
        let diagnostics = sink.diagnostics.sortedByLocation()
        return (diagnostics.hasErrors ? nil : series, diagnostics)
    }

    /// The series at `path`, or every diagnostic that keeps it from being read.
    public static func read(path: String) -> (series: Series?, diagnostics: [Diagnostic]) {
        switch SpecFile.read(path) {
        case .success(let source): return read(source)
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
    }

    private static func readSeries(_ root: JSONNode, sink: DiagnosticSink) -> Series? {
        guard var object = ObjectReader(root, path: .root, sink: sink, what: "a series") else { return nil }
        if let member = object.member("schemaVersion"),
            let version = Read.int(member.value, .root.appending("schemaVersion"), sink),
            version > Series.currentSchemaVersion
        {
            sink.error(
                "unsupported-schema",
                "schemaVersion \(version) is newer than this engine reads (\(Series.currentSchemaVersion))",
                at: member.value.offset, path: .root.appending("schemaVersion"), hint: "update DialogueKit")
            return nil
        }
        _ = object.optional("$schema", Read.string)
        let title = object.required("title", Read.string, hint: "add \"title\": \"Service reform consultation\"")
        let language = object.optional("language", MethodReader.languageCode) ?? "en"
        let purpose = object.optional("purpose", Read.string)
        let stages = object.required("stages", Read.list(stage), hint: "add the dialogue stages in order") ?? []
        checkUnique(stages.map(\.id), in: object.member("stages")?.value, key: "stages", what: "stage", sink: sink)
        if stages.isEmpty, let member = object.member("stages") {
            sink.error(
                "empty-list", "a series needs at least one stage", at: member.value.offset,
                path: .root.appending("stages"), hint: "add {\"id\": \"inventory\", \"name\": \"…\"}")
        }
        let base = URL(fileURLWithPath: sink.source.file).deletingLastPathComponent()
        var meetings: [SeriesMeeting] = []
        if let member = object.member("meetings"), case .array(let nodes) = member.value.value {
            if nodes.count > Series.maxMeetings {
                sink.error(
                    "too-many", "a series holds at most \(Series.maxMeetings) meetings, found \(nodes.count)",
                    at: member.value.offset, path: .root.appending("meetings"), hint: "split it into several series")
                return nil
            }
            if nodes.isEmpty {
                sink.error(
                    "empty-list", "a series needs at least one meeting", at: member.value.offset,
                    path: .root.appending("meetings"), hint: "add {\"id\": \"…\", \"stage\": \"…\", \"agenda\": \"…\"}")
            }
            for (index, node) in nodes.enumerated() {
                let path = SpecPath.root.appending("meetings").appending(index)
                if let meeting = self.meeting(
                    node, path: path, sink: sink, base: base, stages: stages, earlier: meetings)
                {
                    meetings.append(meeting)
                }
            }
        } else {
            _ = object.required("meetings", Read.array, hint: "add the meetings in the order they are held")
        }
        checkUnique(
            meetings.map(\.session), in: object.member("meetings")?.value, key: "meetings", what: "session folder",
            sink: sink)
        object.reportUnknownKeys()
        guard let title else { return nil }
        return Series(
            title: title, language: language, purpose: purpose, stages: stages, meetings: meetings,
            file: sink.source.file)
    }

    private static func stage(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> SeriesStage? {
        guard var object = ObjectReader(node, path: path, sink: sink, what: "a stage") else { return nil }
        let id = object.required("id", identifier)
        let name = object.required("name", Read.string)
        let question = object.optional("question", Read.string)
        object.reportUnknownKeys()
        guard let id, let name else { return nil }
        return SeriesStage(id: id, name: name, question: question)
    }

    private static func meeting(
        _ node: JSONNode, path: SpecPath, sink: DiagnosticSink, base: URL, stages: [SeriesStage],
        earlier: [SeriesMeeting]
    ) -> SeriesMeeting? {
        guard var object = ObjectReader(node, path: path, sink: sink, what: "a meeting") else { return nil }
        let id = object.required("id", identifier)
        if let id, earlier.contains(where: { $0.id == id }), let member = object.member("id") {
            sink.error(
                "duplicate-id", "a meeting '\(id)' is already in the series", at: member.value.offset,
                path: path.appending("id"), hint: "give every meeting its own id")
        }
        let stage = object.required("stage", Read.string)
        if let stage, !stages.contains(where: { $0.id == stage }), let member = object.member("stage") {
            let known = stages.map(\.id)
            sink.error(
                "unknown-stage", "no stage '\(stage)' in the series", at: member.value.offset,
                path: path.appending("stage"),
                hint: closestMatch(to: stage, in: known).map { "did you mean '\($0)'?" }
                    ?? "use one of: \(known.joined(separator: ", "))")
        }
        let theme = object.optional("theme", Read.string)
        let agenda = object.required("agenda", Read.string, hint: "name the meeting's agenda file")
        let session =
            object.optional("session", Read.string) ?? id.map { "sessions/\($0)" } ?? ""
        var inputs: [SeriesInput] = []
        if let member = object.member("inputs"), let nodes = Read.array(member.value, path.appending("inputs"), sink) {
            for (index, inputNode) in nodes.enumerated() {
                if let input = self.input(
                    inputNode, path: path.appending("inputs").appending(index), sink: sink, earlier: earlier)
                {
                    inputs.append(input)
                }
            }
        }
        var after: SeriesInterval? = nil
        if let member = object.member("after") {
            after = interval(member.value, path: path.appending("after"), sink: sink, earlier: earlier)
        }
        object.reportUnknownKeys()
        guard let id, let stage, let agenda else { return nil }
        func resolved(_ file: String) -> String {
            file.hasPrefix("/") ? file : base.appendingPathComponent(file).standardized.path
        }
        let position = sink.source.lineAndColumn(of: node.offset)
        return SeriesMeeting(
            id: id, stage: stage, theme: theme, agenda: resolved(agenda), session: resolved(session),
            inputs: inputs, after: after, place: FilePlace(line: position.line, column: position.column))
    }

    private static func input(_ node: JSONNode, path: SpecPath, sink: DiagnosticSink, earlier: [SeriesMeeting])
        -> SeriesInput?
    {
        guard var object = ObjectReader(node, path: path, sink: sink, what: "an input") else { return nil }
        let kinds = SeriesInput.Kind.allCases.map(\.rawValue)
        let take = object.required("take", Read.choice(kinds)).flatMap(SeriesInput.Kind.init(rawValue:))
        var from: [String] = []
        if let member = object.member("from") {
            let names: [String]?
            if case .string(let one) = member.value.value {
                names = [one]
            } else {
                names = Read.list(Read.string)(member.value, path.appending("from"), sink)
            }
            for (index, name) in (names ?? []).enumerated() {
                if earlier.contains(where: { $0.id == name }) {
                    from.append(name)
                    continue
                }
                let place: Int
                if case .array(let elements) = member.value.value, elements.indices.contains(index) {
                    place = elements[index].offset
                } else {
                    place = member.value.offset
                }
                sink.error(
                    "unknown-meeting", "no earlier meeting '\(name)' to take from", at: place,
                    path: path.appending("from"),
                    hint: earlier.isEmpty
                        ? "the first meeting has nothing earlier to draw on"
                        : closestMatch(to: name, in: earlier.map(\.id)).map { "did you mean '\($0)'?" }
                            ?? "a meeting draws on meetings listed before it: \(earlier.map(\.id).joined(separator: ", "))"
                )
            }
        } else if earlier.isEmpty {
            sink.error(
                "unknown-meeting", "the first meeting has no earlier meeting to take from", at: node.offset,
                path: path, hint: "move the input to a later meeting")
        }
        let capture = object.optional("capture", Read.string)
        let step = object.optional("step", Read.string)
        var top = object.optional("top", Read.int)
        if let value = top, value < 1, let member = object.member("top") {
            sink.error(
                "invalid-value", "top must be 1 or more, found \(value)", at: member.value.offset,
                path: path.appending("top"))
            top = nil
        }
        let item = object.required("item", Read.int, hint: "add \"item\": N, the agenda item (1 is the first)")
        if let item, item < 1, let member = object.member("item") {
            sink.error(
                "invalid-value", "item counts from 1, found \(item)", at: member.value.offset,
                path: path.appending("item"))
        }
        let parameter = object.optional("parameter", Read.string)
        if take != .openAgreements, take != nil, parameter == nil {
            sink.error(
                "missing-key", "missing required key 'parameter'", at: node.offset, path: path,
                hint: "name the item's text-list parameter that receives the list, e.g. \"parameter\": \"questions\"")
        }
        if take == .openAgreements, parameter != nil, let member = object.member("parameter") {
            sink.error(
                "invalid-value", "open agreements are reviewed by the item, not put into a parameter",
                at: member.value.offset, path: path.appending("parameter"), hint: "leave out \"parameter\"")
        }
        object.reportUnknownKeys()
        guard let take, let item, item >= 1 else { return nil }
        let position = sink.source.lineAndColumn(of: node.offset)
        return SeriesInput(
            take: take, from: from, capture: capture, step: step, top: top, item: item, parameter: parameter,
            place: FilePlace(line: position.line, column: position.column))
    }

    /// `{"meeting": "first", "months": 2}`: one of days, weeks or months, 1 to 1000, after an
    /// earlier meeting.
    private static func interval(_ node: JSONNode, path: SpecPath, sink: DiagnosticSink, earlier: [SeriesMeeting])
        -> SeriesInterval?
    {
        guard var object = ObjectReader(node, path: path, sink: sink, what: "an interval") else { return nil }
        let meeting = object.required("meeting", Read.string)
        if let meeting, !earlier.contains(where: { $0.id == meeting }), let member = object.member("meeting") {
            sink.error(
                "unknown-meeting", "no earlier meeting '\(meeting)' to count from", at: member.value.offset,
                path: path.appending("meeting"),
                hint: closestMatch(to: meeting, in: earlier.map(\.id)).map { "did you mean '\($0)'?" }
                    ?? "count from a meeting listed before this one")
        }
        var found: [(SeriesInterval.Unit, Int, Int)] = []
        for unit in SeriesInterval.Unit.allCases {
            guard let member = object.member(unit.rawValue),
                let count = Read.int(member.value, path.appending(unit.rawValue), sink)
            else { continue }
            found.append((unit, count, member.value.offset))
        }
        object.reportUnknownKeys()
        guard found.count == 1, let (unit, count, offset) = found.first else {
            sink.error(
                "invalid-value", "an interval gives exactly one of days, weeks or months", at: node.offset, path: path,
                hint: "e.g. {\"meeting\": \"network-meeting\", \"months\": 2}")
            return nil
        }
        guard (1...1000).contains(count) else {
            sink.error(
                "invalid-value", "\(unit.rawValue) must be 1 to 1000, found \(count)", at: offset,
                path: path.appending(unit.rawValue))
            return nil
        }
        guard let meeting, earlier.contains(where: { $0.id == meeting }) else { return nil }
        return SeriesInterval(meeting: meeting, count: count, unit: unit)
    }

    /// An id of lowercase letters, digits and hyphens.
    private static func identifier(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> String? {
        guard let text = Read.string(node, path, sink) else { return nil }
        let allowed = text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
        }
        guard !text.isEmpty, allowed else {
            sink.error(
                "invalid-id", "'\(text)' is not an id", at: node.offset, path: path,
                hint: "use lowercase letters, digits and hyphens, e.g. \"meeting-2\"")
            return nil
        }
        return text
    }

    private static func checkUnique(
        _ values: [String], in node: JSONNode?, key: String, what: String, sink: DiagnosticSink
    ) {
        guard let node, case .array(let elements) = node.value else { return }
        var seen = Set<String>()
        for (index, value) in values.enumerated() where !seen.insert(value).inserted {
            let offset = elements.indices.contains(index) ? elements[index].offset : node.offset
            sink.error(
                "duplicate-id", "the \(what) '\(value)' is named twice", at: offset,
                path: .root.appending(key).appending(index), hint: "give each its own")
        }
    }
}
