/// A strict RFC 8259 JSON parser that keeps the byte offset of every value.
///
/// Strictness, decided once for every file DialogueKit reads:
/// - trailing commas, duplicate keys, comments, single quotes, `NaN` and leading
///   zeros are errors (the first two are reported and parsing goes on, so one
///   run shows them all);
/// - a UTF-8 byte order mark at the start is skipped (editors on Windows write one);
/// - invalid UTF-8, nesting deeper than ``Limits/maxDepth`` and files larger than
///   ``Limits/maxBytes`` are errors, never crashes;
/// - numbers are range-checked from their text, before anything converts them: a number
///   beyond ±``largestNumber`` (such as `1e300` or 2^63), a non-zero number too small to
///   tell from zero (`1e-400`) and negative zero are located errors. So every number a
///   reader takes from a file is finite, exact as an integer, and fits an `Int`.
public struct JSONParser {
    /// Limits that keep a hostile or broken file from exhausting the process.
    public struct Limits: Sendable {
        /// The largest document read, in bytes.
        public var maxBytes: Int
        /// The deepest nesting of arrays and objects read.
        public var maxDepth: Int

        /// Limits of `maxBytes` bytes and `maxDepth` levels (1 MiB and 64 by default).
        public init(maxBytes: Int = 1 << 20, maxDepth: Int = 64) {
            self.maxBytes = maxBytes
            self.maxDepth = maxDepth
        }
    }

    /// The outcome of parsing: the document (absent after a fatal syntax error)
    /// and every problem found on the way.
    public struct Result: Sendable {
        /// The document, unless a syntax error stopped the parse.
        public var root: JSONNode?
        /// Every problem found, in file order.
        public var diagnostics: [Diagnostic]
    }

    private struct Fatal: Error {}

    /// The largest magnitude a number in a DialogueKit file may have: 2^53 − 1, the largest
    /// integer a `Double` holds exactly.
    public static let largestNumber: Double = 9_007_199_254_740_991

    private let source: SourceText
    /// The source's bytes, borrowed for the duration of one parse. Every read is guarded by
    /// a check against `bytes.count`.
    private let bytes: UnsafeBufferPointer<UInt8>
    private let limits: Limits
    private var position = 0
    private var diagnostics: [Diagnostic] = []
    /// The keys and indices leading to the value being parsed; turned into a path only for a diagnostic.
    private var stack: [PathComponent] = []
    private var path: SpecPath { SpecPath(stack) }

    private init(source: SourceText, bytes: UnsafeBufferPointer<UInt8>, limits: Limits) {
        self.source = source
        self.bytes = bytes
        self.limits = limits
        stack.reserveCapacity(16)
    }

