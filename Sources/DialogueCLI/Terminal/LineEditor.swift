import DialogueKit

/// A key as the console understands it, decoded from the terminal's bytes.
enum Key: Equatable {
    /// Text typed or pasted (already free of control characters).
    case text(String)
    case enter, backspace, delete, left, right, home, end, up, down
    /// Ctrl-K, Ctrl-U, Ctrl-W: kill to the end, to the start, the word before.
    case killToEnd, killToStart, killWord
    /// Ctrl-C, Ctrl-D, Ctrl-L.
    case interrupt, endOfInput, redraw
}

/// Decodes the bytes a terminal sends into keys: UTF-8 text (a character split over two
/// reads waits for its rest), the control keys, CSI and SS3 escape sequences for the arrows,
/// Home, End and Delete, and bracketed paste, whose text arrives as one piece with its line
/// breaks as spaces. Unknown sequences and other control characters are dropped, never typed.
struct KeyDecoder {
    private var pending: [UInt8] = []
    private var pasting = false
    private var pasted: [UInt8] = []

    /// The keys in `bytes` (with what was left over from before).
    mutating func keys(_ bytes: [UInt8]) -> [Key] {
        pending += bytes
        var keys: [Key] = []
        var text: [UInt8] = []
        func flushText() {
            if !text.isEmpty {
                keys.append(.text(PrintableText.clean(String(decoding: text, as: UTF8.self))))
                text.removeAll()
            }
        }
        var index = 0
        while index < pending.count {
            let byte = pending[index]
            if pasting {
                if byte == 0x1B, Array(pending[index...].prefix(6)) == Array("\u{1B}[201~".utf8) {
                    pasting = false
                    keys.append(.text(PrintableText.clean(String(decoding: pasted, as: UTF8.self))))
                    pasted.removeAll()
                    index += 6
                } else if byte == 0x1B, pending.count - index < 6 {
                    break  // perhaps the start of the end marker: wait for more
                } else {
                    pasted.append(byte)
                    index += 1
                }
                continue
            }
            if byte == 0x1B {
                flushText()
                guard let (key, length) = escape(at: index) else { break }
                if let key { keys.append(key) }
                index += length
                continue
            }
            if byte < 0x20 || byte == 0x7F {
                flushText()
                switch byte {
                case 0x0D, 0x0A: keys.append(.enter)
                case 0x7F, 0x08: keys.append(.backspace)
                case 0x01: keys.append(.home)
                case 0x05: keys.append(.end)
                case 0x02: keys.append(.left)
                case 0x06: keys.append(.right)
                case 0x0B: keys.append(.killToEnd)
                case 0x15: keys.append(.killToStart)
                case 0x17: keys.append(.killWord)
                case 0x03: keys.append(.interrupt)
                case 0x04: keys.append(.endOfInput)
                case 0x0C: keys.append(.redraw)
                case 0x10: keys.append(.up)
                case 0x0E: keys.append(.down)
                default: break
                }
                index += 1
                continue
            }
            // A UTF-8 sequence: wait for its last bytes if they have not arrived.
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            if pending.count - index < length { break }
            text += pending[index..<(index + length)]
            index += length
        }
        flushText()
        pending.removeFirst(index)
        return keys
    }

    /// The key of the escape sequence at `index` and its length, nil when it is not complete yet.
    private mutating func escape(at index: Int) -> (Key?, Int)? {
        guard index + 1 < pending.count else { return (nil, 1) }  // a lone Escape
        let introducer = pending[index + 1]
        if introducer == UInt8(ascii: "O") {
            guard index + 2 < pending.count else { return nil }
            let keys: [UInt8: Key] = [
                UInt8(ascii: "H"): .home, UInt8(ascii: "F"): .end, UInt8(ascii: "A"): .up,
                UInt8(ascii: "B"): .down, UInt8(ascii: "C"): .right, UInt8(ascii: "D"): .left,
            ]
            return (keys[pending[index + 2]], 3)
        }
        guard introducer == UInt8(ascii: "[") else { return (nil, 2) }
        var end = index + 2
        while end < pending.count, !(0x40...0x7E).contains(pending[end]) { end += 1 }
        guard end < pending.count else { return nil }
        let parameters = String(decoding: pending[(index + 2)..<end], as: UTF8.self)
        let length = end - index + 1
        switch pending[end] {
        case UInt8(ascii: "A"): return (.up, length)
        case UInt8(ascii: "B"): return (.down, length)
        case UInt8(ascii: "C"): return (.right, length)
        case UInt8(ascii: "D"): return (.left, length)
        case UInt8(ascii: "H"): return (.home, length)
        case UInt8(ascii: "F"): return (.end, length)
        case UInt8(ascii: "~"):
            switch parameters {
            case "1", "7": return (.home, length)
            case "4", "8": return (.end, length)
            case "3": return (.delete, length)
            case "200":
                pasting = true
                return (nil, length)
            default: return (nil, length)
            }
        default: return (nil, length)
        }
    }
}

/// The input line: text edited by grapheme clusters (one Backspace removes é or 👨‍👩‍👧 whole),
/// a cursor, and the history of lines entered, walked with Up and Down.
struct LineEditor {
    /// The line as typed so far.
    private(set) var text = ""
    /// The cursor, in characters from the start.
    private(set) var cursor = 0
    /// Lines entered before, oldest first.
    private(set) var history: [String] = []
    private var historyPosition: Int?
    private var draft = ""

    /// Applies an editing key; returns the line when the key was Enter.
    mutating func apply(_ key: Key) -> String? {
        var characters = Array(text)
        switch key {
        case .text(let typed):
            // Joined and re-split, so a combining mark or joiner merges with the character before it.
            let before = String(characters[..<cursor]) + typed
            text = before + String(characters[cursor...])
            cursor = before.count
            return nil
        case .enter:
            let line = text
            if !line.trimmingWhitespace().isEmpty, history.last != line { history.append(line) }
            text = ""
            cursor = 0
            historyPosition = nil
            return line
        case .backspace:
            guard cursor > 0 else { return nil }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete:
            guard cursor < characters.count else { return nil }
            characters.remove(at: cursor)
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = characters.count
        case .killToEnd: characters.removeSubrange(cursor...)
        case .killToStart:
            characters.removeSubrange(..<cursor)
            cursor = 0
        case .killWord:
            var start = cursor
            while start > 0, characters[start - 1] == " " { start -= 1 }
            while start > 0, characters[start - 1] != " " { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .up: recall(older: true)
        case .down: recall(older: false)
        case .interrupt, .endOfInput, .redraw: return nil
        }
        if key != .up, key != .down { text = String(characters) }
        return nil
    }

    /// Replaces the line with an older or newer history entry (the draft comes back at the end).
    private mutating func recall(older: Bool) {
        guard !history.isEmpty else { return }
        var position = historyPosition ?? history.count
        if historyPosition == nil { draft = text }
        position = older ? max(0, position - 1) : min(history.count, position + 1)
        historyPosition = position == history.count ? nil : position
        text = position == history.count ? draft : history[position]
        cursor = text.count
    }

    /// Empties the line.
    mutating func clear() {
        text = ""
        cursor = 0
    }
}
