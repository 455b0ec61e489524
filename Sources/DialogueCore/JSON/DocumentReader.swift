/// Collects the diagnostics for one document while its reader walks it.
public final class DiagnosticSink {
    /// The document being read.
    public let source: SourceText
    /// What was reported so far, in the order it was found.
    public private(set) var diagnostics: [Diagnostic] = []

    /// An empty sink for `source`.
    public init(source: SourceText) {
        self.source = source
    }

    /// Reports an error at byte `offset`, inside the document at `path`.
    public func error(_ code: String, _ message: String, at offset: Int, path: SpecPath, hint: String? = nil) {
        diagnostics.append(source.diagnostic(.error, code, message, at: offset, path: path, hint: hint))
    }

    /// Reports a warning at byte `offset`, inside the document at `path`.
    public func warning(_ code: String, _ message: String, at offset: Int, path: SpecPath, hint: String? = nil) {
        diagnostics.append(source.diagnostic(.warning, code, message, at: offset, path: path, hint: hint))
    }

    /// Adds diagnostics found elsewhere (by the parser).
    public func append(_ more: [Diagnostic]) {
        diagnostics.append(contentsOf: more)
    }
}

/// Reads one JSON object member by member, reporting wrong types, missing keys and
/// unknown keys (with the closest known key as a hint) at their exact place.
public struct ObjectReader {
    /// The object being read.
    public let node: JSONNode
    /// Where the object stands in the document.
    public let path: SpecPath
    /// Where problems are reported.
    public let sink: DiagnosticSink
    private let members: [JSONMember]
    private var known: [String] = []

    /// Returns nil (after reporting) when `node` is not an object.
    public init?(_ node: JSONNode, path: SpecPath, sink: DiagnosticSink, what: String) {
        guard case .object(let members) = node.value else {
            sink.error(
                "type-mismatch", "expected \(what) (an object), found \(node.value.typeDescription)",
                at: node.offset, path: path)
            return nil
        }
        self.node = node
        self.path = path.materialized()
        self.sink = sink
        self.members = members
        known.reserveCapacity(24)
    }

    /// The raw member, marking the key as known.
    @inline(__always)
    public mutating func member(_ key: String) -> JSONMember? {
        known.append(key)
        let length = key.utf8.count
        return members.first { $0.key.utf8.count == length && $0.key == key }
    }

    /// Whether the object has `key`, marking it as known.
    public mutating func has(_ key: String) -> Bool {
        member(key) != nil
    }

    /// Reads an optional member with `read`; nil when absent, `null` or unreadable.
    @inline(__always)
    public mutating func optional<T>(_ key: String, _ read: (JSONNode, SpecPath, DiagnosticSink) -> T?) -> T? {
        guard let found = member(key) else { return nil }
        if case .null = found.value.value { return nil }
        return read(found.value, path.appending(key), sink)
    }

    /// Reads a required member; reports `missing-key` at the object when absent.
    @inline(__always)
    public mutating func required<T>(
        _ key: String, _ read: (JSONNode, SpecPath, DiagnosticSink) -> T?,
        hint: String? = nil
    ) -> T? {
        guard let found = member(key) else {
            sink.error(
                "missing-key", "missing required key '\(key)'", at: node.offset,
                path: path, hint: hint)
            return nil
        }
        return read(found.value, path.appending(key), sink)
    }

    /// Reports every key that was never asked for, suggesting the closest known one.
    public func reportUnknownKeys() {
        for member in members where !known.contains(member.key) {
            let suggestion = closestMatch(to: member.key, in: known)
            sink.error(
                "unknown-key", "unknown key '\(member.key)'", at: member.keyOffset,
                path: path.appending(member.key),
                hint: suggestion.map { "did you mean '\($0)'?" }
                    ?? "known keys here: \(known.sorted().joined(separator: ", "))")
        }
    }
}

// MARK: - Scalar readers

