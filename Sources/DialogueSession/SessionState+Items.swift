import Foundation

// The items a step works through (the points of a worksheet: scored, reworded, linked to
// records, divided over groups) and the themes a loop goes over.
extension SessionState {
    /// The items of `step`: its list as the meeting changed it, else the items its captures
    /// declare (spec or agenda), else the records of the capture it takes them from (for a
    /// score capture: the items that step scored), else the points recorded earlier in the step.
    public func items(of step: PlanStep, in plan: SessionPlan) -> [String] {
        items(of: step, in: plan.meetingSteps, depth: 0)
    }

    private func items(of step: PlanStep, in steps: [PlanStep], depth: Int) -> [String] {
        if let listed = itemLists[step.id] { return listed.map(\.text) }
        let capture =
            step.captures.first { $0.type == .score }
            ?? step.captures.first { $0.items != nil || $0.itemsFrom != nil }
        let declared = capture?.items ?? []
        guard let source = CaptureReference(capture?.itemsFrom) else {
            if !declared.isEmpty || capture?.type != .score { return declared }
            return texts { $0.step == step.id }
        }
        var taken: [String]
        if depth < 8,
            let owner = steps.first(where: {
                source.holds(step: $0.id)
                    && $0.captures.contains {
                        $0.id == source.capture && ($0.type == .score || $0.items != nil || $0.itemsFrom != nil)
                    }
            })
        {
            taken = items(of: owner, in: steps, depth: depth + 1)
        } else {
            taken = texts { source.holds(step: $0.step) && $0.capture == source.capture }
        }
        taken.removeAll { declared.contains($0) }
        return declared + taken
    }

    /// The texts of the records that are not withdrawn, are not scores and match, each once.
    func texts(where belongs: (SessionRecord) -> Bool) -> [String] {
        var found: [String] = []
        var seen: Set<String> = []
        for record in records where !record.withdrawn && record.type != .score && belongs(record) {
            if seen.insert(record.text).inserted { found.append(record.text) }
        }
        return found
    }

    /// Whether `step` works through a list of items (scores them, or links records to them).
    public static func hasItems(_ step: PlanStep) -> Bool {
        step.captures.contains { $0.type == .score || $0.items != nil || $0.itemsFrom != nil }
    }

    /// Adds `text` to the step's list, or rewords the item `rewording` as `text`; an item that
    /// has scores already keeps its words.
    mutating func changeItems(_ text: String, rewording: String?, in step: PlanStep, plan: SessionPlan) throws {
        guard Self.hasItems(step) else { throw SessionError("refusal.no-item-list", hinted: true) }
        let words = text.trimmingWhitespace()
        guard !words.isEmpty else { throw SessionError("refusal.name-item") }
        var list = itemLists[step.id] ?? items(of: step, in: plan).map { ListedItem(text: $0) }
        if list.contains(where: { $0.text == words }) { throw SessionError("refusal.item-listed", words) }
        if let rewording {
            guard let index = list.firstIndex(where: { $0.text == rewording }) else {
                throw SessionError(
                    "refusal.no-item", rewording, fix: .init("refusal.list", [list.map(\.text).joined(separator: "; ")])
                )
            }
            let scored = records.filter { !$0.withdrawn && $0.type == .score && $0.item == rewording }.count
            if scored > 0 {
                throw SessionError("refusal.item-scored", rewording, String(scored), hinted: true)
            }
            list[index].wordings.append(list[index].text)
            list[index].text = words
            if point == rewording { point = words }
            if var divided = division[step.id], let group = divided[rewording] {
                divided[rewording] = nil
                divided[words] = group
                division[step.id] = divided
            }
        } else {
            list.append(ListedItem(text: words, added: true))
        }
        itemLists[step.id] = list
    }

    /// Makes `item` (one of the step's items) what the step's records are about; nil for none.
    mutating func focus(on item: String?, in step: PlanStep, plan: SessionPlan) throws {
        guard let item else {
            point = nil
            return
        }
        guard Self.hasItems(step) else { throw SessionError("refusal.no-item-list", hinted: true) }
        let list = items(of: step, in: plan)
        guard list.contains(item) else {
            throw SessionError("refusal.no-item", item, fix: .init("refusal.list", [list.joined(separator: "; ")]))
        }
        point = item
    }

