import Foundation

/// Reads an agenda file (strict JSON) into an ``Agenda``, with every problem at its line
/// and column, like the method validator. A participants CSV named by the agenda is read
/// relative to the agenda's folder, and its problems are reported too.
public enum AgendaReader {
    /// The agenda, or every diagnostic that keeps it from being read.
    public static func read(_ source: SourceText) -> (agenda: Agenda?, diagnostics: [Diagnostic]) {
        let parsed = JSONParser.parse(source)
        guard let root = parsed.root else { return (nil, parsed.diagnostics) }
        let sink = DiagnosticSink(source: source)
        sink.append(parsed.diagnostics)
        let agenda = readAgenda(root, sink: sink)
        let diagnostics = sink.diagnostics.sortedByLocation()
        return (diagnostics.hasErrors ? nil : agenda, diagnostics)
    }

    /// The agenda in a parsed document, its problems reported to `sink`.
    static func readAgenda(_ root: JSONNode, sink: DiagnosticSink) -> Agenda? {
        guard var object = ObjectReader(root, path: .root, sink: sink, what: "an agenda") else { return nil }
        guard !isTooNew(&object, sink: sink) else { return nil }
        _ = object.optional("$schema", Read.string)  // for editors
        let title = object.required("title", Read.string)
        let language = object.optional("language", MethodReader.languageCode) ?? "en"
        let when = readWhen(&object, root: root, sink: sink)
        let location = object.optional("location", Read.string) ?? ""
        var budget = object.optional("budgetMinutes", Read.number)
        if let value = budget, value <= 0 || value > 24 * 60 {
            sink.error(
                "invalid-value", "budgetMinutes must be between 0 and 1440, found \(value)",
                at: object.member("budgetMinutes")?.value.offset ?? root.offset, path: .root.appending("budgetMinutes"))
            budget = nil
        }
        var unit = object.optional("timeUnitMinutes", Read.number) ?? 1
        if !Agenda.timeUnits.contains(unit) {
            let allowed = Agenda.timeUnits.map(NumberText.format)
            sink.error(
                "invalid-value",
                "timeUnitMinutes must be \(allowed.dropLast().joined(separator: ", ")) or \(allowed.last ?? ""), found \(NumberText.format(unit))",
                at: object.member("timeUnitMinutes")?.value.offset ?? root.offset,
                path: .root.appending("timeUnitMinutes"), hint: "steps are planned in whole minutes by default")
            unit = 1
        }
        let seed = object.optional("seed", Read.int).map { UInt64(clamping: $0) } ?? 1
        var participants: [Participant] = []
        if let member = object.member("participants") {
            participants = readParticipants(member.value, path: .root.appending("participants"), sink: sink)
        } else {
            sink.error(
                "missing-key", "missing required key 'participants'", at: root.offset, path: .root,
                hint: "add \"participants\": \"participants.csv\" or a list of people")
        }
        let base = URL(fileURLWithPath: sink.source.file).deletingLastPathComponent()
        let methodFolders = (object.optional("methodFolders", Read.list(Read.string)) ?? []).map { folder in
            folder.hasPrefix("/") ? folder : base.appendingPathComponent(folder).standardized.path
        }
        let spaces = object.optional("spaces", readSpaces) ?? AgendaSpaces()
        // Checked before any item is read: a meeting has at most `Agenda.maxItems` items.
        var items: [AgendaItem] = []
        if let member = object.member("items"), case .array(let nodes) = member.value.value,
            nodes.count > Agenda.maxItems
        {
            sink.error(
                "too-many-items",
                "the agenda has \(nodes.count) items; a meeting is planned with at most \(Agenda.maxItems)",
                at: member.value.offset, path: .root.appending("items"), hint: "split it into a series of meetings")
            _ = object.required("items", { _, _, _ in [AgendaItem]() })
        } else {
            items = object.required("items", Read.list(readItem)) ?? []
        }
        let fixedStarts = readFixedStarts(&object, date: when.date, zone: when.zone, sink: sink)
        object.reportUnknownKeys()
        if items.isEmpty, case .array(let nodes)? = object.member("items")?.value.value, nodes.isEmpty {
            sink.error(
                "empty-agenda", "the agenda has no items", at: object.member("items")?.value.offset ?? root.offset,
                path: .root.appending("items"), hint: "add a method, a break or a free item")
        }
        guard let title, let start = when.start else { return nil }
        var agenda = Agenda(
            title: title, language: language, start: start, timeZone: when.zoneName, location: location,
            budgetMinutes: budget, timeUnitMinutes: unit, seed: seed, participants: participants, spaces: spaces,
            items: items,
            methodFolders: methodFolders, fixedStarts: fixedStarts)
        if case .array(let nodes)? = object.member("items")?.value.value {
            agenda.itemPlaces = nodes.map {
                let place = sink.source.lineAndColumn(of: $0.offset)
                return FilePlace(line: place.line, column: place.column)
            }
        }
        return agenda
    }

