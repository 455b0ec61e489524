import Foundation

/// Semantic checks of a method spec that reading alone cannot make: unique ids,
/// references to roles, parameters, scales, captures, behaviours and steps,
/// placeholders, participant ranges, loops, sources and missing translations.
public struct MethodValidator {
    /// The step kinds known.
    public let behaviours: BehaviourRegistry
    /// The method rules to run.
    public let rules: [any MethodRule]

    /// A validator with `behaviours` and `rules`.
    public init(behaviours: BehaviourRegistry, rules: [any MethodRule] = []) {
        self.behaviours = behaviours
        self.rules = rules
    }

    /// Checks `method` whole: references, counts, placeholders, behaviours and rules.
    public func validate(_ method: MethodSpec, report: SpecReporter) {
        checkIdentity(method, report)
        checkRoles(method, report)
        checkParameters(method, report)
        checkScales(method, report)
        checkPhases(method, report)
        checkTranslations(method, report)
        for rule in rules where rule.methods.contains(method.id) {
            rule.check(method, report: report)
        }
    }

    // MARK: - Identity and people

    private func checkIdentity(_ method: MethodSpec, _ report: SpecReporter) {
        if !method.languages.contains(LocalizedText.fallbackLanguage) {
            report.warning(
                "missing-fallback-language", "languages does not include English, the fallback language",
                at: .root.appending("languages"), hint: "add \"en\"")
        }
        duplicates(method.sources.map(\.id), path: .root.appending("sources"), key: "id", what: "source", report)
        checkProvenance(method.provenance, method, .root.appending("provenance"), report)
    }

    private func checkProvenance(
        _ provenance: Provenance?, _ method: MethodSpec, _ path: SpecPath,
        _ report: SpecReporter
    ) {
        guard let provenance else { return }
        let known = method.sources.map(\.id)
        for (index, source) in provenance.sources.enumerated() where !known.contains(source) {
            report.error(
                "unknown-source", "unknown source '\(source)'", at: path.appending("sources").appending(index),
                hint: hintFor(source, in: known, what: "sources"))
        }
        if provenance.basis == .source, provenance.sources.isEmpty {
            report.warning(
                "unsourced", "basis 'source' names no source", at: path,
                hint: "add \"sources\": [\"…\"] or use basis 'background' or 'inference'")
        }
    }

    private func checkRoles(_ method: MethodSpec, _ report: SpecReporter) {
        let rolesPath = SpecPath.root.appending("roles")
        duplicates(method.roles.map(\.id), path: rolesPath, key: "id", what: "role", report)
        let groupsPath = SpecPath.root.appending("roleGroups")
        duplicates(method.roleGroups.map(\.id), path: groupsPath, key: "id", what: "role group", report)
        let roleIDs = method.roles.map(\.id)
        for (index, id) in method.roleGroups.map(\.id).enumerated() where roleIDs.contains(id) {
            report.error(
                "duplicate-id", "role group '\(id)' has the same id as a role",
                at: groupsPath.appending(index).appending("id"), hint: "give the role group its own id")
        }
        for (groupIndex, group) in method.roleGroups.enumerated() {
            if group.roles.isEmpty {
                report.error(
                    "empty-role-group", "role group '\(group.id)' has no roles",
                    at: groupsPath.appending(groupIndex).appending("roles"))
            }
            for (index, role) in group.roles.enumerated() where !roleIDs.contains(role) {
                report.error(
                    "unknown-role", "unknown role '\(role)'",
                    at: groupsPath.appending(groupIndex).appending("roles").appending(index),
                    hint: hintFor(role, in: roleIDs, what: "roles"))
            }
        }
        for (index, role) in method.roles.enumerated()
        where role.has(.externalToCase) && role.has(.inCase) {
            report.error(
                "conflicting-constraints", "role '\(role.id)' cannot be both external-to-case and in-case",
                at: rolesPath.appending(index).appending("constraints"))
        }
        // Participant range against what the roles need.
        let participants = method.participants
        let minimumForRoles = method.roles.reduce(0) { $0 + $1.count.min }
        if let maximum = participants.max, minimumForRoles > maximum {
            report.error(
                "impossible-participants",
                "the roles need at least \(minimumForRoles) people but participants.max is \(maximum)",
                at: .root.appending("participants"),
                hint: "raise participants.max to \(minimumForRoles), or lower the roles' minimum counts")
        }
        let maxima = method.roles.map(\.count.max)
        if !method.roles.isEmpty, maxima.allSatisfy({ $0 != nil }) {
            let maximumForRoles = maxima.reduce(0) { $0 + ($1 ?? 0) }
            if participants.min > maximumForRoles {
                report.error(
                    "impossible-participants",
                    "participants.min is \(participants.min) but the roles hold at most \(maximumForRoles) people",
                    at: .root.appending("participants"),
                    hint: "raise a role's max, or lower participants.min to \(maximumForRoles)")
            }
        }
        if participants.min < 1 {
            report.error(
                "impossible-participants", "a dialogue needs at least one participant",
                at: .root.appending("participants"))
        }
    }

