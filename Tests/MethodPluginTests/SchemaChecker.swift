import DialogueKit
import Foundation

/// A small JSON Schema (2020-12) checker for the keywords the method schema uses:
/// type, enum, properties, required, additionalProperties, items, min/maxItems,
/// minimum, maximum, maxLength, pattern, oneOf, $ref, propertyNames, minProperties.
struct SchemaChecker {
    let root: JSONNode

    init?(schemaText: String) {
        guard let node = JSONParser.parse(SourceText(file: "schema", bytes: Array(schemaText.utf8))).root else {
            return nil
        }
        root = node
    }

    /// Paths where `instance` breaks the schema; empty when it conforms.
    func errors(_ instance: JSONNode) -> [String] {
        var found: [String] = []
        check(instance, against: root, path: "", into: &found)
        return found
    }

    private func resolve(_ schema: JSONNode) -> JSONNode {
        guard case .string(let reference)? = schema.member("$ref")?.value.value, reference.hasPrefix("#/") else {
            return schema
        }
        var node = root
        for part in reference.dropFirst(2).split(separator: "/") {
            guard let next = node.member(String(part))?.value else { return schema }
            node = next
        }
        return node
    }

    private func check(_ instance: JSONNode, against rawSchema: JSONNode, path: String, into found: inout [String]) {
        let schema = resolve(rawSchema)
        func fail(_ message: String) { found.append("\(path.isEmpty ? "(root)" : path): \(message)") }
        if case .string(let type)? = schema.member("type")?.value.value, !matches(instance.value, type) {
            fail("not \(type)")
            return
        }
        if let constant = schema.member("const")?.value.value, !equal(instance.value, constant) {
            fail("not the constant")
        }
        if case .array(let options)? = schema.member("enum")?.value.value {
            if !options.contains(where: { equal($0.value, instance.value) }) { fail("not in enum") }
        }
        if case .array(let choices)? = schema.member("oneOf")?.value.value {
            let passing = choices.filter { choice in
                var sub: [String] = []
                check(instance, against: choice, path: path, into: &sub)
                return sub.isEmpty
            }.count
            if passing != 1 { fail("matches \(passing) of oneOf") }
        }
        switch instance.value {
        case .object(let members):
            if case .array(let required)? = schema.member("required")?.value.value {
                for key in required {
                    if case .string(let name) = key.value, !members.contains(where: { $0.key == name }) {
                        fail("missing \(name)")
                    }
                }
            }
            if case .number(let minimum, _)? = schema.member("minProperties")?.value.value,
                Double(members.count) < minimum
            {
                fail("too few properties")
            }
            let properties: [JSONMember]
            if case .object(let declared)? = schema.member("properties")?.value.value {
                properties = declared
            } else {
                properties = []
            }
            for member in members {
                let memberPath = path.isEmpty ? member.key : "\(path).\(member.key)"
                if let names = schema.member("propertyNames")?.value {
                    check(JSONNode(.string(member.key)), against: names, path: memberPath, into: &found)
                }
                if let property = properties.first(where: { $0.key == member.key }) {
                    check(member.value, against: property.value, path: memberPath, into: &found)
                } else if let additional = schema.member("additionalProperties")?.value {
                    if case .bool(false) = additional.value {
                        found.append("\(memberPath): not allowed")
                    } else if case .object = additional.value {
                        check(member.value, against: additional, path: memberPath, into: &found)
                    }
                }
            }
        case .array(let items):
            if case .number(let minimum, _)? = schema.member("minItems")?.value.value, Double(items.count) < minimum {
                fail("too few items")
            }
            if case .number(let maximum, _)? = schema.member("maxItems")?.value.value, Double(items.count) > maximum {
                fail("too many items")
            }
            if let itemSchema = schema.member("items")?.value {
                for (index, item) in items.enumerated() {
                    check(item, against: itemSchema, path: "\(path)[\(index)]", into: &found)
                }
            }
        case .number(let value, _):
            if case .number(let minimum, _)? = schema.member("minimum")?.value.value, value < minimum {
                fail("below minimum")
            }
            if case .number(let maximum, _)? = schema.member("maximum")?.value.value, value > maximum {
                fail("above maximum")
            }
        case .string(let text):
            if case .number(let maximum, _)? = schema.member("maxLength")?.value.value, Double(text.count) > maximum {
                fail("too long")
            }
            if case .string(let pattern)? = schema.member("pattern")?.value.value {
                let regex = try? NSRegularExpression(pattern: pattern)
                let range = NSRange(text.startIndex..., in: text)
                if regex?.firstMatch(in: text, range: range) == nil { fail("does not match \(pattern)") }
            }
        default:
            break
        }
    }

    private func matches(_ value: JSONValue, _ type: String) -> Bool {
        switch (type, value) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("null", .null):
            return true
        case ("number", .number): return true
        case ("integer", .number(_, let isInteger)): return isInteger
        default: return false
        }
    }

    private func equal(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case (.string(let x), .string(let y)): return x == y
        case (.number(let x, _), .number(let y, _)): return x == y
        case (.bool(let x), .bool(let y)): return x == y
        case (.null, .null): return true
        default: return false
        }
    }
}
