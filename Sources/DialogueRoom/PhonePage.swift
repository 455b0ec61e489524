/// A participant's phone: their name, the step, and what they may do there now: write
/// points in silence, grade each item once, or wait. Rendered by the server from the
/// console's published ``PhoneStep``; it shows a person only what they sent themselves.
public enum PhonePage {
    /// The live part of `person`'s phone.
    public static func live(_ phone: PhoneStep, person: String) -> String {
        func say(_ key: String, _ values: String...) -> String { Phrasebook.say(key, in: phone.language, values) }
        func text(_ value: String) -> String { HTML.escape(value) }
        var html =
            "<header class=\"where\"><span class=\"title\">\(text(phone.title))</span><span class=\"position\">\(text(person))</span></header>"
        guard phone.input != .closed else {
            return html + "<p class=\"turn\">\(text(say("room.phone-wait")))</p>"
        }
        html += "<h1 class=\"step\">\(text(phone.stepName))</h1>"
        if let prompt = phone.prompt { html += "<blockquote class=\"prompt\">“\(text(prompt))”</blockquote>" }
        let sent = phone.sent[person] ?? []
        switch phone.input {
        case .write:
            let points = sent.filter { $0.item == nil }
            if points.count < PhoneStep.maxPointsPerPerson {
                html +=
                    "<form method=\"post\" action=\"me\" class=\"live-form note-form\"><input type=\"hidden\" name=\"action\" value=\"point\"><label>\(text(say("room.one-point")))<textarea name=\"text\" rows=\"3\" maxlength=\"\(PhoneStep.maxTextLength)\" required></textarea></label><button>\(text(say("room.send")))</button></form>"
            } else {
                html += "<p>\(text(say("room.points-limit", String(PhoneStep.maxPointsPerPerson))))</p>"
            }
            if !points.isEmpty {
                html += "<h2>\(text(say("room.your-points", String(points.count))))</h2><ol class=\"recorded\">"
                for point in points {
                    html +=
                        "<li><span class=\"text\">\(text(point.text))</span> <form method=\"post\" action=\"me\" class=\"inline live-form\"><input type=\"hidden\" name=\"action\" value=\"withdraw\"><input type=\"hidden\" name=\"id\" value=\"\(point.id)\"><button>\(text(say("room.withdraw")))</button></form></li>"
                }
                html += "</ol>"
            }
        case .score:
            guard !phone.items.isEmpty else { return html + "<p>\(text(say("room.nothing-to-grade")))</p>" }
            html += "<ol class=\"grades\">"
            for (index, item) in phone.items.enumerated() {
                html += "<li><p class=\"item\">\(text(item))</p>"
                if let given = sent.first(where: { $0.item == item }), let value = given.value {
                    html += "<p class=\"given\">\(text(say("room.your-grade", NumberText.format(value))))</p>"
                } else {
                    html +=
                        "<form method=\"post\" action=\"me\" class=\"live-form scale\"><input type=\"hidden\" name=\"action\" value=\"score\"><input type=\"hidden\" name=\"item\" value=\"\(index + 1)\"><input type=\"hidden\" name=\"point\" value=\"\(text(item))\">"
                    for level in phone.scale {
                        let value = NumberText.format(level.value)
                        let title = level.label.isEmpty ? "" : " title=\"\(text(level.label))\""
                        html += "<button name=\"value\" value=\"\(value)\"\(title)>\(value)</button>"
                    }
                    html += "</form>"
                }
                html += "</li>"
            }
            html += "</ol>"
        case .closed:
            break
        }
        return html
    }

    /// The page where a participant picks their name, once: the names not yet taken, each a
    /// button (the names' own links are never on this page).
    public static func picker(language: String, free: [String], message: String?) -> String {
        var html =
            "<p id=\"said\" role=\"status\">\(HTML.escape(message ?? ""))</p><h1 class=\"step\">\(HTML.escape(Phrasebook.say("room.pick-name", in: language)))</h1><form method=\"post\" action=\"phone\" class=\"names\">"
        for name in free {
            html += "<button name=\"name\" value=\"\(HTML.escape(name))\">\(HTML.escape(name))</button>"
        }
        return html + "</form>"
    }
}