    // MARK: - Parameters and scales

    private func checkParameters(_ method: MethodSpec, _ report: SpecReporter) {
        let path = SpecPath.root.appending("parameters")
        duplicates(method.parameters.map(\.id), path: path, key: "id", what: "parameter", report)
        for (index, parameter) in method.parameters.enumerated() {
            let here = path.appending(index)
            if parameter.type == .choice, parameter.options.isEmpty {
                report.error("missing-key", "a choice parameter needs 'options'", at: here)
            }
            if let low = parameter.min, let high = parameter.max, low > high {
                report.error("invalid-range", "min (\(low)) is greater than max (\(high))", at: here.appending("max"))
            }
            if case .integer(let value)? = parameter.defaultValue {
                if let low = parameter.min, value < low {
                    report.error(
                        "invalid-range", "default (\(value)) is below min (\(low))", at: here.appending("default"))
                }
                if let high = parameter.max, value > high {
                    report.error(
                        "invalid-range", "default (\(value)) is above max (\(high))", at: here.appending("default"))
                }
            }
            if parameter.type == .choice, case .text(let text)? = parameter.defaultValue,
                !parameter.options.contains(text.resolved("en"))
            {
                report.error(
                    "invalid-value", "default '\(text.resolved("en"))' is not one of the options",
                    at: here.appending("default"))
            }
        }
    }

    private func checkScales(_ method: MethodSpec, _ report: SpecReporter) {
        let path = SpecPath.root.appending("scales")
        duplicates(method.scales.map(\.id), path: path, key: "id", what: "scale", report)
        for (index, scale) in method.scales.enumerated() {
            let values = scale.levels.map(\.value)
            if Set(values).count != values.count {
                report.error(
                    "duplicate-id", "scale '\(scale.id)' has two levels with the same value",
                    at: path.appending(index).appending("levels"))
            }
        }
    }

    // MARK: - Phases and steps

    private func checkPhases(_ method: MethodSpec, _ report: SpecReporter) {
        let phasesPath = SpecPath.root.appending("phases")
        if method.phases.isEmpty {
            report.error("empty-method", "a method needs at least one phase", at: phasesPath)
        }
        duplicates(method.phases.map(\.id), path: phasesPath, key: "id", what: "phase", report)
        var stepOrder: [String: Int] = [:]
        var stepPaths: [(SpecPath, Step)] = []
        var captureOwner: [String: Int] = [:]
        for (phaseIndex, phase) in method.phases.enumerated() {
            let phasePath = phasesPath.appending(phaseIndex)
            if phase.steps.isEmpty {
                report.error("empty-phase", "phase '\(phase.id)' has no steps", at: phasePath.appending("steps"))
            }
            for (stepIndex, step) in phase.steps.enumerated() {
                let stepPath = phasePath.appending("steps").appending(stepIndex)
                if stepOrder[step.id] != nil {
                    report.error(
                        "duplicate-id", "step id '\(step.id)' is used twice (step ids are unique in a method)",
                        at: stepPath.appending("id"), hint: "rename one of them")
                } else {
                    stepOrder[step.id] = stepPaths.count
                }
                for (captureIndex, capture) in step.captures.enumerated() {
                    if captureOwner[capture.id] != nil {
                        report.error(
                            "duplicate-id", "capture id '\(capture.id)' is used twice in the method",
                            at: stepPath.appending("captures").appending(captureIndex).appending("id"))
                    } else {
                        captureOwner[capture.id] = stepPaths.count
                    }
                }
                stepPaths.append((stepPath, step))
            }
        }
        for (position, (stepPath, step)) in stepPaths.enumerated() {
            checkStep(
                step, at: stepPath, position: position, method: method, stepOrder: stepOrder,
                captureOwner: captureOwner, report)
        }
    }

