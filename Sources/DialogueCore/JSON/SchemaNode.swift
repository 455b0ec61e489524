/// One node of a JSON Schema (2020-12), built in Swift so that a file format's schema is written
/// once, beside the reader it describes, and printed with its keywords in a fixed order.
/// Every factory takes the description an editor shows on hover.
public struct SchemaNode: Sendable {
    /// The node's keywords, in the order they are printed.
    public private(set) var keywords: [(key: String, value: Keyword)] = []

    /// A keyword's value.
    public indirect enum Keyword: Sendable {
        case text(String)
        case integer(Int)
        case number(Double)
        case bool(Bool)
        case texts([String])
        case node(SchemaNode)
        case nodes([SchemaNode])
        /// Named subschemas in order: `properties` and `$defs`.
        case named([(String, SchemaNode)])
        /// Values of any JSON kind, already written as JSON text (for `examples`).
        case raw([String])
    }

    /// An empty schema: anything goes.
    public init() {}

    /// The node with `keyword` added (or replaced).
    public func with(_ key: String, _ value: Keyword) -> SchemaNode {
        var copy = self
        if let index = copy.keywords.firstIndex(where: { $0.key == key }) {
            copy.keywords[index].value = value
        } else {
            copy.keywords.append((key, value))
        }
        return copy
    }

    /// The node with its description, shown by editors on hover.
    public func described(_ text: String) -> SchemaNode { with("description", .text(text)) }

    /// The node with example values, each already JSON (`"\"13:30\""`, `"90"`).
    public func examples(_ values: [String]) -> SchemaNode { with("examples", .raw(values)) }

    /// The node with every keyword of `other` added after its own.
    public func merging(_ other: SchemaNode) -> SchemaNode {
        other.keywords.reduce(self) { $0.with($1.key, $1.value) }
    }

    /// The description given, if any.
    public var description: String? {
        for (key, value) in keywords where key == "description" {
            if case .text(let text) = value { return text }
        }
        return nil
    }

    // MARK: - Factories

    /// A string, optionally matching `pattern` (an ECMA-262 regular expression).
    public static func string(_ description: String, pattern: String? = nil, maxLength: Int? = nil) -> SchemaNode {
        var node = SchemaNode().with("type", .text("string"))
        if let pattern { node = node.with("pattern", .text(pattern)) }
        if let maxLength { node = node.with("maxLength", .integer(maxLength)) }
        return node.described(description)
    }

    /// A whole number between `minimum` and `maximum`.
    public static func integer(_ description: String, minimum: Int? = nil, maximum: Int? = nil) -> SchemaNode {
        var node = SchemaNode().with("type", .text("integer"))
        if let minimum { node = node.with("minimum", .integer(minimum)) }
        if let maximum { node = node.with("maximum", .integer(maximum)) }
        return node.described(description)
    }

    /// A number between `minimum` and `maximum`.
    public static func number(_ description: String, minimum: Double? = nil, maximum: Double? = nil) -> SchemaNode {
        var node = SchemaNode().with("type", .text("number"))
        if let minimum { node = node.with("minimum", .number(minimum)) }
        if let maximum { node = node.with("maximum", .number(maximum)) }
        return node.described(description)
    }

    /// `true` or `false`.
    public static func boolean(_ description: String) -> SchemaNode {
        SchemaNode().with("type", .text("boolean")).described(description)
    }

    /// A reference to a definition in `$defs`, with the description of this use of it.
    public static func ref(_ definition: String, _ description: String) -> SchemaNode {
        SchemaNode().with("$ref", .text("#/$defs/\(definition)")).described(description)
    }

    /// A list of `items`.
    public static func array(
        _ description: String, of items: SchemaNode, minItems: Int? = nil, maxItems: Int? = nil,
        unique: Bool = false
    ) -> SchemaNode {
        var node = SchemaNode().with("type", .text("array")).with("items", .node(items))
        if let minItems { node = node.with("minItems", .integer(minItems)) }
        if let maxItems { node = node.with("maxItems", .integer(maxItems)) }
        if unique { node = node.with("uniqueItems", .bool(true)) }
        return node.described(description)
    }

    /// An object with exactly these properties (no others), `required` among them.
    public static func object(
        _ description: String, required: [String] = [], properties: [(String, SchemaNode)]
    ) -> SchemaNode {
        var node = SchemaNode().with("type", .text("object"))
        if !required.isEmpty { node = node.with("required", .texts(required)) }
        return node.with("additionalProperties", .bool(false)).with("properties", .named(properties))
            .described(description)
    }

    /// An object whose keys are free (matching `keys` when given) and whose values are `values`.
    public static func map(_ description: String, keys: SchemaNode? = nil, values: SchemaNode) -> SchemaNode {
        var node = SchemaNode().with("type", .text("object"))
        if let keys { node = node.with("propertyNames", .node(keys)) }
        return node.with("additionalProperties", .node(values)).described(description)
    }

    /// One of a fixed set of strings, each with what it means (offered by editors as completions).
    public static func choice(_ description: String, _ values: [(value: String, meaning: String)]) -> SchemaNode {
        SchemaNode().with("enum", .texts(values.map(\.value)))
            .with("oneOf", .nodes(values.map { SchemaNode().with("const", .text($0.value)).described($0.meaning) }))
            .described(description)
    }

    /// Exactly one of `options`.
    public static func oneOf(_ description: String, _ options: [SchemaNode]) -> SchemaNode {
        SchemaNode().with("oneOf", .nodes(options)).described(description)
    }

    // MARK: - Text

    /// The schema as indented JSON text, keywords in the order they were given.
    public var text: String {
        var output = ""
        write(into: &output, indent: "")
        return output
    }

    fileprivate func write(into output: inout String, indent: String) {
        Self.writeObject(keywords, into: &output, indent: indent) { $0.write(into: &$1, indent: $2) }
    }

    /// `members` as a JSON object, one member a line, each value written by `write`.
    fileprivate static func writeObject<Value>(
        _ members: [(String, Value)], into output: inout String, indent: String,
        write: (Value, inout String, String) -> Void
    ) {
        let inner = indent + "  "
        output += "{\n"
        for (index, (key, value)) in members.enumerated() {
            output += inner + quoted(key) + ": "
            write(value, &output, inner)
            output += index == members.count - 1 ? "\n" : ",\n"
        }
        output += indent + "}"
    }

    /// `text` as a JSON string literal.
    public static func quoted(_ text: String) -> String { JSONText.quoted(text) }
}

extension SchemaNode.Keyword {
    fileprivate func write(into output: inout String, indent: String) {
        let inner = indent + "  "
        switch self {
        case .text(let text): output += SchemaNode.quoted(text)
        case .integer(let value): output += String(value)
        case .number(let value):
            output += value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        case .bool(let value): output += value ? "true" : "false"
        case .texts(let values): output += "[" + values.map(SchemaNode.quoted).joined(separator: ", ") + "]"
        case .raw(let values): output += "[" + values.joined(separator: ", ") + "]"
        case .node(let node): node.write(into: &output, indent: indent)
        case .nodes(let nodes):
            output += "[\n"
            for (index, node) in nodes.enumerated() {
                output += inner
                node.write(into: &output, indent: inner)
                output += index == nodes.count - 1 ? "\n" : ",\n"
            }
            output += indent + "]"
        case .named(let members):
            SchemaNode.writeObject(members, into: &output, indent: indent) { $0.write(into: &$1, indent: $2) }
        }
    }
}
