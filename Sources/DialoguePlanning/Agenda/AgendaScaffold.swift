import Foundation

/// The starting point `dialogue agenda new` writes, in the meeting's language: a welcome, the
/// chosen methods with a break between them and their required parameters marked `…`, a
/// closing, and a budget (`budgetMinutes`: the caller's, once it planned the agenda for its
/// people; else the methods' default times, a speaker's time counted once per participant).
public enum AgendaScaffold {
    /// The agenda text for `methods`, in order, for `people` participants (when known).
    public static func json(
        methods: [MethodSpec], title: String, participants: String, language: String = "en", people: Int? = nil,
        budgetMinutes: Int? = nil, methodFolders: [String] = []
    ) -> String {
        func say(_ english: String) -> String { Phrasebook.text(english, in: language) }
        var items = [
            #"    {"type": "free", "title": \#(quoted(say("Welcome"))), "minutes": 10, "notes": \#(quoted(say("Aim and occasion of the meeting.")))}"#
        ]
        var total = 10.0
        for (index, method) in methods.enumerated() {
            var parameters: [String] = []
            for parameter in method.parameters where parameter.required && parameter.defaultValue == nil {
                let value: String
                switch parameter.type {
                case .integer: value = "1"
                case .textList: value = #"["…", "…"]"#
                case .text, .choice: value = quoted("\(parameter.label.resolved(language)): …")
                }
                parameters.append("\(quoted(parameter.id)): \(value)")
            }
            var item =
                #"    {"type": "method", "method": \#(quoted(method.id)), "version": \#(quoted("^\(method.version)"))"#
            if !parameters.isEmpty { item += #", "parameters": {\#(parameters.joined(separator: ", "))}"# }
            items.append(item + "}")
            let speakers = Double(max(people ?? method.participants.min, 1))
            total += method.allSteps.reduce(0) { sum, entry in
                guard entry.step.isInMeeting, let duration = entry.step.duration else { return sum }
                return sum + duration.defaultMinutes * (duration.per == .speaker ? speakers : 1)
            }
            if index < methods.count - 1 {
                items.append(#"    {"type": "break", "minutes": 10}"#)
                total += 10
            }
        }
        items.append(#"    {"type": "free", "title": \#(quoted(say("Closing"))), "minutes": 5}"#)
        let budget = budgetMinutes ?? Int(((total + 5) / 5).rounded(.up) * 5)
        return """
            {
              "schemaVersion": 1,
              "title": \(quoted(title)),
              "language": \(quoted(language)),
              "date": "2026-12-01",
              "start": "13:30",
              "timeZone": "Europe/Amsterdam",
              "location": "",
              "budgetMinutes": \(budget),
              "seed": 1,\(methodFolders.isEmpty ? "" : "\n  \"methodFolders\": [" + methodFolders.map(quoted).joined(separator: ", ") + "],")
              "participants": \(quoted(participants)),
              "spaces": {"physical": \(quoted(say("Chairs in a circle."))), "setting": "in-person", "materials": []},
              "items": [
            \(items.joined(separator: ",\n"))
              ]
            }

            """
    }

    /// `text` as a JSON string literal.
    static func quoted(_ text: String) -> String {
        (try? JSONWriter.string(text)) ?? "\"\""
    }
}