    /// Gives `items` of the step to its group or table `group` to work out.
    mutating func divide(_ items: [String], to group: String, in step: PlanStep, plan: SessionPlan) throws {
        guard step.dividesItems == true else { throw SessionError("refusal.no-division", hinted: true) }
        let circles = currentTurn(in: plan)?.circles ?? []
        guard circles.contains(where: { $0.name == group }) else {
            throw SessionError(
                "refusal.not-a-group", group, fix: .init("refusal.list", [circles.map(\.name).joined(separator: ", ")]))
        }
        let list = self.items(of: step, in: plan)
        guard !items.isEmpty else { throw SessionError("refusal.name-item") }
        for item in items where !list.contains(item) {
            throw SessionError("refusal.no-item", item, fix: .init("refusal.list", [list.joined(separator: "; ")]))
        }
        for item in items { division[step.id, default: [:]][item] = group }
    }

    // MARK: - Loops over themes

    /// The index of the loop step whose span (its target up to itself) holds `index`.
    public static func enclosingLoop(of index: Int, in steps: [PlanStep]) -> Int? {
        for loopIndex in steps.indices where loopIndex >= index {
            guard let loop = steps[loopIndex].loop,
                let target = steps.firstIndex(where: { $0.id == loop.to }), target <= index
            else { continue }
            return loopIndex
        }
        return nil
    }

    /// The themes `loop` goes over: those the plan gives, or the records of its capture.
    public func themeList(of loop: PlanLoop) -> [String] {
        if let themes = loop.themes { return themes }
        guard let source = CaptureReference(loop.themesFrom) else { return [] }
        return texts { source.holds(step: $0.step) && $0.capture == source.capture }
    }

    /// The theme of pass `pass` (1 for the first) of the loop of step `loopStep`: the one fixed
    /// for it, or for a pass not fixed yet, the first theme not yet discussed.
    public func theme(ofPass pass: Int, loopStep: PlanStep) -> String? {
        guard let loop = loopStep.loop, loop.themes != nil || loop.themesFrom != nil else { return nil }
        let fixed = themes[loopStep.id] ?? []
        if fixed.indices.contains(pass - 1) { return fixed[pass - 1] }
        guard pass == fixed.count + 1 else { return nil }
        return themeList(of: loop).first { !fixed.contains($0) }
    }

    /// The theme of the current step's pass, when it belongs to a loop over themes.
    public func currentTheme(in plan: SessionPlan) -> String? {
        let steps = plan.meetingSteps
        guard let round, let loopIndex = Self.enclosingLoop(of: position, in: steps) else { return nil }
        return theme(ofPass: round, loopStep: steps[loopIndex])
    }

    /// Fixes the theme of the pass that ends (if not fixed yet) and of the next one: `chosen`,
    /// or the first not yet discussed.
    mutating func takeTheme(_ chosen: String?, for step: PlanStep, loop: PlanLoop, plan: SessionPlan) throws {
        let list = themeList(of: loop)
        var fixed = themes[step.id] ?? []
        let pass = loopsTaken[step.id, default: 0] + 1
        if fixed.count < pass, let current = theme(ofPass: pass, loopStep: step) { fixed.append(current) }
        let next: String
        if let chosen {
            guard list.contains(chosen) else {
                throw SessionError(
                    "refusal.no-theme", chosen, fix: .init("refusal.list", [list.joined(separator: "; ")]))
            }
            guard !fixed.contains(chosen) else { throw SessionError("refusal.theme-done", chosen) }
            next = chosen
        } else {
            guard let open = list.first(where: { !fixed.contains($0) }) else {
                if fixed.count == 1 { throw SessionError("refusal.themes-done.one", hinted: true) }
                throw SessionError("refusal.themes-done", String(fixed.count), hinted: true)
            }
            next = open
        }
        fixed.append(next)
        themes[step.id] = fixed
    }
}
