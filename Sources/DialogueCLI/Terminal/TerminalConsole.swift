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

    init(session: SessionConsole, terminal: Terminal) {
        self.session = session
        self.terminal = terminal
    }

    func run() throws -> Int32 {
        defer { terminal.close() }
        while true {
            draw()
            guard let line = readLine() else {
                terminal.close()
                session.console.print(session.say("console.left", session.folder))
                return 0
            }
            let flow: SessionConsole.Flow
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
            guard let bytes = terminal.read(timeout: 1000) else { return nil }
            if bytes.isEmpty {
                // A tick of the clock or a resize: redraw, the line being typed stays.
                _ = terminal.takeResize()
                draw()
                continue
            }
            for key in decoder.keys(bytes) {
                switch key {
                case .interrupt: return "\u{3}"
                case .endOfInput where editor.text.isEmpty: return nil
                case .redraw: draw()
                default:
                    if let line = editor.apply(key) { return line }
                }
            }
            drawInputLine()
        }
    }

    /// The whole screen: the session, the question or last message, the input line.
    func draw() {
        let (columns, rows) = terminal.size
        let reserved = 2 + question.count
        let screen = SessionScreen(
            plan: session.plan, state: session.state, now: session.clock.now(sequence: session.state.sequence),
            width: columns, height: max(4, rows - reserved))
        var out = "\u{1B}[?25l\u{1B}[H"
        for line in screen.lines(style: session.console) { out += line + "\u{1B}[K\r\n" }
        out += "\u{1B}[J"
        // The question (or the last message) sits just above the input line.
        let messageRow = rows - 1 - question.count
        out += "\u{1B}[\(max(1, messageRow));1H"
        for line in question { out += "\u{1B}[K" + String(line.prefix(columns)) + "\r\n" }
        out += "\u{1B}[K" + session.console.dim(String((session.lastMessage ?? "").prefix(columns)))
        terminal.write(out)
        drawInputLine()
    }

    /// The input line, scrolled so the cursor stays in view.
    func drawInputLine() {
        let (columns, rows) = terminal.size
        let prompt = "> "
        let room = max(1, columns - prompt.count - 1)
        let characters = Array(editor.text)
        let start = max(0, editor.cursor - room)
        let visible = String(characters[start..<min(characters.count, start + room)])
        terminal.write(
            "\u{1B}[\(rows);1H\u{1B}[K" + prompt + visible
                + "\u{1B}[\(rows);\(prompt.count + editor.cursor - start + 1)H\u{1B}[?25h")
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
            guard let bytes = terminal.read(timeout: 1000) else { return false }
            if bytes.isEmpty {
                draw()
                continue
            }
            for key in decoder.keys(bytes) {
                switch key {
                case .text(let typed):
                    let answer = typed.lowercased()
                    if answer.hasPrefix("y") || answer.hasPrefix("j") { return true }
                    if answer.hasPrefix("n") { return false }
                case .enter, .interrupt, .endOfInput: return false
                default: break
                }
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
        guard let line = readLine(), let number = Int(line.trimmingWhitespace()), options.indices.contains(number - 1)
        else { return nil }
        return number - 1
    }
}