    private func checkStep(
        _ step: Step, at path: SpecPath, position: Int, method: MethodSpec,
        stepOrder: [String: Int], captureOwner: [String: Int], _ report: SpecReporter
    ) {
        checkBehaviour(step, at: path, method: method, report)
        checkTiming(step, at: path, report)
        checkPeople(step, at: path, method: method, report)
        checkCounts(step, at: path, method: method, report)
        checkPrompts(step, at: path, method: method, report)
        checkCaptures(step, at: path, position: position, method: method, captureOwner: captureOwner, report)
        checkLoop(step, at: path, position: position, stepOrder: stepOrder, report)
        checkLoopThemes(step, at: path, position: position, method: method, captureOwner: captureOwner, report)
        checkCommands(step, at: path, report)
        checkDivision(step, at: path, report)
        checkPlaceholders(step, at: path, method: method, report)
    }

    /// The step kind is known, its own checks pass, and it records only what it accepts.
    private func checkBehaviour(_ step: Step, at path: SpecPath, method: MethodSpec, _ report: SpecReporter) {
        if let behaviour = behaviours.behaviour(step.kind) {
            behaviour.validate(step, at: path, in: method, report: report)
            if !behaviour.acceptedCaptures.isEmpty {
                for (index, capture) in step.captures.enumerated()
                where !behaviour.acceptedCaptures.contains(capture.type) {
                    report.error(
                        "capture-not-accepted",
                        "a '\(step.kind)' step does not record '\(capture.type.rawValue)'",
                        at: path.appending("captures").appending(index).appending("type"),
                        hint: "it records: \(behaviour.acceptedCaptures.map(\.rawValue).joined(separator: ", "))")
                }
            }
        } else {
            let known = behaviours.kinds
            report.error(
                "unknown-behaviour", "unknown step kind '\(step.kind)'", at: path.appending("kind"),
                hint: (closestMatch(to: step.kind, in: known).map { "did you mean '\($0)'? " } ?? "")
                    + "known kinds: \(known.joined(separator: ", "))")
        }
    }

    /// A step in the meeting has a duration, and a duration per round has rounds.
    private func checkTiming(_ step: Step, at path: SpecPath, _ report: SpecReporter) {
        if step.when == .during, step.duration == nil {
            report.error(
                "missing-key", "a step in the meeting needs a 'duration'", at: path,
                hint: "add \"duration\": {\"default\": 10, \"min\": 5, \"max\": 15}")
        }
        if let duration = step.duration, duration.per == .round, step.repeating?.per != .round, step.rotation == nil {
            report.error(
                "invalid-value", "duration per round needs a step that repeats per round or rotates",
                at: path.appending("duration").appending("per"))
        }
    }

    /// Every role and role group the step names exists, and no group role is listed twice.
    private func checkPeople(_ step: Step, at path: SpecPath, method: MethodSpec, _ report: SpecReporter) {
        let audience = Audience.reserved
        checkReferences(step.speakers, at: path.appending("speakers"), method: method, extra: audience, report)
        checkReferences(step.addressed, at: path.appending("addressed"), method: method, extra: audience, report)
        checkReferences(
            step.listeners?.who ?? [], at: path.appending("listeners").appending("who"), method: method,
            extra: audience, report)
        checkReferences(step.recorder, at: path.appending("recorder"), method: method, extra: [], report)
        checkReferences(
            step.repeating?.of ?? [], at: path.appending("repeat").appending("of"), method: method,
            extra: [], report)
        checkReferences(
            step.rotation?.stay ?? [], at: path.appending("rotation").appending("stay"), method: method,
            extra: [], report)
        var groupRolesSeen: [String: Int] = [:]
        for (index, role) in (step.grouping?.roles ?? []).enumerated() {
            let rolePath = path.appending("grouping").appending("roles").appending(index).appending("role")
            checkReferences([role.role], at: rolePath, method: method, extra: [], report)
            if let first = groupRolesSeen[role.role] {
                report.error(
                    "duplicate-group-role",
                    "role '\(role.role)' is listed twice in this grouping (first at roles[\(first)])",
                    at: rolePath, hint: "give each role one entry, with a count such as {\"min\": 1, \"max\": 2}")
            } else {
                groupRolesSeen[role.role] = index
            }
        }
        for (index, swap) in step.swaps.enumerated() {
            checkReferences(
                swap.between, at: path.appending("swap").appending(index).appending("between"),
                method: method, extra: [], report)
        }
    }

