/// A user-facing text in several languages, keyed by language code ("en", "nl", "fi").
/// English is the fallback: a missing translation never hides a text.
public struct LocalizedText: Sendable, Hashable, Codable {
    /// The fallback language of every text.
    public static let fallbackLanguage = "en"

    public var values: [String: String]

    public init(_ values: [String: String]) {
        self.values = values
    }

    public init(en: String) {
        self.values = ["en": en]
    }

    /// The text in `language`, else English, else the first language in code order.
    public func resolved(_ language: String) -> String {
        if let text = values[language] { return text }
        if let text = values[Self.fallbackLanguage] { return text }
        return values.keys.sorted().first.flatMap { values[$0] } ?? ""
    }

    /// Whether `language` has its own text (no fallback needed).
    public func has(_ language: String) -> Bool { values[language] != nil }

    public var isEmpty: Bool { values.values.allSatisfy { $0.isEmpty } }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            values = ["en": text]
        } else {
            values = try container.decode([String: String].self)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(values)
    }
}

extension Read {
    /// A localized text: a plain string (English) or an object of language codes to strings.
    public static func localized(_ node: JSONNode, _ path: SpecPath, _ sink: DiagnosticSink) -> LocalizedText? {
        switch node.value {
        case .string(let text):
            return LocalizedText(en: text)
        case .object(let members):
            var values: [String: String] = [:]
            for member in members {
                let memberPath = path.appending(member.key)
                guard isLanguageCode(member.key) else {
                    sink.error("invalid-language", "'\(member.key)' is not a language code",
                               at: member.keyOffset, path: memberPath,
                               hint: "use a lower-case ISO 639 code such as 'en', 'nl' or 'fi'")
                    continue
                }
                if let text = string(member.value, memberPath, sink) { values[member.key] = text }
            }
            if values.isEmpty, members.isEmpty {
                sink.error("empty-text", "text has no language", at: node.offset, path: path,
                           hint: "write {\"en\": \"…\"} or a plain string")
                return nil
            }
            return LocalizedText(values)
        default:
            sink.error("type-mismatch",
                       "expected a text (a string, or an object of language codes), found \(node.value.typeDescription)",
                       at: node.offset, path: path)
            return nil
        }
    }

    /// Whether `code` looks like an ISO 639-1/2 language code, optionally with a region (`pt-BR`).
    public static func isLanguageCode(_ code: String) -> Bool {
        let bytes = Array(code.utf8)
        func lower(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
        func upper(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
        let hyphen = bytes.firstIndex(of: UInt8(ascii: "-")) ?? bytes.count
        guard (2...3).contains(hyphen), bytes[..<hyphen].allSatisfy(lower) else { return false }
        if hyphen == bytes.count { return true }
        let region = bytes[(hyphen + 1)...]
        return region.count == 2 && region.allSatisfy(upper)
    }
}
