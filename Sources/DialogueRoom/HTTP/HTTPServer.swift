import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a site answers to a request.
public enum HTTPAnswer: Sendable {
    /// A whole response.
    case response(HTTPResponse)
    /// An event stream: the events of `stream` after `lastEventID`, then each new one.
    case stream(String, lastEventID: Int)
    /// The request went to the console as `ticket`; the response comes when it is decided.
    case pending(ticket: Int)
    /// Too many requests wait for the console already.
    case busy
}

/// The pages a server serves. The server asks it for answers, for a stream's events and for
/// the responses of requests the console has decided; the site is called on the server's
/// thread only.
public protocol HTTPSite: AnyObject, Sendable {
    /// The answer to `request`.
    func answer(_ request: HTTPRequest) -> HTTPAnswer
    /// The events of `stream` after `lastID`, in order: each with its id and its data.
    func events(of stream: String, after lastID: Int) -> [(id: Int, data: String)]
    /// The response to the request handed over as `ticket`, once the console has decided it.
    func response(for ticket: Int) -> HTTPResponse?
    /// How many streams are open now, by name, for the facilitator's count.
    func streamsChanged(_ open: [String: Int])
    /// The request handed over as `ticket` lost its connection: its answer is not wanted.
    func abandon(_ ticket: Int)
}

/// How long a connection may take, in milliseconds.
public struct HTTPTimeouts: Sendable {
    /// From a connection's first byte (or the end of its last request) to a whole request head.
    public var request = 10_000
    /// How long a kept-alive connection may wait for its next request.
    public var idle = 30_000
    /// How often an open stream gets a comment that keeps it alive.
    public var heartbeat = 15_000
    /// The standard timeouts.
    public init() {}
}

/// A small HTTP/1.1 server on one thread: a poll loop over non-blocking sockets, bounded in
/// request size, headers, connections, idle time and the bytes waiting for a slow reader.
/// It serves what its site answers and nothing else; it has no files and no state of its own.
public final class HTTPServer: @unchecked Sendable {
    /// The port it listens on.
    public let port: UInt16
    /// The address it listens on, as text.
    public let address: String
    /// The most connections at once; the next one is told 503 and closed.
    public let maxConnections: Int
    /// The most bytes waiting for one slow reader before its connection is cut.
    public let maxPending = 1 << 20
    /// The bytes waiting for a stream's reader above which it is behind: it gets no more views
    /// until it has read them, then only the newest.
    public let behindBytes = 1 << 18

    let limits: HTTPLimits
    let timeouts: HTTPTimeouts
    let site: any HTTPSite
    let listener: Int32
    let wakeRead: Int32
    let wakeWrite: Int32
    private let lock = Mutex()
    private var stopping = false
    private let finished = DispatchSemaphore(value: 0)

    /// One connection's buffers and state; a class, so its buffers grow in place.
    private final class Connection {
        let descriptor: Int32
        var input: [UInt8] = []
        var output: [UInt8] = []
        var sent = 0
        /// When the request being read began, or the last request ended.
        var since: UInt64
        var lastWrite: UInt64
        var stream: String?
        var lastEventID = 0
        var ticket: Int?
        var keepAlive = true
        var head = false
        var closeAfterWrite = false
        /// A stream that skipped views while its reader was behind.
        var behind = false
        /// When bytes last went out (or the connection opened).
        var lastProgress: UInt64

        init(descriptor: Int32, since: UInt64) {
            self.descriptor = descriptor
            self.since = since
            lastWrite = since
            lastProgress = since
        }
    }
    private var connections: [Int32: Connection] = [:]

    /// A server on `address` (an IPv4 address, `localhost` or an interface name) and `port`
    /// (0 for any free one), serving `site`.
    public init(
        address: String, port: UInt16, site: any HTTPSite, limits: HTTPLimits = HTTPLimits(),
        timeouts: HTTPTimeouts = HTTPTimeouts(), maxConnections: Int = 512
    ) throws {
        guard let resolved = Sockets.address(address) else {
            throw SocketError(
                description:
                    "'\(address)' is not an IPv4 address or a network interface of this machine (interfaces: \(Sockets.interfaces().map(\.name).joined(separator: ", ")))"
            )
        }
        let (descriptor, bound) = try Sockets.listen(on: resolved, port: port)
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else {
            close(descriptor)
            throw SocketError(description: "cannot make a pipe: \(Sockets.errorText())")
        }
        Sockets.setNonBlocking(pipeEnds[0])
        Sockets.setNonBlocking(pipeEnds[1])
        self.listener = descriptor
        self.port = bound
        self.address = Sockets.text(resolved)
        self.site = site
        self.limits = limits
        self.timeouts = timeouts
        // Never more connections than descriptors: a reserve stays for the console's files.
        var limit = rlimit()
        #if canImport(Glibc)
            let resource = Int32(RLIMIT_NOFILE.rawValue)
        #else
            let resource = RLIMIT_NOFILE
        #endif
        let available = getrlimit(resource, &limit) == 0 ? Int(clamping: limit.rlim_cur) - 64 : 256
        self.maxConnections = min(maxConnections, max(8, available))
        wakeRead = pipeEnds[0]
        wakeWrite = pipeEnds[1]
        signal(SIGPIPE, SIG_IGN)
    }

