import DialogueKit
import Foundation
import Testing

@Suite struct PhrasebookTests {
    /// Every phrase is given in English and Dutch.
    @Test func everyPhraseHasBothLanguages() {
        #expect(Phrasebook.languages == ["en", "nl"])
        for (english, dutch) in Phrasebook.dutch {
            #expect(!english.isEmpty && !dutch.isEmpty, "'\(english)'")
        }
        for (key, entry) in Phrasebook.keyed {
            #expect(!entry.en.isEmpty && !entry.nl.isEmpty, "'\(key)'")
            #expect(Phrasebook.dutch[key] == nil, "'\(key)' stands in both tables")
        }
    }

    /// Every phrase the code asks for is in the book: the source is searched for the calls
    /// that look phrases up (`Phrasebook.text`, the run sheet's `phrase`, the harvest's `t`,
    /// the behaviours' `word`).
    @Test func everyPhraseTheCodeAsksForIsInTheBook() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        // A literal followed by `+` is a key's beginning ("kind." + the kind), not a phrase.
        let pattern = try NSRegularExpression(
            pattern: #"(?:Phrasebook\.text|\bphrase|\bt|\bword)\("([^"\\]+)"(?!\s*\+)"#)
        var asked: [String: String] = [:]
        for folder in ["Sources", "Plugins"] {
            let base = root.appendingPathComponent(folder)
            let files = FileManager.default.enumerator(atPath: base.path)?.compactMap { $0 as? String } ?? []
            for file in files where file.hasSuffix(".swift") && !file.contains("Generated") {
                let text = try String(contentsOf: base.appendingPathComponent(file), encoding: .utf8)
                for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    if let range = Range(match.range(at: 1), in: text) { asked[String(text[range])] = file }
                }
            }
        }
        #expect(asked.count > 60)
        for (phrase, file) in asked.sorted(by: { $0.key < $1.key }) {
            #expect(Phrasebook.dutch[phrase] != nil || Phrasebook.keyed[phrase] != nil, "'\(phrase)' (\(file))")
        }
    }

    /// The console's phrases and the session's refusals: both languages, the same `{N}`
    /// placeholders in each, and every key the code says (`say`, `SessionError`, a refusal's
    /// fix) is in the book.
    @Test func everyConsolePhraseAndRefusalIsComplete() throws {
        let placeholder = try NSRegularExpression(pattern: #"\{[0-9]\}"#)
        func placeholders(_ text: String) -> Set<String> {
            Set(
                placeholder.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
                    Range($0.range, in: text).map { String(text[$0]) }
                })
        }
        let book = Phrasebook.console.merging(Phrasebook.refusals) { first, _ in first }
            .merging(Phrasebook.descriptions) { first, _ in first }.merging(Phrasebook.room) { first, _ in first }
        #expect(
            book.count
                == Phrasebook.console.count + Phrasebook.refusals.count + Phrasebook.descriptions.count
                + Phrasebook.room.count,
            "a key stands in two tables")
        for (key, entry) in book {
            #expect(!entry.en.isEmpty && !entry.nl.isEmpty, "'\(key)'")
            #expect(placeholders(entry.en) == placeholders(entry.nl), "'\(key)': the languages name different things")
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let call = try NSRegularExpression(
            pattern: #"(?:\bsay|SessionError|\.init|Refusal\(key:)\(?\s*"((?:console|refusal|room)\.[a-z.-]*[a-z])""#)
        let base = root.appendingPathComponent("Sources")
        var asked: [String: String] = [:]
        for file in FileManager.default.enumerator(atPath: base.path)?.compactMap({ $0 as? String }) ?? []
        where file.hasSuffix(".swift") {
            let text = try String(contentsOf: base.appendingPathComponent(file), encoding: .utf8)
            for match in call.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range(at: 1), in: text) { asked[String(text[range])] = file }
            }
        }
        #expect(asked.keys.filter { $0.hasPrefix("refusal.") }.count > 25)
        for (key, file) in asked.sorted(by: { $0.key < $1.key }) {
            #expect(book[key] != nil, "'\(key)' (\(file))")
        }
        // A refusal made with `hinted: true` takes its fix from the key + ".hint".
        let hinted = try NSRegularExpression(pattern: #"SessionError\("(refusal\.[a-z-]+)"[^)]*hinted: true"#)
        let state = try String(
            contentsOf: base.appendingPathComponent("DialogueSession/SessionState.swift"), encoding: .utf8)
        let fixes = hinted.matches(in: state, range: NSRange(state.startIndex..., in: state)).compactMap {
            Range($0.range(at: 1), in: state).map { String(state[$0]) + ".hint" }
        }
        #expect(fixes.count >= 5)
        for key in fixes { #expect(book[key] != nil, "'\(key)'") }
    }

    @Test func aPhraseReadsInTheSessionLanguage() {
        #expect(Phrasebook.text("Table", in: "nl") == "Tafel")
        #expect(Phrasebook.text("Table", in: "en") == "Table")
        #expect(Phrasebook.text("space.time", in: "en") == "Time")
        #expect(Phrasebook.text("space.time", in: "nl") == "Ruimte in de tijd")
        #expect(Phrasebook.text("Time", in: "nl") == "Tijd")
    }
}
