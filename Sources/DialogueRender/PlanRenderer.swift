import Foundation

/// Renders a session plan as a facilitator's run sheet: plain text, Markdown or a
/// self-contained printable HTML page.
public struct PlanRenderer {
    /// A step's planned length: "13 min", or "3 × 13 min" for a step the plan gives several passes.
    static func length(of step: PlanStep, in language: String) -> String {
        let one = MeetingClock.duration(step.seconds, in: language)
        guard let passes = step.passes, passes > 1 else { return one }
        return Phrasebook.say("show.passes", in: language, String(passes), one)
    }

    /// The plan to render.
    public let plan: SessionPlan
    let clock: MeetingClock

    /// A renderer of `plan`.
    public init(plan: SessionPlan) {
        self.plan = plan
        clock = MeetingClock(timeZone: plan.timeZone)
    }

    var labels: Labels { Labels(language: plan.language) }

    // MARK: - Text

    /// The run sheet as plain text for the terminal or a printout.
    public func text() -> String {
        var out: [String] = []
        out.append(plan.title)
        out.append(header())
        if !plan.spaces.checklist.isEmpty {
            out.append("")
            out.append(labels.spaces.uppercased())
        }
        for note in plan.spaces.checklist {
            out.append(
                "  [ ] \(labels.space(note.space)): \(note.text)" + (note.from == "agenda" ? "" : "  (\(note.from))"))
        }
        if !plan.spaces.materials.isEmpty {
            out.append("")
            out.append(labels.materials.uppercased())
            for material in plan.spaces.materials { out.append("  [ ] \(material)") }
        }
        for item in plan.items {
            out.append("")
            out.append(
                "\(clock.time(item.start))–\(clock.time(item.end))  \(item.index + 1). \(item.title)"
                    + "  (\(MeetingClock.duration(Int(item.end.timeIntervalSince(item.start)), in: plan.language)))")
            if let notes = item.notes { out.append("             \(notes)") }
            if let roles = itemRoles(item) { out.append("             \(labels.roles): \(roles)") }
            for agreement in item.review {
                out.append(
                    "             [\(Phrasebook.text("agreement." + agreement.status.rawValue, in: plan.language))] \(NameList.joined(agreement.who)): \(agreement.what)"
                        + (agreement.byWhen.map { " (\($0))" } ?? ""))
            }
            for step in item.steps where item.kind == .method {
                out.append(stepTitle(step))
                out.append(contentsOf: stepLines(step).map(plainText))
            }
        }
        if !plan.warnings.isEmpty {
            out.append("")
            out.append(labels.warnings.uppercased())
            for warning in plan.warnings { out.append("  ! \(warning)") }
        }
        return out.joined(separator: "\n") + "\n"
    }

    func header() -> String {
        var parts = ["\(clock.day(plan.start)) \(clock.time(plan.start))–\(clock.time(plan.end)) (\(plan.timeZone))"]
        if !plan.location.isEmpty { parts.append(plan.location) }
        if let budget = plan.budgetMinutes { parts.append("\(labels.budget) \(NumberText.format(budget)) min") }
        parts.append("\(plan.participants.count) \(labels.people)")
        return parts.joined(separator: " · ")
    }

    /// One line under a step on the run sheet: a detail of the step (level 0), a turn (1) or a
    /// circle of a turn (2). Each format draws the levels its own way; none adds a bullet twice.
    struct SheetLine: Equatable {
        var text: String
        var level: Int
    }

    /// The step's title line for the plain-text sheet.
    func stepTitle(_ step: PlanStep) -> String {
        let when: String
        switch step.when {
        case .before: when = labels.before
        case .after: when = labels.after
        case .during: when = "\(clock.time(step.start))"
        }
        var title = "  \(when)  \(step.name) — \(Phrasebook.stepKind(step.kind, in: plan.language))"
        if step.when == .during { title += ", \(Self.length(of: step, in: plan.language))" }
        if step.atMinimum { title += " (\(labels.atMinimum))" }
        return title
    }

