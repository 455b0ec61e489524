import Foundation

// Texts in the plan's language, with parameters filled in.
extension Planner {
    func text(_ localized: LocalizedText, _ context: PlanningContext) -> String {
        localized.resolved(context.language)
    }

    func text(_ values: [String: String], _ context: PlanningContext) -> String {
        LocalizedText(values).resolved(context.language)
    }

    func localized(_ text: LocalizedText, method: MethodSpec, context: inout PlanningContext) -> String {
        if !text.has(context.language) { context.missingTranslations[method.id, default: 0] += 1 }
        return text.resolved(context.language)
    }

    func fill(_ text: String, _ parameters: [String: ParameterValue], _ context: PlanningContext) -> String {
        guard text.contains("{") else { return text }
        var values: [String: String] = [:]
        for (name, value) in parameters { values[name] = value.rendered(context.language) }
        return Placeholders.fill(text, with: values)
    }
}
