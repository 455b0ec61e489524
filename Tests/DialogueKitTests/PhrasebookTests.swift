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
        let pattern = try NSRegularExpression(pattern: #"(?:Phrasebook\.text|\bphrase|\bt|\bword)\("([^"\\]+)""#)
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

    @Test func aPhraseReadsInTheSessionLanguage() {
        #expect(Phrasebook.text("Table", in: "nl") == "Tafel")
        #expect(Phrasebook.text("Table", in: "en") == "Table")
        #expect(Phrasebook.text("space.time", in: "en") == "Time")
        #expect(Phrasebook.text("space.time", in: "nl") == "Ruimte in de tijd")
        #expect(Phrasebook.text("Time", in: "nl") == "Tijd")
    }
}