    /// What the run sheet says under a step: guidance, prompts, turns, captures, swaps, loop, groups.
    func stepLines(_ step: PlanStep) -> [SheetLine] {
        var out: [SheetLine] = []
        func detail(_ text: String) { out.append(SheetLine(text: text, level: 0)) }
        if let guidance = step.guidance { detail(guidance) }
        // Whom a prompt is for, by the names of the roles and role groups in the session's language.
        let names = plan.items.first { $0.index == step.itemIndex }?.roleNames ?? [:]
        for prompt in step.prompts {
            let audience = prompt.to.map {
                $0 == Audience.others ? Phrasebook.say("show.audience.others", in: plan.language) : names[$0] ?? $0
            }.joined(separator: ", ")
            detail("“\(prompt.text)”" + (prompt.to.isEmpty ? "" : "  (\(labels.to) \(audience))"))
        }
        for turn in step.turns { out.append(contentsOf: turnLines(turn, step: step)) }
        for capture in step.captures {
            let kind = Phrasebook.text("kind." + capture.type.rawValue, in: plan.language)
            var line =
                "\(labels.capture): \(capture.label) (\(kind) \(Phrasebook.say("show.capture.\(capture.per.rawValue)", in: plan.language)))"
            if let scale = capture.scale { line += " — \(scale.name)" }
            if capture.visibility == .private { line += " — \(labels.privately)" }
            if let command = capture.commands?.first {
                line += " " + Phrasebook.say("show.capture.command", in: plan.language, command)
            }
            if let items = capture.items, !items.isEmpty {
                line += ": " + items.enumerated().map { "#\($0.offset + 1) \($0.element)" }.joined(separator: "; ")
            }
            detail(line)
        }
        if step.dividesItems == true { detail(Phrasebook.say("show.divide", in: plan.language)) }
        if !step.swaps.isEmpty {
            // The people who trade places, as the turns above name the roles.
            let pairs = step.swaps.map { pair in
                pair.map { role in NameList.joined(step.roles[role] ?? [names[role] ?? role]) }.joined(separator: " ⇄ ")
            }
            detail(labels.swap + ": " + pairs.joined(separator: ", "))
        }
        if let loop = step.loop {
            let target = plan.steps.first { $0.id == loop.to }?.name ?? loop.to
            var line = "↺ " + Phrasebook.say("show.loop", in: plan.language, [target, loop.question, String(loop.max)])
            if let themes = loop.themes {
                line += ", " + Phrasebook.say("show.loop-over", in: plan.language, themes.joined(separator: "; "))
            } else if let source = CaptureReference(loop.themesFrom) {
                let label =
                    plan.steps.lazy.filter { source.holds(step: $0.id) }
                    .compactMap { $0.captures.first { $0.id == source.capture }?.label }.first ?? source.capture
                line += ", " + Phrasebook.say("show.loop-over", in: plan.language, "“\(label)”")
            }
            detail(line)
        }
        if let quality = step.groupQuality {
            let language = plan.language
            var line =
                "\(labels.groups): "
                + Phrasebook.say(
                    quality.repeats == 0 ? "show.quality.no-repeats" : "show.quality.repeats", in: language,
                    [String(quality.repeats)])
            if quality.optimal, quality.repeats > 0 { line += " (\(labels.fewest))" }
            if let mixing = quality.mixing.first {
                line += Phrasebook.say(
                    "show.quality.mixing", in: language,
                    [labels.field(mixing.attribute), String(mixing.maxSameInGroup), String(mixing.bestPossible)])
            }
            detail(line)
        }
        return out
    }

    /// The plain-text form of a sheet line, indented under its step.
    func plainText(_ line: SheetLine) -> String {
        let pad = "             "
        switch line.level {
        case 0: return pad + line.text
        case 1: return pad + "• " + line.text
        default: return pad + "    " + line.text
        }
    }

    /// The roles of a method item, once for the item: role → people (long lists shortened).
    func itemRoles(_ item: PlanItem) -> String? {
        guard let step = item.steps.first(where: { $0.when == .during }) ?? item.steps.first else { return nil }
        let roles = step.roles.sorted { $0.key < $1.key }.filter { !$0.value.isEmpty }
        guard !roles.isEmpty else { return nil }
        return roles.map { role, names in
            let name = item.roleNames?[role] ?? role
            return names.count <= 6
                ? "\(name): \(NameList.joined(names))"
                : "\(name): " + Phrasebook.say("show.people-count", in: plan.language, [String(names.count)])
        }.joined(separator: "; ")
    }

