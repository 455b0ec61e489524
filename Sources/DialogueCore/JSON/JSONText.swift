/// Text as a JSON string literal: the one writer of JSON strings outside the encoder.
public enum JSONText {
    /// `text` as a JSON string literal, quotes included. `inMarkup` also escapes `<` and the
    /// two line separators JavaScript reads as line breaks, so the literal is safe wherever it
    /// lands in a page or a script.
    public static func quoted(_ text: String, inMarkup: Bool = false) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        append(text, quotedTo: &bytes, inMarkup: inMarkup)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` as a JSON string literal to `bytes` (see ``quoted(_:inMarkup:)``). Every
    /// character that needs an escape is ASCII or a line separator, so the text is walked as bytes.
    public static func append(_ text: String, quotedTo bytes: inout [UInt8], inMarkup: Bool = false) {
        let quote = UInt8(ascii: "\"")
        bytes.append(quote)
        var text = text
        text.withUTF8 { utf8 in appendEscaped(utf8, to: &bytes, inMarkup: inMarkup) }
        bytes.append(quote)
    }

    private static func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8], inMarkup: Bool) {
        let backslash = UInt8(ascii: "\\")
        let quote = UInt8(ascii: "\"")
        var run = 0  // the start of the bytes that need no escape, copied at once
        var index = 0
        func escape(_ replacement: [UInt8], length: Int = 1) {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<index]))
            bytes.append(contentsOf: replacement)
            index += length
            run = index
        }
        while index < utf8.count {
            let byte = utf8[index]
            switch byte {
            case quote, backslash: escape([backslash, byte])
            case 0x0A: escape([backslash, UInt8(ascii: "n")])
            case 0x0D: escape([backslash, UInt8(ascii: "r")])
            case 0x09: escape([backslash, UInt8(ascii: "t")])
            case UInt8(ascii: "<") where inMarkup: escape(Array("\\u003c".utf8))
            case 0xE2
            where inMarkup && index + 2 < utf8.count && utf8[index + 1] == 0x80
                && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                escape(Array((utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8), length: 3)
            case ..<0x20:
                let hex = String(byte, radix: 16)
                escape(Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8))
            default:
                index += 1
            }
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<index]))
    }
}
