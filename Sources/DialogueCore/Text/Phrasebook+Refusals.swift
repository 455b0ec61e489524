// Why the session refuses an event, each with its Dutch: what the reducer says when a
// command does not fit the state. `{1}`, `{2}` stand for what the message names.
extension Phrasebook {
    /// The session's refusals and their hints by key.
    public static let refusals: [String: (en: String, nl: String)] = [
        "refusal.no-phone-input": (
            "phones write only in a step of silent writing or scoring",
            "telefoons schrijven alleen in een stap van stil schrijven of cijfers geven"
        ),
        "refusal.no-phone-input.hint": (
            "open them with /phones in a step where everyone writes in silence or gives scores",
            "open ze met /telefoons in een stap waarin iedereen in stilte schrijft of cijfers geeft"
        ),
        "refusal.unknown-prompt": (
            "'{1}' is not a question of this turn", "'{1}' is geen vraag van deze beurt"
        ),
        "refusal.ended": ("the session has ended", "de sessie is afgesloten"),
        "refusal.ended.hint": ("see the harvest with 'dialogue report'", "bekijk de oogst met 'dialogue report'"),
        "refusal.already-started": ("the session has already started", "de sessie is al begonnen"),
        "refusal.no-steps": ("the plan has no steps in the meeting", "het plan heeft geen stappen in de bijeenkomst"),
        "refusal.not-started": ("the session has not started", "de sessie is nog niet begonnen"),
        "refusal.not-started.hint": ("type /start", "typ /begin"),
        "refusal.no-current-step": ("there is no current step", "er is geen huidige stap"),
        "refusal.not-a-date": ("'{1}' is not a date", "'{1}' is geen datum"),
        "refusal.not-a-date.hint": ("write YYYY-MM-DD", "schrijf JJJJ-MM-DD"),
        "refusal.not-a-time": ("'{1}' is not a time", "'{1}' is geen tijd"),
        "refusal.not-a-time.hint": ("write HH:MM", "schrijf UU:MM"),
        "refusal.first-step": ("this is the first step", "dit is de eerste stap"),
        "refusal.no-loop": ("this step has no loop", "deze stap heeft geen herhaling"),
        "refusal.no-capture": ("this step records nothing as '{1}'", "deze stap legt niets vast als '{1}'"),
        "refusal.no-capture.hint": (
            "type /help for what this step records", "typ /hulp voor wat deze stap vastlegt"
        ),
        "refusal.no-item-list": ("this step has no list of points", "deze stap heeft geen lijst met punten"),
        "refusal.no-item-list.hint": (
            "points are added and reworded in a step that scores them or works them out",
            "punten voeg je toe en herformuleer je in een stap die ze een cijfer geeft of uitwerkt"
        ),
        "refusal.item-listed": ("'{1}' is already on the list", "'{1}' staat al op de lijst"),
        "refusal.no-item": ("'{1}' is not on this step's list", "'{1}' staat niet op de lijst van deze stap"),
        "refusal.item-scored": (
            "'{1}' already has {2} score(s); its words stay as they were scored",
            "'{1}' heeft al {2} cijfer(s); de tekst blijft zoals hij een cijfer kreeg"
        ),
        "refusal.item-scored.hint": (
            "reword points before they are scored, or add the new wording with /item",
            "herformuleer punten voordat ze een cijfer krijgen, of voeg de nieuwe tekst toe met /punt"
        ),
        "refusal.no-division": (
            "this step does not divide its points over groups",
            "in deze stap worden de punten niet over groepen verdeeld"
        ),
        "refusal.no-division.hint": (
            "a method divides points in a step whose grouping has \"divideItems\": true",
            "een methode verdeelt punten in een stap met \"divideItems\": true in de groepsindeling"
        ),
        "refusal.theme-without-again": (
            "a theme is chosen only when the loop goes round again",
            "een thema kies je alleen als de lus nog een ronde maakt"
        ),
        "refusal.no-theme": ("'{1}' is not one of the themes", "'{1}' is geen van de thema's"),
        "refusal.theme-done": ("'{1}' has been discussed already", "'{1}' is al besproken"),
        "refusal.themes-done.one": ("the one theme has been discussed", "het enige thema is besproken"),
        "refusal.themes-done.one.hint": (
            "type /next to go on, or bring in another theme first",
            "typ /volgende om verder te gaan, of breng eerst een nieuw thema in"
        ),
        "refusal.themes-done": (
            "all {1} themes have been discussed", "alle {1} thema's zijn besproken"
        ),
        "refusal.themes-done.hint": (
            "type /next to go on, or bring in another theme first",
            "typ /volgende om verder te gaan, of breng eerst een nieuw thema in"
        ),
        "refusal.loop-maximum": (
            "the loop was taken {1} times, its maximum", "de lus is {1} keer genomen, het maximum"
        ),
        "refusal.loop-maximum.hint": ("type /next to go on", "typ /volgende om verder te gaan"),
        "refusal.loop-outside": (
            "the loop goes back to a step outside the meeting",
            "de lus gaat terug naar een stap buiten de bijeenkomst"
        ),
        "refusal.last-step": ("this is the last step", "dit is de laatste stap"),
        "refusal.last-step.hint": ("type /end to close the session", "typ /einde om de sessie af te sluiten"),
        "refusal.not-paused": ("the session is not paused", "de sessie is niet gepauzeerd"),
        "refusal.paused": ("the session is paused", "de sessie is gepauzeerd"),
        "refusal.paused.hint": ("type /resume", "typ /verder"),
        "refusal.extend-range": ("extend by 1 to 60 minutes", "verleng met 1 tot 60 minuten"),
        "refusal.no-worry": (
            "this step does not record worry levels", "in deze stap worden geen zorgniveaus vastgelegd"
        ),
        "refusal.worry-off-scale": ("{1} is not on the scale {2}", "{1} staat niet op de schaal {2}"),
        "refusal.no-scores": ("this step does not record scores", "in deze stap worden geen cijfers vastgelegd"),
        "refusal.score-off-scale": (
            "{1} is outside the scale {2} ({3}–{4})", "{1} valt buiten de schaal {2} ({3}–{4})"
        ),
        "refusal.name-item": ("name the item that is scored", "noem het punt dat een cijfer krijgt"),
        "refusal.already-scored": ("{1} already scored '{2}'", "{1} gaf '{2}' al een cijfer"),
        "refusal.already-scored.hint": ("withdraw the earlier score first", "trek eerst het eerdere cijfer in"),
        "refusal.no-agreements": (
            "this step does not record agreements", "in deze stap worden geen afspraken vastgelegd"
        ),
        "refusal.no-agreements.note": ("record it as a note", "leg het vast als notitie"),
        "refusal.no-agreements.steps": ("agreements are made in: {1}", "afspraken worden gemaakt in: {1}"),
        "refusal.agreement-needs": ("an agreement needs who and what", "een afspraak heeft wie en wat nodig"),
        "refusal.agreement-needs.hint": ("/agree Ann: call the school", "/afspraak Ann: de school bellen"),
        "refusal.agreement-date.hint": (
            "write YYYY-MM-DD or words such as 'next week'", "schrijf JJJJ-MM-DD of woorden zoals 'volgende week'"
        ),
        "refusal.no-record": ("there is no record #{1}", "er is geen vastlegging #{1}"),
        "refusal.empty-text": ("the new text is empty", "de nieuwe tekst is leeg"),
        "refusal.nothing-to-record": ("there is nothing to record", "er is niets om vast te leggen"),
        "refusal.review-item": (
            "agreements are reviewed in a review item or in a follow-up meeting's review turns",
            "afspraken worden nagelopen in een evaluatie-onderdeel of in de beurten van een vervolgbijeenkomst"
        ),
        "refusal.review-item.hint": (
            "add {\"type\": \"review\", \"harvest\": …} to the agenda, or use good-future-follow-up with \"review\": …",
            "voeg {\"type\": \"review\", \"harvest\": …} toe aan de agenda, of gebruik good-future-follow-up met \"review\": …"
        ),
        "refusal.no-review": ("there is no agreement '{1}' to review", "er is geen afspraak '{1}' om te evalueren"),
        "refusal.no-review.hint": ("open agreements: {1}", "open afspraken: {1}"),
        "refusal.review-status": (
            "give a status: done, partly, not-done, changed or dropped",
            "geef een stand: gedaan, deels, niet-gedaan, gewijzigd of vervallen"
        ),
        "refusal.no-swaps": ("this step swaps no roles", "in deze stap wisselen geen rollen"),
        "refusal.nobody-swaps": (
            "nobody holds the roles this step swaps ({1})", "niemand heeft de rollen die deze stap wisselt ({1})"
        ),
        "refusal.not-a-participant": ("'{1}' is not a participant", "'{1}' is geen deelnemer"),
        "refusal.not-a-group": ("'{1}' is not a group of this turn", "'{1}' is geen groep in deze beurt"),
        "refusal.one-circle": ("this turn has one circle", "deze beurt heeft één kring"),
        "refusal.list": ("{1}", "{1}"),
    ]
}
