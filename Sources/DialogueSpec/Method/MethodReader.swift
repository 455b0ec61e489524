/// Reads a method spec's JSON tree into a ``MethodSpec``, reporting every structural
/// problem (types, missing and unknown keys, bad values) at its exact place.
/// Semantic checks (references, timings, loops) are the ``MethodValidator``'s job.
public enum MethodReader {
    typealias Reader<T> = (JSONNode, SpecPath, DiagnosticSink) -> T?

    /// Reads the document; nil when the structure is too broken to build a spec.
    public static func read(_ root: JSONNode, sink: DiagnosticSink) -> MethodSpec? {
        guard var object = ObjectReader(root, path: .root, sink: sink, what: "a method spec") else { return nil }

        if let versionMember = object.member("schemaVersion") {
            guard let version = Read.int(versionMember.value, .root.appending("schemaVersion"), sink) else {
                return nil
            }
            if version > MethodSpec.currentSchemaVersion {
                sink.error(
                    "unsupported-schema",
                    "schemaVersion \(version) is newer than this engine reads (\(MethodSpec.currentSchemaVersion))",
                    at: versionMember.value.offset, path: .root.appending("schemaVersion"),
                    hint: "update DialogueKit, or write the spec for schemaVersion \(MethodSpec.currentSchemaVersion)")
                return nil
            }
            if version < 1 {
                sink.error(
                    "invalid-value", "schemaVersion must be 1 or more", at: versionMember.value.offset,
                    path: .root.appending("schemaVersion"))
            }
        } else {
            sink.error(
                "missing-key", "missing required key 'schemaVersion'", at: root.offset, path: .root,
                hint: "add \"schemaVersion\": \(MethodSpec.currentSchemaVersion)")
        }

        _ = object.optional("$schema", Read.string)  // for editors
        let id = object.required("id", identifier)
        let version = object.required("version", semanticVersion)
        let name = object.required("name", Read.localized)
        let summary = object.required("summary", Read.localized)
        let purpose = object.optional("purpose", Read.localized)
        let languages = object.optional("languages", Read.list(languageCode)) ?? ["en"]
        let sources = object.optional("sources", Read.list(sourceReference)) ?? []
        let provenance = object.optional("provenance", self.provenance)
        let participants = object.required("participants", countRange)
        let roles = object.required("roles", Read.list(role)) ?? []
        let roleGroups = object.optional("roleGroups", Read.list(roleGroup)) ?? []
        let parameters = object.optional("parameters", Read.list(parameter)) ?? []
        let scales = object.optional("scales", Read.list(scale)) ?? []
        let groundRules = object.optional("groundRules", Read.list(Read.localized)) ?? []
        let spaces = object.optional("spaces", self.spaces) ?? DialogicalSpaces()
        let materials = object.optional("materials", Read.list(Read.localized)) ?? []
        let phases = object.required("phases", Read.list(phase)) ?? []
        object.reportUnknownKeys()

        // Missing or invalid identity fields were reported; placeholders let the semantic
        // checks still run, so one run shows every problem. Such a spec never loads.
        let summaryText = summary ?? LocalizedText(en: "")
        return MethodSpec(
            schemaVersion: MethodSpec.currentSchemaVersion, id: id ?? "invalid-id",
            version: version ?? SemanticVersion(0, 0, 0), name: name ?? LocalizedText(en: id ?? ""),
            summary: summaryText, purpose: purpose ?? summaryText, languages: languages,
            sources: sources, provenance: provenance,
            participants: participants ?? CountRange(min: 1, max: nil), roles: roles,
            roleGroups: roleGroups, parameters: parameters, scales: scales,
            groundRules: groundRules, spaces: spaces, materials: materials, phases: phases)
    }

    // MARK: - Identity

