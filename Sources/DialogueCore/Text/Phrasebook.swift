/// Every word and label DialogueKit itself puts before people (run sheets, harvests, turn
/// labels), with its Dutch: the one catalogue of the engine's own texts. A method's texts come
/// from its spec; these are the engine's. A test checks that every phrase has both languages
/// and that every phrase the code asks for is here.
public enum Phrasebook {
    /// The languages every phrase is given in.
    public static let languages = ["en", "nl"]

    /// `english` in `language`: the Dutch for "nl", the English itself otherwise and for a
    /// phrase the book does not hold.
    public static func text(_ english: String, in language: String) -> String {
        if let entry = keyed[english] { return language == "nl" ? entry.nl : entry.en }
        return language == "nl" ? (dutch[english] ?? english) : english
    }

    /// Phrases whose English alone would be ambiguous, named by a key: "Time" is a run
    /// sheet's column (Tijd) and a dialogical space (Ruimte in de tijd).
    public static let keyed: [String: (en: String, nl: String)] = [
        "space.physical": ("Physical", "Fysieke ruimte"),
        "space.time": ("Time", "Ruimte in de tijd"),
        "space.social": ("Social", "Sociale ruimte"),
        "space.mental": ("Mental", "Mentale ruimte"),
        "space.discursive": ("Discursive", "Discursieve ruimte"),
        "score.item": ("Item", "Punt"),
        "score.rank": ("Rank", "Plaats"),
        "score.count": ("n", "Aantal"),
        "score.range": ("Min–max", "Bereik"),
        "kind.note": ("note", "notitie"),
        "kind.idea": ("idea", "idee"),
        "kind.concern": ("concern", "zorg"),
        "kind.worry-level": ("worry level", "zorgniveau"),
        "kind.score": ("score", "cijfer"),
        "kind.agreement": ("agreement", "afspraak"),
        "agreement.open": ("open", "open"),
        "agreement.done": ("done", "gedaan"),
        "agreement.partly": ("partly", "deels gedaan"),
        "agreement.not-done": ("not-done", "niet gedaan"),
        "agreement.changed": ("changed", "gewijzigd"),
        "agreement.dropped": ("dropped", "vervallen"),
    ]

    /// The built-in step kinds in Dutch, by id (in English the id is the name).
    public static let stepKinds: [String: String] = [
        "agreement-review": "afspraken nalopen", "agreements": "afspraken", "break": "pauze", "free": "vrij onderdeel",
        "interview": "interview",
        "pairs": "tweetallen", "plenary": "plenair", "reflecting-talk": "reflecterend gesprek",
        "reflection": "reflectie", "report-back": "terugkoppeling", "review": "terugblik",
        "role-swap": "rollen wisselen", "round": "rondje", "scoring": "cijfers geven",
        "silent-writing": "stil schrijven", "subgroups": "subgroepen", "table-rotation": "tafelwisseling",
        "worry-scale": "zorgschaal",
        // The shipped plugins' own kinds.
        "future-recall": "terugblik vanuit de toekomst", "perspective-interview": "interview per perspectief",
    ]

    /// A step kind as people read it in `language`: the id in English, its Dutch name in Dutch
    /// (a plugin's own kind keeps its id).
    public static func stepKind(_ kind: String, in language: String) -> String {
        language == "nl" ? stepKinds[kind] ?? kind : kind
    }

    /// Each English phrase with its Dutch.
    public static let dutch: [String: String] = [
        "Plenary": "Plenair",
        "Everyone": "Iedereen",
        "Table": "Tafel",
        "Pair": "Tweetal",
        "Triad": "Drietal",
        "Group": "Groep",
        "Round": "Ronde",
        "Turn": "Beurt",
        "Report": "Rapportage",
        "Subgroups": "Subgroepen",
        "Writing in silence": "In stilte schrijven",
        "Swap roles": "Rollen wisselen",
        "Break": "Pauze",
        "First speaker": "Eerste spreker",
        "Swap: speaker": "Wissel: spreker",
        "Interviews in groups": "Interviews in groepen",
        "Reflecting in groups": "Reflecteren in groepen",
        "in the middle": "in het midden",
        "listening groups reflect": "luisterende groepen reflecteren",
        "reflects": "reflecteert",
        "Review of the agreements": "Terugblik op de afspraken",
        "Notes": "Notities",
        "Ideas": "Ideeën",
        "Concerns": "Zorgen",
        "Worry level": "Zorgniveau",
        "Scores": "Cijfers",
        "Agreements": "Afspraken",
        "Dialogical spaces": "Dialogische ruimtes",
        "Materials": "Materialen",
        "Welcome": "Welkom",
        "My dialogue session": "Mijn dialoogsessie",
        "My dialogue series": "Mijn dialoogreeks",
        "Aim and occasion of the meeting.": "Doel en aanleiding van de bijeenkomst.",
        "Closing": "Afsluiting",
        "Chairs in a circle.": "Stoelen in een kring.",
        "Median": "Mediaan",
        "What was said and recorded": "Wat er is gezegd en vastgelegd",
        "Warnings": "Waarschuwingen",
        "budget": "budget",
        "people": "deelnemers",
        "before": "vooraf",
        "after": "achteraf",
        "shortened to its minimum": "ingekort tot het minimum",
        "Roles": "Rollen",
        "to": "aan",
        "Capture": "Vastleggen",
        "private": "privé",
        "Anonymized meeting": "Geanonimiseerde bijeenkomst",
        "Organisation": "Organisatie",
        "Facilitator's copy: it holds private records. Do not share it.":
            "Exemplaar van de facilitator: het bevat privévastleggingen. Deel het niet.",
        "Role swap": "Rolwisseling",
        "Groups": "Groepen",
        "the fewest possible": "het minst mogelijke",
        "Time line": "Tijdlijn",
        "Time": "Tijd",
        "Item": "Onderdeel",
        "Duration": "Duur",
        "others listen in silence": "anderen luisteren in stilte",
        "others listen without interrupting": "anderen luisteren zonder te onderbreken",
        "listens without being addressed": "luistert zonder aangesproken te worden",
        "open dialogue": "open gesprek",
        "others only ask questions": "anderen stellen alleen vragen",
        "done": "gedaan",
        "skipped": "overgeslagen",
        "extended": "verlengd",
        "unfinished": "niet afgerond",
        "not held": "niet gehouden",
        "edited": "bewerkt",
        "Who": "Wie",
        "What": "Wat",
        "With whom": "Met wie",
        "By when": "Wanneer",
        "Status": "Status",
        "History": "Geschiedenis",
        "Stage": "Fase",
        "Date": "Datum",
        "Type": "Soort",
        "Question": "Vraag",
        "Value": "Waarde",
        "No agreements.": "Geen afspraken.",
        "Follow-up meeting": "Vervolgbijeenkomst",
        "Time: planned and actual": "Tijd: gepland en werkelijk",
        "Step": "Stap",
        "Planned": "Gepland",
        "Actual": "Werkelijk",
        "Mean": "Gemiddelde",
        "Spread": "Spreiding (SD)",
        "Made in": "Gemaakt in",
        "Follow-up: ": "Vervolgbijeenkomst: ",
        "With: ": "Met: ",
        "Point": "Punt",
        "Points": "Punten",
        "round": "ronde",
        "reworded from": "oorspronkelijk",
        "added in the meeting": "toegevoegd tijdens de bijeenkomst",
        "Theme": "Thema",
        "Themes": "Thema's",
    ]
}
