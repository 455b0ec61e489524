// The room's own words: the projector, the note-taker's screen and the phones, and what the
// console says about them, each with its Dutch. `{1}`, `{2}` stand for what is filled in.
extension Phrasebook {
    /// The room's phrases by key.
    public static let room: [String: (en: String, nl: String)] = [
        "room.starts": ("The dialogue starts at {1}.", "De dialoog begint om {1}."),
        "room.not-started": ("The dialogue has not started yet.", "De dialoog is nog niet begonnen."),
        "room.ended": ("Thank you: the dialogue has ended.", "Dank je wel: de dialoog is afgelopen."),
        "room.preparation": (
            "Preparation: nothing of this step is shown in the room.",
            "Voorbereiding: van deze stap wordt niets in de zaal getoond."
        ),
        "room.everyone": ("Everyone", "Iedereen"),
        "room.host": ("Host:", "Gastheer of gastvrouw:"),
        "room.graded": ("{1} grades", "{1} cijfers"),
        "room.with": ("with {1}", "met {1}"),
        "room.by": ("by {1}", "uiterlijk {1}"),
        "room.phones-sent": ("{1} of {2} have sent something", "{1} van {2} hebben iets gestuurd"),
        "room.phones-loopback": (
            "This address works on this computer only: start with --room-address to reach phones on the network.",
            "Dit adres werkt alleen op deze computer: start met --room-address om telefoons in het netwerk te bereiken."
        ),
        "room.no-sheets": ("No public notes yet.", "Nog geen openbare notities."),
        "room.no-notes": ("No public notes in this step yet.", "Nog geen openbare notities in deze stap."),
        "room.edit": ("edit", "wijzig"),
        "room.withdraw": ("withdraw", "intrekken"),
        "room.edit-note": ("Note #{1}", "Notitie #{1}"),
        "room.save": ("Save", "Opslaan"),
        "room.cancel": ("Cancel", "Annuleren"),
        "room.person": ("Whose words", "Van wie"),
        "room.question": ("Question", "Vraag"),
        "room.note": ("Note for the flip chart", "Notitie voor de flap"),
        "room.record": ("Record", "Vastleggen"),
        "room.phone-wait": (
            "Nothing to do on your phone now: look at the big screen.",
            "Op je telefoon is nu niets te doen: kijk naar het grote scherm."
        ),
        "room.one-point": ("One point", "Eén punt"),
        "room.send": ("Send", "Versturen"),
        "room.points-limit": (
            "You have sent {1} points, the most for one step.",
            "Je hebt {1} punten gestuurd, het maximum voor één stap."
        ),
        "room.your-points": ("Your points ({1})", "Jouw punten ({1})"),
        "room.nothing-to-grade": ("There is nothing to grade yet.", "Er is nog niets om een cijfer te geven."),
        "room.your-grade": ("Your grade: {1}", "Jouw cijfer: {1}"),
        "room.pick-name": ("Who are you?", "Wie ben je?"),
        "room.name-taken": (
            "{1} has been picked already. Ask the facilitator for your own link.",
            "{1} is al gekozen. Vraag de gespreksleider om je eigen link."
        ),
        "room.name-picked": ("{1} picked their name on a phone", "{1} koos de eigen naam op een telefoon"),
        "room.no-such-record": (
            "There is no such note on the flip chart.", "Die notitie staat niet op de flap."
        ),
        "room.not-yours": ("Only your own points of this step.", "Alleen je eigen punten van deze stap."),
        "room.empty": ("Nothing written; nothing recorded.", "Niets geschreven; niets vastgelegd."),
        "room.too-long": ("Longer than {1} characters; nothing recorded.", "Langer dan {1} tekens; niets vastgelegd."),
        "room.unknown-person": ("'{1}' is not a participant.", "'{1}' is geen deelnemer."),
        "room.unknown-action": ("Unknown action; nothing recorded.", "Onbekende handeling; niets vastgelegd."),
        "room.phones-closed": (
            "The phones are closed for this step.", "De telefoons zijn gesloten voor deze stap."
        ),
        "room.no-such-item": ("There is no such point to grade.", "Dat punt bestaat niet."),
        "room.not-a-grade": ("That is not a grade.", "Dat is geen cijfer."),
        "room.console-url": ("Room (projector): {1}", "Zaal (projector): {1}"),
        "room.console-notes": ("Note-taker's screen: {1}", "Scherm voor de notulist: {1}"),
        "room.console-phones": (
            "Phones: {1} (each person's own link is in {2})", "Telefoons: {1} (ieders eigen link staat in {2})"
        ),
        "room.console-network": (
            "warning: the room is open to the local network at {1}: anyone there with a link can see the public notes.",
            "let op: de zaal is open voor het lokale netwerk op {1}: iedereen daar met een link ziet de openbare notities."
        ),
        "room.console-port-moved": (
            "The room's port {1} is taken; it is now on port {2}: open the new links on every screen.",
            "Poort {1} van de zaal is bezet; de zaal staat nu op poort {2}: open de nieuwe links op elk scherm."
        ),
        "room.console-status": (
            "Room: projector screens {1} · note-taker {2} · phones {3} · {4}",
            "Zaal: projectieschermen {1} · notulist {2} · telefoons {3} · {4}"
        ),
        "room.from-notes": ("from the note-taker", "van de notulist"),
        "room.from-phone": ("from {1}'s phone", "van de telefoon van {1}"),
    ]
}