    /// Counts and topics that name parameters name ones of the right type; groups can be formed.
    private func checkCounts(_ step: Step, at path: SpecPath, method: MethodSpec, _ report: SpecReporter) {
        checkCount(step.repeating?.count, at: path.appending("repeat").appending("count"), method: method, report)
        checkCount(step.grouping?.count, at: path.appending("grouping").appending("count"), method: method, report)
        checkCount(step.rotation?.rounds, at: path.appending("rotation").appending("rounds"), method: method, report)
        if let topics = step.rotation?.topics {
            checkTextList(
                topics, for: "topics", at: path.appending("rotation").appending("topics"), method: method, report)
        }
        if let grouping = step.grouping, let maximum = method.participants.max, grouping.size.min > maximum {
            report.error(
                "impossible-groups",
                "groups of at least \(grouping.size.min) cannot be formed from at most \(maximum) participants",
                at: path.appending("grouping").appending("size"))
        }
    }

    /// Prompt ids are unique, their audiences exist, and provenance names known sources.
    private func checkPrompts(_ step: Step, at path: SpecPath, method: MethodSpec, _ report: SpecReporter) {
        let promptsPath = path.appending("prompts")
        duplicates(step.prompts.map(\.id), path: promptsPath, key: "id", what: "prompt", report)
        for (index, prompt) in step.prompts.enumerated() {
            checkReferences(
                prompt.to, at: promptsPath.appending(index).appending("to"), method: method, extra: [Audience.others],
                report)
            checkProvenance(prompt.provenance, method, promptsPath.appending(index).appending("provenance"), report)
        }
        checkProvenance(step.provenance, method, path.appending("provenance"), report)
    }

    /// Scales of ratings exist, and scored items come from an earlier step's capture.
    private func checkCaptures(
        _ step: Step, at path: SpecPath, position: Int, method: MethodSpec, captureOwner: [String: Int],
        _ report: SpecReporter
    ) {
        for (index, capture) in step.captures.enumerated() {
            let capturePath = path.appending("captures").appending(index)
            switch capture.type {
            case .worryLevel, .score:
                if let scale = capture.scale {
                    if method.scale(scale) == nil {
                        report.error(
                            "unknown-scale", "unknown scale '\(scale)'", at: capturePath.appending("scale"),
                            hint: hintFor(scale, in: method.scales.map(\.id), what: "scales"))
                    }
                } else {
                    report.error("missing-key", "a '\(capture.type.rawValue)' capture needs a 'scale'", at: capturePath)
                }
            default:
                if capture.scale != nil {
                    report.warning(
                        "unused-key", "a '\(capture.type.rawValue)' capture has no scale; 'scale' is ignored",
                        at: capturePath.appending("scale"))
                }
            }
            checkItems(capture, at: capturePath, method: method, report)
            if let source = capture.itemsFrom {
                if let owner = captureOwner[source] {
                    if owner >= position {
                        report.error(
                            "invalid-reference", "itemsFrom '\(source)' must name a capture of an earlier step",
                            at: capturePath.appending("itemsFrom"))
                    }
                } else {
                    report.error(
                        "unknown-capture", "unknown capture '\(source)'", at: capturePath.appending("itemsFrom"),
                        hint: hintFor(source, in: Array(captureOwner.keys).sorted(), what: "captures"))
                }
            }
        }
    }

