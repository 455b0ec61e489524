import Foundation

/// Readable texts for `DecodingError`s, placed at a line and column of the source.
public enum DecodingErrorText {
    public static func describe(_ error: Error, source: SourceText) -> String {
        guard let decodingError = error as? DecodingError else { return "\(error)" }
        let root = JSONParser.parse(source).root
        func place(_ path: [CodingKey]) -> String {
            let components = path.map { key -> PathComponent in
                if let index = key.intValue { return .index(index) }
                return .key(key.stringValue)
            }
            let offset = root?.node(at: components)?.offset ?? 0
            let position = source.lineAndColumn(of: offset)
            return "\(position.line):\(position.column) [\(SpecPath(components))]"
        }
        switch decodingError {
        case .typeMismatch(let type, let context):
            return "\(place(context.codingPath)): expected \(type)"
        case .valueNotFound(let type, let context):
            return "\(place(context.codingPath)): missing \(type)"
        case .keyNotFound(let key, let context):
            return "\(place(context.codingPath)): missing key '\(key.stringValue)'"
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty, let first = JSONParser.parse(source).diagnostics.first {
                return "\(first.line):\(first.column): \(first.message)"
            }
            return "\(place(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
