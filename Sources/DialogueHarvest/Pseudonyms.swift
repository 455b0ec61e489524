import Foundation

/// One pseudonym map for a harvest, built from its participants: every full name, first
/// name and surname (case and diacritics folded, matched on whole words, longest first)
/// becomes the person's alias ("Family 2"); every organisation becomes "Organisation N";
/// the title and the location are replaced. What it cannot be sure of (a first name two
/// people share, a capitalised word that may be a name no one listed) it reports in
/// ``doubts``. The map itself is never part of an export.
public struct Pseudonyms: Sendable {
    /// A run of folded words and what replaces it.
    struct Phrase: Sendable {
        var words: [String]
        var replacement: String
    }

    /// Participant name → alias.
    public private(set) var aliases: [String: String] = [:]
    /// Organisation → alias.
    public private(set) var organisations: [String: String] = [:]
    /// The title every anonymized export carries.
    public let title: String
    /// What the map could not be sure of, one sentence each.
    public private(set) var doubts: [String] = []
    /// Phrases to replace, the longest first.
    private var phrases: [Phrase] = []
    /// Every folded word of a participant's name (to tell names from other capitalised words).
    private var nameWords: Set<String> = []

    /// Name particles that are never replaced on their own ("de", "van", "El").
    static let particles: Set<String> = [
        "de", "van", "der", "den", "het", "ten", "ter", "te", "la", "le", "du", "da", "di", "del", "el", "al", "von",
        "zu", "op", "in", "t", "s", "bin", "ibn", "mac", "mc", "o",
    ]

    /// The map of `harvest`'s people and organisations, in its language.
    public init(_ harvest: Harvest) {
        let language = harvest.session.language
        title = Phrasebook.text("Anonymized meeting", in: language)
        var counters: [String: Int] = [:]
        for person in harvest.participants where aliases[person.name] == nil {
            let role = (person.roles.first ?? "participant").replacingOccurrences(of: "-", with: " ").capitalized
            counters[role, default: 0] += 1
            aliases[person.name] = "\(role) \(counters[role] ?? 1)"
        }
        let organisationWord = Phrasebook.text("Organisation", in: language)
        for organisation in harvest.participants.compactMap(\.organisation) where organisations[organisation] == nil {
            organisations[organisation] = "\(organisationWord) \(organisations.count + 1)"
        }
        // Full names and organisations, then single words of names that belong to one person.
        var byWord: [String: Set<String>] = [:]
        for (name, alias) in aliases {
            let words = Self.words(name).map(\.folded)
            guard !words.isEmpty else { continue }
            phrases.append(Phrase(words: words, replacement: alias))
            for word in words {
                nameWords.insert(word)
                if !Self.particles.contains(word), word.count >= 2 { byWord[word, default: []].insert(name) }
            }
        }
        for (organisation, alias) in organisations {
            let words = Self.words(organisation).map(\.folded)
            if !words.isEmpty { phrases.append(Phrase(words: words, replacement: alias)) }
        }
        for (word, names) in byWord.sorted(by: { $0.key < $1.key }) {
            let people = names.sorted().compactMap { aliases[$0] }
            if people.count == 1 {
                phrases.append(Phrase(words: [word], replacement: people[0]))
            } else {
                let replacement = people.joined(separator: "/")
                phrases.append(Phrase(words: [word], replacement: replacement))
                doubts.append("'\(word)' names \(people.count) participants; it was replaced by '\(replacement)'")
            }
        }
        phrases.sort { $0.words.count > $1.words.count }
    }

    /// `text` with every name, organisation and the title replaced, on whole words.
    public func scrub(_ text: String) -> String {
        let tokens = Self.words(text)
        guard !tokens.isEmpty else { return text }
        var result = ""
        var copied = text.startIndex
        var index = 0
        while index < tokens.count {
            guard let phrase = phrases.first(where: { matches($0.words, tokens, at: index, in: text) }) else {
                index += 1
                continue
            }
            let last = tokens[index + phrase.words.count - 1]
            result += text[copied..<tokens[index].range.lowerBound]
            result += phrase.replacement
            copied = last.range.upperBound
            index += phrase.words.count
        }
        result += text[copied...]
        return result
    }

    /// Capitalised words of `text` that are not at a sentence start and not a participant's:
    /// perhaps names the participants list does not hold.
    public func possibleNames(in text: String) -> [String] {
        let tokens = Self.words(text)
        var found: [String] = []
        for (position, token) in tokens.enumerated() where position > 0 {
            let word = text[token.range]
            guard let first = word.first, first.isUppercase, word.count >= 3, word.contains(where: \.isLowercase)
            else { continue }
            let before = text[tokens[position - 1].range.upperBound..<token.range.lowerBound]
            if before.contains(where: { ".!?:;\"“(".contains($0) }) { continue }
            if nameWords.contains(token.folded) { continue }
            found.append(String(word))
        }
        return found
    }

    /// Notes a doubt (for what the caller checks beyond names).
    public mutating func doubt(_ text: String) {
        if !doubts.contains(text) { doubts.append(text) }
    }

    private func matches(_ words: [String], _ tokens: [Token], at index: Int, in text: String) -> Bool {
        guard index + words.count <= tokens.count else { return false }
        for offset in 0..<words.count {
            guard tokens[index + offset].folded == words[offset] else { return false }
            // The words of one name stand apart by spaces or hyphens only.
            if offset > 0 {
                let gap = text[tokens[index + offset - 1].range.upperBound..<tokens[index + offset].range.lowerBound]
                guard gap.allSatisfy({ $0 == " " || $0 == "-" }) else { return false }
            }
        }
        return true
    }

    /// A word of a text: its place and its folded form.
    struct Token {
        var range: Range<String.Index>
        var folded: String
    }

    /// The words of `text`: runs of letters and digits.
    static func words(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let isWord = character.isLetter || character.isNumber
            if isWord, start == nil { start = index }
            if !isWord, let begun = start {
                tokens.append(Token(range: begun..<index, folded: fold(text[begun..<index])))
                start = nil
            }
            index = text.index(after: index)
        }
        if let begun = start { tokens.append(Token(range: begun..<text.endIndex, folded: fold(text[begun...]))) }
        return tokens
    }

    static func fold(_ word: Substring) -> String {
        word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
