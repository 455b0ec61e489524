import DialogueKit
import Foundation
import Testing

@testable import DialogueCLI

/// Real note openings in English and Dutch that start with a command word or alias: every
/// one must be read as a note, verbatim.
let noteOpenings: [String] = {
    let sentences = [
        "Next week Sem starts at the new school.", "End of the story is happy.", "Quit smoking is what Ruud wants.",
        "Status update from the school: better.", "S is fine with it.", "Help from the neighbours came.",
        "Note that Karin called twice.", "Idea from Mila: a shared calendar.", "Concern about the debts remains.",
        "As Mila said, mornings are hard.", "Start at nine on Mondays.", "Review of the plan in February.",
        "Worry about his sleep is smaller now.", "Back to school in January.", "Skip the bus, walk instead.",
        "Pause at lunch is important for him.", "Resume football after the holidays.",
        "Extend the contract with the coach.", "Score 7 for the school plan, says Sem.",
        "Agree with Karin that the timetable helps.", "Edit the letter to the school together.",
        "Withdraw from the club was not needed.", "Swap shifts with Ruud on Fridays.", "Again the mornings went well.",
        "Followup with the GP in March.", "Undo the old arrangement with the school.", "Volgende week begint Sem.",
        "Terug naar school in januari.", "Overslaan van het ontbijt gebeurt niet meer.", "Pauze om twaalf uur helpt.",
        "Verder gaat het goed met Mila.", "Verleng de afspraak met de coach.", "Notitie: Karin belde twee keer.",
        "Idee van oma: samen koken.", "Zorg om de schulden blijft.", "Zorgniveau is gedaald volgens Ruud.",
        "Cijfer 8 voor het plan.", "Afspraak met de huisarts in maart.", "Als Mila het zegt, klopt het.",
        "Wijzig het rooster op maandag.", "Intrekken van de melding is gelukt.", "Ongedaan maken kan niet meer.",
        "Wissel de diensten met Ruud.", "Opnieuw ging het goed.", "Evaluatie in februari.",
        "Vervolg in maart bij de school.", "Stand van zaken: beter.", "Hulp van de buren kwam.",
        "Einde van het jaar is het doel.", "Stop met roken wil Ruud.", "Begin bij de ochtenden.",
        "N is for the neighbour who helps.", "B-plan: Jannie cooks.", "P.S. Sem scored a goal.", "R u sure, asks Sem.",
        "H is where we meet.", "Q: who drives on Fridays?", "V is voor vriendschap.", "T staat voor trots.",
        "U bent welkom, zei de school.", "? is what Sem wrote on the form, laughing.", "+5 kilo is what Sem gained.",
        "next to the school lives Jannie.", "END of the worries, says Mila.", "quit: the word Sem used for smoking.",
    ]
    // Every command word and alias, in both capitalisations, opening a sentence.
    var generated: [String] = []
    for command in ConsoleCommandName.allCases {
        for word in command.words.en + command.words.nl where word.count > 1 {
            generated.append("\(word) is what Mila said about the mornings.")
            generated.append(
                "\(word.prefix(1).uppercased() + word.dropFirst()) — zei Karin — is het woord van vandaag.")
        }
        for word in command.words.en + command.words.nl {
            generated.append("\(word.uppercased()), said Sem, was his first word.")
        }
    }
    return sentences + generated
}()

@Suite struct ConsoleGrammarTests {
    @Test func noteOpeningsAreNotesVerbatim() {
        #expect(noteOpenings.count >= 200, "\(noteOpenings.count) openings")
        for opening in noteOpenings {
            #expect(ConsoleLine.read(opening) == .note(opening), "\(opening)")
        }
    }

    @Test func commandsStartWithASlash() {
        #expect(ConsoleLine.read("/next") == .command(.next, ""))
        #expect(ConsoleLine.read("/v") == .command(.next, ""))
        #expect(ConsoleLine.read("/+5") == .command(.extend, "5"))
        #expect(ConsoleLine.read("/afspraak Karin: bellen") == .command(.agree, "Karin: bellen"))
        #expect(ConsoleLine.read("//etc is a folder") == .note("/etc is a folder"))
        #expect(ConsoleLine.read("/nxet") == .unknownCommand("nxet", suggestion: "next"))
        #expect(ConsoleLine.read("next") == .bareCommandWord(.next, typed: "next"))
        #expect(ConsoleLine.read("End") == .bareCommandWord(.end, typed: "End"))
        #expect(ConsoleLine.read("+5") == .bareCommandWord(.extend, typed: "+5"))
        #expect(ConsoleLine.read("   ") == .empty)
    }

