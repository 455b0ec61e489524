func requireCapture(
    _ kind: Capture.Kind, _ step: Step, _ path: SpecPath, _ report: SpecReporter,
    behaviour: String
) {
    if !step.captures.contains(where: { $0.type == kind }) {
        report.error(
            "behaviour-requirement", "a '\(behaviour)' step must capture a '\(kind.rawValue)'",
            at: path.appending("captures"),
            hint: "add {\"id\": \"…\", \"type\": \"\(kind.rawValue)\"} to captures")
    }
}

func requireGrouping(
    _ kinds: [Grouping.Kind], _ step: Step, _ path: SpecPath, _ report: SpecReporter,
    behaviour: String
) {
    guard let grouping = step.grouping else {
        report.error(
            "behaviour-requirement", "a '\(behaviour)' step needs a 'grouping'", at: path,
            hint: "add \"grouping\": {\"type\": \"\(kinds[0].rawValue)\"}")
        return
    }
    if !kinds.contains(grouping.type) {
        report.error(
            "behaviour-requirement",
            "a '\(behaviour)' step groups people as \(kinds.map(\.rawValue).joined(separator: " or ")), not \(grouping.type.rawValue)",
            at: path.appending("grouping").appending("type"))
    }
}

func requireSpeakers(_ step: Step, _ path: SpecPath, _ report: SpecReporter, behaviour: String) {
    if step.speakers.isEmpty {
        report.error(
            "behaviour-requirement", "a '\(behaviour)' step must say who speaks", at: path,
            hint: "add \"speakers\": [\"…\"] with roles or role groups")
    }
}

func groupLabel(_ grouping: Grouping) -> String {
    switch grouping.type {
    case .pairs: return "Pair"
    case .triads: return "Triad"
    case .tables: return "Table"
    case .subgroups: return "Group"
    case .plenary: return "Plenary"
    }
}
