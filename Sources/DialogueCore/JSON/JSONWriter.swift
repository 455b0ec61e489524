import Foundation

/// The one JSON writer of DialogueKit: sorted keys, slashes unescaped, instants as
/// ``Timestamp`` text. What it writes, ``StrictDecoder`` reads back.
public enum JSONWriter {
    /// An encoder with DialogueKit's settings; `pretty` indents for people.
    public static func encoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty
            ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            : [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp.text(date))
        }
        return encoder
    }

    /// `value` as JSON bytes.
    public static func data<T: Encodable>(_ value: T, pretty: Bool = false) throws -> Data {
        try encoder(pretty: pretty).encode(value)
    }

    /// `value` as indented JSON text, for output people read and files they keep.
    public static func string<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try data(value, pretty: true), as: UTF8.self)
    }
}