    /// Declared items: on a score capture or a capture per item, each once, and a named
    /// parameter is a text list. Beside `itemsFrom` they come first, the earlier records after.
    private func checkItems(_ capture: Capture, at path: SpecPath, method: MethodSpec, _ report: SpecReporter) {
        if capture.per == .item, capture.type != .score, capture.items == nil, capture.itemsFrom == nil {
            report.error(
                "missing-key", "a capture per item needs its items: 'items' or 'itemsFrom'", at: path,
                hint: "add \"itemsFrom\": \"<an earlier capture>\" or \"items\": \"{points}\"")
        }
        guard let items = capture.items else { return }
        let itemsPath = path.appending("items")
        if capture.type != .score, capture.per != .item {
            report.warning(
                "unused-key",
                "a '\(capture.type.rawValue)' capture that is not per item links to no items; 'items' is ignored",
                at: itemsPath, hint: "add \"per\": \"item\" to link its records to the items")
        }
        switch items {
        case .listed(let list):
            var seen: Set<String> = []
            for (index, item) in list.enumerated() where !seen.insert(item.resolved("en").lowercased()).inserted {
                report.error(
                    "duplicate-item", "'\(item.resolved("en"))' is listed twice", at: itemsPath.appending(index))
            }
        case .parameter(let name):
            checkTextList(name, for: "items", at: itemsPath, method: method, report)
        }
    }

    /// `name` (what `key` refers to) is a text-list parameter of the method.
    private func checkTextList(
        _ name: String, for key: String, at path: SpecPath, method: MethodSpec, _ report: SpecReporter
    ) {
        if let parameter = method.parameter(name) {
            if parameter.type != .textList {
                report.error("type-mismatch", "\(key) parameter '\(name)' must be a text-list", at: path)
            }
        } else {
            report.error(
                "unknown-parameter", "unknown parameter '\(name)'", at: path,
                hint: hintFor(name, in: method.parameters.map(\.id), what: "parameters"))
        }
    }

    /// A loop goes back to an earlier step and has a maximum.
    private func checkLoop(
        _ step: Step, at path: SpecPath, position: Int, stepOrder: [String: Int], _ report: SpecReporter
    ) {
        if let loop = step.loop {
            let loopPath = path.appending("loop")
            if let target = stepOrder[loop.to] {
                if target > position {
                    report.error(
                        "invalid-loop", "a loop goes back; '\(loop.to)' comes after this step",
                        at: loopPath.appending("to"))
                }
            } else {
                report.error(
                    "unknown-step", "unknown step '\(loop.to)'", at: loopPath.appending("to"),
                    hint: hintFor(loop.to, in: Array(stepOrder.keys).sorted(), what: "steps"))
            }
            if let rounds = loop.rounds, rounds < 1 || rounds > (loop.max ?? 0) + 1 {
                report.error(
                    "invalid-loop",
                    "the plan gives time to \(rounds) rounds, but the loop makes 1 to \((loop.max ?? 0) + 1) rounds",
                    at: loopPath.appending("rounds"), hint: "'rounds' is at least 1 and at most 'max' + 1")
            }
            if let maximum = loop.max {
                if maximum < 1 {
                    report.error("invalid-loop", "a loop's max must be 1 or more", at: loopPath.appending("max"))
                }
            } else {
                report.error(
                    "loop-without-exit", "loop has no exit: it could repeat for ever",
                    at: loopPath, hint: "add \"max\": 3 (how often the loop may be taken)")
            }
        }
    }

    /// A loop over themes takes them from a capture of this step or an earlier one, or from a
    /// text-list parameter.
    private func checkLoopThemes(
        _ step: Step, at path: SpecPath, position: Int, method: MethodSpec, captureOwner: [String: Int],
        _ report: SpecReporter
    ) {
        guard let over = step.loop?.over else { return }
        let overPath = path.appending("loop").appending("over")
        if let parameter = MethodReader.parameterName(over) {
            checkTextList(parameter, for: "over", at: overPath, method: method, report)
        } else if let owner = captureOwner[over] {
            if owner > position {
                report.error(
                    "invalid-reference",
                    "loop over '\(over)': the themes must be recorded by this step or an earlier one",
                    at: overPath)
            }
        } else {
            report.error(
                "unknown-capture", "unknown capture '\(over)'", at: overPath,
                hint: hintFor(over, in: Array(captureOwner.keys).sorted(), what: "captures"))
        }
    }

