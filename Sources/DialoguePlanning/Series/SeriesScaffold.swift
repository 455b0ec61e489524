import Foundation

/// The starting point `dialogue series new` writes: the four stages of a dialogical
/// consultation (the Pudasjärvi sequence) in the series' language, and one meeting per agenda
/// given, spread over the stages in order, each recorded in its own session folder. Inputs
/// from earlier meetings are the designer's to add: they name agenda items and parameters.
public enum SeriesScaffold {
    /// The stages of a consultation series, in English and Dutch: id, name, question.
    public static let consultationStages: [(id: String, en: (String, String), nl: (String, String))] = [
        (
            "inventory", ("The ideas of the inventory", "Which ideas came out of the inventory?"),
            ("De ideeën uit de inventarisatie", "Welke ideeën kwamen uit de inventarisatie naar voren?")
        ),
        (
            "what-matters", ("What matters to talk about", "What is important to talk about together on this?"),
            ("Wat belangrijk is om over te praten", "Wat is belangrijk om hier samen over te praten?")
        ),
        (
            "common-theme",
            (
                "The chosen common theme",
                "What are all the issues of the theme we chose together, and what message do we give the decision makers?"
            ),
            (
                "Het gekozen gemeenschappelijke thema",
                "Wat zijn alle kwesties rond het thema dat we samen kozen, en welke boodschap geven we de besluitvormers mee?"
            )
        ),
        (
            "final", ("The final dialogue", "What do we take from the whole process?"),
            ("De slotdialoog", "Wat nemen we mee uit het hele proces?")
        ),
    ]

    /// The series text for `agendas` (paths as the series file will name them), in order.
    public static func json(title: String, language: String, agendas: [String]) -> String {
        let stages = consultationStages.map { stage -> String in
            let (name, question) = language == "nl" ? stage.nl : stage.en
            return #"    {"id": \#(quoted(stage.id)), "name": \#(quoted(name)), "question": \#(quoted(question))}"#
        }
        let files = agendas.isEmpty ? consultationStages.indices.map { "meeting-\($0 + 1).json" } : agendas
        var meetings: [String] = []
        for (index, file) in files.enumerated() {
            let stage = consultationStages[
                min(index * consultationStages.count / files.count, consultationStages.count - 1)]
            let id = "meeting-\(index + 1)"
            let line =
                #"    {"id": \#(quoted(id)), "stage": \#(quoted(stage.id)), "agenda": \#(quoted(file)), "session": \#(quoted("sessions/\(id)"))"#
            meetings.append(line + "}")
        }
        return """
            {
              "schemaVersion": 1,
              "title": \(quoted(title)),
              "language": \(quoted(language)),
              "stages": [
            \(stages.joined(separator: ",\n"))
              ],
              "meetings": [
            \(meetings.joined(separator: ",\n"))
              ]
            }

            """
    }

    private static func quoted(_ text: String) -> String { JSONText.quoted(text) }
}
