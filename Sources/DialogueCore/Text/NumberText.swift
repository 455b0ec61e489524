import Foundation

/// Numbers as people write and read them: "3", "2.5", and in Dutch "2,5".
public enum NumberText {
    /// `value` without a needless ".0": "3", "2.5".
    public static func format(_ value: Double) -> String {
        if let whole = Int(exactly: value) { return String(whole) }
        return String(value)
    }

    /// `value` rounded half away from zero to at most `decimals` places, without trailing zeros,
    /// with the decimal comma in Dutch: 5.25 → "5.25" ("5,25"), 4.5 → "4.5", 6.0 → "6".
    public static func format(_ value: Double, decimals: Int, in language: String = "en") -> String {
        guard value.isFinite else { return String(value) }
        let scale = (0..<max(0, decimals)).reduce(1.0) { value, _ in value * 10 }
        let rounded = (abs(value) * scale).rounded(.toNearestOrAwayFromZero) / scale
        var text = String(format: "%.\(max(0, decimals))f", rounded)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        if value < 0, rounded != 0 { text = "-" + text }
        return language == "nl" ? text.replacingOccurrences(of: ".", with: ",") : text
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
