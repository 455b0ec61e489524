import Foundation

/// The commands of the live console, each with its words in English and Dutch. Both
/// languages' words work in every session; help shows the session's.
public enum ConsoleCommandName: String, CaseIterable, Sendable {
    case start, next, back, skip, pause, resume, extend, note, idea, concern, worry, score, agree
    case attribute = "as"
    case edit, withdraw, undo, swap, again, review, followUp = "followup", phones, status, help, end, quit
    case item, reword
    case point = "on"
    case divide

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
        case .item: return (["item"], ["punt"])
        case .reword: return (["reword"], ["herformuleer"])
        case .point: return (["on"], ["over"])
        case .divide: return (["divide"], ["verdeel"])
        }
    }

    /// Whether `word` (lower case, without its `/`) names a command in either language.
    public static func isCommandWord(_ word: String) -> Bool { byWord[word] != nil }

    /// The command's main word in `language`.
    public func word(in language: String) -> String {
        language == "nl" ? words.nl[0] : words.en[0]
    }

    /// Every command word and shorthand → its command.
    public static let byWord: [String: ConsoleCommandName] = {
        var table: [String: ConsoleCommandName] = [:]
        for command in allCases {
            for word in command.words.en + command.words.nl { table[word] = command }
        }
        return table
    }()
}
