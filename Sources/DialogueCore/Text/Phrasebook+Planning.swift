extension Phrasebook {
    /// What the planner says about a plan, in English and Dutch, with `{1}`, `{2}`, … for values.
    static let planning: [String: (en: String, nl: String)] = [
        "plan.review-missing": (
            "item {1}: {2} reviews the agreements of an earlier meeting, but the item names no harvest; add \"review\": \"…/harvest.json\"",
            "onderdeel {1}: {2} bespreekt de afspraken van een eerdere bijeenkomst, maar het onderdeel noemt geen oogst; voeg \"review\": \"…/harvest.json\" toe"
        )
    ]
}
