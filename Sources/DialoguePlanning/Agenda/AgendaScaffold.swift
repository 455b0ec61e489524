import Foundation

/// The starting point `dialogue agenda new` writes: a welcome, the chosen methods with a
/// break between them and their required parameters marked `…`, a closing, and a budget
/// that fits the methods' default times.
public enum AgendaScaffold {
    /// The agenda text for `methods`, in order.
    public static func json(methods: [MethodSpec], title: String, participants: String) -> String {
        var items = [
            #"    {"type": "free", "title": "Welcome", "minutes": 10, "notes": "Aim and occasion of the meeting."}"#
        ]
        var total = 10.0
        for (index, method) in methods.enumerated() {
            var parameters: [String] = []
            for parameter in method.parameters where parameter.required && parameter.defaultValue == nil {
                let value: String
                switch parameter.type {
                case .integer: value = "1"
                case .textList: value = #"["…", "…"]"#
                case .text, .choice: value = quoted("\(parameter.label.resolved("en")): …")
                }
                parameters.append("\(quoted(parameter.id)): \(value)")
            }
            var item =
                #"    {"type": "method", "method": \#(quoted(method.id)), "version": \#(quoted("^\(method.version)"))"#
            if !parameters.isEmpty { item += #", "parameters": {\#(parameters.joined(separator: ", "))}"# }
            items.append(item + "}")
            total += method.allSteps.reduce(0) {
                $0 + ($1.step.isInMeeting ? ($1.step.duration?.defaultMinutes ?? 0) : 0)
            }
            if index < methods.count - 1 {
                items.append(#"    {"type": "break", "minutes": 10}"#)
                total += 10
            }
        }
        items.append(#"    {"type": "free", "title": "Closing", "minutes": 5}"#)
        return """
            {
              "schemaVersion": 1,
              "title": \(quoted(title)),
              "language": "en",
              "date": "2026-12-01",
              "start": "13:30",
              "timeZone": "Europe/Amsterdam",
              "location": "",
              "budgetMinutes": \(Int((total / 5).rounded(.up) * 5)),
              "seed": 1,
              "participants": \(quoted(participants)),
              "spaces": {"physical": "Chairs in a circle.", "setting": "in-person", "materials": []},
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
