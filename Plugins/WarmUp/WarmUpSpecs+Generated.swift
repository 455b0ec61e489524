// swift-format-ignore-file
// GENERATED FILE. DO NOT EDIT! Run 'swift run dialogue-dev embed-specs'.
import DialogueSpec

extension WarmUpPlugin {
    /// The JSON specs of this folder, compiled in.
    static let embeddedSpecs: [EmbeddedSpec] = [
        EmbeddedSpec(file: "introduction-round.json", json: #"""
{
  "schemaVersion": 1,
  "id": "introduction-round",
  "version": "1.0.0",
  "name": {"en": "Warm-up: introduction round", "nl": "Opwarmdialoog: kennismakingsronde"},
  "summary": {
    "en": "Everyone in turn says their name and something about themselves; the facilitator goes first as an example and notes the names.",
    "nl": "Iedereen noemt om de beurt zijn of haar naam en vertelt iets over zichzelf; de gespreksleider gaat voor, als voorbeeld, en noteert de namen."
  },
  "purpose": {"en": "Break the ice and build trust: everyone's voice is heard once at the start.", "nl": "Het ijs breken en vertrouwen opbouwen: ieders stem klinkt aan het begin één keer."},
  "languages": ["en", "nl"],
  "sources": [
    {"id": "S27", "citation": {"en": "Dag van de Dialoog / Nederland in Dialoog: phase 1 'kennismaken'", "nl": "Dag van de Dialoog / Nederland in Dialoog: fase 1 'kennismaken'"}, "url": "https://www.amsterdamdialoog.nl/kerngroep/"},
    {"id": "S25", "citation": {"en": "Timeout (Erätauko): welcoming words and getting to know each other", "nl": "Timeout (Erätauko): welkomstwoord en kennismaking"}, "url": "https://www.timeoutdialogue.fi/tools/"}
  ],
  "provenance": {"basis": "source", "sources": ["S27", "S25"]},
  "participants": {"min": 3, "max": 30},
  "roles": [
    {"id": "facilitator", "name": {"en": "Facilitator", "nl": "Gespreksleider"}, "count": {"min": 1, "max": 2}, "attributes": ["facilitator"]},
    {"id": "participant", "name": {"en": "Participant", "nl": "Deelnemer"}, "count": {"min": 2}}
  ],
  "roleGroups": [
    {"id": "facilitators", "name": {"en": "Facilitators", "nl": "Gespreksleiders"}, "roles": ["facilitator"], "required": true},
    {"id": "participants", "name": {"en": "Participants", "nl": "Deelnemers"}, "roles": ["participant"], "required": true}
  ],
  "spaces": {
    "physical": {"en": "A circle in which everyone can see and hear everyone.", "nl": "Een kring waarin iedereen iedereen kan zien en horen."},
    "mental": {"en": "Take part as a person, not from a professional role.", "nl": "Doe mee als mens, niet vanuit je professionele rol."}
  },
  "phases": [
    {
      "id": "getting-to-know",
      "name": {"en": "Getting to know each other", "nl": "Kennismaken"},
      "steps": [
        {"id": "round", "name": {"en": "Introduction round", "nl": "Kennismakingsronde"}, "kind": "round", "duration": {"default": 1, "min": 0.5, "max": 3, "per": "speaker"},
         "repeat": {"per": "participant", "of": ["facilitators", "participants"]},
         "recorder": ["facilitator"], "listeners": {"who": ["others"], "mode": "no-interruption"},
         "prompts": [{"id": "name", "text": {"en": "Say your name and something about yourself.", "nl": "Zeg je naam en iets over jezelf."}, "provenance": {"basis": "source", "sources": ["S27"]}}],
         "captures": [{"id": "names", "type": "note", "per": "person"}],
         "provenance": {"basis": "inference", "note": {"en": "About a minute per person is inferred.", "nl": "Ongeveer een minuut per persoon is afgeleid."}}}
      ]
    }
  ]
}
"""#),
        EmbeddedSpec(file: "paired-listening.json", json: #"""
{
  "schemaVersion": 1,
  "id": "paired-listening",
  "version": "1.0.0",
  "name": {"en": "Warm-up: paired listening", "nl": "Opwarmdialoog: luisteren in tweetallen", "fi": "Kuunteluharjoitus"},
  "summary": {
    "en": "In pairs, one talks for three minutes about their own life while the other only listens, without commenting or interrupting; then they swap and share how it felt.",
    "nl": "In tweetallen vertelt de een drie minuten over het eigen leven, terwijl de ander alleen luistert, zonder commentaar te geven of te onderbreken; daarna wisselen ze van rol en vertellen ze elkaar hoe het voelde."
  },
  "purpose": {"en": "Tune in to listening without interrupting.", "nl": "Je instellen op luisteren zonder te onderbreken."},
  "languages": ["en", "nl"],
  "sources": [
    {"id": "S28", "citation": {"en": "Peda.net, Kuunteluharjoitus (pair listening exercise)", "nl": "Peda.net, Kuunteluharjoitus (luisteroefening in tweetallen)"}, "url": "https://peda.net/p/tanja.lahteenmaki%40eduko.fi/sosiaali-ja-terveys2/sjtpl/osaamisalat/sjh/kt2/ktk223f/t/ti2/kuunteluharjoitus"}
  ],
  "provenance": {"basis": "source", "sources": ["S28"]},
  "participants": {"min": 2, "max": 200},
  "roles": [
    {"id": "participant", "name": {"en": "Participant", "nl": "Deelnemer"}, "count": {"min": 2}}
  ],
  "groundRules": [{"en": "The listener only listens: no comments, no questions, no interruptions.", "nl": "De luisteraar luistert alleen: geen commentaar, geen vragen, niet onderbreken."}],
  "spaces": {
    "physical": {"en": "Pairs sitting face to face, apart from other pairs.", "nl": "Tweetallen tegenover elkaar, op afstand van de andere tweetallen."},
    "time": {"en": "About 10 minutes: 3 minutes each, then sharing.", "nl": "Ongeveer 10 minuten: ieder 3 minuten, daarna samen nabespreken."},
    "mental": {"en": "Attention for the other.", "nl": "Aandacht voor de ander."}
  },
  "phases": [
    {
      "id": "pairs",
      "name": {"en": "In pairs", "nl": "In tweetallen"},
      "steps": [
        {"id": "talk-and-listen", "name": {"en": "Three minutes each, uninterrupted", "nl": "Ieder drie minuten, zonder onderbreking"}, "kind": "pairs", "duration": {"default": 3, "min": 3, "max": 3, "per": "speaker"},
         "grouping": {"type": "pairs", "mixBy": ["organisation"]},
         "listeners": {"who": ["others"], "mode": "no-interruption"},
         "prompts": [{"id": "own-life", "text": {"en": "Talk about your own life: family, hobbies, school or work, future plans. The other only listens.", "nl": "Vertel over je eigen leven: gezin, hobby's, school of werk, toekomstplannen. De ander luistert alleen."}, "provenance": {"basis": "source", "sources": ["S28"]}}],
         "provenance": {"basis": "inference", "sources": ["S28"], "note": {"en": "The source has one person speak; the swap is inferred.", "nl": "In de bron spreekt één persoon; het wisselen van rol is afgeleid."}}},
        {"id": "share", "name": {"en": "Share how it felt", "nl": "Delen hoe het voelde"}, "kind": "subgroups", "duration": {"default": 4, "min": 2, "max": 6},
         "grouping": {"type": "pairs"},
         "speakers": ["all"], "listeners": {"who": ["others"], "mode": "open"},
         "prompts": [{"id": "how-felt", "text": {"en": "How did it feel to be the speaker, and to be the listener?", "nl": "Hoe voelde het om spreker te zijn, en om luisteraar te zijn?"}, "provenance": {"basis": "source", "sources": ["S28"]}}],
         "provenance": {"basis": "inference", "note": {"en": "Duration inferred.", "nl": "Duur afgeleid."}}}
      ]
    }
  ]
}
"""#),
        EmbeddedSpec(file: "reflective-space-triad.json", json: #"""
{
  "schemaVersion": 1,
  "id": "reflective-space-triad",
  "version": "1.0.0",
  "name": {"en": "Warm-up: reflective space in triads", "nl": "Opwarmdialoog: reflectieve ruimte in drietallen"},
  "summary": {
    "en": "In triads a presenter brings a real dilemma, an interviewer helps to present it with good questions while an observer watches; then interviewer and observer reflect on it without addressing the presenter, who listens.",
    "nl": "In drietallen brengt een inbrenger een echt dilemma in, helpt een interviewer het met goede vragen te verwoorden en kijkt een waarnemer toe; daarna reflecteren interviewer en waarnemer erop zonder de inbrenger aan te spreken, terwijl die luistert."
  },
  "purpose": {
    "en": "Experience being heard and the separation of talking and listening.",
    "nl": "Ervaren hoe het is om gehoord te worden, en hoe het werkt als spreken en luisteren van elkaar gescheiden zijn."
  },
  "languages": ["en", "nl"],
  "sources": [
    {"id": "S12", "citation": {"en": "Arnkil (2014), Network dialogues, dialogues in networks, Trento, 'Experiment I: Reflective space' (slides)", "nl": "Arnkil (2014), Network dialogues, dialogues in networks, Trento, 'Experiment I: Reflective space' (dia's)"}},
    {"id": "H", "citation": {"en": "Dialogical-Work Erasmus+ handbook, Dutch edition: warm-up dialogues ('opwarmdialogen') create connection and tune participants in", "nl": "Handboek Dialogical-Work (Erasmus+), Nederlandse editie: opwarmdialogen scheppen verbinding en stemmen de deelnemers op elkaar af"}}
  ],
  "provenance": {"basis": "source", "sources": ["S12"]},
  "participants": {"min": 3, "max": 120},
  "roles": [
    {"id": "presenter", "name": {"en": "Presenter", "nl": "Inbrenger"}, "description": {"en": "Brings a real dilemma; it is not shared beyond the group.", "nl": "Brengt een echt dilemma in; het wordt niet buiten de groep gedeeld."}, "count": {"min": 0}},
    {"id": "interviewer", "name": {"en": "Interviewer", "nl": "Interviewer"}, "description": {"en": "Helps the presenter present the problem by asking good questions.", "nl": "Helpt de inbrenger het probleem te verwoorden door goede vragen te stellen."}, "count": {"min": 0}},
    {"id": "observer", "name": {"en": "Observer", "nl": "Waarnemer"}, "description": {"en": "Observes without commenting during task 1; two observers in a group of four.", "nl": "Kijkt tijdens taak 1 toe zonder commentaar te geven; in een groep van vier zijn er twee waarnemers."}, "count": {"min": 0}},
    {"id": "facilitator", "name": {"en": "Facilitator", "nl": "Facilitator"}, "count": {"min": 0, "max": 2}, "attributes": ["facilitator"]}
  ],
  "groundRules": [
    {"en": "The dilemma stays in the group.", "nl": "Het dilemma blijft in de groep."},
    {"en": "In task 2, do not look at or address the presenter.", "nl": "Kijk in taak 2 de inbrenger niet aan en spreek hem of haar niet aan."}
  ],
  "spaces": {
    "physical": {"en": "Groups of three (four where numbers do not divide), chairs close together.", "nl": "Groepjes van drie (vier als het niet uitkomt), stoelen dicht bij elkaar."},
    "time": {"en": "About 25–30 minutes; tuning in deserves more time than usual.", "nl": "Ongeveer 25–30 minuten; neem voor het afstemmen meer tijd dan gebruikelijk."},
    "social": {"en": "Everyone takes a role: presenter, interviewer, observer.", "nl": "Iedereen heeft een rol: inbrenger, interviewer, waarnemer."},
    "mental": {"en": "Curiosity about the dilemma, no advice.", "nl": "Nieuwsgierigheid naar het dilemma, geen adviezen."},
    "discursive": {"en": "Talking and listening separated; reflecting without addressing.", "nl": "Spreken en luisteren gescheiden; reflecteren zonder aan te spreken."}
  },
  "phases": [
    {
      "id": "triads",
      "name": {"en": "In triads", "nl": "In drietallen"},
      "steps": [
        {"id": "think", "name": {"en": "Think of a real dilemma", "nl": "Bedenk een echt dilemma"}, "kind": "reflection", "duration": {"default": 1, "min": 1, "max": 2},
         "grouping": {"type": "triads", "size": {"min": 3, "max": 4}, "roles": [{"role": "presenter", "count": 1}, {"role": "interviewer", "count": 1}, {"role": "observer", "count": {"min": 1, "max": 2}}], "mixBy": ["organisation"]},
         "speakers": ["presenter"],
         "prompts": [{"id": "dilemma", "text": {"en": "Presenter: take a minute to think of a real dilemma from your work.", "nl": "Inbrenger: neem een minuut de tijd om een echt dilemma uit je werk te bedenken."}, "provenance": {"basis": "source", "sources": ["S12"]}}],
         "provenance": {"basis": "source", "sources": ["S12"]}},
        {"id": "task-1", "name": {"en": "Task 1: present the dilemma", "nl": "Taak 1: het dilemma verwoorden"}, "kind": "interview", "duration": {"default": 10, "min": 8, "max": 12},
         "grouping": {"type": "triads", "size": {"min": 3, "max": 4}, "roles": [{"role": "presenter", "count": 1}, {"role": "interviewer", "count": 1}, {"role": "observer", "count": {"min": 1, "max": 2}}], "mixBy": ["organisation"]},
         "speakers": ["presenter"], "addressed": ["interviewer"], "listeners": {"who": ["observer"], "mode": "silent"},
         "prompts": [{"id": "good-questions", "text": {"en": "Interviewer: help the presenter present the problem by asking good questions. Observers observe and do not comment.", "nl": "Interviewer: help de inbrenger het probleem te verwoorden door goede vragen te stellen. De waarnemers kijken toe en geven geen commentaar."}, "provenance": {"basis": "source", "sources": ["S12"]}}],
         "provenance": {"basis": "source", "sources": ["S12"]}},
        {"id": "task-2", "name": {"en": "Task 2: reflect without addressing the presenter", "nl": "Taak 2: reflecteren zonder de inbrenger aan te spreken"}, "kind": "reflecting-talk", "duration": {"default": 10, "min": 8, "max": 12},
         "grouping": {"type": "triads", "size": {"min": 3, "max": 4}, "roles": [{"role": "presenter", "count": 1}, {"role": "interviewer", "count": 1}, {"role": "observer", "count": {"min": 1, "max": 2}}], "mixBy": ["organisation"]},
         "speakers": ["interviewer", "observer"], "listeners": {"who": ["presenter"], "mode": "not-addressed"},
         "prompts": [{"id": "what-came-up", "text": {"en": "Interviewer and observers: discuss what came up. Do not look at or address the presenter, who observes silently.", "nl": "Interviewer en waarnemers: bespreek wat er naar boven is gekomen. Kijk de inbrenger niet aan en spreek hem of haar niet aan; de inbrenger luistert in stilte."}, "provenance": {"basis": "source", "sources": ["S12"]}}],
         "provenance": {"basis": "source", "sources": ["S12"]}}
      ]
    },
    {
      "id": "together",
      "name": {"en": "Together", "nl": "Samen"},
      "steps": [
        {"id": "task-3", "name": {"en": "Task 3: the whole group discusses", "nl": "Taak 3: de hele groep in gesprek"}, "kind": "plenary", "duration": {"default": 7, "min": 5, "max": 10},
         "speakers": ["all"], "addressed": ["all"], "listeners": {"who": ["others"], "mode": "open"},
         "prompts": [{"id": "experience", "text": {"en": "How was it to be heard, and to listen to others talk about your dilemma?", "nl": "Hoe was het om gehoord te worden, en om te luisteren terwijl anderen over jouw dilemma spraken?"}, "provenance": {"basis": "inference"}}],
         "captures": [{"id": "insights", "type": "note", "per": "step"}],
         "provenance": {"basis": "inference", "note": {"en": "The source gives no duration for task 3; 5–10 minutes is inferred.", "nl": "De bron geeft geen duur voor taak 3; 5–10 minuten is afgeleid."}}}
      ]
    }
  ]
}
"""#),
    ]
}
