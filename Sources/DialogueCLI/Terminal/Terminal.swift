import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The settings the terminal had before the console took it, for the signal handlers.
nonisolated(unsafe) private var savedSettings: termios?
/// Set by SIGWINCH: the window changed size, redraw.
nonisolated(unsafe) private var resizePending: sig_atomic_t = 0

/// `write(2)` and `read(2)`, named apart from ``Terminal``'s own methods.
private func posixWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}

private func posixRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// Puts the terminal back as it was: its settings, the main screen, no bracketed paste.
/// Safe to call from a signal handler and more than once.
private func restoreTerminal() {
    guard var settings = savedSettings else { return }
    let leave: [UInt8] = Array("\u{1B}[?2004l\u{1B}[?1049l\u{1B}[?25h".utf8)
    _ = leave.withUnsafeBufferPointer { posixWrite(STDOUT_FILENO, $0.baseAddress, $0.count) }
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &settings)
}

/// The terminal in the console's hands: raw input (no echo, no line discipline, Ctrl-C as a
/// key), the alternate screen and bracketed paste, its real size (TIOCGWINSZ) and a flag
/// on resize (SIGWINCH). Everything is restored on every exit path: `close()`, a normal
/// exit, and the signals that end a process (SIGTERM, SIGHUP, SIGQUIT).
final class Terminal {
    private var closed = false

    private init() {}

    /// Takes the terminal, or nil when standard input or output is not one.
    static func open() -> Terminal? {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { return nil }
        var settings = termios()
        guard tcgetattr(STDIN_FILENO, &settings) == 0 else { return nil }
        savedSettings = settings
        var raw = settings
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL | BRKINT | INPCK | ISTRIP)
        guard tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw) == 0 else { return nil }
        for end in [SIGTERM, SIGHUP, SIGQUIT] {
            signal(end) { number in
                restoreTerminal()
                signal(number, SIG_DFL)
                raise(number)
            }
        }
        signal(SIGWINCH) { _ in resizePending = 1 }
        atexit { restoreTerminal() }
        let terminal = Terminal()
        terminal.write("\u{1B}[?1049h\u{1B}[?2004h")
        return terminal
    }

    /// Gives the terminal back (idempotent).
    func close() {
        guard !closed else { return }
        closed = true
        restoreTerminal()
        signal(SIGWINCH, SIG_DFL)
    }

    deinit { close() }

    /// The window's size in columns and rows (80×24 when the terminal does not say).
    var size: (columns: Int, rows: Int) { Self.windowSize() ?? (80, 24) }

    /// The size of the terminal window behind `descriptor`; nil when it is not a terminal.
    static func windowSize(_ descriptor: Int32 = STDOUT_FILENO) -> (columns: Int, rows: Int)? {
        var window = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &window) == 0, window.ws_col > 0, window.ws_row > 0 else {
            return nil
        }
        return (Int(window.ws_col), Int(window.ws_row))
    }

    /// Whether the window changed size since the last call.
    func takeResize() -> Bool {
        guard resizePending != 0 else { return false }
        resizePending = 0
        return true
    }

    /// Writes `text` as it is.
    func write(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBufferPointer {
                posixWrite(STDOUT_FILENO, $0.baseAddress, $0.count)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += count
        }
    }

    /// The bytes typed within `timeout` milliseconds: empty on a timeout or a resize, nil at
    /// the end of input.
    /// `also` is another descriptor to wake for (the room's): when it is ready, the answer is empty.
    func read(timeout: Int32, also: Int32? = nil) -> [UInt8]? {
        var descriptors = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)]
        if let also { descriptors.append(pollfd(fd: also, events: Int16(POLLIN), revents: 0)) }
        let ready = poll(&descriptors, nfds_t(descriptors.count), timeout)
        if ready <= 0 || descriptors[0].revents == 0 { return [] }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { posixRead(STDIN_FILENO, $0.baseAddress, $0.count) }
        if count < 0 { return errno == EINTR || errno == EAGAIN ? [] : nil }
        if count == 0 { return nil }
        return Array(buffer[0..<count])
    }
}
