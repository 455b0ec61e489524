/// Text made safe to record and to show: terminal escape sequences and control characters
/// (C0, DEL, C1, bidirectional overrides) are removed, tabs and line breaks become spaces.
/// What people type and what files name is data; it never reaches a journal, an export or
/// a terminal as a command to that terminal.
public enum PrintableText {
    /// `text` without escape sequences and control characters; tabs and line breaks become
    /// spaces, or with `keepingLineBreaks` a line break stays (CR LF and CR become LF).
    public static func clean(_ text: String, keepingLineBreaks: Bool = false) -> String {
        if hasNothingToClean(text) { return text }
        var scalars = String.UnicodeScalarView()
        var iterator = text.unicodeScalars.makeIterator()
        var afterCR = false
        while let scalar = iterator.next() {
            defer { afterCR = scalar.value == 0x0D }
            switch scalar.value {
            case 0x1B:
                skipEscapeSequence(&iterator)
            case 0x0A where keepingLineBreaks:
                if !afterCR { scalars.append("\n") }
            case 0x0D where keepingLineBreaks:
                scalars.append("\n")
            case 0x0A where afterCR:
                continue  // CR LF is one line break
            case 0x09, 0x0A, 0x0D:
                scalars.append(" ")
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
                continue
            default:
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Skips the rest of an escape sequence: CSI (`ESC [ … final`), OSC (`ESC ] … BEL/ST`)
    /// or a two-character escape.
    private static func skipEscapeSequence(_ iterator: inout String.UnicodeScalarView.Iterator) {
        guard let introducer = iterator.next() else { return }
        switch introducer {
        case "[":
            while let scalar = iterator.next() {
                if (0x40...0x7E).contains(scalar.value) { return }
            }
        case "]", "P", "_", "^":
            var previousWasEscape = false
            while let scalar = iterator.next() {
                if scalar.value == 0x07 || (previousWasEscape && scalar == "\\") { return }
                previousWasEscape = scalar.value == 0x1B
            }
        default:
            return
        }
    }

    /// A quick look at the bytes: no C0 control or DEL, and no lead byte of a C1 control
    /// (0xC2 0x80–0x9F) or of a bidirectional control (0xE2 0x80/0x81 …). Most text people type
    /// passes, and is then returned as it is.
    static func hasNothingToClean(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 != 0x7F && $0 != 0xC2 && $0 != 0xE2 }
    }

    /// Whether `text` is already clean.
    public static func isClean(_ text: String) -> Bool { clean(text) == text }
}