    /// Whether the agenda's schema is newer than this engine reads (reported).
    private static func isTooNew(_ object: inout ObjectReader, sink: DiagnosticSink) -> Bool {
        guard let member = object.member("schemaVersion"),
            let version = Read.int(member.value, .root.appending("schemaVersion"), sink),
            version > Agenda.currentSchemaVersion
        else { return false }
        sink.error(
            "unsupported-schema",
            "schemaVersion \(version) is newer than this engine reads (\(Agenda.currentSchemaVersion))",
            at: member.value.offset, path: .root.appending("schemaVersion"), hint: "update DialogueKit")
        return true
    }

    /// The meeting's time zone, date and start, each checked.
    private static func readWhen(_ object: inout ObjectReader, root: JSONNode, sink: DiagnosticSink)
        -> (zoneName: String, zone: TimeZone?, date: String?, start: Date?)
    {
        let timeZoneName = object.optional("timeZone", Read.string) ?? "UTC"
        let timeZone = TimeZone(identifier: timeZoneName)
        if timeZone == nil, let member = object.member("timeZone") {
            sink.error(
                "invalid-value", "unknown time zone '\(timeZoneName)'", at: member.value.offset,
                path: .root.appending("timeZone"), hint: "use an IANA name such as \"Europe/Amsterdam\"")
        }
        let dateText = object.required("date", Read.string, hint: "add \"date\": \"2026-12-03\"")
        let startText = object.required("start", Read.string, hint: "add \"start\": \"13:30\"")
        var start: Date? = nil
        if let dateText, let startText, let zone = timeZone {
            start = instant(date: dateText, time: startText, zone: zone)
            if start == nil {
                let offset = object.member("date")?.value.offset ?? root.offset
                sink.error(
                    "invalid-value", "'\(dateText) \(startText)' is not a date (YYYY-MM-DD) and time (HH:MM)",
                    at: offset, path: .root.appending("date"),
                    hint: "e.g. \"date\": \"2026-12-03\", \"start\": \"13:30\"")
            }
        }
        return (timeZoneName, timeZone, dateText, start)
    }

    /// Items pinned to a time of day ("at": "14:00"), on the meeting's date.
    private static func readFixedStarts(
        _ object: inout ObjectReader, date: String?, zone: TimeZone?, sink: DiagnosticSink
    )
        -> [Int: Date]
    {
        var fixedStarts: [Int: Date] = [:]
        guard case .array(let itemNodes)? = object.member("items")?.value.value, let date, let zone else { return [:] }
        for (index, itemNode) in itemNodes.enumerated() {
            guard let at = itemNode.member("at") else { continue }
            let path = SpecPath.root.appending("items").appending(index).appending("at")
            guard let text = Read.string(at.value, path, sink) else { continue }
            if let instant = instant(date: date, time: text, zone: zone) {
                fixedStarts[index] = instant
            } else {
                sink.error("invalid-value", "'\(text)' is not a time (HH:MM)", at: at.value.offset, path: path)
            }
        }
        return fixedStarts
    }

