import DialogueKit
import Foundation

/// The full-screen console: the session screen at the window's real size, redrawn every
/// second for the clock and on every resize, with the input line kept intact below it.
/// Ctrl-C asks before leaving; Ctrl-D on an empty line leaves; the session stays resumable.
final class TerminalConsole: Prompter {
    let session: SessionConsole
    let terminal: Terminal
    var editor = LineEditor()
    var decoder = KeyDecoder()
    /// Lines shown above the input line while a question waits for an answer.
    var question: [String] = []
    /// Keys read but not yet handled.
    var queued: [Key] = []
    /// A failure met while answering the room, thrown where the console can end.
    var failure: Error?

    init(session: SessionConsole, terminal: Terminal) {
        self.session = session
        self.terminal = terminal
    }

    func run() throws -> Int32 {
        defer { terminal.close() }
        while true {
            draw()
            let read = readLine()
            if let failure { throw failure }
            guard let line = read else {
                terminal.close()
                session.console.print(session.say("console.left", session.folder))
                return 0
            }
            let flow: SessionConsole.Flow
            session.panel = []
            if line == "\u{3}" {
                flow = confirm(session.say("console.interrupt")) ? .leave : .goOn
            } else {
                flow = try session.handle(line, prompter: self)
            }
            switch flow {
            case .goOn: continue
            case .leave:
                terminal.close()
                session.console.print(session.say("console.left", session.folder))
                return 0
            case .ended:
                terminal.close()
                return try session.finish()
            }
        }
    }

    /// The next line entered; "\u{3}" for Ctrl-C; nil for Ctrl-D on an empty line or the end of input.
    func readLine() -> String? {
        while true {
            guard let key = nextKey() else { return nil }
            switch key {
            case nil:
                // A tick of the clock, a resize or the room: redraw, the line being typed stays.
                _ = terminal.takeResize()
                serviceRoom()
                if failure != nil { return nil }
                draw()
            case .interrupt?: return "\u{3}"
            case .endOfInput? where editor.text.isEmpty: return nil
            case .redraw?: draw()
            case let key?:
                if let line = editor.apply(key) { return line }
                if queued.isEmpty { drawInputLine() }
            }
        }
    }

    /// The next key: typed ahead earlier, or read within a second. The inner nil is a second
    /// without a key (or a resize); the outer nil is the end of input. Keys that arrive
    /// together (typing ahead, a slow connection) are all kept, in order.
    func nextKey() -> Key?? {
        if !queued.isEmpty { return queued.removeFirst() }
        // While a question waits, the room waits too (and does not wake the loop).
        let room = question.isEmpty ? session.room?.channel.consoleDescriptor : nil
        guard let bytes = terminal.read(timeout: 1000, also: room) else {
            return nil
        }
        queued = decoder.keys(bytes)
        if queued.isEmpty { return .some(nil) }
        return queued.removeFirst()
    }

    /// Answers the room's screens, but not while a question waits for the facilitator; a
    /// failure to journal ends the console as it would at the keyboard.
    func serviceRoom() {
        guard question.isEmpty, failure == nil else { return }
        do {
            try session.room?.service(session)
        } catch {
            failure = error
        }
    }

    /// The whole screen: the session, the room's status, the question or last message, the input line.
    func draw() {
        let (columns, rows) = terminal.size
        let roomLine = session.room.map { [$0.statusLine] } ?? []
        let reserved = 2 + question.count + roomLine.count
        let screen = SessionScreen(
            plan: session.plan, state: session.state, now: session.clock.now(sequence: session.state.sequence),
            width: columns, height: max(4, rows - reserved))
        var out = "\u{1B}[?25l\u{1B}[H"
        let lines =
            session.panel.isEmpty
            ? screen.lines(style: session.console)
            : session.panel.prefix(max(1, rows - reserved)).map { fitted($0, columns) }
        for line in lines { out += line + "\u{1B}[K\r\n" }
        out += "\u{1B}[J"
        // The question (or the last message) sits just above the input line.
        let messageRow = rows - 1 - question.count
        out += "\u{1B}[\(max(1, messageRow - roomLine.count));1H"
        for line in roomLine { out += "\u{1B}[K" + session.console.dim(fitted(line, columns)) + "\r\n" }
        for line in question { out += "\u{1B}[K" + fitted(line, columns) + "\r\n" }
        out += "\u{1B}[K" + session.console.dim(fitted(session.lastMessage ?? "", columns))
        terminal.write(out)
        drawInputLine()
    }

    /// `text` cleaned and cut to `columns` cells.
    func fitted(_ text: String, _ columns: Int) -> String {
        String(CellWidth.prefix(PrintableText.clean(text), cells: columns))
    }

    /// The input line, scrolled so the cursor stays in view; columns are counted in cells,
    /// so wide characters and emoji keep the cursor where it belongs.
    func drawInputLine() {
        let (columns, rows) = terminal.size
        let prompt = "> "
        let room = max(2, columns - prompt.count - 1)
        let characters = Array(editor.text)
        let cursor = min(editor.cursor, characters.count)
        // Start far enough right that the cursor fits, then show what fits from there.
        var start = cursor
        var before = 0
        while start > 0, before + CellWidth.of(characters[start - 1]) < room {
            start -= 1
            before += CellWidth.of(characters[start])
        }
        var visible = ""
        var used = 0
        for character in characters[start...] {
            let width = CellWidth.of(character)
            if used + width > room { break }
            visible.append(character)
            used += width
        }
        terminal.write(
            "\u{1B}[\(rows);1H\u{1B}[K" + prompt + visible
                + "\u{1B}[\(rows);\(prompt.count + before + 1)H\u{1B}[?25h")
    }

    // MARK: - Prompter

    func confirm(_ text: String) -> Bool {
        question = [text]
        draw()
        defer {
            question = []
            editor.clear()
        }
        while true {
            guard let key = nextKey() else { return false }
            switch key {
            case nil:
                _ = terminal.takeResize()
                draw()
            case .text(let typed)?:
                let answer = typed.lowercased()
                if answer.hasPrefix("y") || answer.hasPrefix("j") { return true }
                if answer.hasPrefix("n") { return false }
            case .enter?, .interrupt?, .endOfInput?: return false
            default: break
            }
        }
    }

    func choose(_ text: String, _ options: [String]) -> Int? {
        question =
            [text] + options.enumerated().map { "  \($0.offset + 1)) \($0.element)" }
            + [session.say("console.choose")]
        editor.clear()
        defer { question = [] }
        draw()
        guard let line = readLine(), let number = Int(line.trimmingWhitespace()), number >= 1, number <= options.count
        else { return nil }
        return number - 1
    }
}