    /// A capture's console word is one lower-case word per language, no console command, and
    /// only for what is written (notes, ideas, concerns), each word once in the step.
    private func checkCommands(_ step: Step, at path: SpecPath, _ report: SpecReporter) {
        var seen: Set<String> = []
        for (index, capture) in step.captures.enumerated() {
            guard let command = capture.command else { continue }
            let commandPath = path.appending("captures").appending(index).appending("command")
            if ![.note, .idea, .concern].contains(capture.type) {
                report.error(
                    "invalid-value",
                    "a '\(capture.type.rawValue)' capture has its own console command; 'command' is for notes, ideas and concerns",
                    at: commandPath)
            }
            for entry in command.entries {
                let (language, word) = (entry.language, entry.text)
                let valid = !word.isEmpty && word.allSatisfy { ($0.isLetter && $0.isLowercase) || $0 == "-" }
                if !valid {
                    report.error(
                        "invalid-value", "command '\(word)' must be one lower-case word, without '/'",
                        at: commandPath.appending(language), hint: "e.g. \"challenge\"")
                } else if ConsoleCommandName.isCommandWord(word) {
                    report.error(
                        "invalid-value", "command '\(word)' is already a console command (/\(word))",
                        at: commandPath.appending(language), hint: "choose another word")
                } else if !seen.insert(word).inserted {
                    report.error(
                        "duplicate-id", "command '\(word)' is used twice in this step",
                        at: commandPath.appending(language))
                }
            }
        }
    }

    /// Items are divided over groups only in a step that has groups and items.
    private func checkDivision(_ step: Step, at path: SpecPath, _ report: SpecReporter) {
        guard let grouping = step.grouping, grouping.divideItems == true else { return }
        let divisionPath = path.appending("grouping").appending("divideItems")
        if ![.subgroups, .tables].contains(grouping.type) {
            report.error(
                "invalid-value", "items are divided over subgroups or tables, not over '\(grouping.type.rawValue)'",
                at: divisionPath)
        } else if step.kind != SubgroupsBehaviour().kind {
            report.error(
                "invalid-value",
                "a '\(step.kind)' step talks as one group, so there are no groups to divide the items over",
                at: divisionPath, hint: "give the step \"kind\": \"subgroups\", whose groups talk in parallel")
        }
        if !step.captures.contains(where: { $0.items != nil || $0.itemsFrom != nil }) {
            report.error(
                "missing-key", "dividing items needs a capture of this step with 'items' or 'itemsFrom'",
                at: divisionPath, hint: "add \"per\": \"item\" and \"itemsFrom\" to one of its captures")
        }
    }

    private func checkReferences(
        _ references: [String], at path: SpecPath, method: MethodSpec, extra: [String],
        _ report: SpecReporter
    ) {
        func isKnown(_ reference: String) -> Bool {
            extra.contains(reference) || method.roles.contains { $0.id == reference }
                || method.roleGroups.contains { $0.id == reference }
        }
        for (index, reference) in references.enumerated() where !isKnown(reference) {
            let known = method.roles.map(\.id) + method.roleGroups.map(\.id) + extra
            report.error(
                "unknown-role", "unknown role or role group '\(reference)'", at: path.appending(index),
                hint: hintFor(reference, in: known, what: "roles and role groups"))
        }
    }

    private func checkCount(_ count: CountValue?, at path: SpecPath, method: MethodSpec, _ report: SpecReporter) {
        guard case .parameter(let name)? = count else { return }
        guard let parameter = method.parameter(name) else {
            report.error(
                "unknown-parameter", "unknown parameter '\(name)'", at: path,
                hint: hintFor(name, in: method.parameters.map(\.id), what: "parameters"))
            return
        }
        if parameter.type != .integer, parameter.type != .textList {
            report.error(
                "type-mismatch",
                "parameter '\(name)' is a \(parameter.type.rawValue); a count needs an integer or a text-list",
                at: path)
        }
    }

    private func checkPlaceholders(_ step: Step, at path: SpecPath, method: MethodSpec, _ report: SpecReporter) {
        var texts: [(LocalizedText, SpecPath)] = [(step.name, path.appending("name"))]
        if let description = step.description { texts.append((description, path.appending("description"))) }
        if let notes = step.notes { texts.append((notes, path.appending("notes"))) }
        if let loop = step.loop { texts.append((loop.question, path.appending("loop").appending("question"))) }
        let prompts = path.appending("prompts").materialized()
        for (index, prompt) in step.prompts.enumerated() {
            texts.append((prompt.text, prompts.appending(index).appending("text")))
        }
        let known = method.parameters.map(\.id)
        for (text, textPath) in texts where text.entries.contains(where: { Placeholders.mayContain($0.text) }) {
            for entry in text.entries {
                let language = entry.language
                for name in Placeholders.names(in: entry.text) where !known.contains(name) {
                    report.error(
                        "unknown-parameter", "placeholder '{\(name)}' has no parameter",
                        at: textPath.appending(language),
                        hint: hintFor(name, in: known, what: "parameters")
                            + " (or add a parameter with id '\(name)')")
                }
            }
        }
    }

