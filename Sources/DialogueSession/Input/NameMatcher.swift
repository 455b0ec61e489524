import Foundation

/// Finds the participant a typed name means: the full name, a first name or surname, or
/// the beginning of a name, with case and diacritics folded ("jose" finds "José"). A name
/// that fits several people or nobody is never guessed: the caller gets the candidates.
public struct NameMatcher: Sendable {
    /// What a typed name matched.
    public enum Match: Equatable, Sendable {
        /// Exactly one participant.
        case person(String)
        /// Several participants; the facilitator chooses.
        case ambiguous([String])
        /// Nobody; the closest name, if one is close.
        case unknown(suggestion: String?)
    }

    /// The participants' full names, in plan order.
    public let names: [String]
    /// Each name folded, in the same order.
    private let folded: [String]
    /// Folded full name → its index; folded word of a name → the indices of names holding it.
    private let byName: [String: Int]
    private let byWord: [String: [Int]]

    /// A matcher over `names`, folded and indexed once so that a match costs the same for a
    /// meeting of ten people as of ten thousand (a typo's suggestion aside).
    public init(names: [String]) {
        self.names = names
        folded = names.map(Self.fold)
        var byName: [String: Int] = [:]
        var byWord: [String: [Int]] = [:]
        for (index, name) in folded.enumerated() {
            if byName[name] == nil { byName[name] = index }
            for word in Set(name.split(separator: " ").map(String.init)) { byWord[word, default: []].append(index) }
        }
        self.byName = byName
        self.byWord = byWord
    }

    /// Text folded for comparing names: lower case, no diacritics.
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// The participant `typed` means.
    public func match(_ typed: String) -> Match {
        let wanted = Self.fold(typed.trimmingWhitespace())
        guard !wanted.isEmpty else { return .unknown(suggestion: nil) }
        if let index = byName[wanted] { return .person(names[index]) }
        // A whole word of the name: a first name or a surname.
        let byWord = self.byWord[wanted] ?? []
        if let only = byWord.first, byWord.count == 1 { return .person(names[only]) }
        if byWord.count > 1 { return .ambiguous(byWord.map { names[$0] }) }
        let byPrefix = names.indices.filter { folded[$0].hasPrefix(wanted) }
        if let only = byPrefix.first, byPrefix.count == 1 { return .person(names[only]) }
        if byPrefix.count > 1 { return .ambiguous(byPrefix.map { names[$0] }) }
        // A typo of a whole name, or of one of its words ("Mla" for Mila de Vries).
        if let close = closestMatch(to: typed, in: names) { return .unknown(suggestion: close) }
        let words = names.flatMap { $0.split(separator: " ").map(String.init) }
        guard let word = closestMatch(to: typed, in: words) else { return .unknown(suggestion: nil) }
        return .unknown(suggestion: names.first { $0.split(separator: " ").contains { String($0) == word } })
    }
}
