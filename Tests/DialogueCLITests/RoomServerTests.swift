import DialogueKit
import Foundation
import Testing

/// The room's server on a real socket, with the test as its console: tokens, paths, limits,
/// slow clients, the stream's order and `Last-Event-ID`, and submissions handed to the console.
@Suite(.serialized) struct RoomServerTests {
    /// A server and a console that answers every page with "page N" and records each request.
    final class Fixture: @unchecked Sendable {
        let keys: RoomKeys
        let channel = RoomChannel()
        let server: HTTPServer
        private let lock = NSLock()
        private var requests: [RoomRequest] = []
        private var running = true
        private let done = DispatchSemaphore(value: 0)

        init(timeouts: HTTPTimeouts = HTTPTimeouts(), maxConnections: Int = 64, limits: HTTPLimits = HTTPLimits())
            throws
        {
            var random = SystemRandomNumberGenerator()
            keys = RoomKeys.make(for: ["Mila", "Sem"], using: &random)
            let site = RoomSite(keys: keys, channel: channel, phones: true)
            server = try HTTPServer(
                address: "127.0.0.1", port: 0, site: site, limits: limits, timeouts: timeouts,
                maxConnections: maxConnections)
            site.port = server.port
            channel.wakeServer = { [server] in server.wake() }
            channel.publish(view(1))
            server.start()
            Thread { [self] in
                var served = 0
                while lock.withLock({ running }) {
                    var entry = pollfd(fd: channel.consoleDescriptor, events: Int16(POLLIN), revents: 0)
                    _ = poll(&entry, 1, 50)
                    for (ticket, request) in channel.takeRequests() {
                        served += 1
                        lock.withLock { requests.append(request) }
                        channel.answer(ticket, with: .html("page \(served)"))
                    }
                }
                done.signal()
            }.start()
        }

        func view(_ id: Int) -> RoomView {
            RoomView(
                id: id, roomEvent: "{\"html\":\"view \(id)\"}", notesEvent: "{\"html\":\"notes \(id)\"}",
                phone: .closed(language: "en", title: "Test"))
        }

        var port: UInt16 { server.port }
        var seen: [RoomRequest] { lock.withLock { requests } }

        func stop() {
            lock.withLock { running = false }
            done.wait()
            server.stop()
        }
    }

    @Test func everyPathNeedsItsOwnToken() throws {
        let room = try Fixture()
        defer { room.stop() }
        let wrong = String(repeating: "0", count: 32)
        for path in [
            "/", "/room", "/\(wrong)/room", "/\(room.keys.notes)/room", "/\(room.keys.room)/notes",
            "/\(room.keys.room.uppercased())/room", "/\(room.keys.room.dropLast())/room", "/\(room.keys.room)",
            "/\(room.keys.room)/room/", "/\(room.keys.phone)/me",
        ] {
            #expect(try RoomClient.get(room.port, path).status == 404, "\(path)")
        }
        #expect(try RoomClient.get(room.port, "/\(room.keys.room)/room").status == 200)
        #expect(try RoomClient.get(room.port, "/\(room.keys.notes)/notes").status == 200)
        #expect(room.seen == [.page(.room, query: [:]), .page(.notes, query: [:])])
    }

