import DialogueKit
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A screen as a terminal shows it: a grid of cells that the bytes of a program paint, with
/// the sequences the console uses (cursor position, erase line and screen, the alternate
/// screen, colours ignored). Wide characters take two cells, as on a real terminal.
struct ScreenGrid {
    private(set) var columns: Int
    private(set) var rows: Int
    private var cells: [[String]]
    private var row = 0
    private var column = 0
    private var pending: [UInt8] = []

    init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
        cells = Array(repeating: Array(repeating: " ", count: columns), count: rows)
    }

    /// The rows as text, without trailing blanks.
    var lines: [String] {
        cells.map { String($0.joined().reversed().drop { $0 == " " }.reversed()) }
    }

    var text: String { lines.joined(separator: "\n") }

    mutating func resize(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
        cells = Array(repeating: Array(repeating: " ", count: columns), count: rows)
        row = min(row, rows - 1)
        column = min(column, columns - 1)
    }

    /// Paints `bytes`; an incomplete sequence at the end waits for the next bytes.
    mutating func feed(_ bytes: [UInt8]) {
        pending += bytes
        var index = 0
        while index < pending.count {
            let byte = pending[index]
            if byte == 0x1B {
                guard let length = escape(at: index) else { break }
                index += length
                continue
            }
            switch byte {
            case 0x0D: column = 0
            case 0x0A: row = min(rows - 1, row + 1)
            case 0x08: column = max(0, column - 1)
            case 0x00..<0x20: break
            default:
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                guard pending.count - index >= length else {
                    pending.removeFirst(index)
                    return
                }
                // Gather the whole character (a joined emoji is several scalars).
                var end = index + length
                while end < pending.count, pending[end] >= 0x80 {
                    let next = pending[end]
                    let more = next >= 0xF0 ? 4 : next >= 0xE0 ? 3 : next >= 0xC0 ? 2 : 1
                    guard end + more <= pending.count else { break }
                    let joined = String(decoding: pending[index..<(end + more)], as: UTF8.self)
                    guard joined.count == 1 else { break }
                    end += more
                }
                put(String(decoding: pending[index..<end], as: UTF8.self))
                index = end
                continue
            }
            index += 1
        }
        pending.removeFirst(index)
    }

    private mutating func put(_ text: String) {
        for character in text {
            let width = CellWidth.of(character)
            guard width > 0 else { continue }
            if column + width > columns { continue }
            cells[row][column] = String(character)
            if width == 2 { cells[row][column + 1] = "" }
            column += width
        }
    }

    /// Handles the escape sequence at `index`; its length, or nil when it is incomplete.
    private mutating func escape(at index: Int) -> Int? {
        guard index + 1 < pending.count else { return nil }
        if pending[index + 1] == UInt8(ascii: "]") {
            var end = index + 2
            while end < pending.count, pending[end] != 0x07 { end += 1 }
            return end < pending.count ? end - index + 1 : nil
        }
        guard pending[index + 1] == UInt8(ascii: "[") else { return 2 }
        var end = index + 2
        while end < pending.count, !(0x40...0x7E).contains(pending[end]) { end += 1 }
        guard end < pending.count else { return nil }
        let parameters = String(decoding: pending[(index + 2)..<end], as: UTF8.self)
        let numbers = parameters.split(separator: ";").map { Int($0) ?? 0 }
        switch pending[end] {
        case UInt8(ascii: "H"):
            row = min(rows - 1, max(0, (numbers.first ?? 1) - 1))
            column = min(columns - 1, max(0, (numbers.count > 1 ? numbers[1] : 1) - 1))
        case UInt8(ascii: "K"):
            for c in column..<columns { cells[row][c] = " " }
        case UInt8(ascii: "J"):
            if parameters == "2" {
                cells = Array(repeating: Array(repeating: " ", count: columns), count: rows)
            } else {
                for c in column..<columns { cells[row][c] = " " }
                for r in (row + 1)..<max(row + 1, rows) { cells[r] = Array(repeating: " ", count: columns) }
            }
        case UInt8(ascii: "h"), UInt8(ascii: "l"):
            if parameters == "?1049h" || parameters == "?1049l" {
                cells = Array(repeating: Array(repeating: " ", count: columns), count: rows)
            }
        default:
            break
        }
        return end - index + 1
    }
}

/// The `dialogue` binary on a pseudo-terminal (openpty): keys go in as a terminal sends
/// them, the screen comes back painted on a ``ScreenGrid``, and the window can be resized.
final class PseudoTerminal {
    let process = Process()
    private var master: Int32 = -1
    private(set) var screen: ScreenGrid
    /// Everything the program wrote, for messages after it leaves the alternate screen.
    private(set) var output: [UInt8] = []

