import DialogueKit
import Foundation

/// The room of a live session (`--room`): its keys, the server and the channel between them.
/// The console publishes each journaled event's view and answers what the screens ask; the
/// server only serves. It stops with the console.
final class RoomConnection {
    private(set) var keys: RoomKeys
    let folder: String
    let channel: RoomChannel
    let server: HTTPServer
    let desk: RoomDesk
    let plan: SessionPlan
    /// `http://HOST:PORT`, with an address the screens can reach.
    let base: String
    let phones: Bool
    private var lastCounts: [String: Int] = [:]
    private var stopped = false

    /// Opens the room of the session in `folder`: its keys from the folder (or new ones),
    /// its old port when free, and prints the links.
    static func open(
        plan: SessionPlan, folder: String, address: String, phones: Bool, console: Console
    ) throws -> RoomConnection {
        var random = SystemRandomNumberGenerator()
        let names = plan.participants.map(\.name)
        var keys =
            RoomKeys.load(from: folder, participants: names, using: &random)
            ?? RoomKeys.make(for: names, using: &random)
        let channel = RoomChannel()
        let site = RoomSite(keys: keys, channel: channel, phones: phones)
        let server: HTTPServer
        do {
            server = try HTTPServer(address: address, port: keys.port, site: site)
        } catch let error as SocketError where keys.port != 0 {
            guard let moved = try? HTTPServer(address: address, port: 0, site: site) else {
                throw CommandFailure(message: "--room: \(error.description)")
            }
            console.error(
                Phrasebook.say("room.console-port-moved", in: plan.language, String(keys.port), String(moved.port)))
            server = moved
        } catch let error as SocketError {
            throw CommandFailure(message: "--room: \(error.description)")
        }
        site.port = server.port
        keys.port = server.port
        try keys.save(in: folder)
        let host = Self.reachableHost(server.address)
        let room = RoomConnection(
            keys: keys, folder: folder, channel: channel, server: server, plan: plan,
            base: "http://\(host):\(server.port)", phones: phones)
        channel.wakeServer = { [weak server] in server?.wake() }
        if !host.hasPrefix("127.") {
            console.error(Phrasebook.say("room.console-network", in: plan.language, room.base))
        }
        if phones { try room.writePhoneLinks(in: folder) }
        server.start()
        return room
    }

    private init(
        keys: RoomKeys, folder: String, channel: RoomChannel, server: HTTPServer, plan: SessionPlan, base: String,
        phones: Bool
    ) {
        self.keys = keys
        self.folder = folder
        self.channel = channel
        self.server = server
        self.plan = plan
        self.base = base
        self.phones = phones
        let phoneLink = phones ? base + "/" + keys.phone + "/phone" : nil
        desk = RoomDesk(plan: plan, phoneLink: phoneLink)
    }

    /// The address to print: the one bound, or for 0.0.0.0 the machine's first address on a network.
    static func reachableHost(_ bound: String) -> String {
        guard bound == "0.0.0.0" else { return bound }
        return HostAddresses.first ?? "127.0.0.1"
    }

    var roomLink: String { base + "/" + keys.room + "/room" }
    var notesLink: String { base + "/" + keys.notes + "/notes" }
    var phoneLink: String { base + "/" + keys.phone + "/phone" }
    static let phoneLinksFile = "phone-links.txt"

    /// The links, as the console prints them at the start and `/help` shows them.
    var linkLines: [String] {
        [
            Phrasebook.say("room.console-url", in: plan.language, roomLink),
            Phrasebook.say("room.console-notes", in: plan.language, notesLink),
        ] + (phones ? [Phrasebook.say("room.console-phones", in: plan.language, phoneLink, Self.phoneLinksFile)] : [])
    }

    /// Prints the links.
    func announce(_ console: Console) {
        for line in linkLines { console.print(line) }
    }

    /// Each participant's own phone link, for printing with the run sheet (readable by the owner only).
    func writePhoneLinks(in folder: String) throws {
        var text = "\(plan.title)\n\n"
        for person in plan.participants {
            if let token = keys.people[person.name] { text += "\(person.name)\t\(base)/\(token)/me\n" }
        }
        try PrivateFile.replace(Data(text.utf8), at: folder + "/" + Self.phoneLinksFile)
    }

    /// Shows the state to every screen.
    func publish(_ state: SessionState, now: Date) {
        guard !stopped else { return }
        channel.publish(RoomRenderer(plan: plan, state: state, now: now, phoneLink: desk.phoneLink).view())
    }

