import Foundation

/// Reads any `Decodable` from a document parsed by ``JSONParser``, under the same rules for
/// every file DialogueKit reads back (plans, harvests, journal lines): trailing commas,
/// duplicate keys, unknown keys, wrong types and out-of-range numbers are errors, each
/// located at its line, column and path. Dates are the ISO 8601 instants of ``Timestamp``.
///
/// The types keep their synthesized `Codable`: what the encoder writes is the format, and
/// this decoder reads exactly that back.
public struct StrictDecoder: Sendable {
    /// What the file is, for messages: "a plan", "a harvest".
    public var what: String
    /// How to make a valid file, given as the hint of a structural error.
    public var hint: String?

    /// A decoder whose messages call the file `what` and suggest `hint`.
    public init(what: String = "this file", hint: String? = nil) {
        self.what = what
        self.hint = hint
    }

    /// Parses `source` and decodes a `T`, or returns the first problem.
    public func decode<T: Decodable>(
        _ type: T.Type, from source: SourceText,
        limits: JSONParser.Limits = JSONParser.Limits()
    ) -> Result<T, Diagnostic> {
        parse(source, limits: limits).flatMap { decode(type, from: $0, source: source) }
    }

    /// Decodes a `T` from an already parsed document, or returns the first problem.
    public func decode<T: Decodable>(_ type: T.Type, from root: JSONNode, source: SourceText) -> Result<T, Diagnostic> {
        let usage = KeyUsage()
        // The usage record and the decoders refer to each other until the read is over.
        defer { usage.finish() }
        do {
            let value = try T(from: NodeDecoder(node: root, parent: nil, key: nil, usage: usage))
            if let unknown = usage.firstUnknownKey() {
                return .failure(
                    source.diagnostic(
                        .error, "unknown-key", "unknown key '\(unknown.member.key)' in \(what)",
                        at: unknown.member.keyOffset,
                        path: SpecPath(unknown.path.map(\.pathComponent) + [.key(unknown.member.key)]),
                        hint: unknown.suggestion.map { "did you mean '\($0)'?" } ?? hint))
            }
            return .success(value)
        } catch let error as DecodingError {
            return .failure(diagnostic(error, root: root, source: source))
        } catch {
            return .failure(
                source.diagnostic(.error, "invalid-value", "\(error)", at: root.offset, path: .root, hint: hint))
        }
    }

    /// Parses `source` and reads a ``NodeReadable`` `T` by hand, under the same rules as
    /// ``decode(_:from:limits:)``, or returns the first problem.
    public func read<T: NodeReadable>(
        _ type: T.Type, from source: SourceText,
        limits: JSONParser.Limits = JSONParser.Limits()
    ) -> Result<T, Diagnostic> {
        // Not `flatMap`: unspecialised, it costs as much as the read on a journal's small lines.
        switch parse(source, limits: limits) {
        case .success(let root): return read(type, from: root, source: source)
        case .failure(let problem): return .failure(problem)
        }
    }

    /// Reads a ``NodeReadable`` `T` from an already parsed document, or returns the first problem.
    public func read<T: NodeReadable>(_ type: T.Type, from root: JSONNode, source: SourceText) -> Result<T, Diagnostic>
    {
        do {
            return .success(try T(reading: NodeReader(root)))
        } catch let error as NodeReadError {
            let aboutKeys = error.code == "unknown-key" || error.code == "missing-key"
            return .failure(
                source.diagnostic(
                    .error, error.code, aboutKeys ? "\(error.message) in \(what)" : error.message, at: error.offset,
                    path: SpecPath(root.path(toOffset: error.offset)), hint: error.hint ?? hint))
        } catch {
            return .failure(
                source.diagnostic(.error, "invalid-value", "\(error)", at: root.offset, path: .root, hint: hint))
        }
    }

    /// The document's root, or its first problem.
    private func parse(_ source: SourceText, limits: JSONParser.Limits) -> Result<JSONNode, Diagnostic> {
        let parsed = JSONParser.parse(source, limits: limits)
        if let first = parsed.diagnostics.first(where: { $0.severity == .error }) { return .failure(first) }
        guard let root = parsed.root else {
            return .failure(
                source.diagnostic(
                    .error, "malformed-json", "\(source.file) holds no JSON value", at: 0, path: .root, hint: hint))
        }
        return .success(root)
    }

    /// A located diagnostic for a `DecodingError` thrown while reading `root`.
    private func diagnostic(_ error: DecodingError, root: JSONNode, source: SourceText) -> Diagnostic {
        func located(_ code: String, _ message: String, _ path: [CodingKey]) -> Diagnostic {
            let components = path.map(\.pathComponent)
            let offset = root.node(at: components)?.offset ?? root.offset
            return source.diagnostic(.error, code, message, at: offset, path: SpecPath(components), hint: hint)
        }
        switch error {
        case .typeMismatch(_, let context):
            return located("type-mismatch", context.debugDescription, context.codingPath)
        case .valueNotFound(_, let context):
            return located("type-mismatch", context.debugDescription, context.codingPath)
        case .keyNotFound(let key, let context):
            return located("missing-key", "missing required key '\(key.stringValue)' in \(what)", context.codingPath)
        case .dataCorrupted(let context):
            return located("invalid-value", context.debugDescription, context.codingPath)
        @unknown default:
            return located("invalid-value", "\(error)", [])
        }
    }
}

