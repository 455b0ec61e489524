import Foundation

/// A type read straight from a parsed document through ``NodeReader``, for formats read so
/// often that the generic `Decoder` machinery costs more than the reading itself (a journal's
/// lines). ``StrictDecoder/read(_:from:limits:)`` applies the same rules as its `decode`.
public protocol NodeReadable {
    /// Reads the value from `reader`, throwing a ``NodeReadError`` at the node concerned.
    init(reading reader: NodeReader) throws
}

/// Why a value could not be read: what is wrong and at which byte offset of the document.
/// ``StrictDecoder`` turns it into a located ``Diagnostic`` with the path to that offset.
public struct NodeReadError: Error, Sendable {
    /// The diagnostic code: "type-mismatch", "missing-key", "unknown-key", "invalid-value".
    public var code: String
    /// What is wrong, in a sentence.
    public var message: String
    /// Where the problem starts in the document.
    public var offset: Int
    /// A fix, when there is a clear one ("did you mean 'text'?").
    public var hint: String?

    /// An error with `code` and `message` at `offset`.
    public init(code: String, message: String, offset: Int, hint: String? = nil) {
        self.code = code
        self.message = message
        self.offset = offset
        self.hint = hint
    }
}

/// One node of a parsed document, read as the type the caller expects: each accessor checks
/// the JSON type (and the range, for integers) and throws a located ``NodeReadError``.
public struct NodeReader {
    /// The node being read.
    public let node: JSONNode

    /// A reader of `node`.
    public init(_ node: JSONNode) {
        self.node = node
    }

    private func mismatch(_ expected: String) -> NodeReadError {
        NodeReadError(
            code: "type-mismatch", message: "expected \(expected), found \(node.value.typeDescription)",
            offset: node.offset)
    }

    /// The node as a string.
    public func string() throws -> String {
        guard case .string(let text) = node.value else { throw mismatch("a string") }
        return text
    }

    /// The node as true or false.
    public func bool() throws -> Bool {
        guard case .bool(let value) = node.value else { throw mismatch("true or false") }
        return value
    }

    /// The node as a number (the parser has already bounded it).
    public func double() throws -> Double {
        guard case .number(let value, _) = node.value else { throw mismatch("a number") }
        return value
    }

    /// The node as a whole number.
    public func int() throws -> Int {
        guard case .number(let value, let isInteger) = node.value else { throw mismatch("a whole number") }
        guard isInteger, let exact = Int(exactly: value) else {
            throw NodeReadError(
                code: "invalid-value", message: "expected a whole number, found \(value)", offset: node.offset)
        }
        return exact
    }

    /// The node as an instant written as ``Timestamp`` text.
    public func instant() throws -> Date {
        let text = try string()
        guard let date = Timestamp.date(text) else {
            throw NodeReadError(
                code: "invalid-value", message: "'\(text)' is not a time such as 2026-12-03T13:30:00Z",
                offset: node.offset)
        }
        return date
    }

    /// The node as one of an enumeration's string values.
    public func choice<T: RawRepresentable & CaseIterable>(_ type: T.Type) throws -> T where T.RawValue == String {
        let text = try string()
        guard let value = T(rawValue: text) else {
            let names = T.allCases.map(\.rawValue)
            throw NodeReadError(
                code: "invalid-value",
                message: "'\(text)' is not one of: \(names.joined(separator: ", "))", offset: node.offset,
                hint: closestMatch(to: text, in: names).map { "did you mean '\($0)'?" })
        }
        return value
    }

    /// The node as an array of strings.
    public func strings() throws -> [String] {
        guard case .array(let items) = node.value else { throw mismatch("an array") }
        return try items.map { try NodeReader($0).string() }
    }

    /// The node as an object whose members are read by key.
    public func object() throws -> MemberReader {
        guard case .object(let members) = node.value else { throw mismatch("an object") }
        return MemberReader(members: members, offset: node.offset)
    }
}

/// The members of one object, read by key. It remembers which keys were asked for, so that
/// ``finish()`` can refuse a key nobody reads (a typo, or a newer engine's field).
public struct MemberReader {
    /// The object's members in file order.
    public let members: [JSONMember]
    /// Where the object starts.
    public let offset: Int
    /// Which members were asked for: bit `i` for member `i` (objects here are small).
    private var asked: UInt64 = 0
    /// Asked members beyond the 64th.
    private var askedBeyond: Set<Int> = []
    /// The keys asked for that the object lacks: what an unknown key may be a typo of.
    private var absentKeys: [String] = []

    /// A reader of `members`, an object starting at `offset`.
    public init(members: [JSONMember], offset: Int) {
        self.members = members
        self.offset = offset
    }

    /// The member named `key`, marked as asked for; nil when the object has none.
    public mutating func optional(_ key: String) -> NodeReader? {
        guard let index = members.firstIndex(where: { $0.key == key }) else {
            absentKeys.append(key)
            return nil
        }
        if index < 64 { asked |= 1 << UInt64(index) } else { askedBeyond.insert(index) }
        return NodeReader(members[index].value)
    }

    /// The member named `key`, which the object must have.
    public mutating func required(_ key: String) throws -> NodeReader {
        guard let reader = optional(key) else {
            throw NodeReadError(code: "missing-key", message: "missing required key '\(key)'", offset: offset)
        }
        return reader
    }

    /// The member named `key` unless it is absent or null.
    public mutating func present(_ key: String) -> NodeReader? {
        guard let reader = optional(key) else { return nil }
        if case .null = reader.node.value { return nil }
        return reader
    }

    /// Refuses the first member nobody asked for.
    public func finish() throws {
        for (index, member) in members.enumerated() {
            let wasAsked = index < 64 ? asked & (1 << UInt64(index)) != 0 : askedBeyond.contains(index)
            if !wasAsked {
                throw NodeReadError(
                    code: "unknown-key", message: "unknown key '\(member.key)'", offset: member.keyOffset,
                    hint: closestMatch(to: member.key, in: absentKeys).map { "did you mean '\($0)'?" })
            }
        }
    }
}

extension JSONNode {
    /// The path from this node down to the deepest value that starts at or before `offset`
    /// and contains it: where an error found at `offset` lies in the document.
    public func path(toOffset offset: Int) -> [PathComponent] {
        var path: [PathComponent] = []
        var current = self
        while true {
            switch current.value {
            case .object(let members):
                guard let member = members.last(where: { $0.keyOffset <= offset }) else { return path }
                path.append(.key(member.key))
                if member.value.offset > offset { return path }
                current = member.value
            case .array(let items):
                guard let index = items.lastIndex(where: { $0.offset <= offset }) else { return path }
                path.append(.index(index))
                current = items[index]
            default:
                return path
            }
            if current.offset == offset, !current.value.isContainer { return path }
        }
    }
}

extension JSONValue {
    /// Whether the value is an object or an array.
    fileprivate var isContainer: Bool {
        switch self {
        case .object, .array: return true
        default: return false
        }
    }
}
