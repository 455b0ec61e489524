/// How a view emphasises text: a colour terminal with escape codes, anything else plainly.
/// Views take a style, so they never ask where their output goes.
public protocol TextStyle {
    /// `text` in bold.
    func bold(_ text: String) -> String
    /// `text` dimmed.
    func dim(_ text: String) -> String
    /// `text` in the terminal colour `code` (such as `1;31`, bold red).
    func color(_ text: String, _ code: String) -> String
}

/// Text without emphasis: for files, pipes and `NO_COLOR`.
public struct PlainText: TextStyle {
    /// The plain style.
    public init() {}
    /// `text` unchanged.
    public func bold(_ text: String) -> String { text }
    /// `text` unchanged.
    public func dim(_ text: String) -> String { text }
    /// `text` unchanged.
    public func color(_ text: String, _ code: String) -> String { text }
}
