import Foundation

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
