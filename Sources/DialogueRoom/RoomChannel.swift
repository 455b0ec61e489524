import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a browser asks of the console: a page to render from the live state, or a
/// submission to check, journal and answer.
public enum RoomRequest: Sendable, Equatable {
    /// A page: which one, for whom, and the query it was asked with.
    case page(RoomPage, query: [String: String])
    /// A form posted from the note-taker's screen or a participant's phone.
    case submit(RoomPage, form: [String: String], wantsJSON: Bool)
}

/// The room's pages.
public enum RoomPage: Sendable, Equatable, Hashable {
    /// The projector view.
    case room
    /// The note-taker's screen.
    case notes
    /// The phones' list of names.
    case phone
    /// One participant's phone.
    case person(String)
}

/// The one meeting point of the console and the room's server. The console publishes each
/// new view after an event is journaled and answers the requests the server hands over;
/// the server reads views and waits for answers. Thread-safe; neither side blocks the other.
public final class RoomChannel: @unchecked Sendable {
    /// How many published views each stream keeps, for browsers that reconnect with `Last-Event-ID`.
    public let history: Int
    private let lock = Mutex()
    private var views: [RoomView] = []
    private var waiting: [(ticket: Int, request: RoomRequest)] = []
    private var decided: [Int: HTTPResponse] = [:]
    private var abandoned: Set<Int> = []
    private var nextTicket = 1
    private var open: [String: Int] = [:]
    /// Called (on the server's thread) when there are new views or answers for it.
    public var wakeServer: @Sendable () -> Void = {}
    private let consoleRead: Int32
    private let consoleWrite: Int32

    /// A channel keeping the last `history` views.
    public init(history: Int = 128) {
        self.history = history
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends {
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL, 0) | O_NONBLOCK)
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            }
        }
        consoleRead = ends[0]
        consoleWrite = ends[1]
    }

    deinit {
        close(consoleRead)
        close(consoleWrite)
    }

    /// A descriptor that becomes readable when requests wait for the console (for `poll`).
    public var consoleDescriptor: Int32 { consoleRead }

    // MARK: Console side

    /// Publishes the view after an event; streams send it to every screen.
    public func publish(_ view: RoomView) {
        lock.withLock {
            if let last = views.last, last.id >= view.id { views.removeAll { $0.id >= view.id } }
            views.append(view)
            if views.count > history { views.removeFirst(views.count - history) }
        }
        wakeServer()
    }

    /// The requests waiting for the console, in the order they came; taken once.
    public func takeRequests() -> [(ticket: Int, request: RoomRequest)] {
        var buffer = [UInt8](repeating: 0, count: 256)
        while buffer.withUnsafeMutableBytes({ read(consoleRead, $0.baseAddress, $0.count) }) > 0 {}
        return lock.withLock {
            defer { waiting = [] }
            return waiting
        }
    }

    /// The console's answer to `ticket` (dropped when its browser has gone).
    public func answer(_ ticket: Int, with response: HTTPResponse) {
        lock.withLock {
            if abandoned.remove(ticket) == nil { decided[ticket] = response }
        }
        wakeServer()
    }

    /// The browser that asked `ticket` has gone: a waiting request is not answered, an answer not kept.
    func abandon(_ ticket: Int) {
        lock.withLock {
            if decided.removeValue(forKey: ticket) != nil { return }
            if let index = waiting.firstIndex(where: { $0.ticket == ticket }) {
                waiting.remove(at: index)
            } else {
                abandoned.insert(ticket)
            }
        }
    }

    /// How many screens hold each stream open: "room", "notes", "me:NAME".
    public var openStreams: [String: Int] { lock.withLock { open } }

    // MARK: Server side

    /// The most requests that may wait for the console at once.
    public static let maxWaiting = 64

    /// Hands `request` to the console; the answer comes under the returned ticket. Nil when
    /// too many requests wait already.
    func submit(_ request: RoomRequest) -> Int? {
        let ticket: Int? = lock.withLock {
            guard waiting.count < Self.maxWaiting else { return nil }
            let ticket = nextTicket
            nextTicket += 1
            waiting.append((ticket, request))
            return ticket
        }
        guard let ticket else { return nil }
        var byte: UInt8 = 1
        _ = write(consoleWrite, &byte, 1)
        return ticket
    }

    func response(for ticket: Int) -> HTTPResponse? {
        lock.withLock { decided.removeValue(forKey: ticket) }
    }

    /// The views published after `id`, oldest first; the newest alone when `id` is older than
    /// the history (each view is whole, so the newest is enough to catch up).
    func views(after id: Int) -> [RoomView] {
        lock.withLock {
            guard let last = views.last, last.id > id else { return [] }
            let newer = views.filter { $0.id > id }
            if let first = views.first, id < first.id - 1 { return [last] }
            return newer
        }
    }

    /// The newest view.
    var latest: RoomView? { lock.withLock { views.last } }

    func setOpenStreams(_ streams: [String: Int]) {
        lock.withLock { open = streams }
        var byte: UInt8 = 2
        _ = write(consoleWrite, &byte, 1)
    }
}
