extension Phrasebook {
    /// What a series report and `dialogue series` say, in English and Dutch, with `{1}`, `{2}`,
    /// … for values.
    static let series: [String: (en: String, nl: String)] = [
        "series.waiting.one": (
            "meeting {1} has no session yet, so there is nothing to take from it",
            "bijeenkomst {1} heeft nog geen sessie, dus er is nog niets uit mee te nemen"
        ),
        "series.waiting": (
            "meetings {1} have no session yet, so there is nothing to take from them",
            "bijeenkomsten {1} hebben nog geen sessie, dus er is nog niets uit mee te nemen"
        ),
        "series.waiting.hint": (
            "hold it first: dialogue series run {1} {2}", "houd die eerst: dialogue series run {1} {2}"
        ),
        "series.failed.one": ("1 meeting of the series does not plan", "1 bijeenkomst van de reeks is niet te plannen"),
        "series.failed": (
            "{1} meetings of the series do not plan", "{1} bijeenkomsten van de reeks zijn niet te plannen"
        ),
        "series.cannot-plan.one": (
            "cannot plan meeting '{1}': 1 problem", "kan bijeenkomst '{1}' niet plannen: 1 probleem"
        ),
        "series.cannot-plan": (
            "cannot plan meeting '{1}': {2} problems", "kan bijeenkomst '{1}' niet plannen: {2} problemen"
        ),
        "series.heading": ("{1} — the harvest so far", "{1} — de oogst tot nu toe"),
        "series.progress": ("{1} of {2} meetings held", "{1} van de {2} bijeenkomsten gehouden"),
        "series.stage": ("Stage {1}: {2}", "Fase {1}: {2}"),
        "series.stages": ("Stages and meetings", "Fasen en bijeenkomsten"),
        "series.themes": ("Themes", "Thema's"),
        "series.theme": ("Theme: {1}", "Thema: {1}"),
        "series.ledger": ("Agreement ledger", "Overzicht van afspraken"),
        "series.no-agreements": ("No agreements yet.", "Nog geen afspraken."),
        "series.follow-ups": ("Follow-up meetings", "Vervolgbijeenkomsten"),
        "series.status.planned": ("planned", "gepland"),
        "series.status.running": ("in progress", "bezig"),
        "series.status.held": ("held", "gehouden"),
        "series.no-records": ("Nothing recorded yet.", "Nog niets vastgelegd."),
        "series.takes": ("Takes from earlier meetings", "Neemt mee uit eerdere bijeenkomsten"),
        "series.input": ("{1} from {2}, into item {3}", "{1} uit {2}, naar onderdeel {3}"),
        "series.input.count": ("{1} carried", "{1} meegenomen"),
        "series.input.waiting": ("waits for those meetings", "wacht op die bijeenkomsten"),
        "series.take.ideas": ("ideas", "ideeën"),
        "series.take.notes": ("notes", "notities"),
        "series.take.concerns": ("concerns", "zorgen"),
        "series.take.points": ("scored points, best first", "punten met cijfers, hoogste eerst"),
        "series.take.group-results": ("small-group results", "resultaten van de kleine groepen"),
        "series.take.open-agreements": ("open agreements", "openstaande afspraken"),
        "series.made-in": ("Made in", "Gemaakt in"),
        "series.meeting": ("Meeting", "Bijeenkomst"),
        "series.meetings-count": ("{1} meetings", "{1} bijeenkomsten"),
        "series.records-count": ("{1} records", "{1} vastleggingen"),
        "series.agreements-count": ("{1} agreements made, {2} reviewed", "{1} afspraken gemaakt, {2} nagelopen"),
        "series.follow-up": ("Follow-up of {1}", "Vervolg op {1}"),
        "series.nothing-for-calendar": (
            "there is nothing for a calendar: no meeting has a date",
            "er is niets voor een agenda: geen bijeenkomst heeft een datum"
        ),
        "series.items-count": ("{1} items", "{1} onderdelen"),
        "series.does-not-plan": ("does not plan (see above)", "laat zich niet plannen (zie hierboven)"),
        "series.next": ("Next: {1}", "Volgende: {1}"),
        "series.done": ("Every meeting has been held.", "Alle bijeenkomsten zijn gehouden."),
        "series.open-agreements": ("{1} open agreements", "{1} openstaande afspraken"),
    ]
}
