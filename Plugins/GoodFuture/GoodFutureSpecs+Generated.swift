// swift-format-ignore-file
// GENERATED FILE. DO NOT EDIT! Run 'swift run dialogue-dev embed-specs'.
import DialogueSpec

extension GoodFuturePlugin {
    /// The JSON specs of this folder, compiled in.
    static let embeddedSpecs: [EmbeddedSpec] = [
        EmbeddedSpec(file: "good-future-follow-up.json", json: #"""
{
  "schemaVersion": 1,
  "id": "good-future-follow-up",
  "version": "1.0.0",
  "name": {
    "en": "Good Future follow-up meeting",
    "nl": "Vervolgbijeenkomst goede-toekomstdialoog",
    "fi": "Seurantapalaveri"
  },
  "summary": {
    "en": "The follow-up of a Good Future dialogue, weeks or months later: each participant in turn says how the plan has worked, what helped and what worries remain, their agreements are reviewed one by one, and the plan is revised together.",
    "nl": "Het vervolg op een goede-toekomstdialoog, weken of maanden later: iedereen vertelt om de beurt hoe het plan heeft gewerkt, wat heeft geholpen en welke zorgen er nog zijn; ieders afspraken worden één voor één nagelopen en samen wordt het plan bijgesteld."
  },
  "purpose": {
    "en": "See together what became of the plan, keep the hope credible, and agree what happens next.",
    "nl": "Samen bekijken wat er van het plan terecht is gekomen, de hoop geloofwaardig houden en afspreken wat er nu gebeurt."
  },
  "languages": [
    "en",
    "nl"
  ],
  "sources": [
    {
      "id": "S7",
      "citation": {"en": "Publisher description of the Finnish handbook Ennakointidialogit for network consultants (ISBN 9789523434943)", "nl": "Beschrijving van de uitgever van het Finse handboek Ennakointidialogit voor netwerkconsulenten (ISBN 9789523434943)"}
    },
    {
      "id": "S8",
      "citation": {"en": "Remsu (ed.) (2012), Ennakointidialogit perhekuntoutuksessa I osa, MLL", "nl": "Remsu (red.) (2012), Ennakointidialogit perhekuntoutuksessa I osa, MLL"}
    },
    {
      "id": "H",
      "citation": {"en": "Dialogical-Work Erasmus+ handbook, Dutch edition: Forlì case (a client, her son, ten professionals, two facilitators, three observers; follow-up two months later)", "nl": "Handboek Dialogical-Work (Erasmus+), Nederlandse editie: casus Forlì (een cliënte, haar zoon, tien professionals, twee facilitatoren, drie waarnemers; vervolgbijeenkomst twee maanden later)"}
    }
  ],
  "provenance": {
    "basis": "inference",
    "sources": [
      "S8",
      "H"
    ],
    "note": {
      "en": "That a follow-up meeting reviews the plan, with the same facilitators, is sourced (the MLL report's chapters on seurantapalaverit; the Forlì case checked every agreement two months later). Its structure (each participant in turn, then the plan revised), the questions and the timings are inference, not taken from a source.",
      "nl": "Dat een vervolgbijeenkomst het plan bespreekt, met dezelfde facilitatoren, komt uit de bronnen (de hoofdstukken over seurantapalaverit in het MLL-rapport; in de casus uit Forlì werd twee maanden later elke afspraak nagelopen). De opbouw (iedereen om de beurt, daarna het plan bijstellen), de vragen en de tijden zijn afgeleid, niet aan een bron ontleend."
    }
  },
  "participants": {
    "min": 4,
    "max": 24
  },
  "roles": [
    {
      "id": "initiator",
      "name": {
        "en": "Initiator (the worried professional)",
        "nl": "Initiatiefnemer (de bezorgde professional)",
        "fi": "Huolestunut työntekijä"
      },
      "description": {
        "en": "Acknowledges their own worry with the caregivers and asks for the meeting as a plea for help to lessen that worry.",
        "nl": "Bespreekt de eigen zorg met de ouders of verzorgers en vraagt de bijeenkomst aan als verzoek om hulp bij het verminderen van die zorg."
      },
      "count": {
        "min": 0,
        "max": 1
      },
      "constraints": [
        "in-case"
      ],
      "attributes": [
        "professional"
      ]
    },
    {
      "id": "interviewer",
      "name": {
        "en": "Interviewer (facilitator A)",
        "nl": "Interviewer (facilitator A)",
        "fi": "Haastattelija (verkostokonsultti)"
      },
      "description": {
        "en": "An outside facilitator with no role in the case; asks the fixed questions to one person at a time.",
        "nl": "Een externe facilitator zonder rol in de casus; stelt de vaste vragen aan één persoon tegelijk."
      },
      "count": {
        "min": 1,
        "max": 1
      },
      "constraints": [
        "external-to-case"
      ],
      "attributes": [
        "facilitator"
      ]
    },
    {
      "id": "note-taker",
      "name": {
        "en": "Note-taker (facilitator B)",
        "nl": "Notulist (facilitator B)",
        "fi": "Kirjaaja"
      },
      "description": {
        "en": "Writes public notes: each answer on flip charts where everyone can see it.",
        "nl": "Maakt publieke aantekeningen: elk antwoord op flappen die iedereen kan zien."
      },
      "count": {
        "min": 1,
        "max": 1
      },
      "constraints": [
        "external-to-case"
      ],
      "attributes": [
        "facilitator"
      ]
    },
    {
      "id": "family",
      "name": {
        "en": "Family member",
        "nl": "Gezinslid",
        "fi": "Perheenjäsen"
      },
      "description": {
        "en": "The client and family, children included; interviewed first.",
        "nl": "De cliënt en het gezin, kinderen inbegrepen; worden als eersten geïnterviewd."
      },
      "count": {
        "min": 1
      },
      "constraints": [
        "in-case"
      ],
      "attributes": [
        "family",
        "client"
      ]
    },
    {
      "id": "private-network",
      "name": {
        "en": "Private network",
        "nl": "Privénetwerk",
        "fi": "Läheisverkosto"
      },
      "description": {
        "en": "Relatives, friends, neighbours, invited in agreement with the family; interviewed with the family.",
        "nl": "Familie, vrienden, buren, uitgenodigd in overleg met het gezin; worden samen met het gezin geïnterviewd."
      },
      "count": {
        "min": 0
      },
      "constraints": [
        "in-case"
      ],
      "attributes": [
        "network"
      ]
    },
    {
      "id": "professional",
      "name": {
        "en": "Professional",
        "nl": "Professional",
        "fi": "Työntekijä"
      },
      "description": {
        "en": "School, social work, health and other workers; interviewed after the family, having listened to it first.",
        "nl": "Medewerkers van school, maatschappelijk werk, zorg en andere diensten; luisteren eerst naar het gezin en worden daarna geïnterviewd."
      },
      "count": {
        "min": 1
      },
      "constraints": [
        "in-case"
      ],
      "attributes": [
        "professional"
      ]
    },
    {
      "id": "observer",
      "name": {
        "en": "Observer",
        "nl": "Waarnemer"
      },
      "description": {
        "en": "Invited to learn the approach; does not take part in the dialogue.",
        "nl": "Uitgenodigd om de aanpak te leren; neemt niet deel aan de dialoog."
      },
      "count": {
        "min": 0,
        "max": 4
      },
      "constraints": [
        "external-to-case",
        "does-not-speak"
      ],
      "attributes": [
        "observer"
      ]
    }
  ],
  "roleGroups": [
    {
      "id": "family-network",
      "name": {
        "en": "Family and private network",
        "nl": "Gezin en privénetwerk"
      },
      "roles": [
        "family",
        "private-network"
      ],
      "required": true
    },
    {
      "id": "professionals",
      "name": {
        "en": "Professionals",
        "nl": "Professionals"
      },
      "roles": [
        "initiator",
        "professional"
      ],
      "required": true
    },
    {
      "id": "facilitators",
      "name": {
        "en": "Facilitators",
        "nl": "Facilitatoren"
      },
      "roles": [
        "interviewer",
        "note-taker"
      ],
      "required": true
    }
  ],
  "parameters": [
    {
      "id": "interval",
      "type": "text",
      "label": {
        "en": "Time since the meeting",
        "nl": "Tijd sinds de bijeenkomst"
      },
      "description": {
        "en": "How long ago the plan was made; two months in the Forlì case.",
        "nl": "Hoe lang geleden het plan is gemaakt; in de casus uit Forlì was dat twee maanden."
      },
      "default": {
        "en": "two months",
        "nl": "twee maanden"
      }
    }
  ],
  "groundRules": [
    {
      "en": "Everybody gets the same questions, one at a time.",
      "nl": "Iedereen krijgt om de beurt dezelfde vragen."
    },
    {
      "en": "One speaks, the others listen without commenting; comments wait.",
      "nl": "Er spreekt één persoon tegelijk; de anderen luisteren zonder commentaar. Reacties komen later."
    },
    {
      "en": "An agreement not kept is looked at, not blamed: what got in the way, and what now?",
      "nl": "Een afspraak die niet is nagekomen, bekijken we zonder verwijt: wat stond in de weg, en wat nu?"
    },
    {
      "en": "Plans are made openly together, never behind the parties' backs.",
      "nl": "Plannen worden samen en openlijk gemaakt, nooit achter de rug van de betrokkenen om."
    }
  ],
  "spaces": {
    "physical": {
      "en": "Chairs in a circle; the action plan of the first meeting on a flip chart everyone can see.",
      "nl": "Stoelen in een kring; het actieplan van de eerste bijeenkomst op een flap die iedereen kan zien."
    },
    "time": {
      "en": "Shorter than the first meeting, about an hour to an hour and a half; unhurried time for each person.",
      "nl": "Korter dan de eerste bijeenkomst, ongeveer een uur tot anderhalf uur; rustig de tijd voor iedereen."
    },
    "social": {
      "en": "The same people as at the first meeting, with the same two outside facilitators.",
      "nl": "Dezelfde mensen als bij de eerste bijeenkomst, met dezelfde twee externe facilitatoren."
    },
    "mental": {
      "en": "Curiosity about what worked, without judging what did not.",
      "nl": "Nieuwsgierigheid naar wat werkte, zonder te oordelen over wat niet lukte."
    },
    "discursive": {
      "en": "One person talks with the interviewer while the others listen; the plan is revised together afterwards.",
      "nl": "Eén persoon praat met de interviewer terwijl de anderen luisteren; daarna wordt het plan samen bijgesteld."
    }
  },
  "materials": [
    {
      "en": "The action plan and public notes of the first meeting",
      "nl": "Het actieplan en de publieke aantekeningen van de eerste bijeenkomst"
    },
    {
      "en": "Flip charts and markers",
      "nl": "Flappen en stiften"
    }
  ],
  "phases": [
    {
      "id": "preparation",
      "name": {
        "en": "Preparation",
        "nl": "Voorbereiding"
      },
      "steps": [
        {
          "id": "invite-again",
          "name": {
            "en": "Invite the same people and send the plan",
            "nl": "Dezelfde mensen uitnodigen en het plan toesturen"
          },
          "kind": "reflection",
          "when": "before",
          "speakers": [
            "interviewer",
            "note-taker"
          ],
          "prompts": [
            {
              "id": "invite",
              "text": {
                "en": "Invite everyone from the first meeting, with the same facilitators, and send them the action plan and the public notes.",
                "nl": "Nodig iedereen van de eerste bijeenkomst uit, met dezelfde facilitatoren, en stuur hun het actieplan en de publieke aantekeningen."
              },
              "provenance": {
                "basis": "background",
                "sources": [
                  "S8"
                ]
              }
            }
          ],
          "captures": [
            {
              "id": "invitations",
              "type": "note",
              "per": "step"
            }
          ]
        }
      ]
    },
    {
      "id": "opening",
      "name": {
        "en": "Opening",
        "nl": "Opening"
      },
      "frame": "present",
      "steps": [
        {
          "id": "welcome-back",
          "name": {
            "en": "Why we meet again",
            "nl": "Waarom we weer bij elkaar komen"
          },
          "kind": "plenary",
          "duration": {
            "default": 5,
            "min": 3,
            "max": 10
          },
          "speakers": [
            "interviewer"
          ],
          "addressed": [
            "all"
          ],
          "listeners": {
            "who": [
              "others"
            ],
            "mode": "no-interruption"
          },
          "prompts": [
            {
              "id": "frame",
              "text": {
                "en": "We made a plan together {interval} ago. Everyone will tell in turn how it has worked, while the others listen; then we look at the plan together.",
                "nl": "We hebben {interval} geleden samen een plan gemaakt. Iedereen vertelt om de beurt hoe het is gegaan, terwijl de anderen luisteren; daarna kijken we samen naar het plan."
              },
              "provenance": {
                "basis": "inference"
              }
            }
          ],
          "provenance": {
            "basis": "inference",
            "note": {
              "en": "Opening and its duration inferred, as in the first meeting.",
              "nl": "Opening en duur afgeleid, zoals bij de eerste bijeenkomst."
            }
          }
        }
      ]
    },
    {
      "id": "review-family",
      "name": {
        "en": "How the plan worked: family and private network",
        "nl": "Hoe het plan werkte: gezin en privénetwerk"
      },
      "frame": "present",
      "steps": [
        {
          "id": "review-family-network",
          "name": {
            "en": "Each family member and network member in turn",
            "nl": "Elk gezinslid en elk lid van het netwerk om de beurt"
          },
          "kind": "agreement-review",
          "duration": {
            "default": 6,
            "min": 4,
            "max": 10,
            "per": "speaker"
          },
          "speakers": [
            "family-network"
          ],
          "addressed": [
            "interviewer"
          ],
          "listeners": {
            "who": [
              "others"
            ],
            "mode": "silent"
          },
          "recorder": [
            "note-taker"
          ],
          "repeat": {
            "per": "participant",
            "of": [
              "family-network"
            ]
          },
          "prompts": [
            {
              "id": "worked",
              "to": [
                "family-network"
              ],
              "text": {
                "en": "How has the plan worked for you? What has gone well?",
                "nl": "Hoe heeft het plan voor jou gewerkt? Wat is er goed gegaan?"
              },
              "provenance": {
                "basis": "inference"
              }
            },
            {
              "id": "helped",
              "to": [
                "family-network"
              ],
              "text": {
                "en": "What has helped, and who helped you?",
                "nl": "Wat heeft geholpen, en wie heeft je geholpen?"
              },
              "provenance": {
                "basis": "inference"
              }
            },
            {
              "id": "worries",
              "to": [
                "family-network"
              ],
              "text": {
                "en": "What worries remain?",
                "nl": "Welke zorgen zijn er nog?"
              },
              "provenance": {
                "basis": "inference"
              }
            }
          ],
          "captures": [
            {
              "id": "follow-up-notes-family",
              "type": "note",
              "per": "person",
              "label": {
                "en": "Public notes per person and question",
                "nl": "Publieke aantekeningen per persoon en vraag"
              }
            }
          ],
          "provenance": {
            "basis": "inference",
            "note": {
              "en": "Family first, as in the first meeting; the questions and about 4–10 minutes per person are inferred.",
              "nl": "Eerst het gezin, zoals bij de eerste bijeenkomst; de vragen en ongeveer 4–10 minuten per persoon zijn afgeleid."
            }
          }
        }
      ]
    },
    {
      "id": "review-professionals",
      "name": {
        "en": "How the plan worked: professionals",
        "nl": "Hoe het plan werkte: professionals"
      },
      "frame": "present",
      "steps": [
        {
          "id": "swap-facilitators",
          "name": {
            "en": "Facilitators may swap roles",
            "nl": "Facilitatoren kunnen van rol wisselen"
          },
          "kind": "role-swap",
          "duration": {
            "default": 0,
            "min": 0,
            "max": 1
          },
          "swap": [
            {
              "between": [
                "interviewer",
                "note-taker"
              ]
            }
          ],
          "provenance": {
            "basis": "inference",
            "note": {
              "en": "As in the first meeting; skip it if you do not swap.",
              "nl": "Zoals bij de eerste bijeenkomst; sla deze stap over als jullie niet van rol wisselen."
            }
          }
        },
        {
          "id": "review-each-professional",
          "name": {
            "en": "Each professional in turn",
            "nl": "Iedere professional om de beurt"
          },
          "kind": "agreement-review",
          "duration": {
            "default": 4,
            "min": 3,
            "max": 6,
            "per": "speaker"
          },
          "speakers": [
            "professionals"
          ],
          "addressed": [
            "interviewer"
          ],
          "listeners": {
            "who": [
              "others"
            ],
            "mode": "silent"
          },
          "recorder": [
            "note-taker"
          ],
          "repeat": {
            "per": "participant",
            "of": [
              "professionals"
            ]
          },
          "prompts": [
            {
              "id": "did",
              "to": [
                "professionals"
              ],
              "text": {
                "en": "What did you do of what we agreed, and how has it worked?",
                "nl": "Wat heb jij gedaan van wat we hadden afgesproken, en hoe heeft dat gewerkt?"
              },
              "provenance": {
                "basis": "inference"
              }
            },
            {
              "id": "helped",
              "to": [
                "professionals"
              ],
              "text": {
                "en": "What has helped, and who helped you?",
                "nl": "Wat heeft geholpen, en wie heeft je geholpen?"
              },
              "provenance": {
                "basis": "inference"
              }
            },
            {
              "id": "worries",
              "to": [
                "professionals"
              ],
              "text": {
                "en": "What worries remain?",
                "nl": "Welke zorgen zijn er nog?"
              },
              "provenance": {
                "basis": "inference"
              }
            }
          ],
          "captures": [
            {
              "id": "follow-up-notes-professionals",
              "type": "note",
              "per": "person"
            }
          ],
          "provenance": {
            "basis": "inference",
            "note": {
              "en": "About 3–6 minutes per person is inferred.",
              "nl": "Ongeveer 3–6 minuten per persoon is afgeleid."
            }
          }
        }
      ]
    },
    {
      "id": "revision",
      "name": {
        "en": "Revising the plan",
        "nl": "Het plan bijstellen"
      },
      "frame": "present",
      "steps": [
        {
          "id": "revise",
          "name": {
            "en": "What next, by whom, with whom?",
            "nl": "Wat nu, door wie, met wie?"
          },
          "kind": "agreements",
          "duration": {
            "default": 20,
            "min": 15,
            "max": 30
          },
          "speakers": [
            "family-network",
            "professionals",
            "interviewer"
          ],
          "addressed": [
            "all"
          ],
          "listeners": {
            "who": [
              "others"
            ],
            "mode": "open"
          },
          "recorder": [
            "note-taker"
          ],
          "prompts": [
            {
              "id": "what-next",
              "text": {
                "en": "Looking at the plan and what we heard: what next, by whom, with whom?",
                "nl": "Als we kijken naar het plan en naar wat we hebben gehoord: wat nu, door wie, met wie?"
              },
              "provenance": {
                "basis": "inference"
              }
            }
          ],
          "captures": [
            {
              "id": "revised-plan",
              "type": "agreement",
              "per": "step",
              "label": {
                "en": "Revised action plan",
                "nl": "Bijgesteld actieplan"
              }
            }
          ],
          "provenance": {
            "basis": "inference",
            "note": {
              "en": "15–30 minutes is inferred.",
              "nl": "15–30 minuten is afgeleid."
            }
          }
        }
      ]
    },
    {
      "id": "closing",
      "name": {
        "en": "Closing",
        "nl": "Afsluiting"
      },
      "frame": "present",
      "steps": [
        {
          "id": "next-follow-up",
          "name": {
            "en": "Agree whether and when to meet again",
            "nl": "Afspreken of en wanneer we weer bij elkaar komen"
          },
          "kind": "agreements",
          "duration": {
            "default": 5,
            "min": 3,
            "max": 10
          },
          "speakers": [
            "interviewer"
          ],
          "addressed": [
            "all"
          ],
          "listeners": {
            "who": [
              "others"
            ],
            "mode": "open"
          },
          "prompts": [
            {
              "id": "again",
              "text": {
                "en": "Do we meet again to see how the revised plan works, and when? Everyone gets a copy of the notes and the plan.",
                "nl": "Komen we weer bij elkaar om te bekijken hoe het bijgestelde plan werkt, en zo ja, wanneer? Iedereen krijgt een kopie van de aantekeningen en het plan."
              },
              "provenance": {
                "basis": "background",
                "sources": [
                  "S8"
                ]
              }
            }
          ],
          "captures": [
            {
              "id": "next-meeting",
              "type": "agreement",
              "per": "step",
              "label": {
                "en": "Next follow-up meeting",
                "nl": "Volgende vervolgbijeenkomst"
              }
            }
          ],
          "provenance": {
            "basis": "inference",
            "note": {
              "en": "Duration inferred.",
              "nl": "Duur afgeleid."
            }
          }
        }
      ]
    }
  ]
}
"""#),
        EmbeddedSpec(file: "good-future.json", json: #"""
{
  "schemaVersion": 1,
  "id": "good-future",
  "version": "1.0.0",
  "name": {"en": "Good Future dialogue (Anticipation Dialogue)", "nl": "Goede-toekomstdialoog (anticipatiedialoog)", "fi": "Tulevaisuuden muistelu (ennakointidialogi)"},
  "summary": {
    "en": "A network meeting where two outside facilitators interview each participant from an imagined good future, family and private network first, then plan who does what with whom next.",
    "nl": "Een netwerkbijeenkomst waarin twee externe facilitatoren iedereen om de beurt interviewen vanuit een denkbeeldige goede toekomst, eerst het gezin en het privénetwerk, daarna de professionals; tot slot plant men samen wie wat met wie gaat doen."
  },
  "purpose": {
    "en": "Credible hopefulness, a balanced picture of obstacles and possibilities, and coordinated action in a stuck multi-agency situation.",
    "nl": "Geloofwaardige hoop, een evenwichtig beeld van obstakels en mogelijkheden, en gecoördineerde actie in een vastgelopen situatie met veel hulpverleners."
  },
  "languages": ["en", "nl"],
  "sources": [
    {"id": "S1", "citation": {"en": "Seikkula & Arnkil, Dialogical Meetings in Social Networks, chapter on anticipation dialogues (Routledge, ISBN 9780429473685)", "nl": "Seikkula & Arnkil, Dialogical Meetings in Social Networks, hoofdstuk over anticipatiedialogen (Routledge, ISBN 9780429473685)"}, "url": "https://www.taylorfrancis.com/books/9780429473685/chapters/10.4324/9780429473685-5"},
    {"id": "S2", "citation": "Seikkula, Arnkil & Eriksson (2003), Postmodern Society and Social Networks: Open and Anticipation Dialogues in Network Meetings, Family Process 42(2):185–203"},
    {"id": "S3", "citation": {"en": "Johansson-Juup & Österlund (2009), Dialogical Meetings – Anticipation dialogues to improve the collaboration between school and social welfare (slides)", "nl": "Johansson-Juup & Österlund (2009), Dialogical Meetings – Anticipation dialogues to improve the collaboration between school and social welfare (dia's)"}},
    {"id": "S4", "citation": {"en": "Innokylä, Tulevaisuuden muistelu (tool page)", "nl": "Innokylä, Tulevaisuuden muistelu (webpagina over de methode)"}, "url": "https://innokyla.fi/fi/tyokalut/tulevaisuuden-muistelu"},
    {"id": "S5", "citation": "Erickson, I Dialoghi sul Futuro", "url": "https://www.erickson.it/it/mondo-erickson/i-dialoghi-sul-futuro"},
    {"id": "S7", "citation": {"en": "Publisher description of the Finnish handbook Ennakointidialogit for network consultants (ISBN 9789523434943)", "nl": "Beschrijving van de uitgever van het Finse handboek Ennakointidialogit voor netwerkconsulenten (ISBN 9789523434943)"}},
    {"id": "S8", "citation": {"en": "Remsu (ed.) (2012), Ennakointidialogit perhekuntoutuksessa I osa, MLL", "nl": "Remsu (red.) (2012), Ennakointidialogit perhekuntoutuksessa I osa, MLL"}},
    {"id": "S12", "citation": {"en": "Arnkil (2014), Network dialogues, dialogues in networks, Trento (slides)", "nl": "Arnkil (2014), Network dialogues, dialogues in networks, Trento (dia's)"}},
    {"id": "H", "citation": {"en": "Dialogical-Work Erasmus+ handbook, Dutch edition: Forlì case (a client, her son, ten professionals, two facilitators, three observers; follow-up two months later)", "nl": "Handboek Dialogical-Work (Erasmus+), Nederlandse editie: casus Forlì (een cliënte, haar zoon, tien professionals, twee facilitatoren, drie waarnemers; vervolgbijeenkomst twee maanden later)"}}
  ],
  "provenance": {"basis": "background", "sources": ["S1", "S3", "S4", "S7"], "note": {"en": "The exact question wording and the timings are background knowledge (Seikkula & Arnkil 2006; THL) and inference, not re-checked against a primary text; the 'a year has passed' frame, the two facilitators and the public notes are sourced.", "nl": "De precieze vraagformulering en de tijden zijn achtergrondkennis (Seikkula & Arnkil 2006; THL) en eigen afleiding, niet opnieuw getoetst aan een primaire tekst; het kader 'er is een jaar voorbij', de twee facilitatoren en de publieke aantekeningen komen wel uit de bronnen."}},
  "participants": {"min": 4, "max": 24},
  "roles": [
    {"id": "initiator", "name": {"en": "Initiator (the worried professional)", "nl": "Initiatiefnemer (de bezorgde professional)", "fi": "Huolestunut työntekijä"}, "description": {"en": "Acknowledges their own worry with the caregivers and asks for the meeting as a plea for help to lessen that worry.", "nl": "Bespreekt de eigen zorg met de ouders of verzorgers en vraagt de bijeenkomst aan als verzoek om hulp bij het verminderen van die zorg."}, "count": {"min": 0, "max": 1}, "constraints": ["in-case"], "attributes": ["professional"]},
    {"id": "interviewer", "name": {"en": "Interviewer (facilitator A)", "nl": "Interviewer (facilitator A)", "fi": "Haastattelija (verkostokonsultti)"}, "description": {"en": "An outside facilitator with no role in the case; asks the fixed questions to one person at a time.", "nl": "Een externe facilitator zonder rol in de casus; stelt de vaste vragen aan één persoon tegelijk."}, "count": {"min": 1, "max": 1}, "constraints": ["external-to-case"], "attributes": ["facilitator"]},
    {"id": "note-taker", "name": {"en": "Note-taker (facilitator B)", "nl": "Notulist (facilitator B)", "fi": "Kirjaaja"}, "description": {"en": "Writes public notes: each answer on flip charts where everyone can see it.", "nl": "Maakt publieke aantekeningen: elk antwoord op flappen die iedereen kan zien."}, "count": {"min": 1, "max": 1}, "constraints": ["external-to-case"], "attributes": ["facilitator"]},
    {"id": "family", "name": {"en": "Family member", "nl": "Gezinslid", "fi": "Perheenjäsen"}, "description": {"en": "The client and family, children included; interviewed first.", "nl": "De cliënt en het gezin, kinderen inbegrepen; worden als eersten geïnterviewd."}, "count": {"min": 1}, "constraints": ["in-case"], "attributes": ["family", "client"]},
    {"id": "private-network", "name": {"en": "Private network", "nl": "Privénetwerk", "fi": "Läheisverkosto"}, "description": {"en": "Relatives, friends, neighbours, invited in agreement with the family; interviewed with the family.", "nl": "Familie, vrienden, buren, uitgenodigd in overleg met het gezin; worden samen met het gezin geïnterviewd."}, "count": {"min": 0}, "constraints": ["in-case"], "attributes": ["network"]},
    {"id": "professional", "name": {"en": "Professional", "nl": "Professional", "fi": "Työntekijä"}, "description": {"en": "School, social work, health and other workers; interviewed after the family, having listened to it first.", "nl": "Medewerkers van school, maatschappelijk werk, zorg en andere diensten; luisteren eerst naar het gezin en worden daarna geïnterviewd."}, "count": {"min": 1}, "constraints": ["in-case"], "attributes": ["professional"]},
    {"id": "observer", "name": {"en": "Observer", "nl": "Waarnemer"}, "description": {"en": "Invited to learn the approach; does not take part in the dialogue.", "nl": "Uitgenodigd om de aanpak te leren; neemt niet deel aan de dialoog."}, "count": {"min": 0, "max": 4}, "constraints": ["external-to-case", "does-not-speak"], "attributes": ["observer"]}
  ],
  "roleGroups": [
    {"id": "family-network", "name": {"en": "Family and private network", "nl": "Gezin en privénetwerk"}, "roles": ["family", "private-network"], "required": true},
    {"id": "professionals", "name": {"en": "Professionals", "nl": "Professionals"}, "roles": ["initiator", "professional"], "required": true},
    {"id": "facilitators", "name": {"en": "Facilitators", "nl": "Facilitatoren"}, "roles": ["interviewer", "note-taker"], "required": true}
  ],
  "parameters": [
    {"id": "horizon", "type": "text", "label": {"en": "Time horizon", "nl": "Tijdshorizon"}, "description": {"en": "How far ahead the imagined good future lies; normally a year.", "nl": "Hoe ver weg de denkbeeldige goede toekomst ligt; meestal een jaar."}, "default": {"en": "year", "nl": "jaar", "fi": "vuosi"}},
    {"id": "subject", "type": "text", "label": {"en": "How things stand in the good future", "nl": "Hoe het er in de goede toekomst voor staat"}, "description": {"en": "A whole clause: 'things are quite well' for a family; 'the action plan is working well' or 'the project is going well' for the project version.", "nl": "Een volledige deelzin: 'het gaat best goed' voor een gezin; 'het actieplan werkt goed' of 'het project loopt goed' voor de projectvariant."}, "default": {"en": "things are quite well", "nl": "het gaat best goed"}}
  ],
  "groundRules": [
    {"en": "Everybody gets the same basic questions.", "nl": "Iedereen krijgt dezelfde basisvragen."},
    {"en": "One speaks, the others listen without commenting; comments wait.", "nl": "Er spreekt één persoon tegelijk; de anderen luisteren zonder commentaar. Reacties komen later."},
    {"en": "Plans are made openly together, never behind the parties' backs.", "nl": "Plannen worden samen en openlijk gemaakt, nooit achter de rug van de betrokkenen om."},
    {"en": "The facilitators have no role in the case.", "nl": "De facilitatoren hebben geen rol in de casus."}
  ],
  "spaces": {
    "physical": {"en": "Chairs in a circle; flip charts that everyone can see for the public notes.", "nl": "Stoelen in een kring; flappen die iedereen kan zien voor de publieke aantekeningen."},
    "time": {"en": "About two hours; unhurried time for each answer; talking and listening separated.", "nl": "Ongeveer twee uur; rustig de tijd voor elk antwoord; spreken en luisteren gescheiden."},
    "social": {"en": "The family, its private network and the professionals, invited in agreement with the family; two outside facilitators.", "nl": "Het gezin, het privénetwerk en de professionals, uitgenodigd in overleg met het gezin; twee externe facilitatoren."},
    "mental": {"en": "Credible hopefulness: start from a good future, with respectful curiosity.", "nl": "Geloofwaardige hoop: ga uit van een goede toekomst, met respectvolle nieuwsgierigheid."},
    "discursive": {"en": "Listeners have inner dialogue while one person talks with the interviewer; no defending, no debating.", "nl": "Luisteraars voeren een innerlijke dialoog terwijl één persoon met de interviewer praat; niet verdedigen, niet debatteren."}
  },
  "materials": [
    {"en": "Flip charts and markers for the public notes", "nl": "Flappen en stiften voor de publieke aantekeningen"}
  ],
  "phases": [
    {
      "id": "preparation",
      "name": {"en": "Preparation", "nl": "Voorbereiding"},
      "steps": [
        {
          "id": "acknowledge-worry",
          "name": {"en": "Acknowledge the worry with the caregivers", "nl": "De zorg bespreken met de verzorgers"},
          "kind": "reflection",
          "when": "before",
          "speakers": ["initiator"],
          "prompts": [
            {"id": "plea", "text": {"en": "Tell the parents or caregivers about your own worry and suggest the meeting as a request for help to lessen it, without blame.", "nl": "Vertel de ouders of verzorgers over je eigen zorg en stel de bijeenkomst voor als een verzoek om hulp bij het verminderen van die zorg, zonder verwijt."}, "provenance": {"basis": "source", "sources": ["S1"]}}
          ],
          "captures": [{"id": "worry-acknowledged", "type": "note", "per": "step"}]
        },
        {
          "id": "invite",
          "name": {"en": "Decide whom to invite", "nl": "Bepalen wie er wordt uitgenodigd"},
          "kind": "reflection",
          "when": "before",
          "speakers": ["initiator", "interviewer", "note-taker"],
          "prompts": [
            {"id": "whom", "text": {"en": "With the family, decide whom to invite from the private network and which professionals.", "nl": "Bepaal samen met het gezin wie uit het privénetwerk en welke professionals worden uitgenodigd."}, "provenance": {"basis": "source", "sources": ["S5", "S7"]}}
          ],
          "captures": [{"id": "invitations", "type": "note", "per": "step"}]
        }
      ]
    },
    {
      "id": "opening",
      "name": {"en": "Opening", "nl": "Opening"},
      "frame": "present",
      "steps": [
        {
          "id": "welcome",
          "name": {"en": "Purpose, roles and ground rules", "nl": "Doel, rollen en spelregels"},
          "kind": "plenary",
          "duration": {"default": 7, "min": 5, "max": 10},
          "speakers": ["interviewer"],
          "addressed": ["all"],
          "listeners": {"who": ["others"], "mode": "no-interruption"},
          "prompts": [
            {"id": "frame", "text": {"en": "Everybody will get the same questions, one at a time, while the others listen. We will imagine that a {horizon} has passed.", "nl": "Iedereen krijgt om de beurt dezelfde vragen, terwijl de anderen luisteren. We stellen ons voor dat er een {horizon} voorbij is."}, "provenance": {"basis": "source", "sources": ["S3", "S4"]}}
          ],
          "provenance": {"basis": "inference", "note": {"en": "Duration inferred.", "nl": "Duur afgeleid."}}
        }
      ]
    },
    {
      "id": "future-family",
      "name": {"en": "Recalling the future: family and private network", "nl": "De toekomst herinneren: gezin en privénetwerk"},
      "frame": "future-recall",
      "steps": [
        {
          "id": "recall-family",
          "name": {"en": "Interview each family member and network member", "nl": "Elk gezinslid en elk lid van het netwerk interviewen"},
          "kind": "future-recall",
          "duration": {"default": 7, "min": 5, "max": 10, "per": "speaker"},
          "speakers": ["family-network"],
          "addressed": ["interviewer"],
          "listeners": {"who": ["others"], "mode": "silent"},
          "recorder": ["note-taker"],
          "repeat": {"per": "participant", "of": ["family-network"]},
          "prompts": [
            {"id": "q1", "to": ["family-network"], "text": {"en": "A {horizon} has passed and {subject}. How are things for you? What are you especially pleased about?", "nl": "Er is een {horizon} voorbij en {subject}. Hoe gaat het met jou? Waar ben je vooral blij mee?", "fi": "Vuosi on kulunut ja asiat ovat aika hyvin. Miten asiat ovat? Mistä olet erityisen iloinen?"}, "provenance": {"basis": "background", "sources": ["S3", "S4"], "note": {"en": "The frame is sourced; the wording is background knowledge.", "nl": "Het kader komt uit de bronnen; de formulering is achtergrondkennis."}}},
            {"id": "q2", "to": ["family-network"], "text": {"en": "What did you do to bring about the good development? Who helped you, and how?", "nl": "Wat heb jij gedaan om deze goede ontwikkeling mogelijk te maken? Wie heeft je daarbij geholpen, en hoe?", "fi": "Mitä teit, että hyvä kehitys tapahtui? Kuka auttoi ja miten?"}, "provenance": {"basis": "background"}},
            {"id": "q3", "to": ["family-network"], "text": {"en": "What were you worried about a {horizon} ago, and what made your worries lessen?", "nl": "Waar maakte je je een {horizon} geleden zorgen over, en waardoor zijn die zorgen minder geworden?", "fi": "Mistä olit huolissasi vuosi sitten ja mikä huoliasi vähensi?"}, "provenance": {"basis": "background"}}
          ],
          "captures": [{"id": "public-notes-family", "type": "note", "per": "person", "label": {"en": "Public notes per person and question", "nl": "Publieke aantekeningen per persoon en vraag"}}],
          "provenance": {"basis": "inference", "note": {"en": "About 5–10 minutes per person is inferred; the order family first is background knowledge.", "nl": "Ongeveer 5–10 minuten per persoon is afgeleid; dat het gezin als eerste aan de beurt is, is achtergrondkennis."}}
        }
      ]
    },
    {
      "id": "future-professionals",
      "name": {"en": "Recalling the future: professionals", "nl": "De toekomst herinneren: professionals"},
      "frame": "future-recall",
      "steps": [
        {
          "id": "swap-facilitators",
          "name": {"en": "Facilitators may swap roles", "nl": "Facilitatoren kunnen van rol wisselen"},
          "kind": "role-swap",
          "duration": {"default": 0, "min": 0, "max": 1},
          "swap": [{"between": ["interviewer", "note-taker"]}],
          "provenance": {"basis": "inference", "note": {"en": "Commonly done between the family and the professionals' phase; skip it if you do not.", "nl": "Gebruikelijk tussen de fase van het gezin en die van de professionals; sla deze stap over als jullie niet van rol wisselen."}}
        },
        {
          "id": "recall-professionals",
          "name": {"en": "Interview each professional", "nl": "Iedere professional interviewen"},
          "kind": "future-recall",
          "duration": {"default": 4, "min": 3, "max": 5, "per": "speaker"},
          "speakers": ["professionals"],
          "addressed": ["interviewer"],
          "listeners": {"who": ["others"], "mode": "silent"},
          "recorder": ["note-taker"],
          "repeat": {"per": "participant", "of": ["professionals"]},
          "prompts": [
            {"id": "p1", "to": ["professionals"], "text": {"en": "A {horizon} has passed and, as we heard, things are quite well for the family. What did you do to support the good development? Who helped you, and how?", "nl": "Er is een {horizon} voorbij en het gaat, zoals we hebben gehoord, best goed met het gezin. Wat heb jij gedaan om die goede ontwikkeling te ondersteunen? Wie heeft je daarbij geholpen, en hoe?"}, "provenance": {"basis": "background", "note": {"en": "Professionals are not asked what they are pleased about: the family defines the future.", "nl": "Professionals wordt niet gevraagd waar ze blij mee zijn: het gezin bepaalt de toekomst."}}},
            {"id": "p2", "to": ["professionals"], "text": {"en": "What were you worried about a {horizon} ago, and what made your worries lessen?", "nl": "Waar maakte je je een {horizon} geleden zorgen over, en waardoor zijn die zorgen minder geworden?"}, "provenance": {"basis": "background"}}
          ],
          "captures": [{"id": "public-notes-professionals", "type": "note", "per": "person"}],
          "provenance": {"basis": "inference", "note": {"en": "About 3–5 minutes per person is inferred.", "nl": "Ongeveer 3–5 minuten per persoon is afgeleid."}}
        }
      ]
    },
    {
      "id": "planning",
      "name": {"en": "Back to the present: planning", "nl": "Terug naar het heden: plannen"},
      "frame": "present",
      "steps": [
        {
          "id": "plan",
          "name": {"en": "Who does what with whom, next?", "nl": "Wie doet wat met wie, als volgende stap?"},
          "kind": "agreements",
          "duration": {"default": 30, "min": 20, "max": 40},
          "speakers": ["family-network", "professionals", "interviewer"],
          "addressed": ["all"],
          "listeners": {"who": ["others"], "mode": "open"},
          "recorder": ["note-taker"],
          "prompts": [
            {"id": "who-does-what", "text": {"en": "Looking at the notes: who does what, with whom, next?", "nl": "Als we naar de aantekeningen kijken: wie doet wat, met wie, als volgende stap?", "fi": "Kuka tekee mitä, kenen kanssa, seuraavaksi?"}, "provenance": {"basis": "background", "sources": ["S7"], "note": {"en": "The sense is sourced: everyone knows what they do next and with whom.", "nl": "De strekking komt uit de bronnen: iedereen weet wat hij of zij hierna doet en met wie."}}}
          ],
          "captures": [{"id": "action-plan", "type": "agreement", "per": "step", "label": {"en": "Action plan", "nl": "Actieplan"}}],
          "provenance": {"basis": "inference", "note": {"en": "20–40 minutes is inferred.", "nl": "20–40 minuten is afgeleid."}}
        }
      ]
    },
    {
      "id": "closing",
      "name": {"en": "Closing", "nl": "Afsluiting"},
      "frame": "present",
      "steps": [
        {
          "id": "follow-up",
          "name": {"en": "Agree the follow-up meeting", "nl": "De vervolgbijeenkomst afspreken"},
          "kind": "agreements",
          "duration": {"default": 5, "min": 3, "max": 10},
          "speakers": ["interviewer"],
          "addressed": ["all"],
          "listeners": {"who": ["others"], "mode": "open"},
          "prompts": [
            {"id": "when-again", "text": {"en": "When do we meet again to see how the plan has worked? Everyone gets a copy of the notes and the plan.", "nl": "Wanneer komen we weer bij elkaar om te bekijken hoe het plan heeft uitgepakt? Iedereen krijgt een kopie van de aantekeningen en het plan."}, "provenance": {"basis": "background", "sources": ["S8", "H"]}}
          ],
          "captures": [
            {"id": "follow-up-meeting", "type": "agreement", "per": "step", "label": {"en": "Follow-up meeting", "nl": "Vervolgbijeenkomst"}},
            {"id": "feedback", "type": "note", "per": "person", "label": {"en": "Immediate feedback", "nl": "Directe feedback"}}
          ],
          "provenance": {"basis": "inference", "note": {"en": "Agreeing a follow-up is sourced; its 3–10 minutes are inferred.", "nl": "Een vervolgbijeenkomst afspreken komt uit de bronnen; de 3–10 minuten zijn afgeleid."}}
        }
      ]
    },
    {
      "id": "afterwards",
      "name": {"en": "Afterwards", "nl": "Na afloop"},
      "steps": [
        {
          "id": "share-notes",
          "name": {"en": "Send the notes and plan to everyone", "nl": "Aantekeningen en plan naar iedereen sturen"},
          "kind": "reflection",
          "when": "after",
          "speakers": ["note-taker"],
          "prompts": [
            {"id": "copies", "text": {"en": "Send a copy of the public notes and the action plan to all participants.", "nl": "Stuur een kopie van de publieke aantekeningen en het actieplan naar alle deelnemers."}, "provenance": {"basis": "background"}}
          ]
        }
      ]
    }
  ]
}
"""#),
    ]
}
