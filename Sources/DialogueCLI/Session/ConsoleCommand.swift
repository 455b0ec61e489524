import DialogueKit
import Foundation

/// What a line typed at the session console means: an event for the session, or
/// something for the console itself.
enum ConsoleCommand: Equatable {
    case event(SessionEvent)
    /// Attribute following records to this person.
    case speakerOverride(String)
    case status
    case help
    case quit
    /// Give back a message instead (unknown or malformed command).
    case problem(String)

    static let helpText = """
        Commands (plain text is recorded as a note for the person speaking):
          start                      begin the session
          n | next                   next speaker, question, round or step
          b | back                   previous turn or step
          skip                       leave this step out
          p | pause, r | resume      stop and restart the clock
          +5 | extend 5              give this step 5 more minutes
          note TEXT                  a note (also just type the text)
          idea TEXT, concern TEXT    an idea or a concern
          worry LEVEL [NOTE]         a worry level on this step's scale, e.g. worry 3
          score VALUE ITEM           a score, e.g. score 7 One coordinator per family (or score 7 #2)
          agree WHO: WHAT [with NAMES] [by DATE]
                                     an agreement, e.g. agree Ann, Bo: call the school with Cas by 2026-12-20
          as NAME                    attribute the next records to NAME
          edit N TEXT, withdraw N    change or withdraw record #N
          swap                       hand roles over (a role-swap step)
          again                      take this step's loop back
          review N STATUS [NOTE]     review agreement N: done, partly, not-done, changed, dropped
          followup DATE [TIME] [NOTE]  the follow-up meeting, e.g. followup 2027-02-03 14:00
          status | s                 show where the session is
          end                        close the session and write the harvest
          quit                       leave the console; the session stays open for 'dialogue resume'
        """

    static let words = [
        "start", "next", "back", "skip", "pause", "resume", "extend", "note", "idea", "concern", "worry",
        "score", "agree", "as", "edit", "withdraw", "swap", "again", "review", "followup", "status",
        "end", "quit", "help",
    ]

    /// Parses one line. `speaker` is the person records go to by default.
    static func parse(_ line: String, speaker: String?) -> ConsoleCommand? {
        let text = line.trimmingWhitespace()
        guard !text.isEmpty else { return nil }
        let parts = text.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        let word = parts.first.map { $0.lowercased() } ?? ""
        let rest = parts.count > 1 ? String(parts[1]).trimmingWhitespace() : ""
        switch word {
        case "start": return .event(.start)
        case "n", "next": return .event(.next)
        case "b", "back": return .event(.back)
        case "skip": return .event(.skip)
        case "p", "pause": return .event(.pause)
        case "r", "resume": return .event(.resume)
        case "s", "status": return .status
        case "?", "h", "help": return .help
        case "quit", "exit": return .quit
        case "end": return .event(.end)
        case "swap": return .event(.swapRoles)
        case "again": return .event(.loop(again: true))
        case "extend":
            guard let minutes = NumberText.parse(rest), minutes > 0, minutes <= 60 else {
                return .problem("write: extend 5 (1 to 60 minutes)")
            }
            return .event(.extend(seconds: Int((minutes * 60).rounded())))
        case "note":
            return rest.isEmpty ? .problem("write: note TEXT") : .event(.note(text: rest, person: speaker))
        case "idea":
            return rest.isEmpty ? .problem("write: idea TEXT") : .event(.idea(text: rest, person: speaker))
        case "concern":
            return rest.isEmpty ? .problem("write: concern TEXT") : .event(.concern(text: rest, person: speaker))
        case "worry":
            let pieces = rest.split(separator: " ", maxSplits: 1)
            guard let first = pieces.first, let level = NumberText.parse(first) else {
                return .problem("write: worry LEVEL [NOTE], e.g. worry 3")
            }
            return .event(.worry(level: level, person: speaker, note: pieces.count > 1 ? String(pieces[1]) : nil))
        case "score":
            let pieces = rest.split(separator: " ", maxSplits: 1)
            guard pieces.count == 2, let value = NumberText.parse(pieces[0]) else {
                return .problem("write: score VALUE ITEM, e.g. score 7 One coordinator per family")
            }
            return .event(.score(item: String(pieces[1]), value: value, person: speaker))
        case "agree":
            return parseAgreement(rest)
        case "as":
            return rest.isEmpty ? .problem("write: as NAME") : .speakerOverride(rest)
        case "edit":
            let pieces = rest.split(separator: " ", maxSplits: 1)
            guard pieces.count == 2, let id = Int(pieces[0].trimmingCharacters(in: CharacterSet(charactersIn: "#")))
            else {
                return .problem("write: edit N TEXT")
            }
            return .event(.edit(record: id, text: String(pieces[1])))
        case "withdraw":
            guard let id = Int(rest.trimmingCharacters(in: CharacterSet(charactersIn: "#"))) else {
                return .problem("write: withdraw N")
            }
            return .event(.withdraw(record: id))
        case "review":
            let pieces = rest.split(separator: " ", maxSplits: 2)
            guard pieces.count >= 2, let status = Agreement.Status(rawValue: String(pieces[1]).lowercased()) else {
                return .problem("write: review N STATUS [NOTE] with STATUS done, partly, not-done, changed or dropped")
            }
            return .event(
                .review(agreement: String(pieces[0]), status: status, note: pieces.count > 2 ? String(pieces[2]) : ""))
        case "followup", "follow-up":
            let pieces = rest.split(separator: " ").map(String.init)
            guard let date = pieces.first else { return .problem("write: followup DATE [TIME] [NOTE]") }
            var time: String? = nil
            var noteStart = 1
            if pieces.count > 1, pieces[1].contains(":") {
                time = pieces[1]
                noteStart = 2
            }
            return .event(.followUp(date: date, time: time, note: pieces.dropFirst(noteStart).joined(separator: " ")))
        default:
            if word.hasPrefix("+"), let minutes = NumberText.parse(word.dropFirst()), minutes > 0, minutes <= 60,
                rest.isEmpty
            {
                return .event(.extend(seconds: Int((minutes * 60).rounded())))
            }
            // A single word close to a command is more likely a typo than a note.
            if parts.count == 1, word.count >= 3, let match = closestMatch(to: word, in: words), match != word {
                return .problem(
                    "unknown command '\(word)'; did you mean '\(match)'? (to record it as a note, write: note \(text))")
            }
            return .event(.note(text: text, person: speaker))
        }
    }

    /// `WHO[, WHO]: WHAT [with A, B] [by DATE]`.
    static func parseAgreement(_ text: String) -> ConsoleCommand {
        guard let colon = text.firstIndex(of: ":") else {
            return .problem(
                "write: agree WHO: WHAT [with NAMES] [by DATE], e.g. agree Ann: call the school by 2026-12-20")
        }
        let who = text[..<colon].split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        var what = String(text[text.index(after: colon)...]).trimmingWhitespace()
        var byWhen: String? = nil
        if let range = what.range(of: " by ", options: .backwards) {
            byWhen = String(what[range.upperBound...]).trimmingWhitespace()
            what = String(what[..<range.lowerBound])
        }
        var withWhom: [String] = []
        if let range = what.range(of: " with ", options: .backwards) {
            withWhom = what[range.upperBound...].split(separator: ",").map { String($0).trimmingWhitespace() }.filter {
                !$0.isEmpty
            }
            what = String(what[..<range.lowerBound])
        }
        guard !who.isEmpty, !what.isEmpty else {
            return .problem("an agreement needs who and what: agree Ann: call the school")
        }
        return .event(.agreement(who: who, what: what, withWhom: withWhom, byWhen: byWhen))
    }
}