    @Test func controlCharactersNeverReachARecord() {
        let typed = "Mila\u{1B}[D\u{1B}[2J said \u{1B}]0;title\u{7}ok\u{8}\u{202E}!"
        #expect(PrintableText.clean(typed) == "Mila said ok!")
        #expect(PrintableText.clean("tab\there\nline") == "tab here line")
    }
}

/// A plan and a state in a Good Future step, for the interpreter.
func interpreterAt(stepSuffix: String, language: String = "en") throws -> ConsoleInterpreter {
    let agenda = """
        {"schemaVersion": 1, "title": "T", "language": "\(language)", "date": "2026-12-03", "start": "13:30",
         "timeZone": "Europe/Amsterdam", "participants": [
          {"name": "Mila de Vries", "roles": ["family"]}, {"name": "Sem de Vries", "roles": ["family"]},
          {"name": "Anna Bakker", "roles": ["family"]}, {"name": "Anna Smit", "roles": ["professional"]},
          {"name": "José Ruiz", "roles": ["professional"]}, {"name": "Anouk", "roles": ["interviewer"]},
          {"name": "Peter", "roles": ["note-taker"]}],
         "items": [{"type": "method", "method": "good-future"}]}
        """
    guard let read = AgendaReader.read(SourceText(file: "a.json", bytes: Array(agenda.utf8))).agenda else {
        throw CommandFailure(message: "agenda")
    }
    let plan = try Toolkit.standard.planner(Toolkit.standard.library()).plan(read)
    var state = SessionState()
    let context = SessionContext(plan: plan)
    let at = plan.start
    try state.apply(JournalEntry(seq: 0, at: at, event: .start), context: context)
    while let step = state.currentStep(in: plan), !step.id.hasSuffix(stepSuffix) {
        try state.apply(JournalEntry(seq: state.sequence, at: at, event: .skip), context: context)
    }
    return ConsoleInterpreter(plan: plan, state: state, today: CalendarDate(year: 2026, month: 12, day: 3) ?? .epoch)
}

extension ConsoleOutcome {
    var event: SessionEvent? {
        if case .event(let event) = self { return event }
        return nil
    }
    var message: String? {
        if case .message(let text) = self { return text }
        return nil
    }
    var choices: [String]? {
        if case .choose(_, let options) = self { return options.map(\.label) }
        return nil
    }
}

