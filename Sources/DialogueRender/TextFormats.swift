import Foundation

/// Writing CSV fields that spreadsheet programs read back exactly.
public enum CSVWriter {
    /// `text` as one field: control characters removed (line breaks kept), quoted when it
    /// holds the delimiter, a quote, a line break or edge spaces; a leading `=`, `+`, `-`,
    /// `@`, tab or CR is neutralised with `'` (OWASP) so a note never runs as a formula.
    public static func field(_ text: String, delimiter: Character) -> String {
        if let first = text.unicodeScalars.first, first == "\t" || first == "\r" {
            return field("'" + text, delimiter: delimiter)
        }
        var value = PrintableText.clean(text, keepingLineBreaks: true)
        if let first = value.first, "=+-@".contains(first) { value = "'" + value }
        let needsQuotes =
            value.contains(delimiter) || value.contains("\"") || value.contains("\n")
            || value.contains("\r") || value.hasPrefix(" ") || value.hasSuffix(" ")
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One CSV line (CRLF-terminated, as Excel writes).
    public static func line(_ fields: [String], delimiter: Character) -> String {
        fields.map { field($0, delimiter: delimiter) }.joined(separator: String(delimiter)) + "\r\n"
    }
}

/// People's names listed in running text.
public enum NameList {
    /// Names as a sentence says them: "Anna", "Anna and Bo", "Anna, Bo and Carl" (Dutch "en").
    public static func spoken(_ names: [String], in language: String) -> String {
        guard let last = names.last, names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + (language == "nl" ? " en " : " and ") + last
    }

    /// Names joined with commas; a name that holds a comma is quoted, so "Ann, A" stays one name.
    public static func joined(_ names: [String]) -> String {
        names.map { $0.contains(",") ? "\"\($0)\"" : $0 }.joined(separator: ", ")
    }
}

/// Escaping for Markdown output.
public enum Markdown {
    /// Whether `byte` is one of the characters Markdown escapes: | * _ ` [ ] < > # \\
    static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x7C, 0x2A, 0x5F, 0x60, 0x5B, 0x5D, 0x3C, 0x3E, 0x23, 0x5C: return true
        default: return false
        }
    }

    /// `text` safe inside a Markdown heading, table cell or paragraph: on one line (line
    /// breaks and control characters become spaces or go), Markdown's characters escaped.
    public static func escape(_ text: String) -> String {
        let clean = PrintableText.clean(text)
        // Most text has none of Markdown's characters: it goes out as it is.
        if !clean.utf8.contains(where: isSpecial) { return clean }
        var out = ""
        for character in clean {
            switch character {
            case "|", "*", "_", "`", "[", "]", "<", ">", "#", "\\": out += "\\\(character)"
            default: out.append(character)
            }
        }
        return out
    }
}

/// Escaping for HTML output.
public enum HTML {
    /// `text` with HTML's special characters escaped and control characters gone.
    public static func escape(_ text: String) -> String {
        let clean = PrintableText.clean(text)
        if !clean.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) {
            return clean
        }
        var out = ""
        out.reserveCapacity(clean.utf8.count)
        for character in clean {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}

extension Listening.Mode {
    /// How the listeners listen, as the console and `methods show` say it in `language`.
    public func described(in language: String) -> String {
        switch self {
        case .silent: return Phrasebook.say("console.listen.silent", in: language)
        case .noInterruption: return Phrasebook.say("console.listen.no-interruption", in: language)
        case .reflecting: return Phrasebook.say("console.listen.reflecting", in: language)
        case .open: return Phrasebook.say("console.listen.open", in: language)
        case .questionsOnly: return Phrasebook.say("console.listen.questions-only", in: language)
        }
    }
}
