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
        "plan.item-prefix": ("item {1}: ", "onderdeel {1}: "),
        "plan.cannot-plan.one": ("cannot plan {1}: 1 problem", "kan {1} niet plannen: 1 probleem"),
        "plan.cannot-plan": ("cannot plan {1}: {2} problems", "kan {1} niet plannen: {2} problemen"),
        "plan.did-you-mean": ("did you mean '{1}'?", "bedoel je '{1}'?"),
        "plan.cannot-review": ("cannot review '{1}': {2}", "kan '{1}' niet bespreken: {2}"),
        "plan.cannot-review.hint": (
            "name the harvest.json of an earlier session", "noem de harvest.json van een eerdere sessie"
        ),
        "plan.unknown-method": ("unknown method '{1}'", "onbekende methode '{1}'"),
        "plan.unknown-method.hint": ("see 'dialogue methods list'", "zie 'dialogue methods list'"),
        "plan.version": (
            "method '{1}' is version {2}, which does not meet '{3}'",
            "methode '{1}' heeft versie {2}, die niet voldoet aan '{3}'"
        ),
        "plan.version.hint": (
            "change the agenda's version requirement or install that version",
            "pas de versie-eis in de agenda aan of installeer die versie"
        ),
        "plan.unknown-duration-step": (
            "durations names unknown step '{1}' of {2}", "durations noemt een onbekende stap '{1}' van {2}"
        ),
        "plan.not-a-participant": ("'{1}' is not among the participants", "'{1}' staat niet bij de deelnemers"),
        "plan.too-few": (
            "{1} needs at least {2} people, the agenda has {3}",
            "{1} vraagt minstens {2} mensen, de agenda heeft er {3}"
        ),
        "plan.too-few.hint": (
            "invite more people or choose another method", "nodig meer mensen uit of kies een andere methode"
        ),
        "plan.too-many": (
            "{1} takes at most {2} people, the agenda has {3}",
            "{1} is voor hoogstens {2} mensen, de agenda heeft er {3}"
        ),
        "plan.too-many.hint": ("split into several sessions or items", "verdeel over meer sessies of onderdelen"),
        "plan.unknown-parameter": ("{1} has no parameter '{2}'", "{1} heeft geen parameter '{2}'"),
        "plan.its-parameters": ("its parameters: {1}", "de parameters: {1}"),
        "plan.parameter-needed": (
            "{1} needs a value for parameter '{2}' ({3})", "{1} heeft een waarde nodig voor parameter '{2}' ({3})"
        ),
        "plan.parameter-needed.hint": (
            "add \"parameters\": {\"{1}\": …} to the item", "voeg \"parameters\": {\"{1}\": …} toe aan het onderdeel"
        ),
        "plan.parameter-below": (
            "parameter '{1}' is {2}, below its minimum {3}", "parameter '{1}' is {2}, onder het minimum van {3}"
        ),
        "plan.parameter-above": (
            "parameter '{1}' is {2}, above its maximum {3}", "parameter '{1}' is {2}, boven het maximum van {3}"
        ),
        "plan.parameter-choice": ("parameter '{1}' must be one of {2}", "parameter '{1}' moet een van deze zijn: {2}"),
        "plan.parameter-number": (
            "parameter '{1}' must be a whole number", "parameter '{1}' moet een geheel getal zijn"
        ),
        "plan.parameter-list": (
            "parameter '{1}' must be a list of texts", "parameter '{1}' moet een lijst met teksten zijn"
        ),
        "plan.parameter-text": ("parameter '{1}' must be a text", "parameter '{1}' moet een tekst zijn"),
        "plan.unknown-role": ("{1} has no role '{2}'", "{1} heeft geen rol '{2}'"),
        "plan.role-outside-item": (
            "'{1}' is named for role '{2}' but does not take part in this item",
            "'{1}' is genoemd voor de rol '{2}', maar doet niet mee aan dit onderdeel"
        ),
        "plan.role-count.one": (
            "role '{1}' ({2}) of {3} needs {4} person, found {5}",
            "rol '{1}' ({2}) van {3} vraagt {4} persoon, maar heeft er {5}"
        ),
        "plan.role-count": (
            "role '{1}' ({2}) of {3} needs {4} people, found {5}",
            "rol '{1}' ({2}) van {3} vraagt {4} mensen, maar heeft er {5}"
        ),
        "plan.role-count.add": (
            "add '{1}' to someone's roles in the participants file, or name them under the item's \"roles\"",
            "geef iemand de rol '{1}' in het deelnemersbestand, of noem die persoon onder \"roles\" van het onderdeel"
        ),
        "plan.role-count.fewer": ("name fewer people for '{1}'", "noem minder mensen voor '{1}'"),
        "plan.external": (
            "{1} is '{2}' but also '{3}': in {4} a {2} must not be a participant in the case",
            "{1} is '{2}' maar ook '{3}': in {4} mag een {2} geen deelnemer in de casus zijn"
        ),
        "plan.external.hint": (
            "choose someone from outside the case for '{1}'", "kies voor '{1}' iemand van buiten de casus"
        ),
        "plan.empty-role-group": (
            "nobody fills role group '{1}' ({2}) of {3}", "niemand vult de rolgroep '{1}' ({2}) van {3}"
        ),
        "plan.empty-role-group.hint": (
            "give someone one of its roles: {1}", "geef iemand een van de rollen: {1}"
        ),
        "plan.groups-cut-short": (
            "group formation for {1} was cut short by the safety limit, so another run could differ",
            "de groepsindeling voor {1} is afgebroken door de veiligheidsgrens, dus een volgende keer kan ze anders uitvallen"
        ),
        "plan.groups-cut-short.hint": (
            "plan without a time limit; the move budget alone keeps the plan reproducible",
            "plan zonder tijdslimiet; het budget aan zetten alleen houdt het plan herhaalbaar"
        ),
        "plan.group-by-missing": (
            "{1} has no {2}, needed for {3}: one group per {2}", "{1} heeft geen {2}, nodig voor {3}: één groep per {2}"
        ),
        "plan.group-by-missing.hint": (
            "fill the {1} column in the participants file", "vul de kolom {1} in het deelnemersbestand"
        ),
        "plan.group-by-two": (
            "{1} needs at least two different {2} values, found {3}",
            "{1} vraagt minstens twee verschillende waarden voor {2}, maar heeft er {3}"
        ),
        "plan.group-by-size.one": (
            "the {1} group '{2}' in {3} has {4} person ({5}); groups of {6} are needed",
            "de groep '{2}' ({1}) in {3} heeft {4} persoon ({5}); er zijn groepen van {6} nodig"
        ),
        "plan.group-by-size": (
            "the {1} group '{2}' in {3} has {4} people ({5}); groups of {6} are needed",
            "de groep '{2}' ({1}) in {3} heeft {4} mensen ({5}); er zijn groepen van {6} nodig"
        ),
        "plan.group-by-size.hint": (
            "give these people the {1} of another group in the participants file, or leave them out of the item with \"participants\"",
            "geef deze mensen in het deelnemersbestand de {1} van een andere groep, of laat ze met \"participants\" buiten het onderdeel"
        ),
        "plan.group-count-unset": ("{1}: the number of groups is not set", "{1}: het aantal groepen is niet ingesteld"),
        "plan.cannot-split": (
            "{1} people cannot be split into groups of {2} for {3}",
            "{1} mensen kunnen niet worden verdeeld in groepen van {2} voor {3}"
        ),
        "plan.cannot-split.count": (
            "{1} people cannot be split into {4} groups of {2} for {3}",
            "{1} mensen kunnen niet worden verdeeld in {4} groepen van {2} voor {3}"
        ),
        "plan.cannot-split.hint": (
            "change the number of people or of groups", "verander het aantal mensen of groepen"
        ),
        "plan.round-count-unset": ("{1}: the number of rounds is not set", "{1}: het aantal rondes is niet ingesteld"),
        "plan.too-many-hosts": (
            "{1} people are '{2}' but {3} has only {4} tables", "{1} mensen zijn '{2}' maar {3} heeft maar {4} tafels"
        ),
        "plan.too-many-hosts.hint": (
            "name at most {1} table hosts", "noem hoogstens {1} tafelgastvrouwen of -heren"
        ),
        "plan.overlap": (
            "must start at {1} but the items before it end at {2}: they overlap by {3} min",
            "moet om {1} beginnen, maar de onderdelen ervoor eindigen om {2}: ze overlappen {3} min"
        ),
        "plan.overlap.hint": (
            "shorten earlier items, move this item later, or start the meeting earlier",
            "kort eerdere onderdelen in, zet dit onderdeel later, of begin de bijeenkomst eerder"
        ),
        "plan.short.item": ("item {1} {2} at {3} min", "onderdeel {1} {2}: {3} min"),
        "plan.short": (
            "the agenda needs at least {1} min but the budget is {2} min: {3} min short with every step at its minimum ({4})",
            "de agenda vraagt minstens {1} min, maar het budget is {2} min: zelfs met elke stap op zijn minimum is het {3} min te kort ({4})"
        ),
        "plan.short.hint": (
            "raise budgetMinutes, shorten breaks or free items, or drop an item",
            "verhoog budgetMinutes, kort pauzes of vrije onderdelen in, of laat een onderdeel vallen"
        ),
        "plan.review-missing": (
            "item {1}: {2} reviews the agreements of an earlier meeting, but the item names no harvest; add \"review\": \"…/harvest.json\"",
            "onderdeel {1}: {2} bespreekt de afspraken van een eerdere bijeenkomst, maar het onderdeel noemt geen oogst; voeg \"review\": \"…/harvest.json\" toe"
        ),
    ]
}