extension CodingKey {
    /// The key as a step of a ``SpecPath``.
    var pathComponent: PathComponent {
        if let index = intValue { return .index(index) }
        return .key(stringValue)
    }
}

/// Which members of each object a decode asked for, so that the rest are unknown keys.
/// One flat list of flags for the whole document keeps a line's decode to few allocations.
private final class KeyUsage {
    struct Object {
        let members: [JSONMember]
        let offset: Int
        /// The decoder of the object, for its coding path when a key is unknown.
        let owner: NodeDecoder
        /// Where this object's flags start in ``KeyUsage/used``.
        let base: Int
    }

    private(set) var objects: [Object] = []
    /// Where each object's flags start, apart from ``objects`` so that marking copies nothing.
    private var bases: [Int] = []
    var used: [Bool] = []

    /// Registers a keyed container on an object and returns its index for ``mark(_:_:)``.
    func register(_ members: [JSONMember], at offset: Int, owner: NodeDecoder) -> Int {
        objects.append(Object(members: members, offset: offset, owner: owner, base: used.count))
        bases.append(used.count)
        used.append(contentsOf: repeatElement(false, count: members.count))
        return bases.count - 1
    }

    func mark(_ object: Int, _ member: Int) {
        used[bases[object] + member] = true
    }

    /// Lets go of the decoders once the read is over (they refer back to this record).
    func finish() {
        objects.removeAll()
    }

    /// The unknown key that comes first in the file, with the closest key that was asked for.
    func firstUnknownKey() -> (member: JSONMember, path: [CodingKey], suggestion: String?)? {
        guard used.contains(false) else { return nil }
        // Two containers on one object share what they asked for.
        var seen: [Int: [Bool]] = [:]
        var first: [Int: Object] = [:]
        for object in objects {
            let flags = Array(used[object.base..<(object.base + object.members.count)])
            if let earlier = seen[object.offset] {
                seen[object.offset] = zip(earlier, flags).map { $0 || $1 }
            } else {
                seen[object.offset] = flags
                first[object.offset] = object
            }
        }
        var best: (member: JSONMember, path: [CodingKey], suggestion: String?)? = nil
        for (offset, object) in first {
            let flags = seen[offset] ?? []
            for (index, member) in object.members.enumerated() where !flags[index] {
                if best.map({ member.keyOffset < $0.member.keyOffset }) ?? true {
                    let asked = object.members.indices.filter { flags[$0] }.map { object.members[$0].key }
                    best = (member, object.owner.codingPath, closestMatch(to: member.key, in: asked))
                }
            }
        }
        return best
    }
}

/// A key for array positions and dictionary entries in coding paths.
private struct IndexKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(_ index: Int) {
        stringValue = "\(index)"
        intValue = index
    }

    init?(stringValue: String) {
        self.stringValue = stringValue
        intValue = nil
    }

    init?(intValue: Int) {
        self.init(intValue)
    }
}

/// The `Decoder` over one node of the parsed document. A class, so that handing it on as
/// `any Decoder` copies a reference; its coding path is worked out from its parents only
/// when something needs it (an error), so reading a value allocates no path.
private final class NodeDecoder: Decoder, SingleValueDecodingContainer {
    let node: JSONNode
    let parent: NodeDecoder?
    let key: CodingKey?
    let usage: KeyUsage
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(node: JSONNode, parent: NodeDecoder?, key: CodingKey?, usage: KeyUsage) {
        self.node = node
        self.parent = parent
        self.key = key
        self.usage = usage
    }

    var codingPath: [CodingKey] {
        var path: [CodingKey] = []
        var current: NodeDecoder? = self
        while let decoder = current {
            if let key = decoder.key { path.append(key) }
            current = decoder.parent
        }
        return path.reversed()
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = node.value else { throw mismatch("an object") }
        let object = usage.register(members, at: node.offset, owner: self)
        return KeyedDecodingContainer(KeyedNodeContainer<Key>(object: object, members: members, owner: self))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard case .array(let items) = node.value else { throw mismatch("an array") }
        return UnkeyedNodeContainer(items: items, owner: self)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer { self }

    // MARK: Single values

    func mismatch(_ expected: String) -> DecodingError {
        .typeMismatch(
            Any.self,
            .init(
                codingPath: codingPath,
                debugDescription: "expected \(expected), found \(node.value.typeDescription)"))
    }

    func decodeNil() -> Bool {
        if case .null = node.value { return true }
        return false
    }

    func decode(_ type: Bool.Type) throws -> Bool {
        guard case .bool(let value) = node.value else { throw mismatch("true or false") }
        return value
    }

    func decode(_ type: String.Type) throws -> String {
        guard case .string(let text) = node.value else { throw mismatch("a string") }
        return text
    }

    func decode(_ type: Double.Type) throws -> Double {
        guard case .number(let value, _) = node.value else { throw mismatch("a number") }
        return value
    }

    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }

