/// Runs the ``SpecExample``s of behaviours and rules through the whole loader (strict JSON,
/// structure, semantics, behaviours, rules), so that every example is a test: an example
/// without `↓` must load with no error; one with `↓` must give an error exactly there.
public struct ExampleCheck: Sendable {
    /// The loader that knows every behaviour and rule under test.
    public let loader: MethodLoader

    /// A check with `loader`.
    public init(loader: MethodLoader) {
        self.loader = loader
    }

    /// What is wrong with `behaviour`'s examples; empty when each does what it says. An
    /// example without a path is a step in ``SpecExample/exampleMethod``; one with a path
    /// replaces that value of the example method (a whole phase, say).
    public func problems(of behaviour: any StepBehaviour) -> [String] {
        let template = SpecExample.exampleMethod
        guard let slot = template.range(of: "STEP") else { return ["the example method has no STEP slot"] }
        let stepOffset = template.utf8.distance(from: template.startIndex, to: slot.lowerBound)
        let neutral = template.replacingCharacters(in: slot, with: SpecExample.neutralStep)
        return behaviour.examples.flatMap { example -> [String] in
            let label = "'\(behaviour.kind)' example \(example.json)"
            if example.path != nil {
                return problems(
                    of: example, in: SourceText(file: "example.json", bytes: Array(neutral.utf8)), code: nil,
                    label: label)
            }
            let (json, marker) = example.unmarked
            return check(
                template.replacingCharacters(in: slot, with: json), marker: marker.map { stepOffset + $0 },
                code: nil, label: label)
        }
    }

    /// What is wrong with `rule`'s examples, each placed in `method`, the spec of a method the
    /// rule applies to.
    public func problems(of rule: any MethodRule, in method: SourceText) -> [String] {
        rule.examples.flatMap { problems(of: $0, in: method, code: rule.id, label: "'\(rule.id)' example \($0.json)") }
    }

    /// Places `example` at its path in `base` and checks it; an example without a path
    /// checks `base` itself.
    private func problems(of example: SpecExample, in base: SourceText, code: String?, label: String) -> [String] {
        guard let path = example.path else {
            return check(String(decoding: base.bytes, as: UTF8.self), marker: nil, code: code, label: label)
        }
        let (json, marker) = example.unmarked
        guard let root = JSONParser.parse(base).root, let components = SpecPath.components(of: path),
            let node = root.node(exactlyAt: components),
            let end = JSONText.valueEnd(in: base.bytes, from: node.offset)
        else {
            return ["\(label): \(base.file) has no value at \(path)"]
        }
        let bytes = Array(base.bytes[..<node.offset]) + Array(json.utf8) + Array(base.bytes[end...])
        return check(
            String(decoding: bytes, as: UTF8.self), marker: marker.map { node.offset + $0 }, code: code,
            label: label)
    }

    private func check(_ text: String, marker: Int?, code: String?, label: String) -> [String] {
        let source = SourceText(file: "example.json", bytes: Array(text.utf8))
        let errors = loader.load(source).diagnostics.filter { $0.severity == .error }
        guard let marker else {
            let unexpected = errors.filter { code == nil || $0.code == code }
            return unexpected.isEmpty ? [] : ["\(label) should pass but gives: \(unexpected.map { $0.rendered() })"]
        }
        let place = source.lineAndColumn(of: marker)
        let landed = errors.contains {
            ($0.line, $0.column) == (place.line, place.column) && (code == nil || $0.code == code)
        }
        return landed
            ? []
            : ["\(label) should fail at ↓ (\(place.line):\(place.column)) but gives: \(errors.map { $0.rendered() })"]
    }
}

extension SpecPath {
    /// The components of a path written as `phases[0].steps[1].grouping`; nil when malformed.
    public static func components(of text: String) -> [PathComponent]? {
        var components: [PathComponent] = []
        for part in text.split(separator: ".", omittingEmptySubsequences: false) {
            var rest = Substring(part)
            let key = rest.prefix { $0 != "[" }
            guard !key.isEmpty else { return nil }
            components.append(.key(String(key)))
            rest = rest.dropFirst(key.count)
            while rest.first == "[" {
                guard let close = rest.firstIndex(of: "]"),
                    let index = Int(rest[rest.index(after: rest.startIndex)..<close])
                else {
                    return nil
                }
                components.append(.index(index))
                rest = rest[rest.index(after: close)...]
            }
            guard rest.isEmpty else { return nil }
        }
        return components
    }
}

extension JSONNode {
    /// The node at `path`, or nil when any step of it is missing.
    public func node(exactlyAt path: [PathComponent]) -> JSONNode? {
        var current = self
        for component in path {
            switch (component, current.value) {
            case (.key(let key), .object):
                guard let next = current.member(key)?.value else { return nil }
                current = next
            case (.index(let index), .array(let items)):
                guard items.indices.contains(index) else { return nil }
                current = items[index]
            default:
                return nil
            }
        }
        return current
    }
}

/// Scanning JSON text that the parser has already accepted.
enum JSONText {
    /// The offset just past the value that starts at `start`; nil when the text ends first.
    static func valueEnd(in bytes: [UInt8], from start: Int) -> Int? {
        var depth = 0
        var index = start
        var inString = false
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if byte == UInt8(ascii: "\\") {
                    index += 1
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                    if depth == 0 { return index + 1 }
                }
            } else {
                switch byte {
                case UInt8(ascii: "\""): inString = true
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return index + 1 }
                    if depth < 0 { return index }
                case UInt8(ascii: ","), UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
                    if depth == 0 { return index }
                default: break
                }
            }
            index += 1
        }
        return depth == 0 && !inString ? bytes.count : nil
    }
}
