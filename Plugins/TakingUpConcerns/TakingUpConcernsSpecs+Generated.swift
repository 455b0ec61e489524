// swift-format-ignore-file
// GENERATED FILE. DO NOT EDIT! Run 'swift run dialogue-dev embed-specs'.
import DialogueSpec

extension TakingUpConcernsPlugin {
    /// The JSON specs of this folder, compiled in.
    static let embeddedSpecs: [EmbeddedSpec] = [
        EmbeddedSpec(file: "concern-of-leadership.json", json: #"""
{
  "schemaVersion": 1,
  "id": "concern-of-leadership",
  "version": "1.0.0",
  "name": {"en": "The concern of leadership", "nl": "De zorg van het leiderschap"},
  "summary": {
    "en": "A 20-minute group exercise on communication between teams: a director voices concerns, the three levels discuss, the plenary reflects; then observers take over the roles and it runs again.",
    "nl": "Een groepsoefening van 20 minuten over communicatie tussen teams: een directeur uit zijn of haar zorgen, de drie niveaus gaan met elkaar in gesprek en de hele groep reflecteert plenair; daarna nemen de waarnemers de rollen over en volgt een tweede ronde."
  },
  "purpose": {
    "en": "Strengthen communication between teams across directors, middle managers and operational teams.",
    "nl": "De communicatie tussen teams versterken: tussen directeuren, middenmanagement en operationele teams."
  },
  "languages": ["en", "nl"],
  "sources": [
    {"id": "H", "citation": {"en": "Dialogical-Work Erasmus+ handbook, Dutch edition: Santa Casa da Misericórdia da Amadora case, 'De zorg van het leiderschap' (from 'the teacher's concern')", "nl": "Handboek Dialogical-Work (Erasmus+), Nederlandse editie: casus Santa Casa da Misericórdia da Amadora, 'De zorg van het leiderschap' (naar 'de zorg van de leraar')"}}
  ],
  "provenance": {"basis": "source", "sources": ["H"], "note": {"en": "Derived by SCMA from 'the teacher's concern'; timings as in the handbook.", "nl": "Door SCMA afgeleid van 'de zorg van de leraar'; tijden zoals in het handboek."}},
  "participants": {"min": 4, "max": 40},
  "roles": [
    {"id": "director", "name": {"en": "Director", "nl": "Directeur"}, "count": {"min": 1}, "attributes": ["director"]},
    {"id": "middle-manager", "name": {"en": "Middle manager", "nl": "Middenmanager"}, "count": {"min": 1}, "attributes": ["manager"]},
    {"id": "operational", "name": {"en": "Operational team member", "nl": "Lid operationeel team"}, "count": {"min": 1}, "attributes": ["operational"]},
    {"id": "observer", "name": {"en": "Observer", "nl": "Waarnemer"}, "description": {"en": "Observes part I in silence and gives feedback in the plenary; takes over the earlier roles in part II.", "nl": "Neemt deel I in stilte waar en geeft feedback in het plenaire deel; neemt in deel II de eerdere rollen over."}, "count": {"min": 1}, "attributes": ["observer"]},
    {"id": "note-taker", "name": {"en": "Note-taker", "nl": "Notulist"}, "description": {"en": "Every session has someone taking notes of contributions, comments and suggestions.", "nl": "In elke sessie is er iemand die aantekeningen maakt van de bijdragen, opmerkingen en suggesties."}, "count": {"min": 1, "max": 1}, "constraints": ["does-not-speak"], "attributes": ["staff"]}
  ],
  "roleGroups": [
    {"id": "levels", "name": {"en": "Directors, middle managers and operational teams", "nl": "Directeuren, middenmanagement en operationele teams"}, "roles": ["director", "middle-manager", "operational"], "required": true},
    {"id": "observers", "name": {"en": "Observers", "nl": "Waarnemers"}, "roles": ["observer"], "required": true}
  ],
  "groundRules": [
    {"en": "Active listening and respect for each other's time.", "nl": "Actief luisteren, met respect voor elkaars tijd."}
  ],
  "spaces": {
    "physical": {"en": "Chairs in a circle in the middle of the room, close together, so eye contact is possible.", "nl": "Stoelen in een cirkel in het midden van de ruimte, dicht bij elkaar, zodat oogcontact mogelijk is."},
    "time": {"en": "20 minutes of group dynamics: 10 minutes for each part.", "nl": "20 minuten groepsdynamiek: 10 minuten voor elk deel."},
    "social": {"en": "All professionals of the three areas present, with assigned roles.", "nl": "Alle professionals uit de drie gebieden zijn aanwezig, met toegewezen rollen."},
    "mental": {"en": "Availability for active listening, with respect for each other's time.", "nl": "Beschikbaarheid voor actief luisteren, met respect voor elkaars tijd."},
    "discursive": {"en": "Part II and feedback from the observers.", "nl": "Deel II en feedback van waarnemers."}
  },
  "phases": [
    {
      "id": "part-1",
      "name": {"en": "Part I", "nl": "Deel I"},
      "steps": [
        {"id": "voice-concerns", "name": {"en": "The director voices concerns", "nl": "De directeur uit zijn of haar zorgen"}, "kind": "plenary", "duration": {"default": 2, "min": 2, "max": 2},
         "speakers": ["director"], "addressed": ["levels"], "listeners": {"who": ["others"], "mode": "no-interruption"}, "recorder": ["note-taker"],
         "prompts": [{"id": "concern", "text": {"en": "What concerns you about the communication between teams?", "nl": "Wat baart je zorgen in de communicatie tussen teams?"}, "provenance": {"basis": "adaptation", "sources": ["H"], "note": {"en": "The handbook gives the time, not the question wording.", "nl": "Het handboek geeft de tijd, niet de formulering van de vraag."}}}],
         "captures": [{"id": "leadership-concerns", "type": "concern", "per": "person"}]},
        {"id": "discuss", "name": {"en": "Discussion between the three levels", "nl": "Discussie tussen de drie niveaus"}, "kind": "plenary", "duration": {"default": 4, "min": 4, "max": 4},
         "speakers": ["levels"], "addressed": ["levels"], "listeners": {"who": ["observers"], "mode": "silent"}, "recorder": ["note-taker"],
         "captures": [{"id": "discussion-notes", "type": "note", "per": "step"}]},
        {"id": "plenary-1", "name": {"en": "Plenary", "nl": "Plenair"}, "kind": "plenary", "duration": {"default": 4, "min": 4, "max": 4},
         "speakers": ["levels", "observers"], "addressed": ["all"], "listeners": {"who": ["others"], "mode": "open"}, "recorder": ["note-taker"],
         "captures": [{"id": "observer-feedback", "type": "note", "per": "person"}]}
      ]
    },
    {
      "id": "part-2",
      "name": {"en": "Part II", "nl": "Deel II"},
      "steps": [
        {"id": "swap", "name": {"en": "Roles swap: observers take over the earlier roles", "nl": "Rolwisseling: de waarnemers nemen de eerdere rollen over"}, "kind": "role-swap", "duration": {"default": 0, "min": 0, "max": 0},
         "swap": [{"between": ["observer", "director"]}, {"between": ["observer", "middle-manager"]}, {"between": ["observer", "operational"]}],
         "provenance": {"basis": "source", "sources": ["H"], "note": {"en": "The observers take over the earlier roles: the director's first, then the middle managers', then the operational teams', one person each; whoever they replace observes part II.", "nl": "De waarnemers nemen de eerdere rollen over: eerst die van de directeur, dan die van het middenmanagement, dan die van de operationele teams, één persoon per rol; wie zij vervangen neemt deel II waar."}}},
        {"id": "ask-for-help", "name": {"en": "Directors voice concerns and ask for help", "nl": "Directeuren uiten hun zorgen en vragen om hulp"}, "kind": "plenary", "duration": {"default": 2, "min": 2, "max": 2},
         "speakers": ["director"], "addressed": ["levels"], "listeners": {"who": ["others"], "mode": "no-interruption"}, "recorder": ["note-taker"],
         "prompts": [{"id": "help", "text": {"en": "What concerns you, and what help do you ask for?", "nl": "Wat baart je zorgen, en om welke hulp vraag je?"}, "provenance": {"basis": "adaptation", "sources": ["H"]}}],
         "captures": [{"id": "requests-for-help", "type": "concern", "per": "person"}]},
        {"id": "discuss-2", "name": {"en": "Discussion between the three levels", "nl": "Discussie tussen de drie niveaus"}, "kind": "plenary", "duration": {"default": 4, "min": 4, "max": 4},
         "speakers": ["levels"], "addressed": ["levels"], "listeners": {"who": ["observers"], "mode": "silent"}, "recorder": ["note-taker"],
         "captures": [{"id": "discussion-notes-2", "type": "note", "per": "step"}]},
        {"id": "plenary-2", "name": {"en": "Plenary and feedback", "nl": "Plenair en feedback"}, "kind": "plenary", "duration": {"default": 4, "min": 4, "max": 4},
         "speakers": ["levels", "observers"], "addressed": ["all"], "listeners": {"who": ["others"], "mode": "open"}, "recorder": ["note-taker"],
         "prompts": [{"id": "improve", "text": {"en": "How can we improve the communication between teams and the relationship with users and relatives?", "nl": "Hoe kunnen we de communicatie tussen teams en de relatie met gebruikers en familieleden verbeteren?"}, "provenance": {"basis": "source", "sources": ["H"]}}],
         "captures": [{"id": "feedback", "type": "idea", "per": "person"}]}
      ]
    }
  ]
}
"""#),
        EmbeddedSpec(file: "concerns-of-users-and-relatives.json", json: #"""
{
  "schemaVersion": 1,
  "id": "concerns-of-users-and-relatives",
  "version": "1.0.0",
  "name": {"en": "The concerns of users and relatives", "nl": "De zorgen van gebruikers en familieleden"},
  "summary": {
    "en": "A 40-minute exercise in subgroups: professionals voice concerns projecting the users' thoughts, build an argument on what a rapporteur wrote on the flip chart, and rapporteurs exchange the results.",
    "nl": "Een oefening van 40 minuten in subgroepen: professionals uiten zorgen vanuit de gedachten van gebruikers, bouwen op basis van wat een rapporteur op de flap heeft geschreven een argument op, en de rapporteurs wisselen de resultaten uit."
  },
  "purpose": {
    "en": "Strengthen the relationship with users and relatives: what challenges do we actually face?",
    "nl": "De relatie met gebruikers en familieleden versterken: voor welke uitdagingen staan we eigenlijk?"
  },
  "languages": ["en", "nl"],
  "sources": [
    {"id": "H", "citation": {"en": "Dialogical-Work Erasmus+ handbook, Dutch edition: Santa Casa da Misericórdia da Amadora case, 'De zorgen van de eindgebruikers en verwanten' (from 'the concerns of others')", "nl": "Handboek Dialogical-Work (Erasmus+), Nederlandse editie: casus Santa Casa da Misericórdia da Amadora, 'De zorgen van de eindgebruikers en verwanten' (naar 'de zorgen van anderen')"}}
  ],
  "provenance": {"basis": "source", "sources": ["H"]},
  "participants": {"min": 6, "max": 60},
  "roles": [
    {"id": "director", "name": {"en": "Director", "nl": "Directeur"}, "count": {"min": 0}, "attributes": ["director"]},
    {"id": "middle-manager", "name": {"en": "Middle manager", "nl": "Middenmanager"}, "count": {"min": 0}, "attributes": ["manager"]},
    {"id": "operational", "name": {"en": "Operational team member", "nl": "Lid operationeel team"}, "count": {"min": 1}, "attributes": ["operational"]},
    {"id": "rapporteur", "name": {"en": "Rapporteur", "nl": "Rapporteur"}, "description": {"en": "One per subgroup: writes the comments on the flip chart and presents the results.", "nl": "Eén per subgroep: noteert de opmerkingen op de flap en presenteert de resultaten."}, "count": {"min": 0}}
  ],
  "roleGroups": [
    {"id": "professionals", "name": {"en": "Directors, middle managers and operational teams", "nl": "Directeuren, middenmanagement en operationele teams"}, "roles": ["director", "middle-manager", "operational"], "required": true}
  ],
  "spaces": {
    "physical": {"en": "The group split into two or more subgroups; chairs in circles, close together, eye contact possible; flip-chart paper and pens.", "nl": "Groep verdeeld in twee of meer subgroepen; per subgroep stoelen in een cirkel, dicht bij elkaar, zodat oogcontact mogelijk is; flip-overpapier en pennen."},
    "time": {"en": "40 minutes: 15 for parts I and II, 10 for part III.", "nl": "40 minuten: 15 voor deel I en II, en 10 voor deel III."},
    "social": {"en": "All professionals of the three areas present, with assigned roles, projecting the users' thoughts.", "nl": "Alle professionals uit de drie gebieden zijn aanwezig, met toegewezen rollen, en projecteren de gedachten van de gebruikers."},
    "mental": {"en": "Availability for active listening, respecting everyone's time; able to voice the users' thoughts.", "nl": "Beschikbaarheid voor actief luisteren, ieders tijd respecteren; de gedachten van gebruikers kunnen weergeven."},
    "discursive": {"en": "Speaking from the users' and relatives' point of view.", "nl": "Spreken vanuit het perspectief van gebruikers en familieleden."}
  },
  "materials": [{"en": "Flip-chart paper and pens for each subgroup", "nl": "Flip-overpapier en pennen per subgroep"}],
  "phases": [
    {
      "id": "subgroups",
      "name": {"en": "Parts I and II, in subgroups", "nl": "Deel I en II, in subgroepen"},
      "steps": [
        {"id": "voice-concerns", "name": {"en": "Part I: voice concerns, projecting the users' thoughts", "nl": "Deel I: zorgen uiten vanuit de gedachten van gebruikers"}, "kind": "subgroups", "duration": {"default": 8, "min": 2, "max": 10},
         "grouping": {"type": "subgroups", "size": {"min": 3, "max": 8}, "minGroups": 2, "roles": [{"role": "rapporteur", "count": {"min": 1, "max": 1}}], "rapporteur": true, "mixBy": ["role", "organisation"]},
         "speakers": ["professionals"], "recorder": ["rapporteur"], "listeners": {"who": ["others"], "mode": "open"},
         "prompts": [{"id": "users-thoughts", "text": {"en": "What concerns would the users and their relatives voice? Speak from their thoughts.", "nl": "Welke zorgen zouden gebruikers en hun familieleden uiten? Verplaats je in hen en spreek vanuit hun gedachten."}, "provenance": {"basis": "source", "sources": ["H"]}}],
         "captures": [{"id": "flip-chart", "type": "concern", "per": "group"}],
         "provenance": {"basis": "adaptation", "sources": ["H"], "note": {"en": "The handbook gives 2 minutes to voice concerns within 15 minutes for parts I and II; the rest is talk in the subgroup.", "nl": "Het handboek geeft 2 minuten om zorgen te uiten binnen 15 minuten voor deel I en II; de rest is gesprek in de subgroep."}}},
        {"id": "build-argument", "name": {"en": "Part II: build an argument on what was written", "nl": "Deel II: een argument opbouwen op basis van wat er is geschreven"}, "kind": "subgroups", "duration": {"default": 7, "min": 2, "max": 10},
         "grouping": {"type": "subgroups", "size": {"min": 3, "max": 8}, "minGroups": 2, "roles": [{"role": "rapporteur", "count": {"min": 1, "max": 1}}], "rapporteur": true, "mixBy": ["role", "organisation"]},
         "speakers": ["professionals"], "recorder": ["rapporteur"], "listeners": {"who": ["others"], "mode": "open"},
         "prompts": [{"id": "argument", "text": {"en": "Build an argument on what is written on the flip chart: what challenges do we actually face?", "nl": "Bouw op basis van wat er op de flap staat een argument op: voor welke uitdagingen staan we eigenlijk?"}, "provenance": {"basis": "source", "sources": ["H"]}}],
         "captures": [{"id": "arguments", "type": "note", "per": "group"}],
         "provenance": {"basis": "adaptation", "sources": ["H"], "note": {"en": "The handbook gives 15 minutes for parts I and II together, with 2 minutes to build the argument; the split into 8 and 7 minutes and the range of 2–10 are an adaptation.", "nl": "Het handboek geeft 15 minuten voor deel I en II samen, waarvan 2 minuten om het argument op te bouwen; de verdeling in 8 en 7 minuten en de marge van 2–10 zijn een aanpassing."}}}
      ]
    },
    {
      "id": "exchange",
      "name": {"en": "Part III: exchange", "nl": "Deel III: uitwisseling"},
      "steps": [
        {"id": "rapporteurs-exchange", "name": {"en": "Rapporteurs exchange results", "nl": "De rapporteurs wisselen de resultaten uit"}, "kind": "report-back", "duration": {"default": 4, "min": 3, "max": 5, "per": "speaker"},
         "speakers": ["rapporteur"], "listeners": {"who": ["others"], "mode": "no-interruption"},
         "captures": [{"id": "exchange-notes", "type": "note", "per": "person"}],
         "provenance": {"basis": "source", "sources": ["H"]}}
      ]
    }
  ]
}
"""#),
        EmbeddedSpec(file: "taking-up-concerns.json", json: #"""
{
  "schemaVersion": 1,
  "id": "taking-up-concerns",
  "version": "1.0.0",
  "name": {"en": "Taking up one's concerns", "nl": "Je zorgen bespreekbaar maken", "fi": "Dialoginen huolen puheeksi ottaminen"},
  "summary": {
    "en": "A professional prepares, through anticipation, to take up their own worry with a client, parent or employee as a request for help, holds the conversation, and reflects afterwards.",
    "nl": "Een professional doordenkt vooraf hoe hij of zij de eigen zorg bij een cliënt, ouder of medewerker ter sprake brengt als verzoek om hulp, voert daarna het gesprek en reflecteert achteraf."
  },
  "purpose": {
    "en": "Raise a puzzling or difficult matter early, respectfully, while the parties still have the most room to act and can start cooperating.",
    "nl": "Een kwestie die vragen oproept of moeilijk ligt, vroeg en respectvol ter sprake brengen, nu de betrokkenen nog de meeste ruimte hebben om te handelen en kunnen beginnen met samenwerken."
  },
  "languages": ["en", "nl"],
  "sources": [
    {"id": "S9", "citation": {"en": "THL, Dialoginen huolen puheeksi ottaminen (9 steps)", "nl": "THL, Dialoginen huolen puheeksi ottaminen (9 stappen)"}, "url": "https://thl.fi/aiheet/lapset-nuoret-ja-perheet/kehittyvat-kaytannot/dialogiset-toimintavat/dialoginen-huolen-puheeksi-ottaminen"},
    {"id": "S10", "citation": "Keusote, Huolen tunnistamisen malli", "url": "http://keusotesahkoinenopas.fi/malli.php"},
    {"id": "EA", "citation": "Eriksson & Arnkil (2009), Taking up one's worries – a handbook on early dialogues, THL"}
  ],
  "provenance": {"basis": "source", "sources": ["S9"], "note": {"en": "The nine steps follow THL; the zones of concern and the conversation pattern are background knowledge (Eriksson & Arnkil) and flagged as such.", "nl": "De negen stappen volgen THL; de zorgzones en het gesprekspatroon zijn achtergrondkennis (Eriksson & Arnkil) en als zodanig gemarkeerd."}},
  "participants": {"min": 2, "max": 5},
  "roles": [
    {"id": "professional", "name": {"en": "Professional (the one who is worried)", "nl": "Professional (degene die zich zorgen maakt)"}, "description": {"en": "Prepares, takes up their own worry and asks for help to lessen it, then reflects.", "nl": "Bereidt het gesprek voor, brengt de eigen zorg ter sprake, vraagt hulp om die te verminderen en reflecteert daarna."}, "count": {"min": 1, "max": 1}, "attributes": ["professional"]},
    {"id": "recipient", "name": {"en": "Client, parent or employee", "nl": "Cliënt, ouder of medewerker"}, "description": {"en": "The person whose help the professional asks for.", "nl": "Degene aan wie de professional hulp vraagt."}, "count": {"min": 1, "max": 3}, "attributes": ["family", "client"]},
    {"id": "colleague", "name": {"en": "Colleague (sounding board)", "nl": "Collega (klankbord)"}, "description": {"en": "Optional: listens while the professional rehearses aloud.", "nl": "Optioneel: luistert terwijl de professional hardop oefent."}, "count": {"min": 0, "max": 1}, "attributes": ["professional"]}
  ],
  "roleGroups": [
    {"id": "worrier", "name": {"en": "The professional", "nl": "De professional"}, "roles": ["professional", "colleague"], "required": true},
    {"id": "recipients", "name": {"en": "Those asked for help", "nl": "Degenen die om hulp worden gevraagd"}, "roles": ["recipient"], "required": true}
  ],
  "parameters": [
    {"id": "concern", "type": "text", "label": {"en": "The worry, in a few words", "nl": "De zorg, in een paar woorden"}, "required": true}
  ],
  "scales": [
    {"id": "worry-zones", "name": {"en": "Zones of concern", "nl": "Zorgzones", "fi": "Huolen vyöhykkeistö"}, "type": "ordinal", "visibility": "private", "levels": [
      {"value": 1, "label": {"en": "No worry", "nl": "Geen zorg", "fi": "Ei huolta"}, "description": {"en": "Confidence in own means to help: good; no extra resources needed.", "nl": "Vertrouwen in eigen mogelijkheden om te helpen: goed; geen extra middelen nodig."}},
      {"value": 2, "label": {"en": "Small worry", "nl": "Kleine zorg", "fi": "Pieni huoli"}, "description": {"en": "Occasional wondering; confidence good; no or little extra resources.", "nl": "Af en toe twijfel; vertrouwen goed; geen of weinig extra middelen."}},
      {"value": 3, "label": {"en": "Grey zone", "nl": "Grijze zone", "fi": "Harmaa vyöhyke"}, "description": {"en": "Considerable, growing worry; own means running out; extra resources and cooperation needed.", "nl": "Aanzienlijke, groeiende zorg; eigen mogelijkheden raken op; extra middelen en samenwerking nodig."}},
      {"value": 4, "label": {"en": "Great worry", "nl": "Grote zorg", "fi": "Suuri huoli"}, "description": {"en": "The child is in danger; own means exhausted; immediate change, extra resources and control needed.", "nl": "Het kind is in gevaar; eigen mogelijkheden uitgeput; onmiddellijke verandering, extra middelen en toezicht nodig."}}
    ]}
  ],
  "groundRules": [
    {"en": "The worry is my own, subjective worry, not an accusation.", "nl": "De zorg is mijn eigen, subjectieve zorg, geen beschuldiging."},
    {"en": "Start from the good things; ask for help to lessen the worry.", "nl": "Begin bij wat goed gaat; vraag hulp om de zorg te verminderen."},
    {"en": "Listen and be flexible: do not execute the plan mechanically.", "nl": "Luister en wees flexibel: voer het plan niet mechanisch uit."}
  ],
  "spaces": {
    "physical": {"en": "A quiet place that suits the other person; sit at an angle, not across a desk.", "nl": "Een rustige plek die bij de ander past; zit schuin tegenover elkaar, niet met een bureau ertussen."},
    "time": {"en": "Time to prepare beforehand and to reflect afterwards; the conversation can sit inside an ordinary meeting.", "nl": "Tijd om vooraf voor te bereiden en achteraf te reflecteren; het gesprek kan onderdeel zijn van een gewone afspraak."},
    "social": {"en": "The professional and the people whose help is needed; a colleague for rehearsal.", "nl": "De professional en de mensen van wie de hulp nodig is; een collega om mee te oefenen."},
    "mental": {"en": "Respect for the other; the worry as a request for cooperation.", "nl": "Respect voor de ander; de zorg als verzoek om samenwerking."},
    "discursive": {"en": "Dialogue in contact: talk, listen and keep cooperating.", "nl": "Dialoog in het contact zelf: spreken, luisteren en blijven samenwerken."}
  },
  "phases": [
    {
      "id": "preparation",
      "name": {"en": "Preparation: anticipating the conversation", "nl": "Voorbereiding: het gesprek vooraf doordenken"},
      "frame": "present",
      "steps": [
        {"id": "rate-worry", "name": {"en": "Rate your own worry", "nl": "Schat je eigen zorg in"}, "kind": "worry-scale", "when": "before", "speakers": ["professional"],
         "prompts": [{"id": "zone", "text": {"en": "Where is your own worry about {concern} on the zones of concern?", "nl": "In welke zorgzone valt je eigen zorg over {concern}?"}, "provenance": {"basis": "background", "sources": ["EA"]}}],
         "captures": [{"id": "worry-zone", "type": "worry-level", "scale": "worry-zones", "per": "person", "visibility": "private"}],
         "provenance": {"basis": "background", "sources": ["EA"], "note": {"en": "The zones grid was not found in a retrieved source; it is shipped flagged.", "nl": "Het schema met de zorgzones is in geen van de geraadpleegde bronnen gevonden; het wordt gemarkeerd meegeleverd."}}},
        {"id": "reflect-worry", "name": {"en": "1. Reflect on your own worry", "nl": "1. Denk na over je eigen zorg", "fi": "1. Pohdi omaa huoltasi"}, "kind": "reflection", "when": "before", "duration": {"default": 10, "min": 5, "max": 15}, "speakers": ["professional"],
         "prompts": [
           {"id": "need-help", "text": {"en": "On which matters do you genuinely need these people's help, to understand more or to get support for change?", "nl": "Bij welke zaken heb je echt de hulp van deze mensen nodig, om meer te begrijpen of om steun te krijgen voor verandering?"}, "provenance": {"basis": "source", "sources": ["S9"]}},
           {"id": "what-worries", "text": {"en": "What am I worried about? What do I think will happen if I don't take it up?", "nl": "Waar maak ik me zorgen over? Wat denk ik dat er gebeurt als ik het niet ter sprake breng?"}, "provenance": {"basis": "background", "sources": ["EA"]}}
         ],
         "captures": [{"id": "own-worry", "type": "concern", "per": "person", "visibility": "private"}],
         "provenance": {"basis": "inference", "sources": ["S9"], "note": {"en": "The step is THL's first; its 5–15 minutes are inferred.", "nl": "Dit is de eerste stap van THL; de 5–15 minuten zijn afgeleid."}}},
        {"id": "ways-of-working", "name": {"en": "2. Consider good ways of working together", "nl": "2. Bedenk goede manieren van samenwerken"}, "kind": "reflection", "when": "before", "speakers": ["professional"],
         "prompts": [{"id": "workable", "text": {"en": "Which ways of working with these people are good and workable? What good things and resources do I see in them?", "nl": "Welke manieren van werken met deze mensen zijn goed en werkbaar? Welke goede dingen en krachten zie ik bij hen?"}, "provenance": {"basis": "source", "sources": ["S9"]}}]},
        {"id": "voice-both", "name": {"en": "3. Voice both the good things and your worry", "nl": "3. Benoem zowel het goede als je zorg"}, "kind": "reflection", "when": "before", "speakers": ["professional"],
         "prompts": [{"id": "no-reproach", "text": {"en": "How do I voice both the good things and my worry so it is not heard as reproach or accusation, but as a request for cooperation?", "nl": "Hoe benoem ik zowel het goede als mijn zorg, zodat het niet als verwijt of beschuldiging klinkt maar als verzoek om samenwerking?"}, "provenance": {"basis": "source", "sources": ["S9"]}}]},
        {"id": "anticipate", "name": {"en": "4. Anticipate", "nl": "4. Denk vooruit"}, "kind": "reflection", "when": "before", "speakers": ["professional"],
         "prompts": [{"id": "reaction", "text": {"en": "What happens if you do what you plan? How will they react to your words, and how will you respond to that?", "nl": "Wat gebeurt er als je doet wat je van plan bent? Hoe zullen zij op je woorden reageren, en hoe reageer jij daarop?"}, "provenance": {"basis": "source", "sources": ["S9"]}}],
         "captures": [{"id": "anticipated-reactions", "type": "note", "per": "person", "visibility": "private"}]},
        {"id": "find-approach", "name": {"en": "5. Find the approach through thought experiments", "nl": "5. Zoek de aanpak met gedachte-experimenten"}, "kind": "reflection", "when": "before", "speakers": ["professional", "colleague"],
         "prompts": [{"id": "rehearse", "text": {"en": "Try thought experiments, write, and perhaps talk it through aloud with a colleague. Choose the approach you expect to open chances to talk, listen and keep cooperating.", "nl": "Doe gedachte-experimenten, schrijf erover en bespreek het eventueel hardop met een collega. Kies de aanpak waarvan je verwacht dat die ruimte geeft om te praten, te luisteren en te blijven samenwerken."}, "provenance": {"basis": "source", "sources": ["S9"]}}],
         "captures": [{"id": "chosen-wording", "type": "note", "per": "person", "visibility": "private"}]},
        {"id": "rethink", "name": {"en": "6. Rethink if the anticipation feels negative", "nl": "6. Herzie je aanpak als het vooruitdenken een negatief gevoel geeft"}, "kind": "reflection", "when": "before", "speakers": ["professional"],
         "prompts": [{"id": "negative", "text": {"en": "If the thought experiments leave a negative feeling (you expect no dialogue, or dialogue that cannot last), rethink and change the approach.", "nl": "Als de gedachte-experimenten een negatief gevoel geven (je verwacht geen dialoog, of een dialoog die niet standhoudt), herzie dan je aanpak."}, "provenance": {"basis": "source", "sources": ["S9"]}}],
         "captures": [{"id": "revisions", "type": "note", "per": "person", "visibility": "private"}],
         "loop": {"to": "anticipate", "question": {"en": "Does the anticipation still leave a negative feeling?", "nl": "Geeft het vooruitdenken nog steeds een negatief gevoel?"}, "max": 3}}
      ]
    },
    {
      "id": "conversation",
      "name": {"en": "The conversation", "nl": "Het gesprek"},
      "frame": "present",
      "steps": [
        {"id": "take-up", "name": {"en": "7. Take the worry up", "nl": "7. Breng de zorg ter sprake"}, "kind": "plenary", "duration": {"default": 15, "min": 10, "max": 30},
         "speakers": ["professional"], "addressed": ["recipients"], "listeners": {"who": ["others"], "mode": "open"},
         "prompts": [
           {"id": "good-things", "text": {"en": "Start from the good things you see.", "nl": "Begin bij het goede dat je ziet."}, "provenance": {"basis": "background", "sources": ["EA"]}},
           {"id": "my-worry", "text": {"en": "Name the worry as your own: \"I am worried about {concern}.\"", "nl": "Benoem de zorg als je eigen zorg: \"Ik maak me zorgen over {concern}.\""}, "provenance": {"basis": "background", "sources": ["EA"]}},
           {"id": "ask-help", "text": {"en": "Ask for their help to lessen your worry.", "nl": "Vraag hen om hulp bij het verminderen van je zorg."}, "provenance": {"basis": "source", "sources": ["S9"]}}
         ],
         "captures": [{"id": "their-view", "type": "note", "per": "person"}],
         "provenance": {"basis": "inference", "note": {"en": "10–30 minutes is inferred.", "nl": "10–30 minuten is afgeleid."}}},
        {"id": "listen", "name": {"en": "8. Listen and be flexible", "nl": "8. Luister en wees flexibel"}, "kind": "plenary", "duration": {"default": 10, "min": 5, "max": 20},
         "speakers": ["recipients"], "addressed": ["professional"], "listeners": {"who": ["others"], "mode": "open"},
         "prompts": [{"id": "their-side", "text": {"en": "Listen to their view. This is dialogue in contact: don't execute your plan mechanically.", "nl": "Luister naar hoe zij het zien. Dit is dialoog in het contact zelf: voer je plan niet mechanisch uit."}, "provenance": {"basis": "source", "sources": ["S9"]}}],
         "captures": [{"id": "heard", "type": "note", "per": "person"}],
         "provenance": {"basis": "adaptation", "sources": ["S9"], "note": {"en": "In THL's steps this happens inside the conversation; giving it a step of its own, with 5–20 minutes, is an adaptation so that the listening can be timed and its notes kept apart.", "nl": "In de stappen van THL gebeurt dit binnen het gesprek; dat het een eigen stap krijgt, met 5–20 minuten, is een aanpassing, zodat het luisteren een eigen tijdsduur krijgt en de aantekeningen erover apart blijven."}}},
        {"id": "next-steps", "name": {"en": "Agree next steps and to check back", "nl": "Volgende stappen en een terugkommoment afspreken"}, "kind": "agreements", "duration": {"default": 5, "min": 3, "max": 10},
         "speakers": ["all"], "addressed": ["all"], "listeners": {"who": ["others"], "mode": "open"},
         "prompts": [{"id": "together", "text": {"en": "What do we do next, who does what, and when do we check back? Is a network meeting needed?", "nl": "Wat doen we nu, wie doet wat, en wanneer kijken we samen terug? Is een netwerkbijeenkomst nodig?"}, "provenance": {"basis": "background", "sources": ["EA"]}}],
         "captures": [{"id": "next-step-agreements", "type": "agreement", "per": "step"}],
         "provenance": {"basis": "adaptation", "sources": ["EA"], "note": {"en": "Not one of THL's nine steps: agreeing next steps and checking back ends the conversation pattern of Eriksson & Arnkil's handbook; making it a step, with 3–10 minutes, is an adaptation.", "nl": "Dit hoort niet bij de negen stappen van THL: het gesprekspatroon uit het handboek van Eriksson & Arnkil sluit af met het afspreken van volgende stappen en een terugkommoment; dat het een eigen stap is, met 3–10 minuten, is een aanpassing."}}}
      ]
    },
    {
      "id": "afterwards",
      "name": {"en": "Afterwards", "nl": "Achteraf"},
      "frame": "past-reflection",
      "steps": [
        {"id": "reflect-afterwards", "name": {"en": "9. Reflect afterwards", "nl": "9. Reflecteer achteraf"}, "kind": "reflection", "when": "after", "duration": {"default": 10, "min": 5, "max": 10}, "speakers": ["professional"],
         "prompts": [{"id": "learned", "text": {"en": "What happened? Did it go as you anticipated? What did you learn? How does your way of raising it protect dialogue and cooperation?", "nl": "Wat is er gebeurd? Ging het zoals je had verwacht? Wat heb je geleerd? Hoe zorgt jouw manier van ter sprake brengen ervoor dat de dialoog en de samenwerking behouden blijven?"}, "provenance": {"basis": "source", "sources": ["S9"]}}],
         "captures": [{"id": "reflection", "type": "note", "per": "person", "visibility": "private"}],
         "provenance": {"basis": "inference", "sources": ["S9"], "note": {"en": "The step is THL's ninth; its 5–10 minutes are inferred.", "nl": "Dit is de negende stap van THL; de 5–10 minuten zijn afgeleid."}}}
      ]
    }
  ]
}
"""#),
    ]
}
