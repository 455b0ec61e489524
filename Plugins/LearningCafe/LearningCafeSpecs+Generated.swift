// swift-format-ignore-file
// GENERATED FILE. DO NOT EDIT! Run 'swift run dialogue-dev embed-specs'.
import DialogueSpec

extension LearningCafePlugin {
    /// The JSON specs of this folder, compiled in.
    static let embeddedSpecs: [EmbeddedSpec] = [
        EmbeddedSpec(file: "learning-cafe.json", json: #"""
{
  "schemaVersion": 1,
  "id": "learning-cafe",
  "version": "1.0.0",
  "name": {"en": "Learning café", "nl": "Leercafé", "fi": "Oppimiskahvila"},
  "summary": {
    "en": "Small groups sit at tables, each with its own question; the host stays while the others move on each round and build on the previous groups' work; the room harvests together.",
    "nl": "Kleine groepen zitten aan tafels die elk een eigen vraag hebben; de tafelgastheer of -vrouw blijft zitten, terwijl de anderen elke ronde doorschuiven en voortbouwen op het werk van de vorige groepen; tot slot wordt met de hele zaal geoogst."
  },
  "purpose": {
    "en": "Discuss, create and transfer knowledge, explaining one's own views and striving for shared understanding.",
    "nl": "Kennis bespreken, ontwikkelen en overdragen: de eigen kijk toelichten en streven naar gedeeld begrip."
  },
  "languages": ["en", "nl"],
  "sources": [
    {"id": "S15", "citation": "Innokylä, Learning cafe eli oppimiskahvila", "url": "https://innokyla.fi/fi/tyokalut/learning-cafe-eli-oppimiskahvila"},
    {"id": "S16", "citation": {"en": "Proakatemia essay on Learning café", "nl": "Essay van Proakatemia over het Learning café"}, "url": "http://esseepankki.proakatemia.fi/learning-cafe-oppimismenetelmaan-tutustuminen/"},
    {"id": "S17", "citation": "MSL Menetelmäpankki, Oppimiskahvila", "url": "https://msl.fi/verkko-opisto/menetelmapankki/ryhmatyomenetelmia/oppimiskahvila/"},
    {"id": "S18", "citation": "Tevere, Oppimiskahvila (Learning cafe® Business Arena Oy)", "url": "https://tevere.fi/oppimiskahvila-learning-cafe-business-arena-oy/"},
    {"id": "S20", "citation": {"en": "Aalto MyCourses, virtual learning café instructions", "nl": "Aalto MyCourses, instructies voor een virtueel learning café"}},
    {"id": "S21", "citation": {"en": "World Café hosting guide (Brown & Isaacs)", "nl": "Handleiding voor gastheren en gastvrouwen van een World Café (Brown & Isaacs)"}}
  ],
  "provenance": {"basis": "source", "sources": ["S15", "S17"], "note": {"en": "'Learning cafe' is a registered trademark of Business Arena Oy.", "nl": "'Learning cafe' is een geregistreerd merk van Business Arena Oy."}},
  "participants": {"min": 12, "max": 200},
  "roles": [
    {"id": "facilitator", "name": {"en": "Facilitator", "nl": "Facilitator"}, "description": {"en": "Explains the process and goal and keeps the time per table.", "nl": "Legt proces en doel uit en bewaakt de tijd per tafel."}, "count": {"min": 1, "max": 2}, "attributes": ["facilitator"]},
    {"id": "table-host", "name": {"en": "Table host", "nl": "Tafelgastheer/-vrouw", "fi": "Pöydän puheenjohtaja"}, "description": {"en": "Stays at the table, briefs each new group on earlier results and records them.", "nl": "Blijft aan tafel, legt de resultaten vast en praat elke nieuwe groep erover bij."}, "count": {"min": 0}, "constraints": ["stays-at-table"]},
    {"id": "participant", "name": {"en": "Participant", "nl": "Deelnemer"}, "description": {"en": "Travels to a new table each round, carrying ideas along.", "nl": "Schuift elke ronde door naar een nieuwe tafel en neemt ideeën mee."}, "count": {"min": 8}}
  ],
  "roleGroups": [
    {"id": "table-people", "name": {"en": "People at the tables", "nl": "Mensen aan de tafels"}, "roles": ["table-host", "participant"], "required": true}
  ],
  "parameters": [
    {"id": "questions", "type": "text-list", "label": {"en": "Table questions (one per table)", "nl": "Tafelvragen (één per tafel)"}, "description": {"en": "Each theme gets its own table, phrased as a question; the questions support one another.", "nl": "Elk thema krijgt een eigen tafel en wordt als vraag geformuleerd; de vragen vullen elkaar aan."}, "required": true},
    {"id": "rounds", "type": "integer", "label": {"en": "Rounds", "nl": "Rondes"}, "description": {"en": "Until every group has visited every table, or 2–3 rounds.", "nl": "Tot elke groep elke tafel heeft bezocht, of 2–3 rondes."}, "default": 3, "min": 1, "max": 8}
  ],
  "groundRules": [
    {"en": "Focus on what matters.", "nl": "Richt je op wat ertoe doet."},
    {"en": "Contribute your thinking; speak your mind and heart.", "nl": "Breng je eigen gedachten in; zeg wat je denkt en voelt."},
    {"en": "Listen to understand.", "nl": "Luister om te begrijpen."},
    {"en": "Link and connect ideas; write and draw on the tablecloth.", "nl": "Verbind ideeën met elkaar; schrijf en teken op het tafelkleed."}
  ],
  "spaces": {
    "physical": {"en": "As many tables as questions, 4–6 chairs each; paper tablecloths or blank sheets, post-its and pens.", "nl": "Evenveel tafels als vragen, 4–6 stoelen per tafel; papieren tafelkleden of lege vellen, post-its en pennen."},
    "time": {"en": "About 10–20 minutes per round, then a harvest; 45 minutes to 2 hours in all.", "nl": "Ongeveer 10–20 minuten per ronde, daarna een oogst; in totaal 45 minuten tot 2 uur."},
    "social": {"en": "Groups of equal size; people from different organisations meet at each table.", "nl": "Groepen van gelijke grootte; mensen van verschillende organisaties ontmoeten elkaar aan elke tafel."},
    "mental": {"en": "Building on the previous groups' work.", "nl": "Voortbouwen op het werk van de vorige groepen."},
    "discursive": {"en": "Explaining one's own view and striving for shared understanding.", "nl": "De eigen kijk toelichten en streven naar gedeeld begrip."}
  },
  "materials": [
    {"en": "Paper tablecloths or flip-chart sheets, one per table", "nl": "Papieren tafelkleden of flapvellen, één per tafel"},
    {"en": "Post-its and pens", "nl": "Post-its en pennen"}
  ],
  "phases": [
    {
      "id": "set-up",
      "name": {"en": "Set-up", "nl": "Start"},
      "steps": [
        {"id": "explain", "name": {"en": "Explain the process and the goal", "nl": "Proces en doel uitleggen"}, "kind": "plenary", "duration": {"default": 5, "min": 3, "max": 10},
         "speakers": ["facilitator"], "addressed": ["all"], "listeners": {"who": ["others"], "mode": "no-interruption"},
         "prompts": [{"id": "how-it-works", "text": {"en": "Each table has its own question. Hosts stay; everyone else moves to a new table each round and builds on what is on the tablecloth.", "nl": "Elke tafel heeft een eigen vraag. De tafelgastheren en -vrouwen blijven zitten; de anderen schuiven elke ronde door en bouwen voort op wat er op het tafelkleed staat."}, "provenance": {"basis": "source", "sources": ["S15", "S17"]}}],
         "provenance": {"basis": "inference", "note": {"en": "Duration inferred.", "nl": "Duur afgeleid."}}}
      ]
    },
    {
      "id": "cafe",
      "name": {"en": "Café rounds", "nl": "Caférondes"},
      "steps": [
        {"id": "table-rounds", "name": {"en": "Rounds at the tables", "nl": "Rondes aan de tafels"}, "kind": "table-rotation", "duration": {"default": 15, "min": 10, "max": 30, "per": "round"},
         "grouping": {"type": "tables", "size": {"min": 4, "max": 6}, "count": "{questions}", "mixBy": ["organisation", "role"]},
         "rotation": {"rounds": "{rounds}", "stay": ["table-host"], "topics": "{questions}"},
         "speakers": ["table-people"], "recorder": ["table-host"], "listeners": {"who": ["others"], "mode": "open"},
         "prompts": [{"id": "table-question", "text": {"en": "Discuss the table's question and write or draw on the tablecloth, e.g. as a mind map. Hosts: brief each new group on the earlier results first.", "nl": "Bespreek de tafelvraag en schrijf of teken op het tafelkleed, bijvoorbeeld in de vorm van een mindmap. Tafelgastheren en -vrouwen: praat elke nieuwe groep eerst bij over de eerdere resultaten."}, "provenance": {"basis": "source", "sources": ["S17", "S18"]}}],
         "captures": [{"id": "tablecloth", "type": "idea", "per": "group", "label": {"en": "On the tablecloth", "nl": "Op het tafelkleed"}}],
         "provenance": {"basis": "source", "sources": ["S17", "S20", "S21"], "note": {"en": "10 minutes per round (S17, S20); World Café uses 20–30.", "nl": "10 minuten per ronde (S17, S20); bij World Café is dat 20–30 minuten."}}}
      ]
    },
    {
      "id": "harvest",
      "name": {"en": "Harvest", "nl": "Oogst"},
      "steps": [
        {"id": "harvest-room", "name": {"en": "Harvest the room", "nl": "Oogsten met de hele zaal"}, "kind": "plenary", "duration": {"default": 15, "min": 10, "max": 30},
         "speakers": ["table-host"], "addressed": ["all"], "listeners": {"who": ["others"], "mode": "open"}, "recorder": ["facilitator"],
         "prompts": [{"id": "key-points", "text": {"en": "Each table brings out two or three key viewpoints; together we crystallise the whole on a flip chart.", "nl": "Elke tafel brengt twee of drie kernpunten naar voren; met elkaar vatten we het geheel samen op een flap."}, "provenance": {"basis": "source", "sources": ["S18", "S20"]}}],
         "captures": [{"id": "harvest-list", "type": "idea", "per": "step"}],
         "provenance": {"basis": "inference", "note": {"en": "The harvest is sourced; its 10–30 minutes are inferred.", "nl": "De oogst komt uit de bronnen; de 10–30 minuten zijn afgeleid."}}}
      ]
    },
    {
      "id": "after",
      "name": {"en": "After the session", "nl": "Na de sessie"},
      "steps": [
        {"id": "write-up", "name": {"en": "Write up and send the ideas", "nl": "Ideeën uitwerken en rondsturen"}, "kind": "reflection", "when": "after", "speakers": ["facilitator"],
         "prompts": [{"id": "send", "text": {"en": "Write up the ideas and send them to the participants.", "nl": "Werk de ideeën uit en stuur ze naar de deelnemers."}, "provenance": {"basis": "source", "sources": ["S18"]}}]}
      ]
    }
  ]
}
"""#),
    ]
}
