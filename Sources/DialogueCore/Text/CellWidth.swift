/// How many columns of a terminal a text takes: most characters one, East Asian wide and
/// full-width characters and emoji two, a character that is only a joiner or a mark none.
/// The screen wraps and clips by it, so 👨‍👩‍👧 or 家族 never push a line past the window.
public enum CellWidth {
    /// The columns `character` takes.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.contains(where: { $0.value == 0xFE0F })
            || scalars.count > 1 && first.properties.isEmoji
                && scalars.contains(where: { $0.value == 0x200D || (0x1F3FB...0x1F3FF).contains($0.value) })
        {
            return 2
        }
        if first.properties.isEmojiPresentation || isWide(first.value) { return 2 }
        switch first.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: return 1
        }
    }

    /// The columns `text` takes.
    public static func of<Text: StringProtocol>(_ text: Text) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// The longest beginning of `text` that fits in `cells` columns.
    public static func prefix<Text: StringProtocol>(_ text: Text, cells: Int) -> Text.SubSequence {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let width = of(text[index])
            if used + width > cells { break }
            used += width
            end = text.index(after: index)
        }
        return text[text.startIndex..<end]
    }

    /// East Asian Wide and Fullwidth blocks: Hangul Jamo, CJK, kana, Hangul syllables,
    /// compatibility ideographs, full-width forms and the supplementary ideograph planes.
    static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
