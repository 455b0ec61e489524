/// Text as a JSON string literal: the one writer of JSON strings outside the encoder.
public enum JSONText {
    /// `text` as a JSON string literal, quotes included. `inMarkup` also escapes `<` and the
    /// two line separators JavaScript reads as line breaks, so the literal is safe wherever it
    /// lands in a page or a script.
    public static func quoted(_ text: String, inMarkup: Bool = false) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<" where inMarkup: out += "\\u003c"
            case "\u{2028}" where inMarkup: out += "\\u2028"
            case "\u{2029}" where inMarkup: out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
