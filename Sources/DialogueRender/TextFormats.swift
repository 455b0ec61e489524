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
    /// `text` safe inside a Markdown heading, table cell or paragraph: on one line (line
    /// breaks and control characters become spaces or go), Markdown's characters escaped.
    public static func escape(_ text: String) -> String {
        var out = ""
        for character in PrintableText.clean(text) {
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
        var out = ""
        out.reserveCapacity(text.count)
        for character in PrintableText.clean(text) {
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