/// Typed readers for JSON values, each reporting a precise `type-mismatch`.
public enum Read {
    /// The node as a string, or a `type-mismatch` at it.
    public static func string(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> String? {
        guard case .string(let text) = node.value else {
            mismatch("a string", node, path, sink)
            return nil
        }
        return text
    }

    /// The node as true or false, or a `type-mismatch` at it.
    public static func bool(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> Bool? {
        guard case .bool(let value) = node.value else {
            mismatch("true or false", node, path, sink)
            return nil
        }
        return value
    }

    /// The node as a whole number, or a `type-mismatch` at it. The parser has bounded every
    /// number, so the conversion cannot trap.
    public static func int(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> Int? {
        guard case .number(let value, let isInteger) = node.value, isInteger else {
            mismatch("an integer", node, path, sink)
            return nil
        }
        return Int(value)
    }

    /// The node as a number, or a `type-mismatch` at it.
    public static func number(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> Double? {
        guard case .number(let value, _) = node.value else {
            mismatch("a number", node, path, sink)
            return nil
        }
        return value
    }

    /// The node's elements, or a `type-mismatch` at it.
    public static func array(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> [JSONNode]? {
        guard case .array(let items) = node.value else {
            mismatch("an array", node, path, sink)
            return nil
        }
        return items
    }

    /// An array whose elements are read by `element`; unreadable elements are dropped
    /// after their diagnostic, so the rest of the array is still checked.
    @inline(__always)
    public static func list<T>(_ element: @escaping (JSONNode, SpecPath, DiagnosticSink) -> T?)
        -> (JSONNode, SpecPath, DiagnosticSink) -> [T]?
    {
        return { node, path, sink in
            guard let items = array(node, path, sink) else { return nil }
            let path = path.materialized()
            var result: [T] = []
            result.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                if let value = element(item, path.appending(index), sink) { result.append(value) }
            }
            return result
        }
    }

    /// An object whose values are read by `element`, keyed as in the file (`what` names the
    /// values in the error, e.g. "step ids to minutes"); unreadable values are dropped after
    /// their diagnostic.
    public static func map<T>(_ element: @escaping (JSONNode, SpecPath, DiagnosticSink) -> T?, of what: String)
        -> (JSONNode, SpecPath, DiagnosticSink) -> [String: T]?
    {
        return { node, path, sink in
            guard case .object(let members) = node.value else {
                mismatch("an object of \(what)", node, path, sink)
                return nil
            }
            let path = path.materialized()
            var result: [String: T] = [:]
            for member in members {
                if let value = element(member.value, path.appending(member.key), sink) { result[member.key] = value }
            }
            return result
        }
    }

    /// A string that must be one of `allowed`.
    public static func choice(_ allowed: [String]) -> (JSONNode, SpecPath, DiagnosticSink) -> String? {
        return { node, path, sink in
            guard let text = string(node, path, sink) else { return nil }
            guard allowed.contains(text) else {
                let suggestion = closestMatch(to: text, in: allowed)
                sink.error(
                    "invalid-value", "'\(text)' is not one of: \(allowed.joined(separator: ", "))",
                    at: node.offset, path: path,
                    hint: suggestion.map { "did you mean '\($0)'?" })
                return nil
            }
            return text
        }
    }

    private static func mismatch(_ expected: String, _ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) {
        sink.error(
            "type-mismatch", "expected \(expected), found \(node.value.typeDescription)",
            at: node.offset, path: path)
    }
}

/// The candidate closest to `word` by edit distance, if it is close enough to be a likely typo.
public func closestMatch(to word: String, in candidates: [String]) -> String? {
    let lowered = word.lowercased()
    var best: (String, Int)? = nil
    for candidate in candidates {
        let distance = editDistance(lowered, candidate.lowercased())
        if let current = best, current.1 <= distance { continue }
        best = (candidate, distance)
    }
    guard let (candidate, distance) = best else { return nil }
    let allowed = max(1, min(3, candidate.count / 3))
    // A suggestion must share something with the word: 'b' is no typo of 'a'.
    guard distance <= allowed, distance < max(word.count, candidate.count) else { return nil }
    return candidate
}

/// Edit distance between two strings, by characters, counting an exchange of two
/// neighbouring characters as one edit (optimal string alignment): "tlak" is one from "talk".
public func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    let width = b.count + 1
    var table = [Int](repeating: 0, count: (a.count + 1) * width)
    for i in 0...a.count { table[i * width] = i }
    for j in 0...b.count { table[j] = j }
    for i in 1...a.count {
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            var best = min(
                table[(i - 1) * width + j] + 1, table[i * width + j - 1] + 1,
                table[(i - 1) * width + j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                best = min(best, table[(i - 2) * width + j - 2] + 1)
            }
            table[i * width + j] = best
        }
    }
    return table[a.count * width + b.count]
}