    /// The instant of a local date (YYYY-MM-DD) and time (H:MM or HH:MM) in a time zone.
    public static func instant(date: String, time: String, zone: TimeZone) -> Date? {
        guard let dateParts = digitFields(date, separator: "-", widths: [4...4, 2...2, 2...2]),
            let timeParts = digitFields(time, separator: ":", widths: [1...2, 2...2])
        else { return nil }
        let (year, month, day, hour, minute) = (dateParts[0], dateParts[1], dateParts[2], timeParts[0], timeParts[1])
        guard (1...12).contains(month), (1...31).contains(day), (0...23).contains(hour), (0...59).contains(minute),
            (1900...2200).contains(year)
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute)
        guard let result = calendar.date(from: components),
            calendar.component(.day, from: result) == day
        else { return nil }
        return result
    }

    /// The numbers of `text`'s fields, each of ASCII digits only and of the allowed width.
    private static func digitFields(_ text: String, separator: Character, widths: [ClosedRange<Int>]) -> [Int]? {
        let parts = text.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == widths.count else { return nil }
        var numbers: [Int] = []
        for (part, width) in zip(parts, widths) {
            guard width.contains(part.utf8.count), part.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                let number = Int(part)
            else { return nil }
            numbers.append(number)
        }
        return numbers
    }

    // MARK: - Participants

    static func readParticipants(_ node: JSONNode, path: SpecPath, sink: DiagnosticSink) -> [Participant] {
        // A list is counted before anyone is read; a file, once read.
        var count = 0
        if case .array(let nodes) = node.value { count = nodes.count }
        let people = count > Agenda.maxParticipants ? [] : participantList(node, path: path, sink: sink)
        count = max(count, people.count)
        guard count <= Agenda.maxParticipants else {
            sink.error(
                "too-many-participants",
                "the meeting has \(count) participants; a meeting is planned for at most \(Agenda.maxParticipants)",
                at: node.offset, path: path, hint: "split the people over several meetings")
            return []
        }
        return people
    }

    private static func participantList(_ node: JSONNode, path: SpecPath, sink: DiagnosticSink) -> [Participant] {
        switch node.value {
        case .string(let file):
            let base = URL(fileURLWithPath: sink.source.file).deletingLastPathComponent()
            let resolved = file.hasPrefix("/") ? file : base.appendingPathComponent(file).path
            switch SpecFile.read(resolved) {
            case .failure(let diagnostic):
                sink.error(
                    "unreadable", "cannot read participants file '\(file)': \(diagnostic.message)",
                    at: node.offset, path: path, hint: diagnostic.hint)
                return []
            case .success(let source):
                switch ParticipantsFile.read(source) {
                case .success(let people): return people
                case .failure(let diagnostics):
                    sink.append(diagnostics)
                    sink.error(
                        "invalid-participants", "the participants file '\(file)' has problems (listed with its name)",
                        at: node.offset, path: path)
                    return []
                }
            }
        case .array:
            let people = Read.list(readParticipant)(node, path, sink) ?? []
            var seen = Set<String>()
            if case .array(let items) = node.value {
                for (index, person) in people.enumerated() where !seen.insert(person.name).inserted {
                    sink.error(
                        "duplicate-name", "'\(person.name)' is listed twice", at: items[index].offset,
                        path: path.appending(index), hint: "names must be unique")
                }
            }
            return people
        default:
            sink.error(
                "type-mismatch", "expected a CSV file name or a list of people, found \(node.value.typeDescription)",
                at: node.offset, path: path)
            return []
        }
    }

    static func readParticipant(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> Participant? {
        guard var object = ObjectReader(node, path: path, sink: sink, what: "a participant") else { return nil }
        let name = object.required("name", Read.string)
        let roles = object.optional("roles", Read.list(Read.string)) ?? []
        let organisation = object.optional("organisation", Read.string)
        let tags = object.optional("tags", Read.list(Read.string)) ?? []
        let email = object.optional("email", Read.string)
        let attributes = object.optional("attributes", Read.map(Read.string, of: "attributes")) ?? [:]
        object.reportUnknownKeys()
        guard let name, !name.isEmpty else {
            if name != nil { sink.error("missing-name", "the name is empty", at: node.offset, path: path) }
            return nil
        }
        return Participant(
            name: name, roles: roles, organisation: organisation, tags: tags, attributes: attributes,
            email: email)
    }

    // MARK: - Spaces and items

    static func readSpaces(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> AgendaSpaces? {
        guard var object = ObjectReader(node, path: path, sink: sink, what: "the dialogical spaces") else { return nil }
        let spaces = AgendaSpaces(
            physical: object.optional("physical", Read.string), time: object.optional("time", Read.string),
            social: object.optional("social", Read.string), mental: object.optional("mental", Read.string),
            discursive: object.optional("discursive", Read.string),
            setting: object.optional("setting", Read.choice(["in-person", "remote", "hybrid"])) ?? "in-person",
            materials: object.optional("materials", Read.list(Read.string)) ?? [])
        object.reportUnknownKeys()
        return spaces
    }

    static func minutes(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> Double? {
        guard let value = Read.number(node, path, sink) else { return nil }
        guard value >= 0, value <= 24 * 60 else {
            sink.error(
                "invalid-value", "minutes must be between 0 and 1440, found \(value)", at: node.offset, path: path,
                hint: value < 0 ? "a duration cannot be negative" : nil)
            return nil
        }
        return value
    }

    static func readItem(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> AgendaItem? {
        guard var object = ObjectReader(node, path: path, sink: sink, what: "an agenda item") else { return nil }
        _ = object.has("at")  // read with the agenda, which knows the date
        guard
            let type = object.required(
                "type", Read.choice(["method", "break", "free", "review"]),
                hint: "add \"type\": \"method\", \"break\", \"free\" or \"review\"")
        else {
            _ = [
                "method", "version", "title", "parameters", "durations", "roles", "participants", "minutes", "notes",
                "harvest", "review",
            ].map { object.has($0) }
            return nil
        }
        let item: AgendaItem?
        switch type {
        case "break":
            let minutes = object.required("minutes", self.minutes)
            let title = object.optional("title", Read.string)
            item = minutes.map { .pause(minutes: $0, title: title) }
        case "free":
            let title = object.required("title", Read.string)
            let minutes = object.required("minutes", self.minutes)
            let notes = object.optional("notes", Read.string)
            if let title, let minutes { item = .free(title: title, minutes: minutes, notes: notes) } else { item = nil }
        case "review":
            let harvest = object.required("harvest", Read.string, hint: "name the earlier harvest.json to review")
            let minutes = object.optional("minutes", self.minutes) ?? 20
            let title = object.optional("title", Read.string)
            if let harvest {
                item = .review(harvest: resolvedPath(harvest, sink), minutes: minutes, title: title)
            } else {
                item = nil
            }
        default:
            let method = object.required("method", Read.string)
            var requirement: VersionRequirement? = nil
            if let member = object.member("version") {
                if let text = Read.string(member.value, path.appending("version"), sink) {
                    requirement = VersionRequirement(text)
                    if requirement == nil {
                        sink.error(
                            "invalid-version", "'\(text)' is not a version requirement", at: member.value.offset,
                            path: path.appending("version"), hint: "write 1.0.0, >=1.0.0, ^1.0.0 or ~1.0.0")
                    }
                }
            }
            let title = object.optional("title", Read.string)
            let parameters = object.optional("parameters", Read.map(genericParameter, of: "parameter values")) ?? [:]
            let durations = object.optional("durations", Read.map(minutes, of: "step ids to minutes")) ?? [:]
            let roles =
                object.optional("roles", Read.map(Read.list(Read.string), of: "role ids to lists of names")) ?? [:]
            let participants = object.optional("participants", Read.list(Read.string)) ?? []
            let review = object.optional("review", Read.string).map { resolvedPath($0, sink) }
            item = method.map {
                .method(
                    MethodUse(
                        method: $0, version: requirement, title: title, parameters: parameters,
                        durations: durations, roles: roles, participants: participants, review: review))
            }
        }
        object.reportUnknownKeys()
        return item
    }

    /// A path as the agenda gives it, resolved against the agenda's folder.
    private static func resolvedPath(_ path: String, _ sink: DiagnosticSink) -> String {
        let base = URL(fileURLWithPath: sink.source.file).deletingLastPathComponent()
        return path.hasPrefix("/") ? path : base.appendingPathComponent(path).path
    }

    /// A parameter value before its method says its type: a number, a text or a list of texts.
    static func genericParameter(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> ParameterValue? {
        switch node.value {
        case .number:
            return Read.int(node, path, sink).map(ParameterValue.integer)
        case .array:
            return Read.list(Read.localized)(node, path, sink).map(ParameterValue.textList)
        default:
            return Read.localized(node, path, sink).map(ParameterValue.text)
        }
    }
}