    /// A turn in sentences: who speaks to whom for how long, how the others listen, who takes
    /// notes; with several circles, one line per circle under the turn.
    func turnLines(_ turn: Turn, step: PlanStep) -> [SheetLine] {
        let time = MeetingClock.duration(turn.seconds, in: plan.language)
        let language = plan.language
        if turn.circles.count == 1, let circle = turn.circles.first, circle.wholeGroup {
            var line = "\(turn.label) (\(time))"
            if !circle.speakers.isEmpty, circle.speakers.count <= 6 {
                line = NameList.joined(circle.speakers)
                if !circle.addressed.isEmpty, circle.addressed.count <= 6 {
                    line += " → \(NameList.joined(circle.addressed))"
                }
                line += " (\(time))"
            }
            if let mode = circle.listening, circle.listenerCount > 0 {
                line += "; \(labels.listening(mode))"
            }
            if !circle.recorders.isEmpty {
                line +=
                    "; "
                    + (circle.recorders.count <= 6
                        ? labels.sentence("takes-notes", circle.recorders)
                        : Phrasebook.say(
                            "turn.takes-notes.many", in: language, "\(circle.recorders.count) \(labels.people)"))
            }
            return [SheetLine(text: line, level: 1)]
        }
        var lines = [SheetLine(text: "\(turn.label) (\(time))", level: 1)]
        for circle in turn.circles {
            var line = circle.name
            if let topic = circle.topic { line += " — “\(topic)”" }
            line += ": \(NameList.joined(circle.members))"
            var sentences: [String] = []
            if let host = circle.host { sentences.append(Phrasebook.say("turn.hosts", in: language, host)) }
            if let rapporteur = circle.rapporteur {
                sentences.append(Phrasebook.say("turn.reports-back", in: language, rapporteur))
            }
            let someSpeak = !circle.speakers.isEmpty && circle.speakers.count < circle.members.count
            if someSpeak { sentences.append(labels.sentence("speaks", circle.speakers)) }
            if let mode = circle.listening, circle.listenerCount > 0, someSpeak {
                sentences.append(labels.sentence("listen.\(mode.rawValue)", circle.listeners))
            }
            if !sentences.isEmpty { line += ". " + sentences.joined(separator: "; ") + "." }
            lines.append(SheetLine(text: line, level: 2))
        }
        return lines
    }

    // MARK: - Markdown