    init(_ arguments: [String], columns: Int, rows: Int, environment: [String: String]) throws {
        screen = ScreenGrid(columns: columns, rows: rows)
        var slave: Int32 = -1
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw POSIXError(.ENXIO) }
        let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
        process.executableURL = productsFolder.appendingPathComponent("dialogue")
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = "xterm-256color"
        env["NO_COLOR"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.currentDirectoryURL = packageRoot
        process.standardInput = terminal
        process.standardOutput = terminal
        process.standardError = terminal
        try process.run()
        try terminal.close()
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        close(master)
    }

    /// Types `keys` as one write, as a terminal sends a key or a paste.
    func type(_ keys: String) {
        let bytes = Array(keys.utf8)
        _ = bytes.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count) }
    }

    /// Resizes the window, as a terminal does: the new size, then SIGWINCH to the program.
    func resize(columns: Int, rows: Int) {
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        screen.resize(columns: columns, rows: rows)
        kill(process.processIdentifier, SIGWINCH)
    }

    /// Reads what the program paints until `condition` holds for the screen (or the program
    /// ends, or 20 s pass without it); whether it held.
    @discardableResult
    func wait(until condition: (ScreenGrid) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(20)
        var buffer = [UInt8](repeating: 0, count: 8192)
        while !condition(screen) {
            guard Date() < deadline else { return false }
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 100) > 0 else {
                if !process.isRunning { return condition(screen) }
                continue
            }
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if count <= 0 { return condition(screen) }
            let bytes = Array(buffer[0..<count])
            output += bytes
            screen.feed(bytes)
        }
        return true
    }

    /// Waits until `text` is on the screen.
    @discardableResult
    func wait(for text: String) -> Bool { wait { $0.text.contains(text) } }

    /// Waits for the program to end and returns its exit code.
    func finish() -> Int32 {
        wait { _ in false }
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// The full-screen console driven through a pseudo-terminal, keys and all.
@Suite(.serialized) struct TerminalConsoleTests {
    static let left = "\u{1B}[D"
    static let right = "\u{1B}[C"
    static let home = "\u{1B}[H"
    static let end = "\u{1B}[F"
    static let delete = "\u{1B}[3~"
    static let backspace = "\u{7F}"

    func journalNotes(_ session: String) throws -> [String] {
        let lines = try String(contentsOfFile: session + "/journal.jsonl", encoding: .utf8).split(separator: "\n")
        return lines.compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let event = object["event"] as? [String: Any], let note = event["note"] as? [String: Any]
            else { return nil }
            return note["text"] as? String
        }
    }

    /// Keys edit the line by whole characters; resizing redraws at the new size; Ctrl-C asks;
    /// the journal holds exactly the lines as edited, with no escape sequence in it.
    @Test func keysEditTheLineAndTheJournalHoldsWhatWasMeant() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let agenda = try write(methodAgenda("good-future"), "agenda.json", in: folder)
        let session = folder.appendingPathComponent("s").path
        let terminal = try PseudoTerminal(
            ["run", agenda, "--session", session], columns: 80, rows: 24, environment: clockSetting)
        #expect(terminal.wait(for: "Type /start to begin"), "\(terminal.screen.text)")
        terminal.type("/help\r")
        #expect(terminal.wait(for: "Commands start with /:"), "the help takes the screen: \(terminal.screen.text)")
        terminal.type("\r/start\r")
        #expect(terminal.wait(for: "Now: Anouk"), "\(terminal.screen.text)")
        terminal.type("/next\r")
        #expect(terminal.wait(for: "Now: Mila"), "\(terminal.screen.text)")
        #expect(terminal.wait { $0.lines.last?.hasPrefix(">") == true }, "the input line is the last row")

        // Backspace over a decomposed é and a joined family emoji removes each whole.
        terminal.type("Cafe\u{301} \u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}")
        #expect(terminal.wait(for: "> Café 👨‍👩‍👧"), "\(terminal.screen.text)")
        terminal.type(Self.backspace + Self.backspace + Self.backspace + "e family")
        #expect(terminal.wait(for: "> Cafe family"), "\(terminal.screen.text)")
        terminal.type("\r")
        // Arrows, Home, End and Delete move and edit; none of them reaches the record.
        terminal.type("wrold")
        terminal.type(Self.left + Self.left + Self.left + Self.left + Self.delete + Self.right + "r")
        terminal.type(Self.home + "hello " + Self.end + "!")
        #expect(terminal.wait(for: "> hello world!"), "\(terminal.screen.text)")
        terminal.type("\r")
        // Ctrl-U and Ctrl-W kill; Up brings the last line back.
        terminal.type("drop all this\u{15}keep it gone\u{17}\u{17}\u{17}kept\r")
        terminal.type("\u{10}")
        #expect(terminal.wait(for: "> kept"), "\(terminal.screen.text)")
        terminal.type("\u{15}\u{1B}[200~pasted \u{1B}]0;title\u{7}text\nover two lines\u{1B}[201~\r")
        #expect(terminal.wait(for: "#4 Mila: pasted text over two lines"), "\(terminal.screen.text)")

        // A larger window is used at once.
        terminal.resize(columns: 120, rows: 40)
        #expect(terminal.wait { $0.lines.count == 40 && $0.lines[39].hasPrefix(">") }, "\(terminal.screen.text)")
        #expect(terminal.wait { grid in grid.lines.contains { $0.count > 80 } }, "\(terminal.screen.text)")
        print("--- Good Future at 120×40 ---\n" + terminal.screen.text)

        // Ctrl-C asks; no keeps the console; /quit asks; yes leaves the session resumable.
        terminal.type("\u{3}")
        #expect(terminal.wait(for: "Ctrl-C: leave the console?"), "\(terminal.screen.text)")
        terminal.type("n")
        #expect(terminal.wait { !$0.text.contains("Ctrl-C: leave") }, "\(terminal.screen.text)")
        terminal.type("/quit\r")
        #expect(terminal.wait(for: "Leave the console?"), "\(terminal.screen.text)")
        terminal.type("y")
        #expect(terminal.finish() == 0)
        let said = String(decoding: terminal.output, as: UTF8.self)
        #expect(said.contains("Continue with: dialogue resume \(session)"))

        #expect(
            try journalNotes(session) == ["Cafe family", "hello world!", "kept", "pasted text over two lines"])
        let journal = try String(contentsOfFile: session + "/journal.jsonl", encoding: .utf8)
        #expect(!journal.contains("\\u001b") && !journal.contains("0;title"), "no escape reached the journal")
    }

    /// A Dutch session on the terminal: Dutch screen, Dutch commands, Dutch refusals; a
    /// typo'd name gets a choice, and the line typed after Enter is not lost.
    @Test func aDutchSessionOnTheTerminal() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let agendaText = methodAgenda("good-future").replacingOccurrences(
            of: #""title": "#, with: #""language": "nl", "title": "#)
        let agenda = try write(agendaText, "agenda.json", in: folder)
        let session = folder.appendingPathComponent("s").path
        let terminal = try PseudoTerminal(
            ["run", agenda, "--session", session], columns: 80, rows: 24, environment: clockSetting)
        #expect(terminal.wait(for: "Typ /begin om te beginnen"), "\(terminal.screen.text)")
        terminal.type("/terug\r")
        #expect(terminal.wait(for: "Niets vastgelegd: de sessie is nog niet begonnen (typ /begin)"))
        // Two lines in one write: both are handled, in order.
        terminal.type("/begin\r/volgende\rHet gaat goed met Mila 家族\r")
        #expect(terminal.wait(for: "#1 Mila: Het gaat goed met Mila 家族"), "\(terminal.screen.text)")
        #expect(terminal.wait(for: "Nu: Mila"))
        #expect(terminal.wait(for: "vraag 1/3"), "\(terminal.screen.text)")
        print("--- Goede toekomst at 80×24 ---\n" + terminal.screen.text)
        terminal.type("/als Karim\r")
        #expect(terminal.wait(for: "Bedoel je Karin?"), "\(terminal.screen.text)")
        terminal.type("/als Karin\r")
        #expect(terminal.wait(for: "Vastleggen nu op naam van Karin."), "\(terminal.screen.text)")
        terminal.type("Karin vult aan\r")
        #expect(terminal.wait(for: "#2 vastgelegd: notitie voor Karin (vraag 1)"), "\(terminal.screen.text)")
        terminal.type("/einde\r")
        #expect(terminal.wait(for: "De sessie beëindigen"), "\(terminal.screen.text)")
        terminal.type("j")
        #expect(terminal.finish() == 0)
        #expect(try journalNotes(session) == ["Het gaat goed met Mila 家族", "Karin vult aan"])
        let lines = try String(contentsOfFile: session + "/journal.jsonl", encoding: .utf8)
        #expect(lines.contains(#""attribute":{"person":"Karin"}"#), "the attribution is journaled")
    }
}
