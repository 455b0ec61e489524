/// A response of the room's server: a status, its headers and a body, or the start of an
/// event stream. Every response carries the same protective headers: a content security
/// policy that allows nothing from elsewhere, no sniffing, no framing, no address sent to another site, no caching.
public struct HTTPResponse: Sendable, Equatable {
    /// The status code.
    public var status: Int
    /// Headers beyond the protective ones.
    public var headers: [(String, String)]
    /// The body.
    public var body: [UInt8]

    /// A response with `status`, `contentType` and `body`.
    public init(
        status: Int, contentType: String = "text/plain; charset=utf-8", body: String, headers: [(String, String)] = []
    ) {
        self.status = status
        self.headers = [("Content-Type", contentType)] + headers
        self.body = Array(body.utf8)
    }

    /// Equal in status, headers and body.
    public static func == (left: HTTPResponse, right: HTTPResponse) -> Bool {
        left.status == right.status && left.body == right.body
            && left.headers.map { $0.0 + ":" + $0.1 } == right.headers.map { $0.0 + ":" + $0.1 }
    }

    /// An HTML page.
    public static func html(_ text: String, status: Int = 200) -> HTTPResponse {
        HTTPResponse(status: status, contentType: "text/html; charset=utf-8", body: text)
    }

    /// The same answer for every path that is not a page of this session, so a stranger
    /// learns nothing from it.
    public static let notFound = HTTPResponse(status: 404, body: "Not found\n")

    /// "See Other": after a form is posted, the browser goes to `location` with GET.
    public static func seeOther(_ location: String) -> HTTPResponse {
        HTTPResponse(status: 303, body: "", headers: [("Location", location)])
    }

    /// A status's reason phrase.
    public static func reason(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 303: return "See Other"
        case 400: return "Bad Request"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 408: return "Request Timeout"
        case 409: return "Conflict"
        case 411: return "Length Required"
        case 413: return "Content Too Large"
        case 414: return "URI Too Long"
        case 421: return "Misdirected Request"
        case 422: return "Unprocessable Content"
        case 429: return "Too Many Requests"
        case 431: return "Request Header Fields Too Large"
        case 501: return "Not Implemented"
        case 503: return "Service Unavailable"
        default: return "Status"
        }
    }

    /// The headers every response carries.
    public static let protective: [(String, String)] = [
        ("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; form-action 'self'"),
        ("X-Content-Type-Options", "nosniff"),
        ("X-Frame-Options", "DENY"),
        // Same-origin: no address leaves for another site, and a form posted here still says where it comes from.
        ("Referrer-Policy", "same-origin"),
        ("Cache-Control", "no-store"),
    ]

    /// The response as bytes on the wire; `head` leaves the body out (for HEAD requests).
    public func bytes(keepAlive: Bool, head: Bool = false) -> [UInt8] {
        var text = "HTTP/1.1 \(status) \(Self.reason(status))\r\n"
        for (name, value) in headers + Self.protective { text += "\(name): \(value)\r\n" }
        text += "Content-Length: \(body.count)\r\n"
        text += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n"
        text += "\r\n"
        return Array(text.utf8) + (head ? [] : body)
    }

    /// The head of an event stream (Server-Sent Events).
    public static func streamHead() -> [UInt8] {
        var text = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n"
        for (name, value) in protective { text += "\(name): \(value)\r\n" }
        text += "Connection: keep-alive\r\nX-Accel-Buffering: no\r\n\r\n"
        // How long a browser waits before it reconnects after the stream is cut.
        text += "retry: 1000\n\n"
        return Array(text.utf8)
    }

    /// One event of a stream: its id, its name and its data on one line (a line break in the
    /// data becomes a space). Works on the bytes: it runs for every event on every stream.
    public static func streamEvent(id: Int, name: String, data: String) -> [UInt8] {
        var bytes = Array("id: \(id)\nevent: \(name)\ndata: ".utf8)
        let start = bytes.count
        bytes += data.utf8
        for index in start..<bytes.count where bytes[index] == 0x0A || bytes[index] == 0x0D { bytes[index] = 0x20 }
        bytes += [0x0A, 0x0A]
        return bytes
    }
}
