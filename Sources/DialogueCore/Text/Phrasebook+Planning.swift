extension Phrasebook {
    /// What the planner says about a plan, in English and Dutch, with `{1}`, `{2}`, … for values.
    static let planning: [String: (en: String, nl: String)] = [
        "plan.gap": (
            "item {1}: a gap of {2} min before its fixed start at {3}",
            "onderdeel {1}: {2} min tussenruimte vóór de vaste begintijd van {3}"
        ),
        "plan.untranslated.one": (
            "{1}: 1 text has no '{2}' translation; English is shown",
            "{1}: 1 tekst heeft geen vertaling '{2}'; de Engelse tekst wordt getoond"
        ),
        "plan.untranslated": (
            "{1}: {2} texts have no '{3}' translation; English is shown",
            "{1}: {2} teksten hebben geen vertaling '{3}'; de Engelse tekst wordt getoond"
        ),
        "plan.ends-early": (
            "the plan ends {1} min before the budget, with every step at its maximum",
            "het plan eindigt {1} min vóór het einde van het tijdsbudget, met elke stap op zijn maximum"
        ),
        "plan.duration-outside": (
            "item {1}: {2} is set to {3} min, outside the method's {4}–{5} min",
            "onderdeel {1}: {2} staat op {3} min, buiten de {4}–{5} min van de methode"
        ),
        "plan.review-missing": (
            "item {1}: {2} reviews the agreements of an earlier meeting, but the item names no harvest; add \"review\": \"…/harvest.json\"",
            "onderdeel {1}: {2} bespreekt de afspraken van een eerdere bijeenkomst, maar het onderdeel noemt geen oogst; voeg \"review\": \"…/harvest.json\" toe"
        ),
    ]
}