    /// A kebab-case identifier: lower-case letters, digits and single hyphens.
    static func identifier(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> String? {
        guard let text = Read.string(node, path, sink) else { return nil }
        guard isKebabCase(text) else {
            sink.error(
                "invalid-id", "'\(text)' is not a kebab-case identifier", at: node.offset, path: path,
                hint: "use lower-case letters, digits and hyphens, e.g. '\(kebabCased(text))'")
            return nil
        }
        return text
    }

    /// Whether `text` is lower-case letters and digits joined by single hyphens.
    public static func isKebabCase(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let first = bytes.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z"), bytes.count <= 64,
            bytes.last != UInt8(ascii: "-")
        else { return false }
        var previousHyphen = false
        for byte in bytes {
            let hyphen = byte == UInt8(ascii: "-")
            let allowed =
                hyphen || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            if !allowed || (hyphen && previousHyphen) { return false }
            previousHyphen = hyphen
        }
        return true
    }

    static func kebabCased(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if ("A"..."Z").contains(scalar) {
                result += String(scalar).lowercased()
            } else if !result.hasSuffix("-"), !result.isEmpty {
                result += "-"
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "my-method" : result
    }

    static func semanticVersion(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> SemanticVersion? {
        guard let text = Read.string(node, path, sink) else { return nil }
        guard let version = SemanticVersion(text) else {
            sink.error(
                "invalid-version", "'\(text)' is not a semantic version", at: node.offset, path: path,
                hint: "write major.minor.patch, e.g. \"1.0.0\"")
            return nil
        }
        return version
    }

    package static func languageCode(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> String? {
        guard let text = Read.string(node, path, sink) else { return nil }
        guard Read.isLanguageCode(text) else {
            sink.error(
                "invalid-language", "'\(text)' is not a language code", at: node.offset, path: path,
                hint: "use a lower-case ISO 639 code such as 'en', 'nl' or 'fi'")
            return nil
        }
        return text
    }

    static func sourceReference(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> SourceReference? {
        guard var object = ObjectReader(node, path: path, sink: sink, what: "a source") else { return nil }
        let id = object.required("id", Read.string)
        let citation = object.required("citation", Read.localized)
        let url = object.optional("url", Read.string)
        object.reportUnknownKeys()
        guard let id, let citation else { return nil }
        return SourceReference(id: id, citation: citation, url: url)
    }

    static func provenance(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> Provenance? {
        guard var object = ObjectReader(node, path: path, sink: sink, what: "a provenance") else { return nil }
        let basis = object.required("basis", Read.choice(Provenance.Basis.allCases.map(\.rawValue)))
        let sources = object.optional("sources", Read.list(Read.string)) ?? []
        let note = object.optional("note", Read.localized)
        object.reportUnknownKeys()
        guard let basis, let kind = Provenance.Basis(rawValue: basis) else { return nil }
        return Provenance(basis: kind, sources: sources, note: note)
    }

    // MARK: - People

    static func countRange(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> CountRange? {
        if case .number = node.value {
            guard let exact = Read.int(node, path, sink) else { return nil }
            guard exact >= 0 else {
                sink.error("invalid-value", "a count cannot be negative", at: node.offset, path: path)
                return nil
            }
            return CountRange(min: exact, max: exact)
        }
        guard var object = ObjectReader(node, path: path, sink: sink, what: "a count range {\"min\", \"max\"}") else {
            return nil
        }
        let minimum = object.required("min", Read.int)
        let maximum = object.optional("max", Read.int)
        object.reportUnknownKeys()
        guard let minimum else { return nil }
        if minimum < 0 {
            sink.error(
                "invalid-value", "min cannot be negative", at: object.member("min")?.value.offset ?? node.offset,
                path: path.appending("min"))
            return nil
        }
        if let maximum, maximum < minimum {
            sink.error(
                "invalid-range", "min (\(minimum)) is greater than max (\(maximum))",
                at: object.member("max")?.value.offset ?? node.offset, path: path.appending("max"),
                hint: "raise max to \(minimum) or more, or lower min")
            return nil
        }
        return CountRange(min: minimum, max: maximum)
    }

    static func role(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> Role? {
        guard var object = ObjectReader(node, path: path, sink: sink, what: "a role") else { return nil }
        let id = object.required("id", identifier)
        let name = object.required("name", Read.localized)
        let description = object.optional("description", Read.localized)
        let count = object.optional("count", countRange) ?? CountRange(min: 0, max: nil)
        let constraints =
            object.optional(
                "constraints",
                Read.list(Read.choice(Role.Constraint.allCases.map(\.rawValue)))) ?? []
        let attributes = object.optional("attributes", Read.list(Read.string)) ?? []
        object.reportUnknownKeys()
        guard let id, let name else { return nil }
        return Role(
            id: id, name: name, description: description, count: count,
            constraints: constraints.compactMap(Role.Constraint.init(rawValue:)), attributes: attributes)
    }

    static func roleGroup(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> RoleGroup? {
        guard var object = ObjectReader(node, path: path, sink: sink, what: "a role group") else { return nil }
        let id = object.required("id", identifier)
        let name = object.required("name", Read.localized)
        let roles = object.required("roles", Read.list(Read.string)) ?? []
        let required = object.optional("required", Read.bool) ?? false
        object.reportUnknownKeys()
        guard let id, let name else { return nil }
        return RoleGroup(id: id, name: name, roles: roles, required: required)
    }

    // MARK: - Parameters and scales

    static func parameter(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> Parameter? {
        guard var object = ObjectReader(node, path: path, sink: sink, what: "a parameter") else { return nil }
        let id = object.required("id", identifier)
        let typeName = object.required("type", Read.choice(Parameter.Kind.allCases.map(\.rawValue)))
        let label = object.required("label", Read.localized)
        let description = object.optional("description", Read.localized)
        let required = object.optional("required", Read.bool) ?? false
        let minimum = object.optional("min", Read.int)
        let maximum = object.optional("max", Read.int)
        let options = object.optional("options", Read.list(Read.string)) ?? []
        var defaultValue: ParameterValue? = nil
        if let kind = typeName.flatMap(Parameter.Kind.init(rawValue:)), let member = object.member("default") {
            defaultValue = parameterValue(member.value, path.appending("default"), sink, kind: kind)
        } else {
            _ = object.member("default")
        }
        object.reportUnknownKeys()
        guard let id, let typeName, let type = Parameter.Kind(rawValue: typeName), let label else { return nil }
        return Parameter(
            id: id, type: type, label: label, description: description, required: required,
            defaultValue: defaultValue, min: minimum, max: maximum, options: options)
    }

    /// A parameter value of the given kind (shared with agendas, which fill parameters in).
    public static func parameterValue(
        _ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink,
        kind: Parameter.Kind
    ) -> ParameterValue? {
        switch kind {
        case .integer:
            return Read.int(node, path, sink).map(ParameterValue.integer)
        case .text, .choice:
            return Read.localized(node, path, sink).map(ParameterValue.text)
        case .textList:
            return Read.list(Read.localized)(node, path, sink).map(ParameterValue.textList)
        }
    }

    static func scale(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> Scale? {
        guard var object = ObjectReader(node, path: path, sink: sink, what: "a scale") else { return nil }
        let id = object.required("id", identifier)
        let name = object.required("name", Read.localized)
        let kindName = object.required("type", Read.choice(["ordinal", "numeric"]))
        let minimum = object.optional("min", Read.number)
        let maximum = object.optional("max", Read.number)
        let levels = object.optional("levels", Read.list(scaleLevel)) ?? []
        let visibility = object.optional("visibility", Read.choice(["shared", "private"])) ?? "shared"
        object.reportUnknownKeys()
        guard let id, let name, let kindName, let kind = Scale.Kind(rawValue: kindName) else { return nil }
        let values = levels.map(\.value)
        let low = minimum ?? values.min() ?? 0
        let high = maximum ?? values.max() ?? 0
        switch kind {
        case .ordinal where levels.isEmpty:
            sink.error("missing-key", "an ordinal scale needs 'levels'", at: node.offset, path: path)
            return nil
        case .numeric where minimum == nil || maximum == nil:
            sink.error("missing-key", "a numeric scale needs 'min' and 'max'", at: node.offset, path: path)
            return nil
        case .numeric where low > high:
            sink.error(
                "invalid-range", "min (\(low)) is greater than max (\(high))", at: node.offset,
                path: path.appending("min"))
            return nil
        default:
            break
        }
        return Scale(
            id: id, name: name, kind: kind, min: low, max: high, levels: levels,
            visibility: Scale.Visibility(rawValue: visibility) ?? .shared)
    }

    static func scaleLevel(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> ScaleLevel? {
        guard var object = ObjectReader(node, path: path, sink: sink, what: "a scale level") else { return nil }
        let value = object.required("value", Read.number)
        let label = object.required("label", Read.localized)
        let description = object.optional("description", Read.localized)
        object.reportUnknownKeys()
        guard let value, let label else { return nil }
        return ScaleLevel(value: value, label: label, description: description)
    }

    static func spaces(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> DialogicalSpaces? {
        guard var object = ObjectReader(node, path: path, sink: sink, what: "the dialogical spaces") else { return nil }
        let spaces = DialogicalSpaces(
            physical: object.optional("physical", Read.localized),
            time: object.optional("time", Read.localized),
            social: object.optional("social", Read.localized),
            mental: object.optional("mental", Read.localized),
            discursive: object.optional("discursive", Read.localized))
        object.reportUnknownKeys()
        return spaces
    }

    // MARK: - Phases and steps

    static func phase(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> Phase? {
        guard var object = ObjectReader(node, path: path, sink: sink, what: "a phase") else { return nil }
        let id = object.required("id", identifier)
        let name = object.required("name", Read.localized)
        let description = object.optional("description", Read.localized)
        let frame = object.optional("frame", Read.choice(Phase.Frame.allCases.map(\.rawValue)))
        let steps = object.required("steps", Read.list(step)) ?? []
        object.reportUnknownKeys()
        guard let id, let name else { return nil }
        return Phase(
            id: id, name: name, description: description,
            frame: frame.flatMap(Phase.Frame.init(rawValue:)), steps: steps)
    }

    static func step(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> Step? {
        guard var object = ObjectReader(node, path: path, sink: sink, what: "a step") else { return nil }
        let id = object.required("id", identifier)
        let name = object.required("name", Read.localized)
        let description = object.optional("description", Read.localized)
        let kind = object.required("kind", Read.string, hint: "name a behaviour, e.g. \"round\" or \"interview\"")
        let when = object.optional("when", Read.choice(Step.When.allCases.map(\.rawValue))) ?? "during"
        let duration = object.optional("duration", self.duration)
        let speakers = object.optional("speakers", Read.list(Read.string)) ?? []
        let addressed = object.optional("addressed", Read.list(Read.string)) ?? []
        let listeners = object.optional("listeners", listening)
        let recorder = object.optional("recorder", Read.list(Read.string)) ?? []
        let repeating = object.optional("repeat", repetition)
        let grouping = object.optional("grouping", self.grouping)
        let rotation = object.optional("rotation", self.rotation)
        let prompts = object.optional("prompts", Read.list(prompt)) ?? []
        let captures = object.optional("captures", Read.list(capture)) ?? []
        let swaps = object.optional("swap", Read.list(roleSwap)) ?? []
        let loop = object.optional("loop", self.loop)
        let provenance = object.optional("provenance", self.provenance)
        let notes = object.optional("notes", Read.localized)
        object.reportUnknownKeys()
        guard let id, let name, let kind else { return nil }
        return Step(
            id: id, name: name, description: description, kind: kind,
            when: Step.When(rawValue: when) ?? .during, duration: duration, speakers: speakers,
            addressed: addressed, listeners: listeners, recorder: recorder, repeating: repeating,
            grouping: grouping, rotation: rotation, prompts: prompts, captures: captures, swaps: swaps,
            loop: loop, provenance: provenance, notes: notes)
    }

    static func duration(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> StepDuration? {
        guard var object = ObjectReader(node, path: path, sink: sink, what: "a duration in minutes") else { return nil }
        let defaultMinutes = object.required("default", Read.number)
        let minMinutes = object.optional("min", Read.number)
        let maxMinutes = object.optional("max", Read.number)
        let per = object.optional("per", Read.choice(StepDuration.Unit.allCases.map(\.rawValue))) ?? "step"
        object.reportUnknownKeys()
        guard let defaultMinutes else { return nil }
        for (key, value) in [("default", defaultMinutes), ("min", minMinutes), ("max", maxMinutes)] {
            if let value, value < 0 || value > 24 * 60 {
                sink.error(
                    "invalid-value", "\(key) must be between 0 and 1440 minutes, found \(value)",
                    at: object.member(key)?.value.offset ?? node.offset, path: path.appending(key))
            }
        }
        let low = minMinutes ?? defaultMinutes
        let high = maxMinutes ?? defaultMinutes
        if low > defaultMinutes {
            sink.error(
                "invalid-range",
                "min (\(NumberText.format(low))) is greater than default (\(NumberText.format(defaultMinutes)))",
                at: object.member("min")?.value.offset ?? node.offset, path: path.appending("min"),
                hint: "lower min to \(NumberText.format(defaultMinutes)) or less")
        }
        if defaultMinutes > high {
            sink.error(
                "invalid-range",
                "default (\(NumberText.format(defaultMinutes))) is greater than max (\(NumberText.format(high)))",
                at: object.member("max")?.value.offset ?? node.offset, path: path.appending("max"),
                hint: "raise max to \(NumberText.format(defaultMinutes)) or more")
        }
        // An invalid duration was reported above; it is kept so later checks do not call it missing.
        return StepDuration(
            defaultMinutes: defaultMinutes, minMinutes: low, maxMinutes: high,
            per: StepDuration.Unit(rawValue: per) ?? .step)
    }

    static func listening(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> Listening? {
        guard var object = ObjectReader(node, path: path, sink: sink, what: "listeners {\"who\", \"mode\"}") else {
            return nil
        }
        let who = object.optional("who", Read.list(Read.string)) ?? [Audience.others]
        let mode = object.required("mode", Read.choice(Listening.Mode.allCases.map(\.rawValue)))
        object.reportUnknownKeys()
        guard let mode, let listeningMode = Listening.Mode(rawValue: mode) else { return nil }
        return Listening(who: who, mode: listeningMode)
    }

    static func countValue(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> CountValue? {
        switch node.value {
        case .number:
            guard let value = Read.int(node, path, sink) else { return nil }
            guard value >= 1 else {
                sink.error("invalid-value", "a count must be 1 or more, found \(value)", at: node.offset, path: path)
                return nil
            }
            return .literal(value)
        case .string(let text):
            guard let name = parameterName(text) else {
                sink.error(
                    "type-mismatch", "expected a number or a \"{parameter}\", found \"\(text)\"",
                    at: node.offset, path: path)
                return nil
            }
            return .parameter(name)
        default:
            sink.error(
                "type-mismatch", "expected a number or a \"{parameter}\", found \(node.value.typeDescription)",
                at: node.offset, path: path)
            return nil
        }
    }

    static func repetition(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> Repetition? {
        guard var object = ObjectReader(node, path: path, sink: sink, what: "a repetition") else { return nil }
        let per = object.required("per", Read.choice(Repetition.Per.allCases.map(\.rawValue)))
        let of = object.optional("of", Read.list(Read.string)) ?? []
        let count = object.optional("count", countValue)
        object.reportUnknownKeys()
        guard let per, let kind = Repetition.Per(rawValue: per) else { return nil }
        if kind == .round, count == nil {
            sink.error(
                "missing-key", "a step repeated per round needs 'count'", at: node.offset, path: path,
                hint: "add \"count\": 3 or \"count\": \"{rounds}\"")
        }
        return Repetition(per: kind, of: of, count: count)
    }

    static func grouping(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> Grouping? {
        guard var object = ObjectReader(node, path: path, sink: sink, what: "a grouping") else { return nil }
        let type = object.required("type", Read.choice(Grouping.Kind.allCases.map(\.rawValue)))
        let size = object.optional("size", countRange)
        let count = object.optional("count", countValue)
        let minGroups = object.optional("minGroups", Read.int)
        let roles = object.optional("roles", Read.list(groupRole)) ?? []
        let rapporteur = object.optional("rapporteur", Read.bool) ?? false
        let mixBy = object.optional("mixBy", Read.list(Read.string)) ?? []
        let groupBy = object.optional("groupBy", Read.string)
        let divideItems = object.optional("divideItems", Read.bool)
        object.reportUnknownKeys()
        guard let type, let kind = Grouping.Kind(rawValue: type) else { return nil }
        if let minGroups, let member = object.member("minGroups"), minGroups < 1 || count != nil {
            sink.error(
                "invalid-value",
                minGroups < 1
                    ? "'minGroups' must be 1 or more, found \(minGroups)"
                    : "a grouping gives either 'count' (exactly so many groups) or 'minGroups', not both",
                at: member.value.offset, path: path.appending("minGroups"))
        }
        let defaultSize: CountRange
        switch kind {
        case .plenary: defaultSize = CountRange(min: 1, max: nil)
        case .pairs: defaultSize = CountRange(min: 2, max: 2)
        case .triads: defaultSize = CountRange(min: 3, max: 3)
        case .subgroups: defaultSize = CountRange(min: 4, max: 8)
        case .tables: defaultSize = CountRange(min: 4, max: 6)
        }
        return Grouping(
            type: kind, size: size ?? defaultSize, count: count, minGroups: minGroups, roles: roles,
            rapporteur: rapporteur, mixBy: mixBy, groupBy: groupBy, divideItems: divideItems)
    }

    static func groupRole(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> GroupRole? {
        guard var object = ObjectReader(node, path: path, sink: sink, what: "a group role") else { return nil }
        let role = object.required("role", Read.string)
        let count = object.optional("count", countRange) ?? CountRange(min: 1, max: 1)
        object.reportUnknownKeys()
        guard let role else { return nil }
        return GroupRole(role: role, count: count)
    }

    static func rotation(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> Rotation? {
        guard var object = ObjectReader(node, path: path, sink: sink, what: "a rotation") else { return nil }
        let rounds = object.required("rounds", countValue)
        let stay = object.optional("stay", Read.list(Read.string)) ?? []
        let topics = object.optional("topics", countValue)
        object.reportUnknownKeys()
        guard let rounds else { return nil }
        var topicsParameter: String? = nil
        if let topics {
            guard case .parameter(let name) = topics else {
                sink.error(
                    "type-mismatch", "topics names a text-list parameter, e.g. \"{questions}\"",
                    at: object.member("topics")?.value.offset ?? node.offset, path: path.appending("topics"))
                return nil
            }
            topicsParameter = name
        }
        return Rotation(rounds: rounds, stay: stay, topics: topicsParameter)
    }

    static func prompt(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> Prompt? {
        guard var object = ObjectReader(node, path: path, sink: sink, what: "a prompt") else { return nil }
        let id = object.required("id", identifier)
        let to = object.optional("to", Read.list(Read.string)) ?? []
        let text = object.required("text", Read.localized)
        let provenance = object.optional("provenance", self.provenance)
        object.reportUnknownKeys()
        guard let id, let text else { return nil }
        return Prompt(id: id, to: to, text: text, provenance: provenance)
    }

    static func capture(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> Capture? {
        guard var object = ObjectReader(node, path: path, sink: sink, what: "a capture") else { return nil }
        let id = object.required("id", identifier)
        let type = object.required("type", Read.choice(Capture.Kind.allCases.map(\.rawValue)))
        let label = object.optional("label", Read.localized)
        let scale = object.optional("scale", Read.string)
        let per = object.optional("per", Read.choice(Capture.Per.allCases.map(\.rawValue))) ?? "person"
        let itemsFrom = object.optional("itemsFrom", Read.string)
        let items = object.optional("items", scoreItems)
        let visibility = object.optional("visibility", Read.choice(["shared", "private"])) ?? "shared"
        let command = object.optional("command", Read.localized)
        object.reportUnknownKeys()
        guard let id, let type, let kind = Capture.Kind(rawValue: type) else { return nil }
        return Capture(
            id: id, type: kind, label: label, scale: scale, per: Capture.Per(rawValue: per) ?? .person,
            itemsFrom: itemsFrom, items: items, visibility: Scale.Visibility(rawValue: visibility) ?? .shared,
            command: command)
    }

    /// The parameter a `"{name}"` value refers to; nil for any other text.
    public static func parameterName(_ text: String) -> String? {
        guard text.hasPrefix("{"), text.hasSuffix("}"), text.count > 2 else { return nil }
        return String(text.dropFirst().dropLast())
    }

    /// A score capture's items: a list of texts, or `"{parameter}"`.
    static func scoreItems(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> ScoreItems? {
        if case .string(let text) = node.value {
            guard let name = parameterName(text) else {
                sink.error(
                    "type-mismatch", "items is a list of texts or names a text-list parameter, e.g. \"{themes}\"",
                    at: node.offset, path: path)
                return nil
            }
            return .parameter(name)
        }
        guard let list = Read.list(Read.localized)(node, path, sink) else { return nil }
        guard !list.isEmpty else {
            sink.error("invalid-value", "items lists at least one item", at: node.offset, path: path)
            return nil
        }
        return .listed(list)
    }

    static func roleSwap(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> RoleSwap? {
        guard var object = ObjectReader(node, path: path, sink: sink, what: "a role swap") else { return nil }
        let between = object.required("between", Read.list(Read.string)) ?? []
        object.reportUnknownKeys()
        guard between.count == 2 else {
            sink.error(
                "invalid-value", "a role swap names exactly two roles, found \(between.count)",
                at: node.offset, path: path.appending("between"))
            return nil
        }
        return RoleSwap(between: between)
    }

    static func loop(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> Loop? {
        guard var object = ObjectReader(node, path: path, sink: sink, what: "a loop") else { return nil }
        let to = object.required("to", Read.string)
        let question = object.required("question", Read.localized)
        let maximum = object.optional("max", Read.int)
        let over = object.optional("over", Read.string)
        let rounds = object.optional("rounds", Read.int)
        object.reportUnknownKeys()
        guard let to, let question else { return nil }
        return Loop(to: to, question: question, max: maximum, over: over, rounds: rounds)
    }
}