    /// Answers what the screens asked: pages from the live state; submissions journaled as
    /// the console's own events.
    func service(_ session: SessionConsole) throws {
        for (ticket, request) in channel.takeRequests() {
            if let response = pick(request, console: session) {
                channel.answer(ticket, with: response)
                continue
            }
            let source: String?
            if case .submit(let page, _, _) = request {
                switch page {
                case .person(let name): source = Phrasebook.say("room.from-phone", in: plan.language, name)
                default: source = Phrasebook.say("room.from-notes", in: plan.language)
                }
            } else {
                source = nil
            }
            let response = try desk.respond(
                to: request, state: session.state, now: session.clock.now(sequence: session.state.sequence)
            ) { event in
                try session.record(event, from: source)
            }
            channel.answer(ticket, with: response)
        }
        let counts = channel.openStreams
        if counts != lastCounts {
            lastCounts = counts
            if !session.console.input.isTerminal { session.console.print(statusLine) }
        }
    }

    /// The phones' list of names, and a name picked from it: each name once, kept in
    /// `room.json` so a resumed session remembers; nil for any other request.
    func pick(_ request: RoomRequest, console session: SessionConsole) -> HTTPResponse? {
        func say(_ key: String, _ values: String...) -> String { Phrasebook.say(key, in: plan.language, values) }
        let taken = Set(keys.claimed ?? [])
        switch request {
        case .page(.phone, let query):
            let free = plan.participants.map(\.name).filter { !taken.contains($0) && keys.people[$0] != nil }
            return .html(
                RoomRenderer.document(
                    title: plan.title, language: plan.language, bodyClass: "phone", events: "",
                    live: PhonePage.picker(language: plan.language, free: free, message: query["m"])))
        case .submit(.phone, let form, _):
            guard let name = form["name"], let token = keys.people[name] else {
                return .seeOther(
                    "phone?m=" + FormCoding.encode(say("room.unknown-person", PrintableText.clean(form["name"] ?? ""))))
            }
            guard !taken.contains(name) else {
                return .seeOther("phone?m=" + FormCoding.encode(say("room.name-taken", name)))
            }
            keys.claimed = (keys.claimed ?? []) + [name]
            do {
                try keys.save(in: folder)
            } catch {
                return HTTPResponse(status: 503, body: "\(error)\n")
            }
            session.tell(say("room.name-picked", name))
            return .seeOther("../\(token)/me")
        default:
            return nil
        }
    }

    /// How many screens and phones are connected.
    var statusLine: String {
        let counts = channel.openStreams
        let phones = counts.filter { $0.key.hasPrefix("me:") }.values.reduce(0, +)
        return Phrasebook.say(
            "room.console-status", in: plan.language, String(counts["room"] ?? 0), String(counts["notes"] ?? 0),
            String(phones), roomLink)
    }

    func stop() {
        guard !stopped else { return }
        stopped = true
        server.stop()
    }
}

/// The machine's IPv4 addresses on a network, loopback left out.
enum HostAddresses {
    static var first: String? {
        var found: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&found) == 0 else { return nil }
        defer { freeifaddrs(found) }
        var cursor = found
        while let entry = cursor {
            if let address = entry.pointee.ifa_addr, address.pointee.sa_family == sa_family_t(AF_INET) {
                var inet = address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr }
                if UInt32(bigEndian: inet.s_addr) >> 24 != 127 {
                    var buffer = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
                    _ = inet_ntop(AF_INET, &inet, &buffer, socklen_t(buffer.count))
                    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                }
            }
            cursor = entry.pointee.ifa_next
        }
        return nil
    }
}

/// Lines from standard input read on a thread of their own, so a script-driven console can
/// answer the room while it waits for the next line.
final class LineReader: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String?] = []
    private let readEnd: Int32
    private let writeEnd: Int32

    init(console: Console) {
        var ends: [Int32] = [-1, -1]
        _ = pipe(&ends)
        readEnd = ends[0]
        writeEnd = ends[1]
        let thread = Thread { [self] in
            var input = console.input
            while true {
                let line = input.readLine()
                lock.lock()
                lines.append(line)
                lock.unlock()
                var byte: UInt8 = 1
                _ = write(writeEnd, &byte, 1)
                if line == nil { return }
            }
        }
        thread.start()
    }

    /// The next line (nil inside at the end of input), calling `idle` whenever `descriptor`
    /// (the room's) has something for the console, and at least every quarter second.
    func next(watching descriptor: Int32, idle: () throws -> Void) throws -> String?? {
        while true {
            lock.lock()
            if !lines.isEmpty {
                let line = lines.removeFirst()
                lock.unlock()
                return .some(line)
            }
            lock.unlock()
            var descriptors = [
                pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0),
                pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
            ]
            _ = poll(&descriptors, 2, 250)
            if descriptors[0].revents != 0 {
                var buffer = [UInt8](repeating: 0, count: 64)
                _ = read(readEnd, &buffer, buffer.count)
            }
            try idle()
        }
    }
}
