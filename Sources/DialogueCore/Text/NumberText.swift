import Foundation

/// Numbers as people write them: "3", "2.5".
public enum NumberText {
    public static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
