// swift-format-ignore-file
// GENERATED FILE. DO NOT EDIT! Run 'swift run dialogue-dev embed-specs'.
import DialogueSpec

extension PuimalaPlugin {
    /// The JSON specs of this folder, compiled in.
    static let embeddedSpecs: [EmbeddedSpec] = [
        EmbeddedSpec(file: "puimala.json", json: #"""
{
  "schemaVersion": 1,
  "id": "puimala",
  "version": "1.0.0",
  "name": {"en": "Puimala dialogue (threshing floor)", "nl": "Puimala-dialoog (dorsvloer)", "fi": "Puimala"},
  "summary": {
    "en": "A multi-actor peer-learning workshop: each group holding one perspective is interviewed one person at a time while the other groups listen, then the listening groups reflect on what they heard.",
    "nl": "Een werkbijeenkomst waarin veel partijen van elkaar leren: elke groep vertegenwoordigt één perspectief en wordt persoon voor persoon geïnterviewd, terwijl de andere groepen luisteren; daarna reflecteren de luisterende groepen op wat ze hebben gehoord."
  },
  "purpose": {
    "en": "Thresh matters together to separate the grain from the chaff, and spread good and promising practices quickly through listening, connecting and doing together.",
    "nl": "Samen kwesties dorsen om het kaf van het koren te scheiden, en goede en veelbelovende praktijken snel verspreiden door te luisteren, verbindingen te leggen en samen aan de slag te gaan."
  },
  "languages": ["en", "nl"],
  "sources": [
    {"id": "S23", "citation": "Innokylä, Puimala", "url": "https://innokyla.fi/fi/tyokalut/puimala"},
    {"id": "S24", "citation": "Valtiolla.fi, THL ja OPH vertaiskehittämisen äärellä Puimalassa", "url": "https://www.valtiolla.fi/thl-ja-oph-vertaiskehittamisen-aarella-puimalassa/"},
    {"id": "H", "citation": {"en": "Dialogical-Work Erasmus+ handbook, Dutch edition: Pudasjärvi case (adapted Puimala dialogue)", "nl": "Handboek Dialogical-Work (Erasmus+), Nederlandse editie: casus Pudasjärvi (aangepaste Puimala-dialoog)"}}
  ],
  "provenance": {"basis": "inference", "sources": ["S23", "S24"], "note": {"en": "The sources give the principles (groups interviewed one person at a time, the others reflect) and the preparation; the in-session sequence and its timings are inferred.", "nl": "De bronnen geven de principes (de groepen worden persoon voor persoon geïnterviewd, de anderen reflecteren) en de voorbereiding; de volgorde in de sessie en de tijden zijn afgeleid."}},
  "participants": {"min": 9, "max": 40},
  "roles": [
    {"id": "organiser", "name": {"en": "Organiser (script writer)", "nl": "Organisator (maakt het draaiboek)"}, "description": {"en": "Writes the script for the whole process and negotiates the set-up with the parties.", "nl": "Schrijft het draaiboek voor het hele proces en stemt de opzet af met de partijen."}, "count": {"min": 0, "max": 2}, "constraints": ["external-to-case"], "attributes": ["facilitator"]},
    {"id": "interviewer", "name": {"en": "Facilitator-interviewer", "nl": "Facilitator-interviewer"}, "description": {"en": "Interviews each group person by person.", "nl": "Interviewt elke groep persoon voor persoon."}, "count": {"min": 1, "max": 2}, "constraints": ["external-to-case"], "attributes": ["facilitator"]},
    {"id": "scribe", "name": {"en": "Scribe", "nl": "Notulist"}, "description": {"en": "Records the interviews and reflections (not confirmed by a source).", "nl": "Legt interviews en reflecties vast (niet door een bron bevestigd)."}, "count": {"min": 0, "max": 1}, "constraints": ["does-not-speak"]},
    {"id": "participant", "name": {"en": "Participant", "nl": "Deelnemer"}, "description": {"en": "Member of a group holding one perspective: management, employees, clients, decision-makers, other municipalities, the third sector.", "nl": "Lid van een groep met één perspectief: management, medewerkers, cliënten, besluitvormers, andere gemeenten, de derde sector."}, "count": {"min": 6}}
  ],
  "roleGroups": [
    {"id": "perspectives", "name": {"en": "Perspective groups", "nl": "Perspectiefgroepen"}, "roles": ["participant"], "required": true}
  ],
  "parameters": [
    {"id": "practice", "type": "text", "label": {"en": "The practice or question threshed", "nl": "De praktijk of vraag die gedorst wordt"}, "required": true}
  ],
  "groundRules": [
    {"en": "Speaking and listening are separated: while a group is interviewed, the others only listen.", "nl": "Spreken en luisteren zijn gescheiden: terwijl een groep wordt geïnterviewd, luisteren de anderen alleen."},
    {"en": "Openness, equal interaction, dialogue.", "nl": "Openheid, gelijkwaardige interactie, dialoog."}
  ],
  "spaces": {
    "physical": {"en": "The interviewed group sits in the middle; the listening groups sit around it, each together.", "nl": "De geïnterviewde groep zit in het midden; de luisterende groepen zitten eromheen, elke groep bij elkaar."},
    "time": {"en": "Half a day: about 25–35 minutes per group plus opening and joint harvest.", "nl": "Een halve dag: ongeveer 25–35 minuten per groep plus opening en gezamenlijke oogst."},
    "social": {"en": "A 360-degree composition: vertical (management, employees, clients, decision-makers) and horizontal (other municipalities, third sector), with a win-win for all.", "nl": "Een 360-gradensamenstelling: verticaal (management, medewerkers, cliënten, besluitvormers) en horizontaal (andere gemeenten, derde sector), met winst voor iedereen."},
    "mental": {"en": "Relate what you hear to your own work.", "nl": "Betrek wat je hoort op je eigen werk."},
    "discursive": {"en": "Interview, then reflect: no debate between groups.", "nl": "Interview, daarna reflectie: geen debat tussen groepen."}
  },
  "phases": [
    {
      "id": "preparation",
      "name": {"en": "Preparation", "nl": "Voorbereiding"},
      "steps": [
        {"id": "script", "name": {"en": "Write the script and choose the composition", "nl": "Het draaiboek schrijven en de samenstelling kiezen"}, "kind": "reflection", "when": "before", "speakers": ["organiser"],
         "prompts": [{"id": "script-questions", "text": {"en": "Write the script of the whole process; choose a vertical and horizontal composition; agree concrete questions; make sure every party gets something out of it.", "nl": "Schrijf het draaiboek voor het hele proces; kies een verticale en horizontale samenstelling; spreek concrete vragen af; zorg dat elke partij er iets aan heeft."}, "provenance": {"basis": "source", "sources": ["S23", "S24"]}}],
         "captures": [{"id": "the-script", "type": "note", "per": "step"}]}
      ]
    },
    {
      "id": "opening",
      "name": {"en": "Opening", "nl": "Opening"},
      "steps": [
        {"id": "open", "name": {"en": "Purpose and ground rules", "nl": "Doel en spelregels"}, "kind": "plenary", "duration": {"default": 10, "min": 5, "max": 15},
         "speakers": ["interviewer"], "addressed": ["all"], "listeners": {"who": ["others"], "mode": "no-interruption"},
         "prompts": [{"id": "threshing", "text": {"en": "Today we thresh {practice} together: each group is interviewed one person at a time while the others listen, then the listeners reflect.", "nl": "Vandaag dorsen we samen {practice}: elke groep wordt persoon voor persoon geïnterviewd, terwijl de anderen luisteren; daarna reflecteren de luisteraars."}, "provenance": {"basis": "source", "sources": ["S24"]}}],
         "provenance": {"basis": "inference"}}
      ]
    },
    {
      "id": "threshing",
      "name": {"en": "Threshing, group by group", "nl": "Dorsen, groep voor groep"},
      "steps": [
        {"id": "interview-and-reflect", "name": {"en": "Interview a group, then the listening groups reflect", "nl": "Een groep interviewen, daarna reflecteren de luisterende groepen"}, "kind": "perspective-interview", "duration": {"default": 30, "min": 25, "max": 35, "per": "group"},
         "grouping": {"type": "subgroups", "size": {"min": 3, "max": 6}, "groupBy": "organisation"},
         "repeat": {"per": "subgroup"},
         "speakers": ["perspectives"], "addressed": ["interviewer"], "listeners": {"who": ["others"], "mode": "silent"}, "recorder": ["scribe"],
         "prompts": [
           {"id": "practice-question", "text": {"en": "How do you work with {practice}? What works, and what have you learned?", "nl": "Hoe werken jullie met {practice}? Wat werkt er, en wat hebben jullie geleerd?"}, "provenance": {"basis": "inference"}},
           {"id": "reflect", "text": {"en": "Listening groups: what did we hear, and how does it relate to our own work?", "nl": "Luisterende groepen: wat hebben we gehoord, en hoe verhoudt dat zich tot ons eigen werk?"}, "provenance": {"basis": "source", "sources": ["S24"]}}
         ],
         "captures": [
           {"id": "interview-notes", "type": "note", "per": "person"},
           {"id": "reflections", "type": "idea", "per": "group"}
         ],
         "provenance": {"basis": "inference", "sources": ["S24"], "note": {"en": "15–20 minutes of interview and 10–15 of reflection per group are inferred.", "nl": "15–20 minuten interview en 10–15 minuten reflectie per groep zijn afgeleid."}}}
      ]
    },
    {
      "id": "harvest",
      "name": {"en": "Joint dialogue", "nl": "Gezamenlijke dialoog"},
      "steps": [
        {"id": "take-home", "name": {"en": "What do we take home, what will we try?", "nl": "Wat nemen we mee, wat gaan we proberen?"}, "kind": "plenary", "duration": {"default": 25, "min": 20, "max": 30},
         "speakers": ["all"], "addressed": ["all"], "listeners": {"who": ["others"], "mode": "open"}, "recorder": ["scribe"],
         "prompts": [{"id": "take-home", "text": {"en": "What do we take home, and what will we try?", "nl": "Wat nemen we mee naar huis, en wat gaan we proberen?"}, "provenance": {"basis": "inference"}}],
         "captures": [{"id": "take-home-list", "type": "idea", "per": "person"}],
         "provenance": {"basis": "inference"}}
      ]
    }
  ]
}
"""#),
    ]
}