    /// Starts serving on a thread of its own.
    public func start() {
        let thread = Thread { [self] in
            loop()
            finished.signal()
        }
        thread.start()
    }

    /// Wakes the server: a stream has new events or a ticket was decided. Safe from any thread.
    public func wake() {
        var byte: UInt8 = 1
        _ = systemWrite(wakeWrite, &byte, 1)
    }

    /// Stops serving, closes every connection and the socket, and waits until it has.
    public func stop() {
        lock.withLock { stopping = true }
        wake()
        finished.wait()
    }

    private var isStopping: Bool { lock.withLock { stopping } }

    /// Monotonic milliseconds, for the network's own timeouts (slow and idle clients, the
    /// heartbeat) only: nothing a session records or a page shows depends on it.
    private static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds / 1_000_000 }

    private func loop() {
        var lastCount: [String: Int] = [:]
        var pipelined = false
        while !isStopping {
            var descriptors = [
                pollfd(fd: listener, events: Int16(POLLIN), revents: 0),
                pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0),
            ]
            for connection in connections.values {
                var events = Int16(POLLIN)
                if connection.sent < connection.output.count { events |= Int16(POLLOUT) }
                descriptors.append(pollfd(fd: connection.descriptor, events: events, revents: 0))
            }
            _ = poll(&descriptors, nfds_t(descriptors.count), pipelined ? 0 : 250)
            if descriptors[1].revents != 0 { drainWake() }
            if descriptors[0].revents & Int16(POLLIN) != 0 { acceptAll() }
            for entry in descriptors.dropFirst(2) where entry.revents != 0 {
                if entry.revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 { receive(entry.fd) }
                if entry.revents & Int16(POLLOUT) != 0 { flush(entry.fd) }
            }
            deliver()
            // Requests that arrived behind an answer, now that it has gone out.
            pipelined = false
            for (descriptor, connection) in connections
            where !connection.input.isEmpty && connection.output.isEmpty && connection.ticket == nil
                && connection.stream == nil && !connection.closeAfterWrite
            {
                handleInput(descriptor)
                if connections[descriptor]?.output.isEmpty == false { pipelined = true }
            }
            expire()
            var count: [String: Int] = [:]
            for connection in connections.values {
                if let stream = connection.stream { count[stream, default: 0] += 1 }
            }
            if count != lastCount {
                lastCount = count
                site.streamsChanged(count)
            }
        }
        for descriptor in connections.keys { close(descriptor) }
        connections = [:]
        close(listener)
        close(wakeRead)
        close(wakeWrite)
        site.streamsChanged([:])
    }

    private func drainWake() {
        var buffer = [UInt8](repeating: 0, count: 256)
        while buffer.withUnsafeMutableBytes({ systemRead(wakeRead, $0.baseAddress, $0.count) }) > 0 {}
    }

    private func acceptAll() {
        while let descriptor = Sockets.accept(listener) {
            if connections.count >= maxConnections {
                let bytes = HTTPResponse(status: 503, body: "Too many connections\n").bytes(keepAlive: false)
                _ = Sockets.write(descriptor, bytes[...])
                close(descriptor)
                continue
            }
            let now = Self.now()
            connections[descriptor] = Connection(descriptor: descriptor, since: now)
        }
    }

    private func receive(_ descriptor: Int32) {
        guard let connection = connections[descriptor] else { return }
        switch Sockets.read(descriptor) {
        case .wouldBlock: return
        case .closed:
            drop(descriptor)
            return
        case .bytes(let bytes):
            // A stream reads no requests; anything else keeps what arrives, up to one
            // request's worth more than the limits allow, and is cut beyond that.
            if connection.stream != nil { return }
            connection.input += bytes
            if connection.input.count > limits.head + limits.body + 4 {
                drop(descriptor)
                return
            }
        }
        handleInput(descriptor)
    }

    /// Answers the next whole request in a connection's input, if one has arrived.
    private func handleInput(_ descriptor: Int32) {
        guard let connection = connections[descriptor], connection.stream == nil, connection.ticket == nil,
            connection.sent >= connection.output.count, !connection.closeAfterWrite
        else { return }
        switch HTTPRequestParser.parse(connection.input, limits: limits) {
        case .incomplete:
            return
        case .refused(let status):
            connection.input = []
            send(HTTPResponse(status: status, body: HTTPResponse.reason(status) + "\n"), on: descriptor, close: true)
        case .request(let request, let consumed):
            connection.input.removeFirst(consumed)
            connection.keepAlive = request.header("connection")?.lowercased() != "close"
            connection.head = request.method == "HEAD"
            connection.since = Self.now()
            switch site.answer(request) {
            case .response(let response):
                send(response, on: descriptor, close: !connection.keepAlive)
            case .stream(let name, let lastEventID):
                connection.stream = name
                connection.lastEventID = lastEventID
                connection.output = HTTPResponse.streamHead()
                connection.sent = 0
                connection.lastWrite = Self.now()
                deliver(to: descriptor)
                flush(descriptor)
            case .pending(let ticket):
                connection.ticket = ticket
            case .busy:
                send(HTTPResponse(status: 503, body: "The console is busy; try again\n"), on: descriptor, close: true)
            }
        }
    }

    private func send(_ response: HTTPResponse, on descriptor: Int32, close: Bool) {
        guard let connection = connections[descriptor] else { return }
        connection.output = response.bytes(keepAlive: !close, head: connection.head)
        connection.sent = 0
        connection.closeAfterWrite = close
        connection.lastWrite = Self.now()
        flush(descriptor)
    }

    private func flush(_ descriptor: Int32) {
        guard let connection = connections[descriptor] else { return }
        while connection.sent < connection.output.count {
            guard let count = Sockets.write(descriptor, connection.output[connection.sent...]) else {
                drop(descriptor)
                return
            }
            if count == 0 { break }
            connection.sent += count
            connection.lastProgress = Self.now()
        }
        if connection.sent >= connection.output.count {
            connection.output = []
            connection.sent = 0
            if connection.closeAfterWrite {
                drop(descriptor)
                return
            }
        } else if connection.sent > 65536 {
            connection.output.removeFirst(connection.sent)
            connection.sent = 0
        }
    }

    /// New events to every stream, decided tickets to their requests.
    private func deliver() {
        for descriptor in Array(connections.keys) {
            guard let connection = connections[descriptor] else { continue }
            if connection.stream != nil {
                deliver(to: descriptor)
            } else if let ticket = connection.ticket, let response = site.response(for: ticket) {
                connection.ticket = nil
                send(response, on: descriptor, close: !connection.keepAlive)
            }
        }
    }

    private func deliver(to descriptor: Int32) {
        guard let connection = connections[descriptor], let stream = connection.stream else { return }
        // A screen still reading earlier views waits; once it has caught up it gets the newest
        // view alone, not the backlog (every view is whole).
        if connection.output.count - connection.sent > behindBytes {
            connection.behind = true
            return
        }
        var events = site.events(of: stream, after: connection.lastEventID)
        guard !events.isEmpty else { return }
        let waiting = connection.output.count - connection.sent
        if connection.behind || waiting + events.reduce(0, { $0 + $1.data.utf8.count }) > behindBytes,
            let last = events.last
        {
            events = [last]
            connection.behind = false
        }
        for event in events {
            connection.output += HTTPResponse.streamEvent(id: event.id, name: "view", data: event.data)
            connection.lastEventID = event.id
        }
        connection.lastWrite = Self.now()
        if connection.output.count - connection.sent > maxPending {
            drop(descriptor)
            return
        }
        flush(descriptor)
    }

    /// Cuts requests that take too long to arrive and idle connections; keeps streams alive.
    private func expire() {
        let now = Self.now()
        for (descriptor, connection) in connections {
            // A reader that takes nothing of what waits for it for as long as an idle connection lives.
            if connection.sent < connection.output.count, now - connection.lastProgress > UInt64(timeouts.idle) {
                drop(descriptor)
                continue
            }
            if connection.stream != nil {
                if now - connection.lastWrite > UInt64(timeouts.heartbeat) {
                    connection.output += Array(": keep-alive\n\n".utf8)
                    connection.lastWrite = now
                    flush(descriptor)
                }
                continue
            }
            if connection.ticket != nil || connection.sent < connection.output.count { continue }
            let waited = now - connection.since
            if connection.input.isEmpty {
                if waited > UInt64(timeouts.idle) { drop(descriptor) }
            } else if waited > UInt64(timeouts.request) {
                send(HTTPResponse(status: 408, body: "Request Timeout\n"), on: descriptor, close: true)
            }
        }
    }

    private func drop(_ descriptor: Int32) {
        if let ticket = connections[descriptor]?.ticket { site.abandon(ticket) }
        connections[descriptor] = nil
        close(descriptor)
    }
}

/// A lock around a critical section.
final class Mutex: @unchecked Sendable {
    private let inner = NSLock()
    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        inner.lock()
        defer { inner.unlock() }
        return try body()
    }
}

private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
        return Glibc.write(descriptor, buffer, count)
    #else
        return Darwin.write(descriptor, buffer, count)
    #endif
}

private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
        return Glibc.read(descriptor, buffer, count)
    #else
        return Darwin.read(descriptor, buffer, count)
    #endif
}
