import Foundation

/// One problem found in a file a user handed us: where it is, how bad it is,
/// what is wrong and, where one helps, how to fix it.
public struct Diagnostic: Sendable, Equatable, Codable {
    /// How serious a diagnostic is. Errors stop a file from loading; warnings do not.
    public enum Severity: String, Sendable, Codable, Comparable {
        case error, warning, note

        /// Warnings before errors, for sorting by weight.
        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs.rank < rhs.rank
        }

        private var rank: Int {
            switch self {
            case .error: return 0
            case .warning: return 1
            case .note: return 2
            }
        }
    }

    /// Whether the problem stops the file from loading.
    public var severity: Severity
    /// A stable identifier of the kind of problem, e.g. `unknown-key`.
    public var code: String
    /// What is wrong, in one sentence.
    public var message: String
    /// The file as the user named it.
    public var file: String
    /// 1-based line and column (columns count characters, not bytes).
    public var line: Int
    /// The 1-based column, counted in characters.
    public var column: Int
    /// The path inside the document, e.g. `phases[2].steps[0].duration.min`.
    public var path: String
    /// A suggested fix ("did you mean 'listeners'?").
    public var hint: String?

    /// A diagnostic with every part given.
    public init(
        severity: Severity, code: String, message: String, file: String,
        line: Int, column: Int, path: String, hint: String? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.hint = hint
    }

    /// The clang-style rendering: `file:line:col: error: message [path]`,
    /// followed by a `note:` line for the hint.
    public func rendered(colors: Bool = false) -> String {
        let label: String
        switch (severity, colors) {
        case (.error, true): label = "\u{1B}[1;31merror\u{1B}[0m"
        case (.warning, true): label = "\u{1B}[1;35mwarning\u{1B}[0m"
        case (.note, true): label = "\u{1B}[1;36mnote\u{1B}[0m"
        default: label = severity.rawValue
        }
        var text = "\(file):\(line):\(column): \(label): \(message) [\(path)]"
        if let hint {
            let note = colors ? "\u{1B}[1;36mnote\u{1B}[0m" : "note"
            text += "\n\(file):\(line):\(column): \(note): \(hint)"
        }
        return text
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Diagnostics in file, line, column order, errors before warnings at one place.
    public func sortedByLocation() -> [Diagnostic] {
        sorted {
            ($0.file, $0.line, $0.column, $0.severity) < ($1.file, $1.line, $1.column, $1.severity)
        }
    }
}

/// A file's text with the means to turn byte offsets into lines and columns.
public struct SourceText: Sendable {
    /// The name used in diagnostics (the path as the user gave it).
    public let file: String
    /// The file's bytes as read.
    public let bytes: [UInt8]
    /// For a text over 16 KiB: where lines start, built at the first diagnostic, so a file
    /// with many problems costs time in proportion to its size, not its size times its
    /// problems. Small texts (a journal line) are scanned and carry no index.
    private let index: LineIndex?

    /// A diagnostic with every part given.
    public init(file: String, bytes: [UInt8]) {
        self.file = file
        self.bytes = bytes
        index = bytes.count > 16 << 10 ? LineIndex() : nil
    }

    /// 1-based line and column of a byte offset; the column counts characters.
    public func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
        let end = Swift.min(Swift.max(offset, 0), bytes.count)
        if let index { return index.place(of: end, in: bytes) }
        var line = 1
        var column = 1
        for byte in bytes[..<end] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    /// A diagnostic placed at a byte offset of this text.
    public func diagnostic(
        _ severity: Diagnostic.Severity, _ code: String, _ message: String,
        at offset: Int, path: SpecPath, hint: String? = nil
    ) -> Diagnostic {
        let position = lineAndColumn(of: offset)
        return Diagnostic(
            severity: severity, code: code, message: message, file: file,
            line: position.line, column: position.column,
            path: path.description, hint: hint)
    }
}

extension Diagnostic: Error, CustomStringConvertible {
    /// The diagnostic as a line of text, without colours.
    public var description: String { rendered() }
}

/// A value read from a user's file, or every problem that kept it from being read.
public enum Checked<Value> {
    case success(Value)
    case failure([Diagnostic])
}

extension Checked: Sendable where Value: Sendable {}

/// Line starts and character counts of a text, built once when first asked: the line by
/// binary search, the column from a checkpoint of characters every 4 KiB.
private final class LineIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var lineStarts: [Int] = []
    private var characters: [Int] = []
    private var built = false
    private static let stride = 4096

    func place(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        lock.lock()
        defer { lock.unlock() }
        if !built { build(bytes) }
        // The last line start at or before the offset.
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let column = characterCount(to: offset, bytes) - characterCount(to: lineStarts[low], bytes) + 1
        return (low + 1, column)
    }

    /// Characters (bytes that do not continue a UTF-8 sequence) before `offset`.
    private func characterCount(to offset: Int, _ bytes: [UInt8]) -> Int {
        let checkpoint = offset / Self.stride
        var count = characters[checkpoint]
        var index = checkpoint * Self.stride
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }

    private func build(_ bytes: [UInt8]) {
        built = true
        lineStarts = [0]
        characters = [0]
        var count = 0
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "\n") { lineStarts.append(index + 1) }
            if byte & 0xC0 != 0x80 { count += 1 }
            if (index + 1) % Self.stride == 0 { characters.append(count) }
        }
        characters.append(count)
    }
}