@Suite struct ConsoleInterpreterTests {
    @Test func agreementsAreSplitOnMarkersOnly() throws {
        let console = try interpreterAt(stepSuffix: ".plan")
        #expect(
            console.interpret("/agree Sem: help his mother with the diet by Friday").event
                == .agreement(
                    who: ["Sem de Vries"], what: "help his mother with the diet by Friday", withWhom: [], byWhen: nil))
        #expect(
            console.interpret("/agree José, mila: call the school /with Sem /by 17-12-2026").event
                == .agreement(
                    who: ["José Ruiz", "Mila de Vries"], what: "call the school", withWhom: ["Sem de Vries"],
                    byWhen: "2026-12-17"))
        #expect(
            console.interpret("/agree call the school /door Sem /met \"the school team\" /voor volgende week").event
                == .agreement(
                    who: ["Sem de Vries"], what: "call the school", withWhom: ["the school team"], byWhen: "2026-12-10")
        )
    }

    @Test func unclearNamesAreAskedNotGuessed() throws {
        let console = try interpreterAt(stepSuffix: ".plan")
        #expect(console.interpret("/agree Anna: call").choices == ["Anna Bakker", "Anna Smit"])
        #expect(console.interpret("/agree Zorro: call").choices?.last == "'Zorro', as written (not a participant)")
        #expect(console.interpret("/agree Mla: call").choices?.first == "Mila de Vries")
        // Choosing an option gives the agreement with that name.
        if case .choose(_, let options) = console.interpret("/agree Anna: call /with Anna Smit") {
            #expect(
                options.first?.outcome.event
                    == .agreement(who: ["Anna Bakker"], what: "call", withWhom: ["Anna Smit"], byWhen: nil))
        } else {
            Issue.record("Anna is ambiguous")
        }
    }

    @Test func datesAreCalendarDays() throws {
        let console = try interpreterAt(stepSuffix: ".plan")
        let cases: [(String, String?)] = [
            ("2026-12-31", "2026-12-31"), ("31-12-2026", "2026-12-31"), ("31/12/26", "2026-12-31"),
            ("tomorrow", "2026-12-04"), ("morgen", "2026-12-04"), ("in 3 weeks", "2026-12-24"),
            ("over 2 dagen", "2026-12-05"), ("2027-02-29", nil), ("30-02-2027", nil), ("Friday", nil),
            ("2026-12-01", nil), ("1e300", nil),
        ]
        for (typed, expected) in cases {
            let event = console.interpret("/agree Sem: call /by \(typed)").event
            if let expected {
                #expect(
                    event == .agreement(who: ["Sem de Vries"], what: "call", withWhom: [], byWhen: expected), "\(typed)"
                )
            } else {
                #expect(event == nil, "\(typed) is refused")
            }
        }
    }

    @Test func theNumberCorpusAtThePromptGivesMessages() throws {
        let console = try interpreterAt(stepSuffix: ".plan")
        for typed in [
            "/+1e300", "/extend inf", "/extend nan", "/extend 0", "/extend 61", "/extend -5", "/+9223372036854775808",
            "/score inf X", "/worry 1e300", "/edit 99999999999999999999 x", "/withdraw -1", "/review 1e300 done",
        ] {
            #expect(console.interpret(typed).event == nil, "\(typed)")
        }
        #expect(console.interpret("/extend 7,5").event == .extend(seconds: 450))
        #expect(console.interpret("/+5").event == .extend(seconds: 300))
    }

    /// A scoring method whose items the agenda declares through a text-list parameter.
    static func scoring(language: String) throws -> ConsoleInterpreter {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let method = """
            {"schemaVersion": 1, "id": "rating", "version": "1.0.0", "name": "Rating", "summary": "Rate the themes.",
             "languages": ["en", "nl"], "participants": {"min": 2, "max": 10},
             "roles": [{"id": "facilitator", "name": "Facilitator", "count": {"min": 1, "max": 1}},
                       {"id": "participant", "name": "Participant", "count": {"min": 1}}],
             "parameters": [{"id": "themes", "type": "text-list", "label": "Themes", "required": true}],
             "scales": [{"id": "grade", "name": {"en": "Grade", "nl": "Cijfer"}, "type": "numeric", "min": 1, "max": 10}],
             "phases": [{"id": "main", "name": "Main", "steps": [
               {"id": "rate", "name": "Rate", "kind": "scoring", "duration": {"default": 10},
                "captures": [{"id": "grades", "type": "score", "scale": "grade", "per": "item", "items": "{themes}"}]}]}]}
            """
        try method.write(to: folder.appendingPathComponent("rating.json"), atomically: true, encoding: .utf8)
        var library = Toolkit.standard.library()
        library.loadFolder(folder.path)
        let agenda = """
            {"schemaVersion": 1, "title": "T", "language": "\(language)", "date": "2026-12-03", "start": "13:30",
             "participants": [{"name": "Mila", "roles": ["participant"]}, {"name": "Sem", "roles": ["participant"]},
              {"name": "Karin", "roles": ["facilitator"]}],
             "items": [{"type": "method", "method": "rating", "parameters": {"themes": [
               {"en": "Safety at home", "nl": "Veiligheid thuis"}, {"en": "School", "nl": "School"},
               {"en": "Friends", "nl": "Vrienden"}]}}]}
            """
        guard let read = AgendaReader.read(SourceText(file: "a.json", bytes: Array(agenda.utf8))).agenda else {
            throw CommandFailure(message: "agenda")
        }
        let plan = try Toolkit.standard.planner(library).plan(read)
        var state = SessionState()
        try state.apply(JournalEntry(seq: 0, at: plan.start, event: .start), context: SessionContext(plan: plan))
        return ConsoleInterpreter(
            plan: plan, state: state, today: CalendarDate(year: 2026, month: 12, day: 3) ?? .epoch)
    }

    @Test func scoredItemsComeFromTheDeclaredList() throws {
        let console = try Self.scoring(language: "en")
        #expect(console.scoreItems() == ["Safety at home", "School", "Friends"])
        #expect(console.interpret("/score 7 #2").event == .score(item: "School", value: 7, person: nil))
        #expect(console.interpret("/score 6 saf").event == .score(item: "Safety at home", value: 6, person: nil))
        #expect(console.interpret("/score 8 FRIENDS").event == .score(item: "Friends", value: 8, person: nil))
        #expect(console.interpret("/score 7,5 #1").event == .score(item: "Safety at home", value: 7.5, person: nil))
        #expect(console.interpret("/score 5 Schol").message?.contains("Did you mean “School”?") == true)
        #expect(console.interpret("/score 5 #4").message == "There is no item #4; items are #1 to #3.")
        for typed in [
            "/score inf #1", "/score 1e300 #1", "/score 11 #1", "/score 0 #1", "/score nan #1", "/score -3 #1",
        ] {
            let outcome = console.interpret(typed)
            #expect(outcome.event == nil && outcome.message?.contains("Grade") == true, "\(typed): \(outcome)")
        }
        let dutch = try Self.scoring(language: "nl")
        #expect(dutch.scoreItems() == ["Veiligheid thuis", "School", "Vrienden"])
        #expect(dutch.interpret("/cijfer 7 vrie").event == .score(item: "Vrienden", value: 7, person: nil))
        #expect(dutch.interpret("/cijfer 5 #4").message == "Er is geen punt #4; punten zijn #1 tot #3.")
    }

    /// What the session refuses, it says in the session's language.
    @Test func refusalsSpeakTheSessionLanguage() throws {
        for (language, expected) in [("en", "this is the first step"), ("nl", "dit is de eerste stap")] {
            let console = try interpreterAt(stepSuffix: "recall-family", language: language)
            let plan = console.plan
            var state = SessionState()
            try state.apply(JournalEntry(seq: 0, at: plan.start, event: .start), context: SessionContext(plan: plan))
            do {
                try state.apply(JournalEntry(seq: 1, at: plan.start, event: .back), context: SessionContext(plan: plan))
                Issue.record("going back from the first step is refused")
            } catch let error as SessionError {
                #expect(error.text(in: plan.language) == expected)
            }
        }
    }

    @Test func theInterviewNotesGoToTheSpeakerAndTheQuestion() throws {
        let console = try interpreterAt(stepSuffix: "recall-family")
        #expect(console.interpret("Things are good").event == .note(text: "Things are good", person: "Mila de Vries"))
        #expect(console.state.currentPrompts(in: console.plan).map(\.id) == ["q1"])
        #expect(console.interpret("/as Anna").choices == ["Anna Bakker", "Anna Smit"])
        #expect(console.interpret("/as jose").event == .attribute(person: "José Ruiz", group: nil))
    }

    @Test func wideCharactersTakeTwoCells() {
        #expect(CellWidth.of("a") == 1 && CellWidth.of("e\u{301}") == 1 && CellWidth.of("é") == 1)
        #expect(CellWidth.of("家") == 2 && CellWidth.of("👨‍👩‍👧") == 2 && CellWidth.of("❤️") == 2)
        #expect(CellWidth.of("👍🏽") == 2 && CellWidth.of("\u{200B}") == 0)
        #expect(CellWidth.of("Sem 家族 👨‍👩‍👧") == 11)
        #expect(CellWidth.prefix("ab家族", cells: 3) == "ab" && CellWidth.prefix("ab家族", cells: 4) == "ab家")
    }

    /// The screen fits its window by cells at every size, wide characters included, and a
    /// tall window adds the agenda.
    @Test func theScreenFitsItsWindow() throws {
        let console = try interpreterAt(stepSuffix: "recall-family")
        let context = SessionContext(plan: console.plan)
        var state = console.state
        for text in [
            "家族の時間 " + String(repeating: "長い文章", count: 30), "👨‍👩‍👧 " + String(repeating: "👍🏽", count: 70),
            String(repeating: "Mila says the weekends are calmer now. ", count: 5),
        ] {
            try state.apply(
                JournalEntry(seq: state.sequence, at: console.plan.start, event: .note(text: text, person: nil)),
                context: context)
        }
        for (width, height) in [(80, 24), (120, 40), (40, 12), (200, 60)] {
            let lines = SessionScreen(
                plan: console.plan, state: state, now: console.plan.start.addingTimeInterval(60),
                width: width, height: height
            ).lines(style: PlainText())
            #expect(lines.count <= height, "\(width)×\(height)")
            #expect(lines.allSatisfy { CellWidth.of($0) <= width }, "\(width)×\(height): \(lines)")
            #expect(lines.contains { $0.hasPrefix("Now: Mila de Vries") }, "\(width)×\(height)")
            #expect(lines.contains { $0.hasPrefix("Notes go to Mila de Vries") }, "\(width)×\(height)")
            guard width >= 80 else {
                #expect(!lines.contains("Agenda"), "a small window has no room for the agenda")
                continue
            }
            #expect(lines.contains { $0.contains("“A year has passed") }, "the current question")
            #expect(height < 40 || lines.contains("Agenda"), "\(width)×\(height)")
        }
    }

    @Test func helpFitsEightyByTwentyFour() {
        for language in ["en", "nl"] {
            let lines = ConsoleHelp.text(language: language).split(separator: "\n")
            #expect(lines.count <= 20)
            #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines.filter { $0.count > 80 })")
        }
    }

    @Test func everyConsolePhraseHasBothLanguages() {
        for (key, entry) in Phrasebook.console {
            #expect(
                !entry.en.isEmpty && !entry.nl.isEmpty && entry.en != entry.nl || key.hasPrefix("console.help.time")
                    || key == "console.agenda",
                "\(key)")
        }
    }
}

