/// A request as the room's server reads it: method, path, query, the headers it looks at
/// and the body. Nothing in it names a file; the path is only ever compared with the routes.
public struct HTTPRequest: Sendable, Equatable {
    /// GET, HEAD or POST; other methods are refused before a request is made.
    public var method: String
    /// The path, without its query, exactly as sent (never decoded into a file name).
    public var path: String
    /// The query's fields, percent-decoded.
    public var query: [String: String]
    /// Header names in lower case, with their values.
    public var headers: [String: String]
    /// The body (a form, for POST).
    public var body: [UInt8]

    /// The header `name` (lower case).
    public func header(_ name: String) -> String? { headers[name] }

    /// The body's form fields, when it is `application/x-www-form-urlencoded`.
    public var form: [String: String] { FormCoding.fields(String(decoding: body, as: UTF8.self)) }
}

/// The limits that keep one client from holding the server: the size of the request line,
/// the headers and the body, and how many headers. A request over a limit is answered with
/// its status and the connection closed.
public struct HTTPLimits: Sendable {
    /// The longest request line.
    public var requestLine = 2048
    /// The most bytes of the request line and headers together.
    public var head = 8192
    /// The most header lines.
    public var headerCount = 32
    /// The largest body.
    public var body = 16384

    /// The standard limits.
    public init() {}
}

/// Reads HTTP/1.1 requests from the bytes a connection has received so far.
public enum HTTPRequestParser {
    /// What the bytes hold so far.
    public enum Outcome: Equatable, Sendable {
        /// Not yet a whole request; more bytes are needed.
        case incomplete
        /// A whole request, and how many bytes it took.
        case request(HTTPRequest, consumed: Int)
        /// A request that breaks the protocol or a limit: the status to answer with.
        case refused(status: Int)
    }

    /// The first request in `bytes`.
    public static func parse(_ bytes: [UInt8], limits: HTTPLimits = HTTPLimits()) -> Outcome {
        guard let headEnd = endOfHead(bytes) else {
            if bytes.count > limits.head { return .refused(status: 431) }
            if let lineEnd = bytes.firstIndex(of: 0x0A), lineEnd > limits.requestLine { return .refused(status: 414) }
            if bytes.firstIndex(of: 0x0A) == nil, bytes.count > limits.requestLine { return .refused(status: 414) }
            return .incomplete
        }
        guard headEnd <= limits.head else { return .refused(status: 431) }
        let head = bytes[..<headEnd]
        // Header bytes must be printable ASCII, tabs and line breaks.
        guard head.allSatisfy({ $0 == 0x09 || $0 == 0x0D || $0 == 0x0A || (0x20..<0x7F).contains($0) }) else {
            return .refused(status: 400)
        }
        // Split as bytes: in a Swift string "\r\n" is one character.
        let lines = head.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            Substring(String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self))
        }
        guard let requestLine = lines.first, requestLine.utf8.count <= limits.requestLine else {
            return .refused(status: 414)
        }
        let parts = requestLine.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2] == "HTTP/1.1" || parts[2] == "HTTP/1.0" else { return .refused(status: 400) }
        let method = String(parts[0])
        guard ["GET", "HEAD", "POST"].contains(method) else { return .refused(status: 405) }
        let target = parts[1]
        guard target.hasPrefix("/") else { return .refused(status: 400) }
        let headerLines = lines.dropFirst().filter { !$0.isEmpty }
        guard headerLines.count <= limits.headerCount else { return .refused(status: 431) }
        var headers: [String: String] = [:]
        for line in headerLines {
            guard let colon = line.firstIndex(of: ":"), colon > line.startIndex else { return .refused(status: 400) }
            let name = line[..<colon].lowercased()
            guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else { return .refused(status: 400) }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: " \t")
            // Two lengths or two hosts make a request that two readers could read two ways.
            if headers[name] != nil, name == "content-length" || name == "host" { return .refused(status: 400) }
            headers[name] = headers[name].map { $0 + ", " + value } ?? value
        }
        if parts[2] == "HTTP/1.1", headers["host"] == nil { return .refused(status: 400) }
        if headers["transfer-encoding"] != nil { return .refused(status: 501) }
        var length = 0
        if let declared = headers["content-length"] {
            guard let value = Int(declared), value >= 0, declared.allSatisfy(\.isNumber) else {
                return .refused(status: 400)
            }
            length = value
        } else if method == "POST" {
            return .refused(status: 411)
        }
        guard length <= limits.body else { return .refused(status: 413) }
        let bodyStart = headEnd + 4
        guard bytes.count >= bodyStart + length else { return .incomplete }
        let (path, queryText) = split(target)
        return .request(
            HTTPRequest(
                method: method, path: path, query: FormCoding.fields(queryText), headers: headers,
                body: Array(bytes[bodyStart..<(bodyStart + length)])),
            consumed: bodyStart + length)
    }

    /// Where the blank line after the headers starts (`\r\n\r\n`), if it has arrived.
    static func endOfHead(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        var index = 0
        while index + 3 < bytes.count {
            if bytes[index] == 0x0D, bytes[index + 1] == 0x0A, bytes[index + 2] == 0x0D, bytes[index + 3] == 0x0A {
                return index
            }
            index += 1
        }
        return nil
    }

    static func split(_ target: Substring) -> (path: String, query: String) {
        guard let mark = target.firstIndex(of: "?") else { return (String(target), "") }
        return (String(target[..<mark]), String(target[target.index(after: mark)...]))
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var text = self
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}

/// `application/x-www-form-urlencoded`: the fields of a query or a posted form.
public enum FormCoding {
    /// The fields of `text` (`a=1&b=two+words`), percent-decoded; a later field of the same
    /// name wins; a field whose name or value does not decode is left out.
    public static func fields(_ text: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = parts.first.flatMap(decode) else { continue }
            if parts.count > 1 {
                guard let value = decode(parts[1]) else { continue }
                fields[name] = value
            } else {
                fields[name] = ""
            }
        }
        return fields
    }

    /// `text` with `+` as a space and `%XX` as its byte; nil when it is not UTF-8 after that.
    public static func decode(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.first {
            utf8 = utf8.dropFirst()
            switch byte {
            case UInt8(ascii: "+"): bytes.append(0x20)
            case UInt8(ascii: "%"):
                let hex = Array(utf8.prefix(2))
                guard hex.count == 2, hex.allSatisfy({ $0 < 0x80 && Character(Unicode.Scalar($0)).isHexDigit }),
                    let value = UInt8(String(decoding: hex, as: UTF8.self), radix: 16)
                else { return nil }
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            default: bytes.append(byte)
            }
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return Array(text.utf8) == bytes ? text : nil
    }

    /// `text` encoded for a query or form field.
    public static func encode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                UInt8(ascii: "~"):
                out.append(Character(Unicode.Scalar(byte)))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count < 2 ? "0" : "") + hex
            }
        }
        return out
    }
}