    /// The run sheet as Markdown.
    public func markdown() -> String {
        var out: [String] = ["# \(Markdown.escape(plan.title))", "", Markdown.escape(header()), ""]
        if !plan.spaces.checklist.isEmpty {
            out += ["## \(labels.spaces)", ""]
            for note in plan.spaces.checklist {
                out.append(
                    "- [ ] **\(labels.space(note.space))**: \(Markdown.escape(note.text))"
                        + (note.from == "agenda" ? "" : " _(\(Markdown.escape(note.from)))_"))
            }
            out.append("")
        }
        if !plan.spaces.materials.isEmpty {
            out += ["## \(labels.materials)", ""]
            for material in plan.spaces.materials { out.append("- [ ] \(Markdown.escape(material))") }
            out.append("")
        }
        out.append("## \(labels.timeline)")
        out.append("")
        out.append("| \(labels.time) | \(labels.item) | \(labels.duration) |")
        out.append("|---|---|---|")
        for item in plan.items {
            out.append(
                "| \(clock.time(item.start))–\(clock.time(item.end)) | \(item.index + 1). \(Markdown.escape(item.title)) | "
                    + "\(MeetingClock.duration(Int(item.end.timeIntervalSince(item.start)), in: plan.language)) |")
        }
        for item in plan.items {
            out.append("")
            out.append("## \(clock.time(item.start)) \(item.index + 1). \(Markdown.escape(item.title))")
            if let notes = item.notes { out += ["", Markdown.escape(notes)] }
            for agreement in item.review {
                out.append(
                    "- [\(Phrasebook.text("agreement." + agreement.status.rawValue, in: plan.language))] \(Markdown.escape(NameList.joined(agreement.who))): \(Markdown.escape(agreement.what))"
                )
            }
            for step in item.steps where item.kind == .method {
                out.append("")
                let time =
                    step.when == .during
                    ? clock.time(step.start) : (step.when == .before ? labels.before : labels.after)
                out.append(
                    "### \(time) \(Markdown.escape(step.name))"
                        + (step.when == .during ? " — \(Self.length(of: step, in: plan.language))" : ""))
                out.append("")
                for line in stepLines(step) {
                    out.append((line.level == 2 ? "  - " : "- ") + Markdown.escape(line.text))
                }
            }
        }
        if !plan.warnings.isEmpty {
            out += ["", "## \(labels.warnings)", ""] + plan.warnings.map { "- \(Markdown.escape($0))" }
        }
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: - HTML

    /// Sheet lines as an HTML list, a turn's circles nested under it.
    func htmlList(_ lines: [SheetLine]) -> String {
        var html = "<ul>\n"
        var index = 0
        while index < lines.count {
            html += "<li>" + HTML.escape(lines[index].text)
            index += 1
            var children = ""
            while index < lines.count, lines[index].level == 2 {
                children += "<li>\(HTML.escape(lines[index].text))</li>\n"
                index += 1
            }
            if !children.isEmpty { html += "\n<ul>\n" + children + "</ul>" }
            html += "</li>\n"
        }
        return html + "</ul>\n"
    }

    /// The run sheet as one self-contained, printable HTML page.
    public func html() -> String {
        let total = max(1, plan.end.timeIntervalSince(plan.start))
        var body = "<h1>\(HTML.escape(plan.title))</h1>\n<p class=\"meta\">\(HTML.escape(header()))</p>\n"
        body += "<h2>\(labels.timeline)</h2>\n<div class=\"timeline\">\n"
        for item in plan.items {
            let seconds = item.end.timeIntervalSince(item.start)
            let share = max(0.4, seconds / total * 100)
            body +=
                "<div class=\"block \(item.kind.rawValue)\" style=\"flex: \(String(format: "%.2f", share)) 0 0\" title=\"\(HTML.escape(item.title))\">"
            body += "<span class=\"t\">\(clock.time(item.start))</span> <b>\(HTML.escape(item.title))</b> "
            body += "<span class=\"d\">\(MeetingClock.duration(Int(seconds), in: plan.language))</span></div>\n"
        }
        body += "</div>\n"
        if !plan.spaces.checklist.isEmpty {
            body += "<section class=\"keep\"><h2>\(labels.spaces)</h2>\n<ul class=\"check\">\n"
            for note in plan.spaces.checklist {
                body +=
                    "<li><b>\(HTML.escape(labels.space(note.space)))</b>: \(HTML.escape(note.text))"
                    + (note.from == "agenda" ? "" : " <i>(\(HTML.escape(note.from)))</i>") + "</li>\n"
            }
            body += "</ul></section>\n"
        }
        if !plan.spaces.materials.isEmpty {
            body += "<section class=\"keep\"><h2>\(labels.materials)</h2>\n<ul class=\"check\">\n"
            for material in plan.spaces.materials { body += "<li>\(HTML.escape(material))</li>\n" }
            body += "</ul></section>\n"
        }
        for item in plan.items {
            body +=
                "<section class=\"item\"><h2>\(clock.time(item.start))–\(clock.time(item.end)) \(item.index + 1). \(HTML.escape(item.title))</h2>\n"
            if let notes = item.notes { body += "<p class=\"notes\">\(HTML.escape(notes))</p>\n" }
            if !item.review.isEmpty {
                body +=
                    "<ul>"
                    + item.review.map {
                        "<li>[\(HTML.escape(Phrasebook.text("agreement." + $0.status.rawValue, in: plan.language)))] \(HTML.escape(NameList.joined($0.who))): \(HTML.escape($0.what))</li>"
                    }.joined() + "</ul>\n"
            }
            for step in item.steps where item.kind == .method {
                let time =
                    step.when == .during
                    ? clock.time(step.start) : (step.when == .before ? labels.before : labels.after)
                body += "<div class=\"step\"><h3><span class=\"t\">\(time)</span> \(HTML.escape(step.name))"
                if step.when == .during {
                    body += " <span class=\"d\">\(HTML.escape(Self.length(of: step, in: plan.language)))</span>"
                }
                body += "</h3>\n" + htmlList(stepLines(step)) + "</div>\n"
            }
            body += "</section>\n"
        }
        if !plan.warnings.isEmpty {
            body +=
                "<h2>\(labels.warnings)</h2><ul>" + plan.warnings.map { "<li>\(HTML.escape($0))</li>" }.joined()
                + "</ul>\n"
        }
        return HTMLPage.wrap(title: plan.title, language: plan.language, body: body)
    }
}

/// A self-contained printable HTML page (no external assets), legible on A4.
public enum HTMLPage {
    /// `body` in a complete HTML page with the shared print style, in `language`.
    public static func wrap(title: String, language: String, body: String) -> String {
        opening(title: title, language: language) + body + closing
    }

    /// The end of a page begun with ``opening(title:language:)``.
    public static let closing = "</body>\n</html>\n"