    // MARK: - Translations

    private func checkTranslations(_ method: MethodSpec, _ report: SpecReporter) {
        let languages = method.languages
        func check(_ text: LocalizedText, _ path: @autoclosure () -> SpecPath) {
            guard languages.contains(where: { !text.has($0) }) else { return }
            let missing = languages.filter { !text.has($0) }
            report.warning(
                "missing-translation",
                "no \(missing.joined(separator: ", ")) text; \(text.has("en") ? "English" : "another language") is shown instead",
                at: path(), hint: "add \(missing.map { "\"\($0)\": \"…\"" }.joined(separator: ", "))")
        }
        check(method.name, .root.appending("name"))
        check(method.summary, .root.appending("summary"))
        for (index, role) in method.roles.enumerated() {
            check(role.name, .root.appending("roles").appending(index).appending("name"))
        }
        for (index, group) in method.roleGroups.enumerated() {
            check(group.name, .root.appending("roleGroups").appending(index).appending("name"))
        }
        for (index, parameter) in method.parameters.enumerated() {
            check(parameter.label, .root.appending("parameters").appending(index).appending("label"))
        }
        for (index, rule) in method.groundRules.enumerated() {
            check(rule, .root.appending("groundRules").appending(index))
        }
        for (phaseIndex, phase) in method.phases.enumerated() {
            let phasePath = SpecPath.root.appending("phases").appending(phaseIndex)
            check(phase.name, phasePath.appending("name"))
            for (stepIndex, step) in phase.steps.enumerated() {
                let stepPath = phasePath.appending("steps").appending(stepIndex)
                check(step.name, stepPath.appending("name"))
                for (index, prompt) in step.prompts.enumerated() {
                    check(prompt.text, stepPath.appending("prompts").appending(index).appending("text"))
                }
            }
        }
    }

    // MARK: - Helpers

    private func duplicates(_ ids: [String], path: SpecPath, key: String, what: String, _ report: SpecReporter) {
        var seen = Set<String>()
        for (index, id) in ids.enumerated() {
            if !seen.insert(id).inserted {
                report.error(
                    "duplicate-id", "\(what) id '\(id)' is used twice", at: path.appending(index).appending(key),
                    hint: "give each \(what) its own id")
            }
        }
    }

    private func hintFor(_ word: String, in known: [String], what: String) -> String {
        if let match = closestMatch(to: word, in: known) { return "did you mean '\(match)'?" }
        if known.isEmpty { return "this method defines no \(what)" }
        return "known \(what): \(known.joined(separator: ", "))"
    }
}

/// `{name}` placeholders in prompt texts.
public enum Placeholders {
    /// Whether `text` has a `{` at all (most texts have none).
    public static func mayContain(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "{")) }
            ?? text.utf8.contains(UInt8(ascii: "{"))
    }

    /// The names of the placeholders in `text`, in order: `{` letters, digits, `-` or `_` `}`.
    public static func names(in text: String) -> [String] {
        guard mayContain(text) else { return [] }
        var names: [String] = []
        var utf8 = text.utf8[...]
        while let open = utf8.firstIndex(of: UInt8(ascii: "{")) {
            utf8 = utf8[utf8.index(after: open)...]
            guard
                let close = utf8.firstIndex(where: { byte in
                    !(byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
                        || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2D || byte == 0x5F)
                })
            else { break }
            if utf8[close] == UInt8(ascii: "}"), close > utf8.startIndex,
                let name = String(utf8[utf8.startIndex..<close])
            {
                names.append(name)
            }
            utf8 = utf8[close...]
        }
        return names
    }

    /// `text` with every `{name}` replaced by `values[name]`, leaving unknown ones as written.
    public static func fill(_ text: String, with values: [String: String]) -> String {
        var result = text
        for (name, value) in values {
            result = result.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return result
    }
}