    /// A whole number that fits `T`; the parser has already bounded every number.
    func integer<T: BinaryInteger>(_ type: T.Type) throws -> T {
        guard case .number(let value, let isInteger) = node.value, isInteger, let exact = T(exactly: value) else {
            if case .number(let value, _) = node.value {
                throw DecodingError.dataCorrupted(
                    .init(
                        codingPath: codingPath,
                        debugDescription: "expected a whole number in the range of \(T.self), found \(value)"))
            }
            throw mismatch("a whole number")
        }
        return exact
    }

    func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        // T is Date here, so the cast only renames the type (a dynamic cast costs more than the read).
        if type == Date.self { return unsafeBitCast(try decodeInstant(), to: T.self) }
        return try T(from: self)
    }

    /// An instant written as ``Timestamp`` text.
    func decodeInstant() throws -> Date {
        let text = try decode(String.self)
        guard let date = Timestamp.date(text) else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: codingPath,
                    debugDescription: "'\(text)' is not a time such as 2026-12-03T13:30:00Z"))
        }
        return date
    }
}

/// The members of one object, read by key.
private struct KeyedNodeContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    /// This container's index in the usage record.
    let object: Int
    let members: [JSONMember]
    /// The decoder of the object.
    let owner: NodeDecoder

    var codingPath: [CodingKey] { owner.codingPath }

    var allKeys: [Key] { members.compactMap { Key(stringValue: $0.key) } }

    /// The member for `key`, marked as asked for.
    private func member(_ key: Key) -> JSONNode? {
        let name = key.stringValue
        guard let index = members.firstIndex(where: { $0.key == name }) else { return nil }
        owner.usage.mark(object, index)
        return members[index].value
    }

    private func decoder(_ key: Key) throws -> NodeDecoder {
        guard let found = member(key) else {
            throw DecodingError.keyNotFound(
                key, .init(codingPath: codingPath, debugDescription: "missing '\(key.stringValue)'"))
        }
        return NodeDecoder(node: found, parent: owner, key: key, usage: owner.usage)
    }

    func contains(_ key: Key) -> Bool { member(key) != nil }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let found = member(key) else { return true }
        if case .null = found.value { return true }
        return false
    }

    /// A string member, read without a child decoder (the common case on journal lines).
    func decode(_ type: String.Type, forKey key: Key) throws -> String {
        if let found = member(key), case .string(let text) = found.value { return text }
        return try decoder(key).decode(type)
    }

    /// A whole-number member, read without a child decoder when it fits.
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
        if let found = member(key), case .number(let value, true) = found.value, let exact = Int(exactly: value) {
            return exact
        }
        return try decoder(key).decode(type)
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decoder(key).decode(type) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decoder(key).decode(type) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decoder(key).decode(type) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decoder(key).decode(type) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decoder(key).decode(type) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decoder(key).decode(type) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decoder(key).decode(type) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decoder(key).decode(type) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decoder(key).decode(type) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decoder(key).decode(type) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decoder(key).decode(type) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decoder(key).decode(type) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let child = try decoder(key)
        if type == Date.self { return unsafeBitCast(try child.decodeInstant(), to: T.self) }
        return try T(from: child)
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type,
        forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try decoder(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
        try decoder(key).unkeyedContainer()
    }

    func superDecoder() throws -> Decoder { owner }

    func superDecoder(forKey key: Key) throws -> Decoder { try decoder(key) }
}

/// The elements of one array, read in order.
private struct UnkeyedNodeContainer: UnkeyedDecodingContainer {
    let items: [JSONNode]
    /// The decoder of the array.
    let owner: NodeDecoder
    var currentIndex = 0

    init(items: [JSONNode], owner: NodeDecoder) {
        self.items = items
        self.owner = owner
    }

    var codingPath: [CodingKey] { owner.codingPath }

    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    private mutating func next() throws -> NodeDecoder {
        guard currentIndex < items.count else {
            throw DecodingError.valueNotFound(
                Any.self,
                .init(
                    codingPath: owner.codingPath + [IndexKey(currentIndex)],
                    debugDescription: "the array ends too early"))
        }
        let decoder = NodeDecoder(
            node: items[currentIndex], parent: owner, key: IndexKey(currentIndex), usage: owner.usage)
        currentIndex += 1
        return decoder
    }

    mutating func decodeNil() throws -> Bool {
        guard currentIndex < items.count, case .null = items[currentIndex].value else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try next().decode(type) }
    mutating func decode(_ type: String.Type) throws -> String { try next().decode(type) }
    mutating func decode(_ type: Double.Type) throws -> Double { try next().decode(type) }
    mutating func decode(_ type: Float.Type) throws -> Float { try next().decode(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try next().decode(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try next().decode(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try next().decode(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try next().decode(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try next().decode(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try next().decode(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next().decode(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next().decode(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next().decode(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next().decode(type) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decode(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try next().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
        try next().unkeyedContainer()
    }

    mutating func superDecoder() throws -> Decoder { try next() }
}
