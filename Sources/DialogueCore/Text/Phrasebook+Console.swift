// The live console's own words: labels, messages and help, each with its Dutch. `{1}`, `{2}`
// stand for what the message names.
extension Phrasebook {
    /// The console's phrases by key.
    public static let console: [String: (en: String, nl: String)] = [
        "console.bare-word": (
            "Nothing recorded: commands start with '/'. Type {1} for the command, or {2} to record the word.",
            "Niets vastgelegd: opdrachten beginnen met '/'. Typ {1} voor de opdracht, of {2} om het woord vast te leggen."
        ),
        "console.unknown-command": (
            "Unknown command '/{1}'; nothing recorded.", "Onbekende opdracht '/{1}'; niets vastgelegd."
        ),
        "console.did-you-mean": ("Did you mean {1}?", "Bedoel je {1}?"),
        "console.takes-nothing": (
            "{1} takes nothing after it; type a note on its own line. Nothing recorded.",
            "Na {1} komt niets; typ een notitie op een eigen regel. Niets vastgelegd."
        ),
        "console.write": ("Write: {1}", "Schrijf: {1}"),
        "console.minutes-range": (
            "'{1}' is not a number of minutes from 1 to 60.", "'{1}' is geen aantal minuten van 1 tot 60."
        ),
        "console.not-a-number": ("'{1}' is not a number.", "'{1}' is geen getal."),
        "console.not-on-scale": ("{1} is not on the scale {2}: {3}.", "{1} staat niet op de schaal {2}: {3}."),
        "console.no-worry-scale": (
            "This step records no worry levels.", "In deze stap worden geen zorgniveaus vastgelegd."
        ),
        "console.no-score-scale": ("This step records no scores.", "In deze stap worden geen cijfers vastgelegd."),
        "console.no-items": (
            "There is nothing to score yet: record the points first (as notes in this step).",
            "Er is nog niets om een cijfer te geven: leg eerst de punten vast (als notities in deze stap)."
        ),
        "console.unknown-item": ("There is no item '{1}'. Items: {2}.", "Er is geen punt '{1}'. Punten: {2}."),
        "console.item-number": (
            "There is no item #{1}; items are #1 to #{2}.", "Er is geen punt #{1}; punten zijn #1 tot #{2}."
        ),
        "console.ambiguous-item": ("'{1}' fits several items: {2}.", "'{1}' past bij meerdere punten: {2}."),
        "console.no-themes": (
            "No theme has been brought in yet.", "Er is nog geen thema ingebracht."
        ),
        "console.unknown-theme": ("There is no theme '{1}'. Themes: {2}.", "Er is geen thema '{1}'. Thema's: {2}."),
        "console.theme-number": (
            "There is no theme #{1}; themes are #1 to #{2}.", "Er is geen thema #{1}; thema's zijn #1 tot #{2}."
        ),
        "console.ambiguous-theme": ("'{1}' fits several themes: {2}.", "'{1}' past bij meerdere thema's: {2}."),
        "console.unknown-name": ("'{1}' is not a participant.", "'{1}' is geen deelnemer."),
        "console.which-person": ("Whom do you mean by '{1}'?", "Wie bedoel je met '{1}'?"),
        "console.as-written": ("'{1}', as written (not a participant)", "'{1}', zoals geschreven (geen deelnemer)"),
        "console.script-cannot-choose": (
            "Nothing recorded: {1} Write the full name; put a name that is not a participant in quotes.",
            "Niets vastgelegd: {1} Schrijf de volledige naam; zet een naam van iemand die geen deelnemer is tussen aanhalingstekens."
        ),
        "console.agree-needs": (
            "An agreement needs who and what: {1}", "Een afspraak heeft wie en wat nodig: {1}"
        ),
        "console.agree-example": (
            "/agree Karin: call the school /with Mila /by 2026-12-17",
            "/afspraak Karin: de school bellen /met Mila /voor 17-12-2026"
        ),
        "console.not-a-date": (
            "'{1}' is not a date. Write 2026-12-17, 17-12-2026, today, tomorrow, next week or in 3 weeks.",
            "'{1}' is geen datum. Schrijf 17-12-2026, 2026-12-17, vandaag, morgen, volgende week of over 3 weken."
        ),
        "console.not-a-day": ("'{1}' is not a day of the calendar.", "'{1}' is geen dag van de kalender."),
        "console.date-past": ("{1} is before the meeting ({2}).", "{1} ligt voor de bijeenkomst ({2})."),
        "console.not-a-time": ("'{1}' is not a time such as 14:00.", "'{1}' is geen tijd zoals 14:00."),
        "console.no-record": ("There is no record #{1}.", "Er is geen vastlegging #{1}."),
        "console.edit-value": (
            "#{1} is a value; withdraw it (/withdraw {1}) and give it again.",
            "#{1} is een waarde; trek hem in (/intrekken {1}) en geef hem opnieuw."
        ),
        "console.which-point": (
            "Which point is this about? Type /on #N first ({1}).", "Over welk punt gaat dit? Typ eerst /over #N ({1})."
        ),
        "console.divide-move": (
            "“{1}” is with {2}; give it to {3} instead?", "“{1}” ligt bij {2}; aan {3} geven?"
        ),
        "console.nothing-to-undo": (
            "There is nothing in this step to undo (/back goes back a turn or a step).",
            "Er is in deze stap niets ongedaan te maken (/terug gaat een beurt of stap terug)."
        ),
        "console.unknown-status": (
            "'{1}' is not a status; write done, partly, not-done, changed or dropped.",
            "'{1}' is geen status; schrijf gedaan, deels, niet-gedaan, gewijzigd of vervallen."
        ),
        "console.no-review": (
            "There is no agreement {1} to review here.", "Er is hier geen afspraak {1} om te evalueren."
        ),
        "console.not-a-group": (
            "'{1}' is neither a participant nor a group of this turn.",
            "'{1}' is geen deelnemer en geen groep van deze beurt."
        ),
        "console.records-to": ("Records now go to {1}.", "Vastleggen nu op naam van {1}."),
        "console.records-default": ("Records go to the speaker again.", "Vastleggen weer op naam van de spreker."),
        "console.confirm-end": (
            "End the session and write the harvest? Nothing can be added afterwards. (y/n)",
            "De sessie beëindigen en de oogst schrijven? Daarna kan niets meer worden toegevoegd. (j/n)"
        ),
        "console.confirm-quit": (
            "Leave the console? The session stays open for 'dialogue resume'. (y/n)",
            "De console verlaten? De sessie blijft open voor 'dialogue resume'. (j/n)"
        ),
        "console.interrupt": (
            "Ctrl-C: leave the console? The session stays open for 'dialogue resume'. (y/n)",
            "Ctrl-C: de console verlaten? De sessie blijft open voor 'dialogue resume'. (j/n)"
        ),
        "console.left": (
            "Left the console; the session stays open. Continue with: dialogue resume {1}",
            "Console verlaten; de sessie blijft open. Ga verder met: dialogue resume {1}"
        ),
        "console.input-ended": (
            "Input ended; the session stays open. Continue with: dialogue resume {1}",
            "Invoer beëindigd; de sessie blijft open. Ga verder met: dialogue resume {1}"
        ),
        "console.not-recorded": ("Nothing recorded: {1}", "Niets vastgelegd: {1}"),
        "console.done.record": ("#{1} {2} recorded", "#{1} vastgelegd: {2}"),
        "console.done.for": ("for {1}", "voor {1}"),
        "console.done.turn": ("Turn {1}: {2}", "Beurt {1}: {2}"),
        "console.done.paused": ("Paused", "Gepauzeerd"),
        "console.done.resumed": ("Resumed", "Hervat"),
        "console.done.extended": ("Extended by {1} min", "Verlengd met {1} min"),
        "console.done.edited": ("#{1} edited", "#{1} gewijzigd"),
        "console.done.withdrawn": ("#{1} withdrawn", "#{1} ingetrokken"),
        "console.done.swapped": ("Roles swapped: {1}", "Rollen gewisseld: {1}"),
        "console.done.reviewed": ("Agreement {1}: {2}", "Afspraak {1}: {2}"),
        "console.done.follow-up": ("Follow-up meeting on {1}", "Vervolgbijeenkomst op {1}"),
        "console.done": ("Done", "Klaar"),
        "output.wrote": ("wrote {1}", "{1} geschreven"),
        "output.exists": (
            "{1}: the file exists; add --force to replace it",
            "{1}: het bestand bestaat al; voeg --force toe om het te vervangen"
        ),
        "output.in-session": (
            "{1}: this is inside a session folder ({2}); write the export somewhere else",
            "{1}: dit ligt in een sessiemap ({2}); schrijf de export ergens anders heen"
        ),
        "console.session-folder": ("Session folder: {1}", "Sessiemap: {1}"),
        "console.demo": (
            "Running the shipped example session ({1}). Type /help for commands.",
            "De meegeleverde voorbeeldsessie ({1}) loopt. Typ /hulp voor de opdrachten."
        ),
        "console.step-left": ("{1} left", "nog {1}"),
        "console.step-over": ("{1} over time", "{1} over tijd"),
        "console.turn-left": ("turn {1}", "beurt nog {1}"),
        "console.resumed": (
            "Resumed {1}: {2} events replayed.", "{1} hervat: {2} gebeurtenissen opnieuw afgespeeld."
        ),
        "console.harvest-written": ("Harvest written to {1}", "Oogst opgeslagen in {1}"),
        "console.share-with": (
            "Share it with: dialogue report {1} --format md|html|csv|ics [--anonymize]",
            "Maak er een verslag van om te delen: dialogue report {1} --format md|html|csv|ics [--anonymize]"
        ),
        "console.choose": ("Type a number, or Enter to cancel.", "Typ een nummer, of Enter om te annuleren."),
        "console.cancelled": ("Cancelled; nothing recorded.", "Geannuleerd; niets vastgelegd."),
        "console.left-in-step": ("left", "resterend"),
        "console.over-time": ("over time", "over tijd"),
        "console.paused": ("PAUSED", "GEPAUZEERD"),
        "console.turn": ("turn", "beurt"),
        "console.question": ("question", "vraag"),
        "console.now": ("Now", "Nu"),
        "console.next": ("next", "daarna"),
        "console.next-step": ("next step", "volgende stap"),
        "console.the-end": ("the end", "einde van de sessie"),
        "console.listening": ("Listening", "Luisteren"),
        "console.records": ("Records", "Aantekeningen"),
        "console.notes-go-to": ("Notes go to {1}", "Notities op naam van {1}"),
        "console.ahead": ("{1} ahead of plan", "{1} voor op schema"),
        "console.behind": ("{1} behind plan", "{1} achter op schema"),
        "console.on-plan": ("on plan", "op schema"),
        "console.ends-at": ("ends ≈{1} (planned {2})", "einde ≈{1} (gepland {2})"),
        "console.step": ("step", "stap"),
        "console.item": ("Item", "Onderdeel"),
        "console.groups-parallel": ("{1} groups in parallel", "{1} groepen tegelijk"),
        "console.more-groups": ("… and {1} more groups", "… en nog {1} groepen"),
        "console.not-started": (
            "{1} steps planned from {2}. Type /start to begin, /help for commands.",
            "{1} stappen gepland vanaf {2}. Typ /begin om te beginnen, /hulp voor de opdrachten."
        ),
        "console.ended": (
            "The session has ended: {1} records, {2} agreements.",
            "De sessie is afgelopen: {1} vastleggingen, {2} afspraken."
        ),
        "console.no-time": ("no time set", "geen tijd gepland"),
        "console.capture": ("Capture", "Vastleggen"),
        "console.swap-hint": ("Role swap: {1} — type /{2}", "Rolwisseling: {1} — typ /{2}"),
        "console.loop-hint": (
            "Loop: “{1}” — /{2} to go back, /{3} to go on",
            "Nog een ronde? “{1}” — /{2} voor nog een ronde, /{3} om door te gaan"
        ),
        "console.footer": (
            "/n next · /b back · /agree · /as NAME · /undo · /help",
            "/v volgende · /t terug · /afspraak · /als NAAM · /ongedaan · /hulp"
        ),
        "console.type-a-note": ("Type a note", "Typ een notitie"),
        "console.agenda": ("Agenda", "Agenda"),
        "console.listen.silent": ("in silence, without commenting", "in stilte, zonder commentaar"),
        "console.listen.no-interruption": ("without interrupting", "zonder te onderbreken"),
        "console.listen.reflecting": (
            "without being addressed or looked at", "zonder aangesproken of aangekeken te worden"
        ),
        "console.listen.open": ("open dialogue", "open dialoog"),
        "console.listen.questions-only": (
            "questions only, no ideas or objections of their own", "alleen vragen, geen eigen ideeën of tegenwerpingen"
        ),
        "console.people": ("{1} people", "{1} mensen"),
        "turn.speaks.one": ("{1} speaks", "{1} spreekt"),
        "turn.speaks.many": ("{1} speak", "{1} spreken"),
        "turn.listen.silent.one": ("{1} listens in silence", "{1} luistert in stilte"),
        "turn.listen.silent.many": ("{1} listen in silence", "{1} luisteren in stilte"),
        "turn.listen.no-interruption.one": ("{1} listens without interrupting", "{1} luistert zonder te onderbreken"),
        "turn.listen.no-interruption.many": ("{1} listen without interrupting", "{1} luisteren zonder te onderbreken"),
        "turn.listen.not-addressed.one": (
            "{1} listens without being addressed", "{1} luistert zonder aangesproken te worden"
        ),
        "turn.listen.not-addressed.many": (
            "{1} listen without being addressed", "{1} luisteren zonder aangesproken te worden"
        ),
        "turn.listen.questions-only.one": ("{1} only asks questions", "{1} stelt alleen vragen"),
        "turn.listen.questions-only.many": ("{1} only ask questions", "{1} stellen alleen vragen"),
        "turn.listen.open.one": ("{1} joins the open dialogue", "{1} doet mee aan het open gesprek"),
        "turn.listen.open.many": ("{1} join the open dialogue", "{1} doen mee aan het open gesprek"),
        "turn.takes-notes.one": ("{1} takes notes", "{1} maakt aantekeningen"),
        "turn.takes-notes.many": ("{1} take notes", "{1} maken aantekeningen"),
        "turn.hosts": ("{1} hosts the table", "{1} is gastvrouw of gastheer van de tafel"),
        "turn.reports-back": ("{1} reports back", "{1} brengt verslag uit"),
        "console.help-title": (
            "Type to record a note for the person speaking. Commands start with /:",
            "Typ om een notitie vast te leggen voor wie spreekt. Opdrachten beginnen met /:"
        ),
        "console.help.move": (
            "/start  /n next  /b back  /skip  /again (loop)  /swap (roles)",
            "/begin  /v volgende  /t terug  /overslaan  /opnieuw (lus)  /wissel (rollen)"
        ),
        "console.help.time": (
            "/p pause  /r resume  /+5 or /extend 5 (minutes)", "/pauze  /verder  /+5 of /verleng 5 (minuten)"
        ),
        "console.help.record": (
            "/idea TEXT  /concern TEXT  /worry LEVEL [NOTE]  /score VALUE #N|ITEM",
            "/idee TEKST  /zorg TEKST  /zorgniveau NIVEAU [NOTITIE]  /cijfer WAARDE #N|PUNT"
        ),
        "console.help.agree": (
            "/agree WHO: WHAT [/with NAMES] [/by DATE]", "/afspraak WIE: WAT [/met NAMEN] [/voor DATUM]"
        ),
        "console.help.who": (
            "/as NAME or GROUP (this turn)  /as (back to the speaker)",
            "/als NAAM of GROEP (deze beurt)  /als (terug naar de spreker)"
        ),
        "console.help.fix": (
            "/undo  /edit N TEXT  /withdraw N  //text (a note starting with /)",
            "/ongedaan  /wijzig N TEKST  /intrekken N  //tekst (notitie die met / begint)"
        ),
        "console.help.follow": (
            "/review N STATUS [NOTE]  /followup DATE [TIME] [NOTE]",
            "/evaluatie N STATUS [NOTITIE]  /vervolg DATUM [TIJD] [NOTITIE]"
        ),
        "console.help.points": (
            "/item TEXT  /reword #N TEXT  /on #N (about it)  /divide #N GROUP  /again #N",
            "/punt TEKST  /herformuleer #N TEKST  /over #N  /verdeel #N GROEP  /opnieuw #N"
        ),
        "console.group-word": ("GROUP", "GROEP"),
        "console.theme": ("Round {1}, theme: {2}", "Ronde {1}, thema: {2}"),
        "console.done.reworded": ("“{1}” now reads “{2}”", "“{1}” luidt nu “{2}”"),
        "console.done.item-added": ("“{1}” added to the list", "“{1}” toegevoegd aan de lijst"),
        "console.done.point": ("Records are now about: {1}", "Vastleggen nu bij punt: {1}"),
        "console.done.no-point": ("Records are about no point now", "Vastleggen nu bij geen enkel punt"),
        "console.done.divided": ("{2} works out: {1}", "{2} werkt uit: {1}"),
        "console.done.theme": ("Round {1} begins, theme: {2}", "Ronde {1} begint, thema: {2}"),
        "console.unknown-group": (
            "'{1}' is not a group of this turn ({2}).", "'{1}' is geen groep van deze beurt ({2})."
        ),
        "console.phones-close": ("close", "dicht"),
        "console.help.room": (
            "/phones [close]  participants write and grade on phones (--room-phones)",
            "/telefoons [dicht]  deelnemers schrijven en geven cijfers op hun telefoon"
        ),
        "console.done.phones-open": (
            "Phones are open for this step: participants write and score on the phone page",
            "Telefoons staan open voor deze stap: deelnemers schrijven en geven cijfers op de telefoonpagina"
        ),
        "console.done.phones-closed": ("Phones closed for this step", "Telefoons gesloten voor deze stap"),
        "console.help.console": (
            "/s status  /end (harvest)  /quit (resume later)  Ctrl-C asks, Ctrl-D leaves",
            "/stand  /einde (oogst)  /stop (later verder)  Ctrl-C vraagt, Ctrl-D verlaat"
        ),
    ]

    /// The console phrase `key` in `language`, with `{1}`, `{2}`, … replaced by `values`.
    public static func say(_ key: String, in language: String, _ values: String...) -> String {
        say(key, in: language, values)
    }

    /// ``say(_:in:_:)`` with the values as an array.
    public static func say(_ key: String, in language: String, _ values: [String]) -> String {
        guard
            let entry = console[key] ?? refusals[key] ?? descriptions[key] ?? room[key] ?? planning[key]
                ?? series[key]
        else {
            return key
        }
        var text = language == "nl" ? entry.nl : entry.en
        for (index, value) in values.enumerated() {
            text = text.replacingOccurrences(of: "{\(index + 1)}", with: value)
        }
        return text
    }
}