    /// Parses a whole document.
    public static func parse(_ source: SourceText, limits: Limits = Limits()) -> Result {
        if source.bytes.count > limits.maxBytes {
            let diagnostic = source.diagnostic(
                .error, "too-large",
                "file is \(source.bytes.count) bytes; the limit is \(limits.maxBytes) bytes",
                at: 0, path: .root, hint: "split the file, or check that it is the file you meant")
            return Result(root: nil, diagnostics: [diagnostic])
        }
        return source.bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(source: source, bytes: buffer, limits: limits)
            let root = parser.parseDocument()
            return Result(root: root, diagnostics: parser.diagnostics)
        }
    }

    // MARK: - Document

    private mutating func parseDocument() -> JSONNode? {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            position = 3
        }
        do {
            skipWhitespace()
            if position >= bytes.count {
                fail(
                    "file is empty; expected a JSON object", at: position,
                    hint: "a method spec starts with '{'")
            }
            let root = try parseValue(depth: 0)
            skipWhitespace()
            if position < bytes.count {
                fail("unexpected \(describe(at: position)) after the end of the document", at: position)
            }
            return root
        } catch {
            return nil
        }
    }

    // MARK: - Values

    private mutating func parseValue(depth: Int) throws -> JSONNode {
        guard position < bytes.count else {
            fail("unexpected end of file; expected a value", at: position)
            throw Fatal()
        }
        let start = position
        switch bytes[position] {
        case UInt8(ascii: "{"):
            return JSONNode(try parseObject(depth: depth + 1), offset: start)
        case UInt8(ascii: "["):
            return JSONNode(try parseArray(depth: depth + 1), offset: start)
        case UInt8(ascii: "\""):
            return JSONNode(.string(try parseString()), offset: start)
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return JSONNode(.bool(true), offset: start)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return JSONNode(.bool(false), offset: start)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            return JSONNode(.null, offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(try parseNumber(), offset: start)
        case UInt8(ascii: "/"):
            fail(
                "comments are not allowed in JSON", at: position,
                hint: "put remarks in a 'notes' field instead")
            throw Fatal()
        case UInt8(ascii: "'"):
            fail("strings must use double quotes", at: position)
            throw Fatal()
        default:
            fail("unexpected \(describe(at: position)); expected a value", at: position)
            throw Fatal()
        }
    }

    private mutating func parseObject(depth: Int) throws -> JSONValue {
        try checkDepth(depth)
        position += 1  // {
        var members: [JSONMember] = []
        members.reserveCapacity(8)
        // Duplicate keys beyond the first 16 members, by name.
        var seen: [String: Int] = [:]
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard position < bytes.count else {
                fail("unexpected end of file inside an object; expected '}'", at: position)
                throw Fatal()
            }
            guard bytes[position] == UInt8(ascii: "\"") else {
                if bytes[position] == UInt8(ascii: "}") {
                    fail(
                        "trailing comma before '}'", at: position,
                        hint: "remove the comma after the last member", path: path, code: "trailing-comma")
                    position += 1
                    return .object(members)
                }
                fail("expected a key in double quotes, found \(describe(at: position))", at: position, path: path)
                throw Fatal()
            }
            let keyOffset = position
            let key = try parseString()
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
                fail("expected ':' after key '\(key)'", at: position, path: path)
                throw Fatal()
            }
            position += 1
            skipWhitespace()
            stack.append(.key(key))
            let value = try parseValue(depth: depth)
            stack.removeLast()
            if !isDuplicate(key, at: keyOffset, in: members, seen: &seen) {
                members.append(JSONMember(key: key, keyOffset: keyOffset, value: value))
            }
            skipWhitespace()
            guard position < bytes.count else {
                fail("unexpected end of file inside an object; expected ',' or '}'", at: position)
                throw Fatal()
            }
            switch bytes[position] {
            case UInt8(ascii: ","):
                position += 1
            case UInt8(ascii: "}"):
                position += 1
                return .object(members)
            default:
                fail(
                    "expected ',' or '}' after the value of '\(key)', found \(describe(at: position))",
                    at: position, path: path)
                throw Fatal()
            }
        }
    }

    /// Whether `key` is already a member (reported at its second place); a linear scan for
    /// the small objects specs are made of, the `seen` table beyond 16 members.
    private mutating func isDuplicate(
        _ key: String, at keyOffset: Int, in members: [JSONMember], seen: inout [String: Int]
    )
        -> Bool
    {
        let first: Int?
        if members.count < 16 {
            first = members.first(where: { $0.key == key })?.keyOffset
        } else {
            if seen.isEmpty { for member in members { seen[member.key] = member.keyOffset } }
            first = seen[key]
        }
        guard let first else {
            if !seen.isEmpty { seen[key] = keyOffset }
            return false
        }
        let firstPlace = source.lineAndColumn(of: first)
        fail(
            "duplicate key '\(key)' (first at line \(firstPlace.line), column \(firstPlace.column))",
            at: keyOffset, hint: "keep one of them; JSON readers disagree on which wins",
            path: SpecPath(stack + [.key(key)]), code: "duplicate-key")
        return true
    }

    private mutating func parseArray(depth: Int) throws -> JSONValue {
        try checkDepth(depth)
        position += 1  // [
        var items: [JSONNode] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return .array(items)
        }
        while true {
            skipWhitespace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "]"), !items.isEmpty {
                fail(
                    "trailing comma before ']'", at: position,
                    hint: "remove the comma after the last element", path: path, code: "trailing-comma")
                position += 1
                return .array(items)
            }
            stack.append(.index(items.count))
            items.append(try parseValue(depth: depth))
            stack.removeLast()
            skipWhitespace()
            guard position < bytes.count else {
                fail("unexpected end of file inside an array; expected ',' or ']'", at: position)
                throw Fatal()
            }
            switch bytes[position] {
            case UInt8(ascii: ","):
                position += 1
            case UInt8(ascii: "]"):
                position += 1
                return .array(items)
            default:
                fail("expected ',' or ']' in an array, found \(describe(at: position))", at: position, path: path)
                throw Fatal()
            }
        }
    }

    private mutating func checkDepth(_ depth: Int) throws {
        if depth > limits.maxDepth {
            fail(
                "nesting is deeper than \(limits.maxDepth) levels", at: position,
                hint: "a method spec never needs this depth; check for a generated or corrupted file")
            throw Fatal()
        }
    }

    // MARK: - Scalars

    private mutating func parseString() throws -> String {
        let start = position
        position += 1  // opening quote
        var segmentStart = position
        var result: [UInt8]? = nil
        var ascii = true
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let text: String?
                if var buffer = result {
                    buffer.append(contentsOf: bytes[segmentStart..<position])
                    text = buffer.withUnsafeBufferPointer { JSONParser.string($0) }
                } else if ascii {
                    text = String(
                        decoding: UnsafeBufferPointer(rebasing: bytes[segmentStart..<position]), as: UTF8.self)
                } else {
                    text = JSONParser.string(UnsafeBufferPointer(rebasing: bytes[segmentStart..<position]))
                }
                guard let text else {
                    fail("string is not valid UTF-8", at: start, hint: "save the file as UTF-8")
                    throw Fatal()
                }
                position += 1
                return text
            }
            if byte >= 0x80 { ascii = false }
            if byte < 0x20 {
                fail(
                    byte == UInt8(ascii: "\n")
                        ? "unterminated string (a line break inside a string must be written \\n)"
                        : "control character inside a string must be escaped",
                    at: position)
                throw Fatal()
            }
            if byte == UInt8(ascii: "\\") {
                if result == nil { result = [] }
                result?.append(contentsOf: bytes[segmentStart..<position])
                position += 1
                guard position < bytes.count else { break }
                let escape = bytes[position]
                switch escape {
                case UInt8(ascii: "\""): result?.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): result?.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "/"): result?.append(UInt8(ascii: "/"))
                case UInt8(ascii: "b"): result?.append(0x08)
                case UInt8(ascii: "f"): result?.append(0x0C)
                case UInt8(ascii: "n"): result?.append(0x0A)
                case UInt8(ascii: "r"): result?.append(0x0D)
                case UInt8(ascii: "t"): result?.append(0x09)
                case UInt8(ascii: "u"):
                    let scalar = try parseUnicodeEscape()
                    result?.append(contentsOf: Array(String(Character(scalar)).utf8))
                    segmentStart = position
                    continue
                default:
                    fail("invalid escape '\\\(Character(Unicode.Scalar(escape)))' in a string", at: position - 1)
                    throw Fatal()
                }
                position += 1
                segmentStart = position
                continue
            }
            position += 1
        }
        fail("unterminated string", at: start, hint: "add the closing '\"'")
        throw Fatal()
    }

    /// Reads `XXXX` (after `\u`), joining surrogate pairs. Leaves `position` after the escape.
    private mutating func parseUnicodeEscape() throws -> Unicode.Scalar {
        let escapeStart = position - 1
        position += 1  // u
        let high = try readHex4()
        if (0xD800...0xDBFF).contains(high) {
            if position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                bytes[position + 1] == UInt8(ascii: "u")
            {
                position += 2
                let low = try readHex4()
                if (0xDC00...0xDFFF).contains(low) {
                    let value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                    if let scalar = Unicode.Scalar(value) { return scalar }
                }
            }
            fail("unpaired surrogate in \\u escape", at: escapeStart)
            throw Fatal()
        }
        guard let scalar = Unicode.Scalar(high) else {
            fail("invalid \\u escape", at: escapeStart)
            throw Fatal()
        }
        return scalar
    }

    private mutating func readHex4() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard position < bytes.count else {
                fail("unexpected end of file in a \\u escape", at: position)
                throw Fatal()
            }
            let byte = bytes[position]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default:
                fail("\\u escape needs four hex digits", at: position)
                throw Fatal()
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    private mutating func parseNumber() throws -> JSONValue {
        let start = position
        var isInteger = true
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard position < bytes.count, isDigit(bytes[position]) else {
            fail("a number needs digits after '-'", at: start)
            throw Fatal()
        }
        if bytes[position] == UInt8(ascii: "0"), position + 1 < bytes.count, isDigit(bytes[position + 1]) {
            fail("numbers must not have leading zeros", at: start)
            throw Fatal()
        }
        while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            guard position < bytes.count, isDigit(bytes[position]) else {
                fail("a number needs digits after '.'", at: start)
                throw Fatal()
            }
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            isInteger = false
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            guard position < bytes.count, isDigit(bytes[position]) else {
                fail("a number needs digits in its exponent", at: start)
                throw Fatal()
            }
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        if isInteger, position - start <= 15 {
            var value = 0
            var index = start
            let negative = bytes[index] == UInt8(ascii: "-")
            if negative { index += 1 }
            while index < position {
                value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
                index += 1
            }
            if negative, value == 0 { return rejectNumber("negative zero", start, hint: "write 0") }
            return .number(Double(negative ? -value : value), isInteger: true)
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        guard let value = Double(text), value.isFinite, abs(value) <= Self.largestNumber else {
            return rejectNumber(
                "number \(text) is too large", start,
                hint: "numbers in DialogueKit files lie between -9007199254740991 and 9007199254740991")
        }
        if value == 0 || value.isSubnormal {
            let mantissa = text.prefix { $0 != "e" && $0 != "E" }
            if mantissa.contains(where: { ("1"..."9").contains($0) }) {
                return rejectNumber(
                    "number \(text) is too small to tell from zero", start, hint: "write 0, or a larger number")
            }
            if value.sign == .minus { return rejectNumber("negative zero (\(text))", start, hint: "write 0") }
        }
        return .number(value, isInteger: isInteger)
    }

    /// Reports a number outside what DialogueKit reads and goes on with 0 in its place, so
    /// that one run shows every problem.
    private mutating func rejectNumber(_ message: String, _ start: Int, hint: String) -> JSONValue {
        fail(message, at: start, hint: hint, path: path, code: "number-out-of-range")
        return .number(0, isInteger: true)
    }

    private mutating func expectLiteral(_ literal: StaticString) throws {
        let start = position
        let expected = literal.withUTF8Buffer { Array($0) }
        guard position + expected.count <= bytes.count,
            bytes[position..<position + expected.count].elementsEqual(expected)
        else {
            fail("unexpected \(describe(at: start)); expected a value (did you mean \(literal)?)", at: start)
            throw Fatal()
        }
        position += expected.count
    }

    // MARK: - Helpers

    /// The text of UTF-8 bytes, or nil when they are not valid UTF-8 (checked here, then
    /// decoded through the standard library's fast path for buffers).
    static func string(_ buffer: UnsafeBufferPointer<UInt8>) -> String? {
        guard isValidUTF8(buffer) else { return nil }
        return String(decoding: buffer, as: UTF8.self)
    }

    /// Whether `buffer` is well-formed UTF-8: no stray or missing continuation bytes, no
    /// overlong forms, no surrogates, nothing above U+10FFFF.
    static func isValidUTF8(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = buffer.count
        while index < count {
            let byte = buffer[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch byte {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                upper = 0x9F
            case 0xF0:
                length = 4
                lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                upper = 0x8F
            default: return false
            }
            guard index + length <= count else { return false }
            let second = buffer[index + 1]
            guard second >= lower, second <= upper else { return false }
            for offset in 2..<max(2, length) where buffer[index + offset] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    private func describe(at offset: Int) -> String {
        guard offset < bytes.count else { return "end of file" }
        let byte = bytes[offset]
        if byte >= 0x21 && byte < 0x7F {
            return "'\(Character(Unicode.Scalar(byte)))'"
        }
        if byte < 0x20 || byte == 0x7F {
            return "control byte 0x\(String(byte, radix: 16, uppercase: true))"
        }
        return "non-ASCII byte 0x\(String(byte, radix: 16, uppercase: true))"
    }

    private mutating func fail(
        _ message: String, at offset: Int, hint: String? = nil, path: SpecPath? = nil,
        code: String = "malformed-json"
    ) {
        diagnostics.append(source.diagnostic(.error, code, message, at: offset, path: path ?? self.path, hint: hint))
    }
}
