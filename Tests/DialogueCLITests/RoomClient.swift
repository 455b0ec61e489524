import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A raw TCP client for the room's tests: it sends exactly the bytes a test writes (broken
/// requests included) and reads what comes back, waiting at most a bounded number of polls.
final class RoomClient {
    let descriptor: Int32
    private(set) var received: [UInt8] = []
    private(set) var closed = false

    init(port: UInt16) throws {
        #if canImport(Glibc)
            descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            close(descriptor)
            throw CocoaError(.fileReadUnknown)
        }
    }

    deinit { close(descriptor) }

    func send(_ text: String) { send(Array(text.utf8)) }

    func send(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { Foundation.send(descriptor, $0.baseAddress, $0.count, 0) }
            if count <= 0 { return }
            offset += count
        }
    }

    /// Reads until `done` holds for what has arrived, the connection closes, or `polls` × 100 ms pass.
    @discardableResult
    func read(polls: Int = 100, until done: (String) -> Bool = { _ in false }) -> String {
        var left = polls
        while left > 0, !closed, !done(text) {
            var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            if poll(&entry, 1, 100) <= 0 {
                left -= 1
                continue
            }
            var buffer = [UInt8](repeating: 0, count: 65536)
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count <= 0 {
                closed = true
            } else {
                received += buffer[0..<count]
            }
        }
        return text
    }

    var text: String { String(decoding: received, as: UTF8.self) }

    /// The status code of the first response received.
    var status: Int? {
        let line = text.split(separator: "\r\n", maxSplits: 1).first ?? ""
        let parts = line.split(separator: " ")
        return parts.count >= 2 ? Int(parts[1]) : nil
    }

    /// One whole request and its response.
    static func exchange(_ port: UInt16, _ request: String) throws -> RoomClient {
        let client = try RoomClient(port: port)
        client.send(request)
        client.read { text in
            guard let end = text.range(of: "\r\n\r\n") else { return false }
            let head = text[..<end.lowerBound].lowercased()
            guard
                let length = head.split(separator: "\r\n").first(where: { $0.hasPrefix("content-length:") })
                    .flatMap({ Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) })
            else { return false }
            return text.utf8.count - text[..<end.upperBound].utf8.count >= length
        }
        return client
    }

    static func get(_ port: UInt16, _ path: String, headers: String = "") throws -> RoomClient {
        try exchange(port, "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\(headers)Connection: close\r\n\r\n")
    }

    static func post(_ port: UInt16, _ path: String, form: String, json: Bool = false) throws -> RoomClient {
        try exchange(
            port,
            "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nContent-Type: application/x-www-form-urlencoded\r\n\(json ? "Accept: application/json\r\n" : "")Content-Length: \(form.utf8.count)\r\nConnection: close\r\n\r\n\(form)"
        )
    }

    /// The body of the first response.
    var body: String {
        guard let end = text.range(of: "\r\n\r\n") else { return "" }
        return String(text[end.upperBound...])
    }
}