    @Test func pathsNameNoFiles() throws {
        let room = try Fixture()
        defer { room.stop() }
        let token = room.keys.room
        for path in [
            "/\(token)/../\(token)/room", "/\(token)/room/../../../etc/passwd", "/\(token)/%2e%2e/room",
            "/\(token)/room.css/..", "//etc/passwd", "/\(token)/./room", "/\(token)/room%00", "/\(token)/room.css?../x",
        ] {
            let answer = try RoomClient.get(room.port, path)
            #expect(answer.status == 404 || (path.hasSuffix("?../x") && answer.status == 200), "\(path)")
            #expect(!answer.body.contains("root:"), "\(path)")
        }
        #expect(
            try RoomClient.exchange(room.port, "GET http://127.0.0.1/\(token)/room HTTP/1.1\r\nHost: x\r\n\r\n").status
                == 400)
        #expect(room.seen.isEmpty)
    }

    @Test func everyResponseCarriesTheProtectiveHeaders() throws {
        let room = try Fixture()
        defer { room.stop() }
        for path in ["/\(room.keys.room)/room", "/\(room.keys.room)/room.css", "/nothing"] {
            let head = try RoomClient.get(room.port, path).text.lowercased()
            #expect(head.contains("content-security-policy: default-src 'self'"), "\(path)")
            #expect(head.contains("x-content-type-options: nosniff"))
            #expect(head.contains("cache-control: no-store"))
            #expect(!head.contains("set-cookie"))
        }
    }

    @Test func aHostThatIsNotThisServerIsRefused() throws {
        let room = try Fixture()
        defer { room.stop() }
        let path = "/\(room.keys.room)/room"
        for host in ["evil.example:\(room.port)", "127.0.0.1:1", "127.0.0.1", "localhost.evil.example:\(room.port)"] {
            let answer = try RoomClient.exchange(room.port, "GET \(path) HTTP/1.1\r\nHost: \(host)\r\n\r\n")
            #expect(answer.status == 421, "\(host)")
        }
        #expect(
            try RoomClient.exchange(room.port, "GET \(path) HTTP/1.1\r\nHost: localhost:\(room.port)\r\n\r\n").status
                == 200)
        let crossSite = try RoomClient.exchange(
            room.port,
            "POST /\(room.keys.notes)/notes HTTP/1.1\r\nHost: 127.0.0.1:\(room.port)\r\nOrigin: http://evil.example\r\nContent-Length: 0\r\n\r\n"
        )
        #expect(crossSite.status == 403)
    }

    @Test func oversizedAndMalformedRequestsAreCut() throws {
        let room = try Fixture()
        defer { room.stop() }
        let path = "/\(room.keys.room)/room"
        let host = "Host: 127.0.0.1:\(room.port)\r\n"
        let cases: [(String, Int)] = [
            ("GET \(path) HTTP/1.1\r\n\(host)X-Long: \(String(repeating: "a", count: 9000))\r\n\r\n", 431),
            ("GET \(path) HTTP/1.1\r\n\(host)" + (1...40).map { "X-\($0): 1\r\n" }.joined() + "\r\n", 431),
            ("GET /\(String(repeating: "a", count: 3000)) HTTP/1.1\r\n\(host)\r\n", 414),
            ("POST /\(room.keys.notes)/notes HTTP/1.1\r\n\(host)Content-Length: 20000\r\n\r\n", 413),
            ("POST /\(room.keys.notes)/notes HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\n", 501),
            ("POST /\(room.keys.notes)/notes HTTP/1.1\r\n\(host)\r\n", 411),
            ("POST /\(room.keys.notes)/notes HTTP/1.1\r\n\(host)Content-Length: 1\r\nContent-Length: 2\r\n\r\nab", 400),
            ("DELETE \(path) HTTP/1.1\r\n\(host)\r\n", 405),
            ("GET \(path) HTTP/1.1\r\n\r\n", 400),
            ("GET \(path) HTTP/1.1\r\n\(host)Bad Header\r\n\r\n", 400),
            ("GET \(path) HTTP/1.1\r\n\(host)X: \u{7}\r\n\r\n", 400),
            ("HELLO\r\n\r\n", 400),
        ]
        for (request, status) in cases {
            let answer = try RoomClient.exchange(room.port, request)
            #expect(answer.status == status, "\(request.prefix(60))")
            answer.read(polls: 20)
            #expect(answer.closed, "the connection stays open after \(status)")
        }
        #expect(room.seen.isEmpty)
    }

    @Test func slowAndIdleClientsAreCut() throws {
        var timeouts = HTTPTimeouts()
        timeouts.request = 300
        timeouts.idle = 300
        let room = try Fixture(timeouts: timeouts)
        defer { room.stop() }
        // A request that never finishes its head: answered 408 and closed.
        let slow = try RoomClient(port: room.port)
        slow.send("GET /\(room.keys.room)/room HTTP/1.1\r\nHost: 127.0.0.1")
        slow.read(polls: 50)
        #expect(slow.status == 408)
        #expect(slow.closed)
        // A connection that sends nothing: closed without a word.
        let idle = try RoomClient(port: room.port)
        idle.read(polls: 50)
        #expect(idle.closed)
        #expect(idle.received.isEmpty)
        #expect(room.seen.isEmpty)
    }

    @Test func connectionsBeyondTheLimitAreTurnedAway() throws {
        let room = try Fixture(maxConnections: 4)
        defer { room.stop() }
        let held = try (1...4).map { _ in try RoomClient(port: room.port) }
        held[0].send("")
        Thread.sleep(forTimeInterval: 0.3)
        let extra = try RoomClient(port: room.port)
        extra.read(polls: 30)
        #expect(extra.status == 503)
        #expect(extra.closed)
        #expect(held.allSatisfy { !$0.closed })
    }

    @Test func theStreamDeliversEachViewInOrderAndResumesFromLastEventID() throws {
        let room = try Fixture()
        defer { room.stop() }
        room.channel.publish(room.view(2))
        room.channel.publish(room.view(3))
        let stream = try RoomClient(port: room.port)
        stream.send(
            "GET /\(room.keys.room)/room/events HTTP/1.1\r\nHost: 127.0.0.1:\(room.port)\r\nLast-Event-ID: 1\r\n\r\n")
        stream.read { $0.contains("view 3") }
        #expect(
            stream.text.contains("content-type: text/event-stream")
                || stream.text.contains("Content-Type: text/event-stream"))
        for id in 4...8 { room.channel.publish(room.view(id)) }
        stream.read { $0.contains("view 8") }
        let ids = stream.text.split(separator: "\n").filter { $0.hasPrefix("id: ") }.map { String($0.dropFirst(4)) }
        #expect(ids == ["2", "3", "4", "5", "6", "7", "8"])
        #expect(!stream.text.contains("view 1\""))
        // A browser that reconnects with the last id it saw gets only what came after.
        let again = try RoomClient(port: room.port)
        again.send(
            "GET /\(room.keys.room)/room/events HTTP/1.1\r\nHost: 127.0.0.1:\(room.port)\r\nLast-Event-ID: 6\r\n\r\n")
        again.read { $0.contains("view 8") }
        let resumed = again.text.split(separator: "\n").filter { $0.hasPrefix("id: ") }
        #expect(resumed == ["id: 7", "id: 8"])
        // The note-taker's stream carries the note-taker's view.
        let notes = try RoomClient(port: room.port)
        notes.send("GET /\(room.keys.notes)/notes/events HTTP/1.1\r\nHost: 127.0.0.1:\(room.port)\r\n\r\n")
        notes.read { $0.contains("notes 8") }
        #expect(notes.text.contains("notes 8") && !notes.text.contains("view 8"))
    }

    @Test func aScreenThatFallsBehindGetsTheNewestViewNotTheBacklog() throws {
        let room = try Fixture()
        defer { room.stop() }
        let stream = try RoomClient(port: room.port)
        stream.send("GET /\(room.keys.room)/room/events HTTP/1.1\r\nHost: 127.0.0.1:\(room.port)\r\n\r\n")
        stream.read { $0.contains("view 1") }
        // 400 views of 32 KiB while the screen reads nothing: far more than its socket holds.
        let filler = String(repeating: "x", count: 32 * 1024)
        for id in 2...400 {
            room.channel.publish(
                RoomView(
                    id: id, roomEvent: "{\"html\":\"\(filler) view \(id)\"}", notesEvent: "{}",
                    phone: .closed(language: "en", title: "Test")))
        }
        Thread.sleep(forTimeInterval: 0.5)
        stream.read(polls: 200) { $0.contains("view 400\"") }
        let ids = stream.text.split(separator: "\n").filter { $0.hasPrefix("id: ") }.compactMap { Int($0.dropFirst(4)) }
        #expect(ids.last == 400)
        #expect(ids == ids.sorted() && Set(ids).count == ids.count, "in order, none twice")
        #expect(ids.count < 300, "views skipped while the screen was behind: \(ids.count) sent")
        #expect(!stream.closed)
    }

    @Test func aSubmissionWaitsForTheConsoleAndIsHandedOverOnce() throws {
        let room = try Fixture()
        defer { room.stop() }
        let answer = try RoomClient.post(
            room.port, "/\(room.keys.notes)/notes", form: "action=note&person=Mila&text=Sem+is+back+%26+happy")
        #expect(answer.status == 200)
        #expect(
            room.seen == [
                .submit(
                    .notes, form: ["action": "note", "person": "Mila", "text": "Sem is back & happy"], wantsJSON: false)
            ])
        // Phones post to their own page; the phones' list of names is the console's too (it
        // knows which names are taken).
        let phone = try RoomClient.post(room.port, "/\(room.keys.people["Sem"] ?? "")/me", form: "action=point&text=x")
        #expect(phone.status == 200)
        #expect(room.seen.count == 2)
        #expect(try RoomClient.get(room.port, "/\(room.keys.phone)/phone").status == 200)
        #expect(room.seen.last == .page(.phone, query: [:]))
    }

    @Test func aClientThatSendsWithoutReadingIsCutAndOthersAreServed() throws {
        let room = try Fixture()
        defer { room.stop() }
        let flood = try RoomClient(port: room.port)
        let request = "GET /nothing HTTP/1.1\r\nHost: 127.0.0.1:\(room.port)\r\n\r\n"
        flood.send(String(repeating: request, count: 20_000))
        flood.read(polls: 50) { _ in false }
        #expect(flood.closed)
        #expect(try RoomClient.get(room.port, "/\(room.keys.room)/room").status == 200)
    }

    @Test func formsDecodeExactlyOrNotAtAll() {
        #expect(FormCoding.fields("a=1&b=two+words&c=%C3%A9%26") == ["a": "1", "b": "two words", "c": "é&"])
        #expect(FormCoding.fields("person=Mila%&text=x") == ["text": "x"])
        #expect(FormCoding.fields("a=%+F&b=%-0&c=%zz&d=%C3") == [:])
        #expect(FormCoding.fields("flag&x=") == ["flag": "", "x": ""])
    }
}
