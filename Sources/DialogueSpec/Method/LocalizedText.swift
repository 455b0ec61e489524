/// A user-facing text in several languages, keyed by language code ("en", "nl", "fi").
/// English is the fallback: a missing translation never hides a text.
public struct LocalizedText: Sendable, Hashable, Codable {
    /// The fallback language of every text.
    public static let fallbackLanguage = "en"

    /// One language's text.
    public struct Entry: Sendable, Hashable {
        /// The language code.
        public var language: String
        /// The text in that language.
        public var text: String
    }

    /// The texts, sorted by language code (a text has a handful; a list beats a table).
    public private(set) var entries: [Entry]

    /// A text from language code → text.
    public init(_ values: [String: String]) {
        entries = values.map { Entry(language: $0.key, text: $0.value) }.sorted { $0.language < $1.language }
    }

    /// An English-only text.
    public init(en: String) {
        entries = [Entry(language: "en", text: en)]
    }

    /// From entries as read (duplicates cannot occur: the parser refuses duplicate keys).
    init(entries: [Entry]) {
        self.entries = entries.sorted { $0.language < $1.language }
    }

    /// Language code → text.
    public var values: [String: String] {
        Dictionary(entries.map { ($0.language, $0.text) }, uniquingKeysWith: { first, _ in first })
    }

    /// The languages that have their own text, in code order.
    public var languages: [String] { entries.map(\.language) }

    /// The text in `language` exactly, without fallback.
    public func text(in language: String) -> String? {
        entries.first { $0.language == language }?.text
    }

    /// The text in `language`, else English, else the first language in code order.
    public func resolved(_ language: String) -> String {
        text(in: language) ?? text(in: Self.fallbackLanguage) ?? entries.first?.text ?? ""
    }

    /// Whether `language` has its own text (no fallback needed).
    public func has(_ language: String) -> Bool { entries.contains { $0.language == language } }

    /// Whether every language's text is empty.
    public var isEmpty: Bool { entries.allSatisfy { $0.text.isEmpty } }

    /// Reads a string (English) or an object of languages.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self.init(en: text)
        } else {
            self.init(try container.decode([String: String].self))
        }
    }

    /// Writes an object of languages.
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
            var entries: [LocalizedText.Entry] = []
            entries.reserveCapacity(members.count)
            for member in members {
                guard isLanguageCode(member.key) else {
                    sink.error(
                        "invalid-language", "'\(member.key)' is not a language code",
                        at: member.keyOffset, path: path.appending(member.key),
                        hint: "use a lower-case ISO 639 code such as 'en', 'nl' or 'fi'")
                    continue
                }
                guard case .string(let text) = member.value.value else {
                    _ = string(member.value, path.appending(member.key), sink)
                    continue
                }
                entries.append(LocalizedText.Entry(language: member.key, text: text))
            }
            if entries.isEmpty, members.isEmpty {
                sink.error(
                    "empty-text", "text has no language", at: node.offset, path: path,
                    hint: "write {\"en\": \"…\"} or a plain string")
                return nil
            }
            return LocalizedText(entries: entries)
        default:
            sink.error(
                "type-mismatch",
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
