/// A JSON value as written in a file, with the byte offset where it starts,
/// so that every diagnostic about it can name a line and column.
public struct JSONNode: Sendable {
    /// The value itself.
    public var value: JSONValue
    /// Byte offset of the value's first character in the source text.
    public var offset: Int

    /// A node holding `value`, starting at byte `offset`.
    public init(_ value: JSONValue, offset: Int = 0) {
        self.value = value
        self.offset = offset
    }
}

/// One JSON value. Objects keep their members in file order; numbers remember
/// whether they were written as integers.
public enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case number(Double, isInteger: Bool)
    case string(String)
    case array([JSONNode])
    case object([JSONMember])

    /// The JSON type name used in diagnostics ("a string", "an object").
    public var typeDescription: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number(_, let isInteger): return isInteger ? "an integer" : "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

/// A key and its value inside a JSON object.
public struct JSONMember: Sendable {
    /// The key as written, unescaped.
    public var key: String
    /// Byte offset of the key's opening quote.
    public var keyOffset: Int
    /// The member's value.
    public var value: JSONNode

    /// A node holding `value`, starting at byte `offset`.
    public init(key: String, keyOffset: Int, value: JSONNode) {
        self.key = key
        self.keyOffset = keyOffset
        self.value = value
    }
}

extension JSONNode {
    /// The member named `key`, if this node is an object that has it.
    public func member(_ key: String) -> JSONMember? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }
    }

    /// The node at a coding path (keys and array indices), used to place
    /// errors reported by `JSONDecoder` back into the source text.
    public func node(at path: [PathComponent]) -> JSONNode? {
        var current = self
        for component in path {
            switch (component, current.value) {
            case (.key(let key), .object):
                guard let next = current.member(key)?.value else { return current }
                current = next
            case (.index(let index), .array(let items)):
                guard items.indices.contains(index) else { return current }
                current = items[index]
            default:
                return current
            }
        }
        return current
    }
}
