import Foundation

/// The commands of the live console, each with its words in English and Dutch. Both
/// languages' words work in every session; help shows the session's.
public enum ConsoleCommandName: String, CaseIterable, Sendable {
    case start, next, back, skip, pause, resume, extend, note, idea, concern, worry, score, agree
    case attribute = "as"
    case edit, withdraw, undo, swap, again, review, followUp = "followup", phones, status, help, end, quit

    /// The words (and one-letter shorthands) that name the command after a `/`.
    public var words: (en: [String], nl: [String]) {
        switch self {
        case .start: return (["start"], ["begin"])
        case .next: return (["next", "n"], ["volgende", "v"])
        case .back: return (["back", "b"], ["terug", "t"])
        case .skip: return (["skip"], ["overslaan"])
        case .pause: return (["pause", "p"], ["pauze"])
        case .resume: return (["resume", "r"], ["verder"])
        case .extend: return (["extend", "+"], ["verleng"])
        case .note: return (["note"], ["notitie"])
        case .idea: return (["idea"], ["idee"])
        case .concern: return (["concern"], ["zorg"])
        case .worry: return (["worry"], ["zorgniveau"])
        case .score: return (["score"], ["cijfer"])
        case .agree: return (["agree"], ["afspraak"])
        case .attribute: return (["as"], ["als"])
        case .edit: return (["edit"], ["wijzig"])
        case .withdraw: return (["withdraw"], ["intrekken"])
        case .undo: return (["undo", "u"], ["ongedaan"])
        case .swap: return (["swap"], ["wissel"])
        case .again: return (["again"], ["opnieuw"])
        case .review: return (["review"], ["evaluatie"])
        case .followUp: return (["followup", "follow-up"], ["vervolg"])
        case .phones: return (["phones"], ["telefoons"])
        case .status: return (["status", "s"], ["stand"])
        case .help: return (["help", "h", "?"], ["hulp"])
        case .end: return (["end"], ["einde"])
        case .quit: return (["quit", "q"], ["stop"])
        }
    }

    /// The command's main word in `language`.
    public func word(in language: String) -> String {
        language == "nl" ? words.nl[0] : words.en[0]
    }

    /// Every command word and shorthand → its command.
    static let byWord: [String: ConsoleCommandName] = {
        var table: [String: ConsoleCommandName] = [:]
        for command in allCases {
            for word in command.words.en + command.words.nl { table[word] = command }
        }
        return table
    }()
}

/// One line typed at the console, read by a grammar that cannot mistake a note for a
/// command: plain text is always a note; a command starts with `/`; `//` starts a note
/// that begins with a slash. A line that is one bare command word alone ("next") is the
/// old form of a command and is refused with the new one, so neither a script nor a habit
/// records it silently as a note.
public enum ConsoleLine: Equatable, Sendable {
    /// Nothing but spaces.
    case empty
    /// Text to record as a note, verbatim.
    case note(String)
    /// A command with the rest of the line (trimmed).
    case command(ConsoleCommandName, String)
    /// `/word` that is no command, with the closest command word.
    case unknownCommand(String, suggestion: String?)
    /// A bare command word without its `/` (the old form).
    case bareCommandWord(ConsoleCommandName, typed: String)

    /// Reads `text` (already cleaned of control characters).
    public static func read(_ text: String) -> ConsoleLine {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { return .empty }
        if trimmed.hasPrefix("//") { return .note(String(trimmed.dropFirst())) }
        if trimmed.hasPrefix("/") {
            let body = trimmed.dropFirst()
            // "/+5" extends by five minutes.
            if body.hasPrefix("+") { return .command(.extend, String(body.dropFirst()).trimmingWhitespace()) }
            let word = body.prefix { $0 != " " }
            let rest = String(body.dropFirst(word.count)).trimmingWhitespace()
            if let command = ConsoleCommandName.byWord[word.lowercased()] { return .command(command, rest) }
            let words = ConsoleCommandName.byWord.keys.filter { $0.count > 2 }.sorted()
            return .unknownCommand(String(word), suggestion: closestMatch(to: word.lowercased(), in: words))
        }
        if !trimmed.contains(" ") {
            let word = trimmed.lowercased()
            if let command = ConsoleCommandName.byWord[word] ?? (word == "exit" ? .quit : nil) {
                return .bareCommandWord(command, typed: trimmed)
            }
            if word.hasPrefix("+"), NumberText.parse(word.dropFirst()) != nil {
                return .bareCommandWord(.extend, typed: trimmed)
            }
        }
        return .note(trimmed)
    }
}
