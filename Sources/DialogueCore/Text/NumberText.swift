import Foundation

/// Numbers as people write and read them: "3", "2.5", and in Dutch "2,5".
public enum NumberText {
    /// `value` without a needless ".0": "3", "2.5".
    public static func format(_ value: Double) -> String {
        if let whole = Int(exactly: value) { return String(whole) }
        return String(value)
    }

    /// A number as typed in a meeting: an optional sign, digits, and a decimal point or
    /// comma with more digits ("7", "-2", "6.5", "6,5"). No exponents, no `inf` or `nan`,
    /// at most 15 digits; negative zero reads as 0. Nil for anything else.
    public static func parse(_ text: some StringProtocol) -> Double? {
        var digits = 0
        var separators = 0
        var normalized = ""
        for (index, character) in text.enumerated() {
            switch character {
            case "0"..."9":
                digits += 1
                normalized.append(character)
            case "-",
                "+" where index == 0:
                normalized.append(character)
            case ".", ",":
                separators += 1
                normalized.append(".")
            default:
                return nil
            }
        }
        guard digits > 0, digits <= 15, separators <= 1, normalized.last != ".",
            normalized.first != ".", let value = Double(normalized)
        else { return nil }
        return value == 0 ? 0 : value
    }
}
