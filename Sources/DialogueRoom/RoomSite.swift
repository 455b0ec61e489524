import Foundation

/// The room's routes, on the server's thread: a token opens its own pages and nothing else;
/// every other path, a wrong token or a page the session does not offer is the same 404.
/// Pages that need the live state go to the console as a request; streams and the phones'
/// pages are served from the views the console published. It keeps no state of its own.
public final class RoomSite: HTTPSite, @unchecked Sendable {
    let keys: RoomKeys
    let channel: RoomChannel
    let phones: Bool
    /// The port the server listens on, for checking the `Host` of each request.
    public var port: UInt16 = 0
    private var phoneCache: [String: (id: Int, data: String)] = [:]

    /// A site for the session with `keys`, answering through `channel`; `phones` offers the phone pages.
    public init(keys: RoomKeys, channel: RoomChannel, phones: Bool) {
        self.keys = keys
        self.channel = channel
        self.phones = phones
    }

    /// A page, a stream or a hand-over to the console; 404 for anything not of this session.
    public func answer(_ request: HTTPRequest) -> HTTPAnswer {
        guard hostIsOurs(request.header("host")) else {
            return .response(HTTPResponse(status: 421, body: "Misdirected Request\n"))
        }
        let segments = request.path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard segments.count >= 3, segments[0].isEmpty, let holder = keys.holder(of: segments[1]) else {
            return .response(.notFound)
        }
        let rest = Array(segments[2...])
        let reading = request.method == "GET" || request.method == "HEAD"
        if reading, rest == ["room.css"] {
            return .response(HTTPResponse(status: 200, contentType: "text/css; charset=utf-8", body: RoomAssets.css))
        }
        if reading, rest == ["room.js"] {
            return .response(
                HTTPResponse(status: 200, contentType: "text/javascript; charset=utf-8", body: RoomAssets.script))
        }
        if request.method == "POST", let origin = request.header("origin"),
            origin != "http://" + (request.header("host") ?? "")
        {
            return .response(HTTPResponse(status: 403, body: "Forbidden\n"))
        }
        let lastID = request.header("last-event-id").flatMap { Int($0) } ?? -1
        let wantsJSON = request.header("accept")?.contains("application/json") ?? false
        switch (holder, rest, reading) {
        case (.room, ["room"], true):
            return pending(.page(.room, query: request.query))
        case (.room, ["room", "events"], true):
            return .stream("room", lastEventID: lastID)
        case (.notes, ["notes"], true):
            return pending(.page(.notes, query: request.query))
        case (.notes, ["notes"], false):
            return pending(.submit(.notes, form: request.form, wantsJSON: wantsJSON))
        case (.notes, ["notes", "events"], true):
            return .stream("notes", lastEventID: lastID)
        case (.phone, ["phone"], true) where phones:
            return pending(.page(.phone, query: request.query))
        case (.phone, ["phone"], false) where phones:
            return pending(.submit(.phone, form: request.form, wantsJSON: false))
        case (.person(let name), ["me"], true) where phones:
            return .response(personPage(name, message: request.query["m"]))
        case (.person(let name), ["me"], false) where phones:
            return pending(.submit(.person(name), form: request.form, wantsJSON: wantsJSON))
        case (.person(let name), ["me", "events"], true) where phones:
            return .stream("me:" + name, lastEventID: lastID)
        default:
            return .response(.notFound)
        }
    }

    /// The projector's, the note-taker's or one phone's updates after `lastID`.
    public func events(of stream: String, after lastID: Int) -> [(id: Int, data: String)] {
        let views = channel.views(after: lastID)
        switch stream {
        case "room": return views.map { ($0.id, $0.roomEvent) }
        case "notes": return views.map { ($0.id, $0.notesEvent) }
        default:
            let name = String(stream.dropFirst(3))
            return views.map { view in
                if let cached = phoneCache[name], cached.id == view.id { return cached }
                let data = "{\"html\":\(JSONText.quoted(PhonePage.live(view.phone, person: name), inMarkup: true))}"
                phoneCache[name] = (view.id, data)
                return (view.id, data)
            }
        }
    }

    /// The console's answer to `ticket`, once it has one.
    public func response(for ticket: Int) -> HTTPResponse? { channel.response(for: ticket) }

    /// Forgets a request whose browser has gone.
    public func abandon(_ ticket: Int) { channel.abandon(ticket) }

    /// `request` handed to the console, or busy when too many wait already.
    func pending(_ request: RoomRequest) -> HTTPAnswer {
        channel.submit(request).map { .pending(ticket: $0) } ?? .busy
    }

    /// Passes the count of open streams to the console.
    public func streamsChanged(_ open: [String: Int]) { channel.setOpenStreams(open) }

    /// Whether `host` names this server: `localhost` or an IPv4 address, with its port. A
    /// name that only resolves here (DNS rebinding) is refused.
    func hostIsOurs(_ host: String?) -> Bool {
        guard let host, let colon = host.lastIndex(of: ":") else { return false }
        guard host[host.index(after: colon)...] == Substring(String(port)) else { return false }
        let name = String(host[..<colon])
        return name == "localhost" || (name.allSatisfy { $0.isNumber || $0 == "." } && Sockets.address(name) != nil)
    }

    func personPage(_ name: String, message: String?) -> HTTPResponse {
        guard let phone = channel.latest?.phone else { return .notFound }
        let said = "<p id=\"said\" role=\"status\">\(HTML.escape(message ?? ""))</p>"
        return .html(
            RoomRenderer.document(
                title: phone.title, language: phone.language, bodyClass: "phone", events: "me/events",
                live: PhonePage.live(phone, person: name), before: said))
    }
}