@Suite struct LineEditorTests {
    func typing(_ keys: [Key]) -> LineEditor {
        var editor = LineEditor()
        for key in keys { _ = editor.apply(key) }
        return editor
    }

    @Test func backspaceRemovesWholeCharacters() {
        #expect(typing([.text("café"), .backspace]).text == "caf")
        #expect(typing([.text("cafe\u{301}"), .backspace]).text == "caf")
        #expect(typing([.text("we 👨‍👩‍👧"), .backspace]).text == "we ")
        // A family typed one scalar at a time still goes in one Backspace.
        #expect(typing([.text("👨"), .text("\u{200D}"), .text("👩"), .text("\u{200D}👧"), .backspace]).text == "")
    }

    @Test func cursorMovesAndEdits() {
        #expect(typing([.text("Mila said"), .home, .text("> "), .end, .text("!")]).text == "> Mila said!")
        #expect(typing([.text("abc"), .left, .left, .delete]).text == "ac")
        #expect(typing([.text("one two three"), .killWord]).text == "one two ")
        #expect(typing([.text("one two"), .left, .left, .left, .killToEnd]).text == "one ")
        #expect(typing([.text("one two"), .left, .killToStart]).text == "o")
    }

    @Test func historyWalksBack() {
        var editor = LineEditor()
        _ = editor.apply(.text("first"))
        #expect(editor.apply(.enter) == "first")
        _ = editor.apply(.text("second"))
        _ = editor.apply(.enter)
        _ = editor.apply(.text("draft"))
        _ = editor.apply(.up)
        #expect(editor.text == "second")
        _ = editor.apply(.up)
        #expect(editor.text == "first")
        _ = editor.apply(.down)
        _ = editor.apply(.down)
        #expect(editor.text == "draft")
    }

    @Test func keysAreDecodedAndEscapesDropped() {
        var decoder = KeyDecoder()
        #expect(
            decoder.keys(Array("ab\u{1B}[D\u{1B}[H\u{1B}[3~\u{1B}OF\u{7F}\r".utf8)) == [
                .text("ab"), .left, .home, .delete, .end, .backspace, .enter,
            ])
        // A character split over two reads waits for its rest.
        let e = Array("é".utf8)
        #expect(decoder.keys([e[0]]) == [])
        #expect(decoder.keys([e[1]]) == [.text("é")])
        // A paste arrives whole, its line breaks as spaces; unknown sequences type nothing.
        #expect(decoder.keys(Array("\u{1B}[200~line one\nline two\u{1B}[201~".utf8)) == [.text("line one line two")])
        #expect(decoder.keys(Array("\u{1B}[15~\u{1B}[1;5C\u{3}".utf8)) == [.right, .interrupt])
    }
}