    /// A page's beginning up to and including `<body>`, for a page written as it is made.
    public static func opening(title: String, language: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(HTML.escape(language))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(title))</title>
        <style>
        @page { size: A4; margin: 15mm; }
        * { box-sizing: border-box; }
        body { font: 11pt/1.4 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #222; max-width: 180mm; margin: 0 auto; padding: 0 4mm; }
        h1 { font-size: 18pt; margin: 0 0 2mm; } h2 { font-size: 13pt; margin: 6mm 0 2mm; border-bottom: 1px solid #ccc; }
        h3 { font-size: 11pt; margin: 3mm 0 1mm; } .meta { color: #555; }
        h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; break-inside: avoid; page-break-inside: avoid; }
        h4 { font-size: 10.5pt; margin: 2mm 0 1mm; }
        .timeline { display: flex; flex-direction: column; min-height: 110mm; border-left: 3px solid #444; margin: 2mm 0; break-inside: avoid; }
        .block { border: 1px solid #999; border-left: 6px solid #4a7; margin: 0 0 1px 0; padding: 0 2mm; overflow: hidden; font-size: 9pt; min-height: 4mm; }
        .block.pause { border-left-color: #bbb; background: #f4f4f4; } .block.free { border-left-color: #58c; } .block.review { border-left-color: #c84; }
        .t, .d, .nowrap { white-space: nowrap; } .t { font-variant-numeric: tabular-nums; color: #555; } .d { color: #777; font-size: 9pt; }
        .keep, li, tr { break-inside: avoid; page-break-inside: avoid; }
        ul { margin: 1mm 0 2mm 0; padding-left: 5mm; } ul ul { margin: 0; }
        ul.check { list-style: none; padding-left: 0; } ul.check li::before { content: "☐ "; }
        .table { overflow-x: auto; } table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: 1mm 2mm; text-align: left; vertical-align: top; }
        .private-banner { border: 2px solid #a00; color: #a00; font-weight: bold; padding: 1mm 2mm; margin: 0 0 3mm; }
        @media screen and (max-width: 600px) {
          body { font-size: 16px; padding: 0 14px; max-width: none; } h1 { font-size: 22px; } h2 { font-size: 18px; }
          table.stack, table.stack tbody, table.stack tr, table.stack td { display: block; width: 100%; }
          table.stack tr:first-child { display: none; } table.stack tr { border: 1px solid #ccc; margin: 0 0 8px; padding: 4px 0; }
          table.stack td { border: none; padding: 2px 8px; } table.stack td:empty { display: none; }
          table.stack td::before { content: attr(data-label) ": "; font-weight: bold; }
          .timeline { min-height: 0; } }
        @media print { body { padding: 0; } .timeline { min-height: 120mm; } a { color: inherit; }
          .private-banner { position: fixed; top: 0; left: 0; right: 0; background: #fff; }
          body:has(.private-banner) { padding-top: 10mm; } }
        </style>
        </head>
        <body>

        """
    }
}

/// The run sheet's fixed words, from the ``Phrasebook``.
struct Labels {
    let language: String

    init(language: String) {
        self.language = language
    }

    func phrase(_ english: String) -> String { Phrasebook.text(english, in: language) }

    var spaces: String { phrase("Dialogical spaces") }
    var materials: String { phrase("Materials") }
    var warnings: String { phrase("Warnings") }
    var budget: String { phrase("budget") }
    var people: String { phrase("people") }
    var before: String { phrase("before") }
    var after: String { phrase("after") }
    var atMinimum: String { phrase("shortened to its minimum") }
    var roles: String { phrase("Roles") }
    var to: String { phrase("to") }
    var capture: String { phrase("Capture") }
    var privately: String { phrase("private") }
    var swap: String { phrase("Role swap") }
    var groups: String { phrase("Groups") }
    var fewest: String { phrase("the fewest possible") }
    var timeline: String { phrase("Time line") }
    var time: String { phrase("Time") }
    var item: String { phrase("Item") }
    var duration: String { phrase("Duration") }

    /// The sentence `turn.KEY.one` or `.many` about `names`, joined as people say them.
    func sentence(_ key: String, _ names: [String]) -> String {
        Phrasebook.say(
            "turn.\(key).\(names.count == 1 ? "one" : "many")", in: language, NameList.spoken(names, in: language))
    }

    /// A participant field's name (organisation, role), or the field as written.
    func field(_ name: String) -> String {
        Phrasebook.descriptions["show.field.\(name)"] == nil ? name : Phrasebook.say("show.field.\(name)", in: language)
    }

    /// A dialogical space's name.
    func space(_ name: String) -> String {
        Phrasebook.keyed["space.\(name)"] == nil ? name.capitalized : phrase("space.\(name)")
    }

    func listening(_ mode: Listening.Mode) -> String {
        switch mode {
        case .silent: return phrase("others listen in silence")
        case .noInterruption:
            return phrase("others listen without interrupting")
        case .reflecting: return phrase("listens without being addressed")
        case .open: return phrase("open dialogue")
        case .questionsOnly: return phrase("others only ask questions")
        }
    }
}
